/*
 * The bus front end: URL parsing, publishing (copy, defaults, validation),
 * subscriptions and the run/stop/drain life cycle. Moving events is left
 * to the transport behind struct transport_ops; handling them to
 * pipeline.c.
 */
#include "bus_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "lib_log.h"

void herald_bus_opts_init(herald_bus_opts_t *opts)
{
    if (opts == NULL)
        return;
    memset(opts, 0, sizeof(*opts));
    opts->when_full = HERALD_FULL_BLOCK;
    opts->max_attempts = 5;
    opts->backoff_initial_ms = 100;
    opts->backoff_max_ms = 10000;
    opts->source = "herald";
    opts->kafka_mode = HERALD_MODE_BINARY;
    opts->kafka_timeout_ms = 30000;
}

int bus__param_int(const char *value, long min, long max, long *out)
{
    char *end;
    long v;

    errno = 0;
    v = strtol(value, &end, 10);
    if (errno != 0 || end == value || *end != '\0' || v < min || v > max)
        return -1;
    *out = v;
    return 0;
}

const char *bus__param(struct bus_url *url, const char *key)
{
    for (size_t i = 0; i < url->param_count; i++) {
        if (strcmp(url->params[i].key, key) == 0) {
            url->params[i].used = 1;
            return url->params[i].value;
        }
    }
    return NULL;
}

static void url_free(struct bus_url *url)
{
    for (size_t i = 0; i < url->param_count; i++) {
        free(url->params[i].key);
        free(url->params[i].value);
    }
    free(url->params);
    free(url->scheme);
    free(url->hosts);
}

/* Splits "a=1&b=2" into parameters. NOTE: values are taken literally;
 * percent-encoding is not decoded. */
static int parse_query(struct bus_url *url, const char *query)
{
    const char *p = query;

    while (*p) {
        const char *amp = strchr(p, '&');
        const char *end = amp ? amp : p + strlen(p);
        const char *eq = memchr(p, '=', (size_t)(end - p));
        struct url_param *params;

        if (eq == NULL || eq == p)
            return -1;
        params = realloc(url->params,
                         (url->param_count + 1) * sizeof(*params));
        if (params == NULL)
            return -1;
        url->params = params;
        params[url->param_count].key = strndup(p, (size_t)(eq - p));
        params[url->param_count].value = strndup(eq + 1,
                                                 (size_t)(end - eq - 1));
        params[url->param_count].used = 0;
        url->param_count++;
        if (!params[url->param_count - 1].key ||
            !params[url->param_count - 1].value)
            return -1;
        p = amp ? amp + 1 : end;
    }
    return 0;
}

static int parse_url(struct bus_url *url, const char *text)
{
    const char *colon = strchr(text, ':');
    const char *rest, *query;

    memset(url, 0, sizeof(*url));
    if (colon == NULL)
        return -1;
    url->scheme = strndup(text, (size_t)(colon - text));
    if (url->scheme == NULL)
        return -1;
    rest = colon + 1;
    if (strcmp(url->scheme, "kafka") == 0) {
        if (strncmp(rest, "//", 2) != 0)
            return -1;
        rest += 2;
    }
    query = strchr(rest, '?');
    if (query == NULL)
        query = rest + strlen(rest);
    if (strcmp(url->scheme, "kafka") == 0) {
        url->hosts = strndup(rest, (size_t)(query - rest));
        if (url->hosts == NULL || url->hosts[0] == '\0')
            return -1;
    } else if (query != rest) {
        return -1;
    }
    return *query == '?' ? parse_query(url, query + 1) : 0;
}

static herald_err_t copy_opts(herald_bus_t *bus, const herald_bus_opts_t *in)
{
    herald_bus_opts_init(&bus->opts);
    if (in)
        bus->opts = *in;
    if (bus->opts.max_attempts < 1 || bus->opts.backoff_initial_ms < 0 ||
        bus->opts.backoff_max_ms < bus->opts.backoff_initial_ms ||
        bus->opts.kafka_timeout_ms < 1)
        return HERALD_EINVAL;
    bus->source = strdup(bus->opts.source ? bus->opts.source : "herald");
    if (bus->source == NULL)
        return HERALD_ENOMEM;
    bus->opts.source = bus->source;
    if (bus->opts.dead_letter_topic) {
        bus->dead_letter_topic = strdup(bus->opts.dead_letter_topic);
        if (bus->dead_letter_topic == NULL)
            return HERALD_ENOMEM;
        bus->opts.dead_letter_topic = bus->dead_letter_topic;
    }
    return HERALD_OK;
}

static herald_err_t open_transport(herald_bus_t *bus, struct bus_url *url)
{
    if (strcmp(url->scheme, "inproc") == 0)
        return inproc__open(bus, url, 0);
    if (strcmp(url->scheme, "inproc+async") == 0)
        return inproc__open(bus, url, 1);
    if (strcmp(url->scheme, "kafka") == 0)
        return kafka__open(bus, url);
    return HERALD_EINVAL;
}

static void bus_free(herald_bus_t *bus)
{
    herald_sub_t *sub = atomic_load(&bus->subs);

    while (sub) {
        herald_sub_t *next = atomic_load(&sub->next);

        free(sub->pattern);
        free(sub->group);
        free(sub->name);
        free(sub->dead_letter_topic);
        free(sub);
        sub = next;
    }
    pthread_cond_destroy(&bus->stopped_cond);
    pthread_mutex_destroy(&bus->lock);
    free(bus->source);
    free(bus->dead_letter_topic);
    free(bus);
}

herald_err_t herald_bus_open(herald_bus_t **out, const char *url_text,
                             const herald_bus_opts_t *opts)
{
    struct bus_url url;
    herald_bus_t *bus;
    herald_err_t err;
    char qurl[256];

    if (out == NULL || url_text == NULL)
        return HERALD_EINVAL;
    *out = NULL;
    bus = calloc(1, sizeof(*bus));
    if (bus == NULL)
        return HERALD_ENOMEM;
    pthread_mutex_init(&bus->lock, NULL);
    pthread_cond_init(&bus->stopped_cond, NULL);
    err = copy_opts(bus, opts);
    if (err == HERALD_OK && parse_url(&url, url_text) < 0) {
        LIB_LOG(HERALD_LOG_ERROR, "bus", "bus URL is malformed", "url=%s",
                lib_log__quote(qurl, sizeof(qurl), url_text));
        err = HERALD_EINVAL;
    } else if (err == HERALD_OK) {
        err = open_transport(bus, &url);
        if (err != HERALD_OK)
            LIB_LOG(HERALD_LOG_ERROR, "bus", "bus open failed",
                    "url=%s err=%s",
                    lib_log__quote(qurl, sizeof(qurl), url_text),
                    herald_err_name(err));
    }
    if (err == HERALD_OK)
        LIB_LOG(HERALD_LOG_INFO, "bus", "bus opened", "transport=%s",
                bus->ops->name);
    url_free(&url);
    if (err != HERALD_OK) {
        bus_free(bus);
        return err;
    }
    *out = bus;
    return HERALD_OK;
}

const char *herald_bus_transport(const herald_bus_t *bus)
{
    return bus ? bus->ops->name : NULL;
}

int bus__match(const char *pattern, const char *topic)
{
    /* Iterative glob with one backtrack point, linear in practice. */
    const char *star = NULL, *resume = NULL;

    while (*topic) {
        if (*pattern == '*') {
            star = pattern++;
            resume = topic;
        } else if (*pattern == *topic) {
            pattern++;
            topic++;
        } else if (star) {
            pattern = star + 1;
            topic = ++resume;
        } else {
            return 0;
        }
    }
    while (*pattern == '*')
        pattern++;
    return *pattern == '\0';
}

int bus__is_dead_letter(const herald_event_t *ev)
{
    return herald_event_attr(ev, "dlqreason") != NULL;
}

int bus__wants(const herald_sub_t *sub, const char *topic, int dead_letter)
{
    if (sub->exact)
        return strcmp(sub->pattern, topic) == 0;
    return !dead_letter && bus__match(sub->pattern, topic);
}

herald_err_t bus__send(herald_bus_t *bus, const char *topic,
                       herald_event_t *ev, int flags, herald_delivery_cb cb,
                       void *user_data)
{
    return bus->ops->send(bus, topic, ev, flags, cb, user_data);
}

/* Copies ev and fills in id, time and source. Returns the copy, or NULL
 * with *err set. */
static herald_event_t *prepare(herald_bus_t *bus, const herald_event_t *ev,
                               herald_err_t *err)
{
    herald_event_t *copy;
    char reason[HERALD_ERRBUF_SIZE];
    char qreason[HERALD_ERRBUF_SIZE + 32];
    char qtype[96];

    *err = herald_event_clone(&copy, ev);
    if (*err != HERALD_OK)
        return NULL;
    *err = herald_event_fill_defaults(copy);
    if (*err == HERALD_OK && herald_event_source(copy) == NULL)
        *err = herald_event_set_attr(copy, "source", bus->source);
    if (*err == HERALD_OK) {
        *err = herald_event_validate(copy, reason, sizeof(reason));
        if (*err != HERALD_OK)
            LIB_LOG(HERALD_LOG_WARN, "bus", "publish rejected invalid event",
                    "type=%s reason=%s",
                    lib_log__quote(qtype, sizeof(qtype),
                                   herald_event_type(copy)),
                    lib_log__quote(qreason, sizeof(qreason), reason));
    }
    if (*err != HERALD_OK) {
        herald_event_free(copy);
        return NULL;
    }
    return copy;
}

static herald_err_t publish(herald_bus_t *bus, const herald_event_t *ev,
                            int flags, herald_delivery_cb cb,
                            void *user_data)
{
    herald_event_t *copy;
    herald_err_t err;

    if (bus == NULL || ev == NULL)
        return HERALD_EINVAL;
    copy = prepare(bus, ev, &err);
    if (copy == NULL)
        return err;
    return bus__send(bus, herald_event_type(copy), copy, flags, cb,
                     user_data);
}

herald_err_t herald_bus_publish(herald_bus_t *bus, const herald_event_t *ev)
{
    return publish(bus, ev, SEND_WAIT, NULL, NULL);
}

herald_err_t herald_bus_publish_async(herald_bus_t *bus,
                                      const herald_event_t *ev,
                                      herald_delivery_cb cb, void *user_data)
{
    return publish(bus, ev, 0, cb, user_data);
}

/* Topic names on Kafka use letters, digits, '.', '_' and '-'. */
static int valid_pattern(const char *pattern)
{
    if (pattern == NULL || pattern[0] == '\0' || strlen(pattern) > 249)
        return 0;
    for (const char *p = pattern; *p; p++) {
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
              (*p >= '0' && *p <= '9') || *p == '.' || *p == '_' ||
              *p == '-' || *p == '*'))
            return 0;
    }
    return 1;
}

static herald_sub_t *find_group(herald_bus_t *bus, const char *group)
{
    for (herald_sub_t *s = atomic_load(&bus->subs); s;
         s = atomic_load(&s->next)) {
        if (strcmp(s->group, group) == 0)
            return s;
    }
    return NULL;
}

static herald_sub_t *sub_new(herald_bus_t *bus, const char *pattern,
                             const char *group,
                             const herald_handler_t *handler,
                             void *user_data)
{
    herald_sub_t *sub = calloc(1, sizeof(*sub));

    if (sub == NULL)
        return NULL;
    sub->bus = bus;
    sub->handler = *handler;
    sub->user_data = user_data;
    sub->exact = strchr(pattern, '*') == NULL;
    stats__init(&sub->stats);
    sub->pattern = strdup(pattern);
    sub->group = strdup(group ? group : handler->name);
    sub->name = strdup(handler->name);
    if (handler->dead_letter_topic)
        sub->dead_letter_topic = strdup(handler->dead_letter_topic);
    else if (bus->dead_letter_topic)
        sub->dead_letter_topic = strdup(bus->dead_letter_topic);
    if (!sub->pattern || !sub->group || !sub->name ||
        ((handler->dead_letter_topic || bus->dead_letter_topic) &&
         !sub->dead_letter_topic)) {
        free(sub->pattern);
        free(sub->group);
        free(sub->name);
        free(sub->dead_letter_topic);
        free(sub);
        return NULL;
    }
    sub->handler.name = sub->name;
    sub->handler.dead_letter_topic = sub->dead_letter_topic;
    if (sub->handler.max_attempts <= 0)
        sub->handler.max_attempts = bus->opts.max_attempts;
    if (sub->handler.backoff_initial_ms <= 0)
        sub->handler.backoff_initial_ms = bus->opts.backoff_initial_ms;
    if (sub->handler.backoff_max_ms <= 0)
        sub->handler.backoff_max_ms = bus->opts.backoff_max_ms;
    if (sub->handler.backoff_max_ms < sub->handler.backoff_initial_ms)
        sub->handler.backoff_max_ms = sub->handler.backoff_initial_ms;
    return sub;
}

herald_err_t herald_bus_subscribe(herald_bus_t *bus, const char *pattern,
                                  const char *group,
                                  const herald_handler_t *handler,
                                  void *user_data, herald_sub_t **out)
{
    herald_sub_t *sub;
    herald_err_t err;
    char qpattern[300];

    if (out)
        *out = NULL;
    if (bus == NULL || handler == NULL || handler->name == NULL ||
        handler->name[0] == '\0' || handler->handle == NULL ||
        !valid_pattern(pattern) || (group && group[0] == '\0'))
        return HERALD_EINVAL;
    pthread_mutex_lock(&bus->lock);
    if (bus->stopped) {
        pthread_mutex_unlock(&bus->lock);
        return HERALD_ECLOSED;
    }
    if (find_group(bus, group ? group : handler->name)) {
        pthread_mutex_unlock(&bus->lock);
        return HERALD_EEXIST;
    }
    sub = sub_new(bus, pattern, group, handler, user_data);
    if (sub == NULL) {
        pthread_mutex_unlock(&bus->lock);
        return HERALD_ENOMEM;
    }
    err = bus->ops->subscribe(bus, sub);
    if (err == HERALD_OK) {
        /* Readers walk the list without the lock, so the subscription is
         * complete before it becomes reachable. */
        atomic_store(&sub->next, atomic_load(&bus->subs));
        atomic_store(&bus->subs, sub);
    }
    pthread_mutex_unlock(&bus->lock);
    if (err != HERALD_OK) {
        free(sub->pattern);
        free(sub->group);
        free(sub->name);
        free(sub->dead_letter_topic);
        free(sub);
        return err;
    }
    LIB_LOG(HERALD_LOG_INFO, "bus", "subscribed",
            "handler=%s pattern=%s group=%s transport=%s",
            lib_log__quote(qpattern, sizeof(qpattern), sub->name),
            sub->pattern, sub->group, bus->ops->name);
    if (out)
        *out = sub;
    return HERALD_OK;
}

herald_err_t herald_bus_run(herald_bus_t *bus)
{
    if (bus == NULL)
        return HERALD_EINVAL;
    pthread_mutex_lock(&bus->lock);
    if (bus->stopped) {
        pthread_mutex_unlock(&bus->lock);
        return HERALD_ECLOSED;
    }
    while (!bus->stopped)
        pthread_cond_wait(&bus->stopped_cond, &bus->lock);
    pthread_mutex_unlock(&bus->lock);
    return HERALD_OK;
}

herald_err_t herald_bus_drain(herald_bus_t *bus, int timeout_ms)
{
    if (bus == NULL)
        return HERALD_EINVAL;
    return bus->ops->drain(bus, timeout_ms);
}

herald_err_t herald_bus_stop(herald_bus_t *bus)
{
    if (bus == NULL)
        return HERALD_EINVAL;
    pthread_mutex_lock(&bus->lock);
    if (bus->stopped) {
        pthread_mutex_unlock(&bus->lock);
        return HERALD_OK;
    }
    bus->stopped = 1;
    pthread_mutex_unlock(&bus->lock);
    /* The transport drains with the bus lock released, because handlers
     * still running may publish. */
    bus->ops->stop(bus);
    pthread_mutex_lock(&bus->lock);
    pthread_cond_broadcast(&bus->stopped_cond);
    pthread_mutex_unlock(&bus->lock);
    LIB_LOG(HERALD_LOG_INFO, "bus", "bus stopped", "transport=%s",
            bus->ops->name);
    return HERALD_OK;
}

void herald_bus_close(herald_bus_t *bus)
{
    if (bus == NULL)
        return;
    herald_bus_stop(bus);
    bus->ops->close(bus);
    bus_free(bus);
}

herald_err_t herald_sub_stats(const herald_sub_t *sub,
                              herald_handler_stats_t *out)
{
    if (sub == NULL || out == NULL)
        return HERALD_EINVAL;
    stats__snapshot(&sub->stats, out);
    return HERALD_OK;
}

const char *herald_sub_name(const herald_sub_t *sub)
{
    return sub ? sub->name : NULL;
}

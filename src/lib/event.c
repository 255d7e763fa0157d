/*
 * CloudEvents 1.0 events: attribute storage, defaults (UUID v4 ids and
 * RFC 3339 times) and validation against the CloudEvents 1.0.2 core rules.
 * The encodings live in event_json.c and event_kafka.c.
 */
#include "event_internal.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/time.h>
#include <time.h>

static const char *const core_names[] = {
    "id", "source", "specversion", "type", "time",
    "datacontenttype", "dataschema", "subject",
};
#define CORE_COUNT (sizeof(core_names) / sizeof(core_names[0]))

static char **core_slot(herald_event_t *ev, const char *name)
{
    char **slots[CORE_COUNT] = {
        &ev->id, &ev->source, &ev->specversion, &ev->type, &ev->time,
        &ev->datacontenttype, &ev->dataschema, &ev->subject,
    };

    for (size_t i = 0; i < CORE_COUNT; i++) {
        if (strcmp(name, core_names[i]) == 0)
            return slots[i];
    }
    return NULL;
}

void event__errf(char *errbuf, size_t errlen, const char *fmt, ...)
{
    va_list ap;

    if (errbuf == NULL || errlen == 0)
        return;
    va_start(ap, fmt);
    vsnprintf(errbuf, errlen, fmt, ap);
    va_end(ap);
}

int event__valid_name(const char *name)
{
    if (name == NULL || name[0] == '\0')
        return 0;
    for (const char *p = name; *p; p++) {
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
            return 0;
    }
    return 1;
}

int event__random(void *out, size_t len)
{
    uint8_t *p = out;

    while (len > 0) {
        ssize_t n = getrandom(p, len, 0);

        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

herald_err_t herald_event_new(herald_event_t **out, const char *type,
                              const char *source)
{
    herald_event_t *ev;

    if (out == NULL)
        return HERALD_EINVAL;
    *out = NULL;
    ev = calloc(1, sizeof(*ev));
    if (ev == NULL)
        return HERALD_ENOMEM;
    ev->specversion = strdup("1.0");
    ev->type = type ? strdup(type) : NULL;
    ev->source = source ? strdup(source) : NULL;
    if (ev->specversion == NULL || (type && ev->type == NULL) ||
        (source && ev->source == NULL)) {
        herald_event_free(ev);
        return HERALD_ENOMEM;
    }
    *out = ev;
    return HERALD_OK;
}

void herald_event_free(herald_event_t *ev)
{
    if (ev == NULL)
        return;
    for (size_t i = 0; i < CORE_COUNT; i++)
        free(*core_slot(ev, core_names[i]));
    for (size_t i = 0; i < ev->ext_count; i++) {
        free(ev->exts[i].name);
        free(ev->exts[i].value);
    }
    free(ev->exts);
    free(ev->data);
    free(ev);
}

void herald_free(void *ptr)
{
    free(ptr);
}

herald_err_t herald_event_clone(herald_event_t **out,
                                const herald_event_t *ev)
{
    herald_event_t *copy;
    herald_err_t err = HERALD_OK;

    if (out == NULL || ev == NULL)
        return HERALD_EINVAL;
    *out = NULL;
    if (herald_event_new(&copy, NULL, NULL) != HERALD_OK)
        return HERALD_ENOMEM;
    for (size_t i = 0; i < CORE_COUNT && err == HERALD_OK; i++) {
        const char *value = herald_event_attr(ev, core_names[i]);

        err = herald_event_set_attr(copy, core_names[i], value);
    }
    for (size_t i = 0; i < ev->ext_count && err == HERALD_OK; i++) {
        err = event__set_ext(copy, ev->exts[i].name, ev->exts[i].value,
                             ev->exts[i].kind);
    }
    if (err == HERALD_OK && ev->data != NULL)
        err = herald_event_set_data(copy, ev->data, ev->data_len);
    if (err != HERALD_OK) {
        herald_event_free(copy);
        return err;
    }
    copy->data_is_text = ev->data_is_text;
    *out = copy;
    return HERALD_OK;
}

static struct event_ext *find_ext(const herald_event_t *ev, const char *name)
{
    for (size_t i = 0; i < ev->ext_count; i++) {
        if (strcmp(ev->exts[i].name, name) == 0)
            return &ev->exts[i];
    }
    return NULL;
}

static void remove_ext(herald_event_t *ev, struct event_ext *ext)
{
    size_t i = (size_t)(ext - ev->exts);

    free(ext->name);
    free(ext->value);
    memmove(&ev->exts[i], &ev->exts[i + 1],
            (ev->ext_count - i - 1) * sizeof(ev->exts[0]));
    ev->ext_count--;
}

herald_err_t event__set_ext(herald_event_t *ev, const char *name,
                            const char *value, herald_ext_kind_t kind)
{
    struct event_ext *ext = find_ext(ev, name);
    char *copy;

    if (value == NULL) {
        if (ext)
            remove_ext(ev, ext);
        return HERALD_OK;
    }
    copy = strdup(value);
    if (copy == NULL)
        return HERALD_ENOMEM;
    if (ext == NULL) {
        if (ev->ext_count == ev->ext_cap) {
            size_t cap = ev->ext_cap ? ev->ext_cap * 2 : 4;
            struct event_ext *exts = realloc(ev->exts, cap * sizeof(*exts));

            if (exts == NULL) {
                free(copy);
                return HERALD_ENOMEM;
            }
            ev->exts = exts;
            ev->ext_cap = cap;
        }
        ext = &ev->exts[ev->ext_count];
        ext->name = strdup(name);
        if (ext->name == NULL) {
            free(copy);
            return HERALD_ENOMEM;
        }
        ext->value = NULL;
        ev->ext_count++;
    }
    free(ext->value);
    ext->value = copy;
    ext->kind = kind;
    return HERALD_OK;
}

herald_err_t herald_event_set_attr(herald_event_t *ev, const char *name,
                                   const char *value)
{
    char **slot;
    char *copy = NULL;

    if (ev == NULL || !event__valid_name(name) || strcmp(name, "data") == 0)
        return HERALD_EINVAL;
    slot = core_slot(ev, name);
    if (slot == NULL)
        return event__set_ext(ev, name, value, HERALD_EXT_STRING);
    if (value != NULL) {
        copy = strdup(value);
        if (copy == NULL)
            return HERALD_ENOMEM;
    }
    free(*slot);
    *slot = copy;
    return HERALD_OK;
}

herald_err_t herald_event_set_ext_int(herald_event_t *ev, const char *name,
                                      int64_t value)
{
    char text[32];

    if (ev == NULL || !event__valid_name(name) || core_slot(ev, name) ||
        strcmp(name, "data") == 0)
        return HERALD_EINVAL;
    snprintf(text, sizeof(text), "%" PRId64, value);
    return event__set_ext(ev, name, text, HERALD_EXT_INTEGER);
}

herald_err_t herald_event_set_ext_bool(herald_event_t *ev, const char *name,
                                       int value)
{
    if (ev == NULL || !event__valid_name(name) || core_slot(ev, name) ||
        strcmp(name, "data") == 0)
        return HERALD_EINVAL;
    return event__set_ext(ev, name, value ? "true" : "false",
                          HERALD_EXT_BOOLEAN);
}

const char *herald_event_attr(const herald_event_t *ev, const char *name)
{
    char **slot;
    struct event_ext *ext;

    if (ev == NULL || name == NULL)
        return NULL;
    slot = core_slot((herald_event_t *)ev, name);
    if (slot)
        return *slot;
    ext = find_ext(ev, name);
    return ext ? ext->value : NULL;
}

const char *herald_event_id(const herald_event_t *ev)
{
    return ev ? ev->id : NULL;
}

const char *herald_event_type(const herald_event_t *ev)
{
    return ev ? ev->type : NULL;
}

const char *herald_event_source(const herald_event_t *ev)
{
    return ev ? ev->source : NULL;
}

const char *herald_event_time(const herald_event_t *ev)
{
    return ev ? ev->time : NULL;
}

size_t herald_event_ext_count(const herald_event_t *ev)
{
    return ev ? ev->ext_count : 0;
}

herald_err_t herald_event_ext_at(const herald_event_t *ev, size_t i,
                                 const char **name, const char **value,
                                 herald_ext_kind_t *kind)
{
    if (ev == NULL || i >= ev->ext_count)
        return HERALD_ERANGE;
    if (name)
        *name = ev->exts[i].name;
    if (value)
        *value = ev->exts[i].value;
    if (kind)
        *kind = ev->exts[i].kind;
    return HERALD_OK;
}

herald_err_t herald_event_set_data(herald_event_t *ev, const void *data,
                                   size_t len)
{
    uint8_t *copy = NULL;

    if (ev == NULL || (data == NULL && len > 0))
        return HERALD_EINVAL;
    if (data != NULL) {
        copy = malloc(len + 1);
        if (copy == NULL)
            return HERALD_ENOMEM;
        memcpy(copy, data, len);
        copy[len] = '\0';
    }
    free(ev->data);
    ev->data = copy;
    ev->data_len = data ? len : 0;
    ev->data_is_text = 0;
    return HERALD_OK;
}

const void *herald_event_data(const herald_event_t *ev, size_t *len)
{
    if (len)
        *len = ev ? ev->data_len : 0;
    return ev ? ev->data : NULL;
}

/* Formats a random UUID version 4 (RFC 4122 section 4.4). */
static int make_uuid(char out[37])
{
    uint8_t b[16];

    if (event__random(b, sizeof(b)) < 0)
        return -1;
    b[6] = (uint8_t)((b[6] & 0x0f) | 0x40);
    b[8] = (uint8_t)((b[8] & 0x3f) | 0x80);
    snprintf(out, 37,
             "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
             "%02x%02x%02x%02x%02x%02x",
             b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9],
             b[10], b[11], b[12], b[13], b[14], b[15]);
    return 0;
}

static void format_now(char out[32])
{
    struct timeval tv;
    struct tm tm;
    size_t n;

    gettimeofday(&tv, NULL);
    gmtime_r(&tv.tv_sec, &tm);
    n = strftime(out, 32, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(out + n, 32 - n, ".%03dZ", (int)(tv.tv_usec / 1000));
}

herald_err_t herald_event_fill_defaults(herald_event_t *ev)
{
    herald_err_t err = HERALD_OK;

    if (ev == NULL)
        return HERALD_EINVAL;
    if (ev->id == NULL) {
        char uuid[37];

        if (make_uuid(uuid) < 0)
            return HERALD_EIO;
        err = herald_event_set_attr(ev, "id", uuid);
    }
    if (err == HERALD_OK && ev->time == NULL) {
        char now[32];

        format_now(now);
        err = herald_event_set_attr(ev, "time", now);
    }
    if (err == HERALD_OK && ev->specversion == NULL)
        err = herald_event_set_attr(ev, "specversion", "1.0");
    return err;
}

/*
 * The Kafka transport's producer side, through librdkafka: the bus URL
 * becomes the client configuration, events become records through the
 * CloudEvents Kafka binding, and delivery reports come back on a poll
 * thread. Consumers and handler lanes are in kafka_consumer.c.
 */
#include "kafka_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib_log.h"

/* One synchronous publish waiting for its delivery report. Shared by the
 * publisher and the poll thread, so it is reference-counted. */
struct waiter {
    pthread_mutex_t lock;
    pthread_cond_t cond;
    int done;
    herald_err_t err;
    atomic_int refs;
};

struct produce_op {
    herald_delivery_cb cb;
    void *user_data;
    herald_event_t *ev; /* NULL for raw records */
    struct waiter *waiter;
};

static void waiter_unref(struct waiter *w)
{
    if (w && atomic_fetch_sub(&w->refs, 1) == 1) {
        pthread_cond_destroy(&w->cond);
        pthread_mutex_destroy(&w->lock);
        free(w);
    }
}

static void on_log(const rd_kafka_t *rk, int level, const char *facility,
                   const char *text)
{
    char qtext[512];
    herald_log_level_t lvl = level <= 3   ? HERALD_LOG_ERROR
                             : level == 4 ? HERALD_LOG_WARN
                                          : HERALD_LOG_DEBUG;

    /* Every URL setting goes to both the producer and the consumers, so
     * librdkafka's note that one of them ignores a setting is expected. */
    if (strcmp(facility, "CONFWARN") == 0 &&
        strstr(text, "will be ignored by this") != NULL)
        lvl = HERALD_LOG_DEBUG;
    LIB_LOG(lvl, "kafka", "librdkafka log", "facility=%s text=%s", facility,
            lib_log__quote(qtext, sizeof(qtext), text));
}

static herald_err_t map_error(rd_kafka_resp_err_t err)
{
    switch (err) {
    case RD_KAFKA_RESP_ERR_NO_ERROR:
        return HERALD_OK;
    case RD_KAFKA_RESP_ERR__MSG_TIMED_OUT:
    case RD_KAFKA_RESP_ERR__TIMED_OUT:
        return HERALD_ETIMEDOUT;
    case RD_KAFKA_RESP_ERR__QUEUE_FULL:
        return HERALD_EAGAIN;
    case RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE:
        return HERALD_ETOOBIG;
    default:
        return HERALD_ETRANSPORT;
    }
}

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *msg,
                        void *opaque)
{
    struct produce_op *op = msg->_private;
    herald_err_t err = map_error(msg->err);

    if (op == NULL)
        return;
    if (msg->err)
        LIB_LOG(HERALD_LOG_WARN, "kafka", "delivery failed",
                "topic=%s partition=%d err=%s", rd_kafka_topic_name(msg->rkt),
                (int)msg->partition, rd_kafka_err2name(msg->err));
    if (op->cb)
        op->cb(op->ev, err, op->user_data);
    if (op->waiter) {
        pthread_mutex_lock(&op->waiter->lock);
        op->waiter->done = 1;
        op->waiter->err = err;
        pthread_cond_signal(&op->waiter->cond);
        pthread_mutex_unlock(&op->waiter->lock);
        waiter_unref(op->waiter);
    }
    herald_event_free(op->ev);
    free(op);
}

static void *poll_main(void *arg)
{
    struct kafka *k = arg;

    while (atomic_load(&k->running))
        rd_kafka_poll(k->producer, 100);
    return NULL;
}

rd_kafka_conf_t *kafka__conf(struct kafka *k)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char errstr[256], qerr[300];

    if (conf == NULL)
        return NULL;
    rd_kafka_conf_set_log_cb(conf, on_log);
    if (rd_kafka_conf_set(conf, "bootstrap.servers", k->brokers, errstr,
                          sizeof(errstr)) != RD_KAFKA_CONF_OK)
        goto fail;
    for (size_t i = 0; i < k->setting_count; i++) {
        if (rd_kafka_conf_set(conf, k->settings[2 * i], k->settings[2 * i + 1],
                              errstr, sizeof(errstr)) != RD_KAFKA_CONF_OK)
            goto fail;
    }
    return conf;
fail:
    LIB_LOG(HERALD_LOG_ERROR, "kafka", "setting rejected", "reason=%s",
            lib_log__quote(qerr, sizeof(qerr), errstr));
    rd_kafka_conf_destroy(conf);
    return NULL;
}

int kafka__conf_default(struct kafka *k, rd_kafka_conf_t *conf,
                        const char *key, const char *value)
{
    char errstr[256];

    for (size_t i = 0; i < k->setting_count; i++) {
        if (strcmp(k->settings[2 * i], key) == 0)
            return 0;
    }
    return rd_kafka_conf_set(conf, key, value, errstr, sizeof(errstr)) ==
                   RD_KAFKA_CONF_OK
               ? 0
               : -1;
}

static struct waiter *waiter_new(void)
{
    struct waiter *w = calloc(1, sizeof(*w));

    if (w == NULL)
        return NULL;
    pthread_mutex_init(&w->lock, NULL);
    pthread_cond_init(&w->cond, NULL);
    atomic_init(&w->refs, 2);
    return w;
}

static herald_err_t wait_delivery(struct waiter *w, int timeout_ms)
{
    struct timespec deadline;
    herald_err_t err = HERALD_ETIMEDOUT;
    int rc = 0;

    clock_gettime(CLOCK_REALTIME, &deadline);
    deadline.tv_sec += timeout_ms / 1000;
    deadline.tv_nsec += (long)(timeout_ms % 1000) * 1000000L;
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000L;
    }
    pthread_mutex_lock(&w->lock);
    while (!w->done && rc != ETIMEDOUT)
        rc = pthread_cond_timedwait(&w->cond, &w->lock, &deadline);
    if (w->done)
        err = w->err;
    pthread_mutex_unlock(&w->lock);
    waiter_unref(w);
    return err;
}

/* Hands one record to librdkafka, waiting while its queue is full unless
 * the caller chose HERALD_FULL_EAGAIN. Takes ownership of hdrs. */
static herald_err_t produce(struct kafka *k, const char *topic,
                            const void *key, size_t key_len,
                            const void *value, size_t value_len,
                            rd_kafka_headers_t *hdrs, struct produce_op *op,
                            int may_fail_full)
{
    rd_kafka_resp_err_t rerr;
    struct timespec pause = {0, 5 * 1000000L};

    for (;;) {
        rerr = rd_kafka_producev(
            k->producer, RD_KAFKA_V_TOPIC(topic),
            RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
            RD_KAFKA_V_KEY(key, key_len),
            RD_KAFKA_V_VALUE((void *)value, value_len),
            RD_KAFKA_V_HEADERS(hdrs), RD_KAFKA_V_OPAQUE(op), RD_KAFKA_V_END);
        if (rerr != RD_KAFKA_RESP_ERR__QUEUE_FULL || may_fail_full)
            break;
        nanosleep(&pause, NULL);
    }
    if (rerr != RD_KAFKA_RESP_ERR_NO_ERROR) {
        rd_kafka_headers_destroy(hdrs);
        if (rerr != RD_KAFKA_RESP_ERR__QUEUE_FULL)
            LIB_LOG(HERALD_LOG_WARN, "kafka", "produce failed",
                    "topic=%s err=%s", topic, rd_kafka_err2name(rerr));
    }
    return map_error(rerr);
}

/* Produces and, when waiter is given, waits for the delivery report. On
 * error op is freed here, with its event. */
static herald_err_t produce_op(struct kafka *k, const char *topic,
                               const herald_record_t *rec,
                               rd_kafka_headers_t *hdrs, struct produce_op *op,
                               int may_fail_full)
{
    struct waiter *w = op->waiter;
    herald_err_t err = produce(k, topic, rec->key, rec->key_len, rec->value,
                               rec->value_len, hdrs, op, may_fail_full);

    if (err != HERALD_OK) {
        if (w) {
            /* The delivery callback will not run: drop both references. */
            waiter_unref(w);
            waiter_unref(w);
        }
        herald_event_free(op->ev);
        free(op);
        return err;
    }
    return w ? wait_delivery(w, k->bus->opts.kafka_timeout_ms) : HERALD_OK;
}

herald_err_t kafka__produce_raw(struct kafka *k, const char *topic,
                                const void *key, size_t key_len,
                                const void *value, size_t value_len,
                                rd_kafka_headers_t *hdrs)
{
    herald_record_t rec = {.key = key, .key_len = key_len, .value = value,
                           .value_len = value_len};
    struct produce_op *op = calloc(1, sizeof(*op));

    if (op == NULL || (op->waiter = waiter_new()) == NULL) {
        free(op);
        rd_kafka_headers_destroy(hdrs);
        return HERALD_ENOMEM;
    }
    return produce_op(k, topic, &rec, hdrs, op, 0);
}

static herald_err_t kafka_send(herald_bus_t *bus, const char *topic,
                               herald_event_t *ev, int flags,
                               herald_delivery_cb cb, void *user_data)
{
    struct kafka *k = bus->transport;
    herald_record_t rec;
    rd_kafka_headers_t *hdrs;
    struct produce_op *op;
    herald_err_t err;

    if (atomic_load(&k->closed) && !(flags & SEND_FROM_HANDLER)) {
        herald_event_free(ev);
        return HERALD_ECLOSED;
    }
    err = herald_event_to_record(ev, k->mode, &rec);
    op = calloc(1, sizeof(*op));
    if (err != HERALD_OK || op == NULL ||
        ((flags & SEND_WAIT) && (op->waiter = waiter_new()) == NULL)) {
        herald_record_clear(&rec);
        free(op);
        herald_event_free(ev);
        return err != HERALD_OK ? err : HERALD_ENOMEM;
    }
    hdrs = rd_kafka_headers_new(rec.header_count);
    for (size_t i = 0; i < rec.header_count; i++)
        rd_kafka_header_add(hdrs, rec.headers[i].name, -1,
                            rec.headers[i].value,
                            (ssize_t)rec.headers[i].len);
    op->cb = cb;
    op->user_data = user_data;
    op->ev = ev;
    err = produce_op(k, topic, &rec, hdrs, op,
                     bus->opts.when_full == HERALD_FULL_EAGAIN &&
                         !(flags & SEND_FROM_HANDLER));
    herald_record_clear(&rec);
    return err;
}

static herald_err_t kafka_drain(herald_bus_t *bus, int timeout_ms)
{
    struct kafka *k = bus->transport;
    int64_t flush_ms = timeout_ms < 0 ? -1 : timeout_ms;
    herald_err_t err = pool__drain(k->pool, timeout_ms);

    if (err != HERALD_OK)
        return err;
    /* NOTE: the flush gets the whole timeout again, so a drain can take up
     * to twice timeout_ms. */
    return rd_kafka_flush(k->producer, (int)flush_ms) ==
                   RD_KAFKA_RESP_ERR_NO_ERROR
               ? HERALD_OK
               : HERALD_ETIMEDOUT;
}

static void kafka_stop(herald_bus_t *bus)
{
    struct kafka *k = bus->transport;

    atomic_store(&k->closed, 1);
    /* The consumers stop fetching and the lanes finish what was fetched.
     * The flush then waits for the events the handlers emitted, because
     * their delivery reports store the last offsets. Then the consumers
     * commit. */
    kafka__stop_consumers(bus);
    pool__stop(k->pool);
    rd_kafka_flush(k->producer, bus->opts.kafka_timeout_ms);
    kafka__close_consumers(bus);
}

static void kafka_free(struct kafka *k)
{
    if (k->poll_started) {
        atomic_store(&k->running, 0);
        pthread_join(k->poll_thread, NULL);
    }
    if (k->producer)
        rd_kafka_destroy(k->producer);
    /* Only now can no delivery report reach a consumer's records. */
    kafka__free_consumers(k->bus);
    pool__free(k->pool);
    for (size_t i = 0; i < 2 * k->setting_count; i++)
        free(k->settings[i]);
    free(k->settings);
    free(k->brokers);
    free(k);
}

static void kafka_close(herald_bus_t *bus)
{
    kafka_free(bus->transport);
    bus->transport = NULL;
}

const struct transport_ops kafka_ops = {
    .name = "kafka",
    .send = kafka_send,
    .subscribe = kafka__subscribe,
    .drain = kafka_drain,
    .stop = kafka_stop,
    .close = kafka_close,
};

/* Reads workers and mode, and keeps every other parameter for
 * librdkafka. */
static herald_err_t read_params(struct kafka *k, struct bus_url *url,
                                long *workers)
{
    const char *mode = bus__param(url, "mode");
    const char *value = bus__param(url, "workers");

    if (value && bus__param_int(value, 1, 256, workers) < 0)
        return HERALD_EINVAL;
    if (mode && strcmp(mode, "binary") == 0)
        k->mode = HERALD_MODE_BINARY;
    else if (mode && strcmp(mode, "structured") == 0)
        k->mode = HERALD_MODE_STRUCTURED;
    else if (mode)
        return HERALD_EINVAL;
    k->settings = calloc(2 * url->param_count + 1, sizeof(char *));
    if (k->settings == NULL)
        return HERALD_ENOMEM;
    for (size_t i = 0; i < url->param_count; i++) {
        if (url->params[i].used)
            continue;
        k->settings[2 * k->setting_count] = strdup(url->params[i].key);
        k->settings[2 * k->setting_count + 1] = strdup(url->params[i].value);
        k->setting_count++;
        if (!k->settings[2 * k->setting_count - 2] ||
            !k->settings[2 * k->setting_count - 1])
            return HERALD_ENOMEM;
    }
    return HERALD_OK;
}

/* Returns 1 unless the URL sets acks to something other than all. */
static int acks_all(const struct kafka *k)
{
    for (size_t i = 0; i < k->setting_count; i++) {
        const char *key = k->settings[2 * i];
        const char *value = k->settings[2 * i + 1];

        if (strcmp(key, "acks") != 0 &&
            strcmp(key, "request.required.acks") != 0)
            continue;
        if (strcmp(value, "all") != 0 && strcmp(value, "-1") != 0)
            return 0;
    }
    return 1;
}

static herald_err_t start_producer(struct kafka *k)
{
    rd_kafka_conf_t *conf = kafka__conf(k);
    char errstr[256], qerr[300];

    if (conf == NULL)
        return HERALD_EINVAL;
    /* Handler lanes do not wait for emitted events, so several batches of
     * one partition can be in flight. The idempotent producer keeps them in
     * order across librdkafka's internal retries. librdkafka rejects it
     * unless acks is all, so a URL that lowers acks goes without it. */
    if (acks_all(k) &&
        kafka__conf_default(k, conf, "enable.idempotence", "true") < 0) {
        rd_kafka_conf_destroy(conf);
        return HERALD_EINVAL;
    }
    rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
    k->producer = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr,
                               sizeof(errstr));
    if (k->producer == NULL) {
        LIB_LOG(HERALD_LOG_ERROR, "kafka", "producer create failed",
                "reason=%s", lib_log__quote(qerr, sizeof(qerr), errstr));
        rd_kafka_conf_destroy(conf);
        return HERALD_ETRANSPORT;
    }
    atomic_store(&k->running, 1);
    if (pthread_create(&k->poll_thread, NULL, poll_main, k) != 0)
        return HERALD_ENOMEM;
    k->poll_started = 1;
    return HERALD_OK;
}

herald_err_t kafka__open(herald_bus_t *bus, struct bus_url *url)
{
    struct kafka *k = calloc(1, sizeof(*k));
    long workers = 4;
    herald_err_t err;

    if (k == NULL)
        return HERALD_ENOMEM;
    k->bus = bus;
    k->mode = bus->opts.kafka_mode;
    k->brokers = strdup(url->hosts);
    err = k->brokers ? read_params(k, url, &workers) : HERALD_ENOMEM;
    if (err == HERALD_OK)
        err = pool__new(&k->pool, (unsigned)workers,
                        (size_t)workers * 256);
    if (err == HERALD_OK)
        err = start_producer(k);
    if (err != HERALD_OK) {
        kafka_free(k);
        return err;
    }
    bus->transport = k;
    bus->ops = &kafka_ops;
    return HERALD_OK;
}

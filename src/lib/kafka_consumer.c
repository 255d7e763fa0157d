/*
 * The Kafka transport's consumer side. Each subscription has one librdkafka
 * consumer, whose group is the consumer group, and a poll thread that hands
 * each record to the lane of its partition. Offsets are at least once:
 * auto-commit is on, but it commits only offsets stored with
 * rd_kafka_offsets_store(). A record is done once its pipeline outcome is
 * final and the events its handler emitted are acknowledged. Records can
 * finish out of order because a lane does not wait for those
 * acknowledgements, so each partition keeps its records in fetch order and
 * stores the offset after the longest run of done records at the head.
 * Records that are not CloudEvents are forwarded as is to the dead-letter
 * topic.
 */
#include "kafka_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "lib_log.h"
#include "log_limit.h"

/* Plain headers on forwarded records that could not be decoded. Decoded
 * events carry the same facts as dlq* attributes instead. */
#define RAW_DLQ_REASON "herald-dlq-reason"

/* How often a repeating consume error is logged, at most. */
#define CONSUME_ERROR_LOG_INTERVAL_US (10 * 1000000LL)

struct partition_track;

/* A fetched record that is not done yet, or done behind one that is not. */
struct pending_record {
    int64_t offset;
    int done;
    struct partition_track *track;
    struct pending_record *next;
};

/* The records of one partition in fetch order. */
struct partition_track {
    struct consumer *consumer;
    char *topic;
    int32_t partition;
    struct pending_record *head;
    struct pending_record *tail;
    struct partition_track *next;
};

struct consumer {
    herald_sub_t *sub;
    struct kafka *kafka;
    rd_kafka_t *rk;
    pthread_t thread;
    int started;
    atomic_int running;
    pthread_mutex_t track_lock; /* tracks, their records and rk after close */
    struct partition_track *tracks;
    int closed; /* rk is gone: done records no longer store offsets */
    log_limit_t error_limit; /* poll thread only */
};

struct record_job {
    struct consumer *consumer;
    rd_kafka_message_t *msg;
    struct pending_record *pending;
};

static void store_offset(struct consumer *c, const char *topic,
                         int32_t partition, int64_t next_offset)
{
    rd_kafka_topic_partition_list_t *list =
        rd_kafka_topic_partition_list_new(1);
    rd_kafka_resp_err_t err;

    rd_kafka_topic_partition_list_add(list, topic, partition)->offset =
        next_offset;
    err = rd_kafka_offsets_store(c->rk, list);
    /* A partition revoked meanwhile cannot store: another member will see
     * the record again, which at-least-once allows. */
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
        LIB_LOG(HERALD_LOG_DEBUG, "kafka", "offset store failed",
                "topic=%s partition=%d err=%s", topic, (int)partition,
                rd_kafka_err2name(err));
    rd_kafka_topic_partition_list_destroy(list);
}

/* Finds or adds the track of msg's partition. Called with track_lock
 * held. */
static struct partition_track *find_track(struct consumer *c,
                                          const rd_kafka_message_t *msg)
{
    const char *topic = rd_kafka_topic_name(msg->rkt);
    struct partition_track *t;

    for (t = c->tracks; t; t = t->next) {
        if (t->partition == msg->partition && strcmp(t->topic, topic) == 0)
            return t;
    }
    t = calloc(1, sizeof(*t));
    if (t == NULL || (t->topic = strdup(topic)) == NULL) {
        free(t);
        return NULL;
    }
    t->consumer = c;
    t->partition = msg->partition;
    t->next = c->tracks;
    c->tracks = t;
    return t;
}

/* Appends msg to its partition's records. Returns NULL when out of
 * memory. Called on the poll thread, so records arrive in fetch order. */
static struct pending_record *track_record(struct consumer *c,
                                           const rd_kafka_message_t *msg)
{
    struct pending_record *p = calloc(1, sizeof(*p));
    struct partition_track *t;

    if (p == NULL)
        return NULL;
    pthread_mutex_lock(&c->track_lock);
    t = find_track(c, msg);
    if (t == NULL) {
        pthread_mutex_unlock(&c->track_lock);
        free(p);
        return NULL;
    }
    p->offset = msg->offset;
    p->track = t;
    if (t->tail)
        t->tail->next = p;
    else
        t->head = p;
    t->tail = p;
    pthread_mutex_unlock(&c->track_lock);
    return p;
}

/* Marks a record done and stores the offset after the longest done run at
 * the head of its partition. A record that failed (err set) stays pending,
 * so no later offset of its partition is committed and the record is read
 * again after a restart or rebalance. */
static void on_record_done(void *arg, herald_err_t err)
{
    struct pending_record *p = arg;
    struct partition_track *t = p->track;
    struct consumer *c = t->consumer;
    int64_t next_offset = -1;

    pthread_mutex_lock(&c->track_lock);
    if (err == HERALD_OK)
        p->done = 1;
    else
        /* NOTE: the partition's offsets stay held until this consumer is
         * restarted; later records are still handled. */
        LIB_LOG(HERALD_LOG_ERROR, "kafka", "offsets held",
                "handler=%s topic=%s partition=%d offset=%lld err=%s",
                c->sub->name, t->topic, (int)t->partition,
                (long long)p->offset, herald_err_name(err));
    while (t->head && t->head->done) {
        struct pending_record *head = t->head;

        next_offset = head->offset + 1;
        t->head = head->next;
        if (t->head == NULL)
            t->tail = NULL;
        free(head);
    }
    if (next_offset >= 0 && !c->closed)
        store_offset(c, t->topic, t->partition, next_offset);
    pthread_mutex_unlock(&c->track_lock);
}

/* Fills rec with views into msg; headers must be freed by the caller. */
static int record_view(const rd_kafka_message_t *msg, herald_record_t *rec)
{
    rd_kafka_headers_t *hdrs = NULL;
    size_t n = 0;

    memset(rec, 0, sizeof(*rec));
    rec->key = msg->key;
    rec->key_len = msg->key_len;
    rec->value = msg->payload;
    rec->value_len = msg->len;
    if (rd_kafka_message_headers(msg, &hdrs) != RD_KAFKA_RESP_ERR_NO_ERROR)
        return 0;
    n = rd_kafka_header_cnt(hdrs);
    rec->headers = calloc(n ? n : 1, sizeof(*rec->headers));
    if (rec->headers == NULL)
        return -1;
    for (size_t i = 0; i < n; i++) {
        herald_header_t *h = &rec->headers[rec->header_count];

        if (rd_kafka_header_get_all(hdrs, i, &h->name, &h->value, &h->len) ==
            RD_KAFKA_RESP_ERR_NO_ERROR)
            rec->header_count++;
    }
    return 0;
}

static int has_header(const herald_record_t *rec, const char *name)
{
    for (size_t i = 0; i < rec->header_count; i++) {
        if (strcmp(rec->headers[i].name, name) == 0)
            return 1;
    }
    return 0;
}

/* Copies an undecodable record to the dead-letter topic with headers
 * saying why and where it came from. Returns 1 when written. */
static int forward_raw(struct consumer *c, const rd_kafka_message_t *msg,
                       const herald_record_t *rec, const char *reason)
{
    const char *topic = rd_kafka_topic_name(msg->rkt);
    rd_kafka_headers_t *hdrs = rd_kafka_headers_new(rec->header_count + 5);
    char dlq[300], number[24];

    for (size_t i = 0; i < rec->header_count; i++)
        rd_kafka_header_add(hdrs, rec->headers[i].name, -1,
                            rec->headers[i].value,
                            (ssize_t)rec->headers[i].len);
    rd_kafka_header_add(hdrs, RAW_DLQ_REASON, -1, reason, -1);
    rd_kafka_header_add(hdrs, "herald-dlq-handler", -1, c->sub->name, -1);
    rd_kafka_header_add(hdrs, "herald-dlq-topic", -1, topic, -1);
    snprintf(number, sizeof(number), "%d", (int)msg->partition);
    rd_kafka_header_add(hdrs, "herald-dlq-partition", -1, number, -1);
    snprintf(number, sizeof(number), "%lld", (long long)msg->offset);
    rd_kafka_header_add(hdrs, "herald-dlq-offset", -1, number, -1);
    if (c->sub->dead_letter_topic)
        snprintf(dlq, sizeof(dlq), "%s", c->sub->dead_letter_topic);
    else
        snprintf(dlq, sizeof(dlq), "%s.dlq", topic);
    return kafka__produce_raw(c->kafka, dlq, msg->key, msg->key_len,
                              msg->payload, msg->len, hdrs) == HERALD_OK;
}

static void run_record(void *arg)
{
    struct record_job *job = arg;
    struct consumer *c = job->consumer;
    rd_kafka_message_t *msg = job->msg;
    const char *topic = rd_kafka_topic_name(msg->rkt);
    herald_record_t rec;
    herald_event_t *ev = NULL;
    char reason[HERALD_ERRBUF_SIZE] = "";
    herald_err_t err;

    if (record_view(msg, &rec) < 0) {
        /* Out of memory: hold the offset so the record is read again. */
        on_record_done(job->pending, HERALD_ENOMEM);
        goto done;
    }
    err = herald_event_from_record(&ev, &rec, reason, sizeof(reason));
    if (err != HERALD_OK) {
        /* Never forward a forwarded record again. */
        if (!has_header(&rec, RAW_DLQ_REASON))
            pipeline__note_undecodable(c->sub, topic, msg->partition,
                                       msg->offset, reason,
                                       forward_raw(c, msg, &rec, reason));
        on_record_done(job->pending, HERALD_OK);
    } else if (bus__wants(c->sub, topic, bus__is_dead_letter(ev))) {
        pipeline__run_async(c->sub, topic, msg->partition, msg->offset, ev,
                            on_record_done, job->pending);
    } else {
        on_record_done(job->pending, HERALD_OK);
    }
done:
    herald_event_free(ev);
    free(rec.headers);
    rd_kafka_message_destroy(msg);
    free(job);
}

static uint64_t lane_key(const rd_kafka_message_t *msg)
{
    uint64_t h = 1469598103934665603ULL;

    for (const unsigned char *p =
             (const unsigned char *)rd_kafka_topic_name(msg->rkt);
         *p; p++)
        h = (h ^ *p) * 1099511628211ULL;
    return h + (uint64_t)msg->partition;
}

/* Logs a consume error at most once per CONSUME_ERROR_LOG_INTERVAL_US
 * per consumer, with the number of errors left out since the last line,
 * because a failing poll can return an error many times a second. */
static void log_consume_error(struct consumer *c, rd_kafka_resp_err_t err)
{
    long suppressed = 0;

    if (!log_limit__allow(&c->error_limit, clock__mono_us(), &suppressed))
        return;
    LIB_LOG(HERALD_LOG_WARN, "kafka", "consume failed",
            "handler=%s err=%s suppressed=%ld", c->sub->name,
            rd_kafka_err2name(err), suppressed);
}

/* Allocates a job for msg, retrying while memory is short: a record that
 * is skipped here would let a later offset be committed past it. Returns
 * NULL only when the consumer is stopping. */
static struct record_job *new_job(struct consumer *c,
                                  rd_kafka_message_t *msg)
{
    struct timespec pause = {0, 10 * 1000000L};

    while (atomic_load(&c->running)) {
        struct record_job *job = malloc(sizeof(*job));

        if (job && (job->pending = track_record(c, msg)) != NULL) {
            job->consumer = c;
            job->msg = msg;
            return job;
        }
        free(job);
        nanosleep(&pause, NULL);
    }
    return NULL;
}

static void *consume_main(void *arg)
{
    struct consumer *c = arg;

    while (atomic_load(&c->running)) {
        rd_kafka_message_t *msg = rd_kafka_consumer_poll(c->rk, 100);
        struct record_job *job;

        if (msg == NULL)
            continue;
        if (msg->err) {
            if (msg->err != RD_KAFKA_RESP_ERR__PARTITION_EOF)
                log_consume_error(c, msg->err);
            rd_kafka_message_destroy(msg);
            continue;
        }
        job = new_job(c, msg);
        if (job == NULL) {
            rd_kafka_message_destroy(msg);
            continue;
        }
        /* Blocks while the lanes are full, which stops fetching. */
        if (pool__submit(c->kafka->pool, lane_key(msg), run_record, job,
                         POOL_BLOCK) != HERALD_OK) {
            /* Stopping: the record stays pending and is read again. */
            rd_kafka_message_destroy(msg);
            free(job);
        }
    }
    return NULL;
}

/* Turns a pattern into a librdkafka subscription: the topic itself, or a
 * regex ("order.*" is "^order\..*$"). "*" alone skips topics starting with
 * '_', which Kafka keeps for internal use (__consumer_offsets). */
static void subscription_topic(const char *pattern, char *out, size_t size)
{
    size_t o = 0;

    if (strchr(pattern, '*') == NULL) {
        snprintf(out, size, "%s", pattern);
        return;
    }
    if (strcmp(pattern, "*") == 0) {
        snprintf(out, size, "^[^_].*$");
        return;
    }
    out[o++] = '^';
    for (const char *p = pattern; *p && o + 4 < size; p++) {
        if (*p == '*') {
            out[o++] = '.';
            out[o++] = '*';
        } else if (*p == '.') {
            out[o++] = '\\';
            out[o++] = '.';
        } else {
            out[o++] = *p;
        }
    }
    out[o++] = '$';
    out[o] = '\0';
}

static rd_kafka_t *create_consumer(struct kafka *k, const herald_sub_t *sub)
{
    rd_kafka_conf_t *conf = kafka__conf(k);
    char errstr[256], qerr[300];
    rd_kafka_t *rk;
    int rc = 0;

    if (conf == NULL)
        return NULL;
    rc |= rd_kafka_conf_set(conf, "group.id", sub->group, errstr,
                            sizeof(errstr)) != RD_KAFKA_CONF_OK;
    rc |= rd_kafka_conf_set(conf, "enable.auto.offset.store", "false", errstr,
                            sizeof(errstr)) != RD_KAFKA_CONF_OK;
    /* A group reading a topic for the first time starts at the beginning,
     * so events published before the subscription are not skipped. */
    rc |= kafka__conf_default(k, conf, "auto.offset.reset", "earliest");
    /* Regex subscriptions see new topics only on a metadata refresh. */
    rc |= kafka__conf_default(k, conf, "topic.metadata.refresh.interval.ms",
                              "1000");
    if (rc) {
        rd_kafka_conf_destroy(conf);
        return NULL;
    }
    rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, errstr, sizeof(errstr));
    if (rk == NULL) {
        LIB_LOG(HERALD_LOG_ERROR, "kafka", "consumer create failed",
                "reason=%s", lib_log__quote(qerr, sizeof(qerr), errstr));
        rd_kafka_conf_destroy(conf);
        return NULL;
    }
    rd_kafka_poll_set_consumer(rk);
    return rk;
}

herald_err_t kafka__subscribe(herald_bus_t *bus, herald_sub_t *sub)
{
    struct kafka *k = bus->transport;
    struct consumer *c = calloc(1, sizeof(*c));
    rd_kafka_topic_partition_list_t *topics;
    rd_kafka_resp_err_t rerr;
    char topic[600];

    if (c == NULL)
        return HERALD_ENOMEM;
    c->sub = sub;
    c->kafka = k;
    c->rk = create_consumer(k, sub);
    if (c->rk == NULL) {
        free(c);
        return HERALD_ETRANSPORT;
    }
    pthread_mutex_init(&c->track_lock, NULL);
    c->error_limit.interval_us = CONSUME_ERROR_LOG_INTERVAL_US;
    subscription_topic(sub->pattern, topic, sizeof(topic));
    topics = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(topics, topic, RD_KAFKA_PARTITION_UA);
    rerr = rd_kafka_subscribe(c->rk, topics);
    rd_kafka_topic_partition_list_destroy(topics);
    atomic_store(&c->running, 1);
    if (rerr != RD_KAFKA_RESP_ERR_NO_ERROR ||
        pthread_create(&c->thread, NULL, consume_main, c) != 0) {
        LIB_LOG(HERALD_LOG_ERROR, "kafka", "subscribe failed",
                "handler=%s err=%s", sub->name, rd_kafka_err2name(rerr));
        rd_kafka_destroy(c->rk);
        pthread_mutex_destroy(&c->track_lock);
        free(c);
        return HERALD_ETRANSPORT;
    }
    c->started = 1;
    sub->transport = c;
    return HERALD_OK;
}

void kafka__stop_consumers(herald_bus_t *bus)
{
    for (herald_sub_t *sub = atomic_load(&bus->subs); sub;
         sub = atomic_load(&sub->next)) {
        struct consumer *c = sub->transport;

        if (c && c->started) {
            atomic_store(&c->running, 0);
            pthread_join(c->thread, NULL);
            c->started = 0;
        }
    }
}

void kafka__close_consumers(herald_bus_t *bus)
{
    for (herald_sub_t *sub = atomic_load(&bus->subs); sub;
         sub = atomic_load(&sub->next)) {
        struct consumer *c = sub->transport;
        rd_kafka_resp_err_t err;

        if (c == NULL || c->closed)
            continue;
        err = rd_kafka_commit(c->rk, NULL, 0);
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR &&
            err != RD_KAFKA_RESP_ERR__NO_OFFSET)
            LIB_LOG(HERALD_LOG_WARN, "kafka", "final commit failed",
                    "handler=%s group=%s err=%s", sub->name, sub->group,
                    rd_kafka_err2name(err));
        /* Records finishing from now on must not touch the client. */
        pthread_mutex_lock(&c->track_lock);
        c->closed = 1;
        pthread_mutex_unlock(&c->track_lock);
        /* Leaves the group, so its partitions move to other members at
         * once instead of after the session timeout. */
        rd_kafka_consumer_close(c->rk);
        rd_kafka_destroy(c->rk);
        c->rk = NULL;
    }
}

void kafka__free_consumers(herald_bus_t *bus)
{
    for (herald_sub_t *sub = atomic_load(&bus->subs); sub;
         sub = atomic_load(&sub->next)) {
        struct consumer *c = sub->transport;

        if (c == NULL)
            continue;
        while (c->tracks) {
            struct partition_track *t = c->tracks;

            c->tracks = t->next;
            while (t->head) {
                struct pending_record *p = t->head;

                t->head = p->next;
                free(p);
            }
            free(t->topic);
            free(t);
        }
        if (c->rk)
            rd_kafka_destroy(c->rk);
        pthread_mutex_destroy(&c->track_lock);
        free(c);
        sub->transport = NULL;
    }
}

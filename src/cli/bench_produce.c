/*
 * The producing side of `herald bench`: the librdkafka configuration every
 * workload shares, topic creation through the admin API, and the producer
 * threads that `produce` and `e2e` run. Each thread owns one rd_kafka_t,
 * so the threads share nothing but the progress counters.
 *
 * Latency is measured from a record's intended send time. With a target
 * rate, record i of a thread is due at start + i / rate, and a producer that
 * falls behind because the broker stalled it does not move that time, which
 * corrects for coordinated omission. Without a rate the intended time is the
 * moment the record is handed to librdkafka.
 */
#include <inttypes.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"

/* Records sent at most between two polls for delivery reports, and at most
 * BURST_BYTES of values in one burst. */
#define BURST_MAX 1000
#define BURST_BYTES (16 << 20)

typedef struct {
    const bench_opts_t *opts;
    bench_progress_t *progress;
    long long count;      /* records this thread sends; 0 with a duration */
    double interval_us;   /* between intended send times; 0: unlimited */
    int stamp;
    int watching;         /* woken by delivery reports while it waits */
    int failed;
    rd_kafka_t *rk;
    rd_kafka_topic_t *rkt;
    int burst;               /* records per burst at most */
    rd_kafka_message_t *msgs; /* [burst] */
    uint64_t *times;         /* [burst]: intended send times */
    char *values;            /* [burst] values with stamp, else one */
    long long acked;
    long long bytes;
    long long errors;
    uint64_t first_send_us;
    uint64_t last_ack_us;
    uint64_t poll_time_us; /* set during a non-blocking poll, else 0 */
    int wake_fd[2]; /* librdkafka writes to [1] when reports are queued */
    bench_hist_t latency;
} producer_t;

const char *bench__split_prop(const char *prop, char *key, size_t size)
{
    const char *eq = strchr(prop, '=');
    size_t len = eq ? (size_t)(eq - prop) : 0;

    if (eq == NULL || len == 0 || len >= size)
        return NULL;
    memcpy(key, prop, len);
    key[len] = '\0';
    return eq + 1;
}

rd_kafka_conf_t *bench__conf(const bench_opts_t *opts,
                             const char *const *defaults)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char err[512];

    /* Nagle's algorithm, which librdkafka leaves on, held small acks=0
     * requests back: e2e p50 10-11 ms against 3 ms without it. hiredis,
     * the client of the Redis runs in bench/compare, turns it off too. */
    if (rd_kafka_conf_set(conf, "bootstrap.servers", opts->brokers, err,
                          sizeof(err)) != RD_KAFKA_CONF_OK ||
        rd_kafka_conf_set(conf, "client.id", "herald-bench", err,
                          sizeof(err)) != RD_KAFKA_CONF_OK ||
        rd_kafka_conf_set(conf, "socket.nagle.disable", "true", err,
                          sizeof(err)) != RD_KAFKA_CONF_OK)
        goto fail;
    for (int i = 0; defaults != NULL && defaults[i] != NULL; i += 2) {
        if (rd_kafka_conf_set(conf, defaults[i], defaults[i + 1], err,
                              sizeof(err)) != RD_KAFKA_CONF_OK)
            goto fail;
    }
    for (int i = 0; i < opts->prop_count; i++) {
        char key[256];
        const char *value = bench__split_prop(opts->props[i], key,
                                              sizeof(key));

        if (value == NULL) {
            snprintf(err, sizeof(err), "expected KEY=VALUE, got '%s'",
                     opts->props[i]);
            goto fail;
        }
        if (rd_kafka_conf_set(conf, key, value, err, sizeof(err)) !=
            RD_KAFKA_CONF_OK)
            goto fail;
    }
    return conf;

fail:
    fprintf(stderr, "herald bench: invalid client setting: %s\n", err);
    rd_kafka_conf_destroy(conf);
    return NULL;
}

/* Waits for the CreateTopics result on `queue`. A topic that already
 * exists counts as success. */
static int await_create(rd_kafka_queue_t *queue, const char *topic)
{
    rd_kafka_event_t *ev = rd_kafka_queue_poll(queue, 30000);
    const rd_kafka_CreateTopics_result_t *res;
    const rd_kafka_topic_result_t **topics;
    size_t n = 0;
    int rc = 0;

    if (ev == NULL) {
        fprintf(stderr, "herald bench: CreateTopics for '%s' timed out\n",
                topic);
        return -1;
    }
    res = rd_kafka_event_CreateTopics_result(ev);
    if (rd_kafka_event_error(ev) != RD_KAFKA_RESP_ERR_NO_ERROR || !res) {
        fprintf(stderr, "herald bench: CreateTopics failed: %s\n",
                rd_kafka_event_error_string(ev));
        rd_kafka_event_destroy(ev);
        return -1;
    }
    topics = rd_kafka_CreateTopics_result_topics(res, &n);
    for (size_t i = 0; i < n; i++) {
        rd_kafka_resp_err_t err = rd_kafka_topic_result_error(topics[i]);

        if (err != RD_KAFKA_RESP_ERR_NO_ERROR &&
            err != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS) {
            fprintf(stderr, "herald bench: cannot create topic '%s': %s\n",
                    topic, rd_kafka_err2str(err));
            rc = -1;
        }
    }
    rd_kafka_event_destroy(ev);
    return rc;
}

int bench__ensure_topic(const bench_opts_t *opts)
{
    rd_kafka_conf_t *conf = bench__conf(opts, NULL);
    rd_kafka_NewTopic_t *topic = NULL;
    rd_kafka_queue_t *queue = NULL;
    rd_kafka_t *rk;
    char err[512];
    int rc = -1;

    if (conf == NULL)
        return -1;
    rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof(err));
    if (rk == NULL) {
        fprintf(stderr, "herald bench: cannot create a client: %s\n", err);
        rd_kafka_conf_destroy(conf);
        return -1;
    }
    topic = rd_kafka_NewTopic_new(opts->topic, opts->partitions, 1, err,
                                  sizeof(err));
    if (topic == NULL) {
        fprintf(stderr, "herald bench: invalid topic '%s': %s\n",
                opts->topic, err);
        goto cleanup;
    }
    queue = rd_kafka_queue_new(rk);
    rd_kafka_CreateTopics(rk, &topic, 1, NULL, queue);
    rc = await_create(queue, opts->topic);

cleanup:
    if (topic != NULL)
        rd_kafka_NewTopic_destroy(topic);
    if (queue != NULL)
        rd_kafka_queue_destroy(queue);
    rd_kafka_destroy(rk);
    return rc;
}

/* Runs on the producer's own thread, from rd_kafka_poll and flush. */
static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *msg,
                        void *opaque)
{
    producer_t *p = opaque;
    /* A non-blocking poll serves only reports that were queued before it
     * started, so its start time is the arrival time of all of them. */
    uint64_t now = p->poll_time_us ? p->poll_time_us : bench__now_us();
    uint64_t intended = (uint64_t)(uintptr_t)msg->_private;

    if (msg->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (p->errors == 0)
            fprintf(stderr, "herald bench: delivery failed: %s; the "
                    "producer stops\n", rd_kafka_err2str(msg->err));
        p->errors++;
        atomic_fetch_add(&p->progress->errors, 1);
        return;
    }
    p->acked++;
    p->bytes += (long long)msg->len;
    p->last_ack_us = now;
    bench__hist_record(&p->latency, now > intended ? now - intended : 0);
    atomic_fetch_add(&p->progress->records, 1);
    atomic_fetch_add(&p->progress->bytes, (long long)msg->len);
}

/* Requests the topic's metadata before the first record is sent. A client
 * whose first metadata request went out before it knew of the topic only
 * asks again on its 1-second refresh of unavailable topics (librdkafka
 * 2.0.2), which would show as a stall of up to 1 s at the start of a run. */
static int load_topic_metadata(rd_kafka_t *rk, const char *topic)
{
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
    const struct rd_kafka_metadata *md = NULL;
    rd_kafka_resp_err_t err;
    int rc = 0;

    if (rkt == NULL)
        return 0;
    err = rd_kafka_metadata(rk, 0, rkt, &md, 10000);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        fprintf(stderr, "herald bench: metadata request for '%s' failed: "
                "%s\n", topic, rd_kafka_err2str(err));
    } else {
        /* The request asked the broker to create the topic, so a topic
         * still unknown would make every record wait for its timeout. */
        rd_kafka_resp_err_t topic_err =
            md->topic_cnt == 1 ? md->topics[0].err
                               : RD_KAFKA_RESP_ERR_NO_ERROR;

        if (topic_err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART) {
            fprintf(stderr, "herald bench: topic '%s' not found and not "
                    "created by the broker; create it with --partitions N "
                    "or 'herald topics create'\n", topic);
            rc = -1;
        }
        rd_kafka_metadata_destroy(md);
    }
    rd_kafka_topic_destroy(rkt);
    return rc;
}

static rd_kafka_t *new_producer(producer_t *p)
{
    const bench_opts_t *o = p->opts;
    char linger[32];
    char batch[32];
    char max_bytes[32];
    char timeout[32];
    /* message.timeout.ms: librdkafka's default of 300 s kept a run against
     * a stopped broker going for minutes before the first failure.
     * message.max.bytes: librdkafka's own limit of 1,000,000 bytes would
     * refuse a --size that the broker accepts. */
    const char *defaults[13] = {"acks", o->acks,
                                "compression.type", o->compression,
                                "message.timeout.ms", timeout,
                                "message.max.bytes", max_bytes};
    int n = 8;
    rd_kafka_conf_t *conf;
    rd_kafka_t *rk;
    char err[512];

    snprintf(timeout, sizeof(timeout), "%.9g",
             bench__default_message_timeout_ms(o));
    /* Room for the record and batch headers around the value. */
    snprintf(max_bytes, sizeof(max_bytes), "%d",
             o->size + 1024 > 1000000 ? o->size + 1024 : 1000000);
    if (o->linger_ms >= 0) {
        snprintf(linger, sizeof(linger), "%.9g", o->linger_ms);
        defaults[n++] = "linger.ms";
        defaults[n++] = linger;
    }
    if (o->batch_size > 0) {
        snprintf(batch, sizeof(batch), "%d", o->batch_size);
        defaults[n++] = "batch.size";
        defaults[n++] = batch;
    }
    defaults[n] = NULL;
    conf = bench__conf(o, defaults);
    if (conf == NULL)
        return NULL;
    rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
    rd_kafka_conf_set_opaque(conf, p);
    rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof(err));
    if (rk == NULL) {
        fprintf(stderr, "herald bench: cannot create a producer: %s\n", err);
        goto fail;
    }
    if (load_topic_metadata(rk, o->topic) != 0) {
        rd_kafka_destroy(rk);
        return NULL;
    }
    p->rkt = rd_kafka_topic_new(rk, o->topic, NULL);
    if (p->rkt == NULL) {
        fprintf(stderr, "herald bench: cannot use topic '%s': %s\n",
                o->topic, rd_kafka_err2str(rd_kafka_last_error()));
        rd_kafka_destroy(rk);
        return NULL;
    }
    return rk;

fail:
    rd_kafka_conf_destroy(conf);
    return NULL;
}

static void fill_value(char *value, int size, unsigned seed)
{
    /* Random capital letters, as Kafka's producer perf tool sends, so a
     * codec can shrink the value but not to nothing. */
    for (int i = 0; i < size; i++) {
        seed = seed * 1103515245u + 12345u;
        value[i] = (char)('A' + (seed >> 16) % 26);
    }
}

/* Hands n records to librdkafka in one call, serving delivery reports
 * while its queue is full. Record i carries intended time p->times[i] and,
 * with p->stamp, starts with it. One rd_kafka_produce_batch call looks the
 * topic up and takes the client's locks once for the burst. A call per
 * record took them per record and used about 17 % more client CPU in a
 * full-speed run of 100 B records.
 * Returns the number of records handed over, which is n unless a record
 * failed for a reason other than a full queue. */
static int send_burst(producer_t *p, int n)
{
    const bench_opts_t *o = p->opts;
    rd_kafka_message_t *pending = p->msgs;
    int left = n;

    for (int i = 0; i < n; i++) {
        rd_kafka_message_t *m = &p->msgs[i];
        char *value = p->values + (p->stamp ? (size_t)i * (size_t)o->size : 0);

        if (p->stamp)
            memcpy(value, &p->times[i], sizeof(p->times[i]));
        memset(m, 0, sizeof(*m));
        m->payload = value;
        m->len = (size_t)o->size;
        m->_private = (void *)(uintptr_t)p->times[i];
    }
    for (;;) {
        int retry = 0;

        rd_kafka_produce_batch(p->rkt, RD_KAFKA_PARTITION_UA,
                               RD_KAFKA_MSG_F_COPY, pending, left);
        for (int i = 0; i < left; i++) {
            rd_kafka_resp_err_t err = pending[i].err;

            if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
                continue;
            if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL) {
                int accepted = i - retry;

                fprintf(stderr, "herald bench: produce failed: %s\n",
                        rd_kafka_err2str(err));
                for (int j = i + 1; j < left; j++)
                    accepted += pending[j].err == RD_KAFKA_RESP_ERR_NO_ERROR;
                return n - left + accepted;
            }
            /* A record the client rejected for a full queue moves to the
             * front for another try once some reports were served. */
            pending[retry] = pending[i];
            pending[retry].err = RD_KAFKA_RESP_ERR_NO_ERROR;
            retry++;
        }
        if (retry == 0)
            return n;
        left = retry;
        rd_kafka_poll(p->rk, 10);
    }
}

/* Serves the delivery reports queued so far. */
static void serve_reports(producer_t *p)
{
    p->poll_time_us = bench__now_us();
    rd_kafka_poll(p->rk, 0);
    p->poll_time_us = 0;
}

/* Makes librdkafka write a byte to p->wake_fd[1] whenever a delivery
 * report is queued while none was waiting. Returns 0 or -1. */
static int watch_reports(producer_t *p)
{
    rd_kafka_queue_t *main_queue;

    /* A socket pair works everywhere, because librdkafka writes the
     * wake-up byte with rd_socket_write(), which is send() on Windows. */
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0,
                   p->wake_fd) != 0) {
        perror("herald bench: socketpair");
        return -1;
    }
    main_queue = rd_kafka_queue_get_main(p->rk);
    rd_kafka_queue_io_event_enable(main_queue, p->wake_fd[1], "r", 1);
    rd_kafka_queue_destroy(main_queue);
    return 0;
}

static void unwatch_reports(producer_t *p)
{
    rd_kafka_queue_t *main_queue = rd_kafka_queue_get_main(p->rk);

    rd_kafka_queue_io_event_enable(main_queue, -1, NULL, 0);
    rd_kafka_queue_destroy(main_queue);
    close(p->wake_fd[0]);
    close(p->wake_fd[1]);
}

/* Waits until `deadline_us` and serves delivery reports as they arrive.
 * A plain sleep would leave the reports of a slow rate waiting for the
 * next send, and at 500 records/s that added 2 ms to every latency. */
static void wait_serving_reports(producer_t *p, uint64_t deadline_us)
{
    for (;;) {
        uint64_t now = bench__now_us();
        struct pollfd pfd = {.fd = p->wake_fd[0], .events = POLLIN};
        struct timespec left;
        char drain[64];

        if (now >= deadline_us)
            return;
        left.tv_sec = (time_t)((deadline_us - now) / 1000000u);
        left.tv_nsec = (long)((deadline_us - now) % 1000000u) * 1000;
        if (ppoll(&pfd, 1, &left, NULL) <= 0)
            continue;
        while (read(p->wake_fd[0], drain, sizeof(drain)) > 0) {
        }
        serve_reports(p);
    }
}

/* Returns the intended send time of record `i` of a thread with a rate. */
static uint64_t due_time(const producer_t *p, uint64_t start, long long i)
{
    return start + (uint64_t)((double)i * p->interval_us);
}

/* Allocates the burst buffers. Returns 0 or -1. */
static int burst_init(producer_t *p)
{
    const bench_opts_t *o = p->opts;
    size_t size = o->size > 0 ? (size_t)o->size : 1;

    p->burst = BURST_MAX;
    if (size * BURST_MAX > BURST_BYTES)
        p->burst = size < BURST_BYTES ? (int)(BURST_BYTES / size) : 1;
    p->msgs = calloc((size_t)p->burst, sizeof(*p->msgs));
    p->times = calloc((size_t)p->burst, sizeof(*p->times));
    /* Every stamped value differs, so each record of a burst has its own
     * copy until librdkafka has copied it; unstamped ones share one. */
    p->values = malloc((p->stamp ? (size_t)p->burst : 1) * size);
    if (p->msgs == NULL || p->times == NULL || p->values == NULL)
        return -1;
    for (int i = 0; i < (p->stamp ? p->burst : 1); i++)
        fill_value(p->values + (size_t)i * size, o->size,
                   (unsigned)(uintptr_t)p + (unsigned)i);
    return 0;
}

static void burst_free(producer_t *p)
{
    free(p->msgs);
    free(p->times);
    free(p->values);
    p->msgs = NULL;
    p->times = NULL;
    p->values = NULL;
}

static void *producer_main(void *arg)
{
    producer_t *p = arg;
    uint64_t start;
    uint64_t stop;
    long long sent = 0;

    /* With a rate, a produce run measures latency at the delivery report,
     * so the producer serves reports while it waits for the next record.
     * An e2e run measures at the consumer and serves them after each
     * burst. Waking for each report took 0.65 s of CPU in a 5 s e2e run
     * at 10,000 records/s. */
    p->watching = p->interval_us > 0 && !p->stamp;
    if (burst_init(p) != 0 || (p->watching && watch_reports(p) != 0)) {
        burst_free(p);
        p->failed = 1;
        return NULL;
    }
    start = bench__now_us();
    stop = start + (uint64_t)(p->opts->duration_s * 1e6);
    p->first_send_us = start;
    for (;;) {
        uint64_t now = bench__now_us();
        long long due = sent + p->burst;
        int n;

        if (p->count > 0 ? sent >= p->count : now >= stop)
            break;
        if (p->interval_us > 0) {
            uint64_t next = due_time(p, start, sent);

            if (next > now) {
                if (p->watching)
                    wait_serving_reports(p, next);
                else
                    bench__sleep_until(next);
                continue;
            }
            /* Every record whose time has come goes out in one burst, each
             * with its own intended time, so the clock is read once per
             * burst and not once per record. */
            due = sent + 1 + (long long)((double)(now - next) / p->interval_us);
            if (due > sent + p->burst)
                due = sent + p->burst;
        }
        if (p->count > 0 && due > p->count)
            due = p->count;
        n = (int)(due - sent);
        for (int i = 0; i < n; i++)
            p->times[i] =
                p->interval_us > 0 ? due_time(p, start, sent + i) : now;
        sent += send_burst(p, n);
        if (sent < due) {
            p->failed = 1;
            break;
        }
        serve_reports(p);
        if (p->errors > 0)
            break;
    }
    /* With --duration, records the producer fell behind on are never sent
     * and so missing from the latencies, unlike with --count. */
    if (p->interval_us > 0 && p->count == 0 && !p->failed && p->errors == 0) {
        long long due = (long long)((double)(stop - start) / p->interval_us);

        if (sent < due - due / 100)
            fprintf(stderr, "herald bench: a producer sent %lld of the %lld "
                    "records due at --rate, so the latencies leave out "
                    "the rest\n", sent, due);
    }
    /* After a failed delivery the rest would most likely fail too, each
     * only when its own timeout expires, so the queued records are
     * dropped and count as errors. */
    if (p->errors > 0 || p->failed) {
        rd_kafka_purge(p->rk, RD_KAFKA_PURGE_F_QUEUE |
                                  RD_KAFKA_PURGE_F_INFLIGHT);
        if (p->count > sent)
            fprintf(stderr, "herald bench: a producer stopped with %lld of "
                    "its %lld records not sent\n", p->count - sent,
                    p->count);
    }
    if (rd_kafka_flush(p->rk, 60000) != RD_KAFKA_RESP_ERR_NO_ERROR)
        fprintf(stderr, "herald bench: %d records still unacknowledged "
                        "after 60 s\n", rd_kafka_outq_len(p->rk));
    if (p->watching)
        unwatch_reports(p);
    /* Failed deliveries and records never acknowledged are both errors. */
    p->errors = sent - p->acked;
    burst_free(p);
    return NULL;
}

int bench__run_producers(const bench_opts_t *opts, int stamp,
                         bench_progress_t *progress, bench_send_t *out)
{
    int n = opts->producers;
    producer_t *ps = calloc((size_t)n, sizeof(*ps));
    pthread_t *threads = calloc((size_t)n, sizeof(*threads));
    int started = 0;
    int rc = 0;

    memset(out, 0, sizeof(*out));
    bench__hist_init(&out->latency);
    if (ps == NULL || threads == NULL) {
        fprintf(stderr, "herald bench: out of memory\n");
        rc = -1;
        goto cleanup;
    }
    for (int i = 0; i < n; i++) {
        producer_t *p = &ps[i];

        p->opts = opts;
        p->progress = progress;
        p->stamp = stamp;
        p->count = opts->count / n + (i < opts->count % n ? 1 : 0);
        p->interval_us = opts->rate > 0 ? 1e6 * n / opts->rate : 0;
        bench__hist_init(&p->latency);
        p->rk = new_producer(p);
        if (p->rk == NULL) {
            rc = -1;
            goto cleanup;
        }
    }
    /* Every client exists before the first thread sends, so with many
     * producers the run does not also time their creation. */
    for (int i = 0; i < n; i++) {
        producer_t *p = &ps[i];

        /* With --count, a thread whose share is 0 has nothing to send. */
        if (opts->count > 0 && p->count == 0)
            continue;
        if (pthread_create(&threads[i], NULL, producer_main, p) != 0) {
            fprintf(stderr, "herald bench: cannot start producer %d\n", i);
            rc = -1;
            goto cleanup;
        }
        started = i + 1;
    }

cleanup:
    for (int i = 0; i < started; i++) {
        producer_t *p = &ps[i];

        if (opts->count > 0 && p->count == 0)
            continue;
        pthread_join(threads[i], NULL);
        if (p->failed)
            rc = -1;
        out->records += p->acked;
        out->bytes += p->bytes;
        out->errors += p->errors;
        if (p->acked > 0 && (out->first_send_us == 0 ||
                             p->first_send_us < out->first_send_us))
            out->first_send_us = p->first_send_us;
        if (p->last_ack_us > out->last_ack_us)
            out->last_ack_us = p->last_ack_us;
        bench__hist_merge(&out->latency, &p->latency);
    }
    for (int i = 0; ps != NULL && i < n; i++) {
        if (ps[i].rkt != NULL)
            rd_kafka_topic_destroy(ps[i].rkt);
        if (ps[i].rk != NULL)
            rd_kafka_destroy(ps[i].rk);
    }
    free(ps);
    free(threads);
    return rc;
}

int bench__produce(const bench_opts_t *opts)
{
    bench_send_t *send = malloc(sizeof(*send));
    bench_progress_t progress = {0};
    bench_result_t result = {0};
    int rc;

    if (send == NULL)
        return 1;
    if (opts->partitions > 0 && bench__ensure_topic(opts) != 0) {
        free(send);
        return 1;
    }
    if (bench__progress_start(&progress, "sent") != 0) {
        free(send);
        return 1;
    }
    rc = bench__run_producers(opts, 0, &progress, send);
    bench__progress_stop(&progress);
    if (rc != 0 && send->records == 0) {
        free(send);
        return 1;
    }

    result.mode = "produce";
    result.records = send->records;
    result.bytes = send->bytes;
    result.errors = send->errors;
    result.seconds = send->last_ack_us > send->first_send_us
                         ? (double)(send->last_ack_us - send->first_send_us) /
                               1e6
                         : 0;
    result.latency = &send->latency;
    result.latency_kind = "send";
    bench__report(opts, &result);
    free(send);
    return rc == 0 && result.errors == 0 && result.records > 0 ? 0 : 1;
}

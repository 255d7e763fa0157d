/*
 * The consuming side of `herald bench`: `consume` reads a backlog and
 * `e2e` reads records while bench__run_producers writes them. Both assign
 * every partition of the topic by hand, with librdkafka's simple consumer
 * (rd_kafka_consume_start_queue), so no consumer group or coordinator is
 * involved and nothing is committed.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

#define BATCH 1024

typedef struct {
    rd_kafka_t *rk;
    rd_kafka_topic_t *rkt;
    rd_kafka_queue_t *queue;
    int partitions;
    int started;         /* partitions whose consumption was started */
    long long backlog;   /* records between the start offsets and the end */
} reader_t;

/* Waits up to timeout_ms for one record, then takes what else is already
 * queued without waiting. rd_kafka_consume_batch_queue alone waits until
 * the batch is full or the timeout has passed, which would add up to the
 * whole timeout to every latency and to the end of a run. */
static ssize_t next_batch(rd_kafka_queue_t *queue, int timeout_ms,
                          rd_kafka_message_t **msgs, size_t size)
{
    rd_kafka_message_t *first = rd_kafka_consume_queue(queue, timeout_ms);
    ssize_t more;

    if (first == NULL)
        return 0;
    msgs[0] = first;
    more = rd_kafka_consume_batch_queue(queue, 0, msgs + 1, size - 1);
    return more > 0 ? more + 1 : 1;
}

static void reader_close(reader_t *r)
{
    for (int p = 0; p < r->started; p++)
        rd_kafka_consume_stop(r->rkt, p);
    if (r->queue != NULL)
        rd_kafka_queue_destroy(r->queue);
    if (r->rkt != NULL)
        rd_kafka_topic_destroy(r->rkt);
    if (r->rk != NULL)
        rd_kafka_destroy(r->rk);
    memset(r, 0, sizeof(*r));
}

static int count_partitions(reader_t *r, const char *topic)
{
    const struct rd_kafka_metadata *md = NULL;
    rd_kafka_resp_err_t err;
    int count = -1;

    err = rd_kafka_metadata(r->rk, 0, r->rkt, &md, 10000);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        fprintf(stderr, "herald bench: metadata request failed: %s\n",
                rd_kafka_err2str(err));
        return -1;
    }
    if (md->topic_cnt == 1 &&
        md->topics[0].err == RD_KAFKA_RESP_ERR_NO_ERROR)
        count = md->topics[0].partition_cnt;
    else
        fprintf(stderr, "herald bench: topic '%s' not found: %s\n", topic,
                md->topic_cnt ? rd_kafka_err2str(md->topics[0].err)
                              : "no metadata");
    rd_kafka_metadata_destroy(md);
    return count;
}

/* Assigns every partition of opts->topic, from the first offset or, with
 * `from_end`, from the offset the next produced record will get. */
static int reader_open(reader_t *r, const bench_opts_t *opts, int from_end,
                       const char *fetch_wait_ms)
{
    const char *defaults[] = {"fetch.wait.max.ms", fetch_wait_ms, NULL};
    rd_kafka_conf_t *conf = bench__conf(opts, defaults);
    char err[512];

    memset(r, 0, sizeof(*r));
    if (conf == NULL)
        return -1;
    r->rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof(err));
    if (r->rk == NULL) {
        fprintf(stderr, "herald bench: cannot create a consumer: %s\n", err);
        rd_kafka_conf_destroy(conf);
        return -1;
    }
    r->rkt = rd_kafka_topic_new(r->rk, opts->topic, NULL);
    r->queue = rd_kafka_queue_new(r->rk);
    r->partitions = count_partitions(r, opts->topic);
    if (r->partitions <= 0)
        goto fail;
    for (int p = 0; p < r->partitions; p++) {
        int64_t low = 0;
        int64_t high = 0;
        rd_kafka_resp_err_t e = rd_kafka_query_watermark_offsets(
            r->rk, opts->topic, p, &low, &high, 10000);

        if (e != RD_KAFKA_RESP_ERR_NO_ERROR) {
            fprintf(stderr, "herald bench: cannot read the offsets of "
                    "partition %d: %s\n", p, rd_kafka_err2str(e));
            goto fail;
        }
        r->backlog += from_end ? 0 : high - low;
        if (rd_kafka_consume_start_queue(r->rkt, p, from_end ? high : low,
                                         r->queue) != 0) {
            fprintf(stderr, "herald bench: cannot start partition %d: %s\n",
                    p, rd_kafka_err2str(rd_kafka_last_error()));
            goto fail;
        }
        r->started = p + 1;
    }
    return 0;

fail:
    reader_close(r);
    return -1;
}

int bench__consume(const bench_opts_t *opts)
{
    bench_progress_t progress = {0};
    bench_result_t result = {0};
    rd_kafka_message_t *msgs[BATCH];
    reader_t r;
    long long target;
    uint64_t start;
    uint64_t last;
    uint64_t stop;
    uint64_t idle_limit = (uint64_t)(opts->timeout_s * 1e6);

    start = bench__now_us();
    if (reader_open(&r, opts, 0, "500") != 0)
        return 1;
    target = r.backlog;
    if (opts->count > 0 && opts->count < target)
        target = opts->count;
    if (target == 0) {
        fprintf(stderr, "herald bench: topic '%s' is empty\n", opts->topic);
        reader_close(&r);
        return 1;
    }
    if (bench__progress_start(&progress, "read") != 0) {
        reader_close(&r);
        return 1;
    }
    last = bench__now_us();
    stop = opts->duration_s > 0 ? start + (uint64_t)(opts->duration_s * 1e6)
                                : UINT64_MAX;
    while (result.records < target) {
        ssize_t n = next_batch(r.queue, 100, msgs, BATCH);
        uint64_t now = bench__now_us();

        for (ssize_t i = 0; i < n; i++) {
            if (msgs[i]->err == RD_KAFKA_RESP_ERR_NO_ERROR &&
                result.records < target) {
                result.records++;
                result.bytes += (long long)msgs[i]->len;
                last = now;
            } else if (msgs[i]->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
                result.errors++;
            }
            rd_kafka_message_destroy(msgs[i]);
        }
        atomic_store(&progress.records, result.records);
        atomic_store(&progress.bytes, result.bytes);
        atomic_store(&progress.errors, result.errors);
        if (now >= stop)
            break;
        if (now - last > idle_limit) {
            fprintf(stderr, "herald bench: no record for %.1f s, %lld of "
                    "%lld read\n", opts->timeout_s, result.records, target);
            result.errors += target - result.records;
            break;
        }
    }
    bench__progress_stop(&progress);
    reader_close(&r);

    result.mode = "consume";
    result.seconds = (double)(last - start) / 1e6;
    bench__report(opts, &result);
    return result.errors == 0 ? 0 : 1;
}

/* --- end-to-end latency -------------------------------------------------- */

typedef struct {
    const bench_opts_t *opts;
    reader_t *reader;
    atomic_llong expected;  /* -1 until the producers have finished */
    long long records;
    long long bytes;
    long long short_values; /* too short to carry a send time */
    uint64_t last_us;
    bench_hist_t latency;
} e2e_reader_t;

static void *e2e_reader_main(void *arg)
{
    e2e_reader_t *e = arg;
    rd_kafka_message_t *msgs[BATCH];
    uint64_t idle_limit = (uint64_t)(e->opts->timeout_s * 1e6);
    uint64_t last = bench__now_us();

    for (;;) {
        long long expected = atomic_load(&e->expected);
        ssize_t n;
        uint64_t now;

        if (expected >= 0 && e->records >= expected)
            break;
        n = next_batch(e->reader->queue, 50, msgs, BATCH);
        now = bench__now_us();
        for (ssize_t i = 0; i < n; i++) {
            rd_kafka_message_t *m = msgs[i];
            uint64_t sent;

            if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR &&
                m->len >= sizeof(sent)) {
                memcpy(&sent, m->payload, sizeof(sent));
                bench__hist_record(&e->latency, now > sent ? now - sent : 0);
                e->records++;
                e->bytes += (long long)m->len;
                last = now;
            } else if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
                e->short_values++;
            }
            rd_kafka_message_destroy(m);
        }
        e->last_us = last;
        if (expected >= 0 && now - last > idle_limit) {
            fprintf(stderr, "herald bench: no record for %.1f s, %lld of "
                    "%lld received\n", e->opts->timeout_s, e->records,
                    expected);
            break;
        }
    }
    return NULL;
}

int bench__e2e(const bench_opts_t *opts)
{
    bench_opts_t topic_opts = *opts;
    bench_send_t *send = malloc(sizeof(*send));
    e2e_reader_t *e = calloc(1, sizeof(*e));
    bench_progress_t progress = {0};
    bench_result_t result = {0};
    pthread_t thread;
    reader_t r;
    int rc = 1;

    if (send == NULL || e == NULL)
        goto done;
    /* The reader needs the partitions before the first record is sent. */
    if (topic_opts.partitions == 0)
        topic_opts.partitions = 1;
    if (bench__ensure_topic(&topic_opts) != 0)
        goto done;
    if (reader_open(&r, opts, 1, "100") != 0)
        goto done;
    e->opts = opts;
    e->reader = &r;
    atomic_store(&e->expected, -1);
    bench__hist_init(&e->latency);
    if (pthread_create(&thread, NULL, e2e_reader_main, e) != 0) {
        reader_close(&r);
        goto done;
    }
    /* Let the consumer connect and send its first fetch, so the first
     * records do not carry the connection set-up in their latency. */
    bench__sleep_until(bench__now_us() + 1000000u);

    if (bench__progress_start(&progress, "acked") == 0) {
        rc = bench__run_producers(opts, 1, &progress, send) == 0 ? 0 : 1;
        bench__progress_stop(&progress);
    }
    atomic_store(&e->expected, rc == 0 ? send->records : 0);
    pthread_join(thread, NULL);
    reader_close(&r);

    result.mode = "e2e";
    result.records = e->records;
    result.bytes = e->bytes;
    result.errors = send->errors + (send->records - e->records);
    result.seconds = e->last_us > send->first_send_us
                         ? (double)(e->last_us - send->first_send_us) / 1e6
                         : 0;
    result.latency = &e->latency;
    result.latency_kind = "end_to_end";
    bench__report(opts, &result);
    if (result.errors != 0 || e->short_values != 0 || e->records == 0)
        rc = 1;

done:
    free(send);
    free(e);
    return rc;
}

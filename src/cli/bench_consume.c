/*
 * The consuming side of `herald bench`: `consume` reads a backlog and
 * `e2e` reads records while bench__run_producers writes them. Both assign
 * the topic's partitions by hand, with librdkafka's simple consumer
 * (rd_kafka_consume_start_queue), so no consumer group or coordinator is
 * involved and nothing is committed.
 *
 * With --consumers N, N threads read, each with its own rd_kafka_t and so
 * its own broker connection and librdkafka broker thread. Partition p goes
 * to consumer p % N, so the consumers share no partition.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

#define BATCH 1024

/* One consumer: a client, the partitions it owns and their offsets. It
 * owns the partitions first, first + stride, first + 2 * stride, ... so
 * partition p sits at index p / stride of its arrays. */
typedef struct {
    rd_kafka_t *rk;
    rd_kafka_topic_t *rkt;
    rd_kafka_queue_t *queue;
    int first;
    int stride;
    int owned;           /* partitions this consumer owns */
    int started;         /* owned partitions whose consumption was started */
    int64_t *start;      /* per owned partition: the first offset to read */
    int64_t *end;        /* per owned partition: high watermark at open */
    char *finished;      /* per owned partition: read up to `end` */
    int unfinished;      /* owned partitions with records still to read */
} reader_t;

/* State that every consumer thread of one run shares. */
typedef struct {
    const bench_opts_t *opts;
    bench_progress_t *progress;
    long long limit;        /* records to count in all; 0: no limit */
    atomic_llong counted;   /* records counted against `limit` */
    atomic_llong expected;  /* e2e: -1 until the producers have finished */
    atomic_llong received;  /* e2e: records received by all consumers */
    _Atomic uint64_t last_us; /* latest record arrival of any consumer */
} shared_t;

/* One consumer thread and what it measured. */
typedef struct {
    shared_t *shared;
    reader_t reader;
    pthread_t thread;
    int running;
    long long records;
    long long bytes;
    long long errors;
    long long short_values; /* e2e: too short to carry a send time */
    uint64_t start_us;      /* before its first partition was started */
    uint64_t last_us;       /* arrival of its last counted record */
    bench_hist_t latency;   /* e2e only */
} consumer_t;

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
    for (int i = 0; i < r->started; i++)
        rd_kafka_consume_stop(r->rkt, r->first + i * r->stride);
    if (r->queue != NULL)
        rd_kafka_queue_destroy(r->queue);
    if (r->rkt != NULL)
        rd_kafka_topic_destroy(r->rkt);
    if (r->rk != NULL)
        rd_kafka_destroy(r->rk);
    free(r->start);
    free(r->end);
    free(r->finished);
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

/* Creates the client of one consumer, without assigning partitions.
 * `defaults` are librdkafka settings as in bench__conf. */
static int reader_create(reader_t *r, const bench_opts_t *opts,
                         const char *const *defaults)
{
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
    return 0;
}

/* Gives the reader partitions first, first + stride, ... below
 * `partitions` and reads their watermarks. It reads from the low
 * watermark, or with `from_end` from the offset the next produced record
 * will get. Returns 0 or -1 with a message on stderr. */
static int reader_assign(reader_t *r, const char *topic, int partitions,
                         int first, int stride, int from_end)
{
    r->first = first;
    r->stride = stride;
    r->owned = first < partitions ? (partitions - first - 1) / stride + 1
                                  : 0;
    r->start = calloc((size_t)r->owned + 1, sizeof(*r->start));
    r->end = calloc((size_t)r->owned + 1, sizeof(*r->end));
    r->finished = calloc((size_t)r->owned + 1, sizeof(*r->finished));
    if (r->start == NULL || r->end == NULL || r->finished == NULL) {
        fprintf(stderr, "herald bench: out of memory\n");
        return -1;
    }
    for (int i = 0; i < r->owned; i++) {
        int p = first + i * stride;
        int64_t low = 0;
        int64_t high = 0;
        rd_kafka_resp_err_t e = rd_kafka_query_watermark_offsets(
            r->rk, topic, p, &low, &high, 10000);

        if (e != RD_KAFKA_RESP_ERR_NO_ERROR) {
            fprintf(stderr, "herald bench: cannot read the offsets of "
                    "partition %d: %s\n", p, rd_kafka_err2str(e));
            return -1;
        }
        r->start[i] = from_end ? high : low;
        r->end[i] = high;
        if (r->end[i] > r->start[i])
            r->unfinished++;
        else
            r->finished[i] = 1;
    }
    return 0;
}

/* Starts fetching every owned partition. A backlog read skips the empty
 * ones, since nothing would arrive from them. */
static int reader_start(reader_t *r, int skip_empty)
{
    for (int i = 0; i < r->owned; i++) {
        int p = r->first + i * r->stride;

        if (skip_empty && r->end[i] <= r->start[i]) {
            r->started = i + 1;
            continue;
        }
        if (rd_kafka_consume_start_queue(r->rkt, p, r->start[i],
                                         r->queue) != 0) {
            fprintf(stderr, "herald bench: cannot start partition %d: %s\n",
                    p, rd_kafka_err2str(rd_kafka_last_error()));
            return -1;
        }
        r->started = i + 1;
    }
    return 0;
}

static void close_consumers(consumer_t *cs, int n)
{
    for (int i = 0; cs != NULL && i < n; i++)
        reader_close(&cs[i].reader);
    free(cs);
}

/* Creates opts->consumers clients and splits the topic's partitions among
 * them. Sets *count_out to the number of consumers, which is lower than
 * requested when the topic has fewer partitions. Returns NULL with a
 * message on stderr on a failure. */
static consumer_t *open_consumers(const bench_opts_t *opts, shared_t *shared,
                                  int from_end, const char *const *defaults,
                                  int *count_out)
{
    int n = opts->consumers;
    consumer_t *cs = calloc((size_t)n, sizeof(*cs));
    int partitions;

    if (cs == NULL) {
        fprintf(stderr, "herald bench: out of memory\n");
        return NULL;
    }
    if (reader_create(&cs[0].reader, opts, defaults) != 0) {
        free(cs);
        return NULL;
    }
    partitions = count_partitions(&cs[0].reader, opts->topic);
    if (partitions <= 0) {
        close_consumers(cs, 1);
        return NULL;
    }
    if (n > partitions) {
        fprintf(stderr, "herald bench: topic '%s' has %d partitions, so "
                "only %d of the %d consumers read\n", opts->topic,
                partitions, partitions, n);
        n = partitions;
    }
    for (int i = 0; i < n; i++) {
        consumer_t *c = &cs[i];

        c->shared = shared;
        bench__hist_init(&c->latency);
        if ((i > 0 && reader_create(&c->reader, opts, defaults) != 0) ||
            reader_assign(&c->reader, opts->topic, partitions, i, n,
                          from_end) != 0) {
            close_consumers(cs, i + 1);
            return NULL;
        }
    }
    *count_out = n;
    return cs;
}

/* Starts one thread per consumer. Returns the number started. */
static int start_threads(consumer_t *cs, int n, void *(*main_fn)(void *))
{
    for (int i = 0; i < n; i++) {
        if (pthread_create(&cs[i].thread, NULL, main_fn, &cs[i]) != 0) {
            fprintf(stderr, "herald bench: cannot start consumer %d\n", i);
            return i;
        }
        cs[i].running = 1;
    }
    return n;
}

static void join_threads(consumer_t *cs, int n)
{
    for (int i = 0; i < n; i++) {
        if (cs[i].running)
            pthread_join(cs[i].thread, NULL);
        cs[i].running = 0;
    }
}

static void note_arrival(shared_t *s, uint64_t now)
{
    uint64_t seen = atomic_load(&s->last_us);

    while (seen < now &&
           !atomic_compare_exchange_weak(&s->last_us, &seen, now)) {
    }
}

/* --- backlog ------------------------------------------------------------- */

/* Returns the index of partition p among the reader's, or -1 when the
 * reader does not own it. */
static int owned_index(const reader_t *r, int32_t p)
{
    if (p < r->first || (p - r->first) % r->stride != 0 ||
        (p - r->first) / r->stride >= r->owned)
        return -1;
    return (p - r->first) / r->stride;
}

static void finish_partition(reader_t *r, int i)
{
    if (!r->finished[i]) {
        r->finished[i] = 1;
        r->unfinished--;
    }
}

/* Counts one record of a backlog read. Only records below the partition's
 * high watermark at open count, so a partition read twice would show as
 * more records than the backlog. Returns 0, or 1 once --count is reached. */
static int count_backlog_record(consumer_t *c, const rd_kafka_message_t *m,
                                uint64_t now)
{
    reader_t *r = &c->reader;
    shared_t *s = c->shared;
    int i = owned_index(r, m->partition);

    if (i < 0 || m->offset >= r->end[i])
        return 0;
    if (s->limit > 0 && atomic_fetch_add(&s->counted, 1) >= s->limit)
        return 1;
    c->records++;
    c->bytes += (long long)m->len;
    c->last_us = now;
    if (m->offset + 1 >= r->end[i])
        finish_partition(r, i);
    return 0;
}

/* A partition end event finishes a partition whose last offsets below the
 * high watermark carried no record for the application, such as a
 * transaction marker. */
static void note_partition_eof(reader_t *r, const rd_kafka_message_t *m)
{
    int i = owned_index(r, m->partition);

    if (i >= 0 && m->offset >= r->end[i])
        finish_partition(r, i);
}

/* Returns the records of this consumer's partitions not read yet. */
static long long unread(const consumer_t *c)
{
    const reader_t *r = &c->reader;
    long long backlog = 0;

    for (int i = 0; i < r->owned; i++)
        backlog += r->end[i] - r->start[i];
    return backlog > c->records ? backlog - c->records : 0;
}

static void *backlog_main(void *arg)
{
    consumer_t *c = arg;
    shared_t *s = c->shared;
    const bench_opts_t *opts = s->opts;
    rd_kafka_message_t *msgs[BATCH];
    uint64_t idle_limit = (uint64_t)(opts->timeout_s * 1e6);
    uint64_t stop = UINT64_MAX;
    uint64_t last;
    int full = 0;

    c->start_us = bench__now_us();
    c->last_us = c->start_us;
    if (opts->duration_s > 0)
        stop = c->start_us + (uint64_t)(opts->duration_s * 1e6);
    if (reader_start(&c->reader, 1) != 0) {
        c->errors += unread(c);
        return NULL;
    }
    last = c->start_us;
    while (c->reader.unfinished > 0 && !full) {
        ssize_t n = next_batch(c->reader.queue, 100, msgs, BATCH);
        uint64_t now = bench__now_us();
        long long records = c->records;
        long long bytes = c->bytes;

        for (ssize_t i = 0; i < n; i++) {
            if (msgs[i]->err == RD_KAFKA_RESP_ERR_NO_ERROR)
                full |= count_backlog_record(c, msgs[i], now);
            else if (msgs[i]->err == RD_KAFKA_RESP_ERR__PARTITION_EOF)
                note_partition_eof(&c->reader, msgs[i]);
            else
                c->errors++;
            rd_kafka_message_destroy(msgs[i]);
        }
        if (c->records > records)
            last = now;
        atomic_fetch_add(&s->progress->records, c->records - records);
        atomic_fetch_add(&s->progress->bytes, c->bytes - bytes);
        if (now >= stop || (s->limit > 0 &&
                            atomic_load(&s->counted) >= s->limit))
            break;
        if (now - last > idle_limit) {
            fprintf(stderr, "herald bench: consumer %d got no record for "
                    "%.1f s, %lld of its partitions' records unread\n",
                    c->reader.first, opts->timeout_s, unread(c));
            c->errors += unread(c);
            break;
        }
    }
    atomic_fetch_add(&s->progress->errors, c->errors);
    return NULL;
}

int bench__consume(const bench_opts_t *opts)
{
    bench_progress_t progress = {0};
    bench_result_t result = {0};
    shared_t shared = {.opts = opts, .progress = &progress};
    long long backlog = 0;
    uint64_t first_start = UINT64_MAX;
    uint64_t last = 0;
    consumer_t *cs;
    /* Partition end events let a consumer stop at the high watermark.
     * librdkafka stops fetching while 100,000 records (its default
     * queued.min.messages) wait for the application, and 2.0 sometimes
     * resumes late: about one read in five of a 100 B backlog then ran at
     * 0.9M records/s instead of 2.7M. A larger queue keeps the fetcher
     * going, and queued.max.messages.kbytes still bounds the memory. */
    const char *defaults[] = {"fetch.wait.max.ms", "500",
                              "enable.partition.eof", "true",
                              "queued.min.messages", "1000000", NULL};
    int n = 0;
    int started;

    cs = open_consumers(opts, &shared, 0, defaults, &n);
    if (cs == NULL)
        return 1;
    for (int i = 0; i < n; i++)
        backlog += unread(&cs[i]);
    if (backlog == 0) {
        fprintf(stderr, "herald bench: topic '%s' is empty\n", opts->topic);
        close_consumers(cs, n);
        return 1;
    }
    if (opts->count > 0 && opts->count < backlog)
        shared.limit = opts->count;
    else if (opts->count > backlog)
        fprintf(stderr, "herald bench: topic '%s' contains %lld records, "
                "fewer than --count %lld, so all are read\n", opts->topic,
                backlog, opts->count);
    if (bench__progress_start(&progress, "read") != 0) {
        close_consumers(cs, n);
        return 1;
    }
    started = start_threads(cs, n, backlog_main);
    join_threads(cs, started);
    bench__progress_stop(&progress);

    for (int i = 0; i < started; i++) {
        result.records += cs[i].records;
        result.bytes += cs[i].bytes;
        result.errors += cs[i].errors;
        if (cs[i].start_us < first_start)
            first_start = cs[i].start_us;
        if (cs[i].last_us > last)
            last = cs[i].last_us;
    }
    for (int i = started; i < n; i++)
        result.errors += unread(&cs[i]);
    close_consumers(cs, n);

    result.mode = "consume";
    result.consumers = n;
    result.seconds = last > first_start ? (double)(last - first_start) / 1e6
                                        : 0;
    bench__report(opts, &result);
    return result.errors == 0 ? 0 : 1;
}

/* --- end-to-end latency -------------------------------------------------- */

static void *e2e_main(void *arg)
{
    consumer_t *c = arg;
    shared_t *s = c->shared;
    rd_kafka_message_t *msgs[BATCH];
    uint64_t idle_limit = (uint64_t)(s->opts->timeout_s * 1e6);

    c->start_us = bench__now_us();
    if (reader_start(&c->reader, 0) != 0) {
        c->errors++;
        return NULL;
    }
    note_arrival(s, c->start_us);
    for (;;) {
        long long expected = atomic_load(&s->expected);
        long long received = 0;
        ssize_t n;
        uint64_t now;

        if (expected >= 0 && atomic_load(&s->received) >= expected)
            break;
        n = next_batch(c->reader.queue, 50, msgs, BATCH);
        now = bench__now_us();
        for (ssize_t i = 0; i < n; i++) {
            rd_kafka_message_t *m = msgs[i];
            uint64_t sent;

            if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR &&
                m->len >= sizeof(sent)) {
                memcpy(&sent, m->payload, sizeof(sent));
                bench__hist_record(&c->latency, now > sent ? now - sent : 0);
                c->records++;
                c->bytes += (long long)m->len;
                c->last_us = now;
                received++;
            } else if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
                c->short_values++;
            }
            rd_kafka_message_destroy(m);
        }
        if (received > 0) {
            atomic_fetch_add(&s->received, received);
            note_arrival(s, now);
        }
        /* The run is stuck once no consumer has received anything for
         * the timeout after the producers finished. */
        if (expected >= 0 && now > atomic_load(&s->last_us) &&
            now - atomic_load(&s->last_us) > idle_limit) {
            if (c->reader.first == 0)
                fprintf(stderr, "herald bench: no record for %.1f s, "
                        "%lld of %lld received\n", s->opts->timeout_s,
                        (long long)atomic_load(&s->received), expected);
            break;
        }
    }
    return NULL;
}

int bench__e2e(const bench_opts_t *opts)
{
    bench_opts_t topic_opts = *opts;
    bench_send_t *send = malloc(sizeof(*send));
    bench_hist_t *latency = malloc(sizeof(*latency));
    bench_progress_t progress = {0};
    bench_result_t result = {0};
    shared_t shared = {.opts = opts, .progress = &progress};
    uint64_t last = 0;
    consumer_t *cs = NULL;
    long long short_values = 0;
    const char *defaults[] = {"fetch.wait.max.ms", "100", NULL};
    int n = 0;
    int started;
    int rc = 1;

    if (send == NULL || latency == NULL)
        goto done;
    /* The consumers need the partitions before the first record is sent. */
    if (topic_opts.partitions == 0)
        topic_opts.partitions = 1;
    if (bench__ensure_topic(&topic_opts) != 0)
        goto done;
    cs = open_consumers(opts, &shared, 1, defaults, &n);
    if (cs == NULL)
        goto done;
    atomic_store(&shared.expected, -1);
    started = start_threads(cs, n, e2e_main);
    if (started < n) {
        atomic_store(&shared.expected, 0);
        join_threads(cs, started);
        goto done;
    }
    /* Let the consumers connect and send their first fetch, so the first
     * records do not carry the connection set-up in their latency. */
    bench__sleep_until(bench__now_us() + 1000000u);

    if (bench__progress_start(&progress, "acked") == 0) {
        rc = bench__run_producers(opts, 1, &progress, send) == 0 ? 0 : 1;
        bench__progress_stop(&progress);
    }
    atomic_store(&shared.expected, rc == 0 ? send->records : 0);
    join_threads(cs, n);

    bench__hist_init(latency);
    for (int i = 0; i < n; i++) {
        result.records += cs[i].records;
        result.bytes += cs[i].bytes;
        result.errors += cs[i].errors;
        short_values += cs[i].short_values;
        if (cs[i].last_us > last)
            last = cs[i].last_us;
        bench__hist_merge(latency, &cs[i].latency);
    }
    result.mode = "e2e";
    result.consumers = n;
    result.errors += send->errors + (send->records - result.records);
    result.seconds = last > send->first_send_us
                         ? (double)(last - send->first_send_us) / 1e6
                         : 0;
    result.latency = latency;
    result.latency_kind = "end_to_end";
    bench__report(opts, &result);
    if (result.errors != 0 || short_values != 0 || result.records == 0)
        rc = 1;

done:
    close_consumers(cs, n);
    free(send);
    free(latency);
    return rc;
}

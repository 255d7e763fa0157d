/* Shared pieces of `herald bench`: the options of a run, the latency
 * histogram and the three workloads. Every workload runs in the calling
 * thread plus the threads it starts itself, and returns a CLI exit code. */
#ifndef HERALD_CLI_BENCH_H
#define HERALD_CLI_BENCH_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include <librdkafka/rdkafka.h>

/* Values up to 2^SUB_BITS are exact; above that each power-of-two range is
 * split into 2^(SUB_BITS-1) linear buckets, so a reported value is at most
 * 1/64 (1.6%) above the recorded one. */
#define BENCH_HIST_SUB_BITS 7
#define BENCH_HIST_BUCKETS \
    ((1 << BENCH_HIST_SUB_BITS) + \
     (64 - BENCH_HIST_SUB_BITS) * (1 << (BENCH_HIST_SUB_BITS - 1)))

/* A log-bucket latency histogram in microseconds, in the manner of
 * HdrHistogram. Not thread-safe: each thread records into its own and the
 * results are merged after the threads have joined. */
typedef struct {
    uint64_t counts[BENCH_HIST_BUCKETS];
    uint64_t total;
    uint64_t max;
    uint64_t sum;
} bench_hist_t;

void bench__hist_init(bench_hist_t *h);
void bench__hist_record(bench_hist_t *h, uint64_t value);
void bench__hist_merge(bench_hist_t *into, const bench_hist_t *from);
/* Returns the smallest bucket upper bound at or below which `quantile`
 * (0..1) of the recorded values lie; the exact maximum for quantile 1;
 * 0 when nothing was recorded. */
uint64_t bench__hist_quantile(const bench_hist_t *h, double quantile);

#define BENCH_MAX_PROPS 32

typedef enum { BENCH_PRODUCE, BENCH_CONSUME, BENCH_E2E } bench_mode_t;

typedef struct {
    bench_mode_t mode;
    const char *brokers;
    const char *topic;
    long long count;       /* records in all; 0 when --duration is used */
    double duration_s;     /* 0 when --count is used */
    int size;              /* record value size in bytes */
    int partitions;        /* 0: leave the topic as it is */
    int producers;         /* producer threads, one rd_kafka_t each */
    int consumers;         /* consumer threads, one rd_kafka_t each */
    const char *acks;      /* "0", "1" or "all" */
    const char *compression;
    double linger_ms;      /* -1: librdkafka's default */
    int batch_size;        /* -1: librdkafka's default */
    double rate;           /* records/s over all producers; 0: unlimited */
    int json;
    double timeout_s;      /* consume: give up when no record arrives */
    const char *props[BENCH_MAX_PROPS]; /* extra librdkafka "key=value" */
    int prop_count;
} bench_opts_t;

/* Counters the workload threads update and the progress reporter reads. */
typedef struct {
    atomic_llong records;
    atomic_llong bytes;
    atomic_llong errors;
    atomic_int done;
} bench_progress_t;

/* Final figures of a run, printed by bench__report. */
typedef struct {
    const char *mode;
    long long records;
    long long bytes;
    long long errors;
    double seconds;
    int consumers;               /* consume, e2e: the threads that read */
    const bench_hist_t *latency; /* NULL for consume */
    const char *latency_kind;    /* "send" (produce) or "end_to_end" */
} bench_result_t;

/* Records when the process started, for the CPU figure of bench__report. */
void bench__mark_start(void);

/* Monotonic clock in microseconds (CLOCK_MONOTONIC, the same across the
 * processes of one machine). */
uint64_t bench__now_us(void);
/* Sleeps until the monotonic clock reads `deadline_us`. */
void bench__sleep_until(uint64_t deadline_us);

/* Starts the thread that prints one progress line a second on stderr until
 * progress->done is set; bench__progress_stop joins it. */
int bench__progress_start(bench_progress_t *progress, const char *what);
void bench__progress_stop(bench_progress_t *progress);

/* Creates the topic with opts->partitions partitions through the admin API
 * (CreateTopics); an existing topic is kept as it is. Returns 0 or -1 with
 * a message on stderr. */
int bench__ensure_topic(const bench_opts_t *opts);

/* Returns the message.timeout.ms a producer gets unless -X sets it:
 * 30 s, which a run against a stopped broker waits at most, or 30 s past
 * linger.ms, which librdkafka requires to be below it. */
double bench__default_message_timeout_ms(const bench_opts_t *opts);

/* Splits a -X "key=value" setting: copies the key into key[size] and
 * returns the value, or NULL when there is no '=', no key or too long a
 * key. */
const char *bench__split_prop(const char *prop, char *key, size_t size);

/* Returns a librdkafka configuration with bootstrap.servers, client.id,
 * then the "key", "value" pairs of `defaults` (NULL-terminated, may be
 * NULL) and then the -X properties of opts, so -X overrides a default.
 * Returns NULL with a message on stderr when a setting is invalid. */
rd_kafka_conf_t *bench__conf(const bench_opts_t *opts,
                             const char *const *defaults);

/* What bench__run_producers measured over all its threads. */
typedef struct {
    long long records;   /* acknowledged without error */
    long long bytes;
    long long errors;    /* failed deliveries and records never sent */
    uint64_t first_send_us;
    uint64_t last_ack_us;
    bench_hist_t latency; /* intended send time to delivery report */
} bench_send_t;

/* Runs opts->producers producer threads until opts->count records or
 * opts->duration_s seconds, each with opts->rate / producers records/s when
 * a rate is set. With `stamp` set, the first 8 bytes of every value carry
 * the record's intended send time (bench__now_us) for end-to-end latency.
 * Returns 0, or -1 when a producer could not be created. */
int bench__run_producers(const bench_opts_t *opts, int stamp,
                         bench_progress_t *progress, bench_send_t *out);

/* Prints the summary on stdout, as one JSON object with --json. */
void bench__report(const bench_opts_t *opts, const bench_result_t *result);

int bench__produce(const bench_opts_t *opts);
int bench__consume(const bench_opts_t *opts);
int bench__e2e(const bench_opts_t *opts);

#endif

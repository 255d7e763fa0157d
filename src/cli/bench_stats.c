/*
 * Figures for `herald bench`: the log-bucket latency histogram, the
 * once-a-second progress line and the final summary. librdkafka exposes no
 * latency histogram of its own, so the workloads record every latency here.
 * The histogram keeps two significant digits over the whole uint64 range in
 * a fixed array (about 30 KB), which lets each thread own one without
 * allocation or locking.
 */
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "bench.h"

#define SUB_COUNT (1 << BENCH_HIST_SUB_BITS)
#define HALF_COUNT (SUB_COUNT / 2)

static int bucket_of(uint64_t value)
{
    int msb;
    int shift;

    if (value < SUB_COUNT)
        return (int)value;
    msb = 63 - __builtin_clzll(value);
    shift = msb - BENCH_HIST_SUB_BITS + 1;
    /* value >> shift lies in [HALF_COUNT, SUB_COUNT). */
    return SUB_COUNT + (shift - 1) * HALF_COUNT +
           (int)((value >> shift) - HALF_COUNT);
}

/* The largest value that falls into bucket `index`. */
static uint64_t bucket_upper(int index)
{
    int shift;
    uint64_t sub;

    if (index < SUB_COUNT)
        return (uint64_t)index;
    shift = (index - SUB_COUNT) / HALF_COUNT + 1;
    sub = (uint64_t)((index - SUB_COUNT) % HALF_COUNT + HALF_COUNT);
    return ((sub + 1) << shift) - 1;
}

void bench__hist_init(bench_hist_t *h)
{
    memset(h, 0, sizeof(*h));
}

void bench__hist_record(bench_hist_t *h, uint64_t value)
{
    h->counts[bucket_of(value)]++;
    h->total++;
    h->sum += value;
    if (value > h->max)
        h->max = value;
}

void bench__hist_merge(bench_hist_t *into, const bench_hist_t *from)
{
    for (int i = 0; i < BENCH_HIST_BUCKETS; i++)
        into->counts[i] += from->counts[i];
    into->total += from->total;
    into->sum += from->sum;
    if (from->max > into->max)
        into->max = from->max;
}

uint64_t bench__hist_quantile(const bench_hist_t *h, double quantile)
{
    uint64_t rank;
    uint64_t seen = 0;

    if (h->total == 0)
        return 0;
    if (quantile >= 1.0)
        return h->max;
    /* The rank of the value at `quantile`, counted from 1. */
    rank = (uint64_t)(quantile * (double)h->total);
    if (rank < 1)
        rank = 1;
    for (int i = 0; i < BENCH_HIST_BUCKETS; i++) {
        seen += h->counts[i];
        if (seen >= rank) {
            uint64_t upper = bucket_upper(i);
            return upper < h->max ? upper : h->max;
        }
    }
    return h->max;
}

uint64_t bench__now_us(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

void bench__sleep_until(uint64_t deadline_us)
{
    struct timespec ts = {
        .tv_sec = (time_t)(deadline_us / 1000000u),
        .tv_nsec = (long)(deadline_us % 1000000u) * 1000,
    };

    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) != 0) {
    }
}

/* --- progress line ------------------------------------------------------- */

static pthread_t progress_thread;
static const char *progress_what;

static void *progress_main(void *arg)
{
    bench_progress_t *p = arg;
    uint64_t start = bench__now_us();
    uint64_t next = start + 1000000u;
    long long last_records = 0;
    long long last_bytes = 0;

    while (!atomic_load(&p->done)) {
        uint64_t now = bench__now_us();
        long long records;
        long long bytes;

        if (now < next) {
            /* Wake every 50 ms so the thread stops soon after done. */
            uint64_t wake = now + 50000u;
            bench__sleep_until(wake < next ? wake : next);
            continue;
        }
        records = atomic_load(&p->records);
        bytes = atomic_load(&p->bytes);
        fprintf(stderr,
                "%6.1f s  %s %lld records  %.0f records/s  %.2f MB/s  "
                "errors %lld\n",
                (double)(now - start) / 1e6, progress_what, records,
                (double)(records - last_records),
                (double)(bytes - last_bytes) / 1e6,
                (long long)atomic_load(&p->errors));
        last_records = records;
        last_bytes = bytes;
        next += 1000000u;
    }
    return NULL;
}

int bench__progress_start(bench_progress_t *progress, const char *what)
{
    progress_what = what;
    atomic_store(&progress->done, 0);
    if (pthread_create(&progress_thread, NULL, progress_main, progress) != 0) {
        fprintf(stderr, "herald bench: cannot start the progress thread\n");
        return -1;
    }
    return 0;
}

void bench__progress_stop(bench_progress_t *progress)
{
    atomic_store(&progress->done, 1);
    pthread_join(progress_thread, NULL);
}

/* --- summary ------------------------------------------------------------- */

static double ms(uint64_t us)
{
    return (double)us / 1000.0;
}

static uint64_t start_us; /* set by bench__mark_start, else 0 */

void bench__mark_start(void)
{
    start_us = bench__now_us();
}

/* Returns the user and system CPU time of all threads of this process so
 * far, in seconds. */
static double process_cpu_seconds(void)
{
    struct rusage ru;

    if (getrusage(RUSAGE_SELF, &ru) != 0)
        return 0;
    return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

void bench__report(const bench_opts_t *opts, const bench_result_t *r)
{
    double secs = r->seconds > 0 ? r->seconds : 1e-9;
    double rps = (double)r->records / secs;
    double mbps = (double)r->bytes / secs / 1e6;
    double cpu = process_cpu_seconds();
    /* The CPU time covers the whole process, set-up included, so it is
     * divided by the process's life where that is known. */
    double life = start_us ? (double)(bench__now_us() - start_us) / 1e6
                           : secs;
    int consumers = r->consumers > 0 ? r->consumers : opts->consumers;
    const bench_hist_t *h = r->latency;

    if (opts->json) {
        int reads = strcmp(r->mode, "produce") != 0;
        int writes = strcmp(r->mode, "consume") != 0;

        printf("{\"mode\":\"%s\",\"records\":%lld,\"bytes\":%lld,"
               "\"errors\":%lld,\"seconds\":%.3f,\"records_per_sec\":%.1f,"
               "\"mb_per_sec\":%.3f,\"client_cpu_seconds\":%.3f",
               r->mode, r->records, r->bytes, r->errors, r->seconds, rps,
               mbps, cpu);
        /* The record size and write settings of a backlog are not in
         * the options of a read, so a read reports only its consumers. */
        if (writes)
            printf(",\"size\":%d,\"producers\":%d,\"acks\":\"%s\","
                   "\"rate\":%.1f", opts->size, opts->producers, opts->acks,
                   opts->rate);
        if (reads)
            printf(",\"consumers\":%d", consumers);
        if (h != NULL)
            printf(",\"latency_kind\":\"%s\",\"latency_ms\":{\"avg\":%.3f,"
                   "\"p50\":%.3f,\"p99\":%.3f,\"p999\":%.3f,\"max\":%.3f}",
                   r->latency_kind,
                   h->total ? ms(h->sum) / (double)h->total : 0.0,
                   ms(bench__hist_quantile(h, 0.50)),
                   ms(bench__hist_quantile(h, 0.99)),
                   ms(bench__hist_quantile(h, 0.999)), ms(h->max));
        printf("}\n");
        fflush(stdout);
        return;
    }
    printf("%s: %lld records in %.2f s, %.1f records/s, %.2f MB/s, "
           "%lld errors\n",
           r->mode, r->records, r->seconds, rps, mbps, r->errors);
    if (h != NULL)
        printf("%s latency ms: avg %.3f  p50 %.3f  p99 %.3f  p99.9 %.3f  "
               "max %.3f\n",
               r->latency_kind,
               h->total ? ms(h->sum) / (double)h->total : 0.0,
               ms(bench__hist_quantile(h, 0.50)),
               ms(bench__hist_quantile(h, 0.99)),
               ms(bench__hist_quantile(h, 0.999)), ms(h->max));
    printf("client CPU: %.2f s, %.2f cores over %.2f s\n", cpu,
           life > 0 ? cpu / life : 0.0, life);
    fflush(stdout);
}

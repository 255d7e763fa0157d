/*
 * Per-handler counters and a log-bucket latency histogram, updated with
 * atomics from any worker thread. Never installed.
 */
#ifndef HERALD_LIB_STATS_H
#define HERALD_LIB_STATS_H

#include <stdatomic.h>
#include <stdint.h>

#include "herald/handler.h"

/* 8 linear sub-buckets per power of two from 1 us to 2^40 us (about 12
 * days); longer latencies land in the last bucket. */
#define STATS_SUB_BUCKETS 8
#define STATS_OCTAVES 41
#define STATS_BUCKETS (STATS_OCTAVES * STATS_SUB_BUCKETS)

typedef struct stats {
    atomic_uint_fast64_t handled;
    atomic_uint_fast64_t retried;
    atomic_uint_fast64_t failed;
    atomic_uint_fast64_t invalid;
    atomic_uint_fast64_t dead_lettered;
    atomic_uint_fast64_t latency_count;
    atomic_uint_fast64_t max_us;
    atomic_uint_fast64_t buckets[STATS_BUCKETS];
} stats_t;

void stats__init(stats_t *s);
void stats__record_latency(stats_t *s, uint64_t us);
void stats__snapshot(const stats_t *s, herald_handler_stats_t *out);

/* Returns the bucket of a latency and the largest latency in a bucket.
 * Exposed for tests. */
unsigned stats__bucket(uint64_t us);
uint64_t stats__bucket_upper(unsigned bucket);

#endif

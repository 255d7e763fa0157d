/*
 * Handler counters and latency percentiles. The histogram splits each power
 * of two into 8 equal buckets, so a percentile read as a bucket's upper
 * bound overstates the true value by at most 12.5%, while recording costs
 * one atomic add.
 */
#include "stats.h"

#include <string.h>

void stats__init(stats_t *s)
{
    memset(s, 0, sizeof(*s));
}

unsigned stats__bucket(uint64_t us)
{
    unsigned octave, sub;

    if (us < STATS_SUB_BUCKETS)
        return (unsigned)us;
    /* Position of the top bit, 3 or more here. */
    octave = 63u - (unsigned)__builtin_clzll(us);
    sub = (unsigned)(us >> (octave - 3)) & (STATS_SUB_BUCKETS - 1);
    /* Octaves 0-2 are covered by the exact buckets 0-7. */
    if (octave - 2 >= STATS_OCTAVES)
        return STATS_BUCKETS - 1;
    return (octave - 2) * STATS_SUB_BUCKETS + sub;
}

uint64_t stats__bucket_upper(unsigned bucket)
{
    unsigned octave, sub;

    if (bucket < STATS_SUB_BUCKETS)
        return bucket;
    octave = bucket / STATS_SUB_BUCKETS + 2;
    sub = bucket % STATS_SUB_BUCKETS;
    return ((uint64_t)(STATS_SUB_BUCKETS + sub + 1) << (octave - 3)) - 1;
}

void stats__record_latency(stats_t *s, uint64_t us)
{
    uint64_t max = atomic_load(&s->max_us);

    atomic_fetch_add(&s->buckets[stats__bucket(us)], 1);
    atomic_fetch_add(&s->latency_count, 1);
    while (us > max && !atomic_compare_exchange_weak(&s->max_us, &max, us)) {
    }
}

/* Returns the upper bound of the bucket holding the q-th quantile. */
static uint64_t percentile(const uint64_t *counts, uint64_t total, double q)
{
    uint64_t rank = (uint64_t)(q * (double)total + 0.999999);
    uint64_t seen = 0;

    if (total == 0)
        return 0;
    if (rank == 0)
        rank = 1;
    for (unsigned i = 0; i < STATS_BUCKETS; i++) {
        seen += counts[i];
        if (seen >= rank)
            return stats__bucket_upper(i);
    }
    return stats__bucket_upper(STATS_BUCKETS - 1);
}

void stats__snapshot(const stats_t *s, herald_handler_stats_t *out)
{
    uint64_t counts[STATS_BUCKETS];
    uint64_t total = 0;

    out->handled = atomic_load(&s->handled);
    out->retried = atomic_load(&s->retried);
    out->failed = atomic_load(&s->failed);
    out->invalid = atomic_load(&s->invalid);
    out->dead_lettered = atomic_load(&s->dead_lettered);
    out->max_us = atomic_load(&s->max_us);
    /* The buckets are summed, not taken from latency_count, so that the
     * percentiles match the counts they are read from. */
    for (unsigned i = 0; i < STATS_BUCKETS; i++) {
        counts[i] = atomic_load(&s->buckets[i]);
        total += counts[i];
    }
    out->latency_count = total;
    out->p50_us = percentile(counts, total, 0.50);
    out->p99_us = percentile(counts, total, 0.99);
    if (out->p99_us > out->max_us && out->max_us > 0)
        out->p99_us = out->max_us;
    if (out->p50_us > out->max_us && out->max_us > 0)
        out->p50_us = out->max_us;
}

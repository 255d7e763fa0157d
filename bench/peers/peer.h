/* Shared command line and pacing of the peer load generators (NATS
 * JetStream, Redis Streams). They link src/cli/bench_stats.c, so their
 * histograms and JSON summaries are the same as `herald bench`'s.
 *
 * usage: PROGRAM ADDRESS produce|consume|e2e COUNT SIZE RATE
 *
 * RATE is records/s (0: unlimited) and sets the intended send time of each
 * record, from which latency is measured. Every value starts with its
 * intended send time (8 bytes, bench__now_us). */
#ifndef HERALD_BENCH_PEER_H
#define HERALD_BENCH_PEER_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

typedef struct {
    const char *address;
    const char *mode;
    long long count;
    int size;
    double rate;
} peer_args_t;

static inline int peer_parse(int argc, char **argv, peer_args_t *a)
{
    if (argc != 6) {
        fprintf(stderr, "usage: %s ADDRESS produce|consume|e2e COUNT SIZE "
                        "RATE\n", argv[0]);
        return -1;
    }
    a->address = argv[1];
    a->mode = argv[2];
    a->count = atoll(argv[3]);
    a->size = atoi(argv[4]);
    a->rate = atof(argv[5]);
    if (a->count <= 0 || a->size < 8 || a->rate < 0) {
        fprintf(stderr, "%s: COUNT must be positive, SIZE at least 8 and "
                        "RATE 0 or more\n", argv[0]);
        return -1;
    }
    return 0;
}

/* Returns the intended send time of record `i` and waits for it when the
 * run is paced. */
static inline uint64_t peer_pace(const peer_args_t *a, uint64_t start,
                                 long long i)
{
    uint64_t now = bench__now_us();
    uint64_t intended;

    if (a->rate <= 0)
        return now;
    intended = start + (uint64_t)((double)i * 1e6 / a->rate);
    if (intended > now)
        bench__sleep_until(intended);
    return intended;
}

static inline void peer_fill(char *value, int size)
{
    unsigned seed = 12345u;

    for (int i = 0; i < size; i++) {
        seed = seed * 1103515245u + 12345u;
        value[i] = (char)('A' + (seed >> 16) % 26);
    }
}

static inline uint64_t peer_stamp_of(const void *value, size_t len)
{
    uint64_t sent = 0;

    if (len >= sizeof(sent))
        memcpy(&sent, value, sizeof(sent));
    return sent;
}

static inline void peer_report(const peer_args_t *a, const char *mode,
                               long long records, long long bytes,
                               long long errors, uint64_t start,
                               uint64_t end, const bench_hist_t *latency,
                               const char *kind)
{
    bench_opts_t opts = {
        .size = a->size, .producers = 1, .consumers = 1, .acks = "-",
        .rate = a->rate,
        .json = 1,
    };
    bench_result_t r = {
        .mode = mode, .records = records, .bytes = bytes, .errors = errors,
        .seconds = end > start ? (double)(end - start) / 1e6 : 0,
        .latency = latency, .latency_kind = kind,
    };

    bench__report(&opts, &r);
}

#endif

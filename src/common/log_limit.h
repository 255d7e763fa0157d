/*
 * A limit on how often one repeating log line is written: at most once per
 * interval, with a count of the repeats left out since the last line. Used
 * by the broker's storage and by libherald's Kafka consumer; not part of the
 * installed headers.
 */
#ifndef HERALD_LOG_LIMIT_H
#define HERALD_LOG_LIMIT_H

#include <stdint.h>

typedef struct log_limit {
    int64_t interval_us;
    int burst;           /* lines per interval; 0 counts as 1 */
    int64_t logged_us;   /* when the interval began; 0: never */
    int written;         /* lines written in this interval */
    long suppressed;     /* repeats left out since the last line */
} log_limit_t;

/* Returns 1 when a line due at now_us may be written, and then stores in
 * *suppressed how many were left out before it (the count restarts).
 * Returns 0 and counts the line as left out otherwise. An interval begins
 * with the first line after the previous one ended and allows `burst`
 * lines. Not thread-safe: one limit belongs to one thread. */
int log_limit__allow(log_limit_t *limit, int64_t now_us, long *suppressed);

#endif

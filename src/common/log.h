/*
 * Logging for the broker and the CLI: one logfmt line per event on stderr,
 *
 *   ts=2026-12-04T16:41:36.123Z level=info sub=storage msg="segment rolled"
 *       topic=orders partition=0
 *
 * with a fixed message and key=value fields. The library (libherald) does not
 * call this directly: it logs through a callback the application installs.
 *
 * Strings that come from clients must go through log__quote() so that a
 * client cannot forge fields or lines. Never log payloads, keys, header
 * values or credentials.
 */
#ifndef HERALD_LOG_H
#define HERALD_LOG_H

#include <stddef.h>

typedef enum log_level {
    LOG_LEVEL_ERROR = 0,
    LOG_LEVEL_WARN = 1,
    LOG_LEVEL_INFO = 2,
    LOG_LEVEL_DEBUG = 3,
} log_level_t;

/* Sets the highest level written; the default is LOG_LEVEL_INFO. */
void log__set_level(log_level_t level);
log_level_t log__level(void);

/* Parses "error", "warn", "info" or "debug"; returns -1 on anything else. */
int log__parse_level(const char *name);

/* Enables debug lines for the comma-separated subsystems in `list` ("net",
 * "wire", "storage", "group", or "all"), whatever the level. */
void log__set_debug(const char *list);
int log__debug_enabled(const char *sub);

/* Writes one line. `fields` is a printf format for the key=value part and may
 * be NULL. Thread-safe: each line is written with a single write(2). */
void log__write(log_level_t level, const char *sub, const char *msg,
                const char *fields, ...)
    __attribute__((format(printf, 4, 5)));

/* Writes `s` (of length `len`, or NUL-terminated when len is (size_t)-1)
 * into `out` as a logfmt value: quoted when it holds spaces, quotes, '=' or
 * control bytes, with quotes, backslashes and control bytes escaped, and
 * truncated with "..." to fit `size`. Returns `out`. */
const char *log__quote(char *out, size_t size, const char *s, size_t len);

#define LOG_ERROR(sub, msg, ...) \
    log__write(LOG_LEVEL_ERROR, sub, msg, __VA_ARGS__)
#define LOG_WARN(sub, msg, ...) \
    log__write(LOG_LEVEL_WARN, sub, msg, __VA_ARGS__)
#define LOG_INFO(sub, msg, ...) \
    log__write(LOG_LEVEL_INFO, sub, msg, __VA_ARGS__)
#define LOG_DEBUG(sub, msg, ...)                                \
    do {                                                        \
        if (log__debug_enabled(sub))                            \
            log__write(LOG_LEVEL_DEBUG, sub, msg, __VA_ARGS__); \
    } while (0)

#endif

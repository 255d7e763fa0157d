/*
 * Library logging. libherald prints nothing by default. An application that
 * wants the library's log installs a callback, which receives one logfmt
 * line per outcome:
 *
 *   level=info sub=handler msg="event handled" handler=reserve
 *       type=order.created id=... attempts=1 latency_us=412
 *
 * Strings that came from events are quoted and escaped; payloads and keys
 * are never logged.
 */
#ifndef HERALD_LOG_API_H
#define HERALD_LOG_API_H

#include "herald/export.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum herald_log_level {
    HERALD_LOG_ERROR = 0,
    HERALD_LOG_WARN = 1,
    HERALD_LOG_INFO = 2,
    HERALD_LOG_DEBUG = 3,
} herald_log_level_t;

/* Receives one line without a trailing newline. Called from any library
 * thread, possibly from several at once. */
typedef void (*herald_log_cb)(herald_log_level_t level, const char *line,
                              void *user_data);

/* Installs the process-wide log callback; NULL turns logging off. Lines
 * above max_level are not formatted. Any thread, but lines being formatted
 * while it runs may still reach the previous callback. */
HERALD_API void herald_set_log_cb(herald_log_cb cb, void *user_data,
                                  herald_log_level_t max_level);

/* A ready-made callback that writes the line and a timestamp to stderr. */
HERALD_API void herald_log_stderr(herald_log_level_t level, const char *line,
                                  void *user_data);

#ifdef __cplusplus
}
#endif

#endif

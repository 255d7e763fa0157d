/*
 * The library's side of herald_set_log_cb(): formatting logfmt lines and
 * handing them to the installed callback. Never installed.
 */
#ifndef HERALD_LIB_LOG_H
#define HERALD_LIB_LOG_H

#include <stddef.h>

#include "herald/log.h"

/* Returns 1 when a line at this level would reach a callback. */
int lib_log__enabled(herald_log_level_t level);

/* Formats "level=.. sub=.. msg=.. <fields>" and passes it to the callback.
 * msg is a fixed text; fields is a printf format of key=value pairs whose
 * string values from events went through lib_log__quote(). */
void lib_log__write(herald_log_level_t level, const char *sub,
                    const char *msg, const char *fields, ...)
    __attribute__((format(printf, 4, 5)));

/* Quotes and escapes s as a logfmt value into out (see log__quote()). */
const char *lib_log__quote(char *out, size_t size, const char *s);

#define LIB_LOG(level, sub, msg, ...)                     \
    do {                                                  \
        if (lib_log__enabled(level))                      \
            lib_log__write(level, sub, msg, __VA_ARGS__); \
    } while (0)

#endif

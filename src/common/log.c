/*
 * logfmt lines on stderr. Each line is formatted into a stack buffer and
 * written with one write(2), so lines from different threads never
 * interleave. Lines longer than the buffer are truncated.
 */
#include "log.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define LOG_LINE_MAX 2048

static log_level_t current_level = LOG_LEVEL_INFO;
static char debug_subsystems[256];

static const char *level_names[] = {"error", "warn", "info", "debug"};

void log__set_level(log_level_t level)
{
    current_level = level;
}

log_level_t log__level(void)
{
    return current_level;
}

int log__parse_level(const char *name)
{
    for (int i = 0; i < 4; i++) {
        if (strcmp(name, level_names[i]) == 0)
            return i;
    }
    if (strcmp(name, "warning") == 0)
        return LOG_LEVEL_WARN;
    return -1;
}

void log__set_debug(const char *list)
{
    snprintf(debug_subsystems, sizeof(debug_subsystems), ",%s,",
             list ? list : "");
}

int log__debug_enabled(const char *sub)
{
    char key[64];

    if (current_level >= LOG_LEVEL_DEBUG)
        return 1;
    if (debug_subsystems[0] == '\0')
        return 0;
    if (strstr(debug_subsystems, ",all,"))
        return 1;
    snprintf(key, sizeof(key), ",%s,", sub);
    return strstr(debug_subsystems, key) != NULL;
}

static int needs_quotes(const char *s, size_t len)
{
    if (len == 0)
        return 1;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= ' ' || c == '"' || c == '=' || c == '\\' || c >= 0x7f)
            return 1;
    }
    return 0;
}

const char *log__quote(char *out, size_t size, const char *s, size_t len)
{
    size_t o = 0;
    int quote;

    if (size < 8) {
        if (size > 0)
            out[0] = '\0';
        return out;
    }
    if (s == NULL) {
        snprintf(out, size, "null");
        return out;
    }
    if (len == (size_t)-1)
        len = strlen(s);
    quote = needs_quotes(s, len);
    if (quote)
        out[o++] = '"';
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        char esc[8];
        size_t n;

        if (c == '"' || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            n = 2;
        } else if (c < ' ' || c >= 0x7f) {
            n = (size_t)snprintf(esc, sizeof(esc), "\\x%02x", c);
        } else {
            esc[0] = (char)c;
            n = 1;
        }
        /* Leave room for "...", the closing quote and the NUL. */
        if (o + n + 5 > size) {
            memcpy(out + o, "...", 3);
            o += 3;
            break;
        }
        memcpy(out + o, esc, n);
        o += n;
    }
    if (quote)
        out[o++] = '"';
    out[o] = '\0';
    return out;
}

static size_t format_time(char *out, size_t size)
{
    struct timeval tv;
    struct tm tm;
    size_t n;

    gettimeofday(&tv, NULL);
    gmtime_r(&tv.tv_sec, &tm);
    n = strftime(out, size, "%Y-%m-%dT%H:%M:%S", &tm);
    n += (size_t)snprintf(out + n, size - n, ".%03dZ",
                          (int)(tv.tv_usec / 1000));
    return n;
}

void log__write(log_level_t level, const char *sub, const char *msg,
                const char *fields, ...)
{
    char line[LOG_LINE_MAX];
    char ts[40];
    char qmsg[256];
    size_t n;
    int saved_errno = errno;

    if (level > current_level && !(level == LOG_LEVEL_DEBUG &&
                                   log__debug_enabled(sub)))
        return;
    format_time(ts, sizeof(ts));
    n = (size_t)snprintf(line, sizeof(line), "ts=%s level=%s sub=%s msg=%s",
                         ts, level_names[level], sub,
                         log__quote(qmsg, sizeof(qmsg), msg, (size_t)-1));
    if (n >= sizeof(line))
        n = sizeof(line) - 1;
    if (fields && fields[0] && n + 2 < sizeof(line)) {
        va_list ap;
        int m;

        line[n++] = ' ';
        va_start(ap, fields);
        m = vsnprintf(line + n, sizeof(line) - n, fields, ap);
        va_end(ap);
        if (m > 0)
            n += (size_t)m;
        if (n >= sizeof(line))
            n = sizeof(line) - 1;
    }
    line[n++] = '\n';
    if (write(STDERR_FILENO, line, n) < 0) {
        /* Nothing sensible to do when stderr is gone. */
    }
    errno = saved_errno;
}

/*
 * Library logging through a callback the application installs. Nothing is
 * formatted while no callback is installed, so a quiet library costs one
 * atomic load per outcome.
 */
#include "lib_log.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "log.h"

#define LINE_MAX_BYTES 1024

struct log_sink {
    herald_log_cb cb;
    void *user_data;
};

static pthread_mutex_t sink_lock = PTHREAD_MUTEX_INITIALIZER;
static struct log_sink sink;
static atomic_int max_level = -1;

static const char *const level_names[] = {"error", "warn", "info", "debug"};

void herald_set_log_cb(herald_log_cb cb, void *user_data,
                       herald_log_level_t level)
{
    pthread_mutex_lock(&sink_lock);
    sink.cb = cb;
    sink.user_data = user_data;
    atomic_store(&max_level, cb ? (int)level : -1);
    pthread_mutex_unlock(&sink_lock);
}

int lib_log__enabled(herald_log_level_t level)
{
    return (int)level <= atomic_load_explicit(&max_level,
                                              memory_order_relaxed);
}

const char *lib_log__quote(char *out, size_t size, const char *s)
{
    return log__quote(out, size, s, (size_t)-1);
}

void lib_log__write(herald_log_level_t level, const char *sub,
                    const char *msg, const char *fields, ...)
{
    char line[LINE_MAX_BYTES];
    char qmsg[128];
    struct log_sink current;
    int n;

    if (!lib_log__enabled(level) || level < 0 || level > HERALD_LOG_DEBUG)
        return;
    n = snprintf(line, sizeof(line), "level=%s sub=%s msg=%s",
                 level_names[level], sub,
                 log__quote(qmsg, sizeof(qmsg), msg, (size_t)-1));
    if (n > 0 && (size_t)n < sizeof(line) - 1 && fields && fields[0]) {
        va_list ap;

        line[n++] = ' ';
        va_start(ap, fields);
        vsnprintf(line + n, sizeof(line) - (size_t)n, fields, ap);
        va_end(ap);
    }
    pthread_mutex_lock(&sink_lock);
    current = sink;
    pthread_mutex_unlock(&sink_lock);
    if (current.cb)
        current.cb(level, line, current.user_data);
}

void herald_log_stderr(herald_log_level_t level, const char *line,
                       void *user_data)
{
    char out[LINE_MAX_BYTES + 64];
    struct timeval tv;
    struct tm tm;
    size_t n;
    int m;

    gettimeofday(&tv, NULL);
    gmtime_r(&tv.tv_sec, &tm);
    n = strftime(out, sizeof(out), "ts=%Y-%m-%dT%H:%M:%S", &tm);
    m = snprintf(out + n, sizeof(out) - n, ".%03dZ %s\n",
                 (int)(tv.tv_usec / 1000), line);
    if (m < 0)
        return;
    n += (size_t)m;
    if (n >= sizeof(out))
        n = sizeof(out) - 1;
    /* One write(2) per line keeps lines from threads apart. */
    if (write(STDERR_FILENO, out, n) < 0) {
        /* Nothing to do when stderr is gone. */
    }
}

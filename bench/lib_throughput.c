/*
 * Events per second through libherald's in-process transports: publish N
 * small JSON events to one subscription whose handler only counts them.
 * "inproc:" measures publish plus handling on one thread; "inproc+async:"
 * measures publish_async from one thread with the handling on the workers,
 * up to the final drain.
 *
 *   bench_lib [events] [workers]     (defaults 200000 and 4)
 */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "herald.h"

static atomic_long handled;

static herald_result_t count(herald_ctx_t *ctx, const herald_event_t *ev,
                             void *decoded)
{
    atomic_fetch_add_explicit(&handled, 1, memory_order_relaxed);
    return HERALD_RESULT_OK;
}

static double now_s(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int run(const char *url, long events, int async)
{
    herald_bus_t *bus;
    herald_event_t *ev;
    herald_handler_t h = {.name = "count", .handle = count};
    herald_handler_stats_t stats;
    herald_sub_t *sub;
    double start, elapsed;
    char key[32];

    if (herald_bus_open(&bus, url, NULL) != HERALD_OK ||
        herald_bus_subscribe(bus, "order.*", NULL, &h, NULL, &sub) !=
            HERALD_OK ||
        herald_event_new(&ev, "order.created", "/bench") != HERALD_OK) {
        fprintf(stderr, "bench: cannot set up %s\n", url);
        return 1;
    }
    herald_event_set_attr(ev, "datacontenttype", "application/json");
    herald_event_set_data(ev, "{\"order\":42,\"qty\":1}", 20);
    atomic_store(&handled, 0);
    start = now_s();
    for (long i = 0; i < events; i++) {
        herald_err_t err;

        snprintf(key, sizeof(key), "customer-%ld", i % 64);
        herald_event_set_attr(ev, "partitionkey", key);
        err = async ? herald_bus_publish_async(bus, ev, NULL, NULL)
                    : herald_bus_publish(bus, ev);
        if (err != HERALD_OK) {
            fprintf(stderr, "bench: publish failed: %s\n",
                    herald_strerror(err));
            return 1;
        }
    }
    herald_bus_drain(bus, -1);
    elapsed = now_s() - start;
    herald_sub_stats(sub, &stats);
    printf("%-40s events=%ld handled=%ld seconds=%.3f events_per_s=%.0f "
           "handler_p50_us=%llu handler_p99_us=%llu\n",
           url, events, atomic_load(&handled), elapsed,
           (double)events / elapsed, (unsigned long long)stats.p50_us,
           (unsigned long long)stats.p99_us);
    herald_event_free(ev);
    herald_bus_close(bus);
    return 0;
}

int main(int argc, char **argv)
{
    long events = argc > 1 ? atol(argv[1]) : 200000;
    int workers = argc > 2 ? atoi(argv[2]) : 4;
    char url[128];

    if (events <= 0 || workers <= 0) {
        fprintf(stderr, "usage: bench_lib [events] [workers]\n");
        return 2;
    }
    snprintf(url, sizeof(url), "inproc+async:?workers=%d&queue=1024",
             workers);
    return run("inproc:", events, 0) || run(url, events, 1);
}

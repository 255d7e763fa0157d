/*
 * Events per second through libherald: publish N small JSON events to one
 * subscription whose handler only counts them. "inproc:" measures publish
 * plus handling on one thread. "inproc+async:" measures publish_async from
 * one thread with the handling on the workers, up to the final drain.
 * "kafka://" measures publish_async to a broker and the consumer's
 * handling, up to the moment the handler counted the last event. It starts
 * the clock after one warm-up event went through, so the consumer group
 * join is left out.
 *
 *   bench_lib [events] [workers] [kafka-bootstrap]
 *
 * The defaults are 200000 events and 4 workers. The Kafka run happens only
 * when a bootstrap address (host:port) is given.
 */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

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

/* Waits until the handler counted `want` events or timeout_s passes.
 * Returns 0 when it did. */
static int wait_handled(long want, double timeout_s)
{
    double deadline = now_s() + timeout_s;

    while (atomic_load(&handled) < want) {
        if (now_s() > deadline)
            return -1;
        usleep(1000);
    }
    return 0;
}

static herald_err_t publish_one(herald_bus_t *bus, herald_event_t *ev,
                                long i, int async)
{
    char key[32];

    snprintf(key, sizeof(key), "customer-%ld", i % 64);
    herald_event_set_attr(ev, "partitionkey", key);
    return async ? herald_bus_publish_async(bus, ev, NULL, NULL)
                 : herald_bus_publish(bus, ev);
}

static int run(const char *url, long events, int async)
{
    herald_bus_t *bus;
    herald_event_t *ev;
    herald_handler_t h = {.name = "count", .handle = count};
    herald_handler_stats_t stats;
    herald_sub_t *sub;
    double start, elapsed;
    char topic[64];
    int kafka = strncmp(url, "kafka:", 6) == 0;
    long warmup = kafka ? 1 : 0;

    /* A fresh topic per run, so a Kafka run reads only its own events. */
    snprintf(topic, sizeof(topic), "bench.%ld.%ld.created", (long)getpid(),
             (long)time(NULL));
    if (herald_bus_open(&bus, url, NULL) != HERALD_OK ||
        herald_bus_subscribe(bus, topic, "bench-count", &h, NULL, &sub) !=
            HERALD_OK ||
        herald_event_new(&ev, topic, "/bench") != HERALD_OK) {
        fprintf(stderr, "bench: cannot set up %s\n", url);
        return 1;
    }
    herald_event_set_attr(ev, "datacontenttype", "application/json");
    herald_event_set_data(ev, "{\"order\":42,\"qty\":1}", 20);
    atomic_store(&handled, 0);
    if (warmup && (publish_one(bus, ev, 0, 0) != HERALD_OK ||
                   wait_handled(1, 60) < 0)) {
        fprintf(stderr, "bench: the warm-up event did not arrive\n");
        return 1;
    }
    start = now_s();
    for (long i = 0; i < events; i++) {
        herald_err_t err = publish_one(bus, ev, i, async);

        if (err != HERALD_OK) {
            fprintf(stderr, "bench: publish failed: %s\n",
                    herald_strerror(err));
            return 1;
        }
    }
    herald_bus_drain(bus, -1);
    if (kafka && wait_handled(events + warmup, 600) < 0) {
        fprintf(stderr, "bench: %ld of %ld events arrived in 600 s\n",
                atomic_load(&handled) - warmup, events);
        return 1;
    }
    elapsed = now_s() - start;
    herald_sub_stats(sub, &stats);
    printf("%-40s events=%ld handled=%ld seconds=%.3f events_per_s=%.0f "
           "handler_p50_us=%llu handler_p99_us=%llu\n",
           url, events, atomic_load(&handled) - warmup, elapsed,
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
    const char *bootstrap = argc > 3 ? argv[3] : NULL;
    char url[256];

    if (events <= 0 || workers <= 0) {
        fprintf(stderr,
                "usage: bench_lib [events] [workers] [kafka-bootstrap]\n");
        return 2;
    }
    snprintf(url, sizeof(url), "inproc+async:?workers=%d&queue=1024",
             workers);
    if (run("inproc:", events, 0) || run(url, events, 1))
        return 1;
    if (bootstrap == NULL)
        return 0;
    snprintf(url, sizeof(url), "kafka://%s?workers=%d&linger.ms=5",
             bootstrap, workers);
    return run(url, events, 1);
}

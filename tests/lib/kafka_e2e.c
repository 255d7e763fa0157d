/*
 * libherald against a real herald broker: the programs that the end-to-end
 * tests in kafka_e2e.py start. Every event carries its sequence number as
 * {"n":<number>} in its data, so a collector can tell which events arrived
 * and how often.
 *
 *   kafka_e2e pipeline BROKERS EVENTS    order.created -> reserve ->
 *                                        inventory.reserved -> pay ->
 *                                        payment.requested, in one process
 *   kafka_e2e produce BROKERS TOPIC EVENTS
 *   kafka_e2e relay BROKERS FROM TO [N]  handles FROM, emits TO, until
 *                                        SIGTERM; emits event N oversized
 *   kafka_e2e collect BROKERS TOPIC EVENTS TIMEOUT_S [ABSENT_N]
 *                                        every number but ABSENT_N arrives
 *   kafka_e2e receive BROKERS TOPIC      prints the first event it gets
 *
 * Exit status 0 means every check passed; a failure prints what was
 * expected and what was found.
 */
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "herald.h"

/* In the pipeline, the event that fails three times and then succeeds,
 * and the one that always fails. */
#define FLAKY_N 777
#define POISON_N 4242
#define FLAKY_FAILURES 3

/* Arrival counts per sequence number. */
struct tally {
    long events;
    atomic_int *seen;
    atomic_long unique;
    atomic_long duplicates;
    atomic_long out_of_range;
};

struct relay {
    const char *to;
    long oversize_n; /* this event is emitted padded to OVERSIZE_BYTES */
    atomic_long handled;
};

/* Larger than the message.max.bytes that the offsets-held test gives the
 * broker, and smaller than librdkafka's own limit, so that the broker is
 * the one to reject the record. */
#define OVERSIZE_BYTES 8000

static volatile sig_atomic_t stop_requested;

/* Attempts the pipeline's first stage made on FLAKY_N. */
static atomic_int flaky_attempts;

static void on_signal(int sig)
{
    (void)sig;
    stop_requested = 1;
}

static double now_s(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Reads n from {"n":<number>}. Returns -1 when the data has no n. */
static long event_number(const herald_event_t *ev)
{
    size_t len = 0;
    const char *data = herald_event_data(ev, &len);
    char buf[64];
    const char *p;

    if (data == NULL || len == 0 || len >= sizeof(buf))
        return -1;
    memcpy(buf, data, len);
    buf[len] = '\0';
    p = strstr(buf, "\"n\":");
    return p ? strtol(p + 4, NULL, 10) : -1;
}

static herald_err_t open_bus(herald_bus_t **bus, const char *brokers,
                             const char *extra)
{
    char url[512];

    snprintf(url, sizeof(url), "kafka://%s?linger.ms=1%s", brokers,
             extra ? extra : "");
    return herald_bus_open(bus, url, NULL);
}

/* Emits an event of type `to` with the handled event's data and key, or
 * with data padded to OVERSIZE_BYTES when pad is set. */
static herald_result_t forward(herald_ctx_t *ctx, const herald_event_t *ev,
                               const char *to, int pad)
{
    herald_event_t *out;
    size_t len = 0;
    const void *data = herald_event_data(ev, &len);
    const char *key = herald_event_attr(ev, "partitionkey");
    char padded[OVERSIZE_BYTES];

    if (herald_event_new(&out, to, "/kafka-e2e") != HERALD_OK)
        return HERALD_RESULT_RETRY;
    herald_event_set_attr(out, "datacontenttype", "application/json");
    if (key)
        herald_event_set_attr(out, "partitionkey", key);
    if (pad) {
        int n = snprintf(padded, sizeof(padded), "{\"n\":%ld,\"pad\":\"",
                         event_number(ev));

        memset(padded + n, 'x', sizeof(padded) - (size_t)n - 2);
        memcpy(padded + sizeof(padded) - 2, "\"}", 2);
        data = padded;
        len = sizeof(padded);
    }
    herald_event_set_data(out, data, len);
    return herald_ctx_emit(ctx, out) == HERALD_OK ? HERALD_RESULT_OK
                                                   : HERALD_RESULT_RETRY;
}

static herald_result_t on_relay(herald_ctx_t *ctx, const herald_event_t *ev,
                                void *decoded)
{
    struct relay *r = herald_ctx_user_data(ctx);
    herald_result_t result =
        forward(ctx, ev, r->to, event_number(ev) == r->oversize_n);

    (void)decoded;
    if (result == HERALD_RESULT_OK)
        atomic_fetch_add(&r->handled, 1);
    return result;
}

/* The pipeline's first stage: FLAKY_N returns retry on its first
 * FLAKY_FAILURES attempts, and POISON_N fails. */
static herald_result_t on_reserve(herald_ctx_t *ctx, const herald_event_t *ev,
                                  void *decoded)
{
    long n = event_number(ev);

    (void)decoded;
    if (n == FLAKY_N)
        atomic_fetch_add(&flaky_attempts, 1);
    if (n == FLAKY_N && herald_ctx_attempt(ctx) <= FLAKY_FAILURES) {
        herald_ctx_set_reason(ctx, "stock service busy");
        return HERALD_RESULT_RETRY;
    }
    if (n == POISON_N) {
        herald_ctx_set_reason(ctx, "order %ld names no known sku", n);
        return HERALD_RESULT_FAIL;
    }
    return forward(ctx, ev, "inventory.reserved", 0);
}

static herald_result_t on_collect(herald_ctx_t *ctx, const herald_event_t *ev,
                                  void *decoded)
{
    struct tally *t = herald_ctx_user_data(ctx);
    long n = event_number(ev);

    (void)decoded;
    if (n < 0 || n >= t->events) {
        atomic_fetch_add(&t->out_of_range, 1);
        return HERALD_RESULT_OK;
    }
    if (atomic_fetch_add(&t->seen[n], 1) == 0)
        atomic_fetch_add(&t->unique, 1);
    else
        atomic_fetch_add(&t->duplicates, 1);
    return HERALD_RESULT_OK;
}

static atomic_long delivery_failures;

static void on_delivered(const herald_event_t *ev, herald_err_t result,
                         void *user_data)
{
    (void)ev;
    (void)user_data;
    if (result != HERALD_OK)
        atomic_fetch_add(&delivery_failures, 1);
}

/* Publishes events numbered 0 to events - 1 and waits for their delivery.
 * Returns HERALD_EIO when any of them was not delivered. */
static herald_err_t publish_numbered(herald_bus_t *bus, const char *topic,
                                     long events)
{
    herald_event_t *ev;
    char data[48], key[24];
    herald_err_t err = herald_event_new(&ev, topic, "/kafka-e2e");

    if (err != HERALD_OK)
        return err;
    herald_event_set_attr(ev, "datacontenttype", "application/json");
    for (long i = 0; i < events && err == HERALD_OK; i++) {
        snprintf(data, sizeof(data), "{\"n\":%ld}", i);
        snprintf(key, sizeof(key), "customer-%ld", i % 64);
        herald_event_set_attr(ev, "partitionkey", key);
        herald_event_set_data(ev, data, strlen(data));
        err = herald_bus_publish_async(bus, ev, on_delivered, NULL);
    }
    herald_event_free(ev);
    if (err == HERALD_OK)
        err = herald_bus_drain(bus, 120000);
    if (err == HERALD_OK && atomic_load(&delivery_failures) > 0) {
        fprintf(stderr, "FAIL: %ld events were not delivered\n",
                atomic_load(&delivery_failures));
        err = HERALD_EIO;
    }
    return err;
}

/* Waits until `want` sequence numbers arrived, the deadline passes or a
 * signal arrives. */
static void wait_tally(struct tally *t, long want, double timeout_s)
{
    double deadline = now_s() + timeout_s;

    while (atomic_load(&t->unique) < want && now_s() < deadline &&
           !stop_requested)
        usleep(20000);
}

static int tally_init(struct tally *t, long events)
{
    memset(t, 0, sizeof(*t));
    t->events = events;
    t->seen = calloc((size_t)events, sizeof(*t->seen));
    return t->seen ? 0 : -1;
}

/* Prints the first missing numbers. Returns how many are missing. */
static long report_missing(const struct tally *t, long skip)
{
    long missing = 0;

    for (long i = 0; i < t->events; i++) {
        if (i == skip || atomic_load(&t->seen[i]) > 0)
            continue;
        if (missing++ < 10)
            fprintf(stderr, "missing n=%ld\n", i);
    }
    return missing;
}

static int check(int ok, const char *what, long want, long got)
{
    if (!ok)
        fprintf(stderr, "FAIL: %s: expected %ld, got %ld\n", what, want,
                got);
    return ok ? 0 : 1;
}

static herald_err_t subscribe(herald_bus_t *bus, const char *topic,
                              const char *group, herald_handle_cb handle,
                              void *user_data, herald_sub_t **sub)
{
    herald_handler_t h = {
        .name = group,
        .handle = handle,
        .max_attempts = 5,
        .backoff_initial_ms = 10,
        .backoff_max_ms = 100,
    };

    return herald_bus_subscribe(bus, topic, group, &h, user_data, sub);
}

static int run_pipeline(const char *brokers, long events)
{
    herald_bus_t *bus;
    herald_sub_t *reserve, *pay, *collect;
    herald_handler_stats_t rs, ps;
    struct relay to_payment = {.to = "payment.requested", .oversize_n = -1};
    struct tally t;
    double start, elapsed;
    long missing;
    int failures = 0;

    if (events <= POISON_N) {
        fprintf(stderr, "pipeline: EVENTS must exceed %d\n", POISON_N);
        return 2;
    }
    if (tally_init(&t, events) < 0 ||
        open_bus(&bus, brokers, NULL) != HERALD_OK)
        return 2;
    if (subscribe(bus, "order.created", "reserve", on_reserve, NULL,
                  &reserve) != HERALD_OK ||
        subscribe(bus, "inventory.reserved", "pay", on_relay, &to_payment,
                  &pay) != HERALD_OK ||
        subscribe(bus, "payment.requested", "collect", on_collect, &t,
                  &collect) != HERALD_OK)
        return 2;
    start = now_s();
    if (publish_numbered(bus, "order.created", events) != HERALD_OK) {
        fprintf(stderr, "FAIL: publishing order.created\n");
        return 1;
    }
    /* Every event but the poison one reaches the end. */
    wait_tally(&t, events - 1, 600);
    elapsed = now_s() - start;
    herald_bus_drain(bus, 10000);
    herald_sub_stats(reserve, &rs);
    herald_sub_stats(pay, &ps);
    missing = report_missing(&t, POISON_N);
    printf("pipeline events=%ld unique=%ld duplicates=%ld missing=%ld "
           "seconds=%.1f events_per_s=%.0f reserve_retried=%llu "
           "reserve_failed=%llu reserve_dead_lettered=%llu pay_handled=%llu\n",
           events, atomic_load(&t.unique), atomic_load(&t.duplicates),
           missing, elapsed, (double)(events - 1) / elapsed,
           (unsigned long long)rs.retried, (unsigned long long)rs.failed,
           (unsigned long long)rs.dead_lettered,
           (unsigned long long)ps.handled);
    failures += check(missing == 0, "missing events", 0, missing);
    failures += check(atomic_load(&t.seen[POISON_N]) == 0,
                      "poison event at the end", 0,
                      atomic_load(&t.seen[POISON_N]));
    /* One consumer per group and no rebalance, so nothing is read twice:
     * the flaky event is handled once, on its fourth attempt. */
    failures += check(atomic_load(&t.seen[FLAKY_N]) == 1,
                      "flaky event at the end", 1,
                      atomic_load(&t.seen[FLAKY_N]));
    failures += check(atomic_load(&flaky_attempts) == FLAKY_FAILURES + 1,
                      "flaky event attempts", FLAKY_FAILURES + 1,
                      atomic_load(&flaky_attempts));
    failures += check(rs.retried == FLAKY_FAILURES, "reserve retries",
                      FLAKY_FAILURES, (long)rs.retried);
    failures += check(rs.handled == (uint64_t)(events - 1), "reserve handled",
                      events - 1, (long)rs.handled);
    failures += check(rs.failed == 1, "reserve failures", 1, (long)rs.failed);
    failures += check(rs.dead_lettered == 1, "reserve dead letters", 1,
                      (long)rs.dead_lettered);
    failures += check(atomic_load(&t.out_of_range) == 0, "unknown numbers", 0,
                      atomic_load(&t.out_of_range));
    herald_bus_close(bus);
    free(t.seen);
    return failures ? 1 : 0;
}

static int run_produce(const char *brokers, const char *topic, long events)
{
    herald_bus_t *bus;
    herald_err_t err;

    /* Batches of at most 2 KiB fit the low message.max.bytes of the
     * offsets-held test. */
    if (open_bus(&bus, brokers, "&acks=all&batch.size=2048") != HERALD_OK)
        return 2;
    err = publish_numbered(bus, topic, events);
    herald_bus_close(bus);
    if (err != HERALD_OK)
        fprintf(stderr, "FAIL: publishing %s: %s\n", topic,
                herald_strerror(err));
    return err == HERALD_OK ? 0 : 1;
}

/* Relays until SIGTERM. Commits every 200 ms, so that a test that kills
 * it finds recent commits, and offsets stored too early would be committed
 * before the kill. A dead member leaves its group after 6 s. */
static int run_relay(const char *brokers, const char *from, const char *to,
                     long oversize_n)
{
    herald_bus_t *bus;
    struct relay r = {.to = to, .oversize_n = oversize_n};

    if (open_bus(&bus, brokers,
                 "&auto.commit.interval.ms=200&session.timeout.ms=6000"
                 "&batch.size=2048") != HERALD_OK ||
        subscribe(bus, from, "relay", on_relay, &r, NULL) != HERALD_OK)
        return 2;
    while (!stop_requested)
        usleep(20000);
    herald_bus_close(bus);
    printf("relay handled=%ld\n", atomic_load(&r.handled));
    return 0;
}

static int run_collect(const char *brokers, const char *topic, long events,
                       double timeout_s, long absent_n)
{
    herald_bus_t *bus;
    struct tally t;
    long missing, absent_seen = 0;

    if (absent_n >= events || tally_init(&t, events) < 0 ||
        open_bus(&bus, brokers, NULL) != HERALD_OK ||
        subscribe(bus, topic, "collect", on_collect, &t, NULL) != HERALD_OK)
        return 2;
    wait_tally(&t, absent_n >= 0 ? events - 1 : events, timeout_s);
    herald_bus_close(bus);
    missing = report_missing(&t, absent_n);
    if (absent_n >= 0)
        absent_seen = atomic_load(&t.seen[absent_n]);
    printf("collect events=%ld unique=%ld duplicates=%ld missing=%ld "
           "absent_seen=%ld\n",
           events, atomic_load(&t.unique), atomic_load(&t.duplicates),
           missing, absent_seen);
    free(t.seen);
    return missing == 0 && absent_seen == 0 ? 0 : 1;
}

static herald_result_t on_receive(herald_ctx_t *ctx, const herald_event_t *ev,
                                  void *decoded)
{
    atomic_int *received = herald_ctx_user_data(ctx);
    static const char *const names[] = {"id", "type", "source",
                                        "specversion", "time",
                                        "datacontenttype", "subject"};
    size_t len = 0;
    const char *data = herald_event_data(ev, &len);

    (void)decoded;
    if (atomic_fetch_add(received, 1) > 0)
        return HERALD_RESULT_OK;
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        const char *value = herald_event_attr(ev, names[i]);

        printf("%s=%s\n", names[i], value ? value : "(unset)");
    }
    for (size_t i = 0; i < herald_event_ext_count(ev); i++) {
        const char *name, *value;
        herald_ext_kind_t kind;

        if (herald_event_ext_at(ev, i, &name, &value, &kind) == HERALD_OK)
            printf("ext.%s=%s\n", name, value);
    }
    printf("data=%.*s\n", (int)len, data ? data : "");
    fflush(stdout);
    return HERALD_RESULT_OK;
}

static int run_receive(const char *brokers, const char *topic)
{
    herald_bus_t *bus;
    atomic_int received = 0;
    double deadline = now_s() + 60;

    if (open_bus(&bus, brokers, NULL) != HERALD_OK ||
        subscribe(bus, topic, "receive", on_receive, &received, NULL) !=
            HERALD_OK)
        return 2;
    while (atomic_load(&received) == 0 && now_s() < deadline &&
           !stop_requested)
        usleep(20000);
    herald_bus_close(bus);
    if (atomic_load(&received) == 0)
        fprintf(stderr, "FAIL: no event on %s within 60 s\n", topic);
    return atomic_load(&received) > 0 ? 0 : 1;
}

static int usage(void)
{
    fprintf(stderr,
            "usage: kafka_e2e pipeline BROKERS EVENTS\n"
            "       kafka_e2e produce BROKERS TOPIC EVENTS\n"
            "       kafka_e2e relay BROKERS FROM TO [OVERSIZE_N]\n"
            "       kafka_e2e collect BROKERS TOPIC EVENTS TIMEOUT_S "
            "[ABSENT_N]\n"
            "       kafka_e2e receive BROKERS TOPIC\n");
    return 2;
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "";

    signal(SIGTERM, on_signal);
    signal(SIGINT, on_signal);
    if (getenv("KAFKA_E2E_LOG"))
        herald_set_log_cb(herald_log_stderr, NULL, HERALD_LOG_WARN);
    if (strcmp(mode, "pipeline") == 0 && argc == 4)
        return run_pipeline(argv[2], atol(argv[3]));
    if (strcmp(mode, "produce") == 0 && argc == 5)
        return run_produce(argv[2], argv[3], atol(argv[4]));
    if (strcmp(mode, "relay") == 0 && (argc == 5 || argc == 6))
        return run_relay(argv[2], argv[3], argv[4],
                         argc == 6 ? atol(argv[5]) : -1);
    if (strcmp(mode, "collect") == 0 && (argc == 6 || argc == 7))
        return run_collect(argv[2], argv[3], atol(argv[4]), atof(argv[5]),
                           argc == 7 ? atol(argv[6]) : -1);
    if (strcmp(mode, "receive") == 0 && argc == 4)
        return run_receive(argv[2], argv[3]);
    return usage();
}

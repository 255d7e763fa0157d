/*
 * The bus and the handler pipeline, run with the same handler code on each
 * transport: "inproc:", "inproc+async:", and "kafka://" when
 * HERALD_TEST_KAFKA=host:port names a broker. Covers delivery, patterns,
 * emitted events with trace propagation, retries, and dead-lettering of
 * poison and invalid events.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>
#include <pthread.h>
#include <stdatomic.h>

#include "herald.h"

struct transport_case {
    const char *name;
    char url[256];
    int wait_ms; /* how long to wait for an event to arrive */
};

struct fixture {
    struct transport_case *tc;
    herald_bus_t *bus;
    char prefix[64]; /* keeps topics and groups apart between runs */
};

/* Kafka delivers at least once: a consumer that loses a partition in a
 * rebalance before its offset is committed sees the record again. On that
 * transport a repeated event id is counted in `redelivered`, not `events`.
 * On the in-process transports every delivery counts, so a duplicate there
 * still fails the exact counts. */
static int redelivery_allowed;

#define RECORDED_IDS_MAX 32

/* What a test handler saw. */
struct recorder {
    pthread_mutex_t lock;
    atomic_int calls;
    atomic_int events;
    atomic_int redelivered;
    char seen_ids[RECORDED_IDS_MAX][64];
    int seen_count;
    int retries_before_ok;  /* handle returns retry this many times */
    int fail_always;
    int emit;               /* emit <prefix>inventory.reserved on ok */
    char prefix[64];
    char last_id[64];
    char last_type[128];
    char last_reason[256];
    char last_attempts[16];
    char last_dlqtopic[128];
    char last_traceparent[64];
    char last_data[128];
};

static void recorder_init(struct recorder *r, const char *prefix)
{
    memset(r, 0, sizeof(*r));
    pthread_mutex_init(&r->lock, NULL);
    snprintf(r->prefix, sizeof(r->prefix), "%s", prefix);
}

static void copy_attr(char *dst, size_t size, const herald_event_t *ev,
                      const char *name)
{
    const char *value = herald_event_attr(ev, name);

    snprintf(dst, size, "%s", value ? value : "");
}

/* Remembers the event's id. Returns 1 when it was seen before. Called with
 * r->lock held. */
static int seen_before(struct recorder *r, const herald_event_t *ev)
{
    const char *id = herald_event_attr(ev, "id");

    if (id == NULL)
        return 0;
    for (int i = 0; i < r->seen_count; i++) {
        if (strcmp(r->seen_ids[i], id) == 0)
            return 1;
    }
    if (r->seen_count < RECORDED_IDS_MAX)
        snprintf(r->seen_ids[r->seen_count++], sizeof(r->seen_ids[0]), "%s",
                 id);
    return 0;
}

static void record(struct recorder *r, const herald_event_t *ev)
{
    const char *data = herald_event_data(ev, NULL);

    pthread_mutex_lock(&r->lock);
    if (seen_before(r, ev) && redelivery_allowed) {
        pthread_mutex_unlock(&r->lock);
        atomic_fetch_add(&r->redelivered, 1);
        return;
    }
    copy_attr(r->last_id, sizeof(r->last_id), ev, "id");
    copy_attr(r->last_type, sizeof(r->last_type), ev, "type");
    copy_attr(r->last_reason, sizeof(r->last_reason), ev, "dlqreason");
    copy_attr(r->last_attempts, sizeof(r->last_attempts), ev, "dlqattempts");
    copy_attr(r->last_dlqtopic, sizeof(r->last_dlqtopic), ev, "dlqtopic");
    copy_attr(r->last_traceparent, sizeof(r->last_traceparent), ev,
              "traceparent");
    snprintf(r->last_data, sizeof(r->last_data), "%s", data ? data : "");
    pthread_mutex_unlock(&r->lock);
    atomic_fetch_add(&r->events, 1);
}

static herald_result_t on_event(herald_ctx_t *ctx, const herald_event_t *ev,
                                void *decoded)
{
    struct recorder *r = herald_ctx_user_data(ctx);
    int call = atomic_fetch_add(&r->calls, 1);

    if (r->fail_always) {
        herald_ctx_set_reason(ctx, "stock service rejected the order");
        return HERALD_RESULT_FAIL;
    }
    if (call < r->retries_before_ok) {
        herald_ctx_set_reason(ctx, "stock service busy");
        return HERALD_RESULT_RETRY;
    }
    if (r->emit) {
        herald_event_t *out;
        char type[128];

        snprintf(type, sizeof(type), "%sinventory.reserved", r->prefix);
        assert_int_equal(herald_event_new(&out, type, "/inventory"),
                         HERALD_OK);
        assert_int_equal(herald_event_set_data(out, "{\"reserved\":true}",
                                               17),
                         HERALD_OK);
        assert_int_equal(herald_ctx_emit(ctx, out), HERALD_OK);
    }
    record(r, ev);
    return HERALD_RESULT_OK;
}

/* Rejects orders without a quantity, before handle runs. */
static herald_err_t check_quantity(herald_ctx_t *ctx,
                                   const herald_event_t *ev, void *decoded)
{
    const char *data = herald_event_data(ev, NULL);

    if (data == NULL || strstr(data, "\"qty\"") == NULL) {
        herald_ctx_set_reason(ctx, "data has no qty");
        return HERALD_EINVAL;
    }
    return HERALD_OK;
}

static herald_handler_t make_handler(const char *name)
{
    herald_handler_t h = {
        .name = name,
        .handle = on_event,
        .max_attempts = 5,
        .backoff_initial_ms = 1,
        .backoff_max_ms = 4,
    };

    return h;
}

static int setup(void **state)
{
    struct transport_case *tc = *state;
    struct fixture *f = calloc(1, sizeof(*f));
    static atomic_int counter;

    assert_non_null(f);
    f->tc = tc;
    redelivery_allowed = strncmp(tc->url, "kafka://", 8) == 0;
    snprintf(f->prefix, sizeof(f->prefix), "t%ld-%d-%d.", (long)time(NULL),
             (int)getpid(), atomic_fetch_add(&counter, 1));
    assert_int_equal(herald_bus_open(&f->bus, tc->url, NULL), HERALD_OK);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fixture *f = *state;

    herald_bus_close(f->bus);
    *state = f->tc;
    free(f);
    return 0;
}

/* Waits until *counter reaches want or the case's wait passes. */
static int wait_for(struct fixture *f, atomic_int *counter, int want)
{
    for (int waited = 0; waited < f->tc->wait_ms; waited += 10) {
        herald_bus_drain(f->bus, 100);
        if (atomic_load(counter) >= want)
            return atomic_load(counter);
        usleep(10000);
    }
    return atomic_load(counter);
}

static void publish(struct fixture *f, const char *type, const char *data,
                    const char *traceparent)
{
    herald_event_t *ev;
    char full[160];

    snprintf(full, sizeof(full), "%s%s", f->prefix, type);
    assert_int_equal(herald_event_new(&ev, full, "/test"), HERALD_OK);
    assert_int_equal(herald_event_set_attr(ev, "datacontenttype",
                                           "application/json"),
                     HERALD_OK);
    assert_int_equal(herald_event_set_data(ev, data, strlen(data)),
                     HERALD_OK);
    if (traceparent)
        assert_int_equal(herald_event_set_attr(ev, "traceparent",
                                               traceparent),
                         HERALD_OK);
    assert_int_equal(herald_bus_publish(f->bus, ev), HERALD_OK);
    herald_event_free(ev);
}

static herald_sub_t *subscribe(struct fixture *f, const char *pattern,
                               const char *group, herald_handler_t *h,
                               struct recorder *r)
{
    herald_sub_t *sub = NULL;
    char full_pattern[160], full_group[160];

    snprintf(full_pattern, sizeof(full_pattern), "%s%s", f->prefix, pattern);
    snprintf(full_group, sizeof(full_group), "%s%s", f->prefix, group);
    assert_int_equal(herald_bus_subscribe(f->bus, full_pattern, full_group, h,
                                          r, &sub),
                     HERALD_OK);
    return sub;
}

/* Kafka consumers join their group asynchronously; give them time before
 * the first publish so no assertion depends on auto.offset.reset. */
static void settle(struct fixture *f)
{
    if (strcmp(herald_bus_transport(f->bus), "kafka") == 0)
        sleep(4);
}

static void publish_reaches_handler(void **state)
{
    struct fixture *f = *state;
    herald_handler_t h = make_handler("reserve");
    struct recorder r;
    herald_handler_stats_t stats;
    herald_sub_t *sub;
    char want_type[160];

    recorder_init(&r, f->prefix);
    sub = subscribe(f, "order.created", "reserve", &h, &r);
    settle(f);
    publish(f, "order.created", "{\"qty\":2}", NULL);
    assert_int_equal(wait_for(f, &r.events, 1), 1);
    snprintf(want_type, sizeof(want_type), "%sorder.created", f->prefix);
    assert_string_equal(r.last_type, want_type);
    assert_int_equal(strlen(r.last_id), 36);
    assert_string_equal(r.last_data, "{\"qty\":2}");
    assert_int_equal(herald_sub_stats(sub, &stats), HERALD_OK);
    assert_int_equal(stats.handled, 1);
    assert_int_equal(stats.retried, 0);
    assert_int_equal(stats.latency_count, 1);
    assert_true(stats.p50_us <= stats.max_us);
}

static void patterns_select_topics(void **state)
{
    struct fixture *f = *state;
    herald_handler_t orders = make_handler("orders");
    herald_handler_t everything = make_handler("everything");
    struct recorder r_orders, r_all;

    recorder_init(&r_orders, f->prefix);
    recorder_init(&r_all, f->prefix);
    subscribe(f, "order.*", "orders", &orders, &r_orders);
    subscribe(f, "*", "everything", &everything, &r_all);
    settle(f);
    publish(f, "order.created", "{\"qty\":1}", NULL);
    publish(f, "order.paid", "{}", NULL);
    publish(f, "shipment.sent", "{}", NULL);
    assert_int_equal(wait_for(f, &r_all.events, 3), 3);
    assert_int_equal(wait_for(f, &r_orders.events, 2), 2);
    /* Give a wrongly routed event time to arrive. */
    wait_for(f, &r_orders.events, 3);
    assert_int_equal(atomic_load(&r_orders.events), 2);
}

static void emit_carries_trace(void **state)
{
    struct fixture *f = *state;
    herald_handler_t reserve = make_handler("reserve");
    herald_handler_t audit = make_handler("audit");
    struct recorder r_reserve, r_audit;
    const char *tp =
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    recorder_init(&r_reserve, f->prefix);
    recorder_init(&r_audit, f->prefix);
    r_reserve.emit = 1;
    subscribe(f, "order.created", "reserve", &reserve, &r_reserve);
    subscribe(f, "inventory.reserved", "audit", &audit, &r_audit);
    settle(f);
    publish(f, "order.created", "{\"qty\":1}", tp);
    assert_int_equal(wait_for(f, &r_audit.events, 1), 1);
    assert_string_equal(r_audit.last_data, "{\"reserved\":true}");
    assert_int_equal(strlen(r_audit.last_traceparent), 55);
    /* Same trace-id and flags, a new parent-id. */
    assert_memory_equal(r_audit.last_traceparent, tp, 36);
    assert_string_equal(r_audit.last_traceparent + 52, "-01");
    assert_memory_not_equal(r_audit.last_traceparent + 36, tp + 36, 16);
}

static void retry_three_times_then_ok(void **state)
{
    struct fixture *f = *state;
    herald_handler_t h = make_handler("flaky");
    herald_handler_t dlq = make_handler("dlq-reader");
    struct recorder r, r_dlq;
    herald_handler_stats_t stats;
    herald_sub_t *sub;

    recorder_init(&r, f->prefix);
    recorder_init(&r_dlq, f->prefix);
    r.retries_before_ok = 3;
    sub = subscribe(f, "order.created", "flaky", &h, &r);
    subscribe(f, "order.created.dlq", "dlq-reader", &dlq, &r_dlq);
    settle(f);
    publish(f, "order.created", "{\"qty\":1}", NULL);
    assert_int_equal(wait_for(f, &r.events, 1), 1);
    assert_int_equal(atomic_load(&r.calls), 4);
    assert_int_equal(herald_sub_stats(sub, &stats), HERALD_OK);
    assert_int_equal(stats.handled, 1);
    assert_int_equal(stats.retried, 3);
    assert_int_equal(stats.failed, 0);
    assert_int_equal(stats.dead_lettered, 0);
    assert_int_equal(atomic_load(&r_dlq.events), 0);
}

static void poison_goes_to_dead_letter(void **state)
{
    struct fixture *f = *state;
    herald_handler_t h = make_handler("reserve");
    herald_handler_t dlq = make_handler("dlq-reader");
    herald_handler_t wild = make_handler("wild");
    struct recorder r, r_dlq, r_wild;
    herald_handler_stats_t stats;
    herald_sub_t *sub;
    char want_topic[160];

    recorder_init(&r, f->prefix);
    recorder_init(&r_dlq, f->prefix);
    recorder_init(&r_wild, f->prefix);
    r.fail_always = 1;
    sub = subscribe(f, "order.created", "reserve", &h, &r);
    subscribe(f, "order.created.dlq", "dlq-reader", &dlq, &r_dlq);
    subscribe(f, "order.*", "wild", &wild, &r_wild);
    settle(f);
    publish(f, "order.created", "{\"qty\":1}", NULL);
    assert_int_equal(wait_for(f, &r_dlq.events, 1), 1);
    assert_string_equal(r_dlq.last_reason, "stock service rejected the order");
    assert_string_equal(r_dlq.last_attempts, "1");
    snprintf(want_topic, sizeof(want_topic), "%sorder.created", f->prefix);
    assert_string_equal(r_dlq.last_dlqtopic, want_topic);
    assert_int_equal(atomic_load(&r.calls), 1);
    assert_int_equal(herald_sub_stats(sub, &stats), HERALD_OK);
    assert_int_equal(stats.failed, 1);
    assert_int_equal(stats.dead_lettered, 1);
    assert_int_equal(stats.handled, 0);
    /* The wildcard subscriber gets the original, never the dead letter. */
    assert_int_equal(wait_for(f, &r_wild.events, 1), 1);
    wait_for(f, &r_wild.events, 2);
    assert_int_equal(atomic_load(&r_wild.events), 1);
}

static void retries_exhausted_dead_letter(void **state)
{
    struct fixture *f = *state;
    herald_handler_t h = make_handler("busy");
    herald_handler_t dlq = make_handler("dlq-reader");
    struct recorder r, r_dlq;
    herald_handler_stats_t stats;
    herald_sub_t *sub;

    recorder_init(&r, f->prefix);
    recorder_init(&r_dlq, f->prefix);
    r.retries_before_ok = 100;
    h.max_attempts = 3;
    sub = subscribe(f, "order.created", "busy", &h, &r);
    subscribe(f, "order.created.dlq", "dlq-reader", &dlq, &r_dlq);
    settle(f);
    publish(f, "order.created", "{\"qty\":1}", NULL);
    assert_int_equal(wait_for(f, &r_dlq.events, 1), 1);
    assert_int_equal(atomic_load(&r.calls), 3);
    assert_string_equal(r_dlq.last_attempts, "3");
    assert_string_equal(r_dlq.last_reason,
                        "retries exhausted: stock service busy");
    assert_int_equal(herald_sub_stats(sub, &stats), HERALD_OK);
    assert_int_equal(stats.retried, 2);
    assert_int_equal(stats.failed, 1);
    assert_int_equal(stats.dead_lettered, 1);
}

static void invalid_event_skips_retries(void **state)
{
    struct fixture *f = *state;
    herald_handler_t h = make_handler("reserve");
    herald_handler_t dlq = make_handler("dlq-reader");
    struct recorder r, r_dlq;
    herald_handler_stats_t stats;
    herald_sub_t *sub;

    recorder_init(&r, f->prefix);
    recorder_init(&r_dlq, f->prefix);
    h.validate = check_quantity;
    sub = subscribe(f, "order.created", "reserve", &h, &r);
    subscribe(f, "order.created.dlq", "dlq-reader", &dlq, &r_dlq);
    settle(f);
    publish(f, "order.created", "{\"item\":\"apple\"}", NULL);
    assert_int_equal(wait_for(f, &r_dlq.events, 1), 1);
    assert_string_equal(r_dlq.last_reason, "data has no qty");
    assert_int_equal(atomic_load(&r.calls), 0);
    assert_int_equal(herald_sub_stats(sub, &stats), HERALD_OK);
    assert_int_equal(stats.invalid, 1);
    assert_int_equal(stats.dead_lettered, 1);
    assert_int_equal(stats.retried, 0);
}

static void subscribe_rejects_bad_input(void **state)
{
    struct fixture *f = *state;
    herald_handler_t h = make_handler("reserve");
    herald_handler_t nameless = make_handler(NULL);
    struct recorder r;

    recorder_init(&r, f->prefix);
    assert_int_equal(herald_bus_subscribe(f->bus, "order created", NULL, &h,
                                          &r, NULL),
                     HERALD_EINVAL);
    assert_int_equal(herald_bus_subscribe(f->bus, "x", NULL, &nameless, &r,
                                          NULL),
                     HERALD_EINVAL);
    subscribe(f, "order.created", "g", &h, &r);
    assert_int_equal(herald_bus_subscribe(f->bus, "other", NULL, &h, &r,
                                          NULL),
                     HERALD_OK);
    h.name = "second";
    {
        char group[160];

        snprintf(group, sizeof(group), "%sg", f->prefix);
        assert_int_equal(herald_bus_subscribe(f->bus, "other", group, &h, &r,
                                              NULL),
                         HERALD_EEXIST);
    }
}

static void publish_rejects_invalid(void **state)
{
    struct fixture *f = *state;
    herald_event_t *ev;

    assert_int_equal(herald_event_new(&ev, NULL, "/s"), HERALD_OK);
    assert_int_equal(herald_bus_publish(f->bus, ev), HERALD_EINVAL);
    assert_int_equal(herald_event_set_attr(ev, "type", "t"), HERALD_OK);
    assert_int_equal(herald_event_set_attr(ev, "time", "yesterday"),
                     HERALD_OK);
    assert_int_equal(herald_bus_publish(f->bus, ev), HERALD_EINVAL);
    herald_bus_stop(f->bus);
    assert_int_equal(herald_event_set_attr(ev, "time", NULL), HERALD_OK);
    assert_int_equal(herald_bus_publish(f->bus, ev), HERALD_ECLOSED);
    herald_event_free(ev);
}

#define CASE_TESTS(tc)                                                      \
    cmocka_unit_test_prestate_setup_teardown(publish_reaches_handler,      \
                                             setup, teardown, tc),         \
        cmocka_unit_test_prestate_setup_teardown(patterns_select_topics,   \
                                                 setup, teardown, tc),     \
        cmocka_unit_test_prestate_setup_teardown(emit_carries_trace,       \
                                                 setup, teardown, tc),     \
        cmocka_unit_test_prestate_setup_teardown(retry_three_times_then_ok,\
                                                 setup, teardown, tc),     \
        cmocka_unit_test_prestate_setup_teardown(                          \
            poison_goes_to_dead_letter, setup, teardown, tc),              \
        cmocka_unit_test_prestate_setup_teardown(                          \
            retries_exhausted_dead_letter, setup, teardown, tc),           \
        cmocka_unit_test_prestate_setup_teardown(                          \
            invalid_event_skips_retries, setup, teardown, tc),             \
        cmocka_unit_test_prestate_setup_teardown(                          \
            subscribe_rejects_bad_input, setup, teardown, tc),             \
        cmocka_unit_test_prestate_setup_teardown(publish_rejects_invalid,  \
                                                 setup, teardown, tc)

static int run_case(struct transport_case *tc)
{
    const struct CMUnitTest tests[] = {CASE_TESTS(tc)};

    fprintf(stderr, "transport %s: %s\n", tc->name, tc->url);
    return _cmocka_run_group_tests(tc->name, tests,
                                   sizeof(tests) / sizeof(tests[0]), NULL,
                                   NULL);
}

int main(void)
{
    static struct transport_case sync = {"inproc", "inproc:", 2000};
    static struct transport_case async = {
        "inproc+async", "inproc+async:?workers=4&queue=1024", 2000};
    static struct transport_case kafka = {"kafka", "", 30000};
    const char *broker = getenv("HERALD_TEST_KAFKA");
    int failed = 0;

    failed += run_case(&sync);
    failed += run_case(&async);
    if (broker && broker[0]) {
        snprintf(kafka.url, sizeof(kafka.url), "kafka://%s?linger.ms=1",
                 broker);
        failed += run_case(&kafka);
    } else {
        fprintf(stderr, "kafka cases skipped: HERALD_TEST_KAFKA is unset\n");
    }
    return failed;
}

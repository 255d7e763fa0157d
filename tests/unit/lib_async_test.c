/*
 * The "inproc+async:" transport: per-key ordering across 4 workers, a full
 * queue that blocks or returns HERALD_EAGAIN as configured, and a stop
 * under load that still handles every accepted event.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <pthread.h>
#include <stdatomic.h>

#include "herald.h"

/* Coprime with the 4 workers, so round robin would split every key. */
#define KEYS 7
#define PER_KEY 400

struct order_check {
    pthread_mutex_t lock;
    long last[KEYS];
    atomic_int out_of_order;
    atomic_int handled;
};

static herald_result_t check_order(herald_ctx_t *ctx, const herald_event_t *ev,
                                   void *decoded)
{
    struct order_check *c = herald_ctx_user_data(ctx);
    const char *data = herald_event_data(ev, NULL);
    int key;
    long seq;

    assert_int_equal(sscanf(data, "{\"key\":%d,\"seq\":%ld}", &key, &seq), 2);
    pthread_mutex_lock(&c->lock);
    if (seq != c->last[key] + 1)
        atomic_fetch_add(&c->out_of_order, 1);
    c->last[key] = seq;
    pthread_mutex_unlock(&c->lock);
    /* Uneven handling times, slower than publishing, so that the queue
     * fills and the lanes run side by side. */
    usleep((useconds_t)((seq * 7 + key * 13) % 5 * 20));
    atomic_fetch_add(&c->handled, 1);
    return HERALD_RESULT_OK;
}

static herald_event_t *keyed_event(int key, long seq)
{
    herald_event_t *ev;
    char data[64], pkey[16];

    assert_int_equal(herald_event_new(&ev, "order.created", "/test"),
                     HERALD_OK);
    snprintf(data, sizeof(data), "{\"key\":%d,\"seq\":%ld}", key, seq);
    snprintf(pkey, sizeof(pkey), "customer-%d", key);
    assert_int_equal(herald_event_set_data(ev, data, strlen(data)),
                     HERALD_OK);
    assert_int_equal(herald_event_set_attr(ev, "partitionkey", pkey),
                     HERALD_OK);
    return ev;
}

static void order_kept_per_key(void **state)
{
    herald_bus_t *bus;
    herald_handler_t h = {.name = "order-check", .handle = check_order};
    struct order_check c = {.lock = PTHREAD_MUTEX_INITIALIZER};

    for (int k = 0; k < KEYS; k++)
        c.last[k] = -1;
    assert_int_equal(herald_bus_open(&bus, "inproc+async:?workers=4&queue=64",
                                     NULL),
                     HERALD_OK);
    assert_int_equal(herald_bus_subscribe(bus, "order.*", NULL, &h, &c, NULL),
                     HERALD_OK);
    /* Interleave the keys the way a real producer would. */
    for (long seq = 0; seq < PER_KEY; seq++) {
        for (int k = 0; k < KEYS; k++) {
            herald_event_t *ev = keyed_event(k, seq);

            assert_int_equal(herald_bus_publish_async(bus, ev, NULL, NULL),
                             HERALD_OK);
            herald_event_free(ev);
        }
    }
    assert_int_equal(herald_bus_drain(bus, 30000), HERALD_OK);
    assert_int_equal(atomic_load(&c.handled), KEYS * PER_KEY);
    assert_int_equal(atomic_load(&c.out_of_order), 0);
    for (int k = 0; k < KEYS; k++)
        assert_int_equal(c.last[k], PER_KEY - 1);
    herald_bus_close(bus);
}

/* A handler that waits until the test opens the gate. */
struct gate {
    pthread_mutex_t lock;
    pthread_cond_t cond;
    int open;
    atomic_int entered;
    atomic_int handled;
};

static herald_result_t wait_at_gate(herald_ctx_t *ctx,
                                    const herald_event_t *ev, void *decoded)
{
    struct gate *g = herald_ctx_user_data(ctx);

    atomic_fetch_add(&g->entered, 1);
    pthread_mutex_lock(&g->lock);
    while (!g->open)
        pthread_cond_wait(&g->cond, &g->lock);
    pthread_mutex_unlock(&g->lock);
    atomic_fetch_add(&g->handled, 1);
    return HERALD_RESULT_OK;
}

static void gate_open(struct gate *g)
{
    pthread_mutex_lock(&g->lock);
    g->open = 1;
    pthread_cond_broadcast(&g->cond);
    pthread_mutex_unlock(&g->lock);
}

static void wait_entered(struct gate *g, int n)
{
    for (int i = 0; i < 2000 && atomic_load(&g->entered) < n; i++)
        usleep(1000);
    assert_int_equal(atomic_load(&g->entered), n);
}

static herald_err_t publish_one(herald_bus_t *bus)
{
    herald_event_t *ev;
    herald_err_t err;

    assert_int_equal(herald_event_new(&ev, "order.created", "/test"),
                     HERALD_OK);
    err = herald_bus_publish(bus, ev);
    herald_event_free(ev);
    return err;
}

static void full_queue_returns_eagain(void **state)
{
    herald_bus_t *bus;
    herald_bus_opts_t opts;
    herald_handler_t h = {.name = "gated", .handle = wait_at_gate};
    struct gate g = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER};

    herald_bus_opts_init(&opts);
    opts.when_full = HERALD_FULL_EAGAIN;
    assert_int_equal(herald_bus_open(&bus, "inproc+async:?workers=1&queue=2",
                                     &opts),
                     HERALD_OK);
    assert_int_equal(herald_bus_subscribe(bus, "order.created", NULL, &h, &g,
                                          NULL),
                     HERALD_OK);
    /* One event running, one queued: the queue of 2 is full. */
    assert_int_equal(publish_one(bus), HERALD_OK);
    wait_entered(&g, 1);
    assert_int_equal(publish_one(bus), HERALD_OK);
    assert_int_equal(publish_one(bus), HERALD_EAGAIN);
    gate_open(&g);
    assert_int_equal(herald_bus_drain(bus, 5000), HERALD_OK);
    assert_int_equal(atomic_load(&g.handled), 2);
    assert_int_equal(publish_one(bus), HERALD_OK);
    herald_bus_close(bus);
    assert_int_equal(atomic_load(&g.handled), 3);
}

struct blocked_publish {
    herald_bus_t *bus;
    atomic_int returned;
    herald_err_t err;
};

static void *publish_thread(void *arg)
{
    struct blocked_publish *b = arg;

    b->err = publish_one(b->bus);
    atomic_store(&b->returned, 1);
    return NULL;
}

static void full_queue_blocks(void **state)
{
    herald_bus_t *bus;
    herald_handler_t h = {.name = "gated", .handle = wait_at_gate};
    struct gate g = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER};
    struct blocked_publish b = {0};
    pthread_t thread;

    assert_int_equal(herald_bus_open(&bus, "inproc+async:?workers=1&queue=1",
                                     NULL),
                     HERALD_OK);
    assert_int_equal(herald_bus_subscribe(bus, "order.created", NULL, &h, &g,
                                          NULL),
                     HERALD_OK);
    assert_int_equal(publish_one(bus), HERALD_OK);
    wait_entered(&g, 1);
    b.bus = bus;
    assert_int_equal(pthread_create(&thread, NULL, publish_thread, &b), 0);
    usleep(200000);
    assert_int_equal(atomic_load(&b.returned), 0);
    gate_open(&g);
    assert_int_equal(pthread_join(thread, NULL), 0);
    assert_int_equal(atomic_load(&b.returned), 1);
    assert_int_equal(b.err, HERALD_OK);
    assert_int_equal(herald_bus_drain(bus, 5000), HERALD_OK);
    assert_int_equal(atomic_load(&g.handled), 2);
    herald_bus_close(bus);
}

struct load {
    herald_bus_t *bus;
    atomic_int accepted;
    atomic_int closed;
    atomic_int handled;
};

static herald_result_t count_handled(herald_ctx_t *ctx,
                                     const herald_event_t *ev, void *decoded)
{
    struct load *l = herald_ctx_user_data(ctx);

    usleep(50);
    atomic_fetch_add(&l->handled, 1);
    return HERALD_RESULT_OK;
}

static void *load_thread(void *arg)
{
    struct load *l = arg;

    for (int i = 0; i < 3000; i++) {
        herald_err_t err = publish_one(l->bus);

        if (err == HERALD_OK) {
            atomic_fetch_add(&l->accepted, 1);
        } else {
            assert_int_equal(err, HERALD_ECLOSED);
            atomic_fetch_add(&l->closed, 1);
        }
    }
    return NULL;
}

static void stop_under_load_keeps_events(void **state)
{
    struct load l = {0};
    herald_handler_t h = {.name = "counter", .handle = count_handled};
    pthread_t threads[3];

    assert_int_equal(herald_bus_open(&l.bus,
                                     "inproc+async:?workers=4&queue=256",
                                     NULL),
                     HERALD_OK);
    assert_int_equal(herald_bus_subscribe(l.bus, "order.created", NULL, &h,
                                          &l, NULL),
                     HERALD_OK);
    for (int i = 0; i < 3; i++)
        assert_int_equal(pthread_create(&threads[i], NULL, load_thread, &l),
                         0);
    /* Stop while the publishers are still going and the queue is full. */
    while (atomic_load(&l.accepted) < 1000)
        usleep(1000);
    assert_int_equal(herald_bus_stop(l.bus), HERALD_OK);
    for (int i = 0; i < 3; i++)
        assert_int_equal(pthread_join(threads[i], NULL), 0);
    assert_true(atomic_load(&l.closed) > 0);
    assert_int_equal(atomic_load(&l.handled), atomic_load(&l.accepted));
    herald_bus_close(l.bus);
}

static void open_rejects_bad_params(void **state)
{
    herald_bus_t *bus = NULL;

    assert_int_equal(herald_bus_open(&bus, "inproc+async:?workers=0", NULL),
                     HERALD_EINVAL);
    assert_int_equal(herald_bus_open(&bus, "inproc+async:?queue=x", NULL),
                     HERALD_EINVAL);
    assert_int_equal(herald_bus_open(&bus, "inproc+async:?colour=red", NULL),
                     HERALD_EINVAL);
    assert_int_equal(herald_bus_open(&bus, "carrier-pigeon:", NULL),
                     HERALD_EINVAL);
    assert_int_equal(herald_bus_open(&bus, "kafka:127.0.0.1:9092", NULL),
                     HERALD_EINVAL);
    assert_null(bus);
}

/* The Kafka producer is idempotent by default, which librdkafka allows only
 * with acks=all, so a URL that lowers acks must still open. librdkafka
 * connects lazily: no broker is needed. */
static void kafka_open_accepts_any_acks(void **state)
{
    static const char *const urls[] = {
        "kafka://127.0.0.1:1",
        "kafka://127.0.0.1:1?acks=all",
        "kafka://127.0.0.1:1?acks=1",
        "kafka://127.0.0.1:1?acks=0",
        "kafka://127.0.0.1:1?request.required.acks=1",
        "kafka://127.0.0.1:1?acks=1&enable.idempotence=false",
    };

    for (size_t i = 0; i < sizeof(urls) / sizeof(urls[0]); i++) {
        herald_bus_t *bus = NULL;

        print_message("opening %s\n", urls[i]);
        assert_int_equal(herald_bus_open(&bus, urls[i], NULL), HERALD_OK);
        assert_non_null(bus);
        herald_bus_close(bus);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(order_kept_per_key),
        cmocka_unit_test(full_queue_returns_eagain),
        cmocka_unit_test(full_queue_blocks),
        cmocka_unit_test(stop_under_load_keeps_events),
        cmocka_unit_test(open_rejects_bad_params),
        cmocka_unit_test(kafka_open_accepts_any_acks),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}

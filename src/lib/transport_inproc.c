/*
 * The in-process transports. "inproc:" runs the matching handlers inside
 * the publishing call, on its thread. "inproc+async:" queues each event on
 * a worker lane picked from its partitionkey (or, without one, round
 * robin), so events with equal keys are handled in order, one at a time.
 */
#include "bus_internal.h"

#include <stdlib.h>
#include <string.h>

#include "lib_log.h"
#include "pool.h"

/* Deepest nesting of handlers publishing from handlers on "inproc:". */
#define MAX_SYNC_DEPTH 32

struct inproc {
    pool_t *pool; /* NULL for "inproc:" */
    atomic_uint_fast64_t next_lane;
    atomic_int closed;
};

struct delivery {
    herald_bus_t *bus;
    herald_event_t *ev;
    char *topic;
    int dead_letter;
};

static _Thread_local int sync_depth;

/* Hands the event to every subscription that wants it. */
static void deliver(herald_bus_t *bus, const char *topic,
                    const herald_event_t *ev, int dead_letter)
{
    for (herald_sub_t *sub = atomic_load(&bus->subs); sub;
         sub = atomic_load(&sub->next)) {
        if (bus__wants(sub, topic, dead_letter))
            pipeline__run(sub, topic, -1, -1, ev);
    }
}

static herald_err_t sync_send(herald_bus_t *bus, const char *topic,
                              herald_event_t *ev, int flags,
                              herald_delivery_cb cb, void *user_data)
{
    struct inproc *t = bus->transport;

    if (atomic_load(&t->closed) && !(flags & SEND_FROM_HANDLER)) {
        herald_event_free(ev);
        return HERALD_ECLOSED;
    }
    if (sync_depth >= MAX_SYNC_DEPTH) {
        herald_event_free(ev);
        return HERALD_ELOOP;
    }
    sync_depth++;
    deliver(bus, topic, ev, (flags & SEND_DEAD_LETTER) != 0);
    sync_depth--;
    if (cb)
        cb(ev, HERALD_OK, user_data);
    herald_event_free(ev);
    return HERALD_OK;
}

static void run_delivery(void *arg)
{
    struct delivery *d = arg;

    deliver(d->bus, d->topic, d->ev, d->dead_letter);
    herald_event_free(d->ev);
    free(d->topic);
    free(d);
}

/* FNV-1a, to spread partition keys over the lanes. */
static uint64_t hash_key(const char *key)
{
    uint64_t h = 1469598103934665603ULL;

    for (const unsigned char *p = (const unsigned char *)key; *p; p++)
        h = (h ^ *p) * 1099511628211ULL;
    return h;
}

static herald_err_t async_send(herald_bus_t *bus, const char *topic,
                               herald_event_t *ev, int flags,
                               herald_delivery_cb cb, void *user_data)
{
    struct inproc *t = bus->transport;
    const char *key = herald_event_attr(ev, "partitionkey");
    struct delivery *d = calloc(1, sizeof(*d));
    herald_event_t *for_cb = NULL;
    pool_wait_t wait;
    herald_err_t err;

    /* A worker may free ev as soon as it is queued, so the callback gets a
     * copy. */
    if (d == NULL || (d->topic = strdup(topic)) == NULL ||
        (cb && herald_event_clone(&for_cb, ev) != HERALD_OK)) {
        if (d)
            free(d->topic);
        free(d);
        herald_event_free(ev);
        return HERALD_ENOMEM;
    }
    d->bus = bus;
    d->ev = ev;
    d->dead_letter = (flags & SEND_DEAD_LETTER) != 0;
    /* A worker that waited for room could wait for itself. */
    if ((flags & SEND_FROM_HANDLER) && pool__in_worker(t->pool))
        wait = POOL_FORCE;
    else if (bus->opts.when_full == HERALD_FULL_EAGAIN)
        wait = POOL_EAGAIN;
    else
        wait = POOL_BLOCK;
    err = pool__submit(t->pool,
                       key ? hash_key(key) : atomic_fetch_add(&t->next_lane, 1),
                       run_delivery, d, wait);
    if (err != HERALD_OK) {
        free(d->topic);
        free(d);
        herald_event_free(ev);
        herald_event_free(for_cb);
        return err;
    }
    /* On this transport an event is delivered once it is queued. */
    if (cb)
        cb(for_cb, HERALD_OK, user_data);
    herald_event_free(for_cb);
    return HERALD_OK;
}

static herald_err_t inproc_subscribe(herald_bus_t *bus, herald_sub_t *sub)
{
    return HERALD_OK;
}

static herald_err_t sync_drain(herald_bus_t *bus, int timeout_ms)
{
    return HERALD_OK;
}

static herald_err_t async_drain(herald_bus_t *bus, int timeout_ms)
{
    struct inproc *t = bus->transport;

    return pool__drain(t->pool, timeout_ms);
}

static void inproc_stop(herald_bus_t *bus)
{
    struct inproc *t = bus->transport;

    atomic_store(&t->closed, 1);
    if (t->pool)
        pool__stop(t->pool);
}

static void inproc_close(herald_bus_t *bus)
{
    struct inproc *t = bus->transport;

    pool__free(t->pool);
    free(t);
    bus->transport = NULL;
}

const struct transport_ops inproc_sync_ops = {
    .name = "inproc",
    .send = sync_send,
    .subscribe = inproc_subscribe,
    .drain = sync_drain,
    .stop = inproc_stop,
    .close = inproc_close,
};

const struct transport_ops inproc_async_ops = {
    .name = "inproc+async",
    .send = async_send,
    .subscribe = inproc_subscribe,
    .drain = async_drain,
    .stop = inproc_stop,
    .close = inproc_close,
};

herald_err_t inproc__open(herald_bus_t *bus, struct bus_url *url, int async)
{
    struct inproc *t;
    long workers = 4, queue = 1024;
    const char *value;
    herald_err_t err;

    if (async) {
        value = bus__param(url, "workers");
        if (value && bus__param_int(value, 1, 256, &workers) < 0)
            return HERALD_EINVAL;
        value = bus__param(url, "queue");
        if (value && bus__param_int(value, 1, 16777216, &queue) < 0)
            return HERALD_EINVAL;
    }
    for (size_t i = 0; i < url->param_count; i++) {
        if (!url->params[i].used)
            return HERALD_EINVAL;
    }
    t = calloc(1, sizeof(*t));
    if (t == NULL)
        return HERALD_ENOMEM;
    if (async) {
        err = pool__new(&t->pool, (unsigned)workers, (size_t)queue);
        if (err != HERALD_OK) {
            free(t);
            return err;
        }
    }
    bus->transport = t;
    bus->ops = async ? &inproc_async_ops : &inproc_sync_ops;
    return HERALD_OK;
}

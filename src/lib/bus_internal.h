/*
 * The inside of the bus: subscriptions, the handler context, and the
 * interface every transport implements. Never installed.
 */
#ifndef HERALD_LIB_BUS_INTERNAL_H
#define HERALD_LIB_BUS_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include "herald/bus.h"
#include "stats.h"

#define REASON_MAX 200

/* Flags for bus__send(). */
enum {
    SEND_WAIT = 1,        /* return only once delivered */
    SEND_DEAD_LETTER = 2, /* only exact subscriptions receive it */
    SEND_FROM_HANDLER = 4 /* from a handler thread: never block on a
                             full queue */
};

struct herald_sub {
    herald_bus_t *bus;
    char *pattern;
    char *group;
    char *name;
    char *dead_letter_topic; /* NULL: "<type>.dlq" */
    herald_handler_t handler; /* strings point at the copies above */
    void *user_data;
    int exact; /* pattern has no '*' */
    stats_t stats;
    void *transport; /* per-subscription transport state */
    _Atomic(struct herald_sub *) next;
};

/* Called once when an event run through pipeline__run_async() is done:
 * err is HERALD_OK, or the delivery error of an emitted event that was not
 * delivered. May run on the transport's delivery thread. */
typedef void (*pipeline_done_cb)(void *arg, herald_err_t err);

struct emit_batch;

struct herald_ctx {
    herald_sub_t *sub;
    const herald_event_t *event;
    const char *topic;
    int32_t partition; /* -1 off Kafka */
    int64_t offset;    /* -1 off Kafka */
    int attempt;
    char reason[REASON_MAX];
    herald_event_t **emits;
    size_t emit_count;
    size_t emit_cap;
    pipeline_done_cb done; /* NULL: emits wait for their delivery */
    void *done_arg;
    struct emit_batch *batch; /* emits in flight, with done set */
};

struct transport_ops {
    const char *name;
    /* Takes ownership of ev on every return. */
    herald_err_t (*send)(herald_bus_t *bus, const char *topic,
                         herald_event_t *ev, int flags,
                         herald_delivery_cb cb, void *user_data);
    herald_err_t (*subscribe)(herald_bus_t *bus, herald_sub_t *sub);
    herald_err_t (*drain)(herald_bus_t *bus, int timeout_ms);
    void (*stop)(herald_bus_t *bus);
    void (*close)(herald_bus_t *bus);
};

/* One key=value pair of a bus URL's query. */
struct url_param {
    char *key;
    char *value;
    int used; /* consumed by the transport; the rest goes to librdkafka */
};

struct bus_url {
    char *scheme; /* "inproc", "inproc+async" or "kafka" */
    char *hosts;  /* kafka only */
    struct url_param *params;
    size_t param_count;
};

struct herald_bus {
    const struct transport_ops *ops;
    void *transport;
    herald_bus_opts_t opts; /* strings point at the copies below */
    char *dead_letter_topic;
    char *source;
    pthread_mutex_t lock;
    pthread_cond_t stopped_cond;
    int stopped;
    _Atomic(herald_sub_t *) subs;
};

/* Parses value as an integer in [min, max]. Returns 0 or -1. */
int bus__param_int(const char *value, long min, long max, long *out);

/* Finds a query parameter, marking it used. Returns NULL when absent. */
const char *bus__param(struct bus_url *url, const char *key);

/* Returns 1 when the glob pattern ('*' matches any run of characters)
 * matches topic. */
int bus__match(const char *pattern, const char *topic);

/* Sends ev (owned) to topic through the transport. */
herald_err_t bus__send(herald_bus_t *bus, const char *topic,
                       herald_event_t *ev, int flags, herald_delivery_cb cb,
                       void *user_data);

/* Returns 1 when sub should receive an event read from topic. Wildcard
 * subscriptions skip dead-lettered events. */
int bus__wants(const herald_sub_t *sub, const char *topic, int dead_letter);

/* Returns 1 when the event carries the dlqreason attribute. */
int bus__is_dead_letter(const herald_event_t *ev);

/* Runs the handler pipeline for one event, retries and dead-lettering
 * included, and waits for the delivery of emitted events. partition and
 * offset are -1 off Kafka. Returns HERALD_OK when the event is done:
 * handled, dead-lettered, or dropped after a failed dead-letter write,
 * which is logged. */
herald_err_t pipeline__run(herald_sub_t *sub, const char *topic,
                           int32_t partition, int64_t offset,
                           const herald_event_t *ev);

/* Runs the pipeline like pipeline__run() but sends emitted events without
 * waiting for their delivery, so the caller's thread can go on to the next
 * event. done(done_arg, err) is called exactly once, after the outcome and
 * once every emitted event was acknowledged; it may run before this
 * returns. */
void pipeline__run_async(herald_sub_t *sub, const char *topic,
                         int32_t partition, int64_t offset,
                         const herald_event_t *ev, pipeline_done_cb done,
                         void *done_arg);

/* Counts and logs a record that could not be decoded into an event; the
 * transport forwards the raw record. dead_lettered is 1 when that
 * write succeeded. */
void pipeline__note_undecodable(herald_sub_t *sub, const char *topic,
                                int32_t partition, int64_t offset,
                                const char *reason, int dead_lettered);

/* Transports. */
herald_err_t inproc__open(herald_bus_t *bus, struct bus_url *url, int async);
herald_err_t kafka__open(herald_bus_t *bus, struct bus_url *url);
extern const struct transport_ops inproc_sync_ops;
extern const struct transport_ops inproc_async_ops;
extern const struct transport_ops kafka_ops;

#endif

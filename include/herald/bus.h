/*
 * The event bus: one API over three transports, chosen by URL.
 *
 *   "inproc:"                       handlers run synchronously inside
 *                                   herald_bus_publish(), on its thread
 *   "inproc+async:?workers=4&queue=1024"
 *                                   a pool of worker threads with a bounded
 *                                   queue of accepted, unfinished events
 *   "kafka://127.0.0.1:9092?acks=all&linger.ms=5"
 *                                   Kafka through librdkafka; every query key
 *                                   other than workers and mode is passed to
 *                                   librdkafka as a setting
 *
 * On every transport an event's type is its topic. A subscription pattern is
 * a topic name in which '*' matches any run of characters, dots included:
 * "order.created", "order.*", "*". On Kafka a pattern with '*' becomes a
 * regex subscription ("order.*" is "^order\..*$", and "*" alone is
 * "^[^_].*$" so that internal topics such as __consumer_offsets are left
 * out), and the group name becomes the consumer group. Offsets are
 * committed only after an event is done, so delivery is at least once.
 * Events whose partitionkey extension is equal are handled in order. On
 * Kafka that extension is the record key, so it picks the partition, and
 * partitions are handled in parallel.
 */
#ifndef HERALD_BUS_H
#define HERALD_BUS_H

#include "herald/error.h"
#include "herald/event.h"
#include "herald/export.h"
#include "herald/handler.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct herald_bus herald_bus_t;

/* What publishing does when the transport's queue is full. */
typedef enum herald_full_policy {
    HERALD_FULL_BLOCK = 0,  /* wait for room */
    HERALD_FULL_EAGAIN = 1, /* return HERALD_EAGAIN at once */
} herald_full_policy_t;

typedef struct herald_bus_opts {
    herald_full_policy_t when_full; /* default HERALD_FULL_BLOCK */
    int max_attempts;       /* handler attempts, first included; default 5 */
    int backoff_initial_ms; /* first retry delay; default 100 */
    int backoff_max_ms;     /* retry delay cap; default 10000 */
    const char *dead_letter_topic; /* NULL: "<type>.dlq" */
    const char *source;     /* source for events without one; "herald" */
    herald_content_mode_t kafka_mode; /* default HERALD_MODE_BINARY */
    int kafka_timeout_ms;   /* herald_bus_publish() wait; default 30000 */
} herald_bus_opts_t;

/* Fills opts with the defaults named above. */
HERALD_API void herald_bus_opts_init(herald_bus_opts_t *opts);

/*
 * Opens a bus on the transport the URL names (see the top of this file).
 * "inproc+async:" takes workers (1 to 256, default 4) and queue (1 to
 * 16777216, default 1024). "kafka://" takes a comma-separated list of
 * host:port, workers (parallel handler lanes, default 4) and mode ("binary"
 * or "structured", overriding opts->kafka_mode).
 *
 * opts: NULL for the defaults; copied. Returns HERALD_OK and stores the bus
 * in *out (release it with herald_bus_close()); HERALD_EINVAL for a malformed
 * URL, an unknown transport, a bad parameter, or a setting librdkafka
 * rejects (the reason is logged at error level); HERALD_ENOMEM;
 * HERALD_ETRANSPORT when librdkafka cannot create its client. Any thread.
 */
HERALD_API herald_err_t herald_bus_open(herald_bus_t **out, const char *url,
                                        const herald_bus_opts_t *opts);

/* Returns the transport name: "inproc", "inproc+async" or "kafka". */
HERALD_API const char *herald_bus_transport(const herald_bus_t *bus);

/* Called once per published event with its delivery result. On
 * "inproc+async:" that is when the event is queued, on "kafka://" when the
 * broker acknowledged it (on the library's producer thread). ev is a copy
 * with id and time filled in, valid only during the call. */
typedef void (*herald_delivery_cb)(const herald_event_t *ev,
                                   herald_err_t result, void *user_data);

/*
 * Publishes a copy of ev to the topic named by its type and waits for the
 * delivery result. id, time and source are filled in when unset (the
 * caller's event is not changed). On "inproc:" the matching handlers run
 * before this returns; their outcome does not change the result.
 *
 * Returns HERALD_OK once delivered; HERALD_EINVAL for an invalid event
 * (the reason is logged); HERALD_EAGAIN when the queue is full and the bus
 * was opened with HERALD_FULL_EAGAIN; HERALD_ECLOSED after herald_bus_stop();
 * HERALD_ETIMEDOUT or HERALD_ETRANSPORT when Kafka did not acknowledge it;
 * HERALD_ELOOP when handlers emitting events nest more than 32 deep on
 * "inproc:"; HERALD_ENOMEM. Any thread, including handler threads.
 */
HERALD_API herald_err_t herald_bus_publish(herald_bus_t *bus,
                                           const herald_event_t *ev);

/*
 * Publishes like herald_bus_publish() but returns once the event is
 * accepted; cb (may be NULL) then receives the delivery result. When this
 * returns an error, cb is not called. Any thread.
 */
HERALD_API herald_err_t herald_bus_publish_async(herald_bus_t *bus,
                                                 const herald_event_t *ev,
                                                 herald_delivery_cb cb,
                                                 void *user_data);

/*
 * Subscribes handler to the topics that match pattern, in the given group.
 * Events start reaching the handler at once, on library threads. Wildcard
 * patterns skip dead-lettered events; subscribe to a dead-letter topic by
 * its exact name to read it.
 *
 * group: the consumer group; NULL uses the handler name. One bus has at
 * most one subscription per group. handler, pattern and group are copied.
 * user_data is passed to the callbacks through herald_ctx_user_data().
 * out: may be NULL; receives the subscription, owned by the bus.
 * Returns HERALD_OK; HERALD_EINVAL for a NULL handler, name or handle
 * callback, or a pattern with characters other than letters, digits, '.',
 * '_', '-' and '*'; HERALD_EEXIST when the group is taken on this bus;
 * HERALD_ECLOSED after herald_bus_stop(); HERALD_ETRANSPORT when the Kafka
 * consumer cannot be created; HERALD_ENOMEM. Any thread but a handler's.
 */
HERALD_API herald_err_t herald_bus_subscribe(herald_bus_t *bus,
                                             const char *pattern,
                                             const char *group,
                                             const herald_handler_t *handler,
                                             void *user_data,
                                             herald_sub_t **out);

/* Blocks until herald_bus_stop() is called; events are handled on library
 * threads meanwhile. Returns HERALD_OK, or HERALD_ECLOSED when already
 * stopped. Any thread but a handler's. */
HERALD_API herald_err_t herald_bus_run(herald_bus_t *bus);

/*
 * Waits until every accepted event is handled (dead-lettering included) and,
 * on Kafka, every published event is acknowledged, or until timeout_ms
 * passes (negative: no limit). Events still arriving from Kafka are not
 * waited for. Returns HERALD_OK or HERALD_ETIMEDOUT. Any thread but a
 * handler's.
 */
HERALD_API herald_err_t herald_bus_drain(herald_bus_t *bus, int timeout_ms);

/*
 * Stops the bus: refuses new publishes, lets in-flight and queued events
 * finish, then on Kafka commits the offsets of finished events and leaves
 * the consumer groups. Makes herald_bus_run() return. Safe to call twice.
 * Returns HERALD_OK. Any thread but a handler's.
 */
HERALD_API herald_err_t herald_bus_stop(herald_bus_t *bus);

/* Stops the bus if needed and frees it with its subscriptions. NULL is
 * ignored. Any thread but a handler's. */
HERALD_API void herald_bus_close(herald_bus_t *bus);

#ifdef __cplusplus
}
#endif

#endif

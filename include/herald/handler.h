/*
 * Event handlers: the pipeline every subscribed event goes through.
 *
 * For each event the library calls, in order: decode (parse the data into an
 * application object), validate, transform, and handle. decode, validate and
 * transform are optional. handle returns ok, retry or fail:
 *
 *   - ok: the event is done; the events the handler emitted with
 *     herald_ctx_emit() are published, and then the event is acknowledged
 *     (on Kafka, its offset may be committed). An emitted event that
 *     cannot be handed to the transport turns the attempt into a retry.
 *     On Kafka the handler's lane does not wait for the broker to
 *     acknowledge emitted events: the offset is committed once they all
 *     are. If one is never delivered, an error is logged and the
 *     partition's offsets stay where they are, so the event is read again
 *     after a restart or rebalance.
 *   - retry: the handle step runs again after an exponential backoff with
 *     jitter, up to max_attempts attempts in all. Events emitted during a
 *     retried attempt are discarded.
 *   - fail, or retry on the last attempt: the event goes to the dead-letter
 *     topic.
 *
 * Events that fail decode or validate go to the dead-letter topic at once,
 * without retries, and so do those whose transform step fails. A
 * dead-lettered event is the original with these extension attributes added:
 * dlqreason (text), dlqattempts, dlqhandler, dlqtopic, and on Kafka
 * dlqpartition and dlqoffset (on the Kafka binary mode they travel as the
 * ce_dlq* headers). An event that already carries dlqreason is never
 * dead-lettered again: its failure is logged and counted and it is
 * acknowledged.
 *
 * Handler callbacks run on a library thread (the publisher's thread on the
 * "inproc:" transport). Events with the same partition key, and on Kafka
 * events of one partition, are handled one at a time in order; others may be
 * handled in parallel, so callbacks of one handler must be thread-safe.
 */
#ifndef HERALD_HANDLER_H
#define HERALD_HANDLER_H

#include <stdint.h>

#include "herald/error.h"
#include "herald/event.h"
#include "herald/export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Per-event context passed to every callback. Valid only during the
 * callback. */
typedef struct herald_ctx herald_ctx_t;

/* One subscription: a handler bound to a pattern and a group. Owned by the
 * bus, valid until herald_bus_close(). */
typedef struct herald_sub herald_sub_t;

typedef enum herald_result {
    HERALD_RESULT_OK = 0,
    HERALD_RESULT_RETRY = 1,
    HERALD_RESULT_FAIL = 2,
} herald_result_t;

/* Parses ev's data into an application object stored in *decoded. A
 * non-zero return marks the event invalid. */
typedef herald_err_t (*herald_decode_cb)(herald_ctx_t *ctx,
                                         const herald_event_t *ev,
                                         void **decoded);

/* Frees what decode or transform stored. Called once per event. */
typedef void (*herald_free_decoded_cb)(void *decoded, void *user_data);

/* Checks the event and its decoded object. A non-zero return marks the
 * event invalid. */
typedef herald_err_t (*herald_validate_cb)(herald_ctx_t *ctx,
                                           const herald_event_t *ev,
                                           void *decoded);

/* Replaces *decoded with a transformed object (freeing the old one if it
 * does so). A non-zero return fails the event. */
typedef herald_err_t (*herald_transform_cb)(herald_ctx_t *ctx,
                                            void **decoded);

/* Runs the business logic. May emit events with herald_ctx_emit(). */
typedef herald_result_t (*herald_handle_cb)(herald_ctx_t *ctx,
                                            const herald_event_t *ev,
                                            void *decoded);

/*
 * A handler. The library copies the struct and its strings at
 * herald_bus_subscribe(). Zero values take the bus defaults (see
 * herald_bus_opts_t).
 */
typedef struct herald_handler {
    const char *name;               /* required: names counters and logs */
    herald_decode_cb decode;        /* optional */
    herald_free_decoded_cb free_decoded; /* optional */
    herald_validate_cb validate;    /* optional */
    herald_transform_cb transform;  /* optional */
    herald_handle_cb handle;        /* required */
    int max_attempts;               /* attempts in all, first one included */
    int backoff_initial_ms;         /* delay before the first retry */
    int backoff_max_ms;             /* cap on the delay */
    const char *dead_letter_topic;  /* NULL: the bus default */
} herald_handler_t;

/* Returns the user_data given to herald_bus_subscribe(). */
HERALD_API void *herald_ctx_user_data(const herald_ctx_t *ctx);

/* Returns the current attempt, 1 for the first. */
HERALD_API int herald_ctx_attempt(const herald_ctx_t *ctx);

/* Returns the topic the event was read from (its type on every transport,
 * or a dead-letter topic's name). */
HERALD_API const char *herald_ctx_topic(const herald_ctx_t *ctx);

/* Returns the subscription the event is handled for. */
HERALD_API herald_sub_t *herald_ctx_sub(const herald_ctx_t *ctx);

/*
 * Queues an event to publish once the handler returns ok. The library sets
 * what the event leaves unset: id, time, source (the bus default), and the
 * traceparent extension, which continues the handled event's W3C trace with
 * a new span id (tracestate is copied as is).
 *
 * ev: ownership passes to the library on every return.
 * Returns HERALD_OK, HERALD_EINVAL (ctx or ev NULL) or HERALD_ENOMEM. Call
 * only from the handle callback, on its thread.
 */
HERALD_API herald_err_t herald_ctx_emit(herald_ctx_t *ctx, herald_event_t *ev);

/* Records why the current step failed or asked for a retry. The text goes
 * into logs and into the dlqreason attribute, so it must not contain
 * payload data or secrets. Truncated to 200 bytes. */
HERALD_API void herald_ctx_set_reason(herald_ctx_t *ctx, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Counters and latency of one subscription's handler since it was
 * subscribed. Latencies run from the start of decode to the final outcome,
 * retries and backoff included. The percentiles are read from a histogram
 * with 8 buckets per power of two, so each is an upper bound at most 12.5%
 * above the true value. */
typedef struct herald_handler_stats {
    uint64_t handled;       /* events that ended ok */
    uint64_t retried;       /* retries, over all events */
    uint64_t failed;        /* events that failed handle or transform */
    uint64_t invalid;       /* events that failed decoding or validation */
    uint64_t dead_lettered; /* events written to the dead-letter topic */
    uint64_t latency_count; /* events with a recorded latency */
    uint64_t p50_us;        /* median latency, microseconds */
    uint64_t p99_us;        /* 99th percentile latency, microseconds */
    uint64_t max_us;        /* maximum latency, microseconds */
} herald_handler_stats_t;

/* Copies sub's counters into *out. Any thread.
 * Returns HERALD_OK or HERALD_EINVAL. */
HERALD_API herald_err_t herald_sub_stats(const herald_sub_t *sub,
                                         herald_handler_stats_t *out);

/* Returns the handler name of the subscription. */
HERALD_API const char *herald_sub_name(const herald_sub_t *sub);

#ifdef __cplusplus
}
#endif

#endif

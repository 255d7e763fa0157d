/*
 * The broker: one event loop thread that owns every connection, topic and
 * partition log, plus libuv's thread pool for fdatasync rounds.
 */
#ifndef HERALD_BROKER_H
#define HERALD_BROKER_H

#include <stdint.h>
#include <uv.h>

#include "config.h"
#include "log_limit.h"
#include "net.h"
#include "topics.h"

typedef struct broker broker_t;

/* A Produce request waiting for its data to be synced (acks=all). */
typedef struct sync_waiter {
    struct sync_waiter *prev, *next;
    req_t *req;
    void (*complete)(struct sync_waiter *w, int err);
} sync_waiter_t;

typedef struct sync_list {
    sync_waiter_t *head, *tail;
} sync_list_t;

struct broker {
    uv_loop_t *loop;
    broker_config_t cfg;

    int listen_fd;
    uv_poll_t listen_poll;
    uv_timer_t accept_timer; /* resumes accepting after EMFILE or ENFILE */
    log_limit_t accept_limit;
    int listening;
    conn_t *conns;
    int conn_count;
    uint64_t next_conn_id;

    /* Bytes of request frames over 64 KiB that are read or being read,
     * against queued.max.request.bytes. Connections whose next frame does
     * not fit wait in arrival order and are retried from an idle handle
     * once frames are freed. */
    int64_t request_bytes;
    conn_t *memory_head, *memory_tail;
    uv_idle_t memory_idle;
    log_limit_t memory_limit;

    topics_t topics;
    char cluster_id[32];

    /* Group commit: requests that arrived while a round was running wait in
     * `waiting`; when the round ends they form the next one. */
    sync_list_t waiting;
    sync_list_t in_round;
    int round_running;
    uv_work_t round_work;
    struct sync_round *round;

    uv_signal_t sigint, sigterm;
    uv_timer_t retention_timer;
    uv_timer_t sync_timer;

    /* Consumer groups. The group log takes part in sync rounds as a
     * partition of a topic that is not in the registry. */
    struct coord *coord;
    topic_t group_topic;
    partition_t group_partition;
    uv_timer_t group_timer;

    int stopping;
    int64_t start_us;
};

/* Runs the broker until SIGINT or SIGTERM. Returns the process exit code. */
int broker__run(broker_config_t *cfg);

/* Marks a partition as written so the next sync round includes it. */
void broker__mark_dirty(broker_t *b, partition_t *p);

/* Marks a partition as written with `bytes` more, and starts a sync round
 * for it once herald.sync.interval.bytes were appended to it since its
 * last round. */
void broker__appended(broker_t *b, partition_t *p, size_t bytes);

/* Queues `w` to complete after the next sync round that starts from now. */
void broker__wait_sync(broker_t *b, sync_waiter_t *w);

/* Removes `w` from whichever list holds it (its request was cancelled). */
void broker__cancel_sync(broker_t *b, sync_waiter_t *w);

#endif

/*
 * The group coordinator: consumer groups as Kafka's classic group protocol
 * defines them (JoinGroup, SyncGroup, Heartbeat, LeaveGroup), committed
 * offsets, and the internal log that makes both survive a restart.
 *
 * The request handlers in src/broker/ decode requests, call the functions
 * below and encode the results. Everything here runs on the broker's loop
 * thread. Time comes from the clock hooks in coord_config_t, so the state
 * machine can be driven without sockets or timers: the broker calls
 * coord__tick() a few times a second to expire sessions and end rebalances.
 *
 * The structs group_t and group_member_t are visible so that handlers can
 * read them (DescribeGroups, ListGroups); only src/group/ changes them.
 */
#ifndef HERALD_GROUP_H
#define HERALD_GROUP_H

#include <stdint.h>

#include "kmsg.h"
#include "log_limit.h"
#include "plog.h"

typedef struct coord coord_t;
typedef struct group group_t;
typedef struct group_member group_member_t;
typedef struct group_waiter group_waiter_t;

typedef enum group_state {
    GROUP_EMPTY = 0,
    GROUP_PREPARING_REBALANCE,
    GROUP_COMPLETING_REBALANCE,
    GROUP_STABLE,
    GROUP_DEAD,
} group_state_t;

/* Returns the state's name as DescribeGroups reports it ("Stable", ...). */
const char *group__state_name(group_state_t state);

typedef struct group_protocol {
    char *name;
    uint8_t *metadata;
    int32_t metadata_len;
} group_protocol_t;

struct group_member {
    group_member_t *next;        /* in the group's list, in join order */
    group_t *group;
    char *member_id;
    char *instance_id;           /* group.instance.id, or NULL (dynamic) */
    char *client_id;
    char *client_host;
    int32_t session_timeout_ms;
    int32_t rebalance_timeout_ms;
    group_protocol_t *protocols; /* in the member's order of preference */
    int protocol_count;
    uint8_t *assignment;         /* from the leader's SyncGroup */
    int32_t assignment_len;
    int joined;                  /* has (re)joined the current rebalance */
    int64_t deadline_ms;         /* session expiry, monotonic */
    group_waiter_t *join_waiter; /* JoinGroup waiting for the rebalance */
    group_waiter_t *sync_waiter; /* SyncGroup waiting for the leader */
};

/* A member id handed out with MEMBER_ID_REQUIRED and not yet used. */
typedef struct group_pending {
    struct group_pending *next;
    char *member_id;
    int64_t deadline_ms;
} group_pending_t;

typedef struct offset_table offset_table_t;

struct group {
    group_t *next;               /* hash chain */
    char *id;
    char log_id[96];             /* id quoted for log lines */
    group_state_t state;
    char *protocol_type;         /* NULL until a member joined */
    char *protocol_name;         /* NULL unless a generation has members */
    int32_t generation;
    char *leader_id;             /* NULL when there is no leader */
    group_member_t *members;
    int member_count;
    group_pending_t *pending;
    int64_t state_since_ms;      /* wall clock: when the state last changed */
    int64_t rebalance_deadline_ms; /* monotonic; 0 outside a join phase */
    offset_table_t *offsets;
    log_limit_t store_lines;      /* limit of "cannot store offsets" lines */
    log_limit_t assignment_lines; /* limit of failed assignment lines */
};

/* A committed offset. */
typedef struct group_offset {
    char *topic;
    int32_t partition;
    int64_t offset;
    int32_t leader_epoch;
    char *metadata;              /* never NULL */
    int64_t commit_ms;           /* wall clock */
    int64_t expire_ms;           /* explicit expiry (OffsetCommit v2-4), or -1 */
    uint8_t topic_id[16];        /* of the topic when committed */
} group_offset_t;

/* Hooks into the broker. `ctx` is passed back to each. */
typedef struct coord_config {
    const char *data_dir;        /* the log is <data_dir>/.groups */
    int clean;                   /* the last shutdown was clean */
    int64_t offsets_retention_ms;
    int64_t offsets_retention_check_ms; /* how often expiry runs */
    int32_t min_session_timeout_ms;
    int32_t max_session_timeout_ms;
    int64_t log_roll_bytes;      /* snapshot after this many bytes */
    void *ctx;
    /* Finds a topic: returns 1 and fills the id and partition count, or 0
     * when there is no such topic. */
    int (*find_topic)(void *ctx, const char *name, uint8_t id[16],
                      int32_t *partitions);
    /* Called after each append, so the next sync round includes the log. */
    void (*log_written)(void *ctx);
    int64_t (*mono_ms)(void);
    int64_t (*wall_ms)(void);
} coord_config_t;

/* Fills the Kafka defaults: retention 7 days checked every 10 min, session
 * timeouts from 6 s to 30 min, and a snapshot every 1 MiB of log. The
 * hooks are left NULL. */
void coord__config_defaults(coord_config_t *cfg);

/* Opens the group log and rebuilds every group and committed offset from
 * it. Returns 0, or a herald_err_t from the log with the reason logged. */
int coord__open(const coord_config_t *cfg, coord_t **out);

/* Answers every waiting request with COORDINATOR_NOT_AVAILABLE, closes the
 * log (with `clean`, after syncing it) and frees everything. */
void coord__close(coord_t *c, int clean);

/* The group log, for the broker's sync rounds. */
plog_t *coord__log(coord_t *c);

/* Expires sessions, pending member ids and join phases that ran past their
 * deadline, and drops old log segments once a snapshot is durable. */
void coord__tick(coord_t *c);

/* Removes expired offsets (offsets.retention.minutes), offsets of deleted
 * topics, and empty groups left without offsets. */
void coord__expire_offsets(coord_t *c);

/* Answers waiting JoinGroup and SyncGroup requests at once (shutdown). */
void coord__release_waiters(coord_t *c);

group_t *coord__find(coord_t *c, const char *group_id);

/* Calls fn for every group that is not Dead, in no particular order. */
void coord__foreach(coord_t *c, void (*fn)(group_t *g, void *arg), void *arg);

/* --- membership ---------------------------------------------------------- */

typedef struct group_join_member {
    const char *member_id;
    const char *instance_id;
    const uint8_t *metadata;     /* for the selected protocol */
    int32_t metadata_len;
} group_join_member_t;

typedef struct group_join_result {
    int16_t error;
    int32_t generation;          /* -1 on error */
    const char *protocol_type;   /* NULL on error */
    const char *protocol_name;
    const char *leader_id;       /* "" on error */
    const char *member_id;       /* the member's id, or "" */
    const group_join_member_t *members; /* the leader only */
    int member_count;
} group_join_result_t;

typedef struct group_sync_result {
    int16_t error;
    const char *protocol_type;
    const char *protocol_name;
    const uint8_t *assignment;
    int32_t assignment_len;
} group_sync_result_t;

/* A JoinGroup or SyncGroup request waiting for the group. The handler owns
 * it; the coordinator calls the callback exactly once, possibly before
 * coord__join() or coord__sync() returns, unless coord__cancel() ran
 * first. The result's strings live only during the call. */
struct group_waiter {
    void (*on_join)(group_waiter_t *w, const group_join_result_t *r);
    void (*on_sync)(group_waiter_t *w, const group_sync_result_t *r);
    group_member_t *member;      /* set while the waiter is parked */
    void *arg;                   /* the handler's */
};

typedef struct group_join_request {
    kmsg_str_t group_id;
    kmsg_str_t member_id;
    kmsg_str_t instance_id;      /* len -1: dynamic member */
    kmsg_str_t protocol_type;
    int32_t session_timeout_ms;
    int32_t rebalance_timeout_ms;
    const kmsg_join_group_request_protocol_t *protocols;
    int32_t protocol_count;
    const char *client_id;
    const char *client_host;
    int require_known_member_id; /* JoinGroup v4+ (KIP-394) */
} group_join_request_t;

void coord__join(coord_t *c, const group_join_request_t *r,
                 group_waiter_t *w);

typedef struct group_sync_request {
    kmsg_str_t group_id;
    kmsg_str_t member_id;
    kmsg_str_t instance_id;
    kmsg_str_t protocol_type;    /* SyncGroup v5; len -1 when absent */
    kmsg_str_t protocol_name;
    int32_t generation;
    const kmsg_sync_group_request_assignment_t *assignments;
    int32_t assignment_count;
} group_sync_request_t;

void coord__sync(coord_t *c, const group_sync_request_t *r,
                 group_waiter_t *w);

/* Unparks a waiter whose request went away (its connection closed). */
void coord__cancel(group_waiter_t *w);

/* Returns the Heartbeat error code. */
int16_t coord__heartbeat(coord_t *c, kmsg_str_t group_id,
                         kmsg_str_t member_id, kmsg_str_t instance_id,
                         int32_t generation);

typedef struct group_leave {
    kmsg_str_t member_id;
    kmsg_str_t instance_id;
    int16_t error;               /* out */
} group_leave_t;

/* Removes members (LeaveGroup). Returns the top-level error; each entry
 * gets its own error. */
int16_t coord__leave(coord_t *c, kmsg_str_t group_id, group_leave_t *members,
                     int count);

/* --- offsets ------------------------------------------------------------- */

typedef struct group_commit_entry {
    kmsg_str_t topic;
    int32_t partition;
    int64_t offset;
    int32_t leader_epoch;
    kmsg_str_t metadata;
    int16_t error;               /* out */
} group_commit_entry_t;

typedef struct group_commit_request {
    kmsg_str_t group_id;
    kmsg_str_t member_id;
    kmsg_str_t instance_id;
    int32_t generation;
    int64_t retention_ms;        /* OffsetCommit v2-4; -1 default */
    group_commit_entry_t *entries;
    int count;
} group_commit_request_t;

/* Validates and stores the offsets, returning only after they are in the
 * group log. Sets each entry's error. */
void coord__commit(coord_t *c, group_commit_request_t *r);

/* Returns the committed offset of a partition, or NULL. Offsets of a topic
 * that was deleted (or deleted and created again) are not returned. */
const group_offset_t *coord__fetch_offset(coord_t *c, const char *group_id,
                                          const char *topic,
                                          int32_t partition);

/* Returns every committed offset of the group, sorted by topic and
 * partition, in a malloc'd array of pointers the caller frees (not the
 * offsets). *count is 0 for an unknown group. Returns 0 or HERALD_ENOMEM. */
int coord__list_offsets(coord_t *c, const char *group_id,
                        const group_offset_t ***out, int *count);

/* Deletes a group that has no members (DeleteGroups). Returns the error. */
int16_t coord__delete_group(coord_t *c, kmsg_str_t group_id);

typedef struct group_offset_delete {
    kmsg_str_t topic;
    int32_t partition;
    int16_t error;               /* out */
} group_offset_delete_t;

/* Deletes committed offsets (OffsetDelete). Returns the top-level error. */
int16_t coord__delete_offsets(coord_t *c, kmsg_str_t group_id,
                              group_offset_delete_t *entries, int count);

#endif

/*
 * The coordinator's state and the functions its files share:
 * coordinator.c (registry, timers, expiry, DeleteGroups), membership.c (the
 * group state machine), offsets.c (committed offsets) and group_log.c
 * (persistence). Not for use outside src/group/.
 */
#ifndef HERALD_GROUP_INTERNAL_H
#define HERALD_GROUP_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "group.h"

/* offset.metadata.max.bytes: Kafka's default limit on commit metadata. */
#define GROUP_OFFSET_METADATA_MAX 4096

#ifndef KERR_OFFSET_METADATA_TOO_LARGE
#define KERR_OFFSET_METADATA_TOO_LARGE 12
#endif

struct coord {
    coord_config_t cfg;
    plog_t *log;
    plog_config_t log_cfg;
    group_t **buckets;
    size_t bucket_count;
    size_t count;
    int64_t last_expire_ms;

    /* Snapshots: once `bytes_since_snapshot` passes the threshold the log
     * rolls and the live state is written again from the new segment on.
     * Older segments go once the snapshot is durable. */
    int64_t bytes_since_snapshot;
    int64_t last_snapshot_bytes;
    int drop_pending;
    int64_t drop_durable_offset; /* the snapshot's end offset */
    int64_t drop_bytes_before;   /* bytes in the segments before it */
};

/* --- coordinator.c ------------------------------------------------------- */

/* Returns the group, creating it Empty when absent; NULL when out of
 * memory. */
group_t *coord__get_or_create(coord_t *c, const char *group_id);

/* Unlinks a group from the registry and frees it with its members and
 * offsets. Waiting requests get COORDINATOR_NOT_AVAILABLE. */
void coord__remove_group(coord_t *c, group_t *g);

/* Sets the state and the time it changed. */
void group__transition(coord_t *c, group_t *g, group_state_t state);

/* Copies a wire string into a malloc'd C string. Returns NULL when it is
 * null, holds a NUL byte or memory is short. */
char *group__strdup(kmsg_str_t s);
/* As group__strdup for a group id from a request, which must also be
 * UTF-8. */
char *group__id_strdup(kmsg_str_t s);

/* Compares a wire string with a C string (NULL matches only null). */
int group__str_eq(kmsg_str_t s, const char *c);

/* Maps a herald_err_t from the group log to the error a client sees. */
int16_t group__log_error(int err);

/* --- membership.c -------------------------------------------------------- */

void membership__free_member(group_member_t *m);

/* Answers both waiters of every member with `error` (shutdown, removal). */
void membership__fail_waiters(group_t *g, int16_t error);

/* Expires sessions, pending ids and join deadlines of one group. */
void membership__tick(coord_t *c, group_t *g, int64_t now_ms);

group_member_t *membership__find(group_t *g, const char *member_id);

/* Checks a static member's id (FENCED_INSTANCE_ID when another member id
 * holds the instance id). Returns 0 or the error. */
int16_t membership__check_fenced(group_t *g, kmsg_str_t member_id,
                                 kmsg_str_t instance_id);

/* --- offsets.c ----------------------------------------------------------- */

offset_table_t *offsets__new(void);
void offsets__free(offset_table_t *t);
group_offset_t *offsets__get(offset_table_t *t, const char *topic,
                             int32_t partition);

/* Stores a copy of `o`, replacing an offset of the same partition. Returns
 * 0 or HERALD_ENOMEM. */
int offsets__put(offset_table_t *t, const group_offset_t *o);
void offsets__remove(offset_table_t *t, const char *topic, int32_t partition);
size_t offsets__count(const offset_table_t *t);

/* Lists the offsets, sorted by topic and partition, in a malloc'd array.
 * Returns 0 or HERALD_ENOMEM. */
int offsets__list(offset_table_t *t, group_offset_t ***out, size_t *count);

/* Returns 1 when the offset's topic still exists with the same id. */
int offsets__topic_alive(coord_t *c, const group_offset_t *o);

/* --- group_log.c --------------------------------------------------------- */

/* Opens <data_dir>/.groups and replays it into the registry. */
int group_log__open(coord_t *c);
void group_log__close(coord_t *c, int clean);

/* Writes the group's metadata: members, generation, protocol and
 * assignments. Returns 0 or a herald_err_t. */
int group_log__write_group(coord_t *c, group_t *g);

/* Writes a tombstone that removes the group and all its offsets. */
int group_log__write_group_tombstone(coord_t *c, const char *group_id);

/* Writes offsets of one group in a single batch. */
int group_log__write_offsets(coord_t *c, const char *group_id,
                             const group_offset_t *const *offsets, int count);

/* Writes tombstones for offsets of one group in a single batch. */
int group_log__write_offset_tombstones(coord_t *c, const char *group_id,
                                       const group_offset_t *const *offsets,
                                       int count);

/* Rolls and writes a snapshot when enough was written since the last one,
 * and drops old segments once the snapshot is durable. */
void group_log__maintain(coord_t *c);

#endif

/*
 * The partition log's state, shared by the files that implement it:
 * plog.c (open, append, read, roll), recovery.c (checkpoint and recovery
 * at open), retention.c (retention and timestamp lookup) and sync.c (group
 * commit). Not for use outside src/storage/.
 */
#ifndef HERALD_STORAGE_PLOG_INTERNAL_H
#define HERALD_STORAGE_PLOG_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "log_limit.h"
#include "plog.h"
#include "producer.h"
#include "segment.h"

#define CHECKPOINT_NAME "recovery-checkpoint"
#define CHECKPOINT_INTERVAL_MS 3000
#define CHECKPOINT_MAX_BYTES (64LL << 20) /* bounds the scan at recovery */
#define SNAPSHOTS_KEPT 2

/* Where the data known synced ends: offset `offset`, which is position
 * `position` in the segment with base offset `segment_base`. */
typedef struct plog_checkpoint {
    int64_t segment_base;
    int64_t position;
    int64_t offset;
} plog_checkpoint_t;

#define CHECKPOINT_BYTES 30

struct plog {
    char *dir;
    plog_config_t cfg;
    segment_t **segs; /* by base offset, the last one active */
    size_t count;
    size_t cap;
    int64_t size_bytes;
    int64_t durable;
    producer_table_t producers;
    int failed; /* set when a failed append could not be cut back */
    const char *reject_reason; /* why the last append was invalid, or NULL */
    log_limit_t roll_lines;    /* limit of "segment roll failed" lines */

    /* Group commit, loop thread only. */
    int sync_inflight;
    uint64_t dir_changes;  /* segments created, each needing a dir fsync */
    uint64_t dir_synced;   /* value of dir_changes at the last dir fsync */
    uint64_t rolls;        /* rolls so far */
    uint64_t rolls_checkpointed;
    int64_t checkpoint_ms;
    int64_t checkpoint_offset; /* -1 when no checkpoint exists */
    int64_t appended_bytes;    /* bytes appended since open */
    int64_t checkpoint_appended; /* appended_bytes at the last checkpoint */
    int64_t snapshots[SNAPSHOTS_KEPT + 1]; /* offsets on disk, ascending */
    size_t snapshot_count;

    /* Neighbours in the list of open logs (plog__release_all_preallocation). */
    plog_t *open_prev, *open_next;
};

static inline segment_t *plog__active(const plog_t *log)
{
    return log->segs[log->count - 1];
}

/* Rolls to a new empty active segment at the log end, unless the active
 * segment is empty. Returns 0 or an error. */
int plog__roll(plog_t *log);

/* Removes the oldest segment: unlinks its files and drops the log's
 * reference. There must be at least two segments. */
void plog__remove_oldest(plog_t *log, const char *reason);

/* Removes segments from index `from` to the end (after a recovery cut). */
void plog__remove_from(plog_t *log, size_t from);

/* Index of the segment that contains `offset`, which must be within
 * [log start, log end]. */
size_t plog__segment_for(const plog_t *log, int64_t offset);

/* Recovers or checks the segments listed at open, loads the producer state
 * and sets the durable offset. */
int recovery__run(plog_t *log, int clean, plog_open_stats_t *stats);

void checkpoint__encode(const plog_checkpoint_t *c,
                        uint8_t out[CHECKPOINT_BYTES]);
int checkpoint__decode(const uint8_t *data, size_t len, plog_checkpoint_t *c);

/* Syncs everything and writes the snapshot and checkpoint at the log end,
 * on the calling thread (clean close). */
int sync__all(plog_t *log);

/* Allocates blocks of the .log of active segment `seg` past `end`, the
 * size it will have after the next append, unless they are allocated
 * already. A failure is not reported, because the append then runs
 * without preallocated blocks as it would have anyway. Loop thread only. */
void prealloc__extend(segment_t *seg, int64_t end, int64_t segment_bytes);

/* Frees the blocks past the end of the .log of `seg`, when it has more
 * than its data needs. Returns 0 or HERALD_EIO. */
int prealloc__release(segment_t *seg);

/* Stops preallocation in every log for a while, after a write failed for
 * lack of space. Loop thread only. */
void prealloc__pause(void);

/* Frees the blocks preallocated past the data of the active segment of
 * every open log, after a write failed for lack of space, because unused
 * blocks of idle logs may be all the space there is. Loop thread only. */
void plog__release_all_preallocation(void);

/* Formats a snapshot file name for `offset` into `out`. */
void snapshot__name(char *out, size_t size, int64_t offset);

#endif

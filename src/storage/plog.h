/*
 * The partition log: one directory per topic partition, holding segment
 * files named by base offset as Kafka lays them out.
 *
 *   00000000000000000000.log        record batches (magic 2), as produced
 *   00000000000000000000.index      sparse offset index
 *   00000000000000000000.timeindex  sparse timestamp index
 *   00000000000000001234.snapshot   producer state at offset 1234
 *   recovery-checkpoint             offset and position known synced
 *
 * Threads: every function runs on the broker's event-loop thread, except
 * plog__sync_run(), which runs on the sync thread, and plog__slice_release()
 * and the segment reference counts, which are safe from any thread.
 */
#ifndef HERALD_STORAGE_PLOG_H
#define HERALD_STORAGE_PLOG_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "herald/error.h"

typedef struct plog_config {
    int64_t segment_bytes;        /* roll when the active segment would pass
                                     this; 1 GiB, at most INT32_MAX */
    int64_t segment_ms;           /* roll when the active segment is older;
                                     7 days */
    int64_t retention_bytes;      /* -1 = unlimited */
    int64_t retention_ms;         /* -1 = unlimited, default 7 days */
    int32_t max_message_bytes;    /* largest batch accepted, 1048588 */
    int32_t index_interval_bytes; /* bytes of log between index entries;
                                     4096 */
} plog_config_t;

/* Fills `c` with Kafka's defaults for the topic settings above. */
void plog__config_defaults(plog_config_t *c);

typedef struct plog plog_t;
typedef struct plog_segment plog_segment_t;

typedef struct plog_open_stats {
    int64_t segments;        /* segment files found */
    int64_t bytes_scanned;   /* log bytes read to recover or find the end */
    int64_t bytes_truncated; /* torn or corrupt bytes cut off */
    int indexes_rebuilt;     /* segments whose indexes were rebuilt */
    int64_t duration_us;
} plog_open_stats_t;

/* Opens the log in `dir`, creating the directory and an empty first segment
 * when absent. `clean` is nonzero when the broker shut down cleanly last
 * time. When it is zero, the data written after the recovery checkpoint is checked
 * batch by batch and cut at the first torn or corrupt batch. `stats` may be
 * NULL. Configuration values out of range are clamped as by
 * plog__set_config(). Returns 0 and sets *out, or HERALD_EIO, HERALD_ENOSPC,
 * HERALD_ENOMEM, HERALD_EINVAL (a NULL argument or a path too long). */
int plog__open(const char *dir, const plog_config_t *cfg, int clean,
               plog_t **out, plog_open_stats_t *stats);

/* Replaces the configuration, which applies from the next append or
 * retention pass. Invalid values are clamped to the nearest valid one. */
void plog__set_config(plog_t *log, const plog_config_t *cfg);

/* Closes the log and frees it. With `clean`, first syncs all data and writes
 * the producer snapshot and the recovery checkpoint at the log end, so the
 * next open reads only the batches after the active segment's last index
 * entry. No sync job may be in flight. Slices still held keep their
 * segments open until released. */
void plog__close(plog_t *log, int clean);

/* Closes the log and removes its directory and every file in it (topic
 * deletion). No sync job may be in flight. Returns 0 or HERALD_EIO, and
 * frees the log either way. */
int plog__destroy(plog_t *log);

int64_t plog__log_start_offset(const plog_t *log);
int64_t plog__log_end_offset(const plog_t *log); /* next offset to assign */
int64_t plog__size_bytes(const plog_t *log);     /* bytes in all segments */

/* Validates and appends the record batches in `data` (one or more, as a
 * Produce request carries them). The buffer must be writable: the BaseOffset
 * of each batch is overwritten with the assigned offset. Batches are checked
 * for whole batches only, magic 2, a sane length, CRC-32C, RecordCount ==
 * LastOffsetDelta + 1 and at most max_message_bytes each.
 *
 * Idempotent producers (ProducerId >= 0) are checked by epoch and sequence as
 * Kafka does: a retried batch that matches one of the producer's last 5
 * batches is not written again and returns HERALD_EDUPLICATE with
 * *base_offset set to its original offset. A sequence gap returns
 * HERALD_ESEQUENCE, an older epoch HERALD_EFENCED, an unknown producer whose
 * first sequence is not 0 HERALD_ENOENT (UNKNOWN_PRODUCER_ID). Transactional
 * and control batches return HERALD_EUNSUPPORTED.
 *
 * Other errors: HERALD_ECORRUPT, HERALD_ETOOBIG, HERALD_ENOSPC, HERALD_EIO.
 * On any error nothing of the request stays in the log and the end offset is
 * unchanged. On success *base_offset is the first assigned offset and
 * *log_append_time is -1 (CreateTime). */
int plog__append(plog_t *log, uint8_t *data, size_t len, int64_t *base_offset,
                 int64_t *log_append_time);
/* Returns which check the batches of the last plog__append failed, a
 * static string, when it returned HERALD_ECORRUPT, HERALD_ETOOBIG or
 * HERALD_EUNSUPPORTED; NULL otherwise. */
const char *plog__reject_reason(const plog_t *log);

/* A range of one segment's .log file, for sendfile(2). */
typedef struct plog_slice {
    plog_segment_t *segment; /* reference, see plog__slice_release() */
    int fd;
    int64_t position;
    int32_t len; /* 0: nothing at or after the offset yet */
} plog_slice_t;

/* Finds whole batches starting with the one that contains `offset`, up to
 * `max_bytes`, but at least one whole batch when one exists at or after
 * `offset` (KIP-74). The range never crosses a segment end. Returns 0,
 * HERALD_ERANGE when offset < log start or offset > log end, or HERALD_EIO.
 * On success the caller owns a segment reference in out->segment, even when
 * out->len is 0. */
int plog__read(plog_t *log, int64_t offset, int32_t max_bytes,
               plog_slice_t *out);

/* Releases a slice's segment reference. The signature matches a
 * void (*)(void *) release callback. Safe from any thread. NULL is ignored.
 */
void plog__slice_release(void *segment);

/* Special timestamps of ListOffsets (API key 2). */
#define PLOG_TS_LATEST (-1)
#define PLOG_TS_EARLIEST (-2)

/* Finds the first batch whose MaxTimestamp >= ts and returns its base offset
 * and MaxTimestamp, or *offset = -1 and *timestamp = -1 when there is none.
 * PLOG_TS_LATEST returns the log end and PLOG_TS_EARLIEST the log start,
 * both with timestamp -1. Returns 0 or HERALD_EIO. */
int plog__offset_for_time(plog_t *log, int64_t ts, int64_t *offset,
                          int64_t *timestamp);

/* Deletes whole closed segments whose largest timestamp is older than
 * retention_ms, and oldest segments while the log stays at least
 * retention_bytes without them (as Kafka's retention.bytes), never the
 * active segment. Moves the log start offset. Rolls the active segment when
 * it is non-empty and older than segment_ms. Returns the number of segments
 * deleted, or a negative HERALD_E* when rolling failed. */
int plog__enforce_retention(plog_t *log, int64_t now_ms);

/* Durability by group commit, in three steps:
 *   loop thread:  job = plog__sync_prepare(log)
 *   sync thread:  plog__sync_run(job)
 *   loop thread:  plog__sync_finish(log, job)
 * The loop thread may keep appending, rolling and deleting segments while a
 * job runs, because the job holds references to the segments it syncs. */
typedef struct plog_sync plog_sync_t;

/* Captures the unsynced segments and the end offset. Returns NULL when
 * nothing is unsynced and no checkpoint is due, when a job for this log is
 * still in flight, or when out of memory. A checkpoint falls due a few
 * seconds after the last one, so call this now and then even for a log
 * without new appends, or the next unclean open scans more. */
plog_sync_t *plog__sync_prepare(plog_t *log);

/* Sync thread: fdatasyncs the captured files, fsyncs the directory when a
 * segment was created, and when due writes the producer snapshot and the
 * recovery checkpoint. Returns 0, HERALD_EIO or HERALD_ENOSPC. */
int plog__sync_run(plog_sync_t *job);

/* Loop thread: frees the job. On success the durable offset moves to the
 * captured end offset. Returns the job's result. */
int plog__sync_finish(plog_t *log, plog_sync_t *job);

/* Offset below which every batch is known to be on stable storage. */
int64_t plog__durable_offset(const plog_t *log);

/* For tests only: replaces pwrite(2) for every write the storage module
 * makes (log, index, snapshot and checkpoint files), so a test can fail a
 * write with ENOSPC or make it short. NULL restores pwrite(2). Not
 * thread-safe: set it while no log is in use on another thread. */
typedef ssize_t (*plog_write_fn)(int fd, const void *buf, size_t len,
                                 off_t pos);
void plog__set_write_hook(plog_write_fn fn);

#endif

/*
 * One segment of a partition log: a .log file of record batches with its
 * sparse .index and .timeindex. Segments are reference counted so that a
 * sync job or a fetch slice can keep one open after the log has rolled past
 * it or retention has deleted it.
 */
#ifndef HERALD_STORAGE_SEGMENT_H
#define HERALD_STORAGE_SEGMENT_H

#include <stdatomic.h>
#include <stdint.h>

#include "batch.h"

#define INDEX_ENTRY_BYTES 8 /* relative offset u32, position u32 */
#define TIME_ENTRY_BYTES 12 /* timestamp i64, relative offset u32 */

/* What the next index entries depend on. Appends and index rebuilds update
 * it the same way, so a rebuilt index equals the one appends wrote. */
typedef struct seg_index_state {
    int64_t entries;       /* entries in .index */
    int64_t time_entries;  /* entries in .timeindex */
    int64_t bytes_since;   /* log bytes since the last .index entry */
    int64_t max_ts;        /* largest MaxTimestamp so far, -1 none */
    int64_t max_ts_offset; /* base offset of the batch holding max_ts */
    int64_t last_time_ts;  /* timestamp of the last .timeindex entry */
    uint32_t last_rel;     /* last .index entry, when entries > 0 */
    uint32_t last_pos;
} seg_index_state_t;

struct plog_segment {
    atomic_int refs;
    int64_t base_offset;
    char *path; /* "<dir>/<20-digit base offset>", no suffix */
    int fd;     /* .log; -1 until first needed */
    int index_fd;
    int time_fd;
    int index_ready; /* index files open and `index` valid */
    int64_t size;        /* bytes of whole batches in .log */
    int64_t end_offset;  /* next offset after the last batch; closed
                            segments: the next segment's base offset */
    int64_t synced_size; /* bytes known synced; loop thread only */
    int64_t synced_entries;      /* .index entries known synced */
    int64_t synced_time_entries; /* .timeindex entries known synced */
    int64_t mtime_ms;
    int64_t roll_base_ms; /* wall time the segment started filling */
    int64_t prealloc_end; /* .log blocks allocated up to here (prealloc.c) */
    seg_index_state_t index;
};

typedef struct plog_segment segment_t;

/* Buffered reader of batch headers inside one .log file. */
typedef struct seg_scan {
    int fd;
    int64_t limit; /* bytes past this position are not read */
    uint8_t *buf;
    size_t cap;
    int64_t buf_pos; /* file position of buf[0] */
    size_t buf_len;
} seg_scan_t;

void scan__init(seg_scan_t *s, int fd, int64_t limit, uint8_t *buf,
                size_t cap);

/* Reads and checks the batch header at `pos`. Returns 1, 0 when `pos` is the
 * limit, HERALD_ECORRUPT for a torn or invalid header, HERALD_EIO. */
int scan__header(seg_scan_t *s, int64_t pos, batch_header_t *h);

/* Checks the CRC-32C of the batch at `pos`. Returns 0, HERALD_ECORRUPT or
 * HERALD_EIO. */
int scan__check_crc(seg_scan_t *s, int64_t pos, const batch_header_t *h);

/* Allocates a segment of `dir` with one reference and no open files. */
segment_t *segment__new(const char *dir, int64_t base_offset);

void segment__ref(segment_t *seg);
/* Drops a reference. The last one closes the files and frees the segment.
 * Safe from any thread. */
void segment__unref(segment_t *seg);

/* Creates the three empty files of a new segment and opens them. Returns 0,
 * HERALD_EEXIST when the .log exists, HERALD_ENOSPC or HERALD_EIO. */
int segment__create(segment_t *seg);

/* Opens the .log file when not yet open. Returns 0 or HERALD_EIO. */
int segment__open_log(segment_t *seg);

/* Opens both index files (creating them when `create`) and takes the entry
 * counts from their sizes, ignoring a partial last entry. The state set is
 * what a closed segment needs, and recovery and rebuilds replace it. Returns 0,
 * HERALD_ENOENT when a file is missing, or HERALD_EIO. */
int segment__open_index(segment_t *seg, int create);

/* Opens the index files of a closed segment, rebuilding them by a scan when
 * either is missing. `rebuilt` may be NULL. Returns 0 or an error. */
int segment__load_index(segment_t *seg, int32_t interval, int *rebuilt);

/* Rebuilds the indexes of `seg` from its .log: keeps the first `keep` .index
 * entries (and the .timeindex entries written with them), then scans the
 * batches that follow, checking the CRC of those at or after `verify_from`.
 * Stops at the first torn, invalid or out-of-sequence batch. Sets
 * seg->size, seg->end_offset and seg->index, and the bytes read in
 * *scanned. Returns 0 (the scan may have stopped early: compare seg->size
 * with the file size) or HERALD_EIO/HERALD_ENOSPC. */
int segment__rebuild(segment_t *seg, int64_t keep, int64_t verify_from,
                     int32_t interval, int64_t *scanned);

/* Number of leading .index entries with a position at or below `pos`. */
int segment__index_count_upto(segment_t *seg, int64_t pos, int64_t *count);

/* Records the batch `h` just written at `pos` in the indexes (an entry once
 * `interval` bytes have passed since the last one). Returns 0 or a write
 * error, in which case the indexes may hold a partial entry. */
int segment__track(segment_t *seg, const batch_header_t *h, int64_t pos,
                   int32_t interval);

/* Cuts the index files back to `state` after a failed append. */
int segment__restore_index(segment_t *seg, const seg_index_state_t *state);

/* Writes the final .timeindex entry of a segment that is being closed. */
int segment__finish_index(segment_t *seg);

/* Returns in *pos the position of the batch that contains `offset`, or the
 * segment size when no batch at or after `offset` is in the segment, and
 * its header in *h (when found). Returns 1 found, 0 not found, or an
 * error. */
int segment__find(segment_t *seg, int64_t offset, int64_t *pos,
                  batch_header_t *h);

/* Returns in *end the end of the last whole batch that ends at or before
 * `limit`, starting from the batch at `pos` (whose end is the minimum). */
int segment__batches_end(segment_t *seg, int64_t pos, int64_t limit,
                         int64_t *end);

/* Loads the largest MaxTimestamp of a closed segment (-1 when it has none).
 */
int segment__max_timestamp(segment_t *seg, int32_t interval, int64_t *ts);

/* Finds the first batch in the segment with MaxTimestamp >= ts. Returns 1
 * and its base offset and timestamp, 0 when none, or an error. */
int segment__find_time(segment_t *seg, int64_t ts, int64_t *offset,
                       int64_t *timestamp);

/* Unlinks the segment's files. Open descriptors stay valid. */
void segment__unlink(segment_t *seg);

#endif

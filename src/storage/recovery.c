/*
 * Opening a log after a clean or an unclean shutdown: the recovery
 * checkpoint, the scan of what was written after it, and loading the
 * producer state from the newest snapshot.
 *
 * Start-up cost grows with the data written since the last checkpoint, not
 * with the data kept. Closed segments before the checkpoint are not read
 * here. Within the checkpoint's segment, the scan starts at the last index
 * entry before the checkpoint position.
 *
 * Checkpoint file, big-endian: version u16 (1), crc u32 (CRC-32C of what
 * follows), segment base offset i64, position i64, offset i64.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "clock.h"
#include "crc32c.h"
#include "herald/error.h"
#include "io.h"
#include "log.h"
#include "plog_internal.h"

#define CHECKPOINT_VERSION 1
#define SNAPSHOT_MAX_BYTES (256u << 20)
#define REPLAY_BUF_BYTES 65536

/* Where the scan at open starts. */
typedef struct scan_start {
    size_t segment;      /* index into log->segs */
    int64_t keep_pos;    /* keep .index entries at or below, -1 none */
    int64_t verify_from; /* check CRCs from this position of `segment` */
    int64_t durable;     /* offset known synced */
} scan_start_t;

void checkpoint__encode(const plog_checkpoint_t *c,
                        uint8_t out[CHECKPOINT_BYTES])
{
    out[0] = 0;
    out[1] = CHECKPOINT_VERSION;
    be__put_u64(out + 6, (uint64_t)c->segment_base);
    be__put_u64(out + 14, (uint64_t)c->position);
    be__put_u64(out + 22, (uint64_t)c->offset);
    be__put_u32(out + 2, crc32c__compute(out + 6, CHECKPOINT_BYTES - 6));
}

int checkpoint__decode(const uint8_t *data, size_t len, plog_checkpoint_t *c)
{
    if (len != CHECKPOINT_BYTES || data[0] != 0 ||
        data[1] != CHECKPOINT_VERSION ||
        crc32c__compute(data + 6, CHECKPOINT_BYTES - 6) != be__u32(data + 2))
        return HERALD_ECORRUPT;
    c->segment_base = (int64_t)be__u64(data + 6);
    c->position = (int64_t)be__u64(data + 14);
    c->offset = (int64_t)be__u64(data + 22);
    if (c->segment_base < 0 || c->position < 0 || c->offset < c->segment_base)
        return HERALD_ECORRUPT;
    return 0;
}

void snapshot__name(char *out, size_t size, int64_t offset)
{
    snprintf(out, size, "%020lld.snapshot", (long long)offset);
}

static int read_checkpoint(const plog_t *log, plog_checkpoint_t *c)
{
    char path[PATH_MAX];
    uint8_t *data;
    size_t len;
    int rc;

    if ((size_t)snprintf(path, sizeof path, "%s/" CHECKPOINT_NAME,
                         log->dir) >= sizeof path)
        return HERALD_EINVAL;
    rc = io__read_file(path, 64, &data, &len);
    if (rc == HERALD_ETOOBIG)
        rc = HERALD_ECORRUPT;
    if (rc != 0)
        return rc;
    rc = checkpoint__decode(data, len, c);
    free(data);
    return rc;
}

/* Unclean open: start at the checkpoint when its segment is there and long
 * enough, else at the first segment after it, else at the active segment.
 */
static void pick_unclean_start(plog_t *log, scan_start_t *st)
{
    plog_checkpoint_t ck;
    int rc = read_checkpoint(log, &ck);
    size_t active = log->count - 1;

    st->segment = active;
    st->keep_pos = -1;
    st->verify_from = 0;
    st->durable = log->segs[active]->base_offset;
    if (rc != 0) {
        if (rc != HERALD_ENOENT)
            LOG_WARN("storage", "recovery checkpoint unreadable",
                     "dir=%s err=%s", log->dir, herald_err_name(rc));
        return;
    }
    log->checkpoint_offset = ck.offset;
    for (size_t i = 0; i < log->count; i++) {
        segment_t *seg = log->segs[i];

        if (seg->base_offset < ck.segment_base)
            continue;
        st->segment = i;
        st->durable = seg->base_offset;
        if (seg->base_offset > ck.segment_base)
            return;
        if (ck.position > seg->size) {
            LOG_WARN("storage", "log shorter than recovery checkpoint",
                     "dir=%s segment=%020lld position=%lld size=%lld",
                     log->dir, (long long)seg->base_offset,
                     (long long)ck.position, (long long)seg->size);
            return;
        }
        st->keep_pos = ck.position;
        st->verify_from = ck.position;
        st->durable = ck.offset;
        return;
    }
}

/* Cuts segment `i` at its scanned size and removes the segments after it:
 * they follow a torn or corrupt batch. */
static int cut_tail(plog_t *log, size_t i, int64_t file_size,
                    plog_open_stats_t *stats)
{
    segment_t *seg = log->segs[i];
    int64_t cut = file_size - seg->size;

    for (size_t j = i + 1; j < log->count; j++)
        cut += log->segs[j]->size;
    LOG_WARN("storage", "truncated torn log tail",
             "dir=%s segment=%020lld position=%lld bytes=%lld", log->dir,
             (long long)seg->base_offset, (long long)seg->size,
             (long long)cut);
    stats->bytes_truncated += cut;
    if (ftruncate(seg->fd, seg->size) != 0)
        return HERALD_EIO;
    plog__remove_from(log, i + 1);
    return 0;
}

/* Scans segment `i` from its anchor, checking CRCs from `verify_from`, and
 * cuts the log after the last good batch. Returns 1 when it cut. */
static int scan_segment(plog_t *log, size_t i, int64_t keep_pos,
                        int64_t verify_from, plog_open_stats_t *stats)
{
    segment_t *seg = log->segs[i];
    int64_t file_size = seg->size, keep = 0, scanned = 0;
    int rc = segment__open_log(seg);

    if (rc == 0)
        rc = segment__open_index(seg, 1);
    if (rc == 0 && keep_pos >= 0)
        rc = segment__index_count_upto(seg, keep_pos, &keep);
    if (rc == 0)
        rc = segment__rebuild(seg, keep, verify_from,
                              log->cfg.index_interval_bytes, &scanned);
    if (rc != 0)
        return rc;
    stats->bytes_scanned += scanned;
    log->size_bytes += seg->size - file_size;
    if (seg->size < file_size) {
        rc = cut_tail(log, i, file_size, stats);
        return rc != 0 ? rc : 1;
    }
    return 0;
}

/* Removes the empty last segment after segment `i` when its base offset is
 * not where segment `i` ends: it is a stray file, not the result of a roll.
 */
static void drop_stray_next(plog_t *log, size_t i)
{
    segment_t *next = log->segs[i + 1];

    if (i + 2 != log->count || next->size != 0 ||
        next->base_offset == log->segs[i]->end_offset)
        return;
    LOG_WARN("storage", "removed stray empty segment",
             "dir=%s segment=%020lld log_end=%lld", log->dir,
             (long long)next->base_offset,
             (long long)log->segs[i]->end_offset);
    plog__remove_from(log, i + 1);
}

static int scan_from(plog_t *log, const scan_start_t *st, int clean,
                     plog_open_stats_t *stats)
{
    for (size_t i = st->segment; i < log->count; i++) {
        segment_t *seg = log->segs[i];
        int first = i == st->segment;
        int64_t keep_pos = -1, verify_from = clean ? INT64_MAX : 0;
        int rc;

        /* Segments after the first are newer than the checkpoint. */
        if (first) {
            keep_pos = st->keep_pos;
            verify_from = st->verify_from;
        }
        rc = scan_segment(log, i, keep_pos, verify_from, stats);

        if (rc < 0)
            return rc;
        if (!clean)
            stats->indexes_rebuilt++;
        seg->synced_size = 0;
        if (clean)
            seg->synced_size = seg->size;
        else if (first)
            seg->synced_size =
                verify_from < seg->size ? verify_from : seg->size;
        seg->synced_entries = clean ? seg->index.entries : 0;
        seg->synced_time_entries = clean ? seg->index.time_entries : 0;
        if (rc == 1)
            break;
        if (i + 1 < log->count) {
            rc = segment__finish_index(seg);
            if (rc != 0)
                return rc;
            drop_stray_next(log, i);
        }
    }
    return 0;
}

/* Sets when the active segment started filling from its first batch, so a
 * restart does not reset the segment_ms clock. */
static void set_roll_base(segment_t *seg)
{
    int64_t now = clock__wall_ms();
    uint8_t buf[BATCH_HEADER_BYTES];
    seg_scan_t s;
    batch_header_t h;

    seg->roll_base_ms = now;
    scan__init(&s, seg->fd, seg->size, buf, sizeof buf);
    if (scan__header(&s, 0, &h) == 1 && h.max_timestamp > 0 &&
        h.max_timestamp <= now)
        seg->roll_base_ms = h.max_timestamp;
}

/* Replays the producer ids of the batches from `from` to the log end. */
static int replay_producers(plog_t *log, int64_t from)
{
    uint8_t *buf = malloc(REPLAY_BUF_BYTES);
    int rc = buf == NULL ? HERALD_ENOMEM : 0;

    if (from < plog__log_start_offset(log))
        from = plog__log_start_offset(log);
    for (size_t i = plog__segment_for(log, from); rc == 0 && i < log->count;
         i++) {
        segment_t *seg = log->segs[i];
        batch_header_t h;
        seg_scan_t s;
        int64_t pos = 0;

        rc = segment__load_index(seg, log->cfg.index_interval_bytes, NULL);
        if (rc == 0 && (rc = segment__find(seg, from, &pos, &h)) >= 0)
            rc = 0;
        scan__init(&s, seg->fd, seg->size, buf, REPLAY_BUF_BYTES);
        while (rc == 0 && scan__header(&s, pos, &h) == 1) {
            if (h.producer_id >= 0 && h.base_offset >= from)
                rc = producer__replay(&log->producers, &h);
            pos += batch__size(&h);
        }
    }
    free(buf);
    return rc;
}

static int load_snapshot(plog_t *log, int64_t offset)
{
    char name[64], path[PATH_MAX];
    uint8_t *data;
    size_t len;
    int rc;

    snapshot__name(name, sizeof name, offset);
    if ((size_t)snprintf(path, sizeof path, "%s/%s", log->dir, name) >=
        sizeof path)
        return HERALD_EINVAL;
    rc = io__read_file(path, SNAPSHOT_MAX_BYTES, &data, &len);
    if (rc == 0) {
        rc = producer__decode(&log->producers, data, len);
        free(data);
    }
    if (rc != 0)
        LOG_WARN("storage", "producer snapshot unreadable",
                 "dir=%s snapshot=%s err=%s", log->dir, name,
                 herald_err_name(rc));
    return rc;
}

/* Loads the newest snapshot at or below the log end and replays the batches
 * after it. Snapshots past the log end (the log was cut) are deleted. */
static int load_producers(plog_t *log)
{
    int64_t end = plog__log_end_offset(log);
    int64_t from = plog__active(log)->base_offset;
    char name[64], path[PATH_MAX];

    while (log->snapshot_count > 0 &&
           log->snapshots[log->snapshot_count - 1] > end) {
        snapshot__name(name, sizeof name,
                       log->snapshots[--log->snapshot_count]);
        if ((size_t)snprintf(path, sizeof path, "%s/%s", log->dir, name) <
            sizeof path)
            unlink(path);
    }
    /* NOTE: without a readable snapshot only the active segment is
     * replayed, so producers last seen before it are unknown and get
     * UNKNOWN_PRODUCER_ID when they resume with a sequence above 0. */
    for (size_t i = log->snapshot_count; i > 0; i--) {
        if (load_snapshot(log, log->snapshots[i - 1]) == 0) {
            from = log->snapshots[i - 1];
            break;
        }
    }
    return replay_producers(log, from);
}

int recovery__run(plog_t *log, int clean, plog_open_stats_t *stats)
{
    scan_start_t st = {.segment = log->count - 1, .keep_pos = INT64_MAX,
                       .verify_from = INT64_MAX};
    plog_checkpoint_t ck;
    int rc;

    if (clean) {
        if (read_checkpoint(log, &ck) == 0)
            log->checkpoint_offset = ck.offset;
    } else {
        pick_unclean_start(log, &st);
        /* A log with no data, such as one created in a new data directory,
         * has nothing to recover, and the line would only mislead. */
        if (log->count > 1 || log->segs[0]->size > 0)
            LOG_INFO("storage", "recovering log",
                     "dir=%s segment=%020lld position=%lld", log->dir,
                     (long long)log->segs[st.segment]->base_offset,
                     (long long)(st.keep_pos > 0 ? st.keep_pos : 0));
    }
    /* An empty active segment (a roll just before the shutdown, or a stray
     * file) is checked against where the previous segment ends, found
     * from that segment's last index entry. */
    if (log->count > 1 && plog__active(log)->size == 0 &&
        st.segment == log->count - 1) {
        st.segment--;
        st.keep_pos = INT64_MAX;
        st.verify_from = clean ? INT64_MAX : 0;
    }
    rc = scan_from(log, &st, clean, stats);
    if (rc != 0)
        return rc;

    set_roll_base(plog__active(log));
    log->durable = clean ? plog__log_end_offset(log) : st.durable;
    if (log->durable > plog__log_end_offset(log))
        log->durable = plog__log_end_offset(log);
    log->checkpoint_ms = 0;
    return load_producers(log);
}

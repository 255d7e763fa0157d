/*
 * Retention (deleting whole old segments), rolling by age, and ListOffsets
 * by timestamp. Both read the per-segment largest timestamp, which closed
 * segments keep as the last .timeindex entry.
 */
#include "herald/error.h"
#include "log.h"
#include "plog_internal.h"

/* The time retention measures a closed segment by: its largest batch
 * timestamp, or the file's modification time when no batch has one. */
static int segment_time(plog_t *log, segment_t *seg, int64_t *ms)
{
    int64_t ts;
    int rc = segment__max_timestamp(seg, log->cfg.index_interval_bytes, &ts);

    if (rc != 0)
        return rc;
    *ms = ts >= 0 ? ts : seg->mtime_ms;
    return 0;
}

static int delete_by_time(plog_t *log, int64_t now_ms)
{
    int deleted = 0;

    while (log->count > 1) {
        int64_t ms;
        int rc = segment_time(log, log->segs[0], &ms);

        if (rc != 0) {
            LOG_WARN("storage", "segment timestamp unreadable",
                     "dir=%s segment=%020lld err=%s", log->dir,
                     (long long)log->segs[0]->base_offset,
                     herald_err_name(rc));
            break;
        }
        if (now_ms - ms <= log->cfg.retention_ms)
            break;
        plog__remove_oldest(log, "retention_ms");
        deleted++;
    }
    return deleted;
}

/* As Kafka: a segment goes only when the log keeps at least
 * retention_bytes without it. */
static int delete_by_size(plog_t *log)
{
    int deleted = 0;

    while (log->count > 1 &&
           log->size_bytes - log->segs[0]->size >= log->cfg.retention_bytes) {
        plog__remove_oldest(log, "retention_bytes");
        deleted++;
    }
    return deleted;
}

int plog__enforce_retention(plog_t *log, int64_t now_ms)
{
    segment_t *active;
    int deleted = 0, rc;

    if (log->cfg.retention_ms >= 0)
        deleted += delete_by_time(log, now_ms);
    if (log->cfg.retention_bytes >= 0)
        deleted += delete_by_size(log);

    active = plog__active(log);
    if (active->size > 0 &&
        now_ms - active->roll_base_ms >= log->cfg.segment_ms) {
        rc = plog__roll(log);
        if (rc != 0)
            return rc;
    }
    return deleted;
}

int plog__offset_for_time(plog_t *log, int64_t ts, int64_t *offset,
                          int64_t *timestamp)
{
    *offset = -1;
    *timestamp = -1;
    if (ts == PLOG_TS_LATEST) {
        *offset = plog__log_end_offset(log);
        return 0;
    }
    if (ts == PLOG_TS_EARLIEST) {
        *offset = plog__log_start_offset(log);
        return 0;
    }

    /* NOTE: segments are tried oldest first, and each one tried opens its
     * index files, because batch timestamps need not grow with offsets. */
    for (size_t i = 0; i < log->count; i++) {
        segment_t *seg = log->segs[i];
        int rc = segment__load_index(seg, log->cfg.index_interval_bytes,
                                     NULL);

        if (rc == 0)
            rc = segment__find_time(seg, ts, offset, timestamp);
        if (rc < 0)
            return HERALD_EIO;
        if (rc == 1)
            return 0;
    }
    *offset = -1;
    *timestamp = -1;
    return 0;
}

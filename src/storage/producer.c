/*
 * Producer state for idempotent produce (KIP-98): an open-addressing table
 * keyed by producer id, the epoch and sequence checks, and the snapshot
 * encoding. The log decides when snapshots are written and read.
 *
 * Snapshot body, big-endian:
 *   version u16 (1), crc u32 (CRC-32C of what follows), count u32, then per
 *   producer: id i64, epoch i16, batch count u8, and per batch first
 *   sequence i32, last sequence i32, first offset i64, last offset i64.
 */
#include "producer.h"

#include <stdlib.h>
#include <string.h>

#include "crc32c.h"
#include "herald/error.h"

#define SNAPSHOT_VERSION 1
#define SNAPSHOT_HEAD_BYTES 10
#define ENTRY_HEAD_BYTES 11
#define BATCH_BYTES 24

void producer__init(producer_table_t *t)
{
    memset(t, 0, sizeof *t);
}

void producer__free(producer_table_t *t)
{
    free(t->slots);
    producer__init(t);
}

static size_t slot_of(const producer_table_t *t, int64_t id)
{
    uint64_t h = (uint64_t)id * 0x9e3779b97f4a7c15ull;

    return (size_t)(h >> 32) & (t->cap - 1);
}

const producer_entry_t *producer__find(const producer_table_t *t, int64_t id)
{
    if (t->cap == 0)
        return NULL;
    for (size_t i = slot_of(t, id);; i = (i + 1) & (t->cap - 1)) {
        if (t->slots[i].id == id)
            return &t->slots[i];
        if (t->slots[i].id < 0)
            return NULL;
    }
}

static void insert(producer_table_t *t, const producer_entry_t *e)
{
    size_t i = slot_of(t, e->id);

    while (t->slots[i].id >= 0 && t->slots[i].id != e->id)
        i = (i + 1) & (t->cap - 1);
    if (t->slots[i].id < 0)
        t->count++;
    t->slots[i] = *e;
}

static int grow(producer_table_t *t)
{
    size_t cap = t->cap ? t->cap * 2 : 16;
    producer_entry_t *old = t->slots;
    size_t old_cap = t->cap;

    t->slots = malloc(cap * sizeof *t->slots);
    if (t->slots == NULL) {
        t->slots = old;
        return HERALD_ENOMEM;
    }
    for (size_t i = 0; i < cap; i++)
        t->slots[i].id = -1;
    t->cap = cap;
    t->count = 0;
    for (size_t i = 0; i < old_cap; i++) {
        if (old[i].id >= 0)
            insert(t, &old[i]);
    }
    free(old);
    return 0;
}

int producer__reserve(producer_table_t *t, size_t n)
{
    while ((t->count + n) * 2 > t->cap) {
        if (grow(t) != 0)
            return HERALD_ENOMEM;
    }
    return 0;
}

int producer__put(producer_table_t *t, const producer_entry_t *e)
{
    /* Keep the load factor at or below one half. */
    if ((t->count + 1) * 2 > t->cap && producer__find(t, e->id) == NULL &&
        grow(t) != 0)
        return HERALD_ENOMEM;
    insert(t, e);
    return 0;
}

static void push_batch(producer_entry_t *e, const producer_batch_t *b)
{
    if (e->count == PRODUCER_BATCHES) {
        memmove(&e->batches[0], &e->batches[1],
                (PRODUCER_BATCHES - 1) * sizeof e->batches[0]);
        e->count--;
    }
    e->batches[e->count++] = *b;
}

static void batch_of(const batch_header_t *h, int64_t offset,
                     producer_batch_t *b)
{
    b->first_seq = h->base_sequence;
    b->last_seq = batch__sequence_add(h->base_sequence, h->last_offset_delta);
    b->first_offset = offset;
    b->last_offset = offset + h->last_offset_delta;
}

static void reset_entry(producer_entry_t *e, int64_t id, int16_t epoch)
{
    memset(e, 0, sizeof *e);
    e->id = id;
    e->epoch = epoch;
}

int producer__check(const producer_entry_t *cur, const batch_header_t *h,
                    int64_t offset, producer_entry_t *next,
                    int64_t *dup_offset)
{
    producer_batch_t b;

    batch_of(h, offset, &b);
    if (cur == NULL) {
        if (h->base_sequence != 0)
            return HERALD_ENOENT;
        reset_entry(next, h->producer_id, h->producer_epoch);
    } else if (h->producer_epoch < cur->epoch) {
        return HERALD_EFENCED;
    } else if (h->producer_epoch > cur->epoch) {
        /* A bumped epoch restarts the sequence at 0. */
        if (h->base_sequence != 0)
            return HERALD_ESEQUENCE;
        reset_entry(next, h->producer_id, h->producer_epoch);
    } else {
        for (int i = 0; i < cur->count; i++) {
            if (cur->batches[i].first_seq == b.first_seq &&
                cur->batches[i].last_seq == b.last_seq) {
                *dup_offset = cur->batches[i].first_offset;
                return HERALD_EDUPLICATE;
            }
        }
        if (cur->count > 0 &&
            h->base_sequence !=
                batch__sequence_add(cur->batches[cur->count - 1].last_seq, 1))
            return HERALD_ESEQUENCE;
        *next = *cur;
    }
    push_batch(next, &b);
    return 0;
}

int producer__replay(producer_table_t *t, const batch_header_t *h)
{
    const producer_entry_t *cur = producer__find(t, h->producer_id);
    producer_entry_t e;
    producer_batch_t b;

    if (cur != NULL && cur->epoch == h->producer_epoch)
        e = *cur;
    else
        reset_entry(&e, h->producer_id, h->producer_epoch);
    batch_of(h, h->base_offset, &b);
    push_batch(&e, &b);
    return producer__put(t, &e);
}

int producer__encode(const producer_table_t *t, uint8_t **out, size_t *len)
{
    size_t size = SNAPSHOT_HEAD_BYTES, n = 0;
    uint8_t *buf, *p;

    for (size_t i = 0; i < t->cap; i++) {
        if (t->slots[i].id >= 0)
            size += ENTRY_HEAD_BYTES +
                    (size_t)t->slots[i].count * BATCH_BYTES;
    }
    buf = malloc(size);
    if (buf == NULL)
        return HERALD_ENOMEM;
    p = buf + SNAPSHOT_HEAD_BYTES;
    for (size_t i = 0; i < t->cap; i++) {
        const producer_entry_t *e = &t->slots[i];

        if (e->id < 0)
            continue;
        be__put_u64(p, (uint64_t)e->id);
        p[8] = (uint8_t)((uint16_t)e->epoch >> 8);
        p[9] = (uint8_t)e->epoch;
        p[10] = e->count;
        p += ENTRY_HEAD_BYTES;
        for (int j = 0; j < e->count; j++) {
            be__put_u32(p, (uint32_t)e->batches[j].first_seq);
            be__put_u32(p + 4, (uint32_t)e->batches[j].last_seq);
            be__put_u64(p + 8, (uint64_t)e->batches[j].first_offset);
            be__put_u64(p + 16, (uint64_t)e->batches[j].last_offset);
            p += BATCH_BYTES;
        }
        n++;
    }
    buf[0] = 0;
    buf[1] = SNAPSHOT_VERSION;
    be__put_u32(buf + 6, (uint32_t)n);
    be__put_u32(buf + 2, crc32c__compute(buf + 6, size - 6));
    *out = buf;
    *len = size;
    return 0;
}

static int decode_entries(producer_table_t *t, const uint8_t *p,
                          const uint8_t *end, uint32_t count)
{
    for (uint32_t i = 0; i < count; i++) {
        producer_entry_t e;

        if (end - p < ENTRY_HEAD_BYTES)
            return HERALD_ECORRUPT;
        e.id = (int64_t)be__u64(p);
        e.epoch = (int16_t)((p[8] << 8) | p[9]);
        e.count = p[10];
        p += ENTRY_HEAD_BYTES;
        if (e.id < 0 || e.count == 0 || e.count > PRODUCER_BATCHES ||
            end - p < (ptrdiff_t)e.count * BATCH_BYTES)
            return HERALD_ECORRUPT;
        for (int j = 0; j < e.count; j++) {
            e.batches[j].first_seq = (int32_t)be__u32(p);
            e.batches[j].last_seq = (int32_t)be__u32(p + 4);
            e.batches[j].first_offset = (int64_t)be__u64(p + 8);
            e.batches[j].last_offset = (int64_t)be__u64(p + 16);
            p += BATCH_BYTES;
        }
        if (producer__put(t, &e) != 0)
            return HERALD_ENOMEM;
    }
    return p == end ? 0 : HERALD_ECORRUPT;
}

int producer__decode(producer_table_t *t, const uint8_t *data, size_t len)
{
    int rc;

    producer__free(t);
    if (len < SNAPSHOT_HEAD_BYTES || data[0] != 0 ||
        data[1] != SNAPSHOT_VERSION ||
        crc32c__compute(data + 6, len - 6) != be__u32(data + 2))
        return HERALD_ECORRUPT;
    rc = decode_entries(t, data + SNAPSHOT_HEAD_BYTES, data + len,
                        be__u32(data + 6));
    if (rc != 0)
        producer__free(t);
    return rc;
}

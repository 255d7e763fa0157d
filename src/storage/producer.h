/*
 * Idempotent producer state of one partition: per producer id the epoch and
 * the last PRODUCER_BATCHES batches written, enough to reject duplicates and
 * sequence gaps as Kafka does (KIP-98), plus the snapshot file format that
 * carries the state across restarts.
 */
#ifndef HERALD_STORAGE_PRODUCER_H
#define HERALD_STORAGE_PRODUCER_H

#include <stddef.h>
#include <stdint.h>

#include "batch.h"

#define PRODUCER_BATCHES 5

typedef struct producer_batch {
    int32_t first_seq;
    int32_t last_seq;
    int64_t first_offset;
    int64_t last_offset;
} producer_batch_t;

typedef struct producer_entry {
    int64_t id; /* -1 marks an empty table slot */
    int16_t epoch;
    uint8_t count; /* batches held, oldest first */
    producer_batch_t batches[PRODUCER_BATCHES];
} producer_entry_t;

typedef struct producer_table {
    producer_entry_t *slots;
    size_t cap; /* a power of two, or 0 */
    size_t count;
} producer_table_t;

void producer__init(producer_table_t *t);
void producer__free(producer_table_t *t);

/* Returns the entry for `id`, or NULL. The pointer is valid until the next
 * producer__put(). */
const producer_entry_t *producer__find(const producer_table_t *t, int64_t id);

/* Inserts or replaces the entry with e->id. Returns 0 or HERALD_ENOMEM. */
int producer__put(producer_table_t *t, const producer_entry_t *e);

/* Checks the batch `h`, about to be written at `offset`, against `cur` (the
 * producer's state, NULL when unknown) and fills `next` with the state after
 * it. Returns 0, HERALD_EDUPLICATE (with the original offset in
 * *dup_offset), HERALD_ESEQUENCE, HERALD_EFENCED or HERALD_ENOENT. */
int producer__check(const producer_entry_t *cur, const batch_header_t *h,
                    int64_t offset, producer_entry_t *next,
                    int64_t *dup_offset);

/* Grows the table so that `n` more entries fit without allocating, which
 * makes the next `n` producer__put() calls infallible. Returns 0 or
 * HERALD_ENOMEM. */
int producer__reserve(producer_table_t *t, size_t n);

/* Applies a batch read back from the log, without checks. Returns 0 or
 * HERALD_ENOMEM. */
int producer__replay(producer_table_t *t, const batch_header_t *h);

/* Encodes the table as a snapshot file body into a malloc'ed buffer.
 * Returns 0 or HERALD_ENOMEM. */
int producer__encode(const producer_table_t *t, uint8_t **out, size_t *len);

/* Replaces the table's contents with a decoded snapshot. Returns 0,
 * HERALD_ECORRUPT (the table is then empty) or HERALD_ENOMEM. */
int producer__decode(producer_table_t *t, const uint8_t *data, size_t len);

#endif

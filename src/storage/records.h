/*
 * Validation of the records inside a produced record batch (magic 2), as
 * Kafka's LogValidator does on produce: a batch whose records cannot be
 * decompressed or parsed is rejected before it is written, so consumers
 * never fetch it.
 */
#ifndef HERALD_STORAGE_RECORDS_H
#define HERALD_STORAGE_RECORDS_H

#include <stddef.h>
#include <stdint.h>

/* Bounds of the decompressed size limit, see records__decompressed_cap(). */
#define RECORDS_CAP_MIN_BYTES ((size_t)1 << 20)
#define RECORDS_CAP_MAX_BYTES ((size_t)64 << 20)

/* Returns the largest decompressed records section accepted for a topic
 * whose max.message.bytes is `max_message_bytes`: 32 times that, but at
 * least 1 MiB and at most 64 MiB.
 *
 * NOTE: Kafka has no such limit. A compressed batch that expands more than
 * this (a ratio over 32 at the default max.message.bytes) is rejected with
 * CORRUPT_MESSAGE. The limit bounds the time and, for raw snappy, the
 * memory that one batch can cost. */
size_t records__decompressed_cap(int32_t max_message_bytes);

/* Walks the records of the batch at `batch`, `len` bytes from BaseOffset to
 * the end, whose header already passed batch__check_header(). When the
 * codec bits are set, the records section is decompressed first, up to
 * `max_decompressed` bytes (gzip, snappy raw or xerial-framed, lz4 frame,
 * zstd).
 *
 * Each record must fill its Length (at least 0) exactly and have an
 * OffsetDelta equal to its index. KeyLength and ValueLength must be at
 * least -1 with the bytes present, and HeaderCount at least 0. Each header
 * needs a key (length at least 0) and a value length of at least -1. The
 * records must end exactly at the end of the data, and their number must
 * equal RecordCount, which must equal LastOffsetDelta + 1.
 *
 * An uncompressed batch is checked in one pass without allocating.
 * Compressed ones use the calling thread's decompression contexts, so the
 * function is thread-safe. Returns 0, HERALD_ECORRUPT when any check fails
 * or the codec is unknown, or HERALD_ENOMEM. */
int records__validate(const uint8_t *batch, size_t len,
                      size_t max_decompressed);

#endif

/*
 * Record batch (magic 2) headers: big-endian field access, parsing and the
 * checks a batch must pass before it is written or trusted on disk.
 */
#ifndef HERALD_STORAGE_BATCH_H
#define HERALD_STORAGE_BATCH_H

#include <stddef.h>
#include <stdint.h>

#define BATCH_HEADER_BYTES 61
#define BATCH_LOG_OVERHEAD 12 /* BaseOffset and BatchLength */
#define BATCH_CRC_START 21    /* the CRC covers Attributes to the end */

#define BATCH_OFF_BASE_OFFSET 0
#define BATCH_OFF_LENGTH 8
#define BATCH_OFF_MAGIC 16
#define BATCH_OFF_CRC 17

#define BATCH_ATTR_COMPRESSION 0x07
#define BATCH_ATTR_TRANSACTIONAL 0x10
#define BATCH_ATTR_CONTROL 0x20

typedef struct batch_header {
    int64_t base_offset;
    int32_t length; /* bytes after the BatchLength field */
    int32_t leader_epoch;
    int8_t magic;
    uint32_t crc;
    int16_t attributes;
    int32_t last_offset_delta;
    int64_t base_timestamp;
    int64_t max_timestamp;
    int64_t producer_id;
    int16_t producer_epoch;
    int32_t base_sequence;
    int32_t record_count;
} batch_header_t;

static inline uint32_t be__u32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
           (uint32_t)p[2] << 8 | p[3];
}

static inline uint64_t be__u64(const uint8_t *p)
{
    return (uint64_t)be__u32(p) << 32 | be__u32(p + 4);
}

static inline void be__put_u32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

static inline void be__put_u64(uint8_t *p, uint64_t v)
{
    be__put_u32(p, (uint32_t)(v >> 32));
    be__put_u32(p + 4, (uint32_t)v);
}

/* Total bytes of a batch on disk, header fields included. */
static inline int64_t batch__size(const batch_header_t *h)
{
    return BATCH_LOG_OVERHEAD + (int64_t)h->length;
}

static inline int64_t batch__last_offset(const batch_header_t *h)
{
    return h->base_offset + h->last_offset_delta;
}

/* Decodes the 61 header bytes at `p` without checking them. */
void batch__parse(const uint8_t *p, batch_header_t *h);

/* Checks the header fields that need no payload: magic 2, BatchLength at
 * least the header and at most `max_len` - 12, RecordCount ==
 * LastOffsetDelta + 1 and at least 1, a known compression codec, and for an
 * uncompressed batch room for RecordCount records. Returns 0 or
 * HERALD_ECORRUPT. */
int batch__check_header(const batch_header_t *h, int64_t max_len);

/* Checks the CRC-32C of a whole batch in memory. Returns 0 or
 * HERALD_ECORRUPT. */
int batch__check_crc(const uint8_t *batch, const batch_header_t *h);

/* Returns the sequence `delta` after `seq`, wrapping from INT32_MAX to 0 as
 * Kafka's producer sequences do. */
int32_t batch__sequence_add(int32_t seq, int32_t delta);

#endif

/*
 * Record batch header parsing and validation. A batch is trusted only after
 * these checks pass. They run on batches from producers and again on
 * batches read back during recovery.
 */
#include "batch.h"

#include <limits.h>

#include "crc32c.h"
#include "herald/error.h"

/* The smallest encoded record: length, attributes, timestamp delta, offset
 * delta, key length, value length and header count, one byte each. */
#define RECORD_MIN_BYTES 7

void batch__parse(const uint8_t *p, batch_header_t *h)
{
    h->base_offset = (int64_t)be__u64(p + 0);
    h->length = (int32_t)be__u32(p + 8);
    h->leader_epoch = (int32_t)be__u32(p + 12);
    h->magic = (int8_t)p[16];
    h->crc = be__u32(p + 17);
    h->attributes = (int16_t)((p[21] << 8) | p[22]);
    h->last_offset_delta = (int32_t)be__u32(p + 23);
    h->base_timestamp = (int64_t)be__u64(p + 27);
    h->max_timestamp = (int64_t)be__u64(p + 35);
    h->producer_id = (int64_t)be__u64(p + 43);
    h->producer_epoch = (int16_t)((p[51] << 8) | p[52]);
    h->base_sequence = (int32_t)be__u32(p + 53);
    h->record_count = (int32_t)be__u32(p + 57);
}

int batch__check_header(const batch_header_t *h, int64_t max_len)
{
    int64_t payload = (int64_t)h->length -
                      (BATCH_HEADER_BYTES - BATCH_LOG_OVERHEAD);

    if (h->magic != 2)
        return HERALD_ECORRUPT;
    if (payload < 0 || batch__size(h) > max_len)
        return HERALD_ECORRUPT;
    if (h->last_offset_delta < 0 ||
        h->record_count != (int64_t)h->last_offset_delta + 1)
        return HERALD_ECORRUPT;
    if ((h->attributes & BATCH_ATTR_COMPRESSION) > 4)
        return HERALD_ECORRUPT;
    if ((h->attributes & BATCH_ATTR_COMPRESSION) == 0 &&
        (int64_t)h->record_count * RECORD_MIN_BYTES > payload)
        return HERALD_ECORRUPT;
    return 0;
}

int batch__check_crc(const uint8_t *batch, const batch_header_t *h)
{
    size_t n = (size_t)batch__size(h) - BATCH_CRC_START;

    return crc32c__compute(batch + BATCH_CRC_START, n) == h->crc
               ? 0
               : HERALD_ECORRUPT;
}

int32_t batch__sequence_add(int32_t seq, int32_t delta)
{
    if (seq > INT32_MAX - delta)
        return delta - (INT32_MAX - seq) - 1;
    return seq + delta;
}

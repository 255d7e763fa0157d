/*
 * Record validation on produce: the parser that walks the records of a
 * batch (magic 2, Kafka's DefaultRecord layout) and checks every length and
 * offset delta in them. It reads through a small cursor over one window of
 * bytes. For an uncompressed batch the window is the whole records section
 * and the parse is one pass over the request buffer. For a compressed batch
 * the cursor refills the window from decompress.c, so the decompressed data
 * is never held whole (except raw snappy, one block at a time). The batch
 * header is left to batch.c.
 */
#include "records.h"

#include <limits.h>

#include "batch.h"
#include "decompress.h"
#include "herald/error.h"

#define VARINT_MAX_BYTES 5
#define VARLONG_MAX_BYTES 10
#define HEADER_MIN_BYTES 2 /* a header's key length and value length */

/* The records read so far. `p` to `end` is the unread part of the current
 * window. `produced` counts the bytes up to `end`, so the position in the
 * records section is produced - (end - p). */
typedef struct cursor {
    const uint8_t *p;
    const uint8_t *end;
    uint64_t produced;
    decompress_t *source; /* NULL when the first window is all the data */
} cursor_t;

size_t records__decompressed_cap(int32_t max_message_bytes)
{
    size_t cap = max_message_bytes > 0 ? (size_t)max_message_bytes * 32 : 0;

    if (cap < RECORDS_CAP_MIN_BYTES)
        return RECORDS_CAP_MIN_BYTES;
    return cap > RECORDS_CAP_MAX_BYTES ? RECORDS_CAP_MAX_BYTES : cap;
}

static inline uint64_t position(const cursor_t *c)
{
    return c->produced - (uint64_t)(c->end - c->p);
}

/* Loads the next window once the current one is used up. Returns 1 when
 * bytes are available, 0 at the end of the data, or an error. */
static int refill(cursor_t *c)
{
    const uint8_t *data;
    size_t n;
    int rc;

    if (c->source == NULL)
        return 0;
    rc = decompress__next(c->source, &data, &n);
    if (rc != 0)
        return rc;
    c->p = data;
    c->end = data + n;
    c->produced += n;
    return n > 0;
}

/* Returns 1 when no bytes are left, 0 when some are, or an error. */
static int at_end(cursor_t *c)
{
    int rc;

    if (c->p < c->end)
        return 0;
    rc = refill(c);
    return rc < 0 ? rc : !rc;
}

/* Reads an unsigned varint of at most `max_bytes` bytes one byte at a time,
 * across windows. */
static int read_uvarint_slow(cursor_t *c, int max_bytes, uint64_t *out)
{
    uint64_t v = 0;

    for (int i = 0; i < max_bytes; i++) {
        uint8_t b;
        int rc = at_end(c);

        if (rc != 0)
            return rc < 0 ? rc : HERALD_ECORRUPT;
        b = *c->p++;
        v |= (uint64_t)(b & 0x7f) << (7 * i);
        if ((b & 0x80) == 0) {
            if (i == VARLONG_MAX_BYTES - 1 && b > 1)
                return HERALD_ECORRUPT;
            *out = v;
            return 0;
        }
    }
    return HERALD_ECORRUPT; /* too long */
}

/* Reads an unsigned varint, decoding in place when the window contains
 * the longest encoding. The 10th byte of a varlong may only carry bit 63. */
static inline int read_uvarint(cursor_t *c, int max_bytes, uint64_t *out)
{
    const uint8_t *p = c->p;
    uint64_t v = 0;

    if (c->end - p < max_bytes)
        return read_uvarint_slow(c, max_bytes, out);
    for (int i = 0; i < max_bytes; i++) {
        uint8_t b = p[i];

        v |= (uint64_t)(b & 0x7f) << (7 * i);
        if ((b & 0x80) == 0) {
            if (i == VARLONG_MAX_BYTES - 1 && b > 1)
                return HERALD_ECORRUPT;
            c->p = p + i + 1;
            *out = v;
            return 0;
        }
    }
    return HERALD_ECORRUPT;
}

/* Reads a zigzag varint (32 bits) as used for record lengths and deltas. */
static inline int read_varint(cursor_t *c, int64_t *out)
{
    uint64_t v;
    int rc = read_uvarint(c, VARINT_MAX_BYTES, &v);

    if (rc != 0)
        return rc;
    if (v > UINT32_MAX)
        return HERALD_ECORRUPT;
    *out = (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
    return 0;
}

/* Reads a zigzag varlong (64 bits), as for TimestampDelta. */
static inline int read_varlong(cursor_t *c)
{
    uint64_t v;

    return read_uvarint(c, VARLONG_MAX_BYTES, &v);
}

/* Skips `n` bytes, which the caller has checked lie inside the record. */
static inline int skip(cursor_t *c, uint64_t n)
{
    while (n > (uint64_t)(c->end - c->p)) {
        int rc;

        n -= (uint64_t)(c->end - c->p);
        c->p = c->end;
        rc = refill(c);
        if (rc <= 0)
            return rc < 0 ? rc : HERALD_ECORRUPT;
    }
    c->p += n;
    return 0;
}

/* Reads a length of at least `min` and skips that many bytes, which must
 * end by `stop`. */
static inline int skip_field(cursor_t *c, int64_t min, uint64_t stop)
{
    int64_t n;
    uint64_t pos;
    int rc = read_varint(c, &n);

    if (rc != 0)
        return rc;
    pos = position(c);
    if (n < min || pos > stop || (n > 0 && (uint64_t)n > stop - pos))
        return HERALD_ECORRUPT;
    return n > 0 ? skip(c, (uint64_t)n) : 0;
}

static int parse_headers(cursor_t *c, uint64_t stop)
{
    int64_t count;
    uint64_t pos;
    int rc = read_varint(c, &count);

    if (rc != 0)
        return rc;
    /* Each header takes at least two bytes, so the record's length bounds
     * the loop whatever count the record states. */
    pos = position(c);
    if (count < 0 || pos > stop ||
        (uint64_t)count > (stop - pos) / HEADER_MIN_BYTES)
        return HERALD_ECORRUPT;
    for (int64_t i = 0; i < count; i++) {
        rc = skip_field(c, 0, stop);
        if (rc == 0)
            rc = skip_field(c, -1, stop);
        if (rc != 0)
            return rc;
    }
    return 0;
}

/* Parses record number `index`: Length, Attributes, TimestampDelta,
 * OffsetDelta, Key, Value and Headers, and checks that the fields fill
 * Length exactly. */
static int parse_record(cursor_t *c, int64_t index)
{
    int64_t len, offset_delta;
    uint64_t stop;
    int rc = read_varint(c, &len);

    if (rc != 0)
        return rc;
    if (len < 0)
        return HERALD_ECORRUPT;
    stop = position(c) + (uint64_t)len;

    rc = skip(c, 1); /* Attributes, unused in magic 2 */
    if (rc == 0)
        rc = read_varlong(c);
    if (rc == 0)
        rc = read_varint(c, &offset_delta);
    if (rc != 0)
        return rc;
    if (offset_delta != index)
        return HERALD_ECORRUPT;

    rc = skip_field(c, -1, stop); /* key */
    if (rc == 0)
        rc = skip_field(c, -1, stop); /* value */
    if (rc == 0)
        rc = parse_headers(c, stop);
    if (rc != 0)
        return rc;
    return position(c) == stop ? 0 : HERALD_ECORRUPT;
}

/* Parses records until the data ends, expecting exactly `count`. */
static int parse_records(cursor_t *c, int32_t count)
{
    for (int32_t i = 0;; i++) {
        int rc = at_end(c);

        if (rc < 0)
            return rc;
        if (rc == 1)
            return i == count ? 0 : HERALD_ECORRUPT;
        if (i == count)
            return HERALD_ECORRUPT; /* bytes after the last record */
        rc = parse_record(c, i);
        if (rc != 0)
            return rc;
    }
}

int records__validate(const uint8_t *batch, size_t len, size_t max_decompressed)
{
    const uint8_t *records = batch + BATCH_HEADER_BYTES;
    size_t records_len;
    batch_header_t h;
    cursor_t c = {0};
    int codec, rc;

    if (len < BATCH_HEADER_BYTES)
        return HERALD_ECORRUPT;
    batch__parse(batch, &h);
    if (h.record_count < 1 ||
        h.record_count != (int64_t)h.last_offset_delta + 1)
        return HERALD_ECORRUPT;
    records_len = len - BATCH_HEADER_BYTES;
    codec = h.attributes & BATCH_ATTR_COMPRESSION;

    if (codec == CODEC_NONE) {
        c.p = records;
        c.end = records + records_len;
        c.produced = records_len;
        return parse_records(&c, h.record_count);
    }
    rc = decompress__begin(&c.source, codec, records, records_len,
                           max_decompressed);
    if (rc != 0)
        return rc;
    rc = parse_records(&c, h.record_count);
    decompress__end(c.source);
    return rc;
}

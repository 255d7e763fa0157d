/*
 * Record validation on produce: valid batches of every codec pass, and
 * broken records, broken compressed data and batches that expand past the
 * decompressed size limit are rejected, by records__validate() and by
 * plog__append(), which then writes nothing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>
#include <lz4frame.h>
#include <snappy-c.h>
#include <zlib.h>
#include <zstd.h>

#include "batch.h"
#include "herald/error.h"
#include "records.h"
#include "storage_testutil.h"

#define CAP (4u << 20) /* decompressed limit for most tests */
#define BIG_VALUE (2u << 20)
#define XERIAL_BLOCK 1000

/* A growable byte string for building records and batches. */
typedef struct bytes {
    uint8_t *data;
    size_t len;
    size_t cap;
} bytes_t;

static void put(bytes_t *b, const void *p, size_t n)
{
    if (b->len + n > b->cap) {
        b->cap = (b->len + n) * 2 + 64;
        b->data = realloc(b->data, b->cap);
        assert_non_null(b->data);
    }
    if (n > 0)
        memcpy(b->data + b->len, p, n);
    b->len += n;
}

static void put_varint(bytes_t *b, int64_t v)
{
    uint8_t tmp[10];

    put(b, tmp, test_put_varint(tmp, v));
}

static void put_byte(bytes_t *b, uint8_t v)
{
    put(b, &v, 1);
}

/* Appends a length-prefixed field: -1 (null) writes only the length. */
static void put_field(bytes_t *b, const void *p, int64_t len)
{
    put_varint(b, len);
    if (len > 0)
        put(b, p, (size_t)len);
}

/* Appends `body` as one record with a Length of len(body) + `extra`. */
static void put_record_body(bytes_t *out, const bytes_t *body, int64_t extra)
{
    put_varint(out, (int64_t)body->len + extra);
    put(out, body->data, body->len);
}

/* Appends a well-formed record with a key, a value and `headers` headers,
 * the last of which has a null value. */
static void put_record(bytes_t *out, int64_t offset_delta, const char *key,
                       const void *value, int64_t value_len, int headers)
{
    bytes_t body = {0};

    put_byte(&body, 0);                  /* attributes */
    put_varint(&body, offset_delta * 3); /* timestamp delta */
    put_varint(&body, offset_delta);
    put_field(&body, key, key ? (int64_t)strlen(key) : -1);
    put_field(&body, value, value_len);
    put_varint(&body, headers);
    for (int i = 0; i < headers; i++) {
        put_field(&body, "hdr", 3);
        put_field(&body, "val", i == headers - 1 ? -1 : 3);
    }
    put_record_body(out, &body, 0);
    free(body.data);
}

/* Appends `count` small records numbered from 0. */
static void put_records(bytes_t *out, int count)
{
    for (int i = 0; i < count; i++) {
        char value[32];
        int n = snprintf(value, sizeof value, "value number %d", i);

        put_record(out, i, i % 2 ? "key" : NULL, value, n, i % 3);
    }
}

static void gzip_into(bytes_t *out, const uint8_t *in, size_t n)
{
    z_stream zs = {0};
    size_t bound;

    assert_int_equal(
        deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY),
        Z_OK);
    bound = deflateBound(&zs, (uLong)n);
    out->data = realloc(out->data, out->len + bound);
    assert_non_null(out->data);
    zs.next_in = (Bytef *)in;
    zs.avail_in = (uInt)n;
    zs.next_out = out->data + out->len;
    zs.avail_out = (uInt)bound;
    assert_int_equal(deflate(&zs, Z_FINISH), Z_STREAM_END);
    out->len += bound - zs.avail_out;
    out->cap = out->len;
    deflateEnd(&zs);
}

static void snappy_into(bytes_t *out, const uint8_t *in, size_t n)
{
    size_t len = snappy_max_compressed_length(n);
    char *tmp = malloc(len);

    assert_int_equal(snappy_compress((const char *)in, n, tmp, &len),
                     SNAPPY_OK);
    put(out, tmp, len);
    free(tmp);
}

/* Xerial framing: magic, version 1, compatible version 1, then blocks of
 * XERIAL_BLOCK input bytes, each raw snappy after its length. */
static void xerial_into(bytes_t *out, const uint8_t *in, size_t n)
{
    static const uint8_t header[16] = {0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0,
                                       0,    0,   0,   1,   0,   0,   0,   1};

    put(out, header, sizeof header);
    for (size_t pos = 0; pos < n; pos += XERIAL_BLOCK) {
        size_t chunk = n - pos < XERIAL_BLOCK ? n - pos : XERIAL_BLOCK;
        bytes_t block = {0};
        uint8_t len[4];

        snappy_into(&block, in + pos, chunk);
        test_put_be(len, block.len, 4);
        put(out, len, 4);
        put(out, block.data, block.len);
        free(block.data);
    }
}

static void lz4_into(bytes_t *out, const uint8_t *in, size_t n)
{
    size_t bound = LZ4F_compressFrameBound(n, NULL);
    uint8_t *tmp = malloc(bound);
    size_t len = LZ4F_compressFrame(tmp, bound, in, n, NULL);

    assert_false(LZ4F_isError(len));
    put(out, tmp, len);
    free(tmp);
}

static void zstd_into(bytes_t *out, const uint8_t *in, size_t n)
{
    size_t bound = ZSTD_compressBound(n);
    uint8_t *tmp = malloc(bound);
    size_t len = ZSTD_compress(tmp, bound, in, n, 3);

    assert_false(ZSTD_isError(len));
    put(out, tmp, len);
    free(tmp);
}

enum { XERIAL = 8 }; /* snappy with xerial framing, for compress_as() */

/* Compresses `in` with `codec` (0 copies it). */
static bytes_t compress_as(int codec, const bytes_t *in)
{
    bytes_t out = {0};

    switch (codec) {
    case 0:
        put(&out, in->data, in->len);
        break;
    case 1:
        gzip_into(&out, in->data, in->len);
        break;
    case 2:
        snappy_into(&out, in->data, in->len);
        break;
    case XERIAL:
        xerial_into(&out, in->data, in->len);
        break;
    case 3:
        lz4_into(&out, in->data, in->len);
        break;
    case 4:
        zstd_into(&out, in->data, in->len);
        break;
    default:
        fail();
    }
    return out;
}

/* Builds a batch header for `count` records around `payload` with the
 * given Attributes and a matching CRC. */
static bytes_t make_batch(const bytes_t *payload, int16_t attributes,
                          int32_t count)
{
    bytes_t b = {0};
    uint8_t header[BATCH_HEADER_BYTES] = {0};
    size_t len = BATCH_HEADER_BYTES + payload->len;

    test_put_be(header + 8, len - 12, 4);
    test_put_be(header + 12, (uint64_t)-1, 4);
    header[16] = 2;
    test_put_be(header + 21, (uint16_t)attributes, 2);
    test_put_be(header + 23, (uint64_t)(count - 1), 4);
    test_put_be(header + 27, 1000, 8);
    test_put_be(header + 35, 1000, 8);
    test_put_be(header + 43, (uint64_t)-1, 8);
    test_put_be(header + 51, (uint16_t)-1, 2);
    test_put_be(header + 53, (uint64_t)-1, 4);
    test_put_be(header + 57, (uint64_t)count, 4);
    put(&b, header, sizeof header);
    put(&b, payload->data, payload->len);
    test_put_be(b.data + 17, crc32c__compute(b.data + 21, b.len - 21), 4);
    return b;
}

/* Validates `records`, compressed with `codec`, as a batch of `count`. */
static int validate_as(const bytes_t *records, int codec, int32_t count,
                       size_t cap)
{
    bytes_t payload = compress_as(codec, records);
    bytes_t batch =
        make_batch(&payload, (int16_t)(codec == XERIAL ? 2 : codec), count);
    int rc = records__validate(batch.data, batch.len, cap);

    free(payload.data);
    free(batch.data);
    return rc;
}

static const int codecs[] = {0, 1, 2, XERIAL, 3, 4};

static void test_valid_every_codec(void **state)
{
    bytes_t records = {0};

    put_records(&records, 50);
    for (size_t i = 0; i < sizeof codecs / sizeof codecs[0]; i++)
        assert_int_equal(validate_as(&records, codecs[i], 50, CAP), 0);
    free(records.data);
}

static void test_valid_single_null_record(void **state)
{
    bytes_t records = {0};

    put_record(&records, 0, NULL, NULL, -1, 0);
    for (size_t i = 0; i < sizeof codecs / sizeof codecs[0]; i++)
        assert_int_equal(validate_as(&records, codecs[i], 1, CAP), 0);
    free(records.data);
}

/* Records far larger than the decompression window and the xerial block
 * size cross many refills. */
static void test_valid_large_values(void **state)
{
    bytes_t records = {0};
    uint8_t *value = malloc(300000);

    for (size_t i = 0; i < 300000; i++)
        value[i] = (uint8_t)(i * 7 + i / 13);
    for (int i = 0; i < 3; i++)
        put_record(&records, i, "k", value, 300000, 2);
    for (size_t i = 0; i < sizeof codecs / sizeof codecs[0]; i++)
        assert_int_equal(validate_as(&records, codecs[i], 3, CAP), 0);
    free(value);
    free(records.data);
}

static void test_gzip_two_members(void **state)
{
    bytes_t first = {0}, second = {0};
    bytes_t payload, batch;

    put_record(&first, 0, "a", "1", 1, 0);
    put_record(&second, 1, "b", "2", 1, 0);
    payload = compress_as(1, &first);
    gzip_into(&payload, second.data, second.len);
    batch = make_batch(&payload, 1, 2);
    assert_int_equal(records__validate(batch.data, batch.len, CAP), 0);
    free(first.data);
    free(second.data);
    free(payload.data);
    free(batch.data);
}

/* Runs one broken records section through every codec. */
static void assert_rejected(const bytes_t *records, int32_t count)
{
    for (size_t i = 0; i < sizeof codecs / sizeof codecs[0]; i++) {
        int rc = validate_as(records, codecs[i], count, CAP);

        if (rc != HERALD_ECORRUPT)
            fail_msg("codec %d: got %d, expected HERALD_ECORRUPT", codecs[i],
                     rc);
    }
}

static void test_negative_record_length(void **state)
{
    bytes_t records = {0};

    put_varint(&records, -1);
    put(&records, "\0\0\0\0\0\0\0\0", 8);
    assert_rejected(&records, 1);
    free(records.data);
}

static void test_record_length_past_end(void **state)
{
    bytes_t records = {0}, body = {0};

    put_records(&records, 2);
    put_byte(&body, 0);
    put_varint(&body, 0);
    put_varint(&body, 2);
    put_field(&body, NULL, -1);
    put_field(&body, "v", 1);
    put_varint(&body, 0);
    put_record_body(&records, &body, 5);
    assert_rejected(&records, 3);
    free(records.data);
    free(body.data);
}

/* A Length one byte short leaves the header count outside the record. */
static void test_record_length_short(void **state)
{
    bytes_t records = {0}, body = {0};

    put_byte(&body, 0);
    put_varint(&body, 0);
    put_varint(&body, 0);
    put_field(&body, "key", 3);
    put_field(&body, "value", 5);
    put_varint(&body, 0);
    put_record_body(&records, &body, -1);
    assert_rejected(&records, 1);
    free(records.data);
    free(body.data);
}

static void test_offset_delta_out_of_order(void **state)
{
    bytes_t records = {0};

    put_record(&records, 0, "k", "a", 1, 0);
    put_record(&records, 2, "k", "b", 1, 0);
    put_record(&records, 1, "k", "c", 1, 0);
    assert_rejected(&records, 3);
    free(records.data);
}

static void test_count_mismatch(void **state)
{
    bytes_t records = {0};

    put_records(&records, 4);
    assert_rejected(&records, 5); /* fewer records than RecordCount */
    assert_rejected(&records, 3); /* more */
    free(records.data);
}

static void test_count_not_last_delta_plus_one(void **state)
{
    bytes_t records = {0}, batch;

    put_records(&records, 4);
    batch = make_batch(&records, 0, 4);
    test_put_be(batch.data + 23, 4, 4); /* LastOffsetDelta 4 for 4 records */
    assert_int_equal(records__validate(batch.data, batch.len, CAP),
                     HERALD_ECORRUPT);
    free(records.data);
    free(batch.data);
}

/* Writes a record whose fields after OffsetDelta come from `tail`. */
static void put_record_tail(bytes_t *records, const bytes_t *tail)
{
    bytes_t body = {0};

    put_byte(&body, 0);
    put_varint(&body, 0);
    put_varint(&body, 0);
    put(&body, tail->data, tail->len);
    put_record_body(records, &body, 0);
    free(body.data);
}

static void test_header_count_negative(void **state)
{
    bytes_t tail = {0}, records = {0};

    put_field(&tail, NULL, -1);
    put_field(&tail, "v", 1);
    put_varint(&tail, -1);
    put_record_tail(&records, &tail);
    assert_rejected(&records, 1);
    free(tail.data);
    free(records.data);
}

static void test_header_count_too_large(void **state)
{
    bytes_t tail = {0}, records = {0};

    put_field(&tail, NULL, -1);
    put_field(&tail, "v", 1);
    put_varint(&tail, INT32_MAX);
    put_field(&tail, "h", 1);
    put_field(&tail, "v", 1);
    put_record_tail(&records, &tail);
    assert_rejected(&records, 1);
    free(tail.data);
    free(records.data);
}

static void test_key_length_minus_two(void **state)
{
    bytes_t tail = {0}, records = {0};

    put_varint(&tail, -2);
    put_field(&tail, "v", 1);
    put_varint(&tail, 0);
    put_record_tail(&records, &tail);
    assert_rejected(&records, 1);
    free(tail.data);
    free(records.data);
}

static void test_value_length_minus_two(void **state)
{
    bytes_t tail = {0}, records = {0};

    put_field(&tail, "k", 1);
    put_varint(&tail, -2);
    put_varint(&tail, 0);
    put_record_tail(&records, &tail);
    assert_rejected(&records, 1);
    free(tail.data);
    free(records.data);
}

static void test_value_past_record(void **state)
{
    bytes_t tail = {0}, records = {0};

    put_field(&tail, "k", 1);
    put_varint(&tail, 40); /* 40 value bytes announced, 3 follow */
    put(&tail, "abc", 3);
    put_varint(&tail, 0);
    put_record_tail(&records, &tail);
    assert_rejected(&records, 1);
    free(tail.data);
    free(records.data);
}

static void test_header_key_null(void **state)
{
    bytes_t tail = {0}, records = {0};

    put_field(&tail, "k", 1);
    put_field(&tail, "v", 1);
    put_varint(&tail, 1);
    put_varint(&tail, -1); /* header keys cannot be null */
    put_field(&tail, "hv", 2);
    put_record_tail(&records, &tail);
    assert_rejected(&records, 1);
    free(tail.data);
    free(records.data);
}

static void test_header_value_minus_two(void **state)
{
    bytes_t tail = {0}, records = {0};

    put_field(&tail, "k", 1);
    put_field(&tail, "v", 1);
    put_varint(&tail, 1);
    put_field(&tail, "hk", 2);
    put_varint(&tail, -2);
    put_record_tail(&records, &tail);
    assert_rejected(&records, 1);
    free(tail.data);
    free(records.data);
}

static void test_trailing_bytes(void **state)
{
    bytes_t records = {0};

    put_records(&records, 3);
    put_byte(&records, 0);
    assert_rejected(&records, 3);
    free(records.data);
}

static void test_varint_too_long(void **state)
{
    static const uint8_t six[] = {0x80, 0x80, 0x80, 0x80, 0x80, 0x00};
    bytes_t records = {0};

    put(&records, six, sizeof six); /* a Length of six bytes */
    put_records(&records, 1);
    assert_rejected(&records, 1);
    free(records.data);
}

/* Plain records under each codec's bits, as the records section. */
static void test_undecodable_data_each_codec(void **state)
{
    bytes_t records = {0};

    put_records(&records, 5);
    for (int codec = 1; codec <= 4; codec++) {
        bytes_t batch = make_batch(&records, (int16_t)codec, 5);

        assert_int_equal(records__validate(batch.data, batch.len, CAP),
                         HERALD_ECORRUPT);
        free(batch.data);
    }
    free(records.data);
}

static void test_truncated_each_codec(void **state)
{
    bytes_t records = {0};

    put_records(&records, 200);
    for (size_t i = 1; i < sizeof codecs / sizeof codecs[0]; i++) {
        bytes_t payload = compress_as(codecs[i], &records);
        size_t full = payload.len;
        /* Cut at the end, in the middle and just after the start. */
        size_t cuts[3] = {full - 1, full / 2, 6};
        int attr = codecs[i] == XERIAL ? 2 : codecs[i];

        for (int cut = 0; cut < 3; cut++) {
            bytes_t batch;

            payload.len = cuts[cut];
            batch = make_batch(&payload, (int16_t)attr, 200);
            if (records__validate(batch.data, batch.len, CAP) !=
                HERALD_ECORRUPT)
                fail_msg("codec %d accepted %zu of %zu bytes", codecs[i],
                         payload.len, full);
            free(batch.data);
        }
        free(payload.data);
    }
    free(records.data);
}

/* Valid compressed data followed by a stray byte. */
static void test_garbage_after_frame(void **state)
{
    static const int framed[] = {1, 2, XERIAL, 3, 4};
    bytes_t records = {0};

    put_records(&records, 10);
    for (size_t i = 0; i < sizeof framed / sizeof framed[0]; i++) {
        bytes_t payload = compress_as(framed[i], &records), batch;

        put_byte(&payload, 0x01);
        batch = make_batch(&payload,
                           (int16_t)(framed[i] == XERIAL ? 2 : framed[i]), 10);
        if (records__validate(batch.data, batch.len, CAP) != HERALD_ECORRUPT)
            fail_msg("codec %d accepted a trailing byte", framed[i]);
        free(payload.data);
        free(batch.data);
    }
    free(records.data);
}

/* One valid record holding a 2 MiB value of zeros compresses to under
 * 1/8 of that with every codec. It passes a 4 MiB limit and fails a 1 MiB
 * one. */
static void test_decompression_bomb_over_cap(void **state)
{
    bytes_t records = {0};
    uint8_t *zeros = calloc(1, BIG_VALUE);

    put_record(&records, 0, NULL, zeros, BIG_VALUE, 0);
    for (size_t i = 1; i < sizeof codecs / sizeof codecs[0]; i++) {
        bytes_t payload = compress_as(codecs[i], &records);

        assert_true(payload.len < BIG_VALUE / 8);
        free(payload.data);
        assert_int_equal(validate_as(&records, codecs[i], 1, 2 * BIG_VALUE), 0);
        if (validate_as(&records, codecs[i], 1, BIG_VALUE / 2) !=
            HERALD_ECORRUPT)
            fail_msg("codec %d: a 2 MiB record passed a 1 MiB limit",
                     codecs[i]);
    }
    free(zeros);
    free(records.data);
}

/* Raw snappy that states a 1 GiB length is rejected from its preamble. */
static void test_snappy_stated_length_over_cap(void **state)
{
    /* The preamble is an unsigned varint: 1 << 30. */
    static const uint8_t preamble[] = {0x80, 0x80, 0x80, 0x80, 0x04};
    bytes_t payload = {0}, batch;

    put(&payload, preamble, sizeof preamble);
    put(&payload, "\0\0\0\0", 4);
    batch = make_batch(&payload, 2, 1);
    assert_int_equal(records__validate(batch.data, batch.len, CAP),
                     HERALD_ECORRUPT);
    free(payload.data);
    free(batch.data);
}

static void test_xerial_block_length_past_end(void **state)
{
    bytes_t records = {0}, payload, batch;

    put_records(&records, 3);
    payload = compress_as(XERIAL, &records);
    test_put_be(payload.data + 16, payload.len, 4);
    batch = make_batch(&payload, 2, 3);
    assert_int_equal(records__validate(batch.data, batch.len, CAP),
                     HERALD_ECORRUPT);
    free(records.data);
    free(payload.data);
    free(batch.data);
}

/* A zstd frame whose window is 32 MiB is over the decoder's window limit,
 * whatever it contains. Streaming without a pledged size keeps the window
 * that large. */
static void test_zstd_window_over_limit(void **state)
{
    bytes_t records = {0}, payload = {0}, batch;
    ZSTD_CCtx *cctx = ZSTD_createCCtx();
    ZSTD_inBuffer in;
    ZSTD_outBuffer out;
    size_t left;

    put_records(&records, 3);
    payload.data = malloc(ZSTD_compressBound(records.len) + 64);
    in = (ZSTD_inBuffer){records.data, records.len, 0};
    out =
        (ZSTD_outBuffer){payload.data, ZSTD_compressBound(records.len) + 64, 0};
    assert_false(
        ZSTD_isError(ZSTD_CCtx_setParameter(cctx, ZSTD_c_windowLog, 25)));
    assert_false(
        ZSTD_isError(ZSTD_compressStream2(cctx, &out, &in, ZSTD_e_continue)));
    left = ZSTD_compressStream2(cctx, &out, &in, ZSTD_e_end);
    assert_int_equal(left, 0);
    payload.len = out.pos;
    batch = make_batch(&payload, 4, 3);
    assert_int_equal(records__validate(batch.data, batch.len, CAP),
                     HERALD_ECORRUPT);
    ZSTD_freeCCtx(cctx);
    free(records.data);
    free(payload.data);
    free(batch.data);
}

static void test_unknown_codecs(void **state)
{
    bytes_t records = {0};

    put_records(&records, 2);
    for (int codec = 5; codec <= 7; codec++) {
        bytes_t batch = make_batch(&records, (int16_t)codec, 2);

        assert_int_equal(records__validate(batch.data, batch.len, CAP),
                         HERALD_ECORRUPT);
        free(batch.data);
    }
    free(records.data);
}

static void test_decompressed_cap_bounds(void **state)
{
    assert_int_equal(records__decompressed_cap(1000), RECORDS_CAP_MIN_BYTES);
    assert_int_equal(records__decompressed_cap(1048588), 1048588u * 32);
    assert_int_equal(records__decompressed_cap(100 << 20),
                     RECORDS_CAP_MAX_BYTES);
    assert_int_equal(records__decompressed_cap(-1), RECORDS_CAP_MIN_BYTES);
}

/* plog__append rejects a request whose second batch is broken and keeps
 * nothing of it, then accepts the valid batch alone. */
static void test_append_rejects_whole_request(void **state)
{
    char dir[PATH_MAX];
    plog_config_t cfg;
    plog_t *log;
    bytes_t good = {0}, bad = {0}, payload, first, second, request = {0};
    int64_t base = -1;

    test_tmpdir(dir, sizeof dir, "records");
    plog__config_defaults(&cfg);
    assert_int_equal(plog__open(dir, &cfg, 1, &log, NULL), 0);
    put_records(&good, 10);
    put_records(&bad, 10);
    bad.data[0] = 0x7f; /* first Length becomes -64 */
    payload = compress_as(3, &good);
    first = make_batch(&payload, 3, 10);
    second = make_batch(&bad, 0, 10);
    put(&request, first.data, first.len);
    put(&request, second.data, second.len);

    assert_int_equal(plog__append(log, request.data, request.len, &base, NULL),
                     HERALD_ECORRUPT);
    assert_int_equal(plog__log_end_offset(log), 0);
    assert_int_equal(plog__size_bytes(log), 0);
    assert_int_equal(plog__append(log, first.data, first.len, &base, NULL), 0);
    assert_int_equal(base, 0);
    assert_int_equal(plog__log_end_offset(log), 10);

    plog__close(log, 0);
    test_rmtree(dir);
    free(good.data);
    free(bad.data);
    free(payload.data);
    free(first.data);
    free(second.data);
    free(request.data);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_every_codec),
        cmocka_unit_test(test_valid_single_null_record),
        cmocka_unit_test(test_valid_large_values),
        cmocka_unit_test(test_gzip_two_members),
        cmocka_unit_test(test_negative_record_length),
        cmocka_unit_test(test_record_length_past_end),
        cmocka_unit_test(test_record_length_short),
        cmocka_unit_test(test_offset_delta_out_of_order),
        cmocka_unit_test(test_count_mismatch),
        cmocka_unit_test(test_count_not_last_delta_plus_one),
        cmocka_unit_test(test_header_count_negative),
        cmocka_unit_test(test_header_count_too_large),
        cmocka_unit_test(test_key_length_minus_two),
        cmocka_unit_test(test_value_length_minus_two),
        cmocka_unit_test(test_value_past_record),
        cmocka_unit_test(test_header_key_null),
        cmocka_unit_test(test_header_value_minus_two),
        cmocka_unit_test(test_trailing_bytes),
        cmocka_unit_test(test_varint_too_long),
        cmocka_unit_test(test_undecodable_data_each_codec),
        cmocka_unit_test(test_truncated_each_codec),
        cmocka_unit_test(test_garbage_after_frame),
        cmocka_unit_test(test_decompression_bomb_over_cap),
        cmocka_unit_test(test_snappy_stated_length_over_cap),
        cmocka_unit_test(test_xerial_block_length_past_end),
        cmocka_unit_test(test_zstd_window_over_limit),
        cmocka_unit_test(test_unknown_codecs),
        cmocka_unit_test(test_decompressed_cap_bounds),
        cmocka_unit_test(test_append_rejects_whole_request),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}

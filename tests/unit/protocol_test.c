/*
 * Kafka codec tests. Hand-built frames are checked field by field, with byte
 * layouts taken from the Kafka 3.8.0 message schemas and the protocol guide.
 * Every message is round-tripped at every valid version. The rest covers the
 * wire primitives, truncated and hostile input, and the file chunks of Fetch
 * responses.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "herald/error.h"
#include "kafka_error.h"
#include "kmsg.h"
#include "wire.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

static bool str_eq(kmsg_str_t s, const char *want)
{
    size_t n = strlen(want);

    return s.len >= 0 && (size_t)s.len == n && memcmp(s.ptr, want, n) == 0;
}

/* Copies `len` bytes to a heap block of exactly that size, so that ASan
 * reports any read past the end. */
static uint8_t *exact_copy(const uint8_t *data, size_t len)
{
    uint8_t *p = malloc(len ? len : 1);

    assert_non_null(p);
    if (len > 0)
        memcpy(p, data, len);
    return p;
}

/* ---- wire primitives ------------------------------------------------- */

static void test_varint_vectors(void **state)
{
    /* Zigzag maps 0, -1, 1, -2, 2147483647, -2147483648 to 0, 1, 2, 3,
     * 4294967294, 4294967295; 300 is 0xac 0x02 in base-128. */
    static const uint8_t bytes[] = {
        0x00, 0x01, 0x02, 0x03,
        0xfe, 0xff, 0xff, 0xff, 0x0f,
        0xff, 0xff, 0xff, 0xff, 0x0f,
        0xac, 0x02,
    };
    wire_reader_t r;
    wire_writer_t w;

    (void)state;
    wire__reader_init(&r, bytes, sizeof(bytes));
    assert_int_equal(wire__read_varint(&r), 0);
    assert_int_equal(wire__read_varint(&r), -1);
    assert_int_equal(wire__read_varint(&r), 1);
    assert_int_equal(wire__read_varint(&r), -2);
    assert_int_equal(wire__read_varint(&r), INT32_MAX);
    assert_int_equal(wire__read_varint(&r), INT32_MIN);
    assert_int_equal(wire__read_uvarint(&r), 300);
    assert_int_equal(r.err, 0);
    assert_int_equal(r.pos, sizeof(bytes));

    wire__writer_init(&w);
    wire__write_varint(&w, 0);
    wire__write_varint(&w, -1);
    wire__write_varint(&w, 1);
    wire__write_varint(&w, -2);
    wire__write_varint(&w, INT32_MAX);
    wire__write_varint(&w, INT32_MIN);
    wire__write_uvarint(&w, 300);
    assert_int_equal(w.buf.len, sizeof(bytes));
    assert_memory_equal(w.buf.data, bytes, sizeof(bytes));
    wire__writer_free(&w);
}

static void test_varlong_extremes(void **state)
{
    wire_writer_t w;
    wire_reader_t r;

    (void)state;
    wire__writer_init(&w);
    wire__write_varlong(&w, INT64_MIN);
    wire__write_varlong(&w, INT64_MAX);
    wire__write_varlong(&w, -300);
    /* INT64_MIN zigzags to all ones: nine 0xff bytes and a final 0x01. */
    assert_int_equal(w.buf.data[9], 0x01);
    wire__reader_init(&r, w.buf.data, w.buf.len);
    assert_true(wire__read_varlong(&r) == INT64_MIN);
    assert_true(wire__read_varlong(&r) == INT64_MAX);
    assert_true(wire__read_varlong(&r) == -300);
    assert_int_equal(r.err, 0);
    wire__writer_free(&w);
}

static void test_varint_too_long(void **state)
{
    /* Six continuation bytes, and a fifth byte with bits above 32. */
    static const uint8_t six[] = {0x80, 0x80, 0x80, 0x80, 0x80, 0x00};
    static const uint8_t big[] = {0xff, 0xff, 0xff, 0xff, 0x1f};
    wire_reader_t r;

    (void)state;
    wire__reader_init(&r, six, sizeof(six));
    assert_int_equal(wire__read_uvarint(&r), 0);
    assert_int_equal(r.err, HERALD_EPROTO);
    wire__reader_init(&r, big, sizeof(big));
    assert_int_equal(wire__read_uvarint(&r), 0);
    assert_int_equal(r.err, HERALD_EPROTO);
}

static void test_reader_error_sticks(void **state)
{
    static const uint8_t bytes[] = {0x00, 0x01, 0x02};
    wire_reader_t r;
    int32_t len;

    (void)state;
    wire__reader_init(&r, bytes, sizeof(bytes));
    assert_int_equal(wire__read_i32(&r), 0);
    assert_int_equal(r.err, HERALD_EPROTO);
    /* The bytes are still there, but a failed reader returns 0. */
    assert_int_equal(wire__read_i8(&r), 0);
    assert_int_equal(wire__read_i16(&r), 0);
    assert_null(wire__read_string(&r, &len));
    assert_int_equal(len, -1);
    assert_int_equal(r.err, HERALD_EPROTO);
}

static void test_reader_strings(void **state)
{
    static const uint8_t bytes[] = {
        0x00, 0x02, 'h', 'i',           /* classic "hi" */
        0xff, 0xff,                     /* classic null */
        0x03, 'o', 'k',                 /* compact "ok" */
        0x00,                           /* compact null */
        0x01,                           /* compact "" */
        0x00, 0x00, 0x00, 0x01, 'x',    /* bytes "x" */
    };
    wire_reader_t r;
    const uint8_t *p;
    int32_t len;

    (void)state;
    wire__reader_init(&r, bytes, sizeof(bytes));
    p = wire__read_string(&r, &len);
    assert_int_equal(len, 2);
    assert_memory_equal(p, "hi", 2);
    assert_null(wire__read_string(&r, &len));
    assert_int_equal(len, -1);
    p = wire__read_compact_string(&r, &len);
    assert_int_equal(len, 2);
    assert_memory_equal(p, "ok", 2);
    assert_null(wire__read_compact_string(&r, &len));
    assert_int_equal(len, -1);
    p = wire__read_compact_string(&r, &len);
    assert_non_null(p);
    assert_int_equal(len, 0);
    p = wire__read_bytes(&r, &len);
    assert_int_equal(len, 1);
    assert_int_equal(p[0], 'x');
    assert_int_equal(r.err, 0);
    assert_int_equal(r.pos, sizeof(bytes));
}

static void test_reader_negative_length(void **state)
{
    static const uint8_t bytes[] = {0xff, 0xfe, 'a'};
    wire_reader_t r;
    int32_t len;

    (void)state;
    wire__reader_init(&r, bytes, sizeof(bytes));
    assert_null(wire__read_string(&r, &len));
    assert_int_equal(r.err, HERALD_EPROTO);
}

static void test_array_len_bounded(void **state)
{
    /* Count 3 with 11 bytes left passes for 1-byte elements and fails for
     * 4-byte elements. */
    static const uint8_t bytes[] = {0x00, 0x00, 0x00, 0x03, 1, 2, 3, 4, 5,
                                    6, 7, 8, 9, 10, 11};
    wire_reader_t r;

    (void)state;
    wire__reader_init(&r, bytes, sizeof(bytes));
    assert_int_equal(wire__read_array_len(&r, 1), 3);
    assert_int_equal(r.err, 0);
    wire__reader_init(&r, bytes, sizeof(bytes));
    assert_int_equal(wire__read_array_len(&r, 4), 0);
    assert_int_equal(r.err, HERALD_EPROTO);
}

static int release_count;

static void count_release(void *ref)
{
    (void)ref;
    release_count++;
}

static void test_writer_chunks(void **state)
{
    wire_writer_t w;
    size_t pos;
    int ref;

    (void)state;
    release_count = 0;
    wire__writer_init(&w);
    pos = wire__reserve_i32(&w);
    wire__write_i16(&w, 7);
    wire__write_file(&w, 5, 1000, 300, &ref, count_release);
    wire__write_i8(&w, 1);
    wire__write_i8(&w, 2);
    wire__patch_i32(&w, pos, (int32_t)(w.total - 4));

    assert_int_equal(w.err, 0);
    assert_int_equal(w.nchunks, 3);
    assert_int_equal(w.chunks[0].fd, -1);
    assert_int_equal(w.chunks[0].offset, 0);
    assert_int_equal(w.chunks[0].len, 6);
    assert_int_equal(w.chunks[1].fd, 5);
    assert_int_equal(w.chunks[1].offset, 1000);
    assert_int_equal(w.chunks[1].len, 300);
    assert_int_equal(w.chunks[2].fd, -1);
    assert_int_equal(w.chunks[2].offset, 6);
    assert_int_equal(w.chunks[2].len, 2);
    assert_int_equal(w.total, 308);
    /* 308 - 4 = 304 = 0x130 */
    assert_int_equal(w.buf.data[2], 0x01);
    assert_int_equal(w.buf.data[3], 0x30);

    wire__writer_release(&w);
    assert_int_equal(release_count, 1);
    wire__writer_free(&w);
    assert_int_equal(release_count, 1);
}

static void test_counting_writer(void **state)
{
    wire_writer_t w;
    int ref;

    (void)state;
    release_count = 0;
    wire__writer_init_counting(&w);
    wire__write_i64(&w, 1);
    wire__write_compact_string(&w, "abc", 3);
    wire__write_file(&w, 3, 0, 50, &ref, count_release);
    assert_int_equal(w.total, 8 + 1 + 3 + 50);
    assert_int_equal(w.buf.len, 0);
    assert_int_equal(w.nchunks, 0);
    wire__writer_free(&w);
    assert_int_equal(release_count, 0);
}

static void test_arena_cap(void **state)
{
    wire_arena_t a;
    char *s;

    (void)state;
    wire__arena_init(&a, 256);
    assert_non_null(wire__arena_alloc(&a, 100));
    assert_non_null(wire__arena_alloc(&a, 100));
    assert_null(wire__arena_alloc(&a, 100));
    wire__arena_reset(&a);
    assert_int_equal(a.used, 0);
    s = wire__arena_strndup(&a, "topicXYZ", 5);
    assert_string_equal(s, "topic");
    wire__arena_free(&a);

    wire__arena_init(&a, SIZE_MAX);
    assert_non_null(wire__arena_alloc(&a, 100000));
    assert_non_null(wire__arena_alloc(&a, 8));
    wire__arena_free(&a);
}

/* ---- hand-built requests ---------------------------------------------- */

static void test_api_versions_v0_request(void **state)
{
    /* Header v1: api_key 18, version 0, correlation 7, client_id "kcat";
     * the v0 body is empty. */
    static const uint8_t frame[] = {
        0x00, 0x12, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07,
        0x00, 0x04, 'k', 'c', 'a', 't',
    };
    kmsg_request_header_t h;
    kmsg_api_versions_request_t req;
    wire_arena_t a;
    wire_reader_t r;

    (void)state;
    wire__arena_init(&a, 1024);
    assert_int_equal(kmsg_request_header_version(18, 0), 1);
    wire__reader_init(&r, frame, sizeof(frame));
    assert_int_equal(kmsg_request_header_decode(&r, 1, &a, &h), 0);
    assert_int_equal(h.request_api_key, 18);
    assert_int_equal(h.request_api_version, 0);
    assert_int_equal(h.correlation_id, 7);
    assert_true(str_eq(h.client_id, "kcat"));
    assert_int_equal(kmsg_api_versions_request_decode(&r, 0, &a, &req), 0);
    assert_int_equal(r.pos, sizeof(frame));
    assert_int_equal(req.client_software_name.len, 0);
    wire__arena_free(&a);
}

/* Header v2 (classic client_id, then tags), ApiVersions v3 body with compact
 * strings, and an unknown tag (5, two bytes) the decoder must skip. */
static const uint8_t api_versions_v3_frame[] = {
    0x00, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x2a,
    0x00, 0x07, 'r', 'd', 'k', 'a', 'f', 'k', 'a',
    0x00,
    0x0b, 'l', 'i', 'b', 'r', 'd', 'k', 'a', 'f', 'k', 'a',
    0x06, '2', '.', '0', '.', '2',
    0x01, 0x05, 0x02, 0xaa, 0xbb,
};

static void test_api_versions_v3_request(void **state)
{
    kmsg_request_header_t h;
    kmsg_api_versions_request_t req;
    wire_arena_t a;
    wire_reader_t r;

    (void)state;
    wire__arena_init(&a, 1024);
    assert_int_equal(kmsg_request_header_version(18, 3), 2);
    wire__reader_init(&r, api_versions_v3_frame,
                      sizeof(api_versions_v3_frame));
    assert_int_equal(kmsg_request_header_decode(&r, 2, &a, &h), 0);
    assert_int_equal(h.request_api_key, 18);
    assert_int_equal(h.request_api_version, 3);
    assert_int_equal(h.correlation_id, 42);
    assert_true(str_eq(h.client_id, "rdkafka"));
    assert_int_equal(r.pos, 18);
    assert_int_equal(kmsg_api_versions_request_decode(&r, 3, &a, &req), 0);
    assert_true(str_eq(req.client_software_name, "librdkafka"));
    assert_true(str_eq(req.client_software_version, "2.0.2"));
    assert_int_equal(r.pos, sizeof(api_versions_v3_frame));
    wire__arena_free(&a);
}

static void test_api_versions_future_header(void **state)
{
    /* ApiVersions v9 is past Kafka 3.8's range: the header still decodes
     * as v2 so the broker can respond with UNSUPPORTED_VERSION, but the body
     * does not. */
    static const uint8_t frame[] = {
        0x00, 0x12, 0x00, 0x09, 0x00, 0x00, 0x00, 0x01,
        0xff, 0xff, 0x00, 0x00,
    };
    kmsg_request_header_t h;
    kmsg_api_versions_request_t req;
    wire_arena_t a;
    wire_reader_t r;

    (void)state;
    wire__arena_init(&a, 1024);
    assert_int_equal(kmsg_request_header_version(18, 9), 2);
    wire__reader_init(&r, frame, sizeof(frame));
    assert_int_equal(kmsg_request_header_decode(&r, 2, &a, &h), 0);
    assert_int_equal(h.request_api_version, 9);
    assert_int_equal(h.client_id.len, -1);
    assert_int_equal(kmsg_api_versions_request_decode(&r, 9, &a, &req),
                     HERALD_EPROTO);
    wire__arena_free(&a);
}

static const uint8_t metadata_v0_body[] = {
    0x00, 0x00, 0x00, 0x02,
    0x00, 0x01, 'a',
    0x00, 0x02, 'b', 'c',
};

static void test_metadata_v0_request(void **state)
{
    kmsg_metadata_request_t req;
    wire_arena_t a;
    wire_reader_t r;

    (void)state;
    wire__arena_init(&a, 1024);
    wire__reader_init(&r, metadata_v0_body, sizeof(metadata_v0_body));
    assert_int_equal(kmsg_metadata_request_decode(&r, 0, &a, &req), 0);
    assert_int_equal(req.topics_count, 2);
    assert_true(str_eq(req.topics[0].name, "a"));
    assert_true(str_eq(req.topics[1].name, "bc"));
    /* Absent before v4; Kafka treats older requests as true. */
    assert_true(req.allow_auto_topic_creation);
    assert_int_equal(r.pos, sizeof(metadata_v0_body));
    wire__arena_free(&a);
}

static void test_metadata_v1_null_topics(void **state)
{
    static const uint8_t body[] = {0xff, 0xff, 0xff, 0xff};
    kmsg_metadata_request_t req;
    wire_arena_t a;
    wire_reader_t r;

    (void)state;
    wire__arena_init(&a, 1024);
    wire__reader_init(&r, body, sizeof(body));
    assert_int_equal(kmsg_metadata_request_decode(&r, 1, &a, &req), 0);
    assert_int_equal(req.topics_count, -1);
    assert_null(req.topics);

    /* Null is only allowed from v1: in v0 an empty array means all. */
    wire__reader_init(&r, body, sizeof(body));
    assert_int_equal(kmsg_metadata_request_decode(&r, 0, &a, &req),
                     HERALD_EPROTO);
    wire__arena_free(&a);
}

/* Produce v3..v8 share one layout: transactional_id (nullable), acks,
 * timeout_ms, topic_data[name, partition_data[index, records]]. */
static const uint8_t produce_v3_body[] = {
    0xff, 0xff,                         /* transactional_id null */
    0xff, 0xff,                         /* acks -1 */
    0x00, 0x00, 0x05, 0xdc,             /* timeout_ms 1500 */
    0x00, 0x00, 0x00, 0x01,             /* one topic */
    0x00, 0x06, 'o', 'r', 'd', 'e', 'r', 's',
    0x00, 0x00, 0x00, 0x01,             /* one partition */
    0x00, 0x00, 0x00, 0x02,             /* index 2 */
    0x00, 0x00, 0x00, 0x05, 'R', 'E', 'C', 'R', 'D',
};

static void check_produce(int16_t version, const uint8_t *body, size_t len,
                          const char *txn)
{
    kmsg_produce_request_t req;
    kmsg_produce_request_partition_produce_data_t *p;
    wire_arena_t a;
    wire_reader_t r;

    wire__arena_init(&a, 4096);
    wire__reader_init(&r, body, len);
    assert_int_equal(kmsg_produce_request_decode(&r, version, &a, &req), 0);
    assert_int_equal(r.pos, len);
    if (txn == NULL)
        assert_int_equal(req.transactional_id.len, -1);
    else
        assert_true(str_eq(req.transactional_id, txn));
    assert_int_equal(req.acks, -1);
    assert_int_equal(req.timeout_ms, 1500);
    assert_int_equal(req.topic_data_count, 1);
    assert_true(str_eq(req.topic_data[0].name, "orders"));
    assert_int_equal(req.topic_data[0].partition_data_count, 1);
    p = &req.topic_data[0].partition_data[0];
    assert_int_equal(p->index, 2);
    assert_int_equal(p->records.len, 5);
    assert_int_equal(p->records.fd, -1);
    /* Zero copy: the records point into the frame. */
    assert_ptr_equal(p->records.ptr, body + len - 5);
    wire__arena_free(&a);
}

static void test_produce_v3_request(void **state)
{
    (void)state;
    check_produce(3, produce_v3_body, sizeof(produce_v3_body), NULL);
}

static void test_produce_v7_request(void **state)
{
    uint8_t body[sizeof(produce_v3_body) + 3];

    (void)state;
    /* Same layout, this time with transactional_id "txn". */
    body[0] = 0x00;
    body[1] = 0x03;
    memcpy(body + 2, "txn", 3);
    memcpy(body + 5, produce_v3_body + 2, sizeof(produce_v3_body) - 2);
    check_produce(7, body, sizeof(body), "txn");
}

/* ---- responses --------------------------------------------------------- */

/* ApiVersions v3 response: error_code, compact api_keys[api_key, min, max,
 * tags], throttle_time_ms, then tagged fields 1 (FinalizedFeaturesEpoch,
 * int64) and 3 (ZkMigrationReady, bool). */
static const uint8_t api_versions_v3_response[] = {
    0x00, 0x00,
    0x03,
    0x00, 0x00, 0x00, 0x03, 0x00, 0x07, 0x00,
    0x00, 0x12, 0x00, 0x00, 0x00, 0x03, 0x00,
    0x00, 0x00, 0x00, 0x00,
    0x02,
    0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05,
    0x03, 0x01, 0x01,
};

static void test_tagged_response_decode(void **state)
{
    kmsg_api_versions_response_t resp;
    wire_arena_t a;
    wire_reader_t r;

    (void)state;
    wire__arena_init(&a, 4096);
    wire__reader_init(&r, api_versions_v3_response,
                      sizeof(api_versions_v3_response));
    assert_int_equal(kmsg_api_versions_response_decode(&r, 3, &a, &resp), 0);
    assert_int_equal(r.pos, sizeof(api_versions_v3_response));
    assert_int_equal(resp.error_code, 0);
    assert_int_equal(resp.api_keys_count, 2);
    assert_int_equal(resp.api_keys[0].api_key, 0);
    assert_int_equal(resp.api_keys[0].min_version, 3);
    assert_int_equal(resp.api_keys[0].max_version, 7);
    assert_int_equal(resp.api_keys[1].api_key, 18);
    assert_int_equal(resp.api_keys[1].max_version, 3);
    assert_int_equal(resp.throttle_time_ms, 0);
    assert_true(resp.finalized_features_epoch == 5);
    assert_true(resp.zk_migration_ready);
    /* Tag 0 and 2 were absent: defaults. */
    assert_int_equal(resp.supported_features_count, 0);
    assert_int_equal(resp.finalized_features_count, 0);
    wire__arena_free(&a);
}

static void test_tagged_response_encode(void **state)
{
    kmsg_api_versions_response_t resp;
    kmsg_api_versions_response_api_version_t keys[2];
    wire_writer_t w;

    (void)state;
    kmsg_api_versions_response_init(&resp);
    assert_true(resp.finalized_features_epoch == -1);
    kmsg_api_versions_response_api_version_init(&keys[0]);
    kmsg_api_versions_response_api_version_init(&keys[1]);
    keys[0].api_key = 0;
    keys[0].min_version = 3;
    keys[0].max_version = 7;
    keys[1].api_key = 18;
    keys[1].min_version = 0;
    keys[1].max_version = 3;
    resp.api_keys = keys;
    resp.api_keys_count = 2;
    resp.finalized_features_epoch = 5;
    resp.zk_migration_ready = true;

    wire__writer_init(&w);
    assert_int_equal(kmsg_api_versions_response_encode(&w, 3, &resp), 0);
    assert_int_equal(w.buf.len, sizeof(api_versions_v3_response));
    assert_memory_equal(w.buf.data, api_versions_v3_response,
                        sizeof(api_versions_v3_response));
    wire__writer_free(&w);

    /* At default the tagged section is the single byte 0x00, and v0 has
     * no throttle_time_ms (ignorable, so it is dropped). */
    resp.finalized_features_epoch = -1;
    resp.zk_migration_ready = false;
    resp.throttle_time_ms = 100;
    wire__writer_init(&w);
    assert_int_equal(kmsg_api_versions_response_encode(&w, 3, &resp), 0);
    assert_int_equal(w.buf.data[w.buf.len - 1], 0x00);
    assert_int_equal(w.buf.len, 22);
    wire__writer_free(&w);
    wire__writer_init(&w);
    assert_int_equal(kmsg_api_versions_response_encode(&w, 0, &resp), 0);
    /* error_code 2 + count 4 + 2 * 6 */
    assert_int_equal(w.buf.len, 18);
    wire__writer_free(&w);
}

/* Fetch v11 partition layout: partition_index, error_code, high_watermark,
 * last_stable_offset, log_start_offset, aborted_transactions,
 * preferred_read_replica, records (int32 length). */
static const uint8_t fetch_v11_prefix[] = {
    0x00, 0x00, 0x00, 0x00,             /* frame length, patched */
    0x00, 0x00, 0x00, 0x09,             /* response header v0: corr 9 */
    0x00, 0x00, 0x00, 0x00,             /* throttle_time_ms */
    0x00, 0x00,                         /* error_code */
    0x00, 0x00, 0x00, 0x00,             /* session_id */
    0x00, 0x00, 0x00, 0x01,             /* one topic */
    0x00, 0x01, 't',
    0x00, 0x00, 0x00, 0x01,             /* one partition */
    0x00, 0x00, 0x00, 0x00,             /* partition_index */
    0x00, 0x00,                         /* error_code */
    0, 0, 0, 0, 0, 0, 0, 42,            /* high_watermark */
    0, 0, 0, 0, 0, 0, 0, 42,            /* last_stable_offset */
    0, 0, 0, 0, 0, 0, 0, 0,             /* log_start_offset */
    0x00, 0x00, 0x00, 0x00,             /* aborted_transactions: empty */
    0xff, 0xff, 0xff, 0xff,             /* preferred_read_replica -1 */
    0x00, 0x00, 0x10, 0x00,             /* records: 4096 bytes */
};

static void fill_fetch_response(kmsg_fetch_response_t *resp,
                                kmsg_fetch_response_fetchable_topic_response_t
                                    *topic,
                                kmsg_fetch_response_partition_data_t *part,
                                int *ref)
{
    kmsg_fetch_response_init(resp);
    kmsg_fetch_response_fetchable_topic_response_init(topic);
    kmsg_fetch_response_partition_data_init(part);
    topic->topic = KMSG_STR("t");
    topic->partitions = part;
    topic->partitions_count = 1;
    resp->responses = topic;
    resp->responses_count = 1;
    part->high_watermark = 42;
    part->last_stable_offset = 42;
    part->log_start_offset = 0;
    part->records.fd = 17;
    part->records.file_offset = 100;
    part->records.len = 4096;
    part->records.file_ref = ref;
    part->records.file_release = count_release;
}

static void test_fetch_v11_file_chunk(void **state)
{
    kmsg_fetch_response_t resp;
    kmsg_fetch_response_fetchable_topic_response_t topic;
    kmsg_fetch_response_partition_data_t part;
    kmsg_response_header_t h;
    wire_writer_t w;
    size_t frame;
    int ref;

    (void)state;
    release_count = 0;
    fill_fetch_response(&resp, &topic, &part, &ref);
    /* Defaults the broker relies on. */
    assert_int_equal(part.preferred_read_replica, -1);
    assert_int_equal(part.aborted_transactions_count, 0);

    wire__writer_init(&w);
    frame = wire__reserve_i32(&w);
    kmsg_response_header_init(&h);
    h.correlation_id = 9;
    assert_int_equal(kmsg_response_header_version(1, 11), 0);
    assert_int_equal(kmsg_response_header_encode(&w, 0, &h), 0);
    assert_int_equal(kmsg_fetch_response_encode(&w, 11, &resp), 0);
    wire__patch_i32(&w, frame, (int32_t)(w.total - 4));

    assert_int_equal(w.nchunks, 2);
    assert_int_equal(w.chunks[0].fd, -1);
    assert_int_equal(w.chunks[0].offset, 0);
    assert_int_equal(w.chunks[0].len, sizeof(fetch_v11_prefix));
    assert_int_equal(w.chunks[1].fd, 17);
    assert_int_equal(w.chunks[1].offset, 100);
    assert_int_equal(w.chunks[1].len, 4096);
    assert_int_equal(w.total, sizeof(fetch_v11_prefix) + 4096);
    assert_int_equal(w.buf.len, sizeof(fetch_v11_prefix));
    /* Frame length: everything after the length field. */
    assert_memory_equal(w.buf.data + 4, fetch_v11_prefix + 4,
                        sizeof(fetch_v11_prefix) - 4);
    assert_int_equal((w.buf.data[2] << 8) | w.buf.data[3],
                     sizeof(fetch_v11_prefix) + 4096 - 4);
    assert_int_equal(release_count, 0);
    wire__writer_release(&w);
    assert_int_equal(release_count, 1);
    wire__writer_free(&w);
    assert_int_equal(release_count, 1);
}

static void test_fetch_v12_compact_file_chunk(void **state)
{
    kmsg_fetch_response_t resp;
    kmsg_fetch_response_fetchable_topic_response_t topic;
    kmsg_fetch_response_partition_data_t part;
    wire_writer_t w;
    const uint8_t *tail;
    int ref;

    (void)state;
    release_count = 0;
    fill_fetch_response(&resp, &topic, &part, &ref);
    wire__writer_init(&w);
    assert_int_equal(kmsg_fetch_response_encode(&w, 12, &resp), 0);
    assert_int_equal(w.nchunks, 3);
    assert_int_equal(w.chunks[1].fd, 17);
    /* Compact length 4096 + 1 = 0x1001 is the uvarint 0x81 0x20. */
    tail = w.buf.data + w.chunks[0].len - 2;
    assert_int_equal(tail[0], 0x81);
    assert_int_equal(tail[1], 0x20);
    /* After the file: partition tags, topic tags, body tags. */
    assert_int_equal(w.chunks[2].len, 3);
    wire__writer_free(&w);
    assert_int_equal(release_count, 1);
}

static void test_encode_rejects_without_taking_ref(void **state)
{
    kmsg_fetch_response_t resp;
    kmsg_fetch_response_fetchable_topic_response_t topic;
    kmsg_fetch_response_partition_data_t part;
    wire_writer_t w;
    int ref;

    (void)state;
    release_count = 0;
    fill_fetch_response(&resp, &topic, &part, &ref);
    /* SessionId is absent before v7 and not ignorable. */
    resp.session_id = 5;
    wire__writer_init(&w);
    assert_int_equal(kmsg_fetch_response_encode(&w, 6, &resp),
                     HERALD_EPROTO);
    assert_int_equal(w.total, 0);
    assert_int_equal(w.nchunks, 0);
    wire__writer_free(&w);
    assert_int_equal(release_count, 0);
}

static void test_encode_version_checks(void **state)
{
    kmsg_metadata_request_t req;
    kmsg_metadata_response_t resp;
    wire_writer_t w;

    (void)state;
    wire__writer_init(&w);
    kmsg_metadata_request_init(&req);
    req.allow_auto_topic_creation = false;
    /* AllowAutoTopicCreation exists from v4 and is not ignorable. */
    assert_int_equal(kmsg_metadata_request_encode(&w, 3, &req),
                     HERALD_EPROTO);
    assert_int_equal(kmsg_metadata_request_encode(&w, 4, &req), 0);
    req.topics_count = -1;
    assert_int_equal(kmsg_metadata_request_encode(&w, 0, &req),
                     HERALD_EPROTO);
    assert_int_equal(kmsg_metadata_request_encode(&w, 13, &req),
                     HERALD_EPROTO);

    /* ThrottleTimeMs (v3+) is ignorable, so v0 drops it. */
    kmsg_metadata_response_init(&resp);
    resp.throttle_time_ms = 10;
    buf__reset(&w.buf);
    assert_int_equal(kmsg_metadata_response_encode(&w, 0, &resp), 0);
    wire__writer_free(&w);

    /* Defaults the broker relies on. */
    assert_int_equal(resp.controller_id, -1);
    assert_int_equal(resp.cluster_id.len, -1);
    assert_int_equal(resp.cluster_authorized_operations, INT32_MIN);
}

/* ---- headers and tables ------------------------------------------------ */

static void test_header_versions(void **state)
{
    (void)state;
    assert_int_equal(kmsg_request_header_version(0, 8), 1);
    assert_int_equal(kmsg_request_header_version(0, 9), 2);
    assert_int_equal(kmsg_request_header_version(3, 9), 2);
    assert_int_equal(kmsg_request_header_version(17, 1), 1);
    assert_int_equal(kmsg_request_header_version(60, 0), 2);
    assert_int_equal(kmsg_request_header_version(999, 0), -1);
    assert_int_equal(kmsg_response_header_version(3, 8), 0);
    assert_int_equal(kmsg_response_header_version(3, 9), 1);
    assert_int_equal(kmsg_response_header_version(18, 3), 0);
    assert_int_equal(kmsg_response_header_version(18, 0), 0);
    assert_int_equal(kmsg_response_header_version(999, 0), -1);
}

static void test_api_table(void **state)
{
    const kmsg_api_info_t *fetch = kmsg_api_info(1);
    int known = 0;
    int key;

    (void)state;
    for (key = 0; key < 1000; key++) {
        if (kmsg_api_info((int16_t)key) != NULL)
            known++;
    }
    assert_int_equal(known, 31);
    assert_non_null(fetch);
    assert_string_equal(fetch->name, "Fetch");
    assert_int_equal(fetch->min_version, 0);
    assert_int_equal(fetch->max_version, 16);
    assert_int_equal(fetch->first_flexible, 12);
    assert_string_equal(fetch->request->name, "FetchRequest");
    assert_string_equal(fetch->response->name, "FetchResponse");
    assert_int_equal(kmsg_api_info(47)->first_flexible, -1);
    assert_null(kmsg_api_info(-1));
}

static void test_kerr_names(void **state)
{
    (void)state;
    assert_string_equal(kerr__name(KERR_NONE), "NONE");
    assert_string_equal(kerr__name(3), "UNKNOWN_TOPIC_OR_PARTITION");
    assert_string_equal(kerr__name(35), "UNSUPPORTED_VERSION");
    assert_string_equal(kerr__name(79), "MEMBER_ID_REQUIRED");
    assert_string_equal(kerr__name(-1), "UNKNOWN_SERVER_ERROR");
    assert_string_equal(kerr__name(9999), "UNKNOWN");
    assert_int_equal(KERR_UNKNOWN_TOPIC_ID, 100);
    assert_int_equal(KERR_NON_EMPTY_GROUP, 68);
}

/* ---- hostile input ----------------------------------------------------- */

static void check_truncations(const kmsg_message_info_t *msg, int16_t version,
                              const uint8_t *data, size_t len)
{
    void *out = malloc(msg->type->size);
    size_t cut;

    assert_non_null(out);
    for (cut = 0; cut < len; cut++) {
        uint8_t *copy = exact_copy(data, cut);
        wire_arena_t a;
        wire_reader_t r;
        int rc;

        wire__arena_init(&a, 1 << 16);
        wire__reader_init(&r, copy, cut);
        rc = msg->decode(&r, version, &a, out);
        if (rc != HERALD_EPROTO)
            fail_msg("%s v%d cut at %zu of %zu: got %d", msg->name, version,
                     cut, len, rc);
        wire__arena_free(&a);
        free(copy);
    }
    free(out);
}

static void test_truncated_input(void **state)
{
    (void)state;
    check_truncations(&kmsg_message_request_header, 2, api_versions_v3_frame,
                      18);
    check_truncations(kmsg_api_info(18)->request, 3,
                      api_versions_v3_frame + 18,
                      sizeof(api_versions_v3_frame) - 18);
    check_truncations(kmsg_api_info(18)->response, 3,
                      api_versions_v3_response,
                      sizeof(api_versions_v3_response));
    check_truncations(kmsg_api_info(3)->request, 0, metadata_v0_body,
                      sizeof(metadata_v0_body));
    check_truncations(kmsg_api_info(0)->request, 3, produce_v3_body,
                      sizeof(produce_v3_body));
    check_truncations(kmsg_api_info(1)->response, 11, fetch_v11_prefix + 8,
                      sizeof(fetch_v11_prefix) - 8);
}

static void test_huge_array_count(void **state)
{
    static const uint8_t classic[] = {0x7f, 0xff, 0xff, 0xff, 0x00, 0x00};
    /* Compact count 0xfffffffe - 1 in a flexible Metadata v9 body. */
    static const uint8_t compact[] = {0xfe, 0xff, 0xff, 0xff, 0x0f, 0x00};
    kmsg_metadata_request_t req;
    wire_arena_t a;
    wire_reader_t r;

    (void)state;
    wire__arena_init(&a, SIZE_MAX);
    wire__reader_init(&r, classic, sizeof(classic));
    assert_int_equal(kmsg_metadata_request_decode(&r, 0, &a, &req),
                     HERALD_EPROTO);
    assert_int_equal(a.used, 0);
    assert_null(a.head);
    wire__reader_init(&r, compact, sizeof(compact));
    assert_int_equal(kmsg_metadata_request_decode(&r, 9, &a, &req),
                     HERALD_EPROTO);
    assert_int_equal(a.used, 0);
    wire__arena_free(&a);
}

static void test_arena_cap_in_decode(void **state)
{
    /* 100 empty topic names: 404 bytes of input, 100 structs of output. */
    uint8_t body[4 + 100 * 2];
    kmsg_metadata_request_t req;
    wire_arena_t a;
    wire_reader_t r;

    (void)state;
    memset(body, 0, sizeof(body));
    body[3] = 100;
    wire__arena_init(&a, 1024);
    wire__reader_init(&r, body, sizeof(body));
    assert_int_equal(kmsg_metadata_request_decode(&r, 0, &a, &req),
                     HERALD_EPROTO);
    wire__arena_free(&a);

    wire__arena_init(&a, 100 * sizeof(kmsg_metadata_request_topic_t) + 64);
    wire__reader_init(&r, body, sizeof(body));
    assert_int_equal(kmsg_metadata_request_decode(&r, 0, &a, &req), 0);
    assert_int_equal(req.topics_count, 100);
    wire__arena_free(&a);
}

static void test_decode_any(void **state)
{
    wire_arena_t a;
    wire_reader_t r;
    void *out;
    kmsg_produce_request_t *req;

    (void)state;
    wire__arena_init(&a, 4096);
    wire__reader_init(&r, produce_v3_body, sizeof(produce_v3_body));
    assert_int_equal(kmsg_request_decode_any(&r, 0, 3, &a, &out), 0);
    req = out;
    assert_int_equal(req->timeout_ms, 1500);
    wire__reader_init(&r, produce_v3_body, sizeof(produce_v3_body));
    assert_int_equal(kmsg_request_decode_any(&r, 0, 12, &a, &out),
                     HERALD_EPROTO);
    assert_null(out);
    assert_int_equal(kmsg_request_decode_any(&r, 500, 0, &a, &out),
                     HERALD_EPROTO);
    wire__arena_free(&a);
}

/* ---- round trip of every message and version -------------------------- */

typedef struct fill_ctx {
    wire_arena_t *arena;
    int16_t version;
    bool nulls;     /* use null wherever the version allows it */
    int seed;
} fill_ctx_t;

static bool in_range(int16_t v, int16_t lo, int16_t hi)
{
    return v >= lo && v <= hi;
}

static void fill_struct(fill_ctx_t *c, const kmsg_struct_info_t *si,
                        void *m);

static void fill_value(fill_ctx_t *c, const kmsg_field_info_t *f, void *p)
{
    int s = ++c->seed;

    switch (f->type) {
    case KMSG_TYPE_INT8:
        *(int8_t *)p = (int8_t)(*(int8_t *)p + 1 + s % 7);
        break;
    case KMSG_TYPE_INT16:
        *(int16_t *)p = (int16_t)(*(int16_t *)p + 1 + s % 300);
        break;
    case KMSG_TYPE_INT32:
        *(int32_t *)p = (int32_t)((uint32_t)*(int32_t *)p + 70001u * s);
        break;
    case KMSG_TYPE_INT64:
        *(int64_t *)p = *(int64_t *)p + 5000000011LL * s;
        break;
    case KMSG_TYPE_UINT32:
        *(uint32_t *)p += 1 + (uint32_t)s;
        break;
    case KMSG_TYPE_FLOAT64:
        *(double *)p += 1.5 * s;
        break;
    case KMSG_TYPE_BOOL:
        *(bool *)p = !*(bool *)p;
        break;
    case KMSG_TYPE_UUID:
        memset(((kmsg_uuid_t *)p)->b, 0x10 + s % 200, 16);
        break;
    case KMSG_TYPE_STRING: {
        char *text = wire__arena_alloc(c->arena, 32);
        kmsg_str_t *str = p;

        snprintf(text, 32, "%s-%d", f->name, s);
        str->ptr = text;
        str->len = (int32_t)strlen(text);
        break;
    }
    case KMSG_TYPE_BYTES:
    case KMSG_TYPE_RECORDS: {
        uint8_t *bytes = wire__arena_alloc(c->arena, 5);
        int i;

        for (i = 0; i < 5; i++)
            bytes[i] = (uint8_t)(s + i);
        if (f->type == KMSG_TYPE_BYTES) {
            ((kmsg_bytes_t *)p)->ptr = bytes;
            ((kmsg_bytes_t *)p)->len = 1 + s % 5;
        } else {
            ((kmsg_records_t *)p)->ptr = bytes;
            ((kmsg_records_t *)p)->len = 1 + s % 5;
        }
        break;
    }
    case KMSG_TYPE_STRUCT:
        fill_struct(c, f->struct_info, p);
        break;
    }
}

static void set_null(const kmsg_field_info_t *f, void *p)
{
    if (f->type == KMSG_TYPE_STRING)
        ((kmsg_str_t *)p)->len = -1;
    else if (f->type == KMSG_TYPE_BYTES)
        ((kmsg_bytes_t *)p)->len = -1;
    else if (f->type == KMSG_TYPE_RECORDS)
        ((kmsg_records_t *)p)->len = -1;
}

static void fill_array(fill_ctx_t *c, const kmsg_field_info_t *f, void *m)
{
    void **elems = (void **)((char *)m + f->offset);
    int32_t *count = (int32_t *)((char *)m + f->count_offset);
    int32_t n = 2;
    int32_t i;
    char *p;

    p = wire__arena_alloc(c->arena, (size_t)n * f->elem_size);
    for (i = 0; i < n; i++) {
        char *e = p + (size_t)i * f->elem_size;

        if (f->type == KMSG_TYPE_STRUCT)
            f->struct_info->init(e);
        else if (f->type == KMSG_TYPE_STRING)
            *(kmsg_str_t *)e = KMSG_STR("");
        fill_value(c, f, e);
    }
    *elems = p;
    *count = n;
}

/* Sets every field the version carries to a non-default value (or to null
 * in `nulls` mode where the version allows it). */
static void fill_struct(fill_ctx_t *c, const kmsg_struct_info_t *si,
                        void *m)
{
    size_t i;

    for (i = 0; i < si->nfields; i++) {
        const kmsg_field_info_t *f = &si->fields[i];
        void *p = (char *)m + f->offset;
        bool nullable = in_range(c->version, f->nullable_min,
                                 f->nullable_max);

        if (!in_range(c->version, f->min_version, f->max_version))
            continue;
        if (c->nulls && nullable && f->is_array) {
            *(int32_t *)((char *)m + f->count_offset) = -1;
            *(void **)p = NULL;
        } else if (f->is_array) {
            fill_array(c, f, m);
        } else if (c->nulls && nullable) {
            set_null(f, p);
        } else {
            fill_value(c, f, p);
        }
    }
}

static void expect_same_struct(const kmsg_struct_info_t *si, const void *x,
                               const void *y, const char *where);

static void expect_same_value(const kmsg_field_info_t *f, const void *x,
                              const void *y, const char *where)
{
    const kmsg_str_t *sx = x, *sy = y;
    const kmsg_bytes_t *bx = x, *by = y;
    const kmsg_records_t *rx = x, *ry = y;
    size_t size = f->elem_size;

    switch (f->type) {
    case KMSG_TYPE_STRING:
        if (sx->len != sy->len ||
            (sx->len > 0 && memcmp(sx->ptr, sy->ptr, (size_t)sx->len) != 0))
            fail_msg("%s.%s: string differs (len %d vs %d)", where, f->name,
                     sx->len, sy->len);
        return;
    case KMSG_TYPE_BYTES:
        if (bx->len != by->len ||
            (bx->len > 0 && memcmp(bx->ptr, by->ptr, (size_t)bx->len) != 0))
            fail_msg("%s.%s: bytes differ", where, f->name);
        return;
    case KMSG_TYPE_RECORDS:
        if (rx->len != ry->len ||
            (rx->len > 0 && memcmp(rx->ptr, ry->ptr, (size_t)rx->len) != 0))
            fail_msg("%s.%s: records differ", where, f->name);
        return;
    case KMSG_TYPE_STRUCT:
        expect_same_struct(f->struct_info, x, y, where);
        return;
    default:
        if (memcmp(x, y, size) != 0)
            fail_msg("%s.%s: value differs", where, f->name);
        return;
    }
}

static void expect_same_struct(const kmsg_struct_info_t *si, const void *x,
                               const void *y, const char *where)
{
    size_t i;

    for (i = 0; i < si->nfields; i++) {
        const kmsg_field_info_t *f = &si->fields[i];
        const char *px = (const char *)x + f->offset;
        const char *py = (const char *)y + f->offset;
        char sub[256];
        int32_t n, k;

        snprintf(sub, sizeof(sub), "%s.%s", where, f->name);
        if (!f->is_array && f->type == KMSG_TYPE_STRUCT) {
            expect_same_struct(f->struct_info, px, py, sub);
            continue;
        }
        if (!f->is_array) {
            expect_same_value(f, px, py, where);
            continue;
        }
        n = *(const int32_t *)((const char *)x + f->count_offset);
        if (n != *(const int32_t *)((const char *)y + f->count_offset))
            fail_msg("%s: count %d vs %d", sub, n,
                     *(const int32_t *)((const char *)y + f->count_offset));
        for (k = 0; k < n; k++) {
            const char *ex = *(char *const *)px + (size_t)k * f->elem_size;
            const char *ey = *(char *const *)py + (size_t)k * f->elem_size;

            expect_same_value(f, ex, ey, sub);
        }
    }
}

static void round_trip(const kmsg_message_info_t *msg, int16_t version,
                       bool nulls)
{
    fill_ctx_t c;
    wire_arena_t fill_arena, decode_arena;
    wire_writer_t w1, w2;
    wire_reader_t r;
    void *in = calloc(1, msg->type->size);
    void *out = calloc(1, msg->type->size);
    char where[96];
    int rc;

    assert_non_null(in);
    assert_non_null(out);
    snprintf(where, sizeof(where), "%s v%d%s", msg->name, version,
             nulls ? " (nulls)" : "");
    wire__arena_init(&fill_arena, SIZE_MAX);
    wire__arena_init(&decode_arena, SIZE_MAX);
    c.arena = &fill_arena;
    c.version = version;
    c.nulls = nulls;
    c.seed = version * 7;
    msg->type->init(in);
    fill_struct(&c, msg->type, in);

    wire__writer_init(&w1);
    rc = msg->encode(&w1, version, in);
    if (rc != 0)
        fail_msg("%s: encode returned %d", where, rc);
    wire__reader_init(&r, w1.buf.data, w1.buf.len);
    rc = msg->decode(&r, version, &decode_arena, out);
    if (rc != 0)
        fail_msg("%s: decode returned %d", where, rc);
    if (r.pos != w1.buf.len)
        fail_msg("%s: decode used %zu of %zu bytes", where, r.pos,
                 w1.buf.len);
    expect_same_struct(msg->type, in, out, where);

    wire__writer_init(&w2);
    assert_int_equal(msg->encode(&w2, version, out), 0);
    if (w2.buf.len != w1.buf.len ||
        (w1.buf.len > 0 &&
         memcmp(w2.buf.data, w1.buf.data, w1.buf.len) != 0))
        fail_msg("%s: re-encoding differs", where);

    wire__writer_free(&w1);
    wire__writer_free(&w2);
    wire__arena_free(&fill_arena);
    wire__arena_free(&decode_arena);
    free(in);
    free(out);
}

static void test_round_trip_all(void **state)
{
    int key, checked = 0;
    int16_t v;

    (void)state;
    for (key = 0; key < 1000; key++) {
        const kmsg_api_info_t *api = kmsg_api_info((int16_t)key);

        if (api == NULL)
            continue;
        for (v = api->min_version; v <= api->max_version; v++) {
            round_trip(api->request, v, false);
            round_trip(api->request, v, true);
            round_trip(api->response, v, false);
            round_trip(api->response, v, true);
            checked += 2;
        }
    }
    for (v = 0; v <= 2; v++)
        round_trip(&kmsg_message_request_header, v, false);
    for (v = 0; v <= 1; v++)
        round_trip(&kmsg_message_response_header, v, false);
    /* 31 APIs, request + response per version (Kafka 3.8.0 tables). */
    assert_int_equal(checked, 2 * 186);
}

static void test_round_trip_changes_bytes(void **state)
{
    /* A filled Metadata v12 request differs from a default one, so the
     * round trip above exercises real values. */
    const kmsg_message_info_t *msg = kmsg_api_info(3)->request;
    kmsg_metadata_request_t m, d;
    wire_arena_t a;
    fill_ctx_t c = {&a, 12, false, 0};

    (void)state;
    wire__arena_init(&a, SIZE_MAX);
    msg->type->init(&m);
    msg->type->init(&d);
    fill_struct(&c, msg->type, &m);
    assert_int_equal(m.topics_count, 2);
    assert_true(m.allow_auto_topic_creation != d.allow_auto_topic_creation);
    assert_true(m.include_topic_authorized_operations);
    assert_int_equal(m.topics[1].name.len > 0, 1);
    wire__arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_varint_vectors),
        cmocka_unit_test(test_varlong_extremes),
        cmocka_unit_test(test_varint_too_long),
        cmocka_unit_test(test_reader_error_sticks),
        cmocka_unit_test(test_reader_strings),
        cmocka_unit_test(test_reader_negative_length),
        cmocka_unit_test(test_array_len_bounded),
        cmocka_unit_test(test_writer_chunks),
        cmocka_unit_test(test_counting_writer),
        cmocka_unit_test(test_arena_cap),
        cmocka_unit_test(test_api_versions_v0_request),
        cmocka_unit_test(test_api_versions_v3_request),
        cmocka_unit_test(test_api_versions_future_header),
        cmocka_unit_test(test_metadata_v0_request),
        cmocka_unit_test(test_metadata_v1_null_topics),
        cmocka_unit_test(test_produce_v3_request),
        cmocka_unit_test(test_produce_v7_request),
        cmocka_unit_test(test_tagged_response_decode),
        cmocka_unit_test(test_tagged_response_encode),
        cmocka_unit_test(test_fetch_v11_file_chunk),
        cmocka_unit_test(test_fetch_v12_compact_file_chunk),
        cmocka_unit_test(test_encode_rejects_without_taking_ref),
        cmocka_unit_test(test_encode_version_checks),
        cmocka_unit_test(test_header_versions),
        cmocka_unit_test(test_api_table),
        cmocka_unit_test(test_kerr_names),
        cmocka_unit_test(test_truncated_input),
        cmocka_unit_test(test_huge_array_count),
        cmocka_unit_test(test_arena_cap_in_decode),
        cmocka_unit_test(test_decode_any),
        cmocka_unit_test(test_round_trip_all),
        cmocka_unit_test(test_round_trip_changes_bytes),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}

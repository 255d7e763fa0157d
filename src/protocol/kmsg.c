/*
 * GENERATED FILE: do not edit by hand. Rerun tools/gen_protocol.py (CMake
 * target regen-protocol) instead.
 *
 * Generated from the Apache Kafka 3.8.0 message definitions (the JSON files
 * in clients/src/main/resources/common/message, Apache License 2.0). The
 * field descriptions are taken from them.
 */

/*
 * Generated Kafka message codec: see kmsg.h for the API and its rules. The
 * helpers below implement the parts shared by all messages: strings, bytes,
 * records and array counts in classic and compact form, and the tagged-field
 * section of flexible versions.
 */
#include "kmsg.h"

#include <string.h>

#include "herald/error.h"

static void read_str(wire_reader_t *r, bool flex, bool nullable,
                     kmsg_str_t *out)
{
    const uint8_t *p = flex ? wire__read_compact_string(r, &out->len)
                            : wire__read_string(r, &out->len);

    out->ptr = (const char *)p;
    if (out->len < 0 && !nullable)
        wire__reader_fail(r);
}

static void read_bytes(wire_reader_t *r, bool flex, bool nullable,
                       kmsg_bytes_t *out)
{
    out->ptr = flex ? wire__read_compact_bytes(r, &out->len)
                    : wire__read_bytes(r, &out->len);
    if (out->len < 0 && !nullable)
        wire__reader_fail(r);
}

static void read_records(wire_reader_t *r, bool flex, bool nullable,
                         kmsg_records_t *out)
{
    out->ptr = flex ? wire__read_compact_bytes(r, &out->len)
                    : wire__read_bytes(r, &out->len);
    out->fd = -1;
    out->file_offset = 0;
    out->file_ref = NULL;
    out->file_release = NULL;
    if (out->len < 0 && !nullable)
        wire__reader_fail(r);
}

static int32_t read_count(wire_reader_t *r, bool flex, bool nullable,
                          size_t min_elem)
{
    int32_t n = flex ? wire__read_compact_array_len(r, min_elem)
                     : wire__read_array_len(r, min_elem);

    if (n < 0 && !nullable)
        wire__reader_fail(r);
    return n;
}

/* Allocates n elements of `size` bytes, failing the reader when the arena
 * refuses. The count was checked against the bytes left by read_count(). */
static void *read_alloc(wire_reader_t *r, wire_arena_t *a, int32_t n,
                        size_t size)
{
    void *p;

    if (r->err || n <= 0)
        return NULL;
    if ((size_t)n > SIZE_MAX / size) {
        wire__reader_fail(r);
        return NULL;
    }
    p = wire__arena_alloc(a, (size_t)n * size);
    if (p == NULL)
        wire__reader_fail(r);
    return p;
}

static void skip_tags(wire_reader_t *r)
{
    uint32_t n = wire__read_uvarint(r);
    uint32_t i;

    for (i = 0; i < n && !r->err; i++) {
        wire_reader_t field;
        uint32_t tag;

        wire__read_tagged(r, &tag, &field);
    }
}

static int write_str(wire_writer_t *w, bool flex, bool nullable,
                     const kmsg_str_t *s)
{
    if (s->len < -1 || s->len > 0x7fff || (s->len < 0 && !nullable) ||
        (s->len > 0 && s->ptr == NULL))
        return HERALD_EPROTO;
    if (flex)
        wire__write_compact_string(w, s->ptr, s->len);
    else
        wire__write_string(w, s->ptr, s->len);
    return 0;
}

static int write_bytes(wire_writer_t *w, bool flex, bool nullable,
                       const kmsg_bytes_t *b)
{
    if (b->len < -1 || (b->len < 0 && !nullable) ||
        (b->len > 0 && b->ptr == NULL))
        return HERALD_EPROTO;
    if (flex)
        wire__write_compact_bytes(w, b->ptr, b->len);
    else
        wire__write_bytes(w, b->ptr, b->len);
    return 0;
}

static int write_records(wire_writer_t *w, bool flex, bool nullable,
                         const kmsg_records_t *rec)
{
    if (rec->len < -1 || (rec->len < 0 && !nullable))
        return HERALD_EPROTO;
    if (rec->fd < 0 || rec->len < 0) {
        if (rec->len > 0 && rec->ptr == NULL)
            return HERALD_EPROTO;
        if (flex)
            wire__write_compact_bytes(w, rec->ptr, rec->len);
        else
            wire__write_bytes(w, rec->ptr, rec->len);
        return 0;
    }
    if (flex)
        wire__write_uvarint(w, (uint32_t)rec->len + 1);
    else
        wire__write_i32(w, rec->len);
    wire__write_file(w, rec->fd, rec->file_offset, (size_t)rec->len,
                     rec->file_ref, rec->file_release);
    return 0;
}

static int write_count(wire_writer_t *w, bool flex, bool nullable,
                       int32_t n, const void *elems)
{
    if (n < -1 || (n < 0 && !nullable) || (n > 0 && elems == NULL))
        return HERALD_EPROTO;
    if (flex)
        wire__write_compact_array_len(w, n);
    else
        wire__write_array_len(w, n);
    return 0;
}

typedef int (*tag_writer_fn)(wire_writer_t *w, int16_t v, const void *in);

/* Writes one tagged-field entry: tag, payload size, payload. The size comes
 * from a counting pass over the same writer function. */
static int write_tag(wire_writer_t *w, uint32_t tag, tag_writer_fn fn,
                     int16_t v, const void *in)
{
    wire_writer_t probe;
    int rc;

    wire__writer_init_counting(&probe);
    rc = fn(&probe, v, in);
    if (rc != 0)
        return rc;
    if (probe.total > UINT32_MAX)
        return HERALD_EPROTO;
    wire__write_uvarint(w, tag);
    wire__write_uvarint(w, (uint32_t)probe.total);
    return fn(w, v, in);
}

/* Runs an encoder first in counting mode, so that a message the version
 * cannot carry fails before anything is written or any file_ref taken. */
static int encode_checked(wire_writer_t *w, int16_t v, const void *in,
                          tag_writer_fn fn)
{
    wire_writer_t probe;
    int rc;

    wire__writer_init_counting(&probe);
    rc = fn(&probe, v, in);
    if (rc != 0)
        return rc;
    rc = fn(w, v, in);
    if (rc == 0 && w->err)
        rc = w->err;
    return rc;
}

/* ------------------------------------------------------------------------ */
/* RequestHeader */

void kmsg_request_header_init(kmsg_request_header_t *m)
{
    memset(m, 0, sizeof(*m));
    m->client_id.ptr = "";
}

static int decode_request_header(wire_reader_t *r, int16_t v, wire_arena_t *a,
                                 kmsg_request_header_t *out)
{
    const bool flex = v >= 2;

    kmsg_request_header_init(out);
    out->request_api_key = wire__read_i16(r);
    out->request_api_version = wire__read_i16(r);
    out->correlation_id = wire__read_i32(r);
    if (v >= 1) {
        read_str(r, false, true, &out->client_id);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_request_header(wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_request_header_t *in = p;
    const bool flex = v >= 2;

    wire__write_i16(w, in->request_api_key);
    wire__write_i16(w, in->request_api_version);
    wire__write_i32(w, in->correlation_id);
    if (v >= 1) {
        if (write_str(w, false, true, &in->client_id) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_request_header_decode(wire_reader_t *r, int16_t version,
                               wire_arena_t *arena, kmsg_request_header_t *out)
{
    if (version < 0 || version > 2) {
        kmsg_request_header_init(out);
        return HERALD_EPROTO;
    }
    return decode_request_header(r, version, arena, out);
}

int kmsg_request_header_encode(wire_writer_t *w, int16_t version,
                               const kmsg_request_header_t *in)
{
    if (version < 0 || version > 2)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_request_header);
}

/* ------------------------------------------------------------------------ */
/* ResponseHeader */

void kmsg_response_header_init(kmsg_response_header_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_response_header(wire_reader_t *r, int16_t v, wire_arena_t *a,
                                  kmsg_response_header_t *out)
{
    const bool flex = v >= 1;

    kmsg_response_header_init(out);
    out->correlation_id = wire__read_i32(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_response_header(wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_response_header_t *in = p;
    const bool flex = v >= 1;

    wire__write_i32(w, in->correlation_id);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_response_header_decode(wire_reader_t *r, int16_t version,
                                wire_arena_t *arena,
                                kmsg_response_header_t *out)
{
    if (version < 0 || version > 1) {
        kmsg_response_header_init(out);
        return HERALD_EPROTO;
    }
    return decode_response_header(r, version, arena, out);
}

int kmsg_response_header_encode(wire_writer_t *w, int16_t version,
                                const kmsg_response_header_t *in)
{
    if (version < 0 || version > 1)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_response_header);
}

/* ------------------------------------------------------------------------ */
/* ProduceRequest */

void kmsg_produce_request_partition_produce_data_init(
    kmsg_produce_request_partition_produce_data_t *m)
{
    memset(m, 0, sizeof(*m));
    m->records.len = -1;
    m->records.fd = -1;
}

void kmsg_produce_request_topic_produce_data_init(
    kmsg_produce_request_topic_produce_data_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_produce_request_init(kmsg_produce_request_t *m)
{
    memset(m, 0, sizeof(*m));
    m->transactional_id.len = -1;
}

static int decode_produce_request_partition_produce_data(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_produce_request_partition_produce_data_t *out)
{
    const bool flex = v >= 9;

    kmsg_produce_request_partition_produce_data_init(out);
    out->index = wire__read_i32(r);
    read_records(r, flex, true, &out->records);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_produce_request_topic_produce_data(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_produce_request_topic_produce_data_t *out)
{
    const bool flex = v >= 9;
    int32_t i;

    kmsg_produce_request_topic_produce_data_init(out);
    read_str(r, flex, false, &out->name);
    out->partition_data_count = read_count(r, flex, false, 1);
    out->partition_data = read_alloc(r, a, out->partition_data_count,
                                     sizeof(*out->partition_data));
    for (i = 0; i < out->partition_data_count && !r->err; i++) {
        if (decode_produce_request_partition_produce_data(
            r, v, a, &out->partition_data[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_produce_request(wire_reader_t *r, int16_t v, wire_arena_t *a,
                                  kmsg_produce_request_t *out)
{
    const bool flex = v >= 9;
    int32_t i;

    kmsg_produce_request_init(out);
    if (v >= 3) {
        read_str(r, flex, true, &out->transactional_id);
    }
    out->acks = wire__read_i16(r);
    out->timeout_ms = wire__read_i32(r);
    out->topic_data_count = read_count(r, flex, false, 1);
    out->topic_data = read_alloc(r, a, out->topic_data_count,
                                 sizeof(*out->topic_data));
    for (i = 0; i < out->topic_data_count && !r->err; i++) {
        if (decode_produce_request_topic_produce_data(r, v, a,
                                                      &out->topic_data[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_produce_request_partition_produce_data(wire_writer_t *w,
                                                         int16_t v,
                                                         const void *p)
{
    const kmsg_produce_request_partition_produce_data_t *in = p;
    const bool flex = v >= 9;

    wire__write_i32(w, in->index);
    if (write_records(w, flex, true, &in->records) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_produce_request_topic_produce_data(wire_writer_t *w,
                                                     int16_t v, const void *p)
{
    const kmsg_produce_request_topic_produce_data_t *in = p;
    const bool flex = v >= 9;
    int32_t i;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->partition_data_count,
                    in->partition_data) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partition_data_count; i++) {
        if (encode_produce_request_partition_produce_data(
            w, v, &in->partition_data[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_produce_request(wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_produce_request_t *in = p;
    const bool flex = v >= 9;
    int32_t i;

    if (v >= 3) {
        if (write_str(w, flex, true, &in->transactional_id) != 0)
            return HERALD_EPROTO;
    } else if (in->transactional_id.len >= 0) {
        return HERALD_EPROTO;
    }
    wire__write_i16(w, in->acks);
    wire__write_i32(w, in->timeout_ms);
    if (write_count(w, flex, false, in->topic_data_count, in->topic_data) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topic_data_count; i++) {
        if (encode_produce_request_topic_produce_data(w, v,
                                                      &in->topic_data[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_produce_request_decode(wire_reader_t *r, int16_t version,
                                wire_arena_t *arena,
                                kmsg_produce_request_t *out)
{
    if (version < 0 || version > 11) {
        kmsg_produce_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_produce_request(r, version, arena, out);
}

int kmsg_produce_request_encode(wire_writer_t *w, int16_t version,
                                const kmsg_produce_request_t *in)
{
    if (version < 0 || version > 11)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_produce_request);
}

/* ------------------------------------------------------------------------ */
/* ProduceResponse */

void kmsg_produce_response_batch_index_and_error_message_init(
    kmsg_produce_response_batch_index_and_error_message_t *m)
{
    memset(m, 0, sizeof(*m));
    m->batch_index_error_message.len = -1;
}

void kmsg_produce_response_leader_id_and_epoch_init(
    kmsg_produce_response_leader_id_and_epoch_t *m)
{
    memset(m, 0, sizeof(*m));
    m->leader_id = -1;
    m->leader_epoch = -1;
}

static bool is_default_produce_response_leader_id_and_epoch(
    const kmsg_produce_response_leader_id_and_epoch_t *m)
{
    return !(m->leader_id != -1) &&
           !(m->leader_epoch != -1);
}

void kmsg_produce_response_partition_produce_response_init(
    kmsg_produce_response_partition_produce_response_t *m)
{
    memset(m, 0, sizeof(*m));
    m->log_append_time_ms = -1;
    m->log_start_offset = -1;
    m->error_message.len = -1;
    kmsg_produce_response_leader_id_and_epoch_init(&m->current_leader);
}

void kmsg_produce_response_topic_produce_response_init(
    kmsg_produce_response_topic_produce_response_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_produce_response_node_endpoint_init(
    kmsg_produce_response_node_endpoint_t *m)
{
    memset(m, 0, sizeof(*m));
    m->host.ptr = "";
    m->rack.len = -1;
}

void kmsg_produce_response_init(kmsg_produce_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_produce_response_batch_index_and_error_message(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_produce_response_batch_index_and_error_message_t *out)
{
    const bool flex = v >= 9;

    kmsg_produce_response_batch_index_and_error_message_init(out);
    out->batch_index = wire__read_i32(r);
    read_str(r, flex, true, &out->batch_index_error_message);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_produce_response_leader_id_and_epoch(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_produce_response_leader_id_and_epoch_t *out)
{
    const bool flex = v >= 9;

    kmsg_produce_response_leader_id_and_epoch_init(out);
    out->leader_id = wire__read_i32(r);
    out->leader_epoch = wire__read_i32(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static void decode_tags_produce_response_partition_produce_response(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_produce_response_partition_produce_response_t *out)
{
    const bool flex = true;
    uint32_t n, k;

    n = wire__read_uvarint(r);
    for (k = 0; k < n && !r->err; k++) {
        wire_reader_t field;
        uint32_t tag;

        wire__read_tagged(r, &tag, &field);
        switch (tag) {
        case 0:
            if (v >= 10) {
                if (decode_produce_response_leader_id_and_epoch(
                    &field, v, a, &out->current_leader) != 0)
                    wire__reader_fail(&field);
            }
            break;
        default:
            break;
        }
        if (field.err)
            wire__reader_fail(r);
    }
    (void)flex;
}

static int decode_produce_response_partition_produce_response(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_produce_response_partition_produce_response_t *out)
{
    const bool flex = v >= 9;
    int32_t i;

    kmsg_produce_response_partition_produce_response_init(out);
    out->index = wire__read_i32(r);
    out->error_code = wire__read_i16(r);
    out->base_offset = wire__read_i64(r);
    if (v >= 2) {
        out->log_append_time_ms = wire__read_i64(r);
    }
    if (v >= 5) {
        out->log_start_offset = wire__read_i64(r);
    }
    if (v >= 8) {
        out->record_errors_count = read_count(r, flex, false, 1);
        out->record_errors = read_alloc(r, a, out->record_errors_count,
                                        sizeof(*out->record_errors));
        for (i = 0; i < out->record_errors_count && !r->err; i++) {
            if (decode_produce_response_batch_index_and_error_message(
                r, v, a, &out->record_errors[i]) != 0)
                wire__reader_fail(r);
        }
    }
    if (v >= 8) {
        read_str(r, flex, true, &out->error_message);
    }
    if (flex)
        decode_tags_produce_response_partition_produce_response(r, v, a, out);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_produce_response_topic_produce_response(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_produce_response_topic_produce_response_t *out)
{
    const bool flex = v >= 9;
    int32_t i;

    kmsg_produce_response_topic_produce_response_init(out);
    read_str(r, flex, false, &out->name);
    out->partition_responses_count = read_count(r, flex, false, 1);
    out->partition_responses = read_alloc(
        r, a, out->partition_responses_count,
        sizeof(*out->partition_responses));
    for (i = 0; i < out->partition_responses_count && !r->err; i++) {
        if (decode_produce_response_partition_produce_response(
            r, v, a, &out->partition_responses[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_produce_response_node_endpoint(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_produce_response_node_endpoint_t *out)
{
    const bool flex = v >= 9;

    kmsg_produce_response_node_endpoint_init(out);
    out->node_id = wire__read_i32(r);
    read_str(r, flex, false, &out->host);
    out->port = wire__read_i32(r);
    read_str(r, flex, true, &out->rack);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static void decode_tags_produce_response(wire_reader_t *r, int16_t v,
                                         wire_arena_t *a,
                                         kmsg_produce_response_t *out)
{
    const bool flex = true;
    uint32_t n, k;
    int32_t i;

    n = wire__read_uvarint(r);
    for (k = 0; k < n && !r->err; k++) {
        wire_reader_t field;
        uint32_t tag;

        wire__read_tagged(r, &tag, &field);
        switch (tag) {
        case 0:
            if (v >= 10) {
                out->node_endpoints_count = read_count(&field, flex, false, 1);
                out->node_endpoints = read_alloc(&field, a, out->node_endpoints_count,
                                                 sizeof(*out->node_endpoints));
                for (i = 0; i < out->node_endpoints_count && !field.err; i++) {
                    if (decode_produce_response_node_endpoint(&field, v, a,
                                                              &out->node_endpoints[i]) != 0)
                        wire__reader_fail(&field);
                }
            }
            break;
        default:
            break;
        }
        if (field.err)
            wire__reader_fail(r);
    }
}

static int decode_produce_response(wire_reader_t *r, int16_t v, wire_arena_t *a,
                                   kmsg_produce_response_t *out)
{
    const bool flex = v >= 9;
    int32_t i;

    kmsg_produce_response_init(out);
    out->responses_count = read_count(r, flex, false, 1);
    out->responses = read_alloc(r, a, out->responses_count,
                                sizeof(*out->responses));
    for (i = 0; i < out->responses_count && !r->err; i++) {
        if (decode_produce_response_topic_produce_response(
            r, v, a, &out->responses[i]) != 0)
            wire__reader_fail(r);
    }
    if (v >= 1) {
        out->throttle_time_ms = wire__read_i32(r);
    }
    if (flex)
        decode_tags_produce_response(r, v, a, out);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_produce_response_batch_index_and_error_message(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_produce_response_batch_index_and_error_message_t *in = p;
    const bool flex = v >= 9;

    wire__write_i32(w, in->batch_index);
    if (write_str(w, flex, true, &in->batch_index_error_message) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_produce_response_leader_id_and_epoch(wire_writer_t *w,
                                                       int16_t v, const void *p)
{
    const kmsg_produce_response_leader_id_and_epoch_t *in = p;
    const bool flex = v >= 9;

    wire__write_i32(w, in->leader_id);
    wire__write_i32(w, in->leader_epoch);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_produce_response_partition_produce_response_tag0(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_produce_response_partition_produce_response_t *in = p;

    if (encode_produce_response_leader_id_and_epoch(
        w, v, &in->current_leader) != 0)
        return HERALD_EPROTO;
    (void)v;
    return 0;
}

static int encode_produce_response_partition_produce_response(wire_writer_t *w,
                                                              int16_t v,
                                                              const void *p)
{
    const kmsg_produce_response_partition_produce_response_t *in = p;
    const bool flex = v >= 9;
    int32_t i;

    wire__write_i32(w, in->index);
    wire__write_i16(w, in->error_code);
    wire__write_i64(w, in->base_offset);
    if (v >= 2) {
        wire__write_i64(w, in->log_append_time_ms);
    }
    if (v >= 5) {
        wire__write_i64(w, in->log_start_offset);
    }
    if (v >= 8) {
        if (write_count(w, flex, false, in->record_errors_count,
                        in->record_errors) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->record_errors_count; i++) {
            if (encode_produce_response_batch_index_and_error_message(
                w, v, &in->record_errors[i]) != 0)
                return HERALD_EPROTO;
        }
    }
    if (v >= 8) {
        if (write_str(w, flex, true, &in->error_message) != 0)
            return HERALD_EPROTO;
    }
    if (!(v >= 10) && !is_default_produce_response_leader_id_and_epoch(&in->current_leader))
        return HERALD_EPROTO;
    if (flex) {
        uint32_t ntags = 0;

        if ((v >= 10) && !is_default_produce_response_leader_id_and_epoch(&in->current_leader))
            ntags++;
        wire__write_uvarint(w, ntags);
        if (((v >= 10) && !is_default_produce_response_leader_id_and_epoch(&in->current_leader)) &&
            write_tag(w, 0,
                      encode_produce_response_partition_produce_response_tag0,
                      v, in) != 0)
            return HERALD_EPROTO;
    }
    return 0;
}

static int encode_produce_response_topic_produce_response(wire_writer_t *w,
                                                          int16_t v,
                                                          const void *p)
{
    const kmsg_produce_response_topic_produce_response_t *in = p;
    const bool flex = v >= 9;
    int32_t i;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->partition_responses_count,
                    in->partition_responses) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partition_responses_count; i++) {
        if (encode_produce_response_partition_produce_response(
            w, v, &in->partition_responses[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_produce_response_node_endpoint(wire_writer_t *w, int16_t v,
                                                 const void *p)
{
    const kmsg_produce_response_node_endpoint_t *in = p;
    const bool flex = v >= 9;

    wire__write_i32(w, in->node_id);
    if (write_str(w, flex, false, &in->host) != 0)
        return HERALD_EPROTO;
    wire__write_i32(w, in->port);
    if (write_str(w, flex, true, &in->rack) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_produce_response_tag0(wire_writer_t *w, int16_t v,
                                        const void *p)
{
    const kmsg_produce_response_t *in = p;
    const bool flex = true;
    int32_t i;

    if (write_count(w, flex, false, in->node_endpoints_count,
                    in->node_endpoints) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->node_endpoints_count; i++) {
        if (encode_produce_response_node_endpoint(w, v,
                                                  &in->node_endpoints[i]) != 0)
            return HERALD_EPROTO;
    }
    (void)v;
    return 0;
}

static int encode_produce_response(wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_produce_response_t *in = p;
    const bool flex = v >= 9;
    int32_t i;

    if (write_count(w, flex, false, in->responses_count, in->responses) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->responses_count; i++) {
        if (encode_produce_response_topic_produce_response(
            w, v, &in->responses[i]) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 1) {
        wire__write_i32(w, in->throttle_time_ms);
    }
    if (!(v >= 10) && in->node_endpoints_count != 0)
        return HERALD_EPROTO;
    if (flex) {
        uint32_t ntags = 0;

        if ((v >= 10) && in->node_endpoints_count != 0)
            ntags++;
        wire__write_uvarint(w, ntags);
        if (((v >= 10) && in->node_endpoints_count != 0) &&
            write_tag(w, 0, encode_produce_response_tag0, v, in) != 0)
            return HERALD_EPROTO;
    }
    return 0;
}

int kmsg_produce_response_decode(wire_reader_t *r, int16_t version,
                                 wire_arena_t *arena,
                                 kmsg_produce_response_t *out)
{
    if (version < 0 || version > 11) {
        kmsg_produce_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_produce_response(r, version, arena, out);
}

int kmsg_produce_response_encode(wire_writer_t *w, int16_t version,
                                 const kmsg_produce_response_t *in)
{
    if (version < 0 || version > 11)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_produce_response);
}

/* ------------------------------------------------------------------------ */
/* FetchRequest */

void kmsg_fetch_request_replica_state_init(
    kmsg_fetch_request_replica_state_t *m)
{
    memset(m, 0, sizeof(*m));
    m->replica_id = -1;
    m->replica_epoch = -1;
}

static bool is_default_fetch_request_replica_state(
    const kmsg_fetch_request_replica_state_t *m)
{
    return !(m->replica_id != -1) &&
           !(m->replica_epoch != -1);
}

void kmsg_fetch_request_fetch_partition_init(
    kmsg_fetch_request_fetch_partition_t *m)
{
    memset(m, 0, sizeof(*m));
    m->current_leader_epoch = -1;
    m->last_fetched_epoch = -1;
    m->log_start_offset = -1;
}

void kmsg_fetch_request_fetch_topic_init(kmsg_fetch_request_fetch_topic_t *m)
{
    memset(m, 0, sizeof(*m));
    m->topic.ptr = "";
}

void kmsg_fetch_request_forgotten_topic_init(
    kmsg_fetch_request_forgotten_topic_t *m)
{
    memset(m, 0, sizeof(*m));
    m->topic.ptr = "";
}

void kmsg_fetch_request_init(kmsg_fetch_request_t *m)
{
    memset(m, 0, sizeof(*m));
    m->cluster_id.len = -1;
    m->replica_id = -1;
    kmsg_fetch_request_replica_state_init(&m->replica_state);
    m->max_bytes = 2147483647;
    m->session_epoch = -1;
    m->rack_id.ptr = "";
}

static int decode_fetch_request_replica_state(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_fetch_request_replica_state_t *out)
{
    const bool flex = v >= 12;

    kmsg_fetch_request_replica_state_init(out);
    out->replica_id = wire__read_i32(r);
    out->replica_epoch = wire__read_i64(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_fetch_request_fetch_partition(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_fetch_request_fetch_partition_t *out)
{
    const bool flex = v >= 12;

    kmsg_fetch_request_fetch_partition_init(out);
    out->partition = wire__read_i32(r);
    if (v >= 9) {
        out->current_leader_epoch = wire__read_i32(r);
    }
    out->fetch_offset = wire__read_i64(r);
    if (v >= 12) {
        out->last_fetched_epoch = wire__read_i32(r);
    }
    if (v >= 5) {
        out->log_start_offset = wire__read_i64(r);
    }
    out->partition_max_bytes = wire__read_i32(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_fetch_request_fetch_topic(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_fetch_request_fetch_topic_t *out)
{
    const bool flex = v >= 12;
    int32_t i;

    kmsg_fetch_request_fetch_topic_init(out);
    if (v <= 12) {
        read_str(r, flex, false, &out->topic);
    }
    if (v >= 13) {
        wire__read_uuid(r, out->topic_id.b);
    }
    out->partitions_count = read_count(r, flex, false, 1);
    out->partitions = read_alloc(r, a, out->partitions_count,
                                 sizeof(*out->partitions));
    for (i = 0; i < out->partitions_count && !r->err; i++) {
        if (decode_fetch_request_fetch_partition(r, v, a,
                                                 &out->partitions[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_fetch_request_forgotten_topic(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_fetch_request_forgotten_topic_t *out)
{
    const bool flex = v >= 12;
    int32_t i;

    kmsg_fetch_request_forgotten_topic_init(out);
    if (v <= 12) {
        read_str(r, flex, false, &out->topic);
    }
    if (v >= 13) {
        wire__read_uuid(r, out->topic_id.b);
    }
    out->partitions_count = read_count(r, flex, false, 4);
    out->partitions = read_alloc(r, a, out->partitions_count,
                                 sizeof(*out->partitions));
    for (i = 0; i < out->partitions_count && !r->err; i++) {
        out->partitions[i] = wire__read_i32(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static void decode_tags_fetch_request(wire_reader_t *r, int16_t v,
                                      wire_arena_t *a,
                                      kmsg_fetch_request_t *out)
{
    const bool flex = true;
    uint32_t n, k;

    n = wire__read_uvarint(r);
    for (k = 0; k < n && !r->err; k++) {
        wire_reader_t field;
        uint32_t tag;

        wire__read_tagged(r, &tag, &field);
        switch (tag) {
        case 0:
            if (v >= 12) {
                read_str(&field, flex, true, &out->cluster_id);
            }
            break;
        case 1:
            if (v >= 15) {
                if (decode_fetch_request_replica_state(&field, v, a,
                                                       &out->replica_state) != 0)
                    wire__reader_fail(&field);
            }
            break;
        default:
            break;
        }
        if (field.err)
            wire__reader_fail(r);
    }
}

static int decode_fetch_request(wire_reader_t *r, int16_t v, wire_arena_t *a,
                                kmsg_fetch_request_t *out)
{
    const bool flex = v >= 12;
    int32_t i;

    kmsg_fetch_request_init(out);
    if (v <= 14) {
        out->replica_id = wire__read_i32(r);
    }
    out->max_wait_ms = wire__read_i32(r);
    out->min_bytes = wire__read_i32(r);
    if (v >= 3) {
        out->max_bytes = wire__read_i32(r);
    }
    if (v >= 4) {
        out->isolation_level = wire__read_i8(r);
    }
    if (v >= 7) {
        out->session_id = wire__read_i32(r);
    }
    if (v >= 7) {
        out->session_epoch = wire__read_i32(r);
    }
    out->topics_count = read_count(r, flex, false, 1);
    out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
    for (i = 0; i < out->topics_count && !r->err; i++) {
        if (decode_fetch_request_fetch_topic(r, v, a, &out->topics[i]) != 0)
            wire__reader_fail(r);
    }
    if (v >= 7) {
        out->forgotten_topics_data_count = read_count(r, flex, false, 1);
        out->forgotten_topics_data = read_alloc(
            r, a, out->forgotten_topics_data_count,
            sizeof(*out->forgotten_topics_data));
        for (i = 0; i < out->forgotten_topics_data_count && !r->err; i++) {
            if (decode_fetch_request_forgotten_topic(
                r, v, a, &out->forgotten_topics_data[i]) != 0)
                wire__reader_fail(r);
        }
    }
    if (v >= 11) {
        read_str(r, flex, false, &out->rack_id);
    }
    if (flex)
        decode_tags_fetch_request(r, v, a, out);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_fetch_request_replica_state(wire_writer_t *w, int16_t v,
                                              const void *p)
{
    const kmsg_fetch_request_replica_state_t *in = p;
    const bool flex = v >= 12;

    wire__write_i32(w, in->replica_id);
    wire__write_i64(w, in->replica_epoch);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_fetch_request_fetch_partition(wire_writer_t *w, int16_t v,
                                                const void *p)
{
    const kmsg_fetch_request_fetch_partition_t *in = p;
    const bool flex = v >= 12;

    wire__write_i32(w, in->partition);
    if (v >= 9) {
        wire__write_i32(w, in->current_leader_epoch);
    }
    wire__write_i64(w, in->fetch_offset);
    if (v >= 12) {
        wire__write_i32(w, in->last_fetched_epoch);
    } else if (in->last_fetched_epoch != -1) {
        return HERALD_EPROTO;
    }
    if (v >= 5) {
        wire__write_i64(w, in->log_start_offset);
    }
    wire__write_i32(w, in->partition_max_bytes);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_fetch_request_fetch_topic(wire_writer_t *w, int16_t v,
                                            const void *p)
{
    const kmsg_fetch_request_fetch_topic_t *in = p;
    const bool flex = v >= 12;
    int32_t i;

    if (v <= 12) {
        if (write_str(w, flex, false, &in->topic) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 13) {
        wire__write_uuid(w, in->topic_id.b);
    }
    if (write_count(w, flex, false, in->partitions_count, in->partitions) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partitions_count; i++) {
        if (encode_fetch_request_fetch_partition(w, v, &in->partitions[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_fetch_request_forgotten_topic(wire_writer_t *w, int16_t v,
                                                const void *p)
{
    const kmsg_fetch_request_forgotten_topic_t *in = p;
    const bool flex = v >= 12;
    int32_t i;

    if (v <= 12) {
        if (write_str(w, flex, false, &in->topic) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 13) {
        wire__write_uuid(w, in->topic_id.b);
    }
    if (write_count(w, flex, false, in->partitions_count, in->partitions) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partitions_count; i++) {
        wire__write_i32(w, in->partitions[i]);
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_fetch_request_tag0(wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_fetch_request_t *in = p;
    const bool flex = true;

    if (write_str(w, flex, true, &in->cluster_id) != 0)
        return HERALD_EPROTO;
    (void)v;
    return 0;
}

static int encode_fetch_request_tag1(wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_fetch_request_t *in = p;

    if (encode_fetch_request_replica_state(w, v, &in->replica_state) != 0)
        return HERALD_EPROTO;
    (void)v;
    return 0;
}

static int encode_fetch_request(wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_fetch_request_t *in = p;
    const bool flex = v >= 12;
    int32_t i;

    if (v <= 14) {
        wire__write_i32(w, in->replica_id);
    } else if (in->replica_id != -1) {
        return HERALD_EPROTO;
    }
    wire__write_i32(w, in->max_wait_ms);
    wire__write_i32(w, in->min_bytes);
    if (v >= 3) {
        wire__write_i32(w, in->max_bytes);
    }
    if (v >= 4) {
        wire__write_i8(w, in->isolation_level);
    }
    if (v >= 7) {
        wire__write_i32(w, in->session_id);
    }
    if (v >= 7) {
        wire__write_i32(w, in->session_epoch);
    }
    if (write_count(w, flex, false, in->topics_count, in->topics) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topics_count; i++) {
        if (encode_fetch_request_fetch_topic(w, v, &in->topics[i]) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 7) {
        if (write_count(w, flex, false, in->forgotten_topics_data_count,
                        in->forgotten_topics_data) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->forgotten_topics_data_count; i++) {
            if (encode_fetch_request_forgotten_topic(
                w, v, &in->forgotten_topics_data[i]) != 0)
                return HERALD_EPROTO;
        }
    } else if (in->forgotten_topics_data_count != 0) {
        return HERALD_EPROTO;
    }
    if (v >= 11) {
        if (write_str(w, flex, false, &in->rack_id) != 0)
            return HERALD_EPROTO;
    }
    if (!(v >= 15) && !is_default_fetch_request_replica_state(&in->replica_state))
        return HERALD_EPROTO;
    if (flex) {
        uint32_t ntags = 0;

        if ((v >= 12) && in->cluster_id.len >= 0)
            ntags++;
        if ((v >= 15) && !is_default_fetch_request_replica_state(&in->replica_state))
            ntags++;
        wire__write_uvarint(w, ntags);
        if (((v >= 12) && in->cluster_id.len >= 0) &&
            write_tag(w, 0, encode_fetch_request_tag0, v, in) != 0)
            return HERALD_EPROTO;
        if (((v >= 15) && !is_default_fetch_request_replica_state(&in->replica_state)) &&
            write_tag(w, 1, encode_fetch_request_tag1, v, in) != 0)
            return HERALD_EPROTO;
    }
    return 0;
}

int kmsg_fetch_request_decode(wire_reader_t *r, int16_t version,
                              wire_arena_t *arena, kmsg_fetch_request_t *out)
{
    if (version < 0 || version > 16) {
        kmsg_fetch_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_fetch_request(r, version, arena, out);
}

int kmsg_fetch_request_encode(wire_writer_t *w, int16_t version,
                              const kmsg_fetch_request_t *in)
{
    if (version < 0 || version > 16)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_fetch_request);
}

/* ------------------------------------------------------------------------ */
/* FetchResponse */

void kmsg_fetch_response_epoch_end_offset_init(
    kmsg_fetch_response_epoch_end_offset_t *m)
{
    memset(m, 0, sizeof(*m));
    m->epoch = -1;
    m->end_offset = -1;
}

static bool is_default_fetch_response_epoch_end_offset(
    const kmsg_fetch_response_epoch_end_offset_t *m)
{
    return !(m->epoch != -1) &&
           !(m->end_offset != -1);
}

void kmsg_fetch_response_leader_id_and_epoch_init(
    kmsg_fetch_response_leader_id_and_epoch_t *m)
{
    memset(m, 0, sizeof(*m));
    m->leader_id = -1;
    m->leader_epoch = -1;
}

static bool is_default_fetch_response_leader_id_and_epoch(
    const kmsg_fetch_response_leader_id_and_epoch_t *m)
{
    return !(m->leader_id != -1) &&
           !(m->leader_epoch != -1);
}

void kmsg_fetch_response_snapshot_id_init(kmsg_fetch_response_snapshot_id_t *m)
{
    memset(m, 0, sizeof(*m));
    m->end_offset = -1;
    m->epoch = -1;
}

static bool is_default_fetch_response_snapshot_id(
    const kmsg_fetch_response_snapshot_id_t *m)
{
    return !(m->end_offset != -1) &&
           !(m->epoch != -1);
}

void kmsg_fetch_response_aborted_transaction_init(
    kmsg_fetch_response_aborted_transaction_t *m)
{
    memset(m, 0, sizeof(*m));
}

void kmsg_fetch_response_partition_data_init(
    kmsg_fetch_response_partition_data_t *m)
{
    memset(m, 0, sizeof(*m));
    m->last_stable_offset = -1;
    m->log_start_offset = -1;
    kmsg_fetch_response_epoch_end_offset_init(&m->diverging_epoch);
    kmsg_fetch_response_leader_id_and_epoch_init(&m->current_leader);
    kmsg_fetch_response_snapshot_id_init(&m->snapshot_id);
    m->preferred_read_replica = -1;
    m->records.len = -1;
    m->records.fd = -1;
}

void kmsg_fetch_response_fetchable_topic_response_init(
    kmsg_fetch_response_fetchable_topic_response_t *m)
{
    memset(m, 0, sizeof(*m));
    m->topic.ptr = "";
}

void kmsg_fetch_response_node_endpoint_init(
    kmsg_fetch_response_node_endpoint_t *m)
{
    memset(m, 0, sizeof(*m));
    m->host.ptr = "";
    m->rack.len = -1;
}

void kmsg_fetch_response_init(kmsg_fetch_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_fetch_response_epoch_end_offset(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_fetch_response_epoch_end_offset_t *out)
{
    const bool flex = v >= 12;

    kmsg_fetch_response_epoch_end_offset_init(out);
    out->epoch = wire__read_i32(r);
    out->end_offset = wire__read_i64(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_fetch_response_leader_id_and_epoch(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_fetch_response_leader_id_and_epoch_t *out)
{
    const bool flex = v >= 12;

    kmsg_fetch_response_leader_id_and_epoch_init(out);
    out->leader_id = wire__read_i32(r);
    out->leader_epoch = wire__read_i32(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_fetch_response_snapshot_id(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_fetch_response_snapshot_id_t *out)
{
    const bool flex = v >= 12;

    kmsg_fetch_response_snapshot_id_init(out);
    out->end_offset = wire__read_i64(r);
    out->epoch = wire__read_i32(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_fetch_response_aborted_transaction(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_fetch_response_aborted_transaction_t *out)
{
    const bool flex = v >= 12;

    kmsg_fetch_response_aborted_transaction_init(out);
    out->producer_id = wire__read_i64(r);
    out->first_offset = wire__read_i64(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static void decode_tags_fetch_response_partition_data(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_fetch_response_partition_data_t *out)
{
    const bool flex = true;
    uint32_t n, k;

    n = wire__read_uvarint(r);
    for (k = 0; k < n && !r->err; k++) {
        wire_reader_t field;
        uint32_t tag;

        wire__read_tagged(r, &tag, &field);
        switch (tag) {
        case 0:
            if (v >= 12) {
                if (decode_fetch_response_epoch_end_offset(&field, v, a,
                                                           &out->diverging_epoch) != 0)
                    wire__reader_fail(&field);
            }
            break;
        case 1:
            if (v >= 12) {
                if (decode_fetch_response_leader_id_and_epoch(
                    &field, v, a, &out->current_leader) != 0)
                    wire__reader_fail(&field);
            }
            break;
        case 2:
            if (v >= 12) {
                if (decode_fetch_response_snapshot_id(&field, v, a,
                                                      &out->snapshot_id) != 0)
                    wire__reader_fail(&field);
            }
            break;
        default:
            break;
        }
        if (field.err)
            wire__reader_fail(r);
    }
    (void)flex;
}

static int decode_fetch_response_partition_data(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_fetch_response_partition_data_t *out)
{
    const bool flex = v >= 12;
    int32_t i;

    kmsg_fetch_response_partition_data_init(out);
    out->partition_index = wire__read_i32(r);
    out->error_code = wire__read_i16(r);
    out->high_watermark = wire__read_i64(r);
    if (v >= 4) {
        out->last_stable_offset = wire__read_i64(r);
    }
    if (v >= 5) {
        out->log_start_offset = wire__read_i64(r);
    }
    if (v >= 4) {
        out->aborted_transactions_count = read_count(r, flex, true, 1);
        out->aborted_transactions = read_alloc(
            r, a, out->aborted_transactions_count,
            sizeof(*out->aborted_transactions));
        for (i = 0; i < out->aborted_transactions_count && !r->err; i++) {
            if (decode_fetch_response_aborted_transaction(
                r, v, a, &out->aborted_transactions[i]) != 0)
                wire__reader_fail(r);
        }
    }
    if (v >= 11) {
        out->preferred_read_replica = wire__read_i32(r);
    }
    read_records(r, flex, true, &out->records);
    if (flex)
        decode_tags_fetch_response_partition_data(r, v, a, out);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_fetch_response_fetchable_topic_response(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_fetch_response_fetchable_topic_response_t *out)
{
    const bool flex = v >= 12;
    int32_t i;

    kmsg_fetch_response_fetchable_topic_response_init(out);
    if (v <= 12) {
        read_str(r, flex, false, &out->topic);
    }
    if (v >= 13) {
        wire__read_uuid(r, out->topic_id.b);
    }
    out->partitions_count = read_count(r, flex, false, 1);
    out->partitions = read_alloc(r, a, out->partitions_count,
                                 sizeof(*out->partitions));
    for (i = 0; i < out->partitions_count && !r->err; i++) {
        if (decode_fetch_response_partition_data(r, v, a,
                                                 &out->partitions[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_fetch_response_node_endpoint(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_fetch_response_node_endpoint_t *out)
{
    const bool flex = v >= 12;

    kmsg_fetch_response_node_endpoint_init(out);
    out->node_id = wire__read_i32(r);
    read_str(r, flex, false, &out->host);
    out->port = wire__read_i32(r);
    read_str(r, flex, true, &out->rack);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static void decode_tags_fetch_response(wire_reader_t *r, int16_t v,
                                       wire_arena_t *a,
                                       kmsg_fetch_response_t *out)
{
    const bool flex = true;
    uint32_t n, k;
    int32_t i;

    n = wire__read_uvarint(r);
    for (k = 0; k < n && !r->err; k++) {
        wire_reader_t field;
        uint32_t tag;

        wire__read_tagged(r, &tag, &field);
        switch (tag) {
        case 0:
            if (v >= 16) {
                out->node_endpoints_count = read_count(&field, flex, false, 1);
                out->node_endpoints = read_alloc(&field, a, out->node_endpoints_count,
                                                 sizeof(*out->node_endpoints));
                for (i = 0; i < out->node_endpoints_count && !field.err; i++) {
                    if (decode_fetch_response_node_endpoint(&field, v, a,
                                                            &out->node_endpoints[i]) != 0)
                        wire__reader_fail(&field);
                }
            }
            break;
        default:
            break;
        }
        if (field.err)
            wire__reader_fail(r);
    }
}

static int decode_fetch_response(wire_reader_t *r, int16_t v, wire_arena_t *a,
                                 kmsg_fetch_response_t *out)
{
    const bool flex = v >= 12;
    int32_t i;

    kmsg_fetch_response_init(out);
    if (v >= 1) {
        out->throttle_time_ms = wire__read_i32(r);
    }
    if (v >= 7) {
        out->error_code = wire__read_i16(r);
    }
    if (v >= 7) {
        out->session_id = wire__read_i32(r);
    }
    out->responses_count = read_count(r, flex, false, 1);
    out->responses = read_alloc(r, a, out->responses_count,
                                sizeof(*out->responses));
    for (i = 0; i < out->responses_count && !r->err; i++) {
        if (decode_fetch_response_fetchable_topic_response(
            r, v, a, &out->responses[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        decode_tags_fetch_response(r, v, a, out);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_fetch_response_epoch_end_offset(wire_writer_t *w, int16_t v,
                                                  const void *p)
{
    const kmsg_fetch_response_epoch_end_offset_t *in = p;
    const bool flex = v >= 12;

    wire__write_i32(w, in->epoch);
    wire__write_i64(w, in->end_offset);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_fetch_response_leader_id_and_epoch(wire_writer_t *w,
                                                     int16_t v, const void *p)
{
    const kmsg_fetch_response_leader_id_and_epoch_t *in = p;
    const bool flex = v >= 12;

    wire__write_i32(w, in->leader_id);
    wire__write_i32(w, in->leader_epoch);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_fetch_response_snapshot_id(wire_writer_t *w, int16_t v,
                                             const void *p)
{
    const kmsg_fetch_response_snapshot_id_t *in = p;
    const bool flex = v >= 12;

    wire__write_i64(w, in->end_offset);
    wire__write_i32(w, in->epoch);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_fetch_response_aborted_transaction(wire_writer_t *w,
                                                     int16_t v, const void *p)
{
    const kmsg_fetch_response_aborted_transaction_t *in = p;
    const bool flex = v >= 12;

    wire__write_i64(w, in->producer_id);
    wire__write_i64(w, in->first_offset);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_fetch_response_partition_data_tag0(wire_writer_t *w,
                                                     int16_t v, const void *p)
{
    const kmsg_fetch_response_partition_data_t *in = p;

    if (encode_fetch_response_epoch_end_offset(w, v,
                                               &in->diverging_epoch) != 0)
        return HERALD_EPROTO;
    (void)v;
    return 0;
}

static int encode_fetch_response_partition_data_tag1(wire_writer_t *w,
                                                     int16_t v, const void *p)
{
    const kmsg_fetch_response_partition_data_t *in = p;

    if (encode_fetch_response_leader_id_and_epoch(w, v,
                                                  &in->current_leader) != 0)
        return HERALD_EPROTO;
    (void)v;
    return 0;
}

static int encode_fetch_response_partition_data_tag2(wire_writer_t *w,
                                                     int16_t v, const void *p)
{
    const kmsg_fetch_response_partition_data_t *in = p;

    if (encode_fetch_response_snapshot_id(w, v, &in->snapshot_id) != 0)
        return HERALD_EPROTO;
    (void)v;
    return 0;
}

static int encode_fetch_response_partition_data(wire_writer_t *w, int16_t v,
                                                const void *p)
{
    const kmsg_fetch_response_partition_data_t *in = p;
    const bool flex = v >= 12;
    int32_t i;

    wire__write_i32(w, in->partition_index);
    wire__write_i16(w, in->error_code);
    wire__write_i64(w, in->high_watermark);
    if (v >= 4) {
        wire__write_i64(w, in->last_stable_offset);
    }
    if (v >= 5) {
        wire__write_i64(w, in->log_start_offset);
    }
    if (v >= 4) {
        if (write_count(w, flex, true, in->aborted_transactions_count,
                        in->aborted_transactions) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->aborted_transactions_count; i++) {
            if (encode_fetch_response_aborted_transaction(
                w, v, &in->aborted_transactions[i]) != 0)
                return HERALD_EPROTO;
        }
    }
    if (v >= 11) {
        wire__write_i32(w, in->preferred_read_replica);
    } else if (in->preferred_read_replica != -1) {
        return HERALD_EPROTO;
    }
    if (write_records(w, flex, true, &in->records) != 0)
        return HERALD_EPROTO;
    if (!(v >= 12) && !is_default_fetch_response_epoch_end_offset(&in->diverging_epoch))
        return HERALD_EPROTO;
    if (!(v >= 12) && !is_default_fetch_response_leader_id_and_epoch(&in->current_leader))
        return HERALD_EPROTO;
    if (!(v >= 12) && !is_default_fetch_response_snapshot_id(&in->snapshot_id))
        return HERALD_EPROTO;
    if (flex) {
        uint32_t ntags = 0;

        if ((v >= 12) && !is_default_fetch_response_epoch_end_offset(&in->diverging_epoch))
            ntags++;
        if ((v >= 12) && !is_default_fetch_response_leader_id_and_epoch(&in->current_leader))
            ntags++;
        if ((v >= 12) && !is_default_fetch_response_snapshot_id(&in->snapshot_id))
            ntags++;
        wire__write_uvarint(w, ntags);
        if (((v >= 12) && !is_default_fetch_response_epoch_end_offset(&in->diverging_epoch)) &&
            write_tag(w, 0, encode_fetch_response_partition_data_tag0, v,
                      in) != 0)
            return HERALD_EPROTO;
        if (((v >= 12) && !is_default_fetch_response_leader_id_and_epoch(&in->current_leader)) &&
            write_tag(w, 1, encode_fetch_response_partition_data_tag1, v,
                      in) != 0)
            return HERALD_EPROTO;
        if (((v >= 12) && !is_default_fetch_response_snapshot_id(&in->snapshot_id)) &&
            write_tag(w, 2, encode_fetch_response_partition_data_tag2, v,
                      in) != 0)
            return HERALD_EPROTO;
    }
    return 0;
}

static int encode_fetch_response_fetchable_topic_response(wire_writer_t *w,
                                                          int16_t v,
                                                          const void *p)
{
    const kmsg_fetch_response_fetchable_topic_response_t *in = p;
    const bool flex = v >= 12;
    int32_t i;

    if (v <= 12) {
        if (write_str(w, flex, false, &in->topic) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 13) {
        wire__write_uuid(w, in->topic_id.b);
    }
    if (write_count(w, flex, false, in->partitions_count, in->partitions) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partitions_count; i++) {
        if (encode_fetch_response_partition_data(w, v, &in->partitions[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_fetch_response_node_endpoint(wire_writer_t *w, int16_t v,
                                               const void *p)
{
    const kmsg_fetch_response_node_endpoint_t *in = p;
    const bool flex = v >= 12;

    wire__write_i32(w, in->node_id);
    if (write_str(w, flex, false, &in->host) != 0)
        return HERALD_EPROTO;
    wire__write_i32(w, in->port);
    if (write_str(w, flex, true, &in->rack) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_fetch_response_tag0(wire_writer_t *w, int16_t v,
                                      const void *p)
{
    const kmsg_fetch_response_t *in = p;
    const bool flex = true;
    int32_t i;

    if (write_count(w, flex, false, in->node_endpoints_count,
                    in->node_endpoints) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->node_endpoints_count; i++) {
        if (encode_fetch_response_node_endpoint(w, v,
                                                &in->node_endpoints[i]) != 0)
            return HERALD_EPROTO;
    }
    (void)v;
    return 0;
}

static int encode_fetch_response(wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_fetch_response_t *in = p;
    const bool flex = v >= 12;
    int32_t i;

    if (v >= 1) {
        wire__write_i32(w, in->throttle_time_ms);
    }
    if (v >= 7) {
        wire__write_i16(w, in->error_code);
    }
    if (v >= 7) {
        wire__write_i32(w, in->session_id);
    } else if (in->session_id != 0) {
        return HERALD_EPROTO;
    }
    if (write_count(w, flex, false, in->responses_count, in->responses) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->responses_count; i++) {
        if (encode_fetch_response_fetchable_topic_response(
            w, v, &in->responses[i]) != 0)
            return HERALD_EPROTO;
    }
    if (!(v >= 16) && in->node_endpoints_count != 0)
        return HERALD_EPROTO;
    if (flex) {
        uint32_t ntags = 0;

        if ((v >= 16) && in->node_endpoints_count != 0)
            ntags++;
        wire__write_uvarint(w, ntags);
        if (((v >= 16) && in->node_endpoints_count != 0) &&
            write_tag(w, 0, encode_fetch_response_tag0, v, in) != 0)
            return HERALD_EPROTO;
    }
    return 0;
}

int kmsg_fetch_response_decode(wire_reader_t *r, int16_t version,
                               wire_arena_t *arena, kmsg_fetch_response_t *out)
{
    if (version < 0 || version > 16) {
        kmsg_fetch_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_fetch_response(r, version, arena, out);
}

int kmsg_fetch_response_encode(wire_writer_t *w, int16_t version,
                               const kmsg_fetch_response_t *in)
{
    if (version < 0 || version > 16)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_fetch_response);
}

/* ------------------------------------------------------------------------ */
/* ListOffsetsRequest */

void kmsg_list_offsets_request_list_offsets_partition_init(
    kmsg_list_offsets_request_list_offsets_partition_t *m)
{
    memset(m, 0, sizeof(*m));
    m->current_leader_epoch = -1;
    m->max_num_offsets = 1;
}

void kmsg_list_offsets_request_list_offsets_topic_init(
    kmsg_list_offsets_request_list_offsets_topic_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_list_offsets_request_init(kmsg_list_offsets_request_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_list_offsets_request_list_offsets_partition(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_list_offsets_request_list_offsets_partition_t *out)
{
    const bool flex = v >= 6;

    kmsg_list_offsets_request_list_offsets_partition_init(out);
    out->partition_index = wire__read_i32(r);
    if (v >= 4) {
        out->current_leader_epoch = wire__read_i32(r);
    }
    out->timestamp = wire__read_i64(r);
    if (v <= 0) {
        out->max_num_offsets = wire__read_i32(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_list_offsets_request_list_offsets_topic(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_list_offsets_request_list_offsets_topic_t *out)
{
    const bool flex = v >= 6;
    int32_t i;

    kmsg_list_offsets_request_list_offsets_topic_init(out);
    read_str(r, flex, false, &out->name);
    out->partitions_count = read_count(r, flex, false, 1);
    out->partitions = read_alloc(r, a, out->partitions_count,
                                 sizeof(*out->partitions));
    for (i = 0; i < out->partitions_count && !r->err; i++) {
        if (decode_list_offsets_request_list_offsets_partition(
            r, v, a, &out->partitions[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_list_offsets_request(wire_reader_t *r, int16_t v,
                                       wire_arena_t *a,
                                       kmsg_list_offsets_request_t *out)
{
    const bool flex = v >= 6;
    int32_t i;

    kmsg_list_offsets_request_init(out);
    out->replica_id = wire__read_i32(r);
    if (v >= 2) {
        out->isolation_level = wire__read_i8(r);
    }
    out->topics_count = read_count(r, flex, false, 1);
    out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
    for (i = 0; i < out->topics_count && !r->err; i++) {
        if (decode_list_offsets_request_list_offsets_topic(
            r, v, a, &out->topics[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_list_offsets_request_list_offsets_partition(wire_writer_t *w,
                                                              int16_t v,
                                                              const void *p)
{
    const kmsg_list_offsets_request_list_offsets_partition_t *in = p;
    const bool flex = v >= 6;

    wire__write_i32(w, in->partition_index);
    if (v >= 4) {
        wire__write_i32(w, in->current_leader_epoch);
    }
    wire__write_i64(w, in->timestamp);
    if (v <= 0) {
        wire__write_i32(w, in->max_num_offsets);
    } else if (in->max_num_offsets != 1) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_list_offsets_request_list_offsets_topic(wire_writer_t *w,
                                                          int16_t v,
                                                          const void *p)
{
    const kmsg_list_offsets_request_list_offsets_topic_t *in = p;
    const bool flex = v >= 6;
    int32_t i;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->partitions_count, in->partitions) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partitions_count; i++) {
        if (encode_list_offsets_request_list_offsets_partition(
            w, v, &in->partitions[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_list_offsets_request(wire_writer_t *w, int16_t v,
                                       const void *p)
{
    const kmsg_list_offsets_request_t *in = p;
    const bool flex = v >= 6;
    int32_t i;

    wire__write_i32(w, in->replica_id);
    if (v >= 2) {
        wire__write_i8(w, in->isolation_level);
    } else if (in->isolation_level != 0) {
        return HERALD_EPROTO;
    }
    if (write_count(w, flex, false, in->topics_count, in->topics) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topics_count; i++) {
        if (encode_list_offsets_request_list_offsets_topic(w, v,
                                                           &in->topics[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_list_offsets_request_decode(wire_reader_t *r, int16_t version,
                                     wire_arena_t *arena,
                                     kmsg_list_offsets_request_t *out)
{
    if (version < 0 || version > 8) {
        kmsg_list_offsets_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_list_offsets_request(r, version, arena, out);
}

int kmsg_list_offsets_request_encode(wire_writer_t *w, int16_t version,
                                     const kmsg_list_offsets_request_t *in)
{
    if (version < 0 || version > 8)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_list_offsets_request);
}

/* ------------------------------------------------------------------------ */
/* ListOffsetsResponse */

void kmsg_list_offsets_response_list_offsets_partition_response_init(
    kmsg_list_offsets_response_list_offsets_partition_response_t *m)
{
    memset(m, 0, sizeof(*m));
    m->timestamp = -1;
    m->offset = -1;
    m->leader_epoch = -1;
}

void kmsg_list_offsets_response_list_offsets_topic_response_init(
    kmsg_list_offsets_response_list_offsets_topic_response_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_list_offsets_response_init(kmsg_list_offsets_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_list_offsets_response_list_offsets_partition_response(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_list_offsets_response_list_offsets_partition_response_t *out)
{
    const bool flex = v >= 6;
    int32_t i;

    kmsg_list_offsets_response_list_offsets_partition_response_init(out);
    out->partition_index = wire__read_i32(r);
    out->error_code = wire__read_i16(r);
    if (v <= 0) {
        out->old_style_offsets_count = read_count(r, flex, false, 8);
        out->old_style_offsets = read_alloc(r, a, out->old_style_offsets_count,
                                            sizeof(*out->old_style_offsets));
        for (i = 0; i < out->old_style_offsets_count && !r->err; i++) {
            out->old_style_offsets[i] = wire__read_i64(r);
        }
    }
    if (v >= 1) {
        out->timestamp = wire__read_i64(r);
    }
    if (v >= 1) {
        out->offset = wire__read_i64(r);
    }
    if (v >= 4) {
        out->leader_epoch = wire__read_i32(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_list_offsets_response_list_offsets_topic_response(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_list_offsets_response_list_offsets_topic_response_t *out)
{
    const bool flex = v >= 6;
    int32_t i;

    kmsg_list_offsets_response_list_offsets_topic_response_init(out);
    read_str(r, flex, false, &out->name);
    out->partitions_count = read_count(r, flex, false, 1);
    out->partitions = read_alloc(r, a, out->partitions_count,
                                 sizeof(*out->partitions));
    for (i = 0; i < out->partitions_count && !r->err; i++) {
        if (decode_list_offsets_response_list_offsets_partition_response(
            r, v, a, &out->partitions[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_list_offsets_response(wire_reader_t *r, int16_t v,
                                        wire_arena_t *a,
                                        kmsg_list_offsets_response_t *out)
{
    const bool flex = v >= 6;
    int32_t i;

    kmsg_list_offsets_response_init(out);
    if (v >= 2) {
        out->throttle_time_ms = wire__read_i32(r);
    }
    out->topics_count = read_count(r, flex, false, 1);
    out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
    for (i = 0; i < out->topics_count && !r->err; i++) {
        if (decode_list_offsets_response_list_offsets_topic_response(
            r, v, a, &out->topics[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_list_offsets_response_list_offsets_partition_response(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_list_offsets_response_list_offsets_partition_response_t *in = p;
    const bool flex = v >= 6;
    int32_t i;

    wire__write_i32(w, in->partition_index);
    wire__write_i16(w, in->error_code);
    if (v <= 0) {
        if (write_count(w, flex, false, in->old_style_offsets_count,
                        in->old_style_offsets) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->old_style_offsets_count; i++) {
            wire__write_i64(w, in->old_style_offsets[i]);
        }
    } else if (in->old_style_offsets_count != 0) {
        return HERALD_EPROTO;
    }
    if (v >= 1) {
        wire__write_i64(w, in->timestamp);
    } else if (in->timestamp != -1) {
        return HERALD_EPROTO;
    }
    if (v >= 1) {
        wire__write_i64(w, in->offset);
    } else if (in->offset != -1) {
        return HERALD_EPROTO;
    }
    if (v >= 4) {
        wire__write_i32(w, in->leader_epoch);
    } else if (in->leader_epoch != -1) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_list_offsets_response_list_offsets_topic_response(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_list_offsets_response_list_offsets_topic_response_t *in = p;
    const bool flex = v >= 6;
    int32_t i;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->partitions_count, in->partitions) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partitions_count; i++) {
        if (encode_list_offsets_response_list_offsets_partition_response(
            w, v, &in->partitions[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_list_offsets_response(wire_writer_t *w, int16_t v,
                                        const void *p)
{
    const kmsg_list_offsets_response_t *in = p;
    const bool flex = v >= 6;
    int32_t i;

    if (v >= 2) {
        wire__write_i32(w, in->throttle_time_ms);
    }
    if (write_count(w, flex, false, in->topics_count, in->topics) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topics_count; i++) {
        if (encode_list_offsets_response_list_offsets_topic_response(
            w, v, &in->topics[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_list_offsets_response_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_list_offsets_response_t *out)
{
    if (version < 0 || version > 8) {
        kmsg_list_offsets_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_list_offsets_response(r, version, arena, out);
}

int kmsg_list_offsets_response_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_list_offsets_response_t *in)
{
    if (version < 0 || version > 8)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_list_offsets_response);
}

/* ------------------------------------------------------------------------ */
/* MetadataRequest */

void kmsg_metadata_request_topic_init(kmsg_metadata_request_topic_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_metadata_request_init(kmsg_metadata_request_t *m)
{
    memset(m, 0, sizeof(*m));
    m->allow_auto_topic_creation = true;
}

static int decode_metadata_request_topic(wire_reader_t *r, int16_t v,
                                         wire_arena_t *a,
                                         kmsg_metadata_request_topic_t *out)
{
    const bool flex = v >= 9;

    kmsg_metadata_request_topic_init(out);
    if (v >= 10) {
        wire__read_uuid(r, out->topic_id.b);
    }
    read_str(r, flex, v >= 10, &out->name);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_metadata_request(wire_reader_t *r, int16_t v, wire_arena_t *a,
                                   kmsg_metadata_request_t *out)
{
    const bool flex = v >= 9;
    int32_t i;

    kmsg_metadata_request_init(out);
    out->topics_count = read_count(r, flex, v >= 1, 1);
    out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
    for (i = 0; i < out->topics_count && !r->err; i++) {
        if (decode_metadata_request_topic(r, v, a, &out->topics[i]) != 0)
            wire__reader_fail(r);
    }
    if (v >= 4) {
        out->allow_auto_topic_creation = wire__read_bool(r);
    }
    if (v >= 8 && v <= 10) {
        out->include_cluster_authorized_operations = wire__read_bool(r);
    }
    if (v >= 8) {
        out->include_topic_authorized_operations = wire__read_bool(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_metadata_request_topic(wire_writer_t *w, int16_t v,
                                         const void *p)
{
    const kmsg_metadata_request_topic_t *in = p;
    const bool flex = v >= 9;

    if (v >= 10) {
        wire__write_uuid(w, in->topic_id.b);
    }
    if (write_str(w, flex, v >= 10, &in->name) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_metadata_request(wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_metadata_request_t *in = p;
    const bool flex = v >= 9;
    int32_t i;

    if (write_count(w, flex, v >= 1, in->topics_count, in->topics) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topics_count; i++) {
        if (encode_metadata_request_topic(w, v, &in->topics[i]) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 4) {
        wire__write_bool(w, in->allow_auto_topic_creation);
    } else if (in->allow_auto_topic_creation != true) {
        return HERALD_EPROTO;
    }
    if (v >= 8 && v <= 10) {
        wire__write_bool(w, in->include_cluster_authorized_operations);
    } else if (in->include_cluster_authorized_operations != false) {
        return HERALD_EPROTO;
    }
    if (v >= 8) {
        wire__write_bool(w, in->include_topic_authorized_operations);
    } else if (in->include_topic_authorized_operations != false) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_metadata_request_decode(wire_reader_t *r, int16_t version,
                                 wire_arena_t *arena,
                                 kmsg_metadata_request_t *out)
{
    if (version < 0 || version > 12) {
        kmsg_metadata_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_metadata_request(r, version, arena, out);
}

int kmsg_metadata_request_encode(wire_writer_t *w, int16_t version,
                                 const kmsg_metadata_request_t *in)
{
    if (version < 0 || version > 12)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_metadata_request);
}

/* ------------------------------------------------------------------------ */
/* MetadataResponse */

void kmsg_metadata_response_broker_init(kmsg_metadata_response_broker_t *m)
{
    memset(m, 0, sizeof(*m));
    m->host.ptr = "";
    m->rack.len = -1;
}

void kmsg_metadata_response_partition_init(
    kmsg_metadata_response_partition_t *m)
{
    memset(m, 0, sizeof(*m));
    m->leader_epoch = -1;
}

void kmsg_metadata_response_topic_init(kmsg_metadata_response_topic_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
    m->topic_authorized_operations = INT32_MIN;
}

void kmsg_metadata_response_init(kmsg_metadata_response_t *m)
{
    memset(m, 0, sizeof(*m));
    m->cluster_id.len = -1;
    m->controller_id = -1;
    m->cluster_authorized_operations = INT32_MIN;
}

static int decode_metadata_response_broker(wire_reader_t *r, int16_t v,
                                           wire_arena_t *a,
                                           kmsg_metadata_response_broker_t *out)
{
    const bool flex = v >= 9;

    kmsg_metadata_response_broker_init(out);
    out->node_id = wire__read_i32(r);
    read_str(r, flex, false, &out->host);
    out->port = wire__read_i32(r);
    if (v >= 1) {
        read_str(r, flex, true, &out->rack);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_metadata_response_partition(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_metadata_response_partition_t *out)
{
    const bool flex = v >= 9;
    int32_t i;

    kmsg_metadata_response_partition_init(out);
    out->error_code = wire__read_i16(r);
    out->partition_index = wire__read_i32(r);
    out->leader_id = wire__read_i32(r);
    if (v >= 7) {
        out->leader_epoch = wire__read_i32(r);
    }
    out->replica_nodes_count = read_count(r, flex, false, 4);
    out->replica_nodes = read_alloc(r, a, out->replica_nodes_count,
                                    sizeof(*out->replica_nodes));
    for (i = 0; i < out->replica_nodes_count && !r->err; i++) {
        out->replica_nodes[i] = wire__read_i32(r);
    }
    out->isr_nodes_count = read_count(r, flex, false, 4);
    out->isr_nodes = read_alloc(r, a, out->isr_nodes_count,
                                sizeof(*out->isr_nodes));
    for (i = 0; i < out->isr_nodes_count && !r->err; i++) {
        out->isr_nodes[i] = wire__read_i32(r);
    }
    if (v >= 5) {
        out->offline_replicas_count = read_count(r, flex, false, 4);
        out->offline_replicas = read_alloc(r, a, out->offline_replicas_count,
                                           sizeof(*out->offline_replicas));
        for (i = 0; i < out->offline_replicas_count && !r->err; i++) {
            out->offline_replicas[i] = wire__read_i32(r);
        }
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_metadata_response_topic(wire_reader_t *r, int16_t v,
                                          wire_arena_t *a,
                                          kmsg_metadata_response_topic_t *out)
{
    const bool flex = v >= 9;
    int32_t i;

    kmsg_metadata_response_topic_init(out);
    out->error_code = wire__read_i16(r);
    read_str(r, flex, v >= 12, &out->name);
    if (v >= 10) {
        wire__read_uuid(r, out->topic_id.b);
    }
    if (v >= 1) {
        out->is_internal = wire__read_bool(r);
    }
    out->partitions_count = read_count(r, flex, false, 1);
    out->partitions = read_alloc(r, a, out->partitions_count,
                                 sizeof(*out->partitions));
    for (i = 0; i < out->partitions_count && !r->err; i++) {
        if (decode_metadata_response_partition(r, v, a,
                                               &out->partitions[i]) != 0)
            wire__reader_fail(r);
    }
    if (v >= 8) {
        out->topic_authorized_operations = wire__read_i32(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_metadata_response(wire_reader_t *r, int16_t v,
                                    wire_arena_t *a,
                                    kmsg_metadata_response_t *out)
{
    const bool flex = v >= 9;
    int32_t i;

    kmsg_metadata_response_init(out);
    if (v >= 3) {
        out->throttle_time_ms = wire__read_i32(r);
    }
    out->brokers_count = read_count(r, flex, false, 1);
    out->brokers = read_alloc(r, a, out->brokers_count,
                              sizeof(*out->brokers));
    for (i = 0; i < out->brokers_count && !r->err; i++) {
        if (decode_metadata_response_broker(r, v, a, &out->brokers[i]) != 0)
            wire__reader_fail(r);
    }
    if (v >= 2) {
        read_str(r, flex, true, &out->cluster_id);
    }
    if (v >= 1) {
        out->controller_id = wire__read_i32(r);
    }
    out->topics_count = read_count(r, flex, false, 1);
    out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
    for (i = 0; i < out->topics_count && !r->err; i++) {
        if (decode_metadata_response_topic(r, v, a, &out->topics[i]) != 0)
            wire__reader_fail(r);
    }
    if (v >= 8 && v <= 10) {
        out->cluster_authorized_operations = wire__read_i32(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_metadata_response_broker(wire_writer_t *w, int16_t v,
                                           const void *p)
{
    const kmsg_metadata_response_broker_t *in = p;
    const bool flex = v >= 9;

    wire__write_i32(w, in->node_id);
    if (write_str(w, flex, false, &in->host) != 0)
        return HERALD_EPROTO;
    wire__write_i32(w, in->port);
    if (v >= 1) {
        if (write_str(w, flex, true, &in->rack) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_metadata_response_partition(wire_writer_t *w, int16_t v,
                                              const void *p)
{
    const kmsg_metadata_response_partition_t *in = p;
    const bool flex = v >= 9;
    int32_t i;

    wire__write_i16(w, in->error_code);
    wire__write_i32(w, in->partition_index);
    wire__write_i32(w, in->leader_id);
    if (v >= 7) {
        wire__write_i32(w, in->leader_epoch);
    }
    if (write_count(w, flex, false, in->replica_nodes_count,
                    in->replica_nodes) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->replica_nodes_count; i++) {
        wire__write_i32(w, in->replica_nodes[i]);
    }
    if (write_count(w, flex, false, in->isr_nodes_count, in->isr_nodes) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->isr_nodes_count; i++) {
        wire__write_i32(w, in->isr_nodes[i]);
    }
    if (v >= 5) {
        if (write_count(w, flex, false, in->offline_replicas_count,
                        in->offline_replicas) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->offline_replicas_count; i++) {
            wire__write_i32(w, in->offline_replicas[i]);
        }
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_metadata_response_topic(wire_writer_t *w, int16_t v,
                                          const void *p)
{
    const kmsg_metadata_response_topic_t *in = p;
    const bool flex = v >= 9;
    int32_t i;

    wire__write_i16(w, in->error_code);
    if (write_str(w, flex, v >= 12, &in->name) != 0)
        return HERALD_EPROTO;
    if (v >= 10) {
        wire__write_uuid(w, in->topic_id.b);
    }
    if (v >= 1) {
        wire__write_bool(w, in->is_internal);
    }
    if (write_count(w, flex, false, in->partitions_count, in->partitions) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partitions_count; i++) {
        if (encode_metadata_response_partition(w, v, &in->partitions[i]) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 8) {
        wire__write_i32(w, in->topic_authorized_operations);
    } else if (in->topic_authorized_operations != INT32_MIN) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_metadata_response(wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_metadata_response_t *in = p;
    const bool flex = v >= 9;
    int32_t i;

    if (v >= 3) {
        wire__write_i32(w, in->throttle_time_ms);
    }
    if (write_count(w, flex, false, in->brokers_count, in->brokers) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->brokers_count; i++) {
        if (encode_metadata_response_broker(w, v, &in->brokers[i]) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 2) {
        if (write_str(w, flex, true, &in->cluster_id) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 1) {
        wire__write_i32(w, in->controller_id);
    }
    if (write_count(w, flex, false, in->topics_count, in->topics) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topics_count; i++) {
        if (encode_metadata_response_topic(w, v, &in->topics[i]) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 8 && v <= 10) {
        wire__write_i32(w, in->cluster_authorized_operations);
    } else if (in->cluster_authorized_operations != INT32_MIN) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_metadata_response_decode(wire_reader_t *r, int16_t version,
                                  wire_arena_t *arena,
                                  kmsg_metadata_response_t *out)
{
    if (version < 0 || version > 12) {
        kmsg_metadata_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_metadata_response(r, version, arena, out);
}

int kmsg_metadata_response_encode(wire_writer_t *w, int16_t version,
                                  const kmsg_metadata_response_t *in)
{
    if (version < 0 || version > 12)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_metadata_response);
}

/* ------------------------------------------------------------------------ */
/* OffsetCommitRequest */

void kmsg_offset_commit_request_partition_init(
    kmsg_offset_commit_request_partition_t *m)
{
    memset(m, 0, sizeof(*m));
    m->committed_leader_epoch = -1;
    m->commit_timestamp = -1;
    m->committed_metadata.ptr = "";
}

void kmsg_offset_commit_request_topic_init(
    kmsg_offset_commit_request_topic_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_offset_commit_request_init(kmsg_offset_commit_request_t *m)
{
    memset(m, 0, sizeof(*m));
    m->group_id.ptr = "";
    m->generation_id_or_member_epoch = -1;
    m->member_id.ptr = "";
    m->group_instance_id.len = -1;
    m->retention_time_ms = -1;
}

static int decode_offset_commit_request_partition(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_commit_request_partition_t *out)
{
    const bool flex = v >= 8;

    kmsg_offset_commit_request_partition_init(out);
    out->partition_index = wire__read_i32(r);
    out->committed_offset = wire__read_i64(r);
    if (v >= 6) {
        out->committed_leader_epoch = wire__read_i32(r);
    }
    if (v >= 1 && v <= 1) {
        out->commit_timestamp = wire__read_i64(r);
    }
    read_str(r, flex, true, &out->committed_metadata);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_commit_request_topic(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_commit_request_topic_t *out)
{
    const bool flex = v >= 8;
    int32_t i;

    kmsg_offset_commit_request_topic_init(out);
    read_str(r, flex, false, &out->name);
    out->partitions_count = read_count(r, flex, false, 1);
    out->partitions = read_alloc(r, a, out->partitions_count,
                                 sizeof(*out->partitions));
    for (i = 0; i < out->partitions_count && !r->err; i++) {
        if (decode_offset_commit_request_partition(r, v, a,
                                                   &out->partitions[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_commit_request(wire_reader_t *r, int16_t v,
                                        wire_arena_t *a,
                                        kmsg_offset_commit_request_t *out)
{
    const bool flex = v >= 8;
    int32_t i;

    kmsg_offset_commit_request_init(out);
    read_str(r, flex, false, &out->group_id);
    if (v >= 1) {
        out->generation_id_or_member_epoch = wire__read_i32(r);
    }
    if (v >= 1) {
        read_str(r, flex, false, &out->member_id);
    }
    if (v >= 7) {
        read_str(r, flex, true, &out->group_instance_id);
    }
    if (v >= 2 && v <= 4) {
        out->retention_time_ms = wire__read_i64(r);
    }
    out->topics_count = read_count(r, flex, false, 1);
    out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
    for (i = 0; i < out->topics_count && !r->err; i++) {
        if (decode_offset_commit_request_topic(r, v, a, &out->topics[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_offset_commit_request_partition(wire_writer_t *w, int16_t v,
                                                  const void *p)
{
    const kmsg_offset_commit_request_partition_t *in = p;
    const bool flex = v >= 8;

    wire__write_i32(w, in->partition_index);
    wire__write_i64(w, in->committed_offset);
    if (v >= 6) {
        wire__write_i32(w, in->committed_leader_epoch);
    }
    if (v >= 1 && v <= 1) {
        wire__write_i64(w, in->commit_timestamp);
    } else if (in->commit_timestamp != -1) {
        return HERALD_EPROTO;
    }
    if (write_str(w, flex, true, &in->committed_metadata) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_offset_commit_request_topic(wire_writer_t *w, int16_t v,
                                              const void *p)
{
    const kmsg_offset_commit_request_topic_t *in = p;
    const bool flex = v >= 8;
    int32_t i;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->partitions_count, in->partitions) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partitions_count; i++) {
        if (encode_offset_commit_request_partition(w, v,
                                                   &in->partitions[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_offset_commit_request(wire_writer_t *w, int16_t v,
                                        const void *p)
{
    const kmsg_offset_commit_request_t *in = p;
    const bool flex = v >= 8;
    int32_t i;

    if (write_str(w, flex, false, &in->group_id) != 0)
        return HERALD_EPROTO;
    if (v >= 1) {
        wire__write_i32(w, in->generation_id_or_member_epoch);
    }
    if (v >= 1) {
        if (write_str(w, flex, false, &in->member_id) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 7) {
        if (write_str(w, flex, true, &in->group_instance_id) != 0)
            return HERALD_EPROTO;
    } else if (in->group_instance_id.len >= 0) {
        return HERALD_EPROTO;
    }
    if (v >= 2 && v <= 4) {
        wire__write_i64(w, in->retention_time_ms);
    }
    if (write_count(w, flex, false, in->topics_count, in->topics) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topics_count; i++) {
        if (encode_offset_commit_request_topic(w, v, &in->topics[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_offset_commit_request_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_offset_commit_request_t *out)
{
    if (version < 0 || version > 9) {
        kmsg_offset_commit_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_offset_commit_request(r, version, arena, out);
}

int kmsg_offset_commit_request_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_offset_commit_request_t *in)
{
    if (version < 0 || version > 9)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_offset_commit_request);
}

/* ------------------------------------------------------------------------ */
/* OffsetCommitResponse */

void kmsg_offset_commit_response_partition_init(
    kmsg_offset_commit_response_partition_t *m)
{
    memset(m, 0, sizeof(*m));
}

void kmsg_offset_commit_response_topic_init(
    kmsg_offset_commit_response_topic_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_offset_commit_response_init(kmsg_offset_commit_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_offset_commit_response_partition(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_commit_response_partition_t *out)
{
    const bool flex = v >= 8;

    kmsg_offset_commit_response_partition_init(out);
    out->partition_index = wire__read_i32(r);
    out->error_code = wire__read_i16(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_commit_response_topic(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_commit_response_topic_t *out)
{
    const bool flex = v >= 8;
    int32_t i;

    kmsg_offset_commit_response_topic_init(out);
    read_str(r, flex, false, &out->name);
    out->partitions_count = read_count(r, flex, false, 1);
    out->partitions = read_alloc(r, a, out->partitions_count,
                                 sizeof(*out->partitions));
    for (i = 0; i < out->partitions_count && !r->err; i++) {
        if (decode_offset_commit_response_partition(r, v, a,
                                                    &out->partitions[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_commit_response(wire_reader_t *r, int16_t v,
                                         wire_arena_t *a,
                                         kmsg_offset_commit_response_t *out)
{
    const bool flex = v >= 8;
    int32_t i;

    kmsg_offset_commit_response_init(out);
    if (v >= 3) {
        out->throttle_time_ms = wire__read_i32(r);
    }
    out->topics_count = read_count(r, flex, false, 1);
    out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
    for (i = 0; i < out->topics_count && !r->err; i++) {
        if (decode_offset_commit_response_topic(r, v, a, &out->topics[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_offset_commit_response_partition(wire_writer_t *w, int16_t v,
                                                   const void *p)
{
    const kmsg_offset_commit_response_partition_t *in = p;
    const bool flex = v >= 8;

    wire__write_i32(w, in->partition_index);
    wire__write_i16(w, in->error_code);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_offset_commit_response_topic(wire_writer_t *w, int16_t v,
                                               const void *p)
{
    const kmsg_offset_commit_response_topic_t *in = p;
    const bool flex = v >= 8;
    int32_t i;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->partitions_count, in->partitions) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partitions_count; i++) {
        if (encode_offset_commit_response_partition(w, v,
                                                    &in->partitions[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_offset_commit_response(wire_writer_t *w, int16_t v,
                                         const void *p)
{
    const kmsg_offset_commit_response_t *in = p;
    const bool flex = v >= 8;
    int32_t i;

    if (v >= 3) {
        wire__write_i32(w, in->throttle_time_ms);
    }
    if (write_count(w, flex, false, in->topics_count, in->topics) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topics_count; i++) {
        if (encode_offset_commit_response_topic(w, v, &in->topics[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_offset_commit_response_decode(wire_reader_t *r, int16_t version,
                                       wire_arena_t *arena,
                                       kmsg_offset_commit_response_t *out)
{
    if (version < 0 || version > 9) {
        kmsg_offset_commit_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_offset_commit_response(r, version, arena, out);
}

int kmsg_offset_commit_response_encode(wire_writer_t *w, int16_t version,
                                       const kmsg_offset_commit_response_t *in)
{
    if (version < 0 || version > 9)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_offset_commit_response);
}

/* ------------------------------------------------------------------------ */
/* OffsetFetchRequest */

void kmsg_offset_fetch_request_topic_init(kmsg_offset_fetch_request_topic_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_offset_fetch_request_topics_init(
    kmsg_offset_fetch_request_topics_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_offset_fetch_request_group_init(kmsg_offset_fetch_request_group_t *m)
{
    memset(m, 0, sizeof(*m));
    m->group_id.ptr = "";
    m->member_id.len = -1;
    m->member_epoch = -1;
}

void kmsg_offset_fetch_request_init(kmsg_offset_fetch_request_t *m)
{
    memset(m, 0, sizeof(*m));
    m->group_id.ptr = "";
}

static int decode_offset_fetch_request_topic(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_fetch_request_topic_t *out)
{
    const bool flex = v >= 6;
    int32_t i;

    kmsg_offset_fetch_request_topic_init(out);
    read_str(r, flex, false, &out->name);
    out->partition_indexes_count = read_count(r, flex, false, 4);
    out->partition_indexes = read_alloc(r, a, out->partition_indexes_count,
                                        sizeof(*out->partition_indexes));
    for (i = 0; i < out->partition_indexes_count && !r->err; i++) {
        out->partition_indexes[i] = wire__read_i32(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_fetch_request_topics(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_fetch_request_topics_t *out)
{
    const bool flex = v >= 6;
    int32_t i;

    kmsg_offset_fetch_request_topics_init(out);
    read_str(r, flex, false, &out->name);
    out->partition_indexes_count = read_count(r, flex, false, 4);
    out->partition_indexes = read_alloc(r, a, out->partition_indexes_count,
                                        sizeof(*out->partition_indexes));
    for (i = 0; i < out->partition_indexes_count && !r->err; i++) {
        out->partition_indexes[i] = wire__read_i32(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_fetch_request_group(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_fetch_request_group_t *out)
{
    const bool flex = v >= 6;
    int32_t i;

    kmsg_offset_fetch_request_group_init(out);
    read_str(r, flex, false, &out->group_id);
    if (v >= 9) {
        read_str(r, flex, true, &out->member_id);
    }
    if (v >= 9) {
        out->member_epoch = wire__read_i32(r);
    }
    out->topics_count = read_count(r, flex, true, 1);
    out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
    for (i = 0; i < out->topics_count && !r->err; i++) {
        if (decode_offset_fetch_request_topics(r, v, a, &out->topics[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_fetch_request(wire_reader_t *r, int16_t v,
                                       wire_arena_t *a,
                                       kmsg_offset_fetch_request_t *out)
{
    const bool flex = v >= 6;
    int32_t i;

    kmsg_offset_fetch_request_init(out);
    if (v <= 7) {
        read_str(r, flex, false, &out->group_id);
    }
    if (v <= 7) {
        out->topics_count = read_count(r, flex, v >= 2, 1);
        out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
        for (i = 0; i < out->topics_count && !r->err; i++) {
            if (decode_offset_fetch_request_topic(r, v, a, &out->topics[i]) != 0)
                wire__reader_fail(r);
        }
    }
    if (v >= 8) {
        out->groups_count = read_count(r, flex, false, 1);
        out->groups = read_alloc(r, a, out->groups_count, sizeof(*out->groups));
        for (i = 0; i < out->groups_count && !r->err; i++) {
            if (decode_offset_fetch_request_group(r, v, a, &out->groups[i]) != 0)
                wire__reader_fail(r);
        }
    }
    if (v >= 7) {
        out->require_stable = wire__read_bool(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_offset_fetch_request_topic(wire_writer_t *w, int16_t v,
                                             const void *p)
{
    const kmsg_offset_fetch_request_topic_t *in = p;
    const bool flex = v >= 6;
    int32_t i;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->partition_indexes_count,
                    in->partition_indexes) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partition_indexes_count; i++) {
        wire__write_i32(w, in->partition_indexes[i]);
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_offset_fetch_request_topics(wire_writer_t *w, int16_t v,
                                              const void *p)
{
    const kmsg_offset_fetch_request_topics_t *in = p;
    const bool flex = v >= 6;
    int32_t i;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->partition_indexes_count,
                    in->partition_indexes) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partition_indexes_count; i++) {
        wire__write_i32(w, in->partition_indexes[i]);
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_offset_fetch_request_group(wire_writer_t *w, int16_t v,
                                             const void *p)
{
    const kmsg_offset_fetch_request_group_t *in = p;
    const bool flex = v >= 6;
    int32_t i;

    if (write_str(w, flex, false, &in->group_id) != 0)
        return HERALD_EPROTO;
    if (v >= 9) {
        if (write_str(w, flex, true, &in->member_id) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 9) {
        wire__write_i32(w, in->member_epoch);
    }
    if (write_count(w, flex, true, in->topics_count, in->topics) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topics_count; i++) {
        if (encode_offset_fetch_request_topics(w, v, &in->topics[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_offset_fetch_request(wire_writer_t *w, int16_t v,
                                       const void *p)
{
    const kmsg_offset_fetch_request_t *in = p;
    const bool flex = v >= 6;
    int32_t i;

    if (v <= 7) {
        if (write_str(w, flex, false, &in->group_id) != 0)
            return HERALD_EPROTO;
    } else if (in->group_id.len != 0) {
        return HERALD_EPROTO;
    }
    if (v <= 7) {
        if (write_count(w, flex, v >= 2, in->topics_count, in->topics) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->topics_count; i++) {
            if (encode_offset_fetch_request_topic(w, v, &in->topics[i]) != 0)
                return HERALD_EPROTO;
        }
    } else if (in->topics_count != 0) {
        return HERALD_EPROTO;
    }
    if (v >= 8) {
        if (write_count(w, flex, false, in->groups_count, in->groups) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->groups_count; i++) {
            if (encode_offset_fetch_request_group(w, v, &in->groups[i]) != 0)
                return HERALD_EPROTO;
        }
    } else if (in->groups_count != 0) {
        return HERALD_EPROTO;
    }
    if (v >= 7) {
        wire__write_bool(w, in->require_stable);
    } else if (in->require_stable != false) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_offset_fetch_request_decode(wire_reader_t *r, int16_t version,
                                     wire_arena_t *arena,
                                     kmsg_offset_fetch_request_t *out)
{
    if (version < 0 || version > 9) {
        kmsg_offset_fetch_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_offset_fetch_request(r, version, arena, out);
}

int kmsg_offset_fetch_request_encode(wire_writer_t *w, int16_t version,
                                     const kmsg_offset_fetch_request_t *in)
{
    if (version < 0 || version > 9)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_offset_fetch_request);
}

/* ------------------------------------------------------------------------ */
/* OffsetFetchResponse */

void kmsg_offset_fetch_response_partition_init(
    kmsg_offset_fetch_response_partition_t *m)
{
    memset(m, 0, sizeof(*m));
    m->committed_leader_epoch = -1;
    m->metadata.ptr = "";
}

void kmsg_offset_fetch_response_topic_init(
    kmsg_offset_fetch_response_topic_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_offset_fetch_response_partitions_init(
    kmsg_offset_fetch_response_partitions_t *m)
{
    memset(m, 0, sizeof(*m));
    m->committed_leader_epoch = -1;
    m->metadata.ptr = "";
}

void kmsg_offset_fetch_response_topics_init(
    kmsg_offset_fetch_response_topics_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_offset_fetch_response_group_init(
    kmsg_offset_fetch_response_group_t *m)
{
    memset(m, 0, sizeof(*m));
    m->group_id.ptr = "";
}

void kmsg_offset_fetch_response_init(kmsg_offset_fetch_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_offset_fetch_response_partition(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_fetch_response_partition_t *out)
{
    const bool flex = v >= 6;

    kmsg_offset_fetch_response_partition_init(out);
    out->partition_index = wire__read_i32(r);
    out->committed_offset = wire__read_i64(r);
    if (v >= 5) {
        out->committed_leader_epoch = wire__read_i32(r);
    }
    read_str(r, flex, true, &out->metadata);
    out->error_code = wire__read_i16(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_fetch_response_topic(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_fetch_response_topic_t *out)
{
    const bool flex = v >= 6;
    int32_t i;

    kmsg_offset_fetch_response_topic_init(out);
    read_str(r, flex, false, &out->name);
    out->partitions_count = read_count(r, flex, false, 1);
    out->partitions = read_alloc(r, a, out->partitions_count,
                                 sizeof(*out->partitions));
    for (i = 0; i < out->partitions_count && !r->err; i++) {
        if (decode_offset_fetch_response_partition(r, v, a,
                                                   &out->partitions[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_fetch_response_partitions(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_fetch_response_partitions_t *out)
{
    const bool flex = v >= 6;

    kmsg_offset_fetch_response_partitions_init(out);
    out->partition_index = wire__read_i32(r);
    out->committed_offset = wire__read_i64(r);
    out->committed_leader_epoch = wire__read_i32(r);
    read_str(r, flex, true, &out->metadata);
    out->error_code = wire__read_i16(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_fetch_response_topics(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_fetch_response_topics_t *out)
{
    const bool flex = v >= 6;
    int32_t i;

    kmsg_offset_fetch_response_topics_init(out);
    read_str(r, flex, false, &out->name);
    out->partitions_count = read_count(r, flex, false, 1);
    out->partitions = read_alloc(r, a, out->partitions_count,
                                 sizeof(*out->partitions));
    for (i = 0; i < out->partitions_count && !r->err; i++) {
        if (decode_offset_fetch_response_partitions(r, v, a,
                                                    &out->partitions[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_fetch_response_group(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_fetch_response_group_t *out)
{
    const bool flex = v >= 6;
    int32_t i;

    kmsg_offset_fetch_response_group_init(out);
    read_str(r, flex, false, &out->group_id);
    out->topics_count = read_count(r, flex, false, 1);
    out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
    for (i = 0; i < out->topics_count && !r->err; i++) {
        if (decode_offset_fetch_response_topics(r, v, a, &out->topics[i]) != 0)
            wire__reader_fail(r);
    }
    out->error_code = wire__read_i16(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_fetch_response(wire_reader_t *r, int16_t v,
                                        wire_arena_t *a,
                                        kmsg_offset_fetch_response_t *out)
{
    const bool flex = v >= 6;
    int32_t i;

    kmsg_offset_fetch_response_init(out);
    if (v >= 3) {
        out->throttle_time_ms = wire__read_i32(r);
    }
    if (v <= 7) {
        out->topics_count = read_count(r, flex, false, 1);
        out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
        for (i = 0; i < out->topics_count && !r->err; i++) {
            if (decode_offset_fetch_response_topic(r, v, a, &out->topics[i]) != 0)
                wire__reader_fail(r);
        }
    }
    if (v >= 2 && v <= 7) {
        out->error_code = wire__read_i16(r);
    }
    if (v >= 8) {
        out->groups_count = read_count(r, flex, false, 1);
        out->groups = read_alloc(r, a, out->groups_count, sizeof(*out->groups));
        for (i = 0; i < out->groups_count && !r->err; i++) {
            if (decode_offset_fetch_response_group(r, v, a, &out->groups[i]) != 0)
                wire__reader_fail(r);
        }
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_offset_fetch_response_partition(wire_writer_t *w, int16_t v,
                                                  const void *p)
{
    const kmsg_offset_fetch_response_partition_t *in = p;
    const bool flex = v >= 6;

    wire__write_i32(w, in->partition_index);
    wire__write_i64(w, in->committed_offset);
    if (v >= 5) {
        wire__write_i32(w, in->committed_leader_epoch);
    }
    if (write_str(w, flex, true, &in->metadata) != 0)
        return HERALD_EPROTO;
    wire__write_i16(w, in->error_code);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_offset_fetch_response_topic(wire_writer_t *w, int16_t v,
                                              const void *p)
{
    const kmsg_offset_fetch_response_topic_t *in = p;
    const bool flex = v >= 6;
    int32_t i;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->partitions_count, in->partitions) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partitions_count; i++) {
        if (encode_offset_fetch_response_partition(w, v,
                                                   &in->partitions[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_offset_fetch_response_partitions(wire_writer_t *w, int16_t v,
                                                   const void *p)
{
    const kmsg_offset_fetch_response_partitions_t *in = p;
    const bool flex = v >= 6;

    wire__write_i32(w, in->partition_index);
    wire__write_i64(w, in->committed_offset);
    wire__write_i32(w, in->committed_leader_epoch);
    if (write_str(w, flex, true, &in->metadata) != 0)
        return HERALD_EPROTO;
    wire__write_i16(w, in->error_code);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_offset_fetch_response_topics(wire_writer_t *w, int16_t v,
                                               const void *p)
{
    const kmsg_offset_fetch_response_topics_t *in = p;
    const bool flex = v >= 6;
    int32_t i;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->partitions_count, in->partitions) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partitions_count; i++) {
        if (encode_offset_fetch_response_partitions(w, v,
                                                    &in->partitions[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_offset_fetch_response_group(wire_writer_t *w, int16_t v,
                                              const void *p)
{
    const kmsg_offset_fetch_response_group_t *in = p;
    const bool flex = v >= 6;
    int32_t i;

    if (write_str(w, flex, false, &in->group_id) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->topics_count, in->topics) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topics_count; i++) {
        if (encode_offset_fetch_response_topics(w, v, &in->topics[i]) != 0)
            return HERALD_EPROTO;
    }
    wire__write_i16(w, in->error_code);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_offset_fetch_response(wire_writer_t *w, int16_t v,
                                        const void *p)
{
    const kmsg_offset_fetch_response_t *in = p;
    const bool flex = v >= 6;
    int32_t i;

    if (v >= 3) {
        wire__write_i32(w, in->throttle_time_ms);
    }
    if (v <= 7) {
        if (write_count(w, flex, false, in->topics_count, in->topics) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->topics_count; i++) {
            if (encode_offset_fetch_response_topic(w, v, &in->topics[i]) != 0)
                return HERALD_EPROTO;
        }
    } else if (in->topics_count != 0) {
        return HERALD_EPROTO;
    }
    if (v >= 2 && v <= 7) {
        wire__write_i16(w, in->error_code);
    }
    if (v >= 8) {
        if (write_count(w, flex, false, in->groups_count, in->groups) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->groups_count; i++) {
            if (encode_offset_fetch_response_group(w, v, &in->groups[i]) != 0)
                return HERALD_EPROTO;
        }
    } else if (in->groups_count != 0) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_offset_fetch_response_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_offset_fetch_response_t *out)
{
    if (version < 0 || version > 9) {
        kmsg_offset_fetch_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_offset_fetch_response(r, version, arena, out);
}

int kmsg_offset_fetch_response_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_offset_fetch_response_t *in)
{
    if (version < 0 || version > 9)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_offset_fetch_response);
}

/* ------------------------------------------------------------------------ */
/* FindCoordinatorRequest */

void kmsg_find_coordinator_request_init(kmsg_find_coordinator_request_t *m)
{
    memset(m, 0, sizeof(*m));
    m->key.ptr = "";
}

static int decode_find_coordinator_request(wire_reader_t *r, int16_t v,
                                           wire_arena_t *a,
                                           kmsg_find_coordinator_request_t *out)
{
    const bool flex = v >= 3;
    int32_t i;

    kmsg_find_coordinator_request_init(out);
    if (v <= 3) {
        read_str(r, flex, false, &out->key);
    }
    if (v >= 1) {
        out->key_type = wire__read_i8(r);
    }
    if (v >= 4) {
        out->coordinator_keys_count = read_count(r, flex, false, flex ? 1 : 2);
        out->coordinator_keys = read_alloc(r, a, out->coordinator_keys_count,
                                           sizeof(*out->coordinator_keys));
        for (i = 0; i < out->coordinator_keys_count && !r->err; i++) {
            read_str(r, flex, false, &out->coordinator_keys[i]);
        }
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_find_coordinator_request(wire_writer_t *w, int16_t v,
                                           const void *p)
{
    const kmsg_find_coordinator_request_t *in = p;
    const bool flex = v >= 3;
    int32_t i;

    if (v <= 3) {
        if (write_str(w, flex, false, &in->key) != 0)
            return HERALD_EPROTO;
    } else if (in->key.len != 0) {
        return HERALD_EPROTO;
    }
    if (v >= 1) {
        wire__write_i8(w, in->key_type);
    } else if (in->key_type != 0) {
        return HERALD_EPROTO;
    }
    if (v >= 4) {
        if (write_count(w, flex, false, in->coordinator_keys_count,
                        in->coordinator_keys) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->coordinator_keys_count; i++) {
            if (write_str(w, flex, false, &in->coordinator_keys[i]) != 0)
                return HERALD_EPROTO;
        }
    } else if (in->coordinator_keys_count != 0) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_find_coordinator_request_decode(wire_reader_t *r, int16_t version,
                                         wire_arena_t *arena,
                                         kmsg_find_coordinator_request_t *out)
{
    if (version < 0 || version > 5) {
        kmsg_find_coordinator_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_find_coordinator_request(r, version, arena, out);
}

int kmsg_find_coordinator_request_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_find_coordinator_request_t *in)
{
    if (version < 0 || version > 5)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_find_coordinator_request);
}

/* ------------------------------------------------------------------------ */
/* FindCoordinatorResponse */

void kmsg_find_coordinator_response_coordinator_init(
    kmsg_find_coordinator_response_coordinator_t *m)
{
    memset(m, 0, sizeof(*m));
    m->key.ptr = "";
    m->host.ptr = "";
    m->error_message.ptr = "";
}

void kmsg_find_coordinator_response_init(kmsg_find_coordinator_response_t *m)
{
    memset(m, 0, sizeof(*m));
    m->error_message.ptr = "";
    m->host.ptr = "";
}

static int decode_find_coordinator_response_coordinator(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_find_coordinator_response_coordinator_t *out)
{
    const bool flex = v >= 3;

    kmsg_find_coordinator_response_coordinator_init(out);
    read_str(r, flex, false, &out->key);
    out->node_id = wire__read_i32(r);
    read_str(r, flex, false, &out->host);
    out->port = wire__read_i32(r);
    out->error_code = wire__read_i16(r);
    read_str(r, flex, true, &out->error_message);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_find_coordinator_response(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_find_coordinator_response_t *out)
{
    const bool flex = v >= 3;
    int32_t i;

    kmsg_find_coordinator_response_init(out);
    if (v >= 1) {
        out->throttle_time_ms = wire__read_i32(r);
    }
    if (v <= 3) {
        out->error_code = wire__read_i16(r);
    }
    if (v >= 1 && v <= 3) {
        read_str(r, flex, true, &out->error_message);
    }
    if (v <= 3) {
        out->node_id = wire__read_i32(r);
    }
    if (v <= 3) {
        read_str(r, flex, false, &out->host);
    }
    if (v <= 3) {
        out->port = wire__read_i32(r);
    }
    if (v >= 4) {
        out->coordinators_count = read_count(r, flex, false, 1);
        out->coordinators = read_alloc(r, a, out->coordinators_count,
                                       sizeof(*out->coordinators));
        for (i = 0; i < out->coordinators_count && !r->err; i++) {
            if (decode_find_coordinator_response_coordinator(
                r, v, a, &out->coordinators[i]) != 0)
                wire__reader_fail(r);
        }
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_find_coordinator_response_coordinator(wire_writer_t *w,
                                                        int16_t v,
                                                        const void *p)
{
    const kmsg_find_coordinator_response_coordinator_t *in = p;
    const bool flex = v >= 3;

    if (write_str(w, flex, false, &in->key) != 0)
        return HERALD_EPROTO;
    wire__write_i32(w, in->node_id);
    if (write_str(w, flex, false, &in->host) != 0)
        return HERALD_EPROTO;
    wire__write_i32(w, in->port);
    wire__write_i16(w, in->error_code);
    if (write_str(w, flex, true, &in->error_message) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_find_coordinator_response(wire_writer_t *w, int16_t v,
                                            const void *p)
{
    const kmsg_find_coordinator_response_t *in = p;
    const bool flex = v >= 3;
    int32_t i;

    if (v >= 1) {
        wire__write_i32(w, in->throttle_time_ms);
    }
    if (v <= 3) {
        wire__write_i16(w, in->error_code);
    } else if (in->error_code != 0) {
        return HERALD_EPROTO;
    }
    if (v >= 1 && v <= 3) {
        if (write_str(w, flex, true, &in->error_message) != 0)
            return HERALD_EPROTO;
    }
    if (v <= 3) {
        wire__write_i32(w, in->node_id);
    } else if (in->node_id != 0) {
        return HERALD_EPROTO;
    }
    if (v <= 3) {
        if (write_str(w, flex, false, &in->host) != 0)
            return HERALD_EPROTO;
    } else if (in->host.len != 0) {
        return HERALD_EPROTO;
    }
    if (v <= 3) {
        wire__write_i32(w, in->port);
    } else if (in->port != 0) {
        return HERALD_EPROTO;
    }
    if (v >= 4) {
        if (write_count(w, flex, false, in->coordinators_count, in->coordinators) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->coordinators_count; i++) {
            if (encode_find_coordinator_response_coordinator(
                w, v, &in->coordinators[i]) != 0)
                return HERALD_EPROTO;
        }
    } else if (in->coordinators_count != 0) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_find_coordinator_response_decode(wire_reader_t *r, int16_t version,
                                          wire_arena_t *arena,
                                          kmsg_find_coordinator_response_t *out)
{
    if (version < 0 || version > 5) {
        kmsg_find_coordinator_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_find_coordinator_response(r, version, arena, out);
}

int kmsg_find_coordinator_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_find_coordinator_response_t *in)
{
    if (version < 0 || version > 5)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_find_coordinator_response);
}

/* ------------------------------------------------------------------------ */
/* JoinGroupRequest */

void kmsg_join_group_request_protocol_init(
    kmsg_join_group_request_protocol_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_join_group_request_init(kmsg_join_group_request_t *m)
{
    memset(m, 0, sizeof(*m));
    m->group_id.ptr = "";
    m->rebalance_timeout_ms = -1;
    m->member_id.ptr = "";
    m->group_instance_id.len = -1;
    m->protocol_type.ptr = "";
    m->reason.len = -1;
}

static int decode_join_group_request_protocol(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_join_group_request_protocol_t *out)
{
    const bool flex = v >= 6;

    kmsg_join_group_request_protocol_init(out);
    read_str(r, flex, false, &out->name);
    read_bytes(r, flex, false, &out->metadata);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_join_group_request(wire_reader_t *r, int16_t v,
                                     wire_arena_t *a,
                                     kmsg_join_group_request_t *out)
{
    const bool flex = v >= 6;
    int32_t i;

    kmsg_join_group_request_init(out);
    read_str(r, flex, false, &out->group_id);
    out->session_timeout_ms = wire__read_i32(r);
    if (v >= 1) {
        out->rebalance_timeout_ms = wire__read_i32(r);
    }
    read_str(r, flex, false, &out->member_id);
    if (v >= 5) {
        read_str(r, flex, true, &out->group_instance_id);
    }
    read_str(r, flex, false, &out->protocol_type);
    out->protocols_count = read_count(r, flex, false, 1);
    out->protocols = read_alloc(r, a, out->protocols_count,
                                sizeof(*out->protocols));
    for (i = 0; i < out->protocols_count && !r->err; i++) {
        if (decode_join_group_request_protocol(r, v, a,
                                               &out->protocols[i]) != 0)
            wire__reader_fail(r);
    }
    if (v >= 8) {
        read_str(r, flex, true, &out->reason);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_join_group_request_protocol(wire_writer_t *w, int16_t v,
                                              const void *p)
{
    const kmsg_join_group_request_protocol_t *in = p;
    const bool flex = v >= 6;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_bytes(w, flex, false, &in->metadata) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_join_group_request(wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_join_group_request_t *in = p;
    const bool flex = v >= 6;
    int32_t i;

    if (write_str(w, flex, false, &in->group_id) != 0)
        return HERALD_EPROTO;
    wire__write_i32(w, in->session_timeout_ms);
    if (v >= 1) {
        wire__write_i32(w, in->rebalance_timeout_ms);
    }
    if (write_str(w, flex, false, &in->member_id) != 0)
        return HERALD_EPROTO;
    if (v >= 5) {
        if (write_str(w, flex, true, &in->group_instance_id) != 0)
            return HERALD_EPROTO;
    } else if (in->group_instance_id.len >= 0) {
        return HERALD_EPROTO;
    }
    if (write_str(w, flex, false, &in->protocol_type) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->protocols_count, in->protocols) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->protocols_count; i++) {
        if (encode_join_group_request_protocol(w, v, &in->protocols[i]) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 8) {
        if (write_str(w, flex, true, &in->reason) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_join_group_request_decode(wire_reader_t *r, int16_t version,
                                   wire_arena_t *arena,
                                   kmsg_join_group_request_t *out)
{
    if (version < 0 || version > 9) {
        kmsg_join_group_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_join_group_request(r, version, arena, out);
}

int kmsg_join_group_request_encode(wire_writer_t *w, int16_t version,
                                   const kmsg_join_group_request_t *in)
{
    if (version < 0 || version > 9)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_join_group_request);
}

/* ------------------------------------------------------------------------ */
/* JoinGroupResponse */

void kmsg_join_group_response_member_init(kmsg_join_group_response_member_t *m)
{
    memset(m, 0, sizeof(*m));
    m->member_id.ptr = "";
    m->group_instance_id.len = -1;
}

void kmsg_join_group_response_init(kmsg_join_group_response_t *m)
{
    memset(m, 0, sizeof(*m));
    m->generation_id = -1;
    m->protocol_type.len = -1;
    m->protocol_name.ptr = "";
    m->leader.ptr = "";
    m->member_id.ptr = "";
}

static int decode_join_group_response_member(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_join_group_response_member_t *out)
{
    const bool flex = v >= 6;

    kmsg_join_group_response_member_init(out);
    read_str(r, flex, false, &out->member_id);
    if (v >= 5) {
        read_str(r, flex, true, &out->group_instance_id);
    }
    read_bytes(r, flex, false, &out->metadata);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_join_group_response(wire_reader_t *r, int16_t v,
                                      wire_arena_t *a,
                                      kmsg_join_group_response_t *out)
{
    const bool flex = v >= 6;
    int32_t i;

    kmsg_join_group_response_init(out);
    if (v >= 2) {
        out->throttle_time_ms = wire__read_i32(r);
    }
    out->error_code = wire__read_i16(r);
    out->generation_id = wire__read_i32(r);
    if (v >= 7) {
        read_str(r, flex, true, &out->protocol_type);
    }
    read_str(r, flex, v >= 7, &out->protocol_name);
    read_str(r, flex, false, &out->leader);
    if (v >= 9) {
        out->skip_assignment = wire__read_bool(r);
    }
    read_str(r, flex, false, &out->member_id);
    out->members_count = read_count(r, flex, false, 1);
    out->members = read_alloc(r, a, out->members_count,
                              sizeof(*out->members));
    for (i = 0; i < out->members_count && !r->err; i++) {
        if (decode_join_group_response_member(r, v, a, &out->members[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_join_group_response_member(wire_writer_t *w, int16_t v,
                                             const void *p)
{
    const kmsg_join_group_response_member_t *in = p;
    const bool flex = v >= 6;

    if (write_str(w, flex, false, &in->member_id) != 0)
        return HERALD_EPROTO;
    if (v >= 5) {
        if (write_str(w, flex, true, &in->group_instance_id) != 0)
            return HERALD_EPROTO;
    }
    if (write_bytes(w, flex, false, &in->metadata) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_join_group_response(wire_writer_t *w, int16_t v,
                                      const void *p)
{
    const kmsg_join_group_response_t *in = p;
    const bool flex = v >= 6;
    int32_t i;

    if (v >= 2) {
        wire__write_i32(w, in->throttle_time_ms);
    }
    wire__write_i16(w, in->error_code);
    wire__write_i32(w, in->generation_id);
    if (v >= 7) {
        if (write_str(w, flex, true, &in->protocol_type) != 0)
            return HERALD_EPROTO;
    }
    if (write_str(w, flex, v >= 7, &in->protocol_name) != 0)
        return HERALD_EPROTO;
    if (write_str(w, flex, false, &in->leader) != 0)
        return HERALD_EPROTO;
    if (v >= 9) {
        wire__write_bool(w, in->skip_assignment);
    } else if (in->skip_assignment != false) {
        return HERALD_EPROTO;
    }
    if (write_str(w, flex, false, &in->member_id) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->members_count, in->members) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->members_count; i++) {
        if (encode_join_group_response_member(w, v, &in->members[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_join_group_response_decode(wire_reader_t *r, int16_t version,
                                    wire_arena_t *arena,
                                    kmsg_join_group_response_t *out)
{
    if (version < 0 || version > 9) {
        kmsg_join_group_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_join_group_response(r, version, arena, out);
}

int kmsg_join_group_response_encode(wire_writer_t *w, int16_t version,
                                    const kmsg_join_group_response_t *in)
{
    if (version < 0 || version > 9)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_join_group_response);
}

/* ------------------------------------------------------------------------ */
/* HeartbeatRequest */

void kmsg_heartbeat_request_init(kmsg_heartbeat_request_t *m)
{
    memset(m, 0, sizeof(*m));
    m->group_id.ptr = "";
    m->member_id.ptr = "";
    m->group_instance_id.len = -1;
}

static int decode_heartbeat_request(wire_reader_t *r, int16_t v,
                                    wire_arena_t *a,
                                    kmsg_heartbeat_request_t *out)
{
    const bool flex = v >= 4;

    kmsg_heartbeat_request_init(out);
    read_str(r, flex, false, &out->group_id);
    out->generation_id = wire__read_i32(r);
    read_str(r, flex, false, &out->member_id);
    if (v >= 3) {
        read_str(r, flex, true, &out->group_instance_id);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_heartbeat_request(wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_heartbeat_request_t *in = p;
    const bool flex = v >= 4;

    if (write_str(w, flex, false, &in->group_id) != 0)
        return HERALD_EPROTO;
    wire__write_i32(w, in->generation_id);
    if (write_str(w, flex, false, &in->member_id) != 0)
        return HERALD_EPROTO;
    if (v >= 3) {
        if (write_str(w, flex, true, &in->group_instance_id) != 0)
            return HERALD_EPROTO;
    } else if (in->group_instance_id.len >= 0) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_heartbeat_request_decode(wire_reader_t *r, int16_t version,
                                  wire_arena_t *arena,
                                  kmsg_heartbeat_request_t *out)
{
    if (version < 0 || version > 4) {
        kmsg_heartbeat_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_heartbeat_request(r, version, arena, out);
}

int kmsg_heartbeat_request_encode(wire_writer_t *w, int16_t version,
                                  const kmsg_heartbeat_request_t *in)
{
    if (version < 0 || version > 4)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_heartbeat_request);
}

/* ------------------------------------------------------------------------ */
/* HeartbeatResponse */

void kmsg_heartbeat_response_init(kmsg_heartbeat_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_heartbeat_response(wire_reader_t *r, int16_t v,
                                     wire_arena_t *a,
                                     kmsg_heartbeat_response_t *out)
{
    const bool flex = v >= 4;

    kmsg_heartbeat_response_init(out);
    if (v >= 1) {
        out->throttle_time_ms = wire__read_i32(r);
    }
    out->error_code = wire__read_i16(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_heartbeat_response(wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_heartbeat_response_t *in = p;
    const bool flex = v >= 4;

    if (v >= 1) {
        wire__write_i32(w, in->throttle_time_ms);
    }
    wire__write_i16(w, in->error_code);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_heartbeat_response_decode(wire_reader_t *r, int16_t version,
                                   wire_arena_t *arena,
                                   kmsg_heartbeat_response_t *out)
{
    if (version < 0 || version > 4) {
        kmsg_heartbeat_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_heartbeat_response(r, version, arena, out);
}

int kmsg_heartbeat_response_encode(wire_writer_t *w, int16_t version,
                                   const kmsg_heartbeat_response_t *in)
{
    if (version < 0 || version > 4)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_heartbeat_response);
}

/* ------------------------------------------------------------------------ */
/* LeaveGroupRequest */

void kmsg_leave_group_request_member_identity_init(
    kmsg_leave_group_request_member_identity_t *m)
{
    memset(m, 0, sizeof(*m));
    m->member_id.ptr = "";
    m->group_instance_id.len = -1;
    m->reason.len = -1;
}

void kmsg_leave_group_request_init(kmsg_leave_group_request_t *m)
{
    memset(m, 0, sizeof(*m));
    m->group_id.ptr = "";
    m->member_id.ptr = "";
}

static int decode_leave_group_request_member_identity(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_leave_group_request_member_identity_t *out)
{
    const bool flex = v >= 4;

    kmsg_leave_group_request_member_identity_init(out);
    read_str(r, flex, false, &out->member_id);
    read_str(r, flex, true, &out->group_instance_id);
    if (v >= 5) {
        read_str(r, flex, true, &out->reason);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_leave_group_request(wire_reader_t *r, int16_t v,
                                      wire_arena_t *a,
                                      kmsg_leave_group_request_t *out)
{
    const bool flex = v >= 4;
    int32_t i;

    kmsg_leave_group_request_init(out);
    read_str(r, flex, false, &out->group_id);
    if (v <= 2) {
        read_str(r, flex, false, &out->member_id);
    }
    if (v >= 3) {
        out->members_count = read_count(r, flex, false, 1);
        out->members = read_alloc(r, a, out->members_count,
                                  sizeof(*out->members));
        for (i = 0; i < out->members_count && !r->err; i++) {
            if (decode_leave_group_request_member_identity(r, v, a,
                                                           &out->members[i]) != 0)
                wire__reader_fail(r);
        }
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_leave_group_request_member_identity(wire_writer_t *w,
                                                      int16_t v, const void *p)
{
    const kmsg_leave_group_request_member_identity_t *in = p;
    const bool flex = v >= 4;

    if (write_str(w, flex, false, &in->member_id) != 0)
        return HERALD_EPROTO;
    if (write_str(w, flex, true, &in->group_instance_id) != 0)
        return HERALD_EPROTO;
    if (v >= 5) {
        if (write_str(w, flex, true, &in->reason) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_leave_group_request(wire_writer_t *w, int16_t v,
                                      const void *p)
{
    const kmsg_leave_group_request_t *in = p;
    const bool flex = v >= 4;
    int32_t i;

    if (write_str(w, flex, false, &in->group_id) != 0)
        return HERALD_EPROTO;
    if (v <= 2) {
        if (write_str(w, flex, false, &in->member_id) != 0)
            return HERALD_EPROTO;
    } else if (in->member_id.len != 0) {
        return HERALD_EPROTO;
    }
    if (v >= 3) {
        if (write_count(w, flex, false, in->members_count, in->members) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->members_count; i++) {
            if (encode_leave_group_request_member_identity(w, v,
                                                           &in->members[i]) != 0)
                return HERALD_EPROTO;
        }
    } else if (in->members_count != 0) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_leave_group_request_decode(wire_reader_t *r, int16_t version,
                                    wire_arena_t *arena,
                                    kmsg_leave_group_request_t *out)
{
    if (version < 0 || version > 5) {
        kmsg_leave_group_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_leave_group_request(r, version, arena, out);
}

int kmsg_leave_group_request_encode(wire_writer_t *w, int16_t version,
                                    const kmsg_leave_group_request_t *in)
{
    if (version < 0 || version > 5)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_leave_group_request);
}

/* ------------------------------------------------------------------------ */
/* LeaveGroupResponse */

void kmsg_leave_group_response_member_response_init(
    kmsg_leave_group_response_member_response_t *m)
{
    memset(m, 0, sizeof(*m));
    m->member_id.ptr = "";
    m->group_instance_id.ptr = "";
}

void kmsg_leave_group_response_init(kmsg_leave_group_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_leave_group_response_member_response(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_leave_group_response_member_response_t *out)
{
    const bool flex = v >= 4;

    kmsg_leave_group_response_member_response_init(out);
    read_str(r, flex, false, &out->member_id);
    read_str(r, flex, true, &out->group_instance_id);
    out->error_code = wire__read_i16(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_leave_group_response(wire_reader_t *r, int16_t v,
                                       wire_arena_t *a,
                                       kmsg_leave_group_response_t *out)
{
    const bool flex = v >= 4;
    int32_t i;

    kmsg_leave_group_response_init(out);
    if (v >= 1) {
        out->throttle_time_ms = wire__read_i32(r);
    }
    out->error_code = wire__read_i16(r);
    if (v >= 3) {
        out->members_count = read_count(r, flex, false, 1);
        out->members = read_alloc(r, a, out->members_count,
                                  sizeof(*out->members));
        for (i = 0; i < out->members_count && !r->err; i++) {
            if (decode_leave_group_response_member_response(r, v, a,
                                                            &out->members[i]) != 0)
                wire__reader_fail(r);
        }
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_leave_group_response_member_response(wire_writer_t *w,
                                                       int16_t v, const void *p)
{
    const kmsg_leave_group_response_member_response_t *in = p;
    const bool flex = v >= 4;

    if (write_str(w, flex, false, &in->member_id) != 0)
        return HERALD_EPROTO;
    if (write_str(w, flex, true, &in->group_instance_id) != 0)
        return HERALD_EPROTO;
    wire__write_i16(w, in->error_code);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_leave_group_response(wire_writer_t *w, int16_t v,
                                       const void *p)
{
    const kmsg_leave_group_response_t *in = p;
    const bool flex = v >= 4;
    int32_t i;

    if (v >= 1) {
        wire__write_i32(w, in->throttle_time_ms);
    }
    wire__write_i16(w, in->error_code);
    if (v >= 3) {
        if (write_count(w, flex, false, in->members_count, in->members) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->members_count; i++) {
            if (encode_leave_group_response_member_response(w, v,
                                                            &in->members[i]) != 0)
                return HERALD_EPROTO;
        }
    } else if (in->members_count != 0) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_leave_group_response_decode(wire_reader_t *r, int16_t version,
                                     wire_arena_t *arena,
                                     kmsg_leave_group_response_t *out)
{
    if (version < 0 || version > 5) {
        kmsg_leave_group_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_leave_group_response(r, version, arena, out);
}

int kmsg_leave_group_response_encode(wire_writer_t *w, int16_t version,
                                     const kmsg_leave_group_response_t *in)
{
    if (version < 0 || version > 5)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_leave_group_response);
}

/* ------------------------------------------------------------------------ */
/* SyncGroupRequest */

void kmsg_sync_group_request_assignment_init(
    kmsg_sync_group_request_assignment_t *m)
{
    memset(m, 0, sizeof(*m));
    m->member_id.ptr = "";
}

void kmsg_sync_group_request_init(kmsg_sync_group_request_t *m)
{
    memset(m, 0, sizeof(*m));
    m->group_id.ptr = "";
    m->member_id.ptr = "";
    m->group_instance_id.len = -1;
    m->protocol_type.len = -1;
    m->protocol_name.len = -1;
}

static int decode_sync_group_request_assignment(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_sync_group_request_assignment_t *out)
{
    const bool flex = v >= 4;

    kmsg_sync_group_request_assignment_init(out);
    read_str(r, flex, false, &out->member_id);
    read_bytes(r, flex, false, &out->assignment);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_sync_group_request(wire_reader_t *r, int16_t v,
                                     wire_arena_t *a,
                                     kmsg_sync_group_request_t *out)
{
    const bool flex = v >= 4;
    int32_t i;

    kmsg_sync_group_request_init(out);
    read_str(r, flex, false, &out->group_id);
    out->generation_id = wire__read_i32(r);
    read_str(r, flex, false, &out->member_id);
    if (v >= 3) {
        read_str(r, flex, true, &out->group_instance_id);
    }
    if (v >= 5) {
        read_str(r, flex, true, &out->protocol_type);
    }
    if (v >= 5) {
        read_str(r, flex, true, &out->protocol_name);
    }
    out->assignments_count = read_count(r, flex, false, 1);
    out->assignments = read_alloc(r, a, out->assignments_count,
                                  sizeof(*out->assignments));
    for (i = 0; i < out->assignments_count && !r->err; i++) {
        if (decode_sync_group_request_assignment(r, v, a,
                                                 &out->assignments[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_sync_group_request_assignment(wire_writer_t *w, int16_t v,
                                                const void *p)
{
    const kmsg_sync_group_request_assignment_t *in = p;
    const bool flex = v >= 4;

    if (write_str(w, flex, false, &in->member_id) != 0)
        return HERALD_EPROTO;
    if (write_bytes(w, flex, false, &in->assignment) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_sync_group_request(wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_sync_group_request_t *in = p;
    const bool flex = v >= 4;
    int32_t i;

    if (write_str(w, flex, false, &in->group_id) != 0)
        return HERALD_EPROTO;
    wire__write_i32(w, in->generation_id);
    if (write_str(w, flex, false, &in->member_id) != 0)
        return HERALD_EPROTO;
    if (v >= 3) {
        if (write_str(w, flex, true, &in->group_instance_id) != 0)
            return HERALD_EPROTO;
    } else if (in->group_instance_id.len >= 0) {
        return HERALD_EPROTO;
    }
    if (v >= 5) {
        if (write_str(w, flex, true, &in->protocol_type) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 5) {
        if (write_str(w, flex, true, &in->protocol_name) != 0)
            return HERALD_EPROTO;
    }
    if (write_count(w, flex, false, in->assignments_count, in->assignments) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->assignments_count; i++) {
        if (encode_sync_group_request_assignment(w, v,
                                                 &in->assignments[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_sync_group_request_decode(wire_reader_t *r, int16_t version,
                                   wire_arena_t *arena,
                                   kmsg_sync_group_request_t *out)
{
    if (version < 0 || version > 5) {
        kmsg_sync_group_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_sync_group_request(r, version, arena, out);
}

int kmsg_sync_group_request_encode(wire_writer_t *w, int16_t version,
                                   const kmsg_sync_group_request_t *in)
{
    if (version < 0 || version > 5)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_sync_group_request);
}

/* ------------------------------------------------------------------------ */
/* SyncGroupResponse */

void kmsg_sync_group_response_init(kmsg_sync_group_response_t *m)
{
    memset(m, 0, sizeof(*m));
    m->protocol_type.len = -1;
    m->protocol_name.len = -1;
}

static int decode_sync_group_response(wire_reader_t *r, int16_t v,
                                      wire_arena_t *a,
                                      kmsg_sync_group_response_t *out)
{
    const bool flex = v >= 4;

    kmsg_sync_group_response_init(out);
    if (v >= 1) {
        out->throttle_time_ms = wire__read_i32(r);
    }
    out->error_code = wire__read_i16(r);
    if (v >= 5) {
        read_str(r, flex, true, &out->protocol_type);
    }
    if (v >= 5) {
        read_str(r, flex, true, &out->protocol_name);
    }
    read_bytes(r, flex, false, &out->assignment);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_sync_group_response(wire_writer_t *w, int16_t v,
                                      const void *p)
{
    const kmsg_sync_group_response_t *in = p;
    const bool flex = v >= 4;

    if (v >= 1) {
        wire__write_i32(w, in->throttle_time_ms);
    }
    wire__write_i16(w, in->error_code);
    if (v >= 5) {
        if (write_str(w, flex, true, &in->protocol_type) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 5) {
        if (write_str(w, flex, true, &in->protocol_name) != 0)
            return HERALD_EPROTO;
    }
    if (write_bytes(w, flex, false, &in->assignment) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_sync_group_response_decode(wire_reader_t *r, int16_t version,
                                    wire_arena_t *arena,
                                    kmsg_sync_group_response_t *out)
{
    if (version < 0 || version > 5) {
        kmsg_sync_group_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_sync_group_response(r, version, arena, out);
}

int kmsg_sync_group_response_encode(wire_writer_t *w, int16_t version,
                                    const kmsg_sync_group_response_t *in)
{
    if (version < 0 || version > 5)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_sync_group_response);
}

/* ------------------------------------------------------------------------ */
/* DescribeGroupsRequest */

void kmsg_describe_groups_request_init(kmsg_describe_groups_request_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_describe_groups_request(wire_reader_t *r, int16_t v,
                                          wire_arena_t *a,
                                          kmsg_describe_groups_request_t *out)
{
    const bool flex = v >= 5;
    int32_t i;

    kmsg_describe_groups_request_init(out);
    out->groups_count = read_count(r, flex, false, flex ? 1 : 2);
    out->groups = read_alloc(r, a, out->groups_count, sizeof(*out->groups));
    for (i = 0; i < out->groups_count && !r->err; i++) {
        read_str(r, flex, false, &out->groups[i]);
    }
    if (v >= 3) {
        out->include_authorized_operations = wire__read_bool(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_describe_groups_request(wire_writer_t *w, int16_t v,
                                          const void *p)
{
    const kmsg_describe_groups_request_t *in = p;
    const bool flex = v >= 5;
    int32_t i;

    if (write_count(w, flex, false, in->groups_count, in->groups) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->groups_count; i++) {
        if (write_str(w, flex, false, &in->groups[i]) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 3) {
        wire__write_bool(w, in->include_authorized_operations);
    } else if (in->include_authorized_operations != false) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_describe_groups_request_decode(wire_reader_t *r, int16_t version,
                                        wire_arena_t *arena,
                                        kmsg_describe_groups_request_t *out)
{
    if (version < 0 || version > 5) {
        kmsg_describe_groups_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_describe_groups_request(r, version, arena, out);
}

int kmsg_describe_groups_request_encode(
    wire_writer_t *w, int16_t version, const kmsg_describe_groups_request_t *in)
{
    if (version < 0 || version > 5)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_describe_groups_request);
}

/* ------------------------------------------------------------------------ */
/* DescribeGroupsResponse */

void kmsg_describe_groups_response_described_group_member_init(
    kmsg_describe_groups_response_described_group_member_t *m)
{
    memset(m, 0, sizeof(*m));
    m->member_id.ptr = "";
    m->group_instance_id.len = -1;
    m->client_id.ptr = "";
    m->client_host.ptr = "";
}

void kmsg_describe_groups_response_described_group_init(
    kmsg_describe_groups_response_described_group_t *m)
{
    memset(m, 0, sizeof(*m));
    m->group_id.ptr = "";
    m->group_state.ptr = "";
    m->protocol_type.ptr = "";
    m->protocol_data.ptr = "";
    m->authorized_operations = INT32_MIN;
}

void kmsg_describe_groups_response_init(kmsg_describe_groups_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_describe_groups_response_described_group_member(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_describe_groups_response_described_group_member_t *out)
{
    const bool flex = v >= 5;

    kmsg_describe_groups_response_described_group_member_init(out);
    read_str(r, flex, false, &out->member_id);
    if (v >= 4) {
        read_str(r, flex, true, &out->group_instance_id);
    }
    read_str(r, flex, false, &out->client_id);
    read_str(r, flex, false, &out->client_host);
    read_bytes(r, flex, false, &out->member_metadata);
    read_bytes(r, flex, false, &out->member_assignment);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_describe_groups_response_described_group(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_describe_groups_response_described_group_t *out)
{
    const bool flex = v >= 5;
    int32_t i;

    kmsg_describe_groups_response_described_group_init(out);
    out->error_code = wire__read_i16(r);
    read_str(r, flex, false, &out->group_id);
    read_str(r, flex, false, &out->group_state);
    read_str(r, flex, false, &out->protocol_type);
    read_str(r, flex, false, &out->protocol_data);
    out->members_count = read_count(r, flex, false, 1);
    out->members = read_alloc(r, a, out->members_count,
                              sizeof(*out->members));
    for (i = 0; i < out->members_count && !r->err; i++) {
        if (decode_describe_groups_response_described_group_member(
            r, v, a, &out->members[i]) != 0)
            wire__reader_fail(r);
    }
    if (v >= 3) {
        out->authorized_operations = wire__read_i32(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_describe_groups_response(wire_reader_t *r, int16_t v,
                                           wire_arena_t *a,
                                           kmsg_describe_groups_response_t *out)
{
    const bool flex = v >= 5;
    int32_t i;

    kmsg_describe_groups_response_init(out);
    if (v >= 1) {
        out->throttle_time_ms = wire__read_i32(r);
    }
    out->groups_count = read_count(r, flex, false, 1);
    out->groups = read_alloc(r, a, out->groups_count, sizeof(*out->groups));
    for (i = 0; i < out->groups_count && !r->err; i++) {
        if (decode_describe_groups_response_described_group(
            r, v, a, &out->groups[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_describe_groups_response_described_group_member(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_describe_groups_response_described_group_member_t *in = p;
    const bool flex = v >= 5;

    if (write_str(w, flex, false, &in->member_id) != 0)
        return HERALD_EPROTO;
    if (v >= 4) {
        if (write_str(w, flex, true, &in->group_instance_id) != 0)
            return HERALD_EPROTO;
    }
    if (write_str(w, flex, false, &in->client_id) != 0)
        return HERALD_EPROTO;
    if (write_str(w, flex, false, &in->client_host) != 0)
        return HERALD_EPROTO;
    if (write_bytes(w, flex, false, &in->member_metadata) != 0)
        return HERALD_EPROTO;
    if (write_bytes(w, flex, false, &in->member_assignment) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_describe_groups_response_described_group(wire_writer_t *w,
                                                           int16_t v,
                                                           const void *p)
{
    const kmsg_describe_groups_response_described_group_t *in = p;
    const bool flex = v >= 5;
    int32_t i;

    wire__write_i16(w, in->error_code);
    if (write_str(w, flex, false, &in->group_id) != 0)
        return HERALD_EPROTO;
    if (write_str(w, flex, false, &in->group_state) != 0)
        return HERALD_EPROTO;
    if (write_str(w, flex, false, &in->protocol_type) != 0)
        return HERALD_EPROTO;
    if (write_str(w, flex, false, &in->protocol_data) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->members_count, in->members) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->members_count; i++) {
        if (encode_describe_groups_response_described_group_member(
            w, v, &in->members[i]) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 3) {
        wire__write_i32(w, in->authorized_operations);
    } else if (in->authorized_operations != INT32_MIN) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_describe_groups_response(wire_writer_t *w, int16_t v,
                                           const void *p)
{
    const kmsg_describe_groups_response_t *in = p;
    const bool flex = v >= 5;
    int32_t i;

    if (v >= 1) {
        wire__write_i32(w, in->throttle_time_ms);
    }
    if (write_count(w, flex, false, in->groups_count, in->groups) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->groups_count; i++) {
        if (encode_describe_groups_response_described_group(
            w, v, &in->groups[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_describe_groups_response_decode(wire_reader_t *r, int16_t version,
                                         wire_arena_t *arena,
                                         kmsg_describe_groups_response_t *out)
{
    if (version < 0 || version > 5) {
        kmsg_describe_groups_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_describe_groups_response(r, version, arena, out);
}

int kmsg_describe_groups_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_describe_groups_response_t *in)
{
    if (version < 0 || version > 5)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_describe_groups_response);
}

/* ------------------------------------------------------------------------ */
/* ListGroupsRequest */

void kmsg_list_groups_request_init(kmsg_list_groups_request_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_list_groups_request(wire_reader_t *r, int16_t v,
                                      wire_arena_t *a,
                                      kmsg_list_groups_request_t *out)
{
    const bool flex = v >= 3;
    int32_t i;

    kmsg_list_groups_request_init(out);
    if (v >= 4) {
        out->states_filter_count = read_count(r, flex, false, flex ? 1 : 2);
        out->states_filter = read_alloc(r, a, out->states_filter_count,
                                        sizeof(*out->states_filter));
        for (i = 0; i < out->states_filter_count && !r->err; i++) {
            read_str(r, flex, false, &out->states_filter[i]);
        }
    }
    if (v >= 5) {
        out->types_filter_count = read_count(r, flex, false, flex ? 1 : 2);
        out->types_filter = read_alloc(r, a, out->types_filter_count,
                                       sizeof(*out->types_filter));
        for (i = 0; i < out->types_filter_count && !r->err; i++) {
            read_str(r, flex, false, &out->types_filter[i]);
        }
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_list_groups_request(wire_writer_t *w, int16_t v,
                                      const void *p)
{
    const kmsg_list_groups_request_t *in = p;
    const bool flex = v >= 3;
    int32_t i;

    if (v >= 4) {
        if (write_count(w, flex, false, in->states_filter_count,
                        in->states_filter) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->states_filter_count; i++) {
            if (write_str(w, flex, false, &in->states_filter[i]) != 0)
                return HERALD_EPROTO;
        }
    } else if (in->states_filter_count != 0) {
        return HERALD_EPROTO;
    }
    if (v >= 5) {
        if (write_count(w, flex, false, in->types_filter_count, in->types_filter) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->types_filter_count; i++) {
            if (write_str(w, flex, false, &in->types_filter[i]) != 0)
                return HERALD_EPROTO;
        }
    } else if (in->types_filter_count != 0) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_list_groups_request_decode(wire_reader_t *r, int16_t version,
                                    wire_arena_t *arena,
                                    kmsg_list_groups_request_t *out)
{
    if (version < 0 || version > 5) {
        kmsg_list_groups_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_list_groups_request(r, version, arena, out);
}

int kmsg_list_groups_request_encode(wire_writer_t *w, int16_t version,
                                    const kmsg_list_groups_request_t *in)
{
    if (version < 0 || version > 5)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_list_groups_request);
}

/* ------------------------------------------------------------------------ */
/* ListGroupsResponse */

void kmsg_list_groups_response_listed_group_init(
    kmsg_list_groups_response_listed_group_t *m)
{
    memset(m, 0, sizeof(*m));
    m->group_id.ptr = "";
    m->protocol_type.ptr = "";
    m->group_state.ptr = "";
    m->group_type.ptr = "";
}

void kmsg_list_groups_response_init(kmsg_list_groups_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_list_groups_response_listed_group(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_list_groups_response_listed_group_t *out)
{
    const bool flex = v >= 3;

    kmsg_list_groups_response_listed_group_init(out);
    read_str(r, flex, false, &out->group_id);
    read_str(r, flex, false, &out->protocol_type);
    if (v >= 4) {
        read_str(r, flex, false, &out->group_state);
    }
    if (v >= 5) {
        read_str(r, flex, false, &out->group_type);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_list_groups_response(wire_reader_t *r, int16_t v,
                                       wire_arena_t *a,
                                       kmsg_list_groups_response_t *out)
{
    const bool flex = v >= 3;
    int32_t i;

    kmsg_list_groups_response_init(out);
    if (v >= 1) {
        out->throttle_time_ms = wire__read_i32(r);
    }
    out->error_code = wire__read_i16(r);
    out->groups_count = read_count(r, flex, false, 1);
    out->groups = read_alloc(r, a, out->groups_count, sizeof(*out->groups));
    for (i = 0; i < out->groups_count && !r->err; i++) {
        if (decode_list_groups_response_listed_group(r, v, a,
                                                     &out->groups[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_list_groups_response_listed_group(wire_writer_t *w, int16_t v,
                                                    const void *p)
{
    const kmsg_list_groups_response_listed_group_t *in = p;
    const bool flex = v >= 3;

    if (write_str(w, flex, false, &in->group_id) != 0)
        return HERALD_EPROTO;
    if (write_str(w, flex, false, &in->protocol_type) != 0)
        return HERALD_EPROTO;
    if (v >= 4) {
        if (write_str(w, flex, false, &in->group_state) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 5) {
        if (write_str(w, flex, false, &in->group_type) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_list_groups_response(wire_writer_t *w, int16_t v,
                                       const void *p)
{
    const kmsg_list_groups_response_t *in = p;
    const bool flex = v >= 3;
    int32_t i;

    if (v >= 1) {
        wire__write_i32(w, in->throttle_time_ms);
    }
    wire__write_i16(w, in->error_code);
    if (write_count(w, flex, false, in->groups_count, in->groups) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->groups_count; i++) {
        if (encode_list_groups_response_listed_group(w, v, &in->groups[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_list_groups_response_decode(wire_reader_t *r, int16_t version,
                                     wire_arena_t *arena,
                                     kmsg_list_groups_response_t *out)
{
    if (version < 0 || version > 5) {
        kmsg_list_groups_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_list_groups_response(r, version, arena, out);
}

int kmsg_list_groups_response_encode(wire_writer_t *w, int16_t version,
                                     const kmsg_list_groups_response_t *in)
{
    if (version < 0 || version > 5)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_list_groups_response);
}

/* ------------------------------------------------------------------------ */
/* SaslHandshakeRequest */

void kmsg_sasl_handshake_request_init(kmsg_sasl_handshake_request_t *m)
{
    memset(m, 0, sizeof(*m));
    m->mechanism.ptr = "";
}

static int decode_sasl_handshake_request(wire_reader_t *r, int16_t v,
                                         wire_arena_t *a,
                                         kmsg_sasl_handshake_request_t *out)
{
    const bool flex = false;

    kmsg_sasl_handshake_request_init(out);
    read_str(r, flex, false, &out->mechanism);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_sasl_handshake_request(wire_writer_t *w, int16_t v,
                                         const void *p)
{
    const kmsg_sasl_handshake_request_t *in = p;
    const bool flex = false;

    if (write_str(w, flex, false, &in->mechanism) != 0)
        return HERALD_EPROTO;
    return 0;
}

int kmsg_sasl_handshake_request_decode(wire_reader_t *r, int16_t version,
                                       wire_arena_t *arena,
                                       kmsg_sasl_handshake_request_t *out)
{
    if (version < 0 || version > 1) {
        kmsg_sasl_handshake_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_sasl_handshake_request(r, version, arena, out);
}

int kmsg_sasl_handshake_request_encode(wire_writer_t *w, int16_t version,
                                       const kmsg_sasl_handshake_request_t *in)
{
    if (version < 0 || version > 1)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_sasl_handshake_request);
}

/* ------------------------------------------------------------------------ */
/* SaslHandshakeResponse */

void kmsg_sasl_handshake_response_init(kmsg_sasl_handshake_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_sasl_handshake_response(wire_reader_t *r, int16_t v,
                                          wire_arena_t *a,
                                          kmsg_sasl_handshake_response_t *out)
{
    const bool flex = false;
    int32_t i;

    kmsg_sasl_handshake_response_init(out);
    out->error_code = wire__read_i16(r);
    out->mechanisms_count = read_count(r, flex, false, flex ? 1 : 2);
    out->mechanisms = read_alloc(r, a, out->mechanisms_count,
                                 sizeof(*out->mechanisms));
    for (i = 0; i < out->mechanisms_count && !r->err; i++) {
        read_str(r, flex, false, &out->mechanisms[i]);
    }
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_sasl_handshake_response(wire_writer_t *w, int16_t v,
                                          const void *p)
{
    const kmsg_sasl_handshake_response_t *in = p;
    const bool flex = false;
    int32_t i;

    wire__write_i16(w, in->error_code);
    if (write_count(w, flex, false, in->mechanisms_count, in->mechanisms) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->mechanisms_count; i++) {
        if (write_str(w, flex, false, &in->mechanisms[i]) != 0)
            return HERALD_EPROTO;
    }
    return 0;
}

int kmsg_sasl_handshake_response_decode(wire_reader_t *r, int16_t version,
                                        wire_arena_t *arena,
                                        kmsg_sasl_handshake_response_t *out)
{
    if (version < 0 || version > 1) {
        kmsg_sasl_handshake_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_sasl_handshake_response(r, version, arena, out);
}

int kmsg_sasl_handshake_response_encode(
    wire_writer_t *w, int16_t version, const kmsg_sasl_handshake_response_t *in)
{
    if (version < 0 || version > 1)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_sasl_handshake_response);
}

/* ------------------------------------------------------------------------ */
/* ApiVersionsRequest */

void kmsg_api_versions_request_init(kmsg_api_versions_request_t *m)
{
    memset(m, 0, sizeof(*m));
    m->client_software_name.ptr = "";
    m->client_software_version.ptr = "";
}

static int decode_api_versions_request(wire_reader_t *r, int16_t v,
                                       wire_arena_t *a,
                                       kmsg_api_versions_request_t *out)
{
    const bool flex = v >= 3;

    kmsg_api_versions_request_init(out);
    if (v >= 3) {
        read_str(r, flex, false, &out->client_software_name);
    }
    if (v >= 3) {
        read_str(r, flex, false, &out->client_software_version);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_api_versions_request(wire_writer_t *w, int16_t v,
                                       const void *p)
{
    const kmsg_api_versions_request_t *in = p;
    const bool flex = v >= 3;

    if (v >= 3) {
        if (write_str(w, flex, false, &in->client_software_name) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 3) {
        if (write_str(w, flex, false, &in->client_software_version) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_api_versions_request_decode(wire_reader_t *r, int16_t version,
                                     wire_arena_t *arena,
                                     kmsg_api_versions_request_t *out)
{
    if (version < 0 || version > 3) {
        kmsg_api_versions_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_api_versions_request(r, version, arena, out);
}

int kmsg_api_versions_request_encode(wire_writer_t *w, int16_t version,
                                     const kmsg_api_versions_request_t *in)
{
    if (version < 0 || version > 3)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_api_versions_request);
}

/* ------------------------------------------------------------------------ */
/* ApiVersionsResponse */

void kmsg_api_versions_response_api_version_init(
    kmsg_api_versions_response_api_version_t *m)
{
    memset(m, 0, sizeof(*m));
}

void kmsg_api_versions_response_supported_feature_key_init(
    kmsg_api_versions_response_supported_feature_key_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_api_versions_response_finalized_feature_key_init(
    kmsg_api_versions_response_finalized_feature_key_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_api_versions_response_init(kmsg_api_versions_response_t *m)
{
    memset(m, 0, sizeof(*m));
    m->finalized_features_epoch = -1;
}

static int decode_api_versions_response_api_version(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_api_versions_response_api_version_t *out)
{
    const bool flex = v >= 3;

    kmsg_api_versions_response_api_version_init(out);
    out->api_key = wire__read_i16(r);
    out->min_version = wire__read_i16(r);
    out->max_version = wire__read_i16(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_api_versions_response_supported_feature_key(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_api_versions_response_supported_feature_key_t *out)
{
    const bool flex = v >= 3;

    kmsg_api_versions_response_supported_feature_key_init(out);
    read_str(r, flex, false, &out->name);
    out->min_version = wire__read_i16(r);
    out->max_version = wire__read_i16(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_api_versions_response_finalized_feature_key(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_api_versions_response_finalized_feature_key_t *out)
{
    const bool flex = v >= 3;

    kmsg_api_versions_response_finalized_feature_key_init(out);
    read_str(r, flex, false, &out->name);
    out->max_version_level = wire__read_i16(r);
    out->min_version_level = wire__read_i16(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static void decode_tags_api_versions_response(wire_reader_t *r, int16_t v,
                                              wire_arena_t *a,
                                              kmsg_api_versions_response_t *out)
{
    const bool flex = true;
    uint32_t n, k;
    int32_t i;

    n = wire__read_uvarint(r);
    for (k = 0; k < n && !r->err; k++) {
        wire_reader_t field;
        uint32_t tag;

        wire__read_tagged(r, &tag, &field);
        switch (tag) {
        case 0:
            if (v >= 3) {
                out->supported_features_count = read_count(&field, flex, false, 1);
                out->supported_features = read_alloc(&field, a,
                                                     out->supported_features_count,
                                                     sizeof(*out->supported_features));
                for (i = 0; i < out->supported_features_count && !field.err; i++) {
                    if (decode_api_versions_response_supported_feature_key(
                        &field, v, a, &out->supported_features[i]) != 0)
                        wire__reader_fail(&field);
                }
            }
            break;
        case 1:
            if (v >= 3) {
                out->finalized_features_epoch = wire__read_i64(&field);
            }
            break;
        case 2:
            if (v >= 3) {
                out->finalized_features_count = read_count(&field, flex, false, 1);
                out->finalized_features = read_alloc(&field, a,
                                                     out->finalized_features_count,
                                                     sizeof(*out->finalized_features));
                for (i = 0; i < out->finalized_features_count && !field.err; i++) {
                    if (decode_api_versions_response_finalized_feature_key(
                        &field, v, a, &out->finalized_features[i]) != 0)
                        wire__reader_fail(&field);
                }
            }
            break;
        case 3:
            if (v >= 3) {
                out->zk_migration_ready = wire__read_bool(&field);
            }
            break;
        default:
            break;
        }
        if (field.err)
            wire__reader_fail(r);
    }
}

static int decode_api_versions_response(wire_reader_t *r, int16_t v,
                                        wire_arena_t *a,
                                        kmsg_api_versions_response_t *out)
{
    const bool flex = v >= 3;
    int32_t i;

    kmsg_api_versions_response_init(out);
    out->error_code = wire__read_i16(r);
    out->api_keys_count = read_count(r, flex, false, 1);
    out->api_keys = read_alloc(r, a, out->api_keys_count,
                               sizeof(*out->api_keys));
    for (i = 0; i < out->api_keys_count && !r->err; i++) {
        if (decode_api_versions_response_api_version(r, v, a,
                                                     &out->api_keys[i]) != 0)
            wire__reader_fail(r);
    }
    if (v >= 1) {
        out->throttle_time_ms = wire__read_i32(r);
    }
    if (flex)
        decode_tags_api_versions_response(r, v, a, out);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_api_versions_response_api_version(wire_writer_t *w, int16_t v,
                                                    const void *p)
{
    const kmsg_api_versions_response_api_version_t *in = p;
    const bool flex = v >= 3;

    wire__write_i16(w, in->api_key);
    wire__write_i16(w, in->min_version);
    wire__write_i16(w, in->max_version);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_api_versions_response_supported_feature_key(wire_writer_t *w,
                                                              int16_t v,
                                                              const void *p)
{
    const kmsg_api_versions_response_supported_feature_key_t *in = p;
    const bool flex = v >= 3;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    wire__write_i16(w, in->min_version);
    wire__write_i16(w, in->max_version);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_api_versions_response_finalized_feature_key(wire_writer_t *w,
                                                              int16_t v,
                                                              const void *p)
{
    const kmsg_api_versions_response_finalized_feature_key_t *in = p;
    const bool flex = v >= 3;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    wire__write_i16(w, in->max_version_level);
    wire__write_i16(w, in->min_version_level);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_api_versions_response_tag0(wire_writer_t *w, int16_t v,
                                             const void *p)
{
    const kmsg_api_versions_response_t *in = p;
    const bool flex = true;
    int32_t i;

    if (write_count(w, flex, false, in->supported_features_count,
                    in->supported_features) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->supported_features_count; i++) {
        if (encode_api_versions_response_supported_feature_key(
            w, v, &in->supported_features[i]) != 0)
            return HERALD_EPROTO;
    }
    (void)v;
    return 0;
}

static int encode_api_versions_response_tag1(wire_writer_t *w, int16_t v,
                                             const void *p)
{
    const kmsg_api_versions_response_t *in = p;

    wire__write_i64(w, in->finalized_features_epoch);
    (void)v;
    return 0;
}

static int encode_api_versions_response_tag2(wire_writer_t *w, int16_t v,
                                             const void *p)
{
    const kmsg_api_versions_response_t *in = p;
    const bool flex = true;
    int32_t i;

    if (write_count(w, flex, false, in->finalized_features_count,
                    in->finalized_features) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->finalized_features_count; i++) {
        if (encode_api_versions_response_finalized_feature_key(
            w, v, &in->finalized_features[i]) != 0)
            return HERALD_EPROTO;
    }
    (void)v;
    return 0;
}

static int encode_api_versions_response_tag3(wire_writer_t *w, int16_t v,
                                             const void *p)
{
    const kmsg_api_versions_response_t *in = p;

    wire__write_bool(w, in->zk_migration_ready);
    (void)v;
    return 0;
}

static int encode_api_versions_response(wire_writer_t *w, int16_t v,
                                        const void *p)
{
    const kmsg_api_versions_response_t *in = p;
    const bool flex = v >= 3;
    int32_t i;

    wire__write_i16(w, in->error_code);
    if (write_count(w, flex, false, in->api_keys_count, in->api_keys) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->api_keys_count; i++) {
        if (encode_api_versions_response_api_version(w, v,
                                                     &in->api_keys[i]) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 1) {
        wire__write_i32(w, in->throttle_time_ms);
    }
    if (flex) {
        uint32_t ntags = 0;

        if ((v >= 3) && in->supported_features_count != 0)
            ntags++;
        if ((v >= 3) && in->finalized_features_epoch != -1)
            ntags++;
        if ((v >= 3) && in->finalized_features_count != 0)
            ntags++;
        if ((v >= 3) && in->zk_migration_ready != false)
            ntags++;
        wire__write_uvarint(w, ntags);
        if (((v >= 3) && in->supported_features_count != 0) &&
            write_tag(w, 0, encode_api_versions_response_tag0, v, in) != 0)
            return HERALD_EPROTO;
        if (((v >= 3) && in->finalized_features_epoch != -1) &&
            write_tag(w, 1, encode_api_versions_response_tag1, v, in) != 0)
            return HERALD_EPROTO;
        if (((v >= 3) && in->finalized_features_count != 0) &&
            write_tag(w, 2, encode_api_versions_response_tag2, v, in) != 0)
            return HERALD_EPROTO;
        if (((v >= 3) && in->zk_migration_ready != false) &&
            write_tag(w, 3, encode_api_versions_response_tag3, v, in) != 0)
            return HERALD_EPROTO;
    }
    return 0;
}

int kmsg_api_versions_response_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_api_versions_response_t *out)
{
    if (version < 0 || version > 3) {
        kmsg_api_versions_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_api_versions_response(r, version, arena, out);
}

int kmsg_api_versions_response_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_api_versions_response_t *in)
{
    if (version < 0 || version > 3)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_api_versions_response);
}

/* ------------------------------------------------------------------------ */
/* CreateTopicsRequest */

void kmsg_create_topics_request_creatable_replica_assignment_init(
    kmsg_create_topics_request_creatable_replica_assignment_t *m)
{
    memset(m, 0, sizeof(*m));
}

void kmsg_create_topics_request_createable_topic_config_init(
    kmsg_create_topics_request_createable_topic_config_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
    m->value.ptr = "";
}

void kmsg_create_topics_request_creatable_topic_init(
    kmsg_create_topics_request_creatable_topic_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_create_topics_request_init(kmsg_create_topics_request_t *m)
{
    memset(m, 0, sizeof(*m));
    m->timeout_ms = 60000;
}

static int decode_create_topics_request_creatable_replica_assignment(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_create_topics_request_creatable_replica_assignment_t *out)
{
    const bool flex = v >= 5;
    int32_t i;

    kmsg_create_topics_request_creatable_replica_assignment_init(out);
    out->partition_index = wire__read_i32(r);
    out->broker_ids_count = read_count(r, flex, false, 4);
    out->broker_ids = read_alloc(r, a, out->broker_ids_count,
                                 sizeof(*out->broker_ids));
    for (i = 0; i < out->broker_ids_count && !r->err; i++) {
        out->broker_ids[i] = wire__read_i32(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_create_topics_request_createable_topic_config(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_create_topics_request_createable_topic_config_t *out)
{
    const bool flex = v >= 5;

    kmsg_create_topics_request_createable_topic_config_init(out);
    read_str(r, flex, false, &out->name);
    read_str(r, flex, true, &out->value);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_create_topics_request_creatable_topic(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_create_topics_request_creatable_topic_t *out)
{
    const bool flex = v >= 5;
    int32_t i;

    kmsg_create_topics_request_creatable_topic_init(out);
    read_str(r, flex, false, &out->name);
    out->num_partitions = wire__read_i32(r);
    out->replication_factor = wire__read_i16(r);
    out->assignments_count = read_count(r, flex, false, 1);
    out->assignments = read_alloc(r, a, out->assignments_count,
                                  sizeof(*out->assignments));
    for (i = 0; i < out->assignments_count && !r->err; i++) {
        if (decode_create_topics_request_creatable_replica_assignment(
            r, v, a, &out->assignments[i]) != 0)
            wire__reader_fail(r);
    }
    out->configs_count = read_count(r, flex, false, 1);
    out->configs = read_alloc(r, a, out->configs_count,
                              sizeof(*out->configs));
    for (i = 0; i < out->configs_count && !r->err; i++) {
        if (decode_create_topics_request_createable_topic_config(
            r, v, a, &out->configs[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_create_topics_request(wire_reader_t *r, int16_t v,
                                        wire_arena_t *a,
                                        kmsg_create_topics_request_t *out)
{
    const bool flex = v >= 5;
    int32_t i;

    kmsg_create_topics_request_init(out);
    out->topics_count = read_count(r, flex, false, 1);
    out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
    for (i = 0; i < out->topics_count && !r->err; i++) {
        if (decode_create_topics_request_creatable_topic(r, v, a,
                                                         &out->topics[i]) != 0)
            wire__reader_fail(r);
    }
    out->timeout_ms = wire__read_i32(r);
    if (v >= 1) {
        out->validate_only = wire__read_bool(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_create_topics_request_creatable_replica_assignment(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_create_topics_request_creatable_replica_assignment_t *in = p;
    const bool flex = v >= 5;
    int32_t i;

    wire__write_i32(w, in->partition_index);
    if (write_count(w, flex, false, in->broker_ids_count, in->broker_ids) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->broker_ids_count; i++) {
        wire__write_i32(w, in->broker_ids[i]);
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_create_topics_request_createable_topic_config(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_create_topics_request_createable_topic_config_t *in = p;
    const bool flex = v >= 5;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_str(w, flex, true, &in->value) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_create_topics_request_creatable_topic(wire_writer_t *w,
                                                        int16_t v,
                                                        const void *p)
{
    const kmsg_create_topics_request_creatable_topic_t *in = p;
    const bool flex = v >= 5;
    int32_t i;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    wire__write_i32(w, in->num_partitions);
    wire__write_i16(w, in->replication_factor);
    if (write_count(w, flex, false, in->assignments_count, in->assignments) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->assignments_count; i++) {
        if (encode_create_topics_request_creatable_replica_assignment(
            w, v, &in->assignments[i]) != 0)
            return HERALD_EPROTO;
    }
    if (write_count(w, flex, false, in->configs_count, in->configs) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->configs_count; i++) {
        if (encode_create_topics_request_createable_topic_config(
            w, v, &in->configs[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_create_topics_request(wire_writer_t *w, int16_t v,
                                        const void *p)
{
    const kmsg_create_topics_request_t *in = p;
    const bool flex = v >= 5;
    int32_t i;

    if (write_count(w, flex, false, in->topics_count, in->topics) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topics_count; i++) {
        if (encode_create_topics_request_creatable_topic(w, v,
                                                         &in->topics[i]) != 0)
            return HERALD_EPROTO;
    }
    wire__write_i32(w, in->timeout_ms);
    if (v >= 1) {
        wire__write_bool(w, in->validate_only);
    } else if (in->validate_only != false) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_create_topics_request_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_create_topics_request_t *out)
{
    if (version < 0 || version > 7) {
        kmsg_create_topics_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_create_topics_request(r, version, arena, out);
}

int kmsg_create_topics_request_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_create_topics_request_t *in)
{
    if (version < 0 || version > 7)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_create_topics_request);
}

/* ------------------------------------------------------------------------ */
/* CreateTopicsResponse */

void kmsg_create_topics_response_creatable_topic_configs_init(
    kmsg_create_topics_response_creatable_topic_configs_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
    m->value.ptr = "";
    m->config_source = -1;
}

void kmsg_create_topics_response_creatable_topic_result_init(
    kmsg_create_topics_response_creatable_topic_result_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
    m->error_message.ptr = "";
    m->num_partitions = -1;
    m->replication_factor = -1;
}

void kmsg_create_topics_response_init(kmsg_create_topics_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_create_topics_response_creatable_topic_configs(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_create_topics_response_creatable_topic_configs_t *out)
{
    const bool flex = v >= 5;

    kmsg_create_topics_response_creatable_topic_configs_init(out);
    read_str(r, flex, false, &out->name);
    read_str(r, flex, true, &out->value);
    out->read_only = wire__read_bool(r);
    out->config_source = wire__read_i8(r);
    out->is_sensitive = wire__read_bool(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static void decode_tags_create_topics_response_creatable_topic_result(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_create_topics_response_creatable_topic_result_t *out)
{
    const bool flex = true;
    uint32_t n, k;

    n = wire__read_uvarint(r);
    for (k = 0; k < n && !r->err; k++) {
        wire_reader_t field;
        uint32_t tag;

        wire__read_tagged(r, &tag, &field);
        switch (tag) {
        case 0:
            if (v >= 5) {
                out->topic_config_error_code = wire__read_i16(&field);
            }
            break;
        default:
            break;
        }
        if (field.err)
            wire__reader_fail(r);
    }
    (void)flex;
}

static int decode_create_topics_response_creatable_topic_result(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_create_topics_response_creatable_topic_result_t *out)
{
    const bool flex = v >= 5;
    int32_t i;

    kmsg_create_topics_response_creatable_topic_result_init(out);
    read_str(r, flex, false, &out->name);
    if (v >= 7) {
        wire__read_uuid(r, out->topic_id.b);
    }
    out->error_code = wire__read_i16(r);
    if (v >= 1) {
        read_str(r, flex, true, &out->error_message);
    }
    if (v >= 5) {
        out->num_partitions = wire__read_i32(r);
    }
    if (v >= 5) {
        out->replication_factor = wire__read_i16(r);
    }
    if (v >= 5) {
        out->configs_count = read_count(r, flex, true, 1);
        out->configs = read_alloc(r, a, out->configs_count,
                                  sizeof(*out->configs));
        for (i = 0; i < out->configs_count && !r->err; i++) {
            if (decode_create_topics_response_creatable_topic_configs(
                r, v, a, &out->configs[i]) != 0)
                wire__reader_fail(r);
        }
    }
    if (flex)
        decode_tags_create_topics_response_creatable_topic_result(r, v, a, out);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_create_topics_response(wire_reader_t *r, int16_t v,
                                         wire_arena_t *a,
                                         kmsg_create_topics_response_t *out)
{
    const bool flex = v >= 5;
    int32_t i;

    kmsg_create_topics_response_init(out);
    if (v >= 2) {
        out->throttle_time_ms = wire__read_i32(r);
    }
    out->topics_count = read_count(r, flex, false, 1);
    out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
    for (i = 0; i < out->topics_count && !r->err; i++) {
        if (decode_create_topics_response_creatable_topic_result(
            r, v, a, &out->topics[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_create_topics_response_creatable_topic_configs(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_create_topics_response_creatable_topic_configs_t *in = p;
    const bool flex = v >= 5;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_str(w, flex, true, &in->value) != 0)
        return HERALD_EPROTO;
    wire__write_bool(w, in->read_only);
    wire__write_i8(w, in->config_source);
    wire__write_bool(w, in->is_sensitive);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_create_topics_response_creatable_topic_result_tag0(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_create_topics_response_creatable_topic_result_t *in = p;

    wire__write_i16(w, in->topic_config_error_code);
    (void)v;
    return 0;
}

static int encode_create_topics_response_creatable_topic_result(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_create_topics_response_creatable_topic_result_t *in = p;
    const bool flex = v >= 5;
    int32_t i;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (v >= 7) {
        wire__write_uuid(w, in->topic_id.b);
    }
    wire__write_i16(w, in->error_code);
    if (v >= 1) {
        if (write_str(w, flex, true, &in->error_message) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 5) {
        wire__write_i32(w, in->num_partitions);
    }
    if (v >= 5) {
        wire__write_i16(w, in->replication_factor);
    }
    if (v >= 5) {
        if (write_count(w, flex, true, in->configs_count, in->configs) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->configs_count; i++) {
            if (encode_create_topics_response_creatable_topic_configs(
                w, v, &in->configs[i]) != 0)
                return HERALD_EPROTO;
        }
    }
    if (flex) {
        uint32_t ntags = 0;

        if ((v >= 5) && in->topic_config_error_code != 0)
            ntags++;
        wire__write_uvarint(w, ntags);
        if (((v >= 5) && in->topic_config_error_code != 0) &&
            write_tag(w, 0,
                      encode_create_topics_response_creatable_topic_result_tag0,
                      v, in) != 0)
            return HERALD_EPROTO;
    }
    return 0;
}

static int encode_create_topics_response(wire_writer_t *w, int16_t v,
                                         const void *p)
{
    const kmsg_create_topics_response_t *in = p;
    const bool flex = v >= 5;
    int32_t i;

    if (v >= 2) {
        wire__write_i32(w, in->throttle_time_ms);
    }
    if (write_count(w, flex, false, in->topics_count, in->topics) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topics_count; i++) {
        if (encode_create_topics_response_creatable_topic_result(
            w, v, &in->topics[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_create_topics_response_decode(wire_reader_t *r, int16_t version,
                                       wire_arena_t *arena,
                                       kmsg_create_topics_response_t *out)
{
    if (version < 0 || version > 7) {
        kmsg_create_topics_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_create_topics_response(r, version, arena, out);
}

int kmsg_create_topics_response_encode(wire_writer_t *w, int16_t version,
                                       const kmsg_create_topics_response_t *in)
{
    if (version < 0 || version > 7)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_create_topics_response);
}

/* ------------------------------------------------------------------------ */
/* DeleteTopicsRequest */

void kmsg_delete_topics_request_delete_topic_state_init(
    kmsg_delete_topics_request_delete_topic_state_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.len = -1;
}

void kmsg_delete_topics_request_init(kmsg_delete_topics_request_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_delete_topics_request_delete_topic_state(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_delete_topics_request_delete_topic_state_t *out)
{
    const bool flex = v >= 4;

    kmsg_delete_topics_request_delete_topic_state_init(out);
    read_str(r, flex, true, &out->name);
    wire__read_uuid(r, out->topic_id.b);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_delete_topics_request(wire_reader_t *r, int16_t v,
                                        wire_arena_t *a,
                                        kmsg_delete_topics_request_t *out)
{
    const bool flex = v >= 4;
    int32_t i;

    kmsg_delete_topics_request_init(out);
    if (v >= 6) {
        out->topics_count = read_count(r, flex, false, 1);
        out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
        for (i = 0; i < out->topics_count && !r->err; i++) {
            if (decode_delete_topics_request_delete_topic_state(
                r, v, a, &out->topics[i]) != 0)
                wire__reader_fail(r);
        }
    }
    if (v <= 5) {
        out->topic_names_count = read_count(r, flex, false, flex ? 1 : 2);
        out->topic_names = read_alloc(r, a, out->topic_names_count,
                                      sizeof(*out->topic_names));
        for (i = 0; i < out->topic_names_count && !r->err; i++) {
            read_str(r, flex, false, &out->topic_names[i]);
        }
    }
    out->timeout_ms = wire__read_i32(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_delete_topics_request_delete_topic_state(wire_writer_t *w,
                                                           int16_t v,
                                                           const void *p)
{
    const kmsg_delete_topics_request_delete_topic_state_t *in = p;
    const bool flex = v >= 4;

    if (write_str(w, flex, true, &in->name) != 0)
        return HERALD_EPROTO;
    wire__write_uuid(w, in->topic_id.b);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_delete_topics_request(wire_writer_t *w, int16_t v,
                                        const void *p)
{
    const kmsg_delete_topics_request_t *in = p;
    const bool flex = v >= 4;
    int32_t i;

    if (v >= 6) {
        if (write_count(w, flex, false, in->topics_count, in->topics) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->topics_count; i++) {
            if (encode_delete_topics_request_delete_topic_state(
                w, v, &in->topics[i]) != 0)
                return HERALD_EPROTO;
        }
    } else if (in->topics_count != 0) {
        return HERALD_EPROTO;
    }
    if (v <= 5) {
        if (write_count(w, flex, false, in->topic_names_count, in->topic_names) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->topic_names_count; i++) {
            if (write_str(w, flex, false, &in->topic_names[i]) != 0)
                return HERALD_EPROTO;
        }
    }
    wire__write_i32(w, in->timeout_ms);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_delete_topics_request_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_delete_topics_request_t *out)
{
    if (version < 0 || version > 6) {
        kmsg_delete_topics_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_delete_topics_request(r, version, arena, out);
}

int kmsg_delete_topics_request_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_delete_topics_request_t *in)
{
    if (version < 0 || version > 6)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_delete_topics_request);
}

/* ------------------------------------------------------------------------ */
/* DeleteTopicsResponse */

void kmsg_delete_topics_response_deletable_topic_result_init(
    kmsg_delete_topics_response_deletable_topic_result_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
    m->error_message.len = -1;
}

void kmsg_delete_topics_response_init(kmsg_delete_topics_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_delete_topics_response_deletable_topic_result(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_delete_topics_response_deletable_topic_result_t *out)
{
    const bool flex = v >= 4;

    kmsg_delete_topics_response_deletable_topic_result_init(out);
    read_str(r, flex, v >= 6, &out->name);
    if (v >= 6) {
        wire__read_uuid(r, out->topic_id.b);
    }
    out->error_code = wire__read_i16(r);
    if (v >= 5) {
        read_str(r, flex, true, &out->error_message);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_delete_topics_response(wire_reader_t *r, int16_t v,
                                         wire_arena_t *a,
                                         kmsg_delete_topics_response_t *out)
{
    const bool flex = v >= 4;
    int32_t i;

    kmsg_delete_topics_response_init(out);
    if (v >= 1) {
        out->throttle_time_ms = wire__read_i32(r);
    }
    out->responses_count = read_count(r, flex, false, 1);
    out->responses = read_alloc(r, a, out->responses_count,
                                sizeof(*out->responses));
    for (i = 0; i < out->responses_count && !r->err; i++) {
        if (decode_delete_topics_response_deletable_topic_result(
            r, v, a, &out->responses[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_delete_topics_response_deletable_topic_result(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_delete_topics_response_deletable_topic_result_t *in = p;
    const bool flex = v >= 4;

    if (write_str(w, flex, v >= 6, &in->name) != 0)
        return HERALD_EPROTO;
    if (v >= 6) {
        wire__write_uuid(w, in->topic_id.b);
    }
    wire__write_i16(w, in->error_code);
    if (v >= 5) {
        if (write_str(w, flex, true, &in->error_message) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_delete_topics_response(wire_writer_t *w, int16_t v,
                                         const void *p)
{
    const kmsg_delete_topics_response_t *in = p;
    const bool flex = v >= 4;
    int32_t i;

    if (v >= 1) {
        wire__write_i32(w, in->throttle_time_ms);
    }
    if (write_count(w, flex, false, in->responses_count, in->responses) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->responses_count; i++) {
        if (encode_delete_topics_response_deletable_topic_result(
            w, v, &in->responses[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_delete_topics_response_decode(wire_reader_t *r, int16_t version,
                                       wire_arena_t *arena,
                                       kmsg_delete_topics_response_t *out)
{
    if (version < 0 || version > 6) {
        kmsg_delete_topics_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_delete_topics_response(r, version, arena, out);
}

int kmsg_delete_topics_response_encode(wire_writer_t *w, int16_t version,
                                       const kmsg_delete_topics_response_t *in)
{
    if (version < 0 || version > 6)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_delete_topics_response);
}

/* ------------------------------------------------------------------------ */
/* DeleteRecordsRequest */

void kmsg_delete_records_request_delete_records_partition_init(
    kmsg_delete_records_request_delete_records_partition_t *m)
{
    memset(m, 0, sizeof(*m));
}

void kmsg_delete_records_request_delete_records_topic_init(
    kmsg_delete_records_request_delete_records_topic_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_delete_records_request_init(kmsg_delete_records_request_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_delete_records_request_delete_records_partition(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_delete_records_request_delete_records_partition_t *out)
{
    const bool flex = v >= 2;

    kmsg_delete_records_request_delete_records_partition_init(out);
    out->partition_index = wire__read_i32(r);
    out->offset = wire__read_i64(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_delete_records_request_delete_records_topic(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_delete_records_request_delete_records_topic_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_delete_records_request_delete_records_topic_init(out);
    read_str(r, flex, false, &out->name);
    out->partitions_count = read_count(r, flex, false, 1);
    out->partitions = read_alloc(r, a, out->partitions_count,
                                 sizeof(*out->partitions));
    for (i = 0; i < out->partitions_count && !r->err; i++) {
        if (decode_delete_records_request_delete_records_partition(
            r, v, a, &out->partitions[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_delete_records_request(wire_reader_t *r, int16_t v,
                                         wire_arena_t *a,
                                         kmsg_delete_records_request_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_delete_records_request_init(out);
    out->topics_count = read_count(r, flex, false, 1);
    out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
    for (i = 0; i < out->topics_count && !r->err; i++) {
        if (decode_delete_records_request_delete_records_topic(
            r, v, a, &out->topics[i]) != 0)
            wire__reader_fail(r);
    }
    out->timeout_ms = wire__read_i32(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_delete_records_request_delete_records_partition(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_delete_records_request_delete_records_partition_t *in = p;
    const bool flex = v >= 2;

    wire__write_i32(w, in->partition_index);
    wire__write_i64(w, in->offset);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_delete_records_request_delete_records_topic(wire_writer_t *w,
                                                              int16_t v,
                                                              const void *p)
{
    const kmsg_delete_records_request_delete_records_topic_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->partitions_count, in->partitions) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partitions_count; i++) {
        if (encode_delete_records_request_delete_records_partition(
            w, v, &in->partitions[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_delete_records_request(wire_writer_t *w, int16_t v,
                                         const void *p)
{
    const kmsg_delete_records_request_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    if (write_count(w, flex, false, in->topics_count, in->topics) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topics_count; i++) {
        if (encode_delete_records_request_delete_records_topic(
            w, v, &in->topics[i]) != 0)
            return HERALD_EPROTO;
    }
    wire__write_i32(w, in->timeout_ms);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_delete_records_request_decode(wire_reader_t *r, int16_t version,
                                       wire_arena_t *arena,
                                       kmsg_delete_records_request_t *out)
{
    if (version < 0 || version > 2) {
        kmsg_delete_records_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_delete_records_request(r, version, arena, out);
}

int kmsg_delete_records_request_encode(wire_writer_t *w, int16_t version,
                                       const kmsg_delete_records_request_t *in)
{
    if (version < 0 || version > 2)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_delete_records_request);
}

/* ------------------------------------------------------------------------ */
/* DeleteRecordsResponse */

void kmsg_delete_records_response_delete_records_partition_result_init(
    kmsg_delete_records_response_delete_records_partition_result_t *m)
{
    memset(m, 0, sizeof(*m));
}

void kmsg_delete_records_response_delete_records_topic_result_init(
    kmsg_delete_records_response_delete_records_topic_result_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_delete_records_response_init(kmsg_delete_records_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_delete_records_response_delete_records_partition_result(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_delete_records_response_delete_records_partition_result_t *out)
{
    const bool flex = v >= 2;

    kmsg_delete_records_response_delete_records_partition_result_init(out);
    out->partition_index = wire__read_i32(r);
    out->low_watermark = wire__read_i64(r);
    out->error_code = wire__read_i16(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_delete_records_response_delete_records_topic_result(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_delete_records_response_delete_records_topic_result_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_delete_records_response_delete_records_topic_result_init(out);
    read_str(r, flex, false, &out->name);
    out->partitions_count = read_count(r, flex, false, 1);
    out->partitions = read_alloc(r, a, out->partitions_count,
                                 sizeof(*out->partitions));
    for (i = 0; i < out->partitions_count && !r->err; i++) {
        if (decode_delete_records_response_delete_records_partition_result(
            r, v, a, &out->partitions[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_delete_records_response(wire_reader_t *r, int16_t v,
                                          wire_arena_t *a,
                                          kmsg_delete_records_response_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_delete_records_response_init(out);
    out->throttle_time_ms = wire__read_i32(r);
    out->topics_count = read_count(r, flex, false, 1);
    out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
    for (i = 0; i < out->topics_count && !r->err; i++) {
        if (decode_delete_records_response_delete_records_topic_result(
            r, v, a, &out->topics[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_delete_records_response_delete_records_partition_result(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_delete_records_response_delete_records_partition_result_t *in = p;
    const bool flex = v >= 2;

    wire__write_i32(w, in->partition_index);
    wire__write_i64(w, in->low_watermark);
    wire__write_i16(w, in->error_code);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_delete_records_response_delete_records_topic_result(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_delete_records_response_delete_records_topic_result_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->partitions_count, in->partitions) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partitions_count; i++) {
        if (encode_delete_records_response_delete_records_partition_result(
            w, v, &in->partitions[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_delete_records_response(wire_writer_t *w, int16_t v,
                                          const void *p)
{
    const kmsg_delete_records_response_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    wire__write_i32(w, in->throttle_time_ms);
    if (write_count(w, flex, false, in->topics_count, in->topics) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topics_count; i++) {
        if (encode_delete_records_response_delete_records_topic_result(
            w, v, &in->topics[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_delete_records_response_decode(wire_reader_t *r, int16_t version,
                                        wire_arena_t *arena,
                                        kmsg_delete_records_response_t *out)
{
    if (version < 0 || version > 2) {
        kmsg_delete_records_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_delete_records_response(r, version, arena, out);
}

int kmsg_delete_records_response_encode(
    wire_writer_t *w, int16_t version, const kmsg_delete_records_response_t *in)
{
    if (version < 0 || version > 2)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_delete_records_response);
}

/* ------------------------------------------------------------------------ */
/* InitProducerIdRequest */

void kmsg_init_producer_id_request_init(kmsg_init_producer_id_request_t *m)
{
    memset(m, 0, sizeof(*m));
    m->transactional_id.ptr = "";
    m->producer_id = -1;
    m->producer_epoch = -1;
}

static int decode_init_producer_id_request(wire_reader_t *r, int16_t v,
                                           wire_arena_t *a,
                                           kmsg_init_producer_id_request_t *out)
{
    const bool flex = v >= 2;

    kmsg_init_producer_id_request_init(out);
    read_str(r, flex, true, &out->transactional_id);
    out->transaction_timeout_ms = wire__read_i32(r);
    if (v >= 3) {
        out->producer_id = wire__read_i64(r);
    }
    if (v >= 3) {
        out->producer_epoch = wire__read_i16(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_init_producer_id_request(wire_writer_t *w, int16_t v,
                                           const void *p)
{
    const kmsg_init_producer_id_request_t *in = p;
    const bool flex = v >= 2;

    if (write_str(w, flex, true, &in->transactional_id) != 0)
        return HERALD_EPROTO;
    wire__write_i32(w, in->transaction_timeout_ms);
    if (v >= 3) {
        wire__write_i64(w, in->producer_id);
    } else if (in->producer_id != -1) {
        return HERALD_EPROTO;
    }
    if (v >= 3) {
        wire__write_i16(w, in->producer_epoch);
    } else if (in->producer_epoch != -1) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_init_producer_id_request_decode(wire_reader_t *r, int16_t version,
                                         wire_arena_t *arena,
                                         kmsg_init_producer_id_request_t *out)
{
    if (version < 0 || version > 5) {
        kmsg_init_producer_id_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_init_producer_id_request(r, version, arena, out);
}

int kmsg_init_producer_id_request_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_init_producer_id_request_t *in)
{
    if (version < 0 || version > 5)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_init_producer_id_request);
}

/* ------------------------------------------------------------------------ */
/* InitProducerIdResponse */

void kmsg_init_producer_id_response_init(kmsg_init_producer_id_response_t *m)
{
    memset(m, 0, sizeof(*m));
    m->producer_id = -1;
}

static int decode_init_producer_id_response(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_init_producer_id_response_t *out)
{
    const bool flex = v >= 2;

    kmsg_init_producer_id_response_init(out);
    out->throttle_time_ms = wire__read_i32(r);
    out->error_code = wire__read_i16(r);
    out->producer_id = wire__read_i64(r);
    out->producer_epoch = wire__read_i16(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_init_producer_id_response(wire_writer_t *w, int16_t v,
                                            const void *p)
{
    const kmsg_init_producer_id_response_t *in = p;
    const bool flex = v >= 2;

    wire__write_i32(w, in->throttle_time_ms);
    wire__write_i16(w, in->error_code);
    wire__write_i64(w, in->producer_id);
    wire__write_i16(w, in->producer_epoch);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_init_producer_id_response_decode(wire_reader_t *r, int16_t version,
                                          wire_arena_t *arena,
                                          kmsg_init_producer_id_response_t *out)
{
    if (version < 0 || version > 5) {
        kmsg_init_producer_id_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_init_producer_id_response(r, version, arena, out);
}

int kmsg_init_producer_id_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_init_producer_id_response_t *in)
{
    if (version < 0 || version > 5)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_init_producer_id_response);
}

/* ------------------------------------------------------------------------ */
/* OffsetForLeaderEpochRequest */

void kmsg_offset_for_leader_epoch_request_offset_for_leader_partition_init(
    kmsg_offset_for_leader_epoch_request_offset_for_leader_partition_t *m)
{
    memset(m, 0, sizeof(*m));
    m->current_leader_epoch = -1;
}

void kmsg_offset_for_leader_epoch_request_offset_for_leader_topic_init(
    kmsg_offset_for_leader_epoch_request_offset_for_leader_topic_t *m)
{
    memset(m, 0, sizeof(*m));
    m->topic.ptr = "";
}

void kmsg_offset_for_leader_epoch_request_init(
    kmsg_offset_for_leader_epoch_request_t *m)
{
    memset(m, 0, sizeof(*m));
    m->replica_id = -2;
}

static int decode_offset_for_leader_epoch_request_offset_for_leader_partition(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_for_leader_epoch_request_offset_for_leader_partition_t *out)
{
    const bool flex = v >= 4;

    kmsg_offset_for_leader_epoch_request_offset_for_leader_partition_init(out);
    out->partition = wire__read_i32(r);
    if (v >= 2) {
        out->current_leader_epoch = wire__read_i32(r);
    }
    out->leader_epoch = wire__read_i32(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_for_leader_epoch_request_offset_for_leader_topic(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_for_leader_epoch_request_offset_for_leader_topic_t *out)
{
    const bool flex = v >= 4;
    int32_t i;

    kmsg_offset_for_leader_epoch_request_offset_for_leader_topic_init(out);
    read_str(r, flex, false, &out->topic);
    out->partitions_count = read_count(r, flex, false, 1);
    out->partitions = read_alloc(r, a, out->partitions_count,
                                 sizeof(*out->partitions));
    for (i = 0; i < out->partitions_count && !r->err; i++) {
        if (decode_offset_for_leader_epoch_request_offset_for_leader_partition(
            r, v, a, &out->partitions[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_for_leader_epoch_request(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_for_leader_epoch_request_t *out)
{
    const bool flex = v >= 4;
    int32_t i;

    kmsg_offset_for_leader_epoch_request_init(out);
    if (v >= 3) {
        out->replica_id = wire__read_i32(r);
    }
    out->topics_count = read_count(r, flex, false, 1);
    out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
    for (i = 0; i < out->topics_count && !r->err; i++) {
        if (decode_offset_for_leader_epoch_request_offset_for_leader_topic(
            r, v, a, &out->topics[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_offset_for_leader_epoch_request_offset_for_leader_partition(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_offset_for_leader_epoch_request_offset_for_leader_partition_t *in = p;
    const bool flex = v >= 4;

    wire__write_i32(w, in->partition);
    if (v >= 2) {
        wire__write_i32(w, in->current_leader_epoch);
    }
    wire__write_i32(w, in->leader_epoch);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_offset_for_leader_epoch_request_offset_for_leader_topic(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_offset_for_leader_epoch_request_offset_for_leader_topic_t *in = p;
    const bool flex = v >= 4;
    int32_t i;

    if (write_str(w, flex, false, &in->topic) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->partitions_count, in->partitions) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partitions_count; i++) {
        if (encode_offset_for_leader_epoch_request_offset_for_leader_partition(
            w, v, &in->partitions[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_offset_for_leader_epoch_request(wire_writer_t *w, int16_t v,
                                                  const void *p)
{
    const kmsg_offset_for_leader_epoch_request_t *in = p;
    const bool flex = v >= 4;
    int32_t i;

    if (v >= 3) {
        wire__write_i32(w, in->replica_id);
    }
    if (write_count(w, flex, false, in->topics_count, in->topics) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topics_count; i++) {
        if (encode_offset_for_leader_epoch_request_offset_for_leader_topic(
            w, v, &in->topics[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_offset_for_leader_epoch_request_decode(
    wire_reader_t *r, int16_t version, wire_arena_t *arena,
    kmsg_offset_for_leader_epoch_request_t *out)
{
    if (version < 0 || version > 4) {
        kmsg_offset_for_leader_epoch_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_offset_for_leader_epoch_request(r, version, arena, out);
}

int kmsg_offset_for_leader_epoch_request_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_offset_for_leader_epoch_request_t *in)
{
    if (version < 0 || version > 4)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_offset_for_leader_epoch_request);
}

/* ------------------------------------------------------------------------ */
/* OffsetForLeaderEpochResponse */

void kmsg_offset_for_leader_epoch_response_epoch_end_offset_init(
    kmsg_offset_for_leader_epoch_response_epoch_end_offset_t *m)
{
    memset(m, 0, sizeof(*m));
    m->leader_epoch = -1;
    m->end_offset = -1;
}

void kmsg_offset_for_leader_epoch_response_offset_for_leader_topic_result_init(
    kmsg_offset_for_leader_epoch_response_offset_for_leader_topic_result_t *m)
{
    memset(m, 0, sizeof(*m));
    m->topic.ptr = "";
}

void kmsg_offset_for_leader_epoch_response_init(
    kmsg_offset_for_leader_epoch_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_offset_for_leader_epoch_response_epoch_end_offset(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_for_leader_epoch_response_epoch_end_offset_t *out)
{
    const bool flex = v >= 4;

    kmsg_offset_for_leader_epoch_response_epoch_end_offset_init(out);
    out->error_code = wire__read_i16(r);
    out->partition = wire__read_i32(r);
    if (v >= 1) {
        out->leader_epoch = wire__read_i32(r);
    }
    out->end_offset = wire__read_i64(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_for_leader_epoch_response_offset_for_leader_topic_result(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_for_leader_epoch_response_offset_for_leader_topic_result_t *out)
{
    const bool flex = v >= 4;
    int32_t i;

    kmsg_offset_for_leader_epoch_response_offset_for_leader_topic_result_init(out);
    read_str(r, flex, false, &out->topic);
    out->partitions_count = read_count(r, flex, false, 1);
    out->partitions = read_alloc(r, a, out->partitions_count,
                                 sizeof(*out->partitions));
    for (i = 0; i < out->partitions_count && !r->err; i++) {
        if (decode_offset_for_leader_epoch_response_epoch_end_offset(
            r, v, a, &out->partitions[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_for_leader_epoch_response(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_for_leader_epoch_response_t *out)
{
    const bool flex = v >= 4;
    int32_t i;

    kmsg_offset_for_leader_epoch_response_init(out);
    if (v >= 2) {
        out->throttle_time_ms = wire__read_i32(r);
    }
    out->topics_count = read_count(r, flex, false, 1);
    out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
    for (i = 0; i < out->topics_count && !r->err; i++) {
        if (decode_offset_for_leader_epoch_response_offset_for_leader_topic_result(
            r, v, a, &out->topics[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_offset_for_leader_epoch_response_epoch_end_offset(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_offset_for_leader_epoch_response_epoch_end_offset_t *in = p;
    const bool flex = v >= 4;

    wire__write_i16(w, in->error_code);
    wire__write_i32(w, in->partition);
    if (v >= 1) {
        wire__write_i32(w, in->leader_epoch);
    }
    wire__write_i64(w, in->end_offset);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_offset_for_leader_epoch_response_offset_for_leader_topic_result(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_offset_for_leader_epoch_response_offset_for_leader_topic_result_t *in = p;
    const bool flex = v >= 4;
    int32_t i;

    if (write_str(w, flex, false, &in->topic) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->partitions_count, in->partitions) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partitions_count; i++) {
        if (encode_offset_for_leader_epoch_response_epoch_end_offset(
            w, v, &in->partitions[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_offset_for_leader_epoch_response(wire_writer_t *w, int16_t v,
                                                   const void *p)
{
    const kmsg_offset_for_leader_epoch_response_t *in = p;
    const bool flex = v >= 4;
    int32_t i;

    if (v >= 2) {
        wire__write_i32(w, in->throttle_time_ms);
    }
    if (write_count(w, flex, false, in->topics_count, in->topics) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topics_count; i++) {
        if (encode_offset_for_leader_epoch_response_offset_for_leader_topic_result(
            w, v, &in->topics[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_offset_for_leader_epoch_response_decode(
    wire_reader_t *r, int16_t version, wire_arena_t *arena,
    kmsg_offset_for_leader_epoch_response_t *out)
{
    if (version < 0 || version > 4) {
        kmsg_offset_for_leader_epoch_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_offset_for_leader_epoch_response(r, version, arena, out);
}

int kmsg_offset_for_leader_epoch_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_offset_for_leader_epoch_response_t *in)
{
    if (version < 0 || version > 4)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_offset_for_leader_epoch_response);
}

/* ------------------------------------------------------------------------ */
/* DescribeAclsRequest */

void kmsg_describe_acls_request_init(kmsg_describe_acls_request_t *m)
{
    memset(m, 0, sizeof(*m));
    m->resource_name_filter.ptr = "";
    m->pattern_type_filter = 3;
    m->principal_filter.ptr = "";
    m->host_filter.ptr = "";
}

static int decode_describe_acls_request(wire_reader_t *r, int16_t v,
                                        wire_arena_t *a,
                                        kmsg_describe_acls_request_t *out)
{
    const bool flex = v >= 2;

    kmsg_describe_acls_request_init(out);
    out->resource_type_filter = wire__read_i8(r);
    read_str(r, flex, true, &out->resource_name_filter);
    if (v >= 1) {
        out->pattern_type_filter = wire__read_i8(r);
    }
    read_str(r, flex, true, &out->principal_filter);
    read_str(r, flex, true, &out->host_filter);
    out->operation = wire__read_i8(r);
    out->permission_type = wire__read_i8(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_describe_acls_request(wire_writer_t *w, int16_t v,
                                        const void *p)
{
    const kmsg_describe_acls_request_t *in = p;
    const bool flex = v >= 2;

    wire__write_i8(w, in->resource_type_filter);
    if (write_str(w, flex, true, &in->resource_name_filter) != 0)
        return HERALD_EPROTO;
    if (v >= 1) {
        wire__write_i8(w, in->pattern_type_filter);
    } else if (in->pattern_type_filter != 3) {
        return HERALD_EPROTO;
    }
    if (write_str(w, flex, true, &in->principal_filter) != 0)
        return HERALD_EPROTO;
    if (write_str(w, flex, true, &in->host_filter) != 0)
        return HERALD_EPROTO;
    wire__write_i8(w, in->operation);
    wire__write_i8(w, in->permission_type);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_describe_acls_request_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_describe_acls_request_t *out)
{
    if (version < 0 || version > 3) {
        kmsg_describe_acls_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_describe_acls_request(r, version, arena, out);
}

int kmsg_describe_acls_request_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_describe_acls_request_t *in)
{
    if (version < 0 || version > 3)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_describe_acls_request);
}

/* ------------------------------------------------------------------------ */
/* DescribeAclsResponse */

void kmsg_describe_acls_response_acl_description_init(
    kmsg_describe_acls_response_acl_description_t *m)
{
    memset(m, 0, sizeof(*m));
    m->principal.ptr = "";
    m->host.ptr = "";
}

void kmsg_describe_acls_response_describe_acls_resource_init(
    kmsg_describe_acls_response_describe_acls_resource_t *m)
{
    memset(m, 0, sizeof(*m));
    m->resource_name.ptr = "";
    m->pattern_type = 3;
}

void kmsg_describe_acls_response_init(kmsg_describe_acls_response_t *m)
{
    memset(m, 0, sizeof(*m));
    m->error_message.ptr = "";
}

static int decode_describe_acls_response_acl_description(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_describe_acls_response_acl_description_t *out)
{
    const bool flex = v >= 2;

    kmsg_describe_acls_response_acl_description_init(out);
    read_str(r, flex, false, &out->principal);
    read_str(r, flex, false, &out->host);
    out->operation = wire__read_i8(r);
    out->permission_type = wire__read_i8(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_describe_acls_response_describe_acls_resource(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_describe_acls_response_describe_acls_resource_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_describe_acls_response_describe_acls_resource_init(out);
    out->resource_type = wire__read_i8(r);
    read_str(r, flex, false, &out->resource_name);
    if (v >= 1) {
        out->pattern_type = wire__read_i8(r);
    }
    out->acls_count = read_count(r, flex, false, 1);
    out->acls = read_alloc(r, a, out->acls_count, sizeof(*out->acls));
    for (i = 0; i < out->acls_count && !r->err; i++) {
        if (decode_describe_acls_response_acl_description(r, v, a,
                                                          &out->acls[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_describe_acls_response(wire_reader_t *r, int16_t v,
                                         wire_arena_t *a,
                                         kmsg_describe_acls_response_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_describe_acls_response_init(out);
    out->throttle_time_ms = wire__read_i32(r);
    out->error_code = wire__read_i16(r);
    read_str(r, flex, true, &out->error_message);
    out->resources_count = read_count(r, flex, false, 1);
    out->resources = read_alloc(r, a, out->resources_count,
                                sizeof(*out->resources));
    for (i = 0; i < out->resources_count && !r->err; i++) {
        if (decode_describe_acls_response_describe_acls_resource(
            r, v, a, &out->resources[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_describe_acls_response_acl_description(wire_writer_t *w,
                                                         int16_t v,
                                                         const void *p)
{
    const kmsg_describe_acls_response_acl_description_t *in = p;
    const bool flex = v >= 2;

    if (write_str(w, flex, false, &in->principal) != 0)
        return HERALD_EPROTO;
    if (write_str(w, flex, false, &in->host) != 0)
        return HERALD_EPROTO;
    wire__write_i8(w, in->operation);
    wire__write_i8(w, in->permission_type);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_describe_acls_response_describe_acls_resource(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_describe_acls_response_describe_acls_resource_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    wire__write_i8(w, in->resource_type);
    if (write_str(w, flex, false, &in->resource_name) != 0)
        return HERALD_EPROTO;
    if (v >= 1) {
        wire__write_i8(w, in->pattern_type);
    } else if (in->pattern_type != 3) {
        return HERALD_EPROTO;
    }
    if (write_count(w, flex, false, in->acls_count, in->acls) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->acls_count; i++) {
        if (encode_describe_acls_response_acl_description(w, v,
                                                          &in->acls[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_describe_acls_response(wire_writer_t *w, int16_t v,
                                         const void *p)
{
    const kmsg_describe_acls_response_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    wire__write_i32(w, in->throttle_time_ms);
    wire__write_i16(w, in->error_code);
    if (write_str(w, flex, true, &in->error_message) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->resources_count, in->resources) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->resources_count; i++) {
        if (encode_describe_acls_response_describe_acls_resource(
            w, v, &in->resources[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_describe_acls_response_decode(wire_reader_t *r, int16_t version,
                                       wire_arena_t *arena,
                                       kmsg_describe_acls_response_t *out)
{
    if (version < 0 || version > 3) {
        kmsg_describe_acls_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_describe_acls_response(r, version, arena, out);
}

int kmsg_describe_acls_response_encode(wire_writer_t *w, int16_t version,
                                       const kmsg_describe_acls_response_t *in)
{
    if (version < 0 || version > 3)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_describe_acls_response);
}

/* ------------------------------------------------------------------------ */
/* CreateAclsRequest */

void kmsg_create_acls_request_acl_creation_init(
    kmsg_create_acls_request_acl_creation_t *m)
{
    memset(m, 0, sizeof(*m));
    m->resource_name.ptr = "";
    m->resource_pattern_type = 3;
    m->principal.ptr = "";
    m->host.ptr = "";
}

void kmsg_create_acls_request_init(kmsg_create_acls_request_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_create_acls_request_acl_creation(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_create_acls_request_acl_creation_t *out)
{
    const bool flex = v >= 2;

    kmsg_create_acls_request_acl_creation_init(out);
    out->resource_type = wire__read_i8(r);
    read_str(r, flex, false, &out->resource_name);
    if (v >= 1) {
        out->resource_pattern_type = wire__read_i8(r);
    }
    read_str(r, flex, false, &out->principal);
    read_str(r, flex, false, &out->host);
    out->operation = wire__read_i8(r);
    out->permission_type = wire__read_i8(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_create_acls_request(wire_reader_t *r, int16_t v,
                                      wire_arena_t *a,
                                      kmsg_create_acls_request_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_create_acls_request_init(out);
    out->creations_count = read_count(r, flex, false, 1);
    out->creations = read_alloc(r, a, out->creations_count,
                                sizeof(*out->creations));
    for (i = 0; i < out->creations_count && !r->err; i++) {
        if (decode_create_acls_request_acl_creation(r, v, a,
                                                    &out->creations[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_create_acls_request_acl_creation(wire_writer_t *w, int16_t v,
                                                   const void *p)
{
    const kmsg_create_acls_request_acl_creation_t *in = p;
    const bool flex = v >= 2;

    wire__write_i8(w, in->resource_type);
    if (write_str(w, flex, false, &in->resource_name) != 0)
        return HERALD_EPROTO;
    if (v >= 1) {
        wire__write_i8(w, in->resource_pattern_type);
    } else if (in->resource_pattern_type != 3) {
        return HERALD_EPROTO;
    }
    if (write_str(w, flex, false, &in->principal) != 0)
        return HERALD_EPROTO;
    if (write_str(w, flex, false, &in->host) != 0)
        return HERALD_EPROTO;
    wire__write_i8(w, in->operation);
    wire__write_i8(w, in->permission_type);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_create_acls_request(wire_writer_t *w, int16_t v,
                                      const void *p)
{
    const kmsg_create_acls_request_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    if (write_count(w, flex, false, in->creations_count, in->creations) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->creations_count; i++) {
        if (encode_create_acls_request_acl_creation(w, v,
                                                    &in->creations[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_create_acls_request_decode(wire_reader_t *r, int16_t version,
                                    wire_arena_t *arena,
                                    kmsg_create_acls_request_t *out)
{
    if (version < 0 || version > 3) {
        kmsg_create_acls_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_create_acls_request(r, version, arena, out);
}

int kmsg_create_acls_request_encode(wire_writer_t *w, int16_t version,
                                    const kmsg_create_acls_request_t *in)
{
    if (version < 0 || version > 3)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_create_acls_request);
}

/* ------------------------------------------------------------------------ */
/* CreateAclsResponse */

void kmsg_create_acls_response_acl_creation_result_init(
    kmsg_create_acls_response_acl_creation_result_t *m)
{
    memset(m, 0, sizeof(*m));
    m->error_message.ptr = "";
}

void kmsg_create_acls_response_init(kmsg_create_acls_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_create_acls_response_acl_creation_result(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_create_acls_response_acl_creation_result_t *out)
{
    const bool flex = v >= 2;

    kmsg_create_acls_response_acl_creation_result_init(out);
    out->error_code = wire__read_i16(r);
    read_str(r, flex, true, &out->error_message);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_create_acls_response(wire_reader_t *r, int16_t v,
                                       wire_arena_t *a,
                                       kmsg_create_acls_response_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_create_acls_response_init(out);
    out->throttle_time_ms = wire__read_i32(r);
    out->results_count = read_count(r, flex, false, 1);
    out->results = read_alloc(r, a, out->results_count,
                              sizeof(*out->results));
    for (i = 0; i < out->results_count && !r->err; i++) {
        if (decode_create_acls_response_acl_creation_result(
            r, v, a, &out->results[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_create_acls_response_acl_creation_result(wire_writer_t *w,
                                                           int16_t v,
                                                           const void *p)
{
    const kmsg_create_acls_response_acl_creation_result_t *in = p;
    const bool flex = v >= 2;

    wire__write_i16(w, in->error_code);
    if (write_str(w, flex, true, &in->error_message) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_create_acls_response(wire_writer_t *w, int16_t v,
                                       const void *p)
{
    const kmsg_create_acls_response_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    wire__write_i32(w, in->throttle_time_ms);
    if (write_count(w, flex, false, in->results_count, in->results) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->results_count; i++) {
        if (encode_create_acls_response_acl_creation_result(
            w, v, &in->results[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_create_acls_response_decode(wire_reader_t *r, int16_t version,
                                     wire_arena_t *arena,
                                     kmsg_create_acls_response_t *out)
{
    if (version < 0 || version > 3) {
        kmsg_create_acls_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_create_acls_response(r, version, arena, out);
}

int kmsg_create_acls_response_encode(wire_writer_t *w, int16_t version,
                                     const kmsg_create_acls_response_t *in)
{
    if (version < 0 || version > 3)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_create_acls_response);
}

/* ------------------------------------------------------------------------ */
/* DeleteAclsRequest */

void kmsg_delete_acls_request_delete_acls_filter_init(
    kmsg_delete_acls_request_delete_acls_filter_t *m)
{
    memset(m, 0, sizeof(*m));
    m->resource_name_filter.ptr = "";
    m->pattern_type_filter = 3;
    m->principal_filter.ptr = "";
    m->host_filter.ptr = "";
}

void kmsg_delete_acls_request_init(kmsg_delete_acls_request_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_delete_acls_request_delete_acls_filter(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_delete_acls_request_delete_acls_filter_t *out)
{
    const bool flex = v >= 2;

    kmsg_delete_acls_request_delete_acls_filter_init(out);
    out->resource_type_filter = wire__read_i8(r);
    read_str(r, flex, true, &out->resource_name_filter);
    if (v >= 1) {
        out->pattern_type_filter = wire__read_i8(r);
    }
    read_str(r, flex, true, &out->principal_filter);
    read_str(r, flex, true, &out->host_filter);
    out->operation = wire__read_i8(r);
    out->permission_type = wire__read_i8(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_delete_acls_request(wire_reader_t *r, int16_t v,
                                      wire_arena_t *a,
                                      kmsg_delete_acls_request_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_delete_acls_request_init(out);
    out->filters_count = read_count(r, flex, false, 1);
    out->filters = read_alloc(r, a, out->filters_count,
                              sizeof(*out->filters));
    for (i = 0; i < out->filters_count && !r->err; i++) {
        if (decode_delete_acls_request_delete_acls_filter(
            r, v, a, &out->filters[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_delete_acls_request_delete_acls_filter(wire_writer_t *w,
                                                         int16_t v,
                                                         const void *p)
{
    const kmsg_delete_acls_request_delete_acls_filter_t *in = p;
    const bool flex = v >= 2;

    wire__write_i8(w, in->resource_type_filter);
    if (write_str(w, flex, true, &in->resource_name_filter) != 0)
        return HERALD_EPROTO;
    if (v >= 1) {
        wire__write_i8(w, in->pattern_type_filter);
    } else if (in->pattern_type_filter != 3) {
        return HERALD_EPROTO;
    }
    if (write_str(w, flex, true, &in->principal_filter) != 0)
        return HERALD_EPROTO;
    if (write_str(w, flex, true, &in->host_filter) != 0)
        return HERALD_EPROTO;
    wire__write_i8(w, in->operation);
    wire__write_i8(w, in->permission_type);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_delete_acls_request(wire_writer_t *w, int16_t v,
                                      const void *p)
{
    const kmsg_delete_acls_request_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    if (write_count(w, flex, false, in->filters_count, in->filters) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->filters_count; i++) {
        if (encode_delete_acls_request_delete_acls_filter(w, v,
                                                          &in->filters[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_delete_acls_request_decode(wire_reader_t *r, int16_t version,
                                    wire_arena_t *arena,
                                    kmsg_delete_acls_request_t *out)
{
    if (version < 0 || version > 3) {
        kmsg_delete_acls_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_delete_acls_request(r, version, arena, out);
}

int kmsg_delete_acls_request_encode(wire_writer_t *w, int16_t version,
                                    const kmsg_delete_acls_request_t *in)
{
    if (version < 0 || version > 3)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_delete_acls_request);
}

/* ------------------------------------------------------------------------ */
/* DeleteAclsResponse */

void kmsg_delete_acls_response_delete_acls_matching_acl_init(
    kmsg_delete_acls_response_delete_acls_matching_acl_t *m)
{
    memset(m, 0, sizeof(*m));
    m->error_message.ptr = "";
    m->resource_name.ptr = "";
    m->pattern_type = 3;
    m->principal.ptr = "";
    m->host.ptr = "";
}

void kmsg_delete_acls_response_delete_acls_filter_result_init(
    kmsg_delete_acls_response_delete_acls_filter_result_t *m)
{
    memset(m, 0, sizeof(*m));
    m->error_message.ptr = "";
}

void kmsg_delete_acls_response_init(kmsg_delete_acls_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_delete_acls_response_delete_acls_matching_acl(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_delete_acls_response_delete_acls_matching_acl_t *out)
{
    const bool flex = v >= 2;

    kmsg_delete_acls_response_delete_acls_matching_acl_init(out);
    out->error_code = wire__read_i16(r);
    read_str(r, flex, true, &out->error_message);
    out->resource_type = wire__read_i8(r);
    read_str(r, flex, false, &out->resource_name);
    if (v >= 1) {
        out->pattern_type = wire__read_i8(r);
    }
    read_str(r, flex, false, &out->principal);
    read_str(r, flex, false, &out->host);
    out->operation = wire__read_i8(r);
    out->permission_type = wire__read_i8(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_delete_acls_response_delete_acls_filter_result(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_delete_acls_response_delete_acls_filter_result_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_delete_acls_response_delete_acls_filter_result_init(out);
    out->error_code = wire__read_i16(r);
    read_str(r, flex, true, &out->error_message);
    out->matching_acls_count = read_count(r, flex, false, 1);
    out->matching_acls = read_alloc(r, a, out->matching_acls_count,
                                    sizeof(*out->matching_acls));
    for (i = 0; i < out->matching_acls_count && !r->err; i++) {
        if (decode_delete_acls_response_delete_acls_matching_acl(
            r, v, a, &out->matching_acls[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_delete_acls_response(wire_reader_t *r, int16_t v,
                                       wire_arena_t *a,
                                       kmsg_delete_acls_response_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_delete_acls_response_init(out);
    out->throttle_time_ms = wire__read_i32(r);
    out->filter_results_count = read_count(r, flex, false, 1);
    out->filter_results = read_alloc(r, a, out->filter_results_count,
                                     sizeof(*out->filter_results));
    for (i = 0; i < out->filter_results_count && !r->err; i++) {
        if (decode_delete_acls_response_delete_acls_filter_result(
            r, v, a, &out->filter_results[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_delete_acls_response_delete_acls_matching_acl(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_delete_acls_response_delete_acls_matching_acl_t *in = p;
    const bool flex = v >= 2;

    wire__write_i16(w, in->error_code);
    if (write_str(w, flex, true, &in->error_message) != 0)
        return HERALD_EPROTO;
    wire__write_i8(w, in->resource_type);
    if (write_str(w, flex, false, &in->resource_name) != 0)
        return HERALD_EPROTO;
    if (v >= 1) {
        wire__write_i8(w, in->pattern_type);
    } else if (in->pattern_type != 3) {
        return HERALD_EPROTO;
    }
    if (write_str(w, flex, false, &in->principal) != 0)
        return HERALD_EPROTO;
    if (write_str(w, flex, false, &in->host) != 0)
        return HERALD_EPROTO;
    wire__write_i8(w, in->operation);
    wire__write_i8(w, in->permission_type);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_delete_acls_response_delete_acls_filter_result(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_delete_acls_response_delete_acls_filter_result_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    wire__write_i16(w, in->error_code);
    if (write_str(w, flex, true, &in->error_message) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->matching_acls_count,
                    in->matching_acls) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->matching_acls_count; i++) {
        if (encode_delete_acls_response_delete_acls_matching_acl(
            w, v, &in->matching_acls[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_delete_acls_response(wire_writer_t *w, int16_t v,
                                       const void *p)
{
    const kmsg_delete_acls_response_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    wire__write_i32(w, in->throttle_time_ms);
    if (write_count(w, flex, false, in->filter_results_count,
                    in->filter_results) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->filter_results_count; i++) {
        if (encode_delete_acls_response_delete_acls_filter_result(
            w, v, &in->filter_results[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_delete_acls_response_decode(wire_reader_t *r, int16_t version,
                                     wire_arena_t *arena,
                                     kmsg_delete_acls_response_t *out)
{
    if (version < 0 || version > 3) {
        kmsg_delete_acls_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_delete_acls_response(r, version, arena, out);
}

int kmsg_delete_acls_response_encode(wire_writer_t *w, int16_t version,
                                     const kmsg_delete_acls_response_t *in)
{
    if (version < 0 || version > 3)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_delete_acls_response);
}

/* ------------------------------------------------------------------------ */
/* DescribeConfigsRequest */

void kmsg_describe_configs_request_describe_configs_resource_init(
    kmsg_describe_configs_request_describe_configs_resource_t *m)
{
    memset(m, 0, sizeof(*m));
    m->resource_name.ptr = "";
}

void kmsg_describe_configs_request_init(kmsg_describe_configs_request_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_describe_configs_request_describe_configs_resource(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_describe_configs_request_describe_configs_resource_t *out)
{
    const bool flex = v >= 4;
    int32_t i;

    kmsg_describe_configs_request_describe_configs_resource_init(out);
    out->resource_type = wire__read_i8(r);
    read_str(r, flex, false, &out->resource_name);
    out->configuration_keys_count = read_count(r, flex, true, flex ? 1 : 2);
    out->configuration_keys = read_alloc(r, a,
                                         out->configuration_keys_count,
                                         sizeof(*out->configuration_keys));
    for (i = 0; i < out->configuration_keys_count && !r->err; i++) {
        read_str(r, flex, false, &out->configuration_keys[i]);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_describe_configs_request(wire_reader_t *r, int16_t v,
                                           wire_arena_t *a,
                                           kmsg_describe_configs_request_t *out)
{
    const bool flex = v >= 4;
    int32_t i;

    kmsg_describe_configs_request_init(out);
    out->resources_count = read_count(r, flex, false, 1);
    out->resources = read_alloc(r, a, out->resources_count,
                                sizeof(*out->resources));
    for (i = 0; i < out->resources_count && !r->err; i++) {
        if (decode_describe_configs_request_describe_configs_resource(
            r, v, a, &out->resources[i]) != 0)
            wire__reader_fail(r);
    }
    if (v >= 1) {
        out->include_synonyms = wire__read_bool(r);
    }
    if (v >= 3) {
        out->include_documentation = wire__read_bool(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_describe_configs_request_describe_configs_resource(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_describe_configs_request_describe_configs_resource_t *in = p;
    const bool flex = v >= 4;
    int32_t i;

    wire__write_i8(w, in->resource_type);
    if (write_str(w, flex, false, &in->resource_name) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, true, in->configuration_keys_count,
                    in->configuration_keys) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->configuration_keys_count; i++) {
        if (write_str(w, flex, false, &in->configuration_keys[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_describe_configs_request(wire_writer_t *w, int16_t v,
                                           const void *p)
{
    const kmsg_describe_configs_request_t *in = p;
    const bool flex = v >= 4;
    int32_t i;

    if (write_count(w, flex, false, in->resources_count, in->resources) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->resources_count; i++) {
        if (encode_describe_configs_request_describe_configs_resource(
            w, v, &in->resources[i]) != 0)
            return HERALD_EPROTO;
    }
    if (v >= 1) {
        wire__write_bool(w, in->include_synonyms);
    } else if (in->include_synonyms != false) {
        return HERALD_EPROTO;
    }
    if (v >= 3) {
        wire__write_bool(w, in->include_documentation);
    } else if (in->include_documentation != false) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_describe_configs_request_decode(wire_reader_t *r, int16_t version,
                                         wire_arena_t *arena,
                                         kmsg_describe_configs_request_t *out)
{
    if (version < 0 || version > 4) {
        kmsg_describe_configs_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_describe_configs_request(r, version, arena, out);
}

int kmsg_describe_configs_request_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_describe_configs_request_t *in)
{
    if (version < 0 || version > 4)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_describe_configs_request);
}

/* ------------------------------------------------------------------------ */
/* DescribeConfigsResponse */

void kmsg_describe_configs_response_describe_configs_synonym_init(
    kmsg_describe_configs_response_describe_configs_synonym_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
    m->value.ptr = "";
}

void kmsg_describe_configs_response_describe_configs_resource_result_init(
    kmsg_describe_configs_response_describe_configs_resource_result_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
    m->value.ptr = "";
    m->config_source = -1;
    m->documentation.ptr = "";
}

void kmsg_describe_configs_response_describe_configs_result_init(
    kmsg_describe_configs_response_describe_configs_result_t *m)
{
    memset(m, 0, sizeof(*m));
    m->error_message.ptr = "";
    m->resource_name.ptr = "";
}

void kmsg_describe_configs_response_init(kmsg_describe_configs_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_describe_configs_response_describe_configs_synonym(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_describe_configs_response_describe_configs_synonym_t *out)
{
    const bool flex = v >= 4;

    kmsg_describe_configs_response_describe_configs_synonym_init(out);
    read_str(r, flex, false, &out->name);
    read_str(r, flex, true, &out->value);
    out->source = wire__read_i8(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_describe_configs_response_describe_configs_resource_result(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_describe_configs_response_describe_configs_resource_result_t *out)
{
    const bool flex = v >= 4;
    int32_t i;

    kmsg_describe_configs_response_describe_configs_resource_result_init(out);
    read_str(r, flex, false, &out->name);
    read_str(r, flex, true, &out->value);
    out->read_only = wire__read_bool(r);
    if (v <= 0) {
        out->is_default = wire__read_bool(r);
    }
    if (v >= 1) {
        out->config_source = wire__read_i8(r);
    }
    out->is_sensitive = wire__read_bool(r);
    if (v >= 1) {
        out->synonyms_count = read_count(r, flex, false, 1);
        out->synonyms = read_alloc(r, a, out->synonyms_count,
                                   sizeof(*out->synonyms));
        for (i = 0; i < out->synonyms_count && !r->err; i++) {
            if (decode_describe_configs_response_describe_configs_synonym(
                r, v, a, &out->synonyms[i]) != 0)
                wire__reader_fail(r);
        }
    }
    if (v >= 3) {
        out->config_type = wire__read_i8(r);
    }
    if (v >= 3) {
        read_str(r, flex, true, &out->documentation);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_describe_configs_response_describe_configs_result(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_describe_configs_response_describe_configs_result_t *out)
{
    const bool flex = v >= 4;
    int32_t i;

    kmsg_describe_configs_response_describe_configs_result_init(out);
    out->error_code = wire__read_i16(r);
    read_str(r, flex, true, &out->error_message);
    out->resource_type = wire__read_i8(r);
    read_str(r, flex, false, &out->resource_name);
    out->configs_count = read_count(r, flex, false, 1);
    out->configs = read_alloc(r, a, out->configs_count,
                              sizeof(*out->configs));
    for (i = 0; i < out->configs_count && !r->err; i++) {
        if (decode_describe_configs_response_describe_configs_resource_result(
            r, v, a, &out->configs[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_describe_configs_response(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_describe_configs_response_t *out)
{
    const bool flex = v >= 4;
    int32_t i;

    kmsg_describe_configs_response_init(out);
    out->throttle_time_ms = wire__read_i32(r);
    out->results_count = read_count(r, flex, false, 1);
    out->results = read_alloc(r, a, out->results_count,
                              sizeof(*out->results));
    for (i = 0; i < out->results_count && !r->err; i++) {
        if (decode_describe_configs_response_describe_configs_result(
            r, v, a, &out->results[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_describe_configs_response_describe_configs_synonym(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_describe_configs_response_describe_configs_synonym_t *in = p;
    const bool flex = v >= 4;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_str(w, flex, true, &in->value) != 0)
        return HERALD_EPROTO;
    wire__write_i8(w, in->source);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_describe_configs_response_describe_configs_resource_result(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_describe_configs_response_describe_configs_resource_result_t *in = p;
    const bool flex = v >= 4;
    int32_t i;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_str(w, flex, true, &in->value) != 0)
        return HERALD_EPROTO;
    wire__write_bool(w, in->read_only);
    if (v <= 0) {
        wire__write_bool(w, in->is_default);
    } else if (in->is_default != false) {
        return HERALD_EPROTO;
    }
    if (v >= 1) {
        wire__write_i8(w, in->config_source);
    }
    wire__write_bool(w, in->is_sensitive);
    if (v >= 1) {
        if (write_count(w, flex, false, in->synonyms_count, in->synonyms) != 0)
            return HERALD_EPROTO;
        for (i = 0; i < in->synonyms_count; i++) {
            if (encode_describe_configs_response_describe_configs_synonym(
                w, v, &in->synonyms[i]) != 0)
                return HERALD_EPROTO;
        }
    }
    if (v >= 3) {
        wire__write_i8(w, in->config_type);
    }
    if (v >= 3) {
        if (write_str(w, flex, true, &in->documentation) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_describe_configs_response_describe_configs_result(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_describe_configs_response_describe_configs_result_t *in = p;
    const bool flex = v >= 4;
    int32_t i;

    wire__write_i16(w, in->error_code);
    if (write_str(w, flex, true, &in->error_message) != 0)
        return HERALD_EPROTO;
    wire__write_i8(w, in->resource_type);
    if (write_str(w, flex, false, &in->resource_name) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->configs_count, in->configs) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->configs_count; i++) {
        if (encode_describe_configs_response_describe_configs_resource_result(
            w, v, &in->configs[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_describe_configs_response(wire_writer_t *w, int16_t v,
                                            const void *p)
{
    const kmsg_describe_configs_response_t *in = p;
    const bool flex = v >= 4;
    int32_t i;

    wire__write_i32(w, in->throttle_time_ms);
    if (write_count(w, flex, false, in->results_count, in->results) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->results_count; i++) {
        if (encode_describe_configs_response_describe_configs_result(
            w, v, &in->results[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_describe_configs_response_decode(wire_reader_t *r, int16_t version,
                                          wire_arena_t *arena,
                                          kmsg_describe_configs_response_t *out)
{
    if (version < 0 || version > 4) {
        kmsg_describe_configs_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_describe_configs_response(r, version, arena, out);
}

int kmsg_describe_configs_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_describe_configs_response_t *in)
{
    if (version < 0 || version > 4)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_describe_configs_response);
}

/* ------------------------------------------------------------------------ */
/* AlterConfigsRequest */

void kmsg_alter_configs_request_alterable_config_init(
    kmsg_alter_configs_request_alterable_config_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
    m->value.ptr = "";
}

void kmsg_alter_configs_request_alter_configs_resource_init(
    kmsg_alter_configs_request_alter_configs_resource_t *m)
{
    memset(m, 0, sizeof(*m));
    m->resource_name.ptr = "";
}

void kmsg_alter_configs_request_init(kmsg_alter_configs_request_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_alter_configs_request_alterable_config(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_alter_configs_request_alterable_config_t *out)
{
    const bool flex = v >= 2;

    kmsg_alter_configs_request_alterable_config_init(out);
    read_str(r, flex, false, &out->name);
    read_str(r, flex, true, &out->value);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_alter_configs_request_alter_configs_resource(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_alter_configs_request_alter_configs_resource_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_alter_configs_request_alter_configs_resource_init(out);
    out->resource_type = wire__read_i8(r);
    read_str(r, flex, false, &out->resource_name);
    out->configs_count = read_count(r, flex, false, 1);
    out->configs = read_alloc(r, a, out->configs_count,
                              sizeof(*out->configs));
    for (i = 0; i < out->configs_count && !r->err; i++) {
        if (decode_alter_configs_request_alterable_config(
            r, v, a, &out->configs[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_alter_configs_request(wire_reader_t *r, int16_t v,
                                        wire_arena_t *a,
                                        kmsg_alter_configs_request_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_alter_configs_request_init(out);
    out->resources_count = read_count(r, flex, false, 1);
    out->resources = read_alloc(r, a, out->resources_count,
                                sizeof(*out->resources));
    for (i = 0; i < out->resources_count && !r->err; i++) {
        if (decode_alter_configs_request_alter_configs_resource(
            r, v, a, &out->resources[i]) != 0)
            wire__reader_fail(r);
    }
    out->validate_only = wire__read_bool(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_alter_configs_request_alterable_config(wire_writer_t *w,
                                                         int16_t v,
                                                         const void *p)
{
    const kmsg_alter_configs_request_alterable_config_t *in = p;
    const bool flex = v >= 2;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_str(w, flex, true, &in->value) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_alter_configs_request_alter_configs_resource(wire_writer_t *w,
                                                               int16_t v,
                                                               const void *p)
{
    const kmsg_alter_configs_request_alter_configs_resource_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    wire__write_i8(w, in->resource_type);
    if (write_str(w, flex, false, &in->resource_name) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->configs_count, in->configs) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->configs_count; i++) {
        if (encode_alter_configs_request_alterable_config(w, v,
                                                          &in->configs[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_alter_configs_request(wire_writer_t *w, int16_t v,
                                        const void *p)
{
    const kmsg_alter_configs_request_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    if (write_count(w, flex, false, in->resources_count, in->resources) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->resources_count; i++) {
        if (encode_alter_configs_request_alter_configs_resource(
            w, v, &in->resources[i]) != 0)
            return HERALD_EPROTO;
    }
    wire__write_bool(w, in->validate_only);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_alter_configs_request_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_alter_configs_request_t *out)
{
    if (version < 0 || version > 2) {
        kmsg_alter_configs_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_alter_configs_request(r, version, arena, out);
}

int kmsg_alter_configs_request_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_alter_configs_request_t *in)
{
    if (version < 0 || version > 2)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_alter_configs_request);
}

/* ------------------------------------------------------------------------ */
/* AlterConfigsResponse */

void kmsg_alter_configs_response_alter_configs_resource_response_init(
    kmsg_alter_configs_response_alter_configs_resource_response_t *m)
{
    memset(m, 0, sizeof(*m));
    m->error_message.ptr = "";
    m->resource_name.ptr = "";
}

void kmsg_alter_configs_response_init(kmsg_alter_configs_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_alter_configs_response_alter_configs_resource_response(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_alter_configs_response_alter_configs_resource_response_t *out)
{
    const bool flex = v >= 2;

    kmsg_alter_configs_response_alter_configs_resource_response_init(out);
    out->error_code = wire__read_i16(r);
    read_str(r, flex, true, &out->error_message);
    out->resource_type = wire__read_i8(r);
    read_str(r, flex, false, &out->resource_name);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_alter_configs_response(wire_reader_t *r, int16_t v,
                                         wire_arena_t *a,
                                         kmsg_alter_configs_response_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_alter_configs_response_init(out);
    out->throttle_time_ms = wire__read_i32(r);
    out->responses_count = read_count(r, flex, false, 1);
    out->responses = read_alloc(r, a, out->responses_count,
                                sizeof(*out->responses));
    for (i = 0; i < out->responses_count && !r->err; i++) {
        if (decode_alter_configs_response_alter_configs_resource_response(
            r, v, a, &out->responses[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_alter_configs_response_alter_configs_resource_response(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_alter_configs_response_alter_configs_resource_response_t *in = p;
    const bool flex = v >= 2;

    wire__write_i16(w, in->error_code);
    if (write_str(w, flex, true, &in->error_message) != 0)
        return HERALD_EPROTO;
    wire__write_i8(w, in->resource_type);
    if (write_str(w, flex, false, &in->resource_name) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_alter_configs_response(wire_writer_t *w, int16_t v,
                                         const void *p)
{
    const kmsg_alter_configs_response_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    wire__write_i32(w, in->throttle_time_ms);
    if (write_count(w, flex, false, in->responses_count, in->responses) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->responses_count; i++) {
        if (encode_alter_configs_response_alter_configs_resource_response(
            w, v, &in->responses[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_alter_configs_response_decode(wire_reader_t *r, int16_t version,
                                       wire_arena_t *arena,
                                       kmsg_alter_configs_response_t *out)
{
    if (version < 0 || version > 2) {
        kmsg_alter_configs_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_alter_configs_response(r, version, arena, out);
}

int kmsg_alter_configs_response_encode(wire_writer_t *w, int16_t version,
                                       const kmsg_alter_configs_response_t *in)
{
    if (version < 0 || version > 2)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_alter_configs_response);
}

/* ------------------------------------------------------------------------ */
/* SaslAuthenticateRequest */

void kmsg_sasl_authenticate_request_init(kmsg_sasl_authenticate_request_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_sasl_authenticate_request(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_sasl_authenticate_request_t *out)
{
    const bool flex = v >= 2;

    kmsg_sasl_authenticate_request_init(out);
    read_bytes(r, flex, false, &out->auth_bytes);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_sasl_authenticate_request(wire_writer_t *w, int16_t v,
                                            const void *p)
{
    const kmsg_sasl_authenticate_request_t *in = p;
    const bool flex = v >= 2;

    if (write_bytes(w, flex, false, &in->auth_bytes) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_sasl_authenticate_request_decode(wire_reader_t *r, int16_t version,
                                          wire_arena_t *arena,
                                          kmsg_sasl_authenticate_request_t *out)
{
    if (version < 0 || version > 2) {
        kmsg_sasl_authenticate_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_sasl_authenticate_request(r, version, arena, out);
}

int kmsg_sasl_authenticate_request_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_sasl_authenticate_request_t *in)
{
    if (version < 0 || version > 2)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_sasl_authenticate_request);
}

/* ------------------------------------------------------------------------ */
/* SaslAuthenticateResponse */

void kmsg_sasl_authenticate_response_init(kmsg_sasl_authenticate_response_t *m)
{
    memset(m, 0, sizeof(*m));
    m->error_message.ptr = "";
}

static int decode_sasl_authenticate_response(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_sasl_authenticate_response_t *out)
{
    const bool flex = v >= 2;

    kmsg_sasl_authenticate_response_init(out);
    out->error_code = wire__read_i16(r);
    read_str(r, flex, true, &out->error_message);
    read_bytes(r, flex, false, &out->auth_bytes);
    if (v >= 1) {
        out->session_lifetime_ms = wire__read_i64(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_sasl_authenticate_response(wire_writer_t *w, int16_t v,
                                             const void *p)
{
    const kmsg_sasl_authenticate_response_t *in = p;
    const bool flex = v >= 2;

    wire__write_i16(w, in->error_code);
    if (write_str(w, flex, true, &in->error_message) != 0)
        return HERALD_EPROTO;
    if (write_bytes(w, flex, false, &in->auth_bytes) != 0)
        return HERALD_EPROTO;
    if (v >= 1) {
        wire__write_i64(w, in->session_lifetime_ms);
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_sasl_authenticate_response_decode(
    wire_reader_t *r, int16_t version, wire_arena_t *arena,
    kmsg_sasl_authenticate_response_t *out)
{
    if (version < 0 || version > 2) {
        kmsg_sasl_authenticate_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_sasl_authenticate_response(r, version, arena, out);
}

int kmsg_sasl_authenticate_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_sasl_authenticate_response_t *in)
{
    if (version < 0 || version > 2)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_sasl_authenticate_response);
}

/* ------------------------------------------------------------------------ */
/* CreatePartitionsRequest */

void kmsg_create_partitions_request_create_partitions_assignment_init(
    kmsg_create_partitions_request_create_partitions_assignment_t *m)
{
    memset(m, 0, sizeof(*m));
}

void kmsg_create_partitions_request_create_partitions_topic_init(
    kmsg_create_partitions_request_create_partitions_topic_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_create_partitions_request_init(kmsg_create_partitions_request_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_create_partitions_request_create_partitions_assignment(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_create_partitions_request_create_partitions_assignment_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_create_partitions_request_create_partitions_assignment_init(out);
    out->broker_ids_count = read_count(r, flex, false, 4);
    out->broker_ids = read_alloc(r, a, out->broker_ids_count,
                                 sizeof(*out->broker_ids));
    for (i = 0; i < out->broker_ids_count && !r->err; i++) {
        out->broker_ids[i] = wire__read_i32(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_create_partitions_request_create_partitions_topic(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_create_partitions_request_create_partitions_topic_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_create_partitions_request_create_partitions_topic_init(out);
    read_str(r, flex, false, &out->name);
    out->count = wire__read_i32(r);
    out->assignments_count = read_count(r, flex, true, 1);
    out->assignments = read_alloc(r, a, out->assignments_count,
                                  sizeof(*out->assignments));
    for (i = 0; i < out->assignments_count && !r->err; i++) {
        if (decode_create_partitions_request_create_partitions_assignment(
            r, v, a, &out->assignments[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_create_partitions_request(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_create_partitions_request_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_create_partitions_request_init(out);
    out->topics_count = read_count(r, flex, false, 1);
    out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
    for (i = 0; i < out->topics_count && !r->err; i++) {
        if (decode_create_partitions_request_create_partitions_topic(
            r, v, a, &out->topics[i]) != 0)
            wire__reader_fail(r);
    }
    out->timeout_ms = wire__read_i32(r);
    out->validate_only = wire__read_bool(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_create_partitions_request_create_partitions_assignment(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_create_partitions_request_create_partitions_assignment_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    if (write_count(w, flex, false, in->broker_ids_count, in->broker_ids) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->broker_ids_count; i++) {
        wire__write_i32(w, in->broker_ids[i]);
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_create_partitions_request_create_partitions_topic(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_create_partitions_request_create_partitions_topic_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    wire__write_i32(w, in->count);
    if (write_count(w, flex, true, in->assignments_count, in->assignments) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->assignments_count; i++) {
        if (encode_create_partitions_request_create_partitions_assignment(
            w, v, &in->assignments[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_create_partitions_request(wire_writer_t *w, int16_t v,
                                            const void *p)
{
    const kmsg_create_partitions_request_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    if (write_count(w, flex, false, in->topics_count, in->topics) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topics_count; i++) {
        if (encode_create_partitions_request_create_partitions_topic(
            w, v, &in->topics[i]) != 0)
            return HERALD_EPROTO;
    }
    wire__write_i32(w, in->timeout_ms);
    wire__write_bool(w, in->validate_only);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_create_partitions_request_decode(wire_reader_t *r, int16_t version,
                                          wire_arena_t *arena,
                                          kmsg_create_partitions_request_t *out)
{
    if (version < 0 || version > 3) {
        kmsg_create_partitions_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_create_partitions_request(r, version, arena, out);
}

int kmsg_create_partitions_request_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_create_partitions_request_t *in)
{
    if (version < 0 || version > 3)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_create_partitions_request);
}

/* ------------------------------------------------------------------------ */
/* CreatePartitionsResponse */

void kmsg_create_partitions_response_create_partitions_topic_result_init(
    kmsg_create_partitions_response_create_partitions_topic_result_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
    m->error_message.len = -1;
}

void kmsg_create_partitions_response_init(kmsg_create_partitions_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_create_partitions_response_create_partitions_topic_result(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_create_partitions_response_create_partitions_topic_result_t *out)
{
    const bool flex = v >= 2;

    kmsg_create_partitions_response_create_partitions_topic_result_init(out);
    read_str(r, flex, false, &out->name);
    out->error_code = wire__read_i16(r);
    read_str(r, flex, true, &out->error_message);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_create_partitions_response(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_create_partitions_response_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_create_partitions_response_init(out);
    out->throttle_time_ms = wire__read_i32(r);
    out->results_count = read_count(r, flex, false, 1);
    out->results = read_alloc(r, a, out->results_count,
                              sizeof(*out->results));
    for (i = 0; i < out->results_count && !r->err; i++) {
        if (decode_create_partitions_response_create_partitions_topic_result(
            r, v, a, &out->results[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_create_partitions_response_create_partitions_topic_result(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_create_partitions_response_create_partitions_topic_result_t *in = p;
    const bool flex = v >= 2;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    wire__write_i16(w, in->error_code);
    if (write_str(w, flex, true, &in->error_message) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_create_partitions_response(wire_writer_t *w, int16_t v,
                                             const void *p)
{
    const kmsg_create_partitions_response_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    wire__write_i32(w, in->throttle_time_ms);
    if (write_count(w, flex, false, in->results_count, in->results) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->results_count; i++) {
        if (encode_create_partitions_response_create_partitions_topic_result(
            w, v, &in->results[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_create_partitions_response_decode(
    wire_reader_t *r, int16_t version, wire_arena_t *arena,
    kmsg_create_partitions_response_t *out)
{
    if (version < 0 || version > 3) {
        kmsg_create_partitions_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_create_partitions_response(r, version, arena, out);
}

int kmsg_create_partitions_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_create_partitions_response_t *in)
{
    if (version < 0 || version > 3)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_create_partitions_response);
}

/* ------------------------------------------------------------------------ */
/* DeleteGroupsRequest */

void kmsg_delete_groups_request_init(kmsg_delete_groups_request_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_delete_groups_request(wire_reader_t *r, int16_t v,
                                        wire_arena_t *a,
                                        kmsg_delete_groups_request_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_delete_groups_request_init(out);
    out->groups_names_count = read_count(r, flex, false, flex ? 1 : 2);
    out->groups_names = read_alloc(r, a, out->groups_names_count,
                                   sizeof(*out->groups_names));
    for (i = 0; i < out->groups_names_count && !r->err; i++) {
        read_str(r, flex, false, &out->groups_names[i]);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_delete_groups_request(wire_writer_t *w, int16_t v,
                                        const void *p)
{
    const kmsg_delete_groups_request_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    if (write_count(w, flex, false, in->groups_names_count, in->groups_names) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->groups_names_count; i++) {
        if (write_str(w, flex, false, &in->groups_names[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_delete_groups_request_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_delete_groups_request_t *out)
{
    if (version < 0 || version > 2) {
        kmsg_delete_groups_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_delete_groups_request(r, version, arena, out);
}

int kmsg_delete_groups_request_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_delete_groups_request_t *in)
{
    if (version < 0 || version > 2)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_delete_groups_request);
}

/* ------------------------------------------------------------------------ */
/* DeleteGroupsResponse */

void kmsg_delete_groups_response_deletable_group_result_init(
    kmsg_delete_groups_response_deletable_group_result_t *m)
{
    memset(m, 0, sizeof(*m));
    m->group_id.ptr = "";
}

void kmsg_delete_groups_response_init(kmsg_delete_groups_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_delete_groups_response_deletable_group_result(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_delete_groups_response_deletable_group_result_t *out)
{
    const bool flex = v >= 2;

    kmsg_delete_groups_response_deletable_group_result_init(out);
    read_str(r, flex, false, &out->group_id);
    out->error_code = wire__read_i16(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_delete_groups_response(wire_reader_t *r, int16_t v,
                                         wire_arena_t *a,
                                         kmsg_delete_groups_response_t *out)
{
    const bool flex = v >= 2;
    int32_t i;

    kmsg_delete_groups_response_init(out);
    out->throttle_time_ms = wire__read_i32(r);
    out->results_count = read_count(r, flex, false, 1);
    out->results = read_alloc(r, a, out->results_count,
                              sizeof(*out->results));
    for (i = 0; i < out->results_count && !r->err; i++) {
        if (decode_delete_groups_response_deletable_group_result(
            r, v, a, &out->results[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_delete_groups_response_deletable_group_result(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_delete_groups_response_deletable_group_result_t *in = p;
    const bool flex = v >= 2;

    if (write_str(w, flex, false, &in->group_id) != 0)
        return HERALD_EPROTO;
    wire__write_i16(w, in->error_code);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_delete_groups_response(wire_writer_t *w, int16_t v,
                                         const void *p)
{
    const kmsg_delete_groups_response_t *in = p;
    const bool flex = v >= 2;
    int32_t i;

    wire__write_i32(w, in->throttle_time_ms);
    if (write_count(w, flex, false, in->results_count, in->results) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->results_count; i++) {
        if (encode_delete_groups_response_deletable_group_result(
            w, v, &in->results[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_delete_groups_response_decode(wire_reader_t *r, int16_t version,
                                       wire_arena_t *arena,
                                       kmsg_delete_groups_response_t *out)
{
    if (version < 0 || version > 2) {
        kmsg_delete_groups_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_delete_groups_response(r, version, arena, out);
}

int kmsg_delete_groups_response_encode(wire_writer_t *w, int16_t version,
                                       const kmsg_delete_groups_response_t *in)
{
    if (version < 0 || version > 2)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_delete_groups_response);
}

/* ------------------------------------------------------------------------ */
/* IncrementalAlterConfigsRequest */

void kmsg_incremental_alter_configs_request_alterable_config_init(
    kmsg_incremental_alter_configs_request_alterable_config_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
    m->value.ptr = "";
}

void kmsg_incremental_alter_configs_request_alter_configs_resource_init(
    kmsg_incremental_alter_configs_request_alter_configs_resource_t *m)
{
    memset(m, 0, sizeof(*m));
    m->resource_name.ptr = "";
}

void kmsg_incremental_alter_configs_request_init(
    kmsg_incremental_alter_configs_request_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_incremental_alter_configs_request_alterable_config(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_incremental_alter_configs_request_alterable_config_t *out)
{
    const bool flex = v >= 1;

    kmsg_incremental_alter_configs_request_alterable_config_init(out);
    read_str(r, flex, false, &out->name);
    out->config_operation = wire__read_i8(r);
    read_str(r, flex, true, &out->value);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_incremental_alter_configs_request_alter_configs_resource(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_incremental_alter_configs_request_alter_configs_resource_t *out)
{
    const bool flex = v >= 1;
    int32_t i;

    kmsg_incremental_alter_configs_request_alter_configs_resource_init(out);
    out->resource_type = wire__read_i8(r);
    read_str(r, flex, false, &out->resource_name);
    out->configs_count = read_count(r, flex, false, 1);
    out->configs = read_alloc(r, a, out->configs_count,
                              sizeof(*out->configs));
    for (i = 0; i < out->configs_count && !r->err; i++) {
        if (decode_incremental_alter_configs_request_alterable_config(
            r, v, a, &out->configs[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_incremental_alter_configs_request(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_incremental_alter_configs_request_t *out)
{
    const bool flex = v >= 1;
    int32_t i;

    kmsg_incremental_alter_configs_request_init(out);
    out->resources_count = read_count(r, flex, false, 1);
    out->resources = read_alloc(r, a, out->resources_count,
                                sizeof(*out->resources));
    for (i = 0; i < out->resources_count && !r->err; i++) {
        if (decode_incremental_alter_configs_request_alter_configs_resource(
            r, v, a, &out->resources[i]) != 0)
            wire__reader_fail(r);
    }
    out->validate_only = wire__read_bool(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_incremental_alter_configs_request_alterable_config(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_incremental_alter_configs_request_alterable_config_t *in = p;
    const bool flex = v >= 1;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    wire__write_i8(w, in->config_operation);
    if (write_str(w, flex, true, &in->value) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_incremental_alter_configs_request_alter_configs_resource(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_incremental_alter_configs_request_alter_configs_resource_t *in = p;
    const bool flex = v >= 1;
    int32_t i;

    wire__write_i8(w, in->resource_type);
    if (write_str(w, flex, false, &in->resource_name) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->configs_count, in->configs) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->configs_count; i++) {
        if (encode_incremental_alter_configs_request_alterable_config(
            w, v, &in->configs[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_incremental_alter_configs_request(wire_writer_t *w, int16_t v,
                                                    const void *p)
{
    const kmsg_incremental_alter_configs_request_t *in = p;
    const bool flex = v >= 1;
    int32_t i;

    if (write_count(w, flex, false, in->resources_count, in->resources) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->resources_count; i++) {
        if (encode_incremental_alter_configs_request_alter_configs_resource(
            w, v, &in->resources[i]) != 0)
            return HERALD_EPROTO;
    }
    wire__write_bool(w, in->validate_only);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_incremental_alter_configs_request_decode(
    wire_reader_t *r, int16_t version, wire_arena_t *arena,
    kmsg_incremental_alter_configs_request_t *out)
{
    if (version < 0 || version > 1) {
        kmsg_incremental_alter_configs_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_incremental_alter_configs_request(r, version, arena, out);
}

int kmsg_incremental_alter_configs_request_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_incremental_alter_configs_request_t *in)
{
    if (version < 0 || version > 1)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_incremental_alter_configs_request);
}

/* ------------------------------------------------------------------------ */
/* IncrementalAlterConfigsResponse */

void kmsg_incremental_alter_configs_response_alter_configs_resource_response_init(
    kmsg_incremental_alter_configs_response_alter_configs_resource_response_t *m)
{
    memset(m, 0, sizeof(*m));
    m->error_message.ptr = "";
    m->resource_name.ptr = "";
}

void kmsg_incremental_alter_configs_response_init(
    kmsg_incremental_alter_configs_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_incremental_alter_configs_response_alter_configs_resource_response(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_incremental_alter_configs_response_alter_configs_resource_response_t *out)
{
    const bool flex = v >= 1;

    kmsg_incremental_alter_configs_response_alter_configs_resource_response_init(out);
    out->error_code = wire__read_i16(r);
    read_str(r, flex, true, &out->error_message);
    out->resource_type = wire__read_i8(r);
    read_str(r, flex, false, &out->resource_name);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_incremental_alter_configs_response(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_incremental_alter_configs_response_t *out)
{
    const bool flex = v >= 1;
    int32_t i;

    kmsg_incremental_alter_configs_response_init(out);
    out->throttle_time_ms = wire__read_i32(r);
    out->responses_count = read_count(r, flex, false, 1);
    out->responses = read_alloc(r, a, out->responses_count,
                                sizeof(*out->responses));
    for (i = 0; i < out->responses_count && !r->err; i++) {
        if (decode_incremental_alter_configs_response_alter_configs_resource_response(
            r, v, a, &out->responses[i]) != 0)
            wire__reader_fail(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_incremental_alter_configs_response_alter_configs_resource_response(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_incremental_alter_configs_response_alter_configs_resource_response_t *in = p;
    const bool flex = v >= 1;

    wire__write_i16(w, in->error_code);
    if (write_str(w, flex, true, &in->error_message) != 0)
        return HERALD_EPROTO;
    wire__write_i8(w, in->resource_type);
    if (write_str(w, flex, false, &in->resource_name) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_incremental_alter_configs_response(wire_writer_t *w,
                                                     int16_t v, const void *p)
{
    const kmsg_incremental_alter_configs_response_t *in = p;
    const bool flex = v >= 1;
    int32_t i;

    wire__write_i32(w, in->throttle_time_ms);
    if (write_count(w, flex, false, in->responses_count, in->responses) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->responses_count; i++) {
        if (encode_incremental_alter_configs_response_alter_configs_resource_response(
            w, v, &in->responses[i]) != 0)
            return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_incremental_alter_configs_response_decode(
    wire_reader_t *r, int16_t version, wire_arena_t *arena,
    kmsg_incremental_alter_configs_response_t *out)
{
    if (version < 0 || version > 1) {
        kmsg_incremental_alter_configs_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_incremental_alter_configs_response(r, version, arena, out);
}

int kmsg_incremental_alter_configs_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_incremental_alter_configs_response_t *in)
{
    if (version < 0 || version > 1)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_incremental_alter_configs_response);
}

/* ------------------------------------------------------------------------ */
/* OffsetDeleteRequest */

void kmsg_offset_delete_request_partition_init(
    kmsg_offset_delete_request_partition_t *m)
{
    memset(m, 0, sizeof(*m));
}

void kmsg_offset_delete_request_topic_init(
    kmsg_offset_delete_request_topic_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_offset_delete_request_init(kmsg_offset_delete_request_t *m)
{
    memset(m, 0, sizeof(*m));
    m->group_id.ptr = "";
}

static int decode_offset_delete_request_partition(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_delete_request_partition_t *out)
{

    kmsg_offset_delete_request_partition_init(out);
    out->partition_index = wire__read_i32(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_delete_request_topic(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_delete_request_topic_t *out)
{
    const bool flex = false;
    int32_t i;

    kmsg_offset_delete_request_topic_init(out);
    read_str(r, flex, false, &out->name);
    out->partitions_count = read_count(r, flex, false, 1);
    out->partitions = read_alloc(r, a, out->partitions_count,
                                 sizeof(*out->partitions));
    for (i = 0; i < out->partitions_count && !r->err; i++) {
        if (decode_offset_delete_request_partition(r, v, a,
                                                   &out->partitions[i]) != 0)
            wire__reader_fail(r);
    }
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_delete_request(wire_reader_t *r, int16_t v,
                                        wire_arena_t *a,
                                        kmsg_offset_delete_request_t *out)
{
    const bool flex = false;
    int32_t i;

    kmsg_offset_delete_request_init(out);
    read_str(r, flex, false, &out->group_id);
    out->topics_count = read_count(r, flex, false, 1);
    out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
    for (i = 0; i < out->topics_count && !r->err; i++) {
        if (decode_offset_delete_request_topic(r, v, a, &out->topics[i]) != 0)
            wire__reader_fail(r);
    }
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_offset_delete_request_partition(wire_writer_t *w, int16_t v,
                                                  const void *p)
{
    const kmsg_offset_delete_request_partition_t *in = p;

    wire__write_i32(w, in->partition_index);
    return 0;
}

static int encode_offset_delete_request_topic(wire_writer_t *w, int16_t v,
                                              const void *p)
{
    const kmsg_offset_delete_request_topic_t *in = p;
    const bool flex = false;
    int32_t i;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->partitions_count, in->partitions) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partitions_count; i++) {
        if (encode_offset_delete_request_partition(w, v,
                                                   &in->partitions[i]) != 0)
            return HERALD_EPROTO;
    }
    return 0;
}

static int encode_offset_delete_request(wire_writer_t *w, int16_t v,
                                        const void *p)
{
    const kmsg_offset_delete_request_t *in = p;
    const bool flex = false;
    int32_t i;

    if (write_str(w, flex, false, &in->group_id) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->topics_count, in->topics) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topics_count; i++) {
        if (encode_offset_delete_request_topic(w, v, &in->topics[i]) != 0)
            return HERALD_EPROTO;
    }
    return 0;
}

int kmsg_offset_delete_request_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_offset_delete_request_t *out)
{
    if (version < 0 || version > 0) {
        kmsg_offset_delete_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_offset_delete_request(r, version, arena, out);
}

int kmsg_offset_delete_request_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_offset_delete_request_t *in)
{
    if (version < 0 || version > 0)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_offset_delete_request);
}

/* ------------------------------------------------------------------------ */
/* OffsetDeleteResponse */

void kmsg_offset_delete_response_partition_init(
    kmsg_offset_delete_response_partition_t *m)
{
    memset(m, 0, sizeof(*m));
}

void kmsg_offset_delete_response_topic_init(
    kmsg_offset_delete_response_topic_t *m)
{
    memset(m, 0, sizeof(*m));
    m->name.ptr = "";
}

void kmsg_offset_delete_response_init(kmsg_offset_delete_response_t *m)
{
    memset(m, 0, sizeof(*m));
}

static int decode_offset_delete_response_partition(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_delete_response_partition_t *out)
{

    kmsg_offset_delete_response_partition_init(out);
    out->partition_index = wire__read_i32(r);
    out->error_code = wire__read_i16(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_delete_response_topic(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_offset_delete_response_topic_t *out)
{
    const bool flex = false;
    int32_t i;

    kmsg_offset_delete_response_topic_init(out);
    read_str(r, flex, false, &out->name);
    out->partitions_count = read_count(r, flex, false, 1);
    out->partitions = read_alloc(r, a, out->partitions_count,
                                 sizeof(*out->partitions));
    for (i = 0; i < out->partitions_count && !r->err; i++) {
        if (decode_offset_delete_response_partition(r, v, a,
                                                    &out->partitions[i]) != 0)
            wire__reader_fail(r);
    }
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_offset_delete_response(wire_reader_t *r, int16_t v,
                                         wire_arena_t *a,
                                         kmsg_offset_delete_response_t *out)
{
    const bool flex = false;
    int32_t i;

    kmsg_offset_delete_response_init(out);
    out->error_code = wire__read_i16(r);
    out->throttle_time_ms = wire__read_i32(r);
    out->topics_count = read_count(r, flex, false, 1);
    out->topics = read_alloc(r, a, out->topics_count, sizeof(*out->topics));
    for (i = 0; i < out->topics_count && !r->err; i++) {
        if (decode_offset_delete_response_topic(r, v, a, &out->topics[i]) != 0)
            wire__reader_fail(r);
    }
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_offset_delete_response_partition(wire_writer_t *w, int16_t v,
                                                   const void *p)
{
    const kmsg_offset_delete_response_partition_t *in = p;

    wire__write_i32(w, in->partition_index);
    wire__write_i16(w, in->error_code);
    return 0;
}

static int encode_offset_delete_response_topic(wire_writer_t *w, int16_t v,
                                               const void *p)
{
    const kmsg_offset_delete_response_topic_t *in = p;
    const bool flex = false;
    int32_t i;

    if (write_str(w, flex, false, &in->name) != 0)
        return HERALD_EPROTO;
    if (write_count(w, flex, false, in->partitions_count, in->partitions) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->partitions_count; i++) {
        if (encode_offset_delete_response_partition(w, v,
                                                    &in->partitions[i]) != 0)
            return HERALD_EPROTO;
    }
    return 0;
}

static int encode_offset_delete_response(wire_writer_t *w, int16_t v,
                                         const void *p)
{
    const kmsg_offset_delete_response_t *in = p;
    const bool flex = false;
    int32_t i;

    wire__write_i16(w, in->error_code);
    wire__write_i32(w, in->throttle_time_ms);
    if (write_count(w, flex, false, in->topics_count, in->topics) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->topics_count; i++) {
        if (encode_offset_delete_response_topic(w, v, &in->topics[i]) != 0)
            return HERALD_EPROTO;
    }
    return 0;
}

int kmsg_offset_delete_response_decode(wire_reader_t *r, int16_t version,
                                       wire_arena_t *arena,
                                       kmsg_offset_delete_response_t *out)
{
    if (version < 0 || version > 0) {
        kmsg_offset_delete_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_offset_delete_response(r, version, arena, out);
}

int kmsg_offset_delete_response_encode(wire_writer_t *w, int16_t version,
                                       const kmsg_offset_delete_response_t *in)
{
    if (version < 0 || version > 0)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_offset_delete_response);
}

/* ------------------------------------------------------------------------ */
/* DescribeClusterRequest */

void kmsg_describe_cluster_request_init(kmsg_describe_cluster_request_t *m)
{
    memset(m, 0, sizeof(*m));
    m->endpoint_type = 1;
}

static int decode_describe_cluster_request(wire_reader_t *r, int16_t v,
                                           wire_arena_t *a,
                                           kmsg_describe_cluster_request_t *out)
{
    const bool flex = true;

    kmsg_describe_cluster_request_init(out);
    out->include_cluster_authorized_operations = wire__read_bool(r);
    if (v >= 1) {
        out->endpoint_type = wire__read_i8(r);
    }
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_describe_cluster_request(wire_writer_t *w, int16_t v,
                                           const void *p)
{
    const kmsg_describe_cluster_request_t *in = p;
    const bool flex = true;

    wire__write_bool(w, in->include_cluster_authorized_operations);
    if (v >= 1) {
        wire__write_i8(w, in->endpoint_type);
    } else if (in->endpoint_type != 1) {
        return HERALD_EPROTO;
    }
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_describe_cluster_request_decode(wire_reader_t *r, int16_t version,
                                         wire_arena_t *arena,
                                         kmsg_describe_cluster_request_t *out)
{
    if (version < 0 || version > 1) {
        kmsg_describe_cluster_request_init(out);
        return HERALD_EPROTO;
    }
    return decode_describe_cluster_request(r, version, arena, out);
}

int kmsg_describe_cluster_request_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_describe_cluster_request_t *in)
{
    if (version < 0 || version > 1)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_describe_cluster_request);
}

/* ------------------------------------------------------------------------ */
/* DescribeClusterResponse */

void kmsg_describe_cluster_response_describe_cluster_broker_init(
    kmsg_describe_cluster_response_describe_cluster_broker_t *m)
{
    memset(m, 0, sizeof(*m));
    m->host.ptr = "";
    m->rack.len = -1;
}

void kmsg_describe_cluster_response_init(kmsg_describe_cluster_response_t *m)
{
    memset(m, 0, sizeof(*m));
    m->error_message.len = -1;
    m->endpoint_type = 1;
    m->cluster_id.ptr = "";
    m->controller_id = -1;
    m->cluster_authorized_operations = INT32_MIN;
}

static int decode_describe_cluster_response_describe_cluster_broker(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_describe_cluster_response_describe_cluster_broker_t *out)
{
    const bool flex = true;

    kmsg_describe_cluster_response_describe_cluster_broker_init(out);
    out->broker_id = wire__read_i32(r);
    read_str(r, flex, false, &out->host);
    out->port = wire__read_i32(r);
    read_str(r, flex, true, &out->rack);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int decode_describe_cluster_response(
    wire_reader_t *r, int16_t v, wire_arena_t *a,
    kmsg_describe_cluster_response_t *out)
{
    const bool flex = true;
    int32_t i;

    kmsg_describe_cluster_response_init(out);
    out->throttle_time_ms = wire__read_i32(r);
    out->error_code = wire__read_i16(r);
    read_str(r, flex, true, &out->error_message);
    if (v >= 1) {
        out->endpoint_type = wire__read_i8(r);
    }
    read_str(r, flex, false, &out->cluster_id);
    out->controller_id = wire__read_i32(r);
    out->brokers_count = read_count(r, flex, false, 1);
    out->brokers = read_alloc(r, a, out->brokers_count,
                              sizeof(*out->brokers));
    for (i = 0; i < out->brokers_count && !r->err; i++) {
        if (decode_describe_cluster_response_describe_cluster_broker(
            r, v, a, &out->brokers[i]) != 0)
            wire__reader_fail(r);
    }
    out->cluster_authorized_operations = wire__read_i32(r);
    if (flex)
        skip_tags(r);
    return r->err ? HERALD_EPROTO : 0;
}

static int encode_describe_cluster_response_describe_cluster_broker(
    wire_writer_t *w, int16_t v, const void *p)
{
    const kmsg_describe_cluster_response_describe_cluster_broker_t *in = p;
    const bool flex = true;

    wire__write_i32(w, in->broker_id);
    if (write_str(w, flex, false, &in->host) != 0)
        return HERALD_EPROTO;
    wire__write_i32(w, in->port);
    if (write_str(w, flex, true, &in->rack) != 0)
        return HERALD_EPROTO;
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

static int encode_describe_cluster_response(wire_writer_t *w, int16_t v,
                                            const void *p)
{
    const kmsg_describe_cluster_response_t *in = p;
    const bool flex = true;
    int32_t i;

    wire__write_i32(w, in->throttle_time_ms);
    wire__write_i16(w, in->error_code);
    if (write_str(w, flex, true, &in->error_message) != 0)
        return HERALD_EPROTO;
    if (v >= 1) {
        wire__write_i8(w, in->endpoint_type);
    } else if (in->endpoint_type != 1) {
        return HERALD_EPROTO;
    }
    if (write_str(w, flex, false, &in->cluster_id) != 0)
        return HERALD_EPROTO;
    wire__write_i32(w, in->controller_id);
    if (write_count(w, flex, false, in->brokers_count, in->brokers) != 0)
        return HERALD_EPROTO;
    for (i = 0; i < in->brokers_count; i++) {
        if (encode_describe_cluster_response_describe_cluster_broker(
            w, v, &in->brokers[i]) != 0)
            return HERALD_EPROTO;
    }
    wire__write_i32(w, in->cluster_authorized_operations);
    if (flex)
        wire__write_uvarint(w, 0);
    return 0;
}

int kmsg_describe_cluster_response_decode(wire_reader_t *r, int16_t version,
                                          wire_arena_t *arena,
                                          kmsg_describe_cluster_response_t *out)
{
    if (version < 0 || version > 1) {
        kmsg_describe_cluster_response_init(out);
        return HERALD_EPROTO;
    }
    return decode_describe_cluster_response(r, version, arena, out);
}

int kmsg_describe_cluster_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_describe_cluster_response_t *in)
{
    if (version < 0 || version > 1)
        return HERALD_EPROTO;
    return encode_checked(w, version, in, encode_describe_cluster_response);
}

/* ------------------------------------------------------------------------ */
/* Message descriptions and the API table */

static void init_any_request_header(void *m)
{
    kmsg_request_header_init(m);
}

static const kmsg_field_info_t fields_request_header[] = {
    {"request_api_key", KMSG_TYPE_INT16, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_request_header_t, request_api_key),
     0,
     sizeof(((kmsg_request_header_t *)0)->request_api_key), NULL},
    {"request_api_version", KMSG_TYPE_INT16, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_request_header_t, request_api_version),
     0,
     sizeof(((kmsg_request_header_t *)0)->request_api_version), NULL},
    {"correlation_id", KMSG_TYPE_INT32, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_request_header_t, correlation_id),
     0,
     sizeof(((kmsg_request_header_t *)0)->correlation_id), NULL},
    {"client_id", KMSG_TYPE_STRING, false, true,
     1, 2, 1, 2, -1,
     offsetof(kmsg_request_header_t, client_id),
     0,
     sizeof(((kmsg_request_header_t *)0)->client_id), NULL},
};

static const kmsg_struct_info_t info_request_header = {
    "RequestHeader", sizeof(kmsg_request_header_t), init_any_request_header, 4, fields_request_header,
};

static int decode_any_request_header(wire_reader_t *r, int16_t v,
                                     wire_arena_t *a, void *out)
{
    return kmsg_request_header_decode(r, v, a, out);
}

static int encode_any_request_header(wire_writer_t *w, int16_t v,
                                     const void *in)
{
    return kmsg_request_header_encode(w, v, in);
}

const kmsg_message_info_t kmsg_message_request_header = {
    "RequestHeader", &info_request_header, decode_any_request_header, encode_any_request_header,
};

static void init_any_response_header(void *m)
{
    kmsg_response_header_init(m);
}

static const kmsg_field_info_t fields_response_header[] = {
    {"correlation_id", KMSG_TYPE_INT32, false, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_response_header_t, correlation_id),
     0,
     sizeof(((kmsg_response_header_t *)0)->correlation_id), NULL},
};

static const kmsg_struct_info_t info_response_header = {
    "ResponseHeader", sizeof(kmsg_response_header_t), init_any_response_header, 1, fields_response_header,
};

static int decode_any_response_header(wire_reader_t *r, int16_t v,
                                      wire_arena_t *a, void *out)
{
    return kmsg_response_header_decode(r, v, a, out);
}

static int encode_any_response_header(wire_writer_t *w, int16_t v,
                                      const void *in)
{
    return kmsg_response_header_encode(w, v, in);
}

const kmsg_message_info_t kmsg_message_response_header = {
    "ResponseHeader", &info_response_header, decode_any_response_header, encode_any_response_header,
};

static void init_any_produce_request_partition_produce_data(void *m)
{
    kmsg_produce_request_partition_produce_data_init(m);
}

static const kmsg_field_info_t fields_produce_request_partition_produce_data[] = {
    {"index", KMSG_TYPE_INT32, false, false,
     0, 11, 1, 0, -1,
     offsetof(kmsg_produce_request_partition_produce_data_t, index),
     0,
     sizeof(((kmsg_produce_request_partition_produce_data_t *)0)->index), NULL},
    {"records", KMSG_TYPE_RECORDS, false, false,
     0, 11, 0, 11, -1,
     offsetof(kmsg_produce_request_partition_produce_data_t, records),
     0,
     sizeof(((kmsg_produce_request_partition_produce_data_t *)0)->records), NULL},
};

static const kmsg_struct_info_t info_produce_request_partition_produce_data = {
    "PartitionProduceData", sizeof(kmsg_produce_request_partition_produce_data_t), init_any_produce_request_partition_produce_data, 2, fields_produce_request_partition_produce_data,
};

static void init_any_produce_request_topic_produce_data(void *m)
{
    kmsg_produce_request_topic_produce_data_init(m);
}

static const kmsg_field_info_t fields_produce_request_topic_produce_data[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 11, 1, 0, -1,
     offsetof(kmsg_produce_request_topic_produce_data_t, name),
     0,
     sizeof(((kmsg_produce_request_topic_produce_data_t *)0)->name), NULL},
    {"partition_data", KMSG_TYPE_STRUCT, true, false,
     0, 11, 1, 0, -1,
     offsetof(kmsg_produce_request_topic_produce_data_t, partition_data),
     offsetof(kmsg_produce_request_topic_produce_data_t, partition_data_count),
     sizeof(*((kmsg_produce_request_topic_produce_data_t *)0)->partition_data), &info_produce_request_partition_produce_data},
};

static const kmsg_struct_info_t info_produce_request_topic_produce_data = {
    "TopicProduceData", sizeof(kmsg_produce_request_topic_produce_data_t), init_any_produce_request_topic_produce_data, 2, fields_produce_request_topic_produce_data,
};

static void init_any_produce_request(void *m)
{
    kmsg_produce_request_init(m);
}

static const kmsg_field_info_t fields_produce_request[] = {
    {"transactional_id", KMSG_TYPE_STRING, false, false,
     3, 11, 3, 11, -1,
     offsetof(kmsg_produce_request_t, transactional_id),
     0,
     sizeof(((kmsg_produce_request_t *)0)->transactional_id), NULL},
    {"acks", KMSG_TYPE_INT16, false, false,
     0, 11, 1, 0, -1,
     offsetof(kmsg_produce_request_t, acks),
     0,
     sizeof(((kmsg_produce_request_t *)0)->acks), NULL},
    {"timeout_ms", KMSG_TYPE_INT32, false, false,
     0, 11, 1, 0, -1,
     offsetof(kmsg_produce_request_t, timeout_ms),
     0,
     sizeof(((kmsg_produce_request_t *)0)->timeout_ms), NULL},
    {"topic_data", KMSG_TYPE_STRUCT, true, false,
     0, 11, 1, 0, -1,
     offsetof(kmsg_produce_request_t, topic_data),
     offsetof(kmsg_produce_request_t, topic_data_count),
     sizeof(*((kmsg_produce_request_t *)0)->topic_data), &info_produce_request_topic_produce_data},
};

static const kmsg_struct_info_t info_produce_request = {
    "ProduceRequest", sizeof(kmsg_produce_request_t), init_any_produce_request, 4, fields_produce_request,
};

static int decode_any_produce_request(wire_reader_t *r, int16_t v,
                                      wire_arena_t *a, void *out)
{
    return kmsg_produce_request_decode(r, v, a, out);
}

static int encode_any_produce_request(wire_writer_t *w, int16_t v,
                                      const void *in)
{
    return kmsg_produce_request_encode(w, v, in);
}

static const kmsg_message_info_t message_produce_request = {
    "ProduceRequest", &info_produce_request, decode_any_produce_request, encode_any_produce_request,
};

static void init_any_produce_response_batch_index_and_error_message(void *m)
{
    kmsg_produce_response_batch_index_and_error_message_init(m);
}

static const kmsg_field_info_t fields_produce_response_batch_index_and_error_message[] = {
    {"batch_index", KMSG_TYPE_INT32, false, false,
     8, 11, 1, 0, -1,
     offsetof(kmsg_produce_response_batch_index_and_error_message_t,
              batch_index),
     0,
     sizeof(((kmsg_produce_response_batch_index_and_error_message_t *)0)->batch_index), NULL},
    {"batch_index_error_message", KMSG_TYPE_STRING, false, false,
     8, 11, 8, 11, -1,
     offsetof(kmsg_produce_response_batch_index_and_error_message_t,
              batch_index_error_message),
     0,
     sizeof(((kmsg_produce_response_batch_index_and_error_message_t *)0)->batch_index_error_message), NULL},
};

static const kmsg_struct_info_t info_produce_response_batch_index_and_error_message = {
    "BatchIndexAndErrorMessage", sizeof(kmsg_produce_response_batch_index_and_error_message_t), init_any_produce_response_batch_index_and_error_message, 2, fields_produce_response_batch_index_and_error_message,
};

static void init_any_produce_response_leader_id_and_epoch(void *m)
{
    kmsg_produce_response_leader_id_and_epoch_init(m);
}

static const kmsg_field_info_t fields_produce_response_leader_id_and_epoch[] = {
    {"leader_id", KMSG_TYPE_INT32, false, false,
     10, 11, 1, 0, -1,
     offsetof(kmsg_produce_response_leader_id_and_epoch_t, leader_id),
     0,
     sizeof(((kmsg_produce_response_leader_id_and_epoch_t *)0)->leader_id), NULL},
    {"leader_epoch", KMSG_TYPE_INT32, false, false,
     10, 11, 1, 0, -1,
     offsetof(kmsg_produce_response_leader_id_and_epoch_t, leader_epoch),
     0,
     sizeof(((kmsg_produce_response_leader_id_and_epoch_t *)0)->leader_epoch), NULL},
};

static const kmsg_struct_info_t info_produce_response_leader_id_and_epoch = {
    "LeaderIdAndEpoch", sizeof(kmsg_produce_response_leader_id_and_epoch_t), init_any_produce_response_leader_id_and_epoch, 2, fields_produce_response_leader_id_and_epoch,
};

static void init_any_produce_response_partition_produce_response(void *m)
{
    kmsg_produce_response_partition_produce_response_init(m);
}

static const kmsg_field_info_t fields_produce_response_partition_produce_response[] = {
    {"index", KMSG_TYPE_INT32, false, false,
     0, 11, 1, 0, -1,
     offsetof(kmsg_produce_response_partition_produce_response_t, index),
     0,
     sizeof(((kmsg_produce_response_partition_produce_response_t *)0)->index), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 11, 1, 0, -1,
     offsetof(kmsg_produce_response_partition_produce_response_t, error_code),
     0,
     sizeof(((kmsg_produce_response_partition_produce_response_t *)0)->error_code), NULL},
    {"base_offset", KMSG_TYPE_INT64, false, false,
     0, 11, 1, 0, -1,
     offsetof(kmsg_produce_response_partition_produce_response_t, base_offset),
     0,
     sizeof(((kmsg_produce_response_partition_produce_response_t *)0)->base_offset), NULL},
    {"log_append_time_ms", KMSG_TYPE_INT64, false, true,
     2, 11, 1, 0, -1,
     offsetof(kmsg_produce_response_partition_produce_response_t,
              log_append_time_ms),
     0,
     sizeof(((kmsg_produce_response_partition_produce_response_t *)0)->log_append_time_ms), NULL},
    {"log_start_offset", KMSG_TYPE_INT64, false, true,
     5, 11, 1, 0, -1,
     offsetof(kmsg_produce_response_partition_produce_response_t,
              log_start_offset),
     0,
     sizeof(((kmsg_produce_response_partition_produce_response_t *)0)->log_start_offset), NULL},
    {"record_errors", KMSG_TYPE_STRUCT, true, true,
     8, 11, 1, 0, -1,
     offsetof(kmsg_produce_response_partition_produce_response_t,
              record_errors),
     offsetof(kmsg_produce_response_partition_produce_response_t, record_errors_count),
     sizeof(*((kmsg_produce_response_partition_produce_response_t *)0)->record_errors), &info_produce_response_batch_index_and_error_message},
    {"error_message", KMSG_TYPE_STRING, false, true,
     8, 11, 8, 11, -1,
     offsetof(kmsg_produce_response_partition_produce_response_t,
              error_message),
     0,
     sizeof(((kmsg_produce_response_partition_produce_response_t *)0)->error_message), NULL},
    {"current_leader", KMSG_TYPE_STRUCT, false, false,
     10, 11, 1, 0, 0,
     offsetof(kmsg_produce_response_partition_produce_response_t,
              current_leader),
     0,
     sizeof(((kmsg_produce_response_partition_produce_response_t *)0)->current_leader), &info_produce_response_leader_id_and_epoch},
};

static const kmsg_struct_info_t info_produce_response_partition_produce_response = {
    "PartitionProduceResponse", sizeof(kmsg_produce_response_partition_produce_response_t), init_any_produce_response_partition_produce_response, 8, fields_produce_response_partition_produce_response,
};

static void init_any_produce_response_topic_produce_response(void *m)
{
    kmsg_produce_response_topic_produce_response_init(m);
}

static const kmsg_field_info_t fields_produce_response_topic_produce_response[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 11, 1, 0, -1,
     offsetof(kmsg_produce_response_topic_produce_response_t, name),
     0,
     sizeof(((kmsg_produce_response_topic_produce_response_t *)0)->name), NULL},
    {"partition_responses", KMSG_TYPE_STRUCT, true, false,
     0, 11, 1, 0, -1,
     offsetof(kmsg_produce_response_topic_produce_response_t,
              partition_responses),
     offsetof(kmsg_produce_response_topic_produce_response_t, partition_responses_count),
     sizeof(*((kmsg_produce_response_topic_produce_response_t *)0)->partition_responses), &info_produce_response_partition_produce_response},
};

static const kmsg_struct_info_t info_produce_response_topic_produce_response = {
    "TopicProduceResponse", sizeof(kmsg_produce_response_topic_produce_response_t), init_any_produce_response_topic_produce_response, 2, fields_produce_response_topic_produce_response,
};

static void init_any_produce_response_node_endpoint(void *m)
{
    kmsg_produce_response_node_endpoint_init(m);
}

static const kmsg_field_info_t fields_produce_response_node_endpoint[] = {
    {"node_id", KMSG_TYPE_INT32, false, false,
     10, 11, 1, 0, -1,
     offsetof(kmsg_produce_response_node_endpoint_t, node_id),
     0,
     sizeof(((kmsg_produce_response_node_endpoint_t *)0)->node_id), NULL},
    {"host", KMSG_TYPE_STRING, false, false,
     10, 11, 1, 0, -1,
     offsetof(kmsg_produce_response_node_endpoint_t, host),
     0,
     sizeof(((kmsg_produce_response_node_endpoint_t *)0)->host), NULL},
    {"port", KMSG_TYPE_INT32, false, false,
     10, 11, 1, 0, -1,
     offsetof(kmsg_produce_response_node_endpoint_t, port),
     0,
     sizeof(((kmsg_produce_response_node_endpoint_t *)0)->port), NULL},
    {"rack", KMSG_TYPE_STRING, false, false,
     10, 11, 10, 11, -1,
     offsetof(kmsg_produce_response_node_endpoint_t, rack),
     0,
     sizeof(((kmsg_produce_response_node_endpoint_t *)0)->rack), NULL},
};

static const kmsg_struct_info_t info_produce_response_node_endpoint = {
    "NodeEndpoint", sizeof(kmsg_produce_response_node_endpoint_t), init_any_produce_response_node_endpoint, 4, fields_produce_response_node_endpoint,
};

static void init_any_produce_response(void *m)
{
    kmsg_produce_response_init(m);
}

static const kmsg_field_info_t fields_produce_response[] = {
    {"responses", KMSG_TYPE_STRUCT, true, false,
     0, 11, 1, 0, -1,
     offsetof(kmsg_produce_response_t, responses),
     offsetof(kmsg_produce_response_t, responses_count),
     sizeof(*((kmsg_produce_response_t *)0)->responses), &info_produce_response_topic_produce_response},
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     1, 11, 1, 0, -1,
     offsetof(kmsg_produce_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_produce_response_t *)0)->throttle_time_ms), NULL},
    {"node_endpoints", KMSG_TYPE_STRUCT, true, false,
     10, 11, 1, 0, 0,
     offsetof(kmsg_produce_response_t, node_endpoints),
     offsetof(kmsg_produce_response_t, node_endpoints_count),
     sizeof(*((kmsg_produce_response_t *)0)->node_endpoints), &info_produce_response_node_endpoint},
};

static const kmsg_struct_info_t info_produce_response = {
    "ProduceResponse", sizeof(kmsg_produce_response_t), init_any_produce_response, 3, fields_produce_response,
};

static int decode_any_produce_response(wire_reader_t *r, int16_t v,
                                       wire_arena_t *a, void *out)
{
    return kmsg_produce_response_decode(r, v, a, out);
}

static int encode_any_produce_response(wire_writer_t *w, int16_t v,
                                       const void *in)
{
    return kmsg_produce_response_encode(w, v, in);
}

static const kmsg_message_info_t message_produce_response = {
    "ProduceResponse", &info_produce_response, decode_any_produce_response, encode_any_produce_response,
};

static void init_any_fetch_request_replica_state(void *m)
{
    kmsg_fetch_request_replica_state_init(m);
}

static const kmsg_field_info_t fields_fetch_request_replica_state[] = {
    {"replica_id", KMSG_TYPE_INT32, false, false,
     15, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_replica_state_t, replica_id),
     0,
     sizeof(((kmsg_fetch_request_replica_state_t *)0)->replica_id), NULL},
    {"replica_epoch", KMSG_TYPE_INT64, false, false,
     15, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_replica_state_t, replica_epoch),
     0,
     sizeof(((kmsg_fetch_request_replica_state_t *)0)->replica_epoch), NULL},
};

static const kmsg_struct_info_t info_fetch_request_replica_state = {
    "ReplicaState", sizeof(kmsg_fetch_request_replica_state_t), init_any_fetch_request_replica_state, 2, fields_fetch_request_replica_state,
};

static void init_any_fetch_request_fetch_partition(void *m)
{
    kmsg_fetch_request_fetch_partition_init(m);
}

static const kmsg_field_info_t fields_fetch_request_fetch_partition[] = {
    {"partition", KMSG_TYPE_INT32, false, false,
     0, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_fetch_partition_t, partition),
     0,
     sizeof(((kmsg_fetch_request_fetch_partition_t *)0)->partition), NULL},
    {"current_leader_epoch", KMSG_TYPE_INT32, false, true,
     9, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_fetch_partition_t, current_leader_epoch),
     0,
     sizeof(((kmsg_fetch_request_fetch_partition_t *)0)->current_leader_epoch), NULL},
    {"fetch_offset", KMSG_TYPE_INT64, false, false,
     0, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_fetch_partition_t, fetch_offset),
     0,
     sizeof(((kmsg_fetch_request_fetch_partition_t *)0)->fetch_offset), NULL},
    {"last_fetched_epoch", KMSG_TYPE_INT32, false, false,
     12, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_fetch_partition_t, last_fetched_epoch),
     0,
     sizeof(((kmsg_fetch_request_fetch_partition_t *)0)->last_fetched_epoch), NULL},
    {"log_start_offset", KMSG_TYPE_INT64, false, true,
     5, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_fetch_partition_t, log_start_offset),
     0,
     sizeof(((kmsg_fetch_request_fetch_partition_t *)0)->log_start_offset), NULL},
    {"partition_max_bytes", KMSG_TYPE_INT32, false, false,
     0, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_fetch_partition_t, partition_max_bytes),
     0,
     sizeof(((kmsg_fetch_request_fetch_partition_t *)0)->partition_max_bytes), NULL},
};

static const kmsg_struct_info_t info_fetch_request_fetch_partition = {
    "FetchPartition", sizeof(kmsg_fetch_request_fetch_partition_t), init_any_fetch_request_fetch_partition, 6, fields_fetch_request_fetch_partition,
};

static void init_any_fetch_request_fetch_topic(void *m)
{
    kmsg_fetch_request_fetch_topic_init(m);
}

static const kmsg_field_info_t fields_fetch_request_fetch_topic[] = {
    {"topic", KMSG_TYPE_STRING, false, true,
     0, 12, 1, 0, -1,
     offsetof(kmsg_fetch_request_fetch_topic_t, topic),
     0,
     sizeof(((kmsg_fetch_request_fetch_topic_t *)0)->topic), NULL},
    {"topic_id", KMSG_TYPE_UUID, false, true,
     13, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_fetch_topic_t, topic_id),
     0,
     sizeof(((kmsg_fetch_request_fetch_topic_t *)0)->topic_id), NULL},
    {"partitions", KMSG_TYPE_STRUCT, true, false,
     0, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_fetch_topic_t, partitions),
     offsetof(kmsg_fetch_request_fetch_topic_t, partitions_count),
     sizeof(*((kmsg_fetch_request_fetch_topic_t *)0)->partitions), &info_fetch_request_fetch_partition},
};

static const kmsg_struct_info_t info_fetch_request_fetch_topic = {
    "FetchTopic", sizeof(kmsg_fetch_request_fetch_topic_t), init_any_fetch_request_fetch_topic, 3, fields_fetch_request_fetch_topic,
};

static void init_any_fetch_request_forgotten_topic(void *m)
{
    kmsg_fetch_request_forgotten_topic_init(m);
}

static const kmsg_field_info_t fields_fetch_request_forgotten_topic[] = {
    {"topic", KMSG_TYPE_STRING, false, true,
     7, 12, 1, 0, -1,
     offsetof(kmsg_fetch_request_forgotten_topic_t, topic),
     0,
     sizeof(((kmsg_fetch_request_forgotten_topic_t *)0)->topic), NULL},
    {"topic_id", KMSG_TYPE_UUID, false, true,
     13, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_forgotten_topic_t, topic_id),
     0,
     sizeof(((kmsg_fetch_request_forgotten_topic_t *)0)->topic_id), NULL},
    {"partitions", KMSG_TYPE_INT32, true, false,
     7, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_forgotten_topic_t, partitions),
     offsetof(kmsg_fetch_request_forgotten_topic_t, partitions_count),
     sizeof(*((kmsg_fetch_request_forgotten_topic_t *)0)->partitions), NULL},
};

static const kmsg_struct_info_t info_fetch_request_forgotten_topic = {
    "ForgottenTopic", sizeof(kmsg_fetch_request_forgotten_topic_t), init_any_fetch_request_forgotten_topic, 3, fields_fetch_request_forgotten_topic,
};

static void init_any_fetch_request(void *m)
{
    kmsg_fetch_request_init(m);
}

static const kmsg_field_info_t fields_fetch_request[] = {
    {"cluster_id", KMSG_TYPE_STRING, false, true,
     12, 16, 12, 16, 0,
     offsetof(kmsg_fetch_request_t, cluster_id),
     0,
     sizeof(((kmsg_fetch_request_t *)0)->cluster_id), NULL},
    {"replica_id", KMSG_TYPE_INT32, false, false,
     0, 14, 1, 0, -1,
     offsetof(kmsg_fetch_request_t, replica_id),
     0,
     sizeof(((kmsg_fetch_request_t *)0)->replica_id), NULL},
    {"replica_state", KMSG_TYPE_STRUCT, false, false,
     15, 16, 1, 0, 1,
     offsetof(kmsg_fetch_request_t, replica_state),
     0,
     sizeof(((kmsg_fetch_request_t *)0)->replica_state), &info_fetch_request_replica_state},
    {"max_wait_ms", KMSG_TYPE_INT32, false, false,
     0, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_t, max_wait_ms),
     0,
     sizeof(((kmsg_fetch_request_t *)0)->max_wait_ms), NULL},
    {"min_bytes", KMSG_TYPE_INT32, false, false,
     0, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_t, min_bytes),
     0,
     sizeof(((kmsg_fetch_request_t *)0)->min_bytes), NULL},
    {"max_bytes", KMSG_TYPE_INT32, false, true,
     3, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_t, max_bytes),
     0,
     sizeof(((kmsg_fetch_request_t *)0)->max_bytes), NULL},
    {"isolation_level", KMSG_TYPE_INT8, false, true,
     4, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_t, isolation_level),
     0,
     sizeof(((kmsg_fetch_request_t *)0)->isolation_level), NULL},
    {"session_id", KMSG_TYPE_INT32, false, true,
     7, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_t, session_id),
     0,
     sizeof(((kmsg_fetch_request_t *)0)->session_id), NULL},
    {"session_epoch", KMSG_TYPE_INT32, false, true,
     7, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_t, session_epoch),
     0,
     sizeof(((kmsg_fetch_request_t *)0)->session_epoch), NULL},
    {"topics", KMSG_TYPE_STRUCT, true, false,
     0, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_t, topics),
     offsetof(kmsg_fetch_request_t, topics_count),
     sizeof(*((kmsg_fetch_request_t *)0)->topics), &info_fetch_request_fetch_topic},
    {"forgotten_topics_data", KMSG_TYPE_STRUCT, true, false,
     7, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_t, forgotten_topics_data),
     offsetof(kmsg_fetch_request_t, forgotten_topics_data_count),
     sizeof(*((kmsg_fetch_request_t *)0)->forgotten_topics_data), &info_fetch_request_forgotten_topic},
    {"rack_id", KMSG_TYPE_STRING, false, true,
     11, 16, 1, 0, -1,
     offsetof(kmsg_fetch_request_t, rack_id),
     0,
     sizeof(((kmsg_fetch_request_t *)0)->rack_id), NULL},
};

static const kmsg_struct_info_t info_fetch_request = {
    "FetchRequest", sizeof(kmsg_fetch_request_t), init_any_fetch_request, 12, fields_fetch_request,
};

static int decode_any_fetch_request(wire_reader_t *r, int16_t v,
                                    wire_arena_t *a, void *out)
{
    return kmsg_fetch_request_decode(r, v, a, out);
}

static int encode_any_fetch_request(wire_writer_t *w, int16_t v, const void *in)
{
    return kmsg_fetch_request_encode(w, v, in);
}

static const kmsg_message_info_t message_fetch_request = {
    "FetchRequest", &info_fetch_request, decode_any_fetch_request, encode_any_fetch_request,
};

static void init_any_fetch_response_epoch_end_offset(void *m)
{
    kmsg_fetch_response_epoch_end_offset_init(m);
}

static const kmsg_field_info_t fields_fetch_response_epoch_end_offset[] = {
    {"epoch", KMSG_TYPE_INT32, false, false,
     12, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_epoch_end_offset_t, epoch),
     0,
     sizeof(((kmsg_fetch_response_epoch_end_offset_t *)0)->epoch), NULL},
    {"end_offset", KMSG_TYPE_INT64, false, false,
     12, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_epoch_end_offset_t, end_offset),
     0,
     sizeof(((kmsg_fetch_response_epoch_end_offset_t *)0)->end_offset), NULL},
};

static const kmsg_struct_info_t info_fetch_response_epoch_end_offset = {
    "EpochEndOffset", sizeof(kmsg_fetch_response_epoch_end_offset_t), init_any_fetch_response_epoch_end_offset, 2, fields_fetch_response_epoch_end_offset,
};

static void init_any_fetch_response_leader_id_and_epoch(void *m)
{
    kmsg_fetch_response_leader_id_and_epoch_init(m);
}

static const kmsg_field_info_t fields_fetch_response_leader_id_and_epoch[] = {
    {"leader_id", KMSG_TYPE_INT32, false, false,
     12, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_leader_id_and_epoch_t, leader_id),
     0,
     sizeof(((kmsg_fetch_response_leader_id_and_epoch_t *)0)->leader_id), NULL},
    {"leader_epoch", KMSG_TYPE_INT32, false, false,
     12, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_leader_id_and_epoch_t, leader_epoch),
     0,
     sizeof(((kmsg_fetch_response_leader_id_and_epoch_t *)0)->leader_epoch), NULL},
};

static const kmsg_struct_info_t info_fetch_response_leader_id_and_epoch = {
    "LeaderIdAndEpoch", sizeof(kmsg_fetch_response_leader_id_and_epoch_t), init_any_fetch_response_leader_id_and_epoch, 2, fields_fetch_response_leader_id_and_epoch,
};

static void init_any_fetch_response_snapshot_id(void *m)
{
    kmsg_fetch_response_snapshot_id_init(m);
}

static const kmsg_field_info_t fields_fetch_response_snapshot_id[] = {
    {"end_offset", KMSG_TYPE_INT64, false, false,
     12, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_snapshot_id_t, end_offset),
     0,
     sizeof(((kmsg_fetch_response_snapshot_id_t *)0)->end_offset), NULL},
    {"epoch", KMSG_TYPE_INT32, false, false,
     12, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_snapshot_id_t, epoch),
     0,
     sizeof(((kmsg_fetch_response_snapshot_id_t *)0)->epoch), NULL},
};

static const kmsg_struct_info_t info_fetch_response_snapshot_id = {
    "SnapshotId", sizeof(kmsg_fetch_response_snapshot_id_t), init_any_fetch_response_snapshot_id, 2, fields_fetch_response_snapshot_id,
};

static void init_any_fetch_response_aborted_transaction(void *m)
{
    kmsg_fetch_response_aborted_transaction_init(m);
}

static const kmsg_field_info_t fields_fetch_response_aborted_transaction[] = {
    {"producer_id", KMSG_TYPE_INT64, false, false,
     4, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_aborted_transaction_t, producer_id),
     0,
     sizeof(((kmsg_fetch_response_aborted_transaction_t *)0)->producer_id), NULL},
    {"first_offset", KMSG_TYPE_INT64, false, false,
     4, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_aborted_transaction_t, first_offset),
     0,
     sizeof(((kmsg_fetch_response_aborted_transaction_t *)0)->first_offset), NULL},
};

static const kmsg_struct_info_t info_fetch_response_aborted_transaction = {
    "AbortedTransaction", sizeof(kmsg_fetch_response_aborted_transaction_t), init_any_fetch_response_aborted_transaction, 2, fields_fetch_response_aborted_transaction,
};

static void init_any_fetch_response_partition_data(void *m)
{
    kmsg_fetch_response_partition_data_init(m);
}

static const kmsg_field_info_t fields_fetch_response_partition_data[] = {
    {"partition_index", KMSG_TYPE_INT32, false, false,
     0, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_partition_data_t, partition_index),
     0,
     sizeof(((kmsg_fetch_response_partition_data_t *)0)->partition_index), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_partition_data_t, error_code),
     0,
     sizeof(((kmsg_fetch_response_partition_data_t *)0)->error_code), NULL},
    {"high_watermark", KMSG_TYPE_INT64, false, false,
     0, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_partition_data_t, high_watermark),
     0,
     sizeof(((kmsg_fetch_response_partition_data_t *)0)->high_watermark), NULL},
    {"last_stable_offset", KMSG_TYPE_INT64, false, true,
     4, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_partition_data_t, last_stable_offset),
     0,
     sizeof(((kmsg_fetch_response_partition_data_t *)0)->last_stable_offset), NULL},
    {"log_start_offset", KMSG_TYPE_INT64, false, true,
     5, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_partition_data_t, log_start_offset),
     0,
     sizeof(((kmsg_fetch_response_partition_data_t *)0)->log_start_offset), NULL},
    {"diverging_epoch", KMSG_TYPE_STRUCT, false, false,
     12, 16, 1, 0, 0,
     offsetof(kmsg_fetch_response_partition_data_t, diverging_epoch),
     0,
     sizeof(((kmsg_fetch_response_partition_data_t *)0)->diverging_epoch), &info_fetch_response_epoch_end_offset},
    {"current_leader", KMSG_TYPE_STRUCT, false, false,
     12, 16, 1, 0, 1,
     offsetof(kmsg_fetch_response_partition_data_t, current_leader),
     0,
     sizeof(((kmsg_fetch_response_partition_data_t *)0)->current_leader), &info_fetch_response_leader_id_and_epoch},
    {"snapshot_id", KMSG_TYPE_STRUCT, false, false,
     12, 16, 1, 0, 2,
     offsetof(kmsg_fetch_response_partition_data_t, snapshot_id),
     0,
     sizeof(((kmsg_fetch_response_partition_data_t *)0)->snapshot_id), &info_fetch_response_snapshot_id},
    {"aborted_transactions", KMSG_TYPE_STRUCT, true, true,
     4, 16, 4, 16, -1,
     offsetof(kmsg_fetch_response_partition_data_t, aborted_transactions),
     offsetof(kmsg_fetch_response_partition_data_t, aborted_transactions_count),
     sizeof(*((kmsg_fetch_response_partition_data_t *)0)->aborted_transactions), &info_fetch_response_aborted_transaction},
    {"preferred_read_replica", KMSG_TYPE_INT32, false, false,
     11, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_partition_data_t, preferred_read_replica),
     0,
     sizeof(((kmsg_fetch_response_partition_data_t *)0)->preferred_read_replica), NULL},
    {"records", KMSG_TYPE_RECORDS, false, false,
     0, 16, 0, 16, -1,
     offsetof(kmsg_fetch_response_partition_data_t, records),
     0,
     sizeof(((kmsg_fetch_response_partition_data_t *)0)->records), NULL},
};

static const kmsg_struct_info_t info_fetch_response_partition_data = {
    "PartitionData", sizeof(kmsg_fetch_response_partition_data_t), init_any_fetch_response_partition_data, 11, fields_fetch_response_partition_data,
};

static void init_any_fetch_response_fetchable_topic_response(void *m)
{
    kmsg_fetch_response_fetchable_topic_response_init(m);
}

static const kmsg_field_info_t fields_fetch_response_fetchable_topic_response[] = {
    {"topic", KMSG_TYPE_STRING, false, true,
     0, 12, 1, 0, -1,
     offsetof(kmsg_fetch_response_fetchable_topic_response_t, topic),
     0,
     sizeof(((kmsg_fetch_response_fetchable_topic_response_t *)0)->topic), NULL},
    {"topic_id", KMSG_TYPE_UUID, false, true,
     13, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_fetchable_topic_response_t, topic_id),
     0,
     sizeof(((kmsg_fetch_response_fetchable_topic_response_t *)0)->topic_id), NULL},
    {"partitions", KMSG_TYPE_STRUCT, true, false,
     0, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_fetchable_topic_response_t, partitions),
     offsetof(kmsg_fetch_response_fetchable_topic_response_t, partitions_count),
     sizeof(*((kmsg_fetch_response_fetchable_topic_response_t *)0)->partitions), &info_fetch_response_partition_data},
};

static const kmsg_struct_info_t info_fetch_response_fetchable_topic_response = {
    "FetchableTopicResponse", sizeof(kmsg_fetch_response_fetchable_topic_response_t), init_any_fetch_response_fetchable_topic_response, 3, fields_fetch_response_fetchable_topic_response,
};

static void init_any_fetch_response_node_endpoint(void *m)
{
    kmsg_fetch_response_node_endpoint_init(m);
}

static const kmsg_field_info_t fields_fetch_response_node_endpoint[] = {
    {"node_id", KMSG_TYPE_INT32, false, false,
     16, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_node_endpoint_t, node_id),
     0,
     sizeof(((kmsg_fetch_response_node_endpoint_t *)0)->node_id), NULL},
    {"host", KMSG_TYPE_STRING, false, false,
     16, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_node_endpoint_t, host),
     0,
     sizeof(((kmsg_fetch_response_node_endpoint_t *)0)->host), NULL},
    {"port", KMSG_TYPE_INT32, false, false,
     16, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_node_endpoint_t, port),
     0,
     sizeof(((kmsg_fetch_response_node_endpoint_t *)0)->port), NULL},
    {"rack", KMSG_TYPE_STRING, false, false,
     16, 16, 16, 16, -1,
     offsetof(kmsg_fetch_response_node_endpoint_t, rack),
     0,
     sizeof(((kmsg_fetch_response_node_endpoint_t *)0)->rack), NULL},
};

static const kmsg_struct_info_t info_fetch_response_node_endpoint = {
    "NodeEndpoint", sizeof(kmsg_fetch_response_node_endpoint_t), init_any_fetch_response_node_endpoint, 4, fields_fetch_response_node_endpoint,
};

static void init_any_fetch_response(void *m)
{
    kmsg_fetch_response_init(m);
}

static const kmsg_field_info_t fields_fetch_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     1, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_fetch_response_t *)0)->throttle_time_ms), NULL},
    {"error_code", KMSG_TYPE_INT16, false, true,
     7, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_t, error_code),
     0,
     sizeof(((kmsg_fetch_response_t *)0)->error_code), NULL},
    {"session_id", KMSG_TYPE_INT32, false, false,
     7, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_t, session_id),
     0,
     sizeof(((kmsg_fetch_response_t *)0)->session_id), NULL},
    {"responses", KMSG_TYPE_STRUCT, true, false,
     0, 16, 1, 0, -1,
     offsetof(kmsg_fetch_response_t, responses),
     offsetof(kmsg_fetch_response_t, responses_count),
     sizeof(*((kmsg_fetch_response_t *)0)->responses), &info_fetch_response_fetchable_topic_response},
    {"node_endpoints", KMSG_TYPE_STRUCT, true, false,
     16, 16, 1, 0, 0,
     offsetof(kmsg_fetch_response_t, node_endpoints),
     offsetof(kmsg_fetch_response_t, node_endpoints_count),
     sizeof(*((kmsg_fetch_response_t *)0)->node_endpoints), &info_fetch_response_node_endpoint},
};

static const kmsg_struct_info_t info_fetch_response = {
    "FetchResponse", sizeof(kmsg_fetch_response_t), init_any_fetch_response, 5, fields_fetch_response,
};

static int decode_any_fetch_response(wire_reader_t *r, int16_t v,
                                     wire_arena_t *a, void *out)
{
    return kmsg_fetch_response_decode(r, v, a, out);
}

static int encode_any_fetch_response(wire_writer_t *w, int16_t v,
                                     const void *in)
{
    return kmsg_fetch_response_encode(w, v, in);
}

static const kmsg_message_info_t message_fetch_response = {
    "FetchResponse", &info_fetch_response, decode_any_fetch_response, encode_any_fetch_response,
};

static void init_any_list_offsets_request_list_offsets_partition(void *m)
{
    kmsg_list_offsets_request_list_offsets_partition_init(m);
}

static const kmsg_field_info_t fields_list_offsets_request_list_offsets_partition[] = {
    {"partition_index", KMSG_TYPE_INT32, false, false,
     0, 8, 1, 0, -1,
     offsetof(kmsg_list_offsets_request_list_offsets_partition_t,
              partition_index),
     0,
     sizeof(((kmsg_list_offsets_request_list_offsets_partition_t *)0)->partition_index), NULL},
    {"current_leader_epoch", KMSG_TYPE_INT32, false, true,
     4, 8, 1, 0, -1,
     offsetof(kmsg_list_offsets_request_list_offsets_partition_t,
              current_leader_epoch),
     0,
     sizeof(((kmsg_list_offsets_request_list_offsets_partition_t *)0)->current_leader_epoch), NULL},
    {"timestamp", KMSG_TYPE_INT64, false, false,
     0, 8, 1, 0, -1,
     offsetof(kmsg_list_offsets_request_list_offsets_partition_t, timestamp),
     0,
     sizeof(((kmsg_list_offsets_request_list_offsets_partition_t *)0)->timestamp), NULL},
    {"max_num_offsets", KMSG_TYPE_INT32, false, false,
     0, 0, 1, 0, -1,
     offsetof(kmsg_list_offsets_request_list_offsets_partition_t,
              max_num_offsets),
     0,
     sizeof(((kmsg_list_offsets_request_list_offsets_partition_t *)0)->max_num_offsets), NULL},
};

static const kmsg_struct_info_t info_list_offsets_request_list_offsets_partition = {
    "ListOffsetsPartition", sizeof(kmsg_list_offsets_request_list_offsets_partition_t), init_any_list_offsets_request_list_offsets_partition, 4, fields_list_offsets_request_list_offsets_partition,
};

static void init_any_list_offsets_request_list_offsets_topic(void *m)
{
    kmsg_list_offsets_request_list_offsets_topic_init(m);
}

static const kmsg_field_info_t fields_list_offsets_request_list_offsets_topic[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 8, 1, 0, -1,
     offsetof(kmsg_list_offsets_request_list_offsets_topic_t, name),
     0,
     sizeof(((kmsg_list_offsets_request_list_offsets_topic_t *)0)->name), NULL},
    {"partitions", KMSG_TYPE_STRUCT, true, false,
     0, 8, 1, 0, -1,
     offsetof(kmsg_list_offsets_request_list_offsets_topic_t, partitions),
     offsetof(kmsg_list_offsets_request_list_offsets_topic_t, partitions_count),
     sizeof(*((kmsg_list_offsets_request_list_offsets_topic_t *)0)->partitions), &info_list_offsets_request_list_offsets_partition},
};

static const kmsg_struct_info_t info_list_offsets_request_list_offsets_topic = {
    "ListOffsetsTopic", sizeof(kmsg_list_offsets_request_list_offsets_topic_t), init_any_list_offsets_request_list_offsets_topic, 2, fields_list_offsets_request_list_offsets_topic,
};

static void init_any_list_offsets_request(void *m)
{
    kmsg_list_offsets_request_init(m);
}

static const kmsg_field_info_t fields_list_offsets_request[] = {
    {"replica_id", KMSG_TYPE_INT32, false, false,
     0, 8, 1, 0, -1,
     offsetof(kmsg_list_offsets_request_t, replica_id),
     0,
     sizeof(((kmsg_list_offsets_request_t *)0)->replica_id), NULL},
    {"isolation_level", KMSG_TYPE_INT8, false, false,
     2, 8, 1, 0, -1,
     offsetof(kmsg_list_offsets_request_t, isolation_level),
     0,
     sizeof(((kmsg_list_offsets_request_t *)0)->isolation_level), NULL},
    {"topics", KMSG_TYPE_STRUCT, true, false,
     0, 8, 1, 0, -1,
     offsetof(kmsg_list_offsets_request_t, topics),
     offsetof(kmsg_list_offsets_request_t, topics_count),
     sizeof(*((kmsg_list_offsets_request_t *)0)->topics), &info_list_offsets_request_list_offsets_topic},
};

static const kmsg_struct_info_t info_list_offsets_request = {
    "ListOffsetsRequest", sizeof(kmsg_list_offsets_request_t), init_any_list_offsets_request, 3, fields_list_offsets_request,
};

static int decode_any_list_offsets_request(wire_reader_t *r, int16_t v,
                                           wire_arena_t *a, void *out)
{
    return kmsg_list_offsets_request_decode(r, v, a, out);
}

static int encode_any_list_offsets_request(wire_writer_t *w, int16_t v,
                                           const void *in)
{
    return kmsg_list_offsets_request_encode(w, v, in);
}

static const kmsg_message_info_t message_list_offsets_request = {
    "ListOffsetsRequest", &info_list_offsets_request, decode_any_list_offsets_request, encode_any_list_offsets_request,
};

static void init_any_list_offsets_response_list_offsets_partition_response(void *m)
{
    kmsg_list_offsets_response_list_offsets_partition_response_init(m);
}

static const kmsg_field_info_t fields_list_offsets_response_list_offsets_partition_response[] = {
    {"partition_index", KMSG_TYPE_INT32, false, false,
     0, 8, 1, 0, -1,
     offsetof(kmsg_list_offsets_response_list_offsets_partition_response_t,
              partition_index),
     0,
     sizeof(((kmsg_list_offsets_response_list_offsets_partition_response_t *)0)->partition_index), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 8, 1, 0, -1,
     offsetof(kmsg_list_offsets_response_list_offsets_partition_response_t,
              error_code),
     0,
     sizeof(((kmsg_list_offsets_response_list_offsets_partition_response_t *)0)->error_code), NULL},
    {"old_style_offsets", KMSG_TYPE_INT64, true, false,
     0, 0, 1, 0, -1,
     offsetof(kmsg_list_offsets_response_list_offsets_partition_response_t,
              old_style_offsets),
     offsetof(kmsg_list_offsets_response_list_offsets_partition_response_t, old_style_offsets_count),
     sizeof(*((kmsg_list_offsets_response_list_offsets_partition_response_t *)0)->old_style_offsets), NULL},
    {"timestamp", KMSG_TYPE_INT64, false, false,
     1, 8, 1, 0, -1,
     offsetof(kmsg_list_offsets_response_list_offsets_partition_response_t,
              timestamp),
     0,
     sizeof(((kmsg_list_offsets_response_list_offsets_partition_response_t *)0)->timestamp), NULL},
    {"offset", KMSG_TYPE_INT64, false, false,
     1, 8, 1, 0, -1,
     offsetof(kmsg_list_offsets_response_list_offsets_partition_response_t,
              offset),
     0,
     sizeof(((kmsg_list_offsets_response_list_offsets_partition_response_t *)0)->offset), NULL},
    {"leader_epoch", KMSG_TYPE_INT32, false, false,
     4, 8, 1, 0, -1,
     offsetof(kmsg_list_offsets_response_list_offsets_partition_response_t,
              leader_epoch),
     0,
     sizeof(((kmsg_list_offsets_response_list_offsets_partition_response_t *)0)->leader_epoch), NULL},
};

static const kmsg_struct_info_t info_list_offsets_response_list_offsets_partition_response = {
    "ListOffsetsPartitionResponse", sizeof(kmsg_list_offsets_response_list_offsets_partition_response_t), init_any_list_offsets_response_list_offsets_partition_response, 6, fields_list_offsets_response_list_offsets_partition_response,
};

static void init_any_list_offsets_response_list_offsets_topic_response(void *m)
{
    kmsg_list_offsets_response_list_offsets_topic_response_init(m);
}

static const kmsg_field_info_t fields_list_offsets_response_list_offsets_topic_response[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 8, 1, 0, -1,
     offsetof(kmsg_list_offsets_response_list_offsets_topic_response_t, name),
     0,
     sizeof(((kmsg_list_offsets_response_list_offsets_topic_response_t *)0)->name), NULL},
    {"partitions", KMSG_TYPE_STRUCT, true, false,
     0, 8, 1, 0, -1,
     offsetof(kmsg_list_offsets_response_list_offsets_topic_response_t,
              partitions),
     offsetof(kmsg_list_offsets_response_list_offsets_topic_response_t, partitions_count),
     sizeof(*((kmsg_list_offsets_response_list_offsets_topic_response_t *)0)->partitions), &info_list_offsets_response_list_offsets_partition_response},
};

static const kmsg_struct_info_t info_list_offsets_response_list_offsets_topic_response = {
    "ListOffsetsTopicResponse", sizeof(kmsg_list_offsets_response_list_offsets_topic_response_t), init_any_list_offsets_response_list_offsets_topic_response, 2, fields_list_offsets_response_list_offsets_topic_response,
};

static void init_any_list_offsets_response(void *m)
{
    kmsg_list_offsets_response_init(m);
}

static const kmsg_field_info_t fields_list_offsets_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     2, 8, 1, 0, -1,
     offsetof(kmsg_list_offsets_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_list_offsets_response_t *)0)->throttle_time_ms), NULL},
    {"topics", KMSG_TYPE_STRUCT, true, false,
     0, 8, 1, 0, -1,
     offsetof(kmsg_list_offsets_response_t, topics),
     offsetof(kmsg_list_offsets_response_t, topics_count),
     sizeof(*((kmsg_list_offsets_response_t *)0)->topics), &info_list_offsets_response_list_offsets_topic_response},
};

static const kmsg_struct_info_t info_list_offsets_response = {
    "ListOffsetsResponse", sizeof(kmsg_list_offsets_response_t), init_any_list_offsets_response, 2, fields_list_offsets_response,
};

static int decode_any_list_offsets_response(wire_reader_t *r, int16_t v,
                                            wire_arena_t *a, void *out)
{
    return kmsg_list_offsets_response_decode(r, v, a, out);
}

static int encode_any_list_offsets_response(wire_writer_t *w, int16_t v,
                                            const void *in)
{
    return kmsg_list_offsets_response_encode(w, v, in);
}

static const kmsg_message_info_t message_list_offsets_response = {
    "ListOffsetsResponse", &info_list_offsets_response, decode_any_list_offsets_response, encode_any_list_offsets_response,
};

static void init_any_metadata_request_topic(void *m)
{
    kmsg_metadata_request_topic_init(m);
}

static const kmsg_field_info_t fields_metadata_request_topic[] = {
    {"topic_id", KMSG_TYPE_UUID, false, true,
     10, 12, 1, 0, -1,
     offsetof(kmsg_metadata_request_topic_t, topic_id),
     0,
     sizeof(((kmsg_metadata_request_topic_t *)0)->topic_id), NULL},
    {"name", KMSG_TYPE_STRING, false, false,
     0, 12, 10, 12, -1,
     offsetof(kmsg_metadata_request_topic_t, name),
     0,
     sizeof(((kmsg_metadata_request_topic_t *)0)->name), NULL},
};

static const kmsg_struct_info_t info_metadata_request_topic = {
    "MetadataRequestTopic", sizeof(kmsg_metadata_request_topic_t), init_any_metadata_request_topic, 2, fields_metadata_request_topic,
};

static void init_any_metadata_request(void *m)
{
    kmsg_metadata_request_init(m);
}

static const kmsg_field_info_t fields_metadata_request[] = {
    {"topics", KMSG_TYPE_STRUCT, true, false,
     0, 12, 1, 12, -1,
     offsetof(kmsg_metadata_request_t, topics),
     offsetof(kmsg_metadata_request_t, topics_count),
     sizeof(*((kmsg_metadata_request_t *)0)->topics), &info_metadata_request_topic},
    {"allow_auto_topic_creation", KMSG_TYPE_BOOL, false, false,
     4, 12, 1, 0, -1,
     offsetof(kmsg_metadata_request_t, allow_auto_topic_creation),
     0,
     sizeof(((kmsg_metadata_request_t *)0)->allow_auto_topic_creation), NULL},
    {"include_cluster_authorized_operations", KMSG_TYPE_BOOL, false, false,
     8, 10, 1, 0, -1,
     offsetof(kmsg_metadata_request_t, include_cluster_authorized_operations),
     0,
     sizeof(((kmsg_metadata_request_t *)0)->include_cluster_authorized_operations), NULL},
    {"include_topic_authorized_operations", KMSG_TYPE_BOOL, false, false,
     8, 12, 1, 0, -1,
     offsetof(kmsg_metadata_request_t, include_topic_authorized_operations),
     0,
     sizeof(((kmsg_metadata_request_t *)0)->include_topic_authorized_operations), NULL},
};

static const kmsg_struct_info_t info_metadata_request = {
    "MetadataRequest", sizeof(kmsg_metadata_request_t), init_any_metadata_request, 4, fields_metadata_request,
};

static int decode_any_metadata_request(wire_reader_t *r, int16_t v,
                                       wire_arena_t *a, void *out)
{
    return kmsg_metadata_request_decode(r, v, a, out);
}

static int encode_any_metadata_request(wire_writer_t *w, int16_t v,
                                       const void *in)
{
    return kmsg_metadata_request_encode(w, v, in);
}

static const kmsg_message_info_t message_metadata_request = {
    "MetadataRequest", &info_metadata_request, decode_any_metadata_request, encode_any_metadata_request,
};

static void init_any_metadata_response_broker(void *m)
{
    kmsg_metadata_response_broker_init(m);
}

static const kmsg_field_info_t fields_metadata_response_broker[] = {
    {"node_id", KMSG_TYPE_INT32, false, false,
     0, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_broker_t, node_id),
     0,
     sizeof(((kmsg_metadata_response_broker_t *)0)->node_id), NULL},
    {"host", KMSG_TYPE_STRING, false, false,
     0, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_broker_t, host),
     0,
     sizeof(((kmsg_metadata_response_broker_t *)0)->host), NULL},
    {"port", KMSG_TYPE_INT32, false, false,
     0, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_broker_t, port),
     0,
     sizeof(((kmsg_metadata_response_broker_t *)0)->port), NULL},
    {"rack", KMSG_TYPE_STRING, false, true,
     1, 12, 1, 12, -1,
     offsetof(kmsg_metadata_response_broker_t, rack),
     0,
     sizeof(((kmsg_metadata_response_broker_t *)0)->rack), NULL},
};

static const kmsg_struct_info_t info_metadata_response_broker = {
    "MetadataResponseBroker", sizeof(kmsg_metadata_response_broker_t), init_any_metadata_response_broker, 4, fields_metadata_response_broker,
};

static void init_any_metadata_response_partition(void *m)
{
    kmsg_metadata_response_partition_init(m);
}

static const kmsg_field_info_t fields_metadata_response_partition[] = {
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_partition_t, error_code),
     0,
     sizeof(((kmsg_metadata_response_partition_t *)0)->error_code), NULL},
    {"partition_index", KMSG_TYPE_INT32, false, false,
     0, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_partition_t, partition_index),
     0,
     sizeof(((kmsg_metadata_response_partition_t *)0)->partition_index), NULL},
    {"leader_id", KMSG_TYPE_INT32, false, false,
     0, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_partition_t, leader_id),
     0,
     sizeof(((kmsg_metadata_response_partition_t *)0)->leader_id), NULL},
    {"leader_epoch", KMSG_TYPE_INT32, false, true,
     7, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_partition_t, leader_epoch),
     0,
     sizeof(((kmsg_metadata_response_partition_t *)0)->leader_epoch), NULL},
    {"replica_nodes", KMSG_TYPE_INT32, true, false,
     0, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_partition_t, replica_nodes),
     offsetof(kmsg_metadata_response_partition_t, replica_nodes_count),
     sizeof(*((kmsg_metadata_response_partition_t *)0)->replica_nodes), NULL},
    {"isr_nodes", KMSG_TYPE_INT32, true, false,
     0, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_partition_t, isr_nodes),
     offsetof(kmsg_metadata_response_partition_t, isr_nodes_count),
     sizeof(*((kmsg_metadata_response_partition_t *)0)->isr_nodes), NULL},
    {"offline_replicas", KMSG_TYPE_INT32, true, true,
     5, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_partition_t, offline_replicas),
     offsetof(kmsg_metadata_response_partition_t, offline_replicas_count),
     sizeof(*((kmsg_metadata_response_partition_t *)0)->offline_replicas), NULL},
};

static const kmsg_struct_info_t info_metadata_response_partition = {
    "MetadataResponsePartition", sizeof(kmsg_metadata_response_partition_t), init_any_metadata_response_partition, 7, fields_metadata_response_partition,
};

static void init_any_metadata_response_topic(void *m)
{
    kmsg_metadata_response_topic_init(m);
}

static const kmsg_field_info_t fields_metadata_response_topic[] = {
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_topic_t, error_code),
     0,
     sizeof(((kmsg_metadata_response_topic_t *)0)->error_code), NULL},
    {"name", KMSG_TYPE_STRING, false, false,
     0, 12, 12, 12, -1,
     offsetof(kmsg_metadata_response_topic_t, name),
     0,
     sizeof(((kmsg_metadata_response_topic_t *)0)->name), NULL},
    {"topic_id", KMSG_TYPE_UUID, false, true,
     10, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_topic_t, topic_id),
     0,
     sizeof(((kmsg_metadata_response_topic_t *)0)->topic_id), NULL},
    {"is_internal", KMSG_TYPE_BOOL, false, true,
     1, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_topic_t, is_internal),
     0,
     sizeof(((kmsg_metadata_response_topic_t *)0)->is_internal), NULL},
    {"partitions", KMSG_TYPE_STRUCT, true, false,
     0, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_topic_t, partitions),
     offsetof(kmsg_metadata_response_topic_t, partitions_count),
     sizeof(*((kmsg_metadata_response_topic_t *)0)->partitions), &info_metadata_response_partition},
    {"topic_authorized_operations", KMSG_TYPE_INT32, false, false,
     8, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_topic_t, topic_authorized_operations),
     0,
     sizeof(((kmsg_metadata_response_topic_t *)0)->topic_authorized_operations), NULL},
};

static const kmsg_struct_info_t info_metadata_response_topic = {
    "MetadataResponseTopic", sizeof(kmsg_metadata_response_topic_t), init_any_metadata_response_topic, 6, fields_metadata_response_topic,
};

static void init_any_metadata_response(void *m)
{
    kmsg_metadata_response_init(m);
}

static const kmsg_field_info_t fields_metadata_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     3, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_metadata_response_t *)0)->throttle_time_ms), NULL},
    {"brokers", KMSG_TYPE_STRUCT, true, false,
     0, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_t, brokers),
     offsetof(kmsg_metadata_response_t, brokers_count),
     sizeof(*((kmsg_metadata_response_t *)0)->brokers), &info_metadata_response_broker},
    {"cluster_id", KMSG_TYPE_STRING, false, true,
     2, 12, 2, 12, -1,
     offsetof(kmsg_metadata_response_t, cluster_id),
     0,
     sizeof(((kmsg_metadata_response_t *)0)->cluster_id), NULL},
    {"controller_id", KMSG_TYPE_INT32, false, true,
     1, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_t, controller_id),
     0,
     sizeof(((kmsg_metadata_response_t *)0)->controller_id), NULL},
    {"topics", KMSG_TYPE_STRUCT, true, false,
     0, 12, 1, 0, -1,
     offsetof(kmsg_metadata_response_t, topics),
     offsetof(kmsg_metadata_response_t, topics_count),
     sizeof(*((kmsg_metadata_response_t *)0)->topics), &info_metadata_response_topic},
    {"cluster_authorized_operations", KMSG_TYPE_INT32, false, false,
     8, 10, 1, 0, -1,
     offsetof(kmsg_metadata_response_t, cluster_authorized_operations),
     0,
     sizeof(((kmsg_metadata_response_t *)0)->cluster_authorized_operations), NULL},
};

static const kmsg_struct_info_t info_metadata_response = {
    "MetadataResponse", sizeof(kmsg_metadata_response_t), init_any_metadata_response, 6, fields_metadata_response,
};

static int decode_any_metadata_response(wire_reader_t *r, int16_t v,
                                        wire_arena_t *a, void *out)
{
    return kmsg_metadata_response_decode(r, v, a, out);
}

static int encode_any_metadata_response(wire_writer_t *w, int16_t v,
                                        const void *in)
{
    return kmsg_metadata_response_encode(w, v, in);
}

static const kmsg_message_info_t message_metadata_response = {
    "MetadataResponse", &info_metadata_response, decode_any_metadata_response, encode_any_metadata_response,
};

static void init_any_offset_commit_request_partition(void *m)
{
    kmsg_offset_commit_request_partition_init(m);
}

static const kmsg_field_info_t fields_offset_commit_request_partition[] = {
    {"partition_index", KMSG_TYPE_INT32, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_offset_commit_request_partition_t, partition_index),
     0,
     sizeof(((kmsg_offset_commit_request_partition_t *)0)->partition_index), NULL},
    {"committed_offset", KMSG_TYPE_INT64, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_offset_commit_request_partition_t, committed_offset),
     0,
     sizeof(((kmsg_offset_commit_request_partition_t *)0)->committed_offset), NULL},
    {"committed_leader_epoch", KMSG_TYPE_INT32, false, true,
     6, 9, 1, 0, -1,
     offsetof(kmsg_offset_commit_request_partition_t, committed_leader_epoch),
     0,
     sizeof(((kmsg_offset_commit_request_partition_t *)0)->committed_leader_epoch), NULL},
    {"commit_timestamp", KMSG_TYPE_INT64, false, false,
     1, 1, 1, 0, -1,
     offsetof(kmsg_offset_commit_request_partition_t, commit_timestamp),
     0,
     sizeof(((kmsg_offset_commit_request_partition_t *)0)->commit_timestamp), NULL},
    {"committed_metadata", KMSG_TYPE_STRING, false, false,
     0, 9, 0, 9, -1,
     offsetof(kmsg_offset_commit_request_partition_t, committed_metadata),
     0,
     sizeof(((kmsg_offset_commit_request_partition_t *)0)->committed_metadata), NULL},
};

static const kmsg_struct_info_t info_offset_commit_request_partition = {
    "OffsetCommitRequestPartition", sizeof(kmsg_offset_commit_request_partition_t), init_any_offset_commit_request_partition, 5, fields_offset_commit_request_partition,
};

static void init_any_offset_commit_request_topic(void *m)
{
    kmsg_offset_commit_request_topic_init(m);
}

static const kmsg_field_info_t fields_offset_commit_request_topic[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_offset_commit_request_topic_t, name),
     0,
     sizeof(((kmsg_offset_commit_request_topic_t *)0)->name), NULL},
    {"partitions", KMSG_TYPE_STRUCT, true, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_offset_commit_request_topic_t, partitions),
     offsetof(kmsg_offset_commit_request_topic_t, partitions_count),
     sizeof(*((kmsg_offset_commit_request_topic_t *)0)->partitions), &info_offset_commit_request_partition},
};

static const kmsg_struct_info_t info_offset_commit_request_topic = {
    "OffsetCommitRequestTopic", sizeof(kmsg_offset_commit_request_topic_t), init_any_offset_commit_request_topic, 2, fields_offset_commit_request_topic,
};

static void init_any_offset_commit_request(void *m)
{
    kmsg_offset_commit_request_init(m);
}

static const kmsg_field_info_t fields_offset_commit_request[] = {
    {"group_id", KMSG_TYPE_STRING, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_offset_commit_request_t, group_id),
     0,
     sizeof(((kmsg_offset_commit_request_t *)0)->group_id), NULL},
    {"generation_id_or_member_epoch", KMSG_TYPE_INT32, false, true,
     1, 9, 1, 0, -1,
     offsetof(kmsg_offset_commit_request_t, generation_id_or_member_epoch),
     0,
     sizeof(((kmsg_offset_commit_request_t *)0)->generation_id_or_member_epoch), NULL},
    {"member_id", KMSG_TYPE_STRING, false, true,
     1, 9, 1, 0, -1,
     offsetof(kmsg_offset_commit_request_t, member_id),
     0,
     sizeof(((kmsg_offset_commit_request_t *)0)->member_id), NULL},
    {"group_instance_id", KMSG_TYPE_STRING, false, false,
     7, 9, 7, 9, -1,
     offsetof(kmsg_offset_commit_request_t, group_instance_id),
     0,
     sizeof(((kmsg_offset_commit_request_t *)0)->group_instance_id), NULL},
    {"retention_time_ms", KMSG_TYPE_INT64, false, true,
     2, 4, 1, 0, -1,
     offsetof(kmsg_offset_commit_request_t, retention_time_ms),
     0,
     sizeof(((kmsg_offset_commit_request_t *)0)->retention_time_ms), NULL},
    {"topics", KMSG_TYPE_STRUCT, true, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_offset_commit_request_t, topics),
     offsetof(kmsg_offset_commit_request_t, topics_count),
     sizeof(*((kmsg_offset_commit_request_t *)0)->topics), &info_offset_commit_request_topic},
};

static const kmsg_struct_info_t info_offset_commit_request = {
    "OffsetCommitRequest", sizeof(kmsg_offset_commit_request_t), init_any_offset_commit_request, 6, fields_offset_commit_request,
};

static int decode_any_offset_commit_request(wire_reader_t *r, int16_t v,
                                            wire_arena_t *a, void *out)
{
    return kmsg_offset_commit_request_decode(r, v, a, out);
}

static int encode_any_offset_commit_request(wire_writer_t *w, int16_t v,
                                            const void *in)
{
    return kmsg_offset_commit_request_encode(w, v, in);
}

static const kmsg_message_info_t message_offset_commit_request = {
    "OffsetCommitRequest", &info_offset_commit_request, decode_any_offset_commit_request, encode_any_offset_commit_request,
};

static void init_any_offset_commit_response_partition(void *m)
{
    kmsg_offset_commit_response_partition_init(m);
}

static const kmsg_field_info_t fields_offset_commit_response_partition[] = {
    {"partition_index", KMSG_TYPE_INT32, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_offset_commit_response_partition_t, partition_index),
     0,
     sizeof(((kmsg_offset_commit_response_partition_t *)0)->partition_index), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_offset_commit_response_partition_t, error_code),
     0,
     sizeof(((kmsg_offset_commit_response_partition_t *)0)->error_code), NULL},
};

static const kmsg_struct_info_t info_offset_commit_response_partition = {
    "OffsetCommitResponsePartition", sizeof(kmsg_offset_commit_response_partition_t), init_any_offset_commit_response_partition, 2, fields_offset_commit_response_partition,
};

static void init_any_offset_commit_response_topic(void *m)
{
    kmsg_offset_commit_response_topic_init(m);
}

static const kmsg_field_info_t fields_offset_commit_response_topic[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_offset_commit_response_topic_t, name),
     0,
     sizeof(((kmsg_offset_commit_response_topic_t *)0)->name), NULL},
    {"partitions", KMSG_TYPE_STRUCT, true, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_offset_commit_response_topic_t, partitions),
     offsetof(kmsg_offset_commit_response_topic_t, partitions_count),
     sizeof(*((kmsg_offset_commit_response_topic_t *)0)->partitions), &info_offset_commit_response_partition},
};

static const kmsg_struct_info_t info_offset_commit_response_topic = {
    "OffsetCommitResponseTopic", sizeof(kmsg_offset_commit_response_topic_t), init_any_offset_commit_response_topic, 2, fields_offset_commit_response_topic,
};

static void init_any_offset_commit_response(void *m)
{
    kmsg_offset_commit_response_init(m);
}

static const kmsg_field_info_t fields_offset_commit_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     3, 9, 1, 0, -1,
     offsetof(kmsg_offset_commit_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_offset_commit_response_t *)0)->throttle_time_ms), NULL},
    {"topics", KMSG_TYPE_STRUCT, true, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_offset_commit_response_t, topics),
     offsetof(kmsg_offset_commit_response_t, topics_count),
     sizeof(*((kmsg_offset_commit_response_t *)0)->topics), &info_offset_commit_response_topic},
};

static const kmsg_struct_info_t info_offset_commit_response = {
    "OffsetCommitResponse", sizeof(kmsg_offset_commit_response_t), init_any_offset_commit_response, 2, fields_offset_commit_response,
};

static int decode_any_offset_commit_response(wire_reader_t *r, int16_t v,
                                             wire_arena_t *a, void *out)
{
    return kmsg_offset_commit_response_decode(r, v, a, out);
}

static int encode_any_offset_commit_response(wire_writer_t *w, int16_t v,
                                             const void *in)
{
    return kmsg_offset_commit_response_encode(w, v, in);
}

static const kmsg_message_info_t message_offset_commit_response = {
    "OffsetCommitResponse", &info_offset_commit_response, decode_any_offset_commit_response, encode_any_offset_commit_response,
};

static void init_any_offset_fetch_request_topic(void *m)
{
    kmsg_offset_fetch_request_topic_init(m);
}

static const kmsg_field_info_t fields_offset_fetch_request_topic[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_offset_fetch_request_topic_t, name),
     0,
     sizeof(((kmsg_offset_fetch_request_topic_t *)0)->name), NULL},
    {"partition_indexes", KMSG_TYPE_INT32, true, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_offset_fetch_request_topic_t, partition_indexes),
     offsetof(kmsg_offset_fetch_request_topic_t, partition_indexes_count),
     sizeof(*((kmsg_offset_fetch_request_topic_t *)0)->partition_indexes), NULL},
};

static const kmsg_struct_info_t info_offset_fetch_request_topic = {
    "OffsetFetchRequestTopic", sizeof(kmsg_offset_fetch_request_topic_t), init_any_offset_fetch_request_topic, 2, fields_offset_fetch_request_topic,
};

static void init_any_offset_fetch_request_topics(void *m)
{
    kmsg_offset_fetch_request_topics_init(m);
}

static const kmsg_field_info_t fields_offset_fetch_request_topics[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     8, 9, 1, 0, -1,
     offsetof(kmsg_offset_fetch_request_topics_t, name),
     0,
     sizeof(((kmsg_offset_fetch_request_topics_t *)0)->name), NULL},
    {"partition_indexes", KMSG_TYPE_INT32, true, false,
     8, 9, 1, 0, -1,
     offsetof(kmsg_offset_fetch_request_topics_t, partition_indexes),
     offsetof(kmsg_offset_fetch_request_topics_t, partition_indexes_count),
     sizeof(*((kmsg_offset_fetch_request_topics_t *)0)->partition_indexes), NULL},
};

static const kmsg_struct_info_t info_offset_fetch_request_topics = {
    "OffsetFetchRequestTopics", sizeof(kmsg_offset_fetch_request_topics_t), init_any_offset_fetch_request_topics, 2, fields_offset_fetch_request_topics,
};

static void init_any_offset_fetch_request_group(void *m)
{
    kmsg_offset_fetch_request_group_init(m);
}

static const kmsg_field_info_t fields_offset_fetch_request_group[] = {
    {"group_id", KMSG_TYPE_STRING, false, false,
     8, 9, 1, 0, -1,
     offsetof(kmsg_offset_fetch_request_group_t, group_id),
     0,
     sizeof(((kmsg_offset_fetch_request_group_t *)0)->group_id), NULL},
    {"member_id", KMSG_TYPE_STRING, false, true,
     9, 9, 9, 9, -1,
     offsetof(kmsg_offset_fetch_request_group_t, member_id),
     0,
     sizeof(((kmsg_offset_fetch_request_group_t *)0)->member_id), NULL},
    {"member_epoch", KMSG_TYPE_INT32, false, true,
     9, 9, 1, 0, -1,
     offsetof(kmsg_offset_fetch_request_group_t, member_epoch),
     0,
     sizeof(((kmsg_offset_fetch_request_group_t *)0)->member_epoch), NULL},
    {"topics", KMSG_TYPE_STRUCT, true, false,
     8, 9, 8, 9, -1,
     offsetof(kmsg_offset_fetch_request_group_t, topics),
     offsetof(kmsg_offset_fetch_request_group_t, topics_count),
     sizeof(*((kmsg_offset_fetch_request_group_t *)0)->topics), &info_offset_fetch_request_topics},
};

static const kmsg_struct_info_t info_offset_fetch_request_group = {
    "OffsetFetchRequestGroup", sizeof(kmsg_offset_fetch_request_group_t), init_any_offset_fetch_request_group, 4, fields_offset_fetch_request_group,
};

static void init_any_offset_fetch_request(void *m)
{
    kmsg_offset_fetch_request_init(m);
}

static const kmsg_field_info_t fields_offset_fetch_request[] = {
    {"group_id", KMSG_TYPE_STRING, false, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_offset_fetch_request_t, group_id),
     0,
     sizeof(((kmsg_offset_fetch_request_t *)0)->group_id), NULL},
    {"topics", KMSG_TYPE_STRUCT, true, false,
     0, 7, 2, 7, -1,
     offsetof(kmsg_offset_fetch_request_t, topics),
     offsetof(kmsg_offset_fetch_request_t, topics_count),
     sizeof(*((kmsg_offset_fetch_request_t *)0)->topics), &info_offset_fetch_request_topic},
    {"groups", KMSG_TYPE_STRUCT, true, false,
     8, 9, 1, 0, -1,
     offsetof(kmsg_offset_fetch_request_t, groups),
     offsetof(kmsg_offset_fetch_request_t, groups_count),
     sizeof(*((kmsg_offset_fetch_request_t *)0)->groups), &info_offset_fetch_request_group},
    {"require_stable", KMSG_TYPE_BOOL, false, false,
     7, 9, 1, 0, -1,
     offsetof(kmsg_offset_fetch_request_t, require_stable),
     0,
     sizeof(((kmsg_offset_fetch_request_t *)0)->require_stable), NULL},
};

static const kmsg_struct_info_t info_offset_fetch_request = {
    "OffsetFetchRequest", sizeof(kmsg_offset_fetch_request_t), init_any_offset_fetch_request, 4, fields_offset_fetch_request,
};

static int decode_any_offset_fetch_request(wire_reader_t *r, int16_t v,
                                           wire_arena_t *a, void *out)
{
    return kmsg_offset_fetch_request_decode(r, v, a, out);
}

static int encode_any_offset_fetch_request(wire_writer_t *w, int16_t v,
                                           const void *in)
{
    return kmsg_offset_fetch_request_encode(w, v, in);
}

static const kmsg_message_info_t message_offset_fetch_request = {
    "OffsetFetchRequest", &info_offset_fetch_request, decode_any_offset_fetch_request, encode_any_offset_fetch_request,
};

static void init_any_offset_fetch_response_partition(void *m)
{
    kmsg_offset_fetch_response_partition_init(m);
}

static const kmsg_field_info_t fields_offset_fetch_response_partition[] = {
    {"partition_index", KMSG_TYPE_INT32, false, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_partition_t, partition_index),
     0,
     sizeof(((kmsg_offset_fetch_response_partition_t *)0)->partition_index), NULL},
    {"committed_offset", KMSG_TYPE_INT64, false, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_partition_t, committed_offset),
     0,
     sizeof(((kmsg_offset_fetch_response_partition_t *)0)->committed_offset), NULL},
    {"committed_leader_epoch", KMSG_TYPE_INT32, false, true,
     5, 7, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_partition_t, committed_leader_epoch),
     0,
     sizeof(((kmsg_offset_fetch_response_partition_t *)0)->committed_leader_epoch), NULL},
    {"metadata", KMSG_TYPE_STRING, false, false,
     0, 7, 0, 7, -1,
     offsetof(kmsg_offset_fetch_response_partition_t, metadata),
     0,
     sizeof(((kmsg_offset_fetch_response_partition_t *)0)->metadata), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_partition_t, error_code),
     0,
     sizeof(((kmsg_offset_fetch_response_partition_t *)0)->error_code), NULL},
};

static const kmsg_struct_info_t info_offset_fetch_response_partition = {
    "OffsetFetchResponsePartition", sizeof(kmsg_offset_fetch_response_partition_t), init_any_offset_fetch_response_partition, 5, fields_offset_fetch_response_partition,
};

static void init_any_offset_fetch_response_topic(void *m)
{
    kmsg_offset_fetch_response_topic_init(m);
}

static const kmsg_field_info_t fields_offset_fetch_response_topic[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_topic_t, name),
     0,
     sizeof(((kmsg_offset_fetch_response_topic_t *)0)->name), NULL},
    {"partitions", KMSG_TYPE_STRUCT, true, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_topic_t, partitions),
     offsetof(kmsg_offset_fetch_response_topic_t, partitions_count),
     sizeof(*((kmsg_offset_fetch_response_topic_t *)0)->partitions), &info_offset_fetch_response_partition},
};

static const kmsg_struct_info_t info_offset_fetch_response_topic = {
    "OffsetFetchResponseTopic", sizeof(kmsg_offset_fetch_response_topic_t), init_any_offset_fetch_response_topic, 2, fields_offset_fetch_response_topic,
};

static void init_any_offset_fetch_response_partitions(void *m)
{
    kmsg_offset_fetch_response_partitions_init(m);
}

static const kmsg_field_info_t fields_offset_fetch_response_partitions[] = {
    {"partition_index", KMSG_TYPE_INT32, false, false,
     8, 9, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_partitions_t, partition_index),
     0,
     sizeof(((kmsg_offset_fetch_response_partitions_t *)0)->partition_index), NULL},
    {"committed_offset", KMSG_TYPE_INT64, false, false,
     8, 9, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_partitions_t, committed_offset),
     0,
     sizeof(((kmsg_offset_fetch_response_partitions_t *)0)->committed_offset), NULL},
    {"committed_leader_epoch", KMSG_TYPE_INT32, false, true,
     8, 9, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_partitions_t, committed_leader_epoch),
     0,
     sizeof(((kmsg_offset_fetch_response_partitions_t *)0)->committed_leader_epoch), NULL},
    {"metadata", KMSG_TYPE_STRING, false, false,
     8, 9, 8, 9, -1,
     offsetof(kmsg_offset_fetch_response_partitions_t, metadata),
     0,
     sizeof(((kmsg_offset_fetch_response_partitions_t *)0)->metadata), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     8, 9, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_partitions_t, error_code),
     0,
     sizeof(((kmsg_offset_fetch_response_partitions_t *)0)->error_code), NULL},
};

static const kmsg_struct_info_t info_offset_fetch_response_partitions = {
    "OffsetFetchResponsePartitions", sizeof(kmsg_offset_fetch_response_partitions_t), init_any_offset_fetch_response_partitions, 5, fields_offset_fetch_response_partitions,
};

static void init_any_offset_fetch_response_topics(void *m)
{
    kmsg_offset_fetch_response_topics_init(m);
}

static const kmsg_field_info_t fields_offset_fetch_response_topics[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     8, 9, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_topics_t, name),
     0,
     sizeof(((kmsg_offset_fetch_response_topics_t *)0)->name), NULL},
    {"partitions", KMSG_TYPE_STRUCT, true, false,
     8, 9, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_topics_t, partitions),
     offsetof(kmsg_offset_fetch_response_topics_t, partitions_count),
     sizeof(*((kmsg_offset_fetch_response_topics_t *)0)->partitions), &info_offset_fetch_response_partitions},
};

static const kmsg_struct_info_t info_offset_fetch_response_topics = {
    "OffsetFetchResponseTopics", sizeof(kmsg_offset_fetch_response_topics_t), init_any_offset_fetch_response_topics, 2, fields_offset_fetch_response_topics,
};

static void init_any_offset_fetch_response_group(void *m)
{
    kmsg_offset_fetch_response_group_init(m);
}

static const kmsg_field_info_t fields_offset_fetch_response_group[] = {
    {"group_id", KMSG_TYPE_STRING, false, false,
     8, 9, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_group_t, group_id),
     0,
     sizeof(((kmsg_offset_fetch_response_group_t *)0)->group_id), NULL},
    {"topics", KMSG_TYPE_STRUCT, true, false,
     8, 9, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_group_t, topics),
     offsetof(kmsg_offset_fetch_response_group_t, topics_count),
     sizeof(*((kmsg_offset_fetch_response_group_t *)0)->topics), &info_offset_fetch_response_topics},
    {"error_code", KMSG_TYPE_INT16, false, false,
     8, 9, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_group_t, error_code),
     0,
     sizeof(((kmsg_offset_fetch_response_group_t *)0)->error_code), NULL},
};

static const kmsg_struct_info_t info_offset_fetch_response_group = {
    "OffsetFetchResponseGroup", sizeof(kmsg_offset_fetch_response_group_t), init_any_offset_fetch_response_group, 3, fields_offset_fetch_response_group,
};

static void init_any_offset_fetch_response(void *m)
{
    kmsg_offset_fetch_response_init(m);
}

static const kmsg_field_info_t fields_offset_fetch_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     3, 9, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_offset_fetch_response_t *)0)->throttle_time_ms), NULL},
    {"topics", KMSG_TYPE_STRUCT, true, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_t, topics),
     offsetof(kmsg_offset_fetch_response_t, topics_count),
     sizeof(*((kmsg_offset_fetch_response_t *)0)->topics), &info_offset_fetch_response_topic},
    {"error_code", KMSG_TYPE_INT16, false, true,
     2, 7, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_t, error_code),
     0,
     sizeof(((kmsg_offset_fetch_response_t *)0)->error_code), NULL},
    {"groups", KMSG_TYPE_STRUCT, true, false,
     8, 9, 1, 0, -1,
     offsetof(kmsg_offset_fetch_response_t, groups),
     offsetof(kmsg_offset_fetch_response_t, groups_count),
     sizeof(*((kmsg_offset_fetch_response_t *)0)->groups), &info_offset_fetch_response_group},
};

static const kmsg_struct_info_t info_offset_fetch_response = {
    "OffsetFetchResponse", sizeof(kmsg_offset_fetch_response_t), init_any_offset_fetch_response, 4, fields_offset_fetch_response,
};

static int decode_any_offset_fetch_response(wire_reader_t *r, int16_t v,
                                            wire_arena_t *a, void *out)
{
    return kmsg_offset_fetch_response_decode(r, v, a, out);
}

static int encode_any_offset_fetch_response(wire_writer_t *w, int16_t v,
                                            const void *in)
{
    return kmsg_offset_fetch_response_encode(w, v, in);
}

static const kmsg_message_info_t message_offset_fetch_response = {
    "OffsetFetchResponse", &info_offset_fetch_response, decode_any_offset_fetch_response, encode_any_offset_fetch_response,
};

static void init_any_find_coordinator_request(void *m)
{
    kmsg_find_coordinator_request_init(m);
}

static const kmsg_field_info_t fields_find_coordinator_request[] = {
    {"key", KMSG_TYPE_STRING, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_find_coordinator_request_t, key),
     0,
     sizeof(((kmsg_find_coordinator_request_t *)0)->key), NULL},
    {"key_type", KMSG_TYPE_INT8, false, false,
     1, 5, 1, 0, -1,
     offsetof(kmsg_find_coordinator_request_t, key_type),
     0,
     sizeof(((kmsg_find_coordinator_request_t *)0)->key_type), NULL},
    {"coordinator_keys", KMSG_TYPE_STRING, true, false,
     4, 5, 1, 0, -1,
     offsetof(kmsg_find_coordinator_request_t, coordinator_keys),
     offsetof(kmsg_find_coordinator_request_t, coordinator_keys_count),
     sizeof(*((kmsg_find_coordinator_request_t *)0)->coordinator_keys), NULL},
};

static const kmsg_struct_info_t info_find_coordinator_request = {
    "FindCoordinatorRequest", sizeof(kmsg_find_coordinator_request_t), init_any_find_coordinator_request, 3, fields_find_coordinator_request,
};

static int decode_any_find_coordinator_request(wire_reader_t *r, int16_t v,
                                               wire_arena_t *a, void *out)
{
    return kmsg_find_coordinator_request_decode(r, v, a, out);
}

static int encode_any_find_coordinator_request(wire_writer_t *w, int16_t v,
                                               const void *in)
{
    return kmsg_find_coordinator_request_encode(w, v, in);
}

static const kmsg_message_info_t message_find_coordinator_request = {
    "FindCoordinatorRequest", &info_find_coordinator_request, decode_any_find_coordinator_request, encode_any_find_coordinator_request,
};

static void init_any_find_coordinator_response_coordinator(void *m)
{
    kmsg_find_coordinator_response_coordinator_init(m);
}

static const kmsg_field_info_t fields_find_coordinator_response_coordinator[] = {
    {"key", KMSG_TYPE_STRING, false, false,
     4, 5, 1, 0, -1,
     offsetof(kmsg_find_coordinator_response_coordinator_t, key),
     0,
     sizeof(((kmsg_find_coordinator_response_coordinator_t *)0)->key), NULL},
    {"node_id", KMSG_TYPE_INT32, false, false,
     4, 5, 1, 0, -1,
     offsetof(kmsg_find_coordinator_response_coordinator_t, node_id),
     0,
     sizeof(((kmsg_find_coordinator_response_coordinator_t *)0)->node_id), NULL},
    {"host", KMSG_TYPE_STRING, false, false,
     4, 5, 1, 0, -1,
     offsetof(kmsg_find_coordinator_response_coordinator_t, host),
     0,
     sizeof(((kmsg_find_coordinator_response_coordinator_t *)0)->host), NULL},
    {"port", KMSG_TYPE_INT32, false, false,
     4, 5, 1, 0, -1,
     offsetof(kmsg_find_coordinator_response_coordinator_t, port),
     0,
     sizeof(((kmsg_find_coordinator_response_coordinator_t *)0)->port), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     4, 5, 1, 0, -1,
     offsetof(kmsg_find_coordinator_response_coordinator_t, error_code),
     0,
     sizeof(((kmsg_find_coordinator_response_coordinator_t *)0)->error_code), NULL},
    {"error_message", KMSG_TYPE_STRING, false, true,
     4, 5, 4, 5, -1,
     offsetof(kmsg_find_coordinator_response_coordinator_t, error_message),
     0,
     sizeof(((kmsg_find_coordinator_response_coordinator_t *)0)->error_message), NULL},
};

static const kmsg_struct_info_t info_find_coordinator_response_coordinator = {
    "Coordinator", sizeof(kmsg_find_coordinator_response_coordinator_t), init_any_find_coordinator_response_coordinator, 6, fields_find_coordinator_response_coordinator,
};

static void init_any_find_coordinator_response(void *m)
{
    kmsg_find_coordinator_response_init(m);
}

static const kmsg_field_info_t fields_find_coordinator_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     1, 5, 1, 0, -1,
     offsetof(kmsg_find_coordinator_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_find_coordinator_response_t *)0)->throttle_time_ms), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_find_coordinator_response_t, error_code),
     0,
     sizeof(((kmsg_find_coordinator_response_t *)0)->error_code), NULL},
    {"error_message", KMSG_TYPE_STRING, false, true,
     1, 3, 1, 3, -1,
     offsetof(kmsg_find_coordinator_response_t, error_message),
     0,
     sizeof(((kmsg_find_coordinator_response_t *)0)->error_message), NULL},
    {"node_id", KMSG_TYPE_INT32, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_find_coordinator_response_t, node_id),
     0,
     sizeof(((kmsg_find_coordinator_response_t *)0)->node_id), NULL},
    {"host", KMSG_TYPE_STRING, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_find_coordinator_response_t, host),
     0,
     sizeof(((kmsg_find_coordinator_response_t *)0)->host), NULL},
    {"port", KMSG_TYPE_INT32, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_find_coordinator_response_t, port),
     0,
     sizeof(((kmsg_find_coordinator_response_t *)0)->port), NULL},
    {"coordinators", KMSG_TYPE_STRUCT, true, false,
     4, 5, 1, 0, -1,
     offsetof(kmsg_find_coordinator_response_t, coordinators),
     offsetof(kmsg_find_coordinator_response_t, coordinators_count),
     sizeof(*((kmsg_find_coordinator_response_t *)0)->coordinators), &info_find_coordinator_response_coordinator},
};

static const kmsg_struct_info_t info_find_coordinator_response = {
    "FindCoordinatorResponse", sizeof(kmsg_find_coordinator_response_t), init_any_find_coordinator_response, 7, fields_find_coordinator_response,
};

static int decode_any_find_coordinator_response(wire_reader_t *r, int16_t v,
                                                wire_arena_t *a, void *out)
{
    return kmsg_find_coordinator_response_decode(r, v, a, out);
}

static int encode_any_find_coordinator_response(wire_writer_t *w, int16_t v,
                                                const void *in)
{
    return kmsg_find_coordinator_response_encode(w, v, in);
}

static const kmsg_message_info_t message_find_coordinator_response = {
    "FindCoordinatorResponse", &info_find_coordinator_response, decode_any_find_coordinator_response, encode_any_find_coordinator_response,
};

static void init_any_join_group_request_protocol(void *m)
{
    kmsg_join_group_request_protocol_init(m);
}

static const kmsg_field_info_t fields_join_group_request_protocol[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_join_group_request_protocol_t, name),
     0,
     sizeof(((kmsg_join_group_request_protocol_t *)0)->name), NULL},
    {"metadata", KMSG_TYPE_BYTES, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_join_group_request_protocol_t, metadata),
     0,
     sizeof(((kmsg_join_group_request_protocol_t *)0)->metadata), NULL},
};

static const kmsg_struct_info_t info_join_group_request_protocol = {
    "JoinGroupRequestProtocol", sizeof(kmsg_join_group_request_protocol_t), init_any_join_group_request_protocol, 2, fields_join_group_request_protocol,
};

static void init_any_join_group_request(void *m)
{
    kmsg_join_group_request_init(m);
}

static const kmsg_field_info_t fields_join_group_request[] = {
    {"group_id", KMSG_TYPE_STRING, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_join_group_request_t, group_id),
     0,
     sizeof(((kmsg_join_group_request_t *)0)->group_id), NULL},
    {"session_timeout_ms", KMSG_TYPE_INT32, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_join_group_request_t, session_timeout_ms),
     0,
     sizeof(((kmsg_join_group_request_t *)0)->session_timeout_ms), NULL},
    {"rebalance_timeout_ms", KMSG_TYPE_INT32, false, true,
     1, 9, 1, 0, -1,
     offsetof(kmsg_join_group_request_t, rebalance_timeout_ms),
     0,
     sizeof(((kmsg_join_group_request_t *)0)->rebalance_timeout_ms), NULL},
    {"member_id", KMSG_TYPE_STRING, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_join_group_request_t, member_id),
     0,
     sizeof(((kmsg_join_group_request_t *)0)->member_id), NULL},
    {"group_instance_id", KMSG_TYPE_STRING, false, false,
     5, 9, 5, 9, -1,
     offsetof(kmsg_join_group_request_t, group_instance_id),
     0,
     sizeof(((kmsg_join_group_request_t *)0)->group_instance_id), NULL},
    {"protocol_type", KMSG_TYPE_STRING, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_join_group_request_t, protocol_type),
     0,
     sizeof(((kmsg_join_group_request_t *)0)->protocol_type), NULL},
    {"protocols", KMSG_TYPE_STRUCT, true, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_join_group_request_t, protocols),
     offsetof(kmsg_join_group_request_t, protocols_count),
     sizeof(*((kmsg_join_group_request_t *)0)->protocols), &info_join_group_request_protocol},
    {"reason", KMSG_TYPE_STRING, false, true,
     8, 9, 8, 9, -1,
     offsetof(kmsg_join_group_request_t, reason),
     0,
     sizeof(((kmsg_join_group_request_t *)0)->reason), NULL},
};

static const kmsg_struct_info_t info_join_group_request = {
    "JoinGroupRequest", sizeof(kmsg_join_group_request_t), init_any_join_group_request, 8, fields_join_group_request,
};

static int decode_any_join_group_request(wire_reader_t *r, int16_t v,
                                         wire_arena_t *a, void *out)
{
    return kmsg_join_group_request_decode(r, v, a, out);
}

static int encode_any_join_group_request(wire_writer_t *w, int16_t v,
                                         const void *in)
{
    return kmsg_join_group_request_encode(w, v, in);
}

static const kmsg_message_info_t message_join_group_request = {
    "JoinGroupRequest", &info_join_group_request, decode_any_join_group_request, encode_any_join_group_request,
};

static void init_any_join_group_response_member(void *m)
{
    kmsg_join_group_response_member_init(m);
}

static const kmsg_field_info_t fields_join_group_response_member[] = {
    {"member_id", KMSG_TYPE_STRING, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_join_group_response_member_t, member_id),
     0,
     sizeof(((kmsg_join_group_response_member_t *)0)->member_id), NULL},
    {"group_instance_id", KMSG_TYPE_STRING, false, true,
     5, 9, 5, 9, -1,
     offsetof(kmsg_join_group_response_member_t, group_instance_id),
     0,
     sizeof(((kmsg_join_group_response_member_t *)0)->group_instance_id), NULL},
    {"metadata", KMSG_TYPE_BYTES, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_join_group_response_member_t, metadata),
     0,
     sizeof(((kmsg_join_group_response_member_t *)0)->metadata), NULL},
};

static const kmsg_struct_info_t info_join_group_response_member = {
    "JoinGroupResponseMember", sizeof(kmsg_join_group_response_member_t), init_any_join_group_response_member, 3, fields_join_group_response_member,
};

static void init_any_join_group_response(void *m)
{
    kmsg_join_group_response_init(m);
}

static const kmsg_field_info_t fields_join_group_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     2, 9, 1, 0, -1,
     offsetof(kmsg_join_group_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_join_group_response_t *)0)->throttle_time_ms), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_join_group_response_t, error_code),
     0,
     sizeof(((kmsg_join_group_response_t *)0)->error_code), NULL},
    {"generation_id", KMSG_TYPE_INT32, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_join_group_response_t, generation_id),
     0,
     sizeof(((kmsg_join_group_response_t *)0)->generation_id), NULL},
    {"protocol_type", KMSG_TYPE_STRING, false, true,
     7, 9, 7, 9, -1,
     offsetof(kmsg_join_group_response_t, protocol_type),
     0,
     sizeof(((kmsg_join_group_response_t *)0)->protocol_type), NULL},
    {"protocol_name", KMSG_TYPE_STRING, false, false,
     0, 9, 7, 9, -1,
     offsetof(kmsg_join_group_response_t, protocol_name),
     0,
     sizeof(((kmsg_join_group_response_t *)0)->protocol_name), NULL},
    {"leader", KMSG_TYPE_STRING, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_join_group_response_t, leader),
     0,
     sizeof(((kmsg_join_group_response_t *)0)->leader), NULL},
    {"skip_assignment", KMSG_TYPE_BOOL, false, false,
     9, 9, 1, 0, -1,
     offsetof(kmsg_join_group_response_t, skip_assignment),
     0,
     sizeof(((kmsg_join_group_response_t *)0)->skip_assignment), NULL},
    {"member_id", KMSG_TYPE_STRING, false, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_join_group_response_t, member_id),
     0,
     sizeof(((kmsg_join_group_response_t *)0)->member_id), NULL},
    {"members", KMSG_TYPE_STRUCT, true, false,
     0, 9, 1, 0, -1,
     offsetof(kmsg_join_group_response_t, members),
     offsetof(kmsg_join_group_response_t, members_count),
     sizeof(*((kmsg_join_group_response_t *)0)->members), &info_join_group_response_member},
};

static const kmsg_struct_info_t info_join_group_response = {
    "JoinGroupResponse", sizeof(kmsg_join_group_response_t), init_any_join_group_response, 9, fields_join_group_response,
};

static int decode_any_join_group_response(wire_reader_t *r, int16_t v,
                                          wire_arena_t *a, void *out)
{
    return kmsg_join_group_response_decode(r, v, a, out);
}

static int encode_any_join_group_response(wire_writer_t *w, int16_t v,
                                          const void *in)
{
    return kmsg_join_group_response_encode(w, v, in);
}

static const kmsg_message_info_t message_join_group_response = {
    "JoinGroupResponse", &info_join_group_response, decode_any_join_group_response, encode_any_join_group_response,
};

static void init_any_heartbeat_request(void *m)
{
    kmsg_heartbeat_request_init(m);
}

static const kmsg_field_info_t fields_heartbeat_request[] = {
    {"group_id", KMSG_TYPE_STRING, false, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_heartbeat_request_t, group_id),
     0,
     sizeof(((kmsg_heartbeat_request_t *)0)->group_id), NULL},
    {"generation_id", KMSG_TYPE_INT32, false, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_heartbeat_request_t, generation_id),
     0,
     sizeof(((kmsg_heartbeat_request_t *)0)->generation_id), NULL},
    {"member_id", KMSG_TYPE_STRING, false, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_heartbeat_request_t, member_id),
     0,
     sizeof(((kmsg_heartbeat_request_t *)0)->member_id), NULL},
    {"group_instance_id", KMSG_TYPE_STRING, false, false,
     3, 4, 3, 4, -1,
     offsetof(kmsg_heartbeat_request_t, group_instance_id),
     0,
     sizeof(((kmsg_heartbeat_request_t *)0)->group_instance_id), NULL},
};

static const kmsg_struct_info_t info_heartbeat_request = {
    "HeartbeatRequest", sizeof(kmsg_heartbeat_request_t), init_any_heartbeat_request, 4, fields_heartbeat_request,
};

static int decode_any_heartbeat_request(wire_reader_t *r, int16_t v,
                                        wire_arena_t *a, void *out)
{
    return kmsg_heartbeat_request_decode(r, v, a, out);
}

static int encode_any_heartbeat_request(wire_writer_t *w, int16_t v,
                                        const void *in)
{
    return kmsg_heartbeat_request_encode(w, v, in);
}

static const kmsg_message_info_t message_heartbeat_request = {
    "HeartbeatRequest", &info_heartbeat_request, decode_any_heartbeat_request, encode_any_heartbeat_request,
};

static void init_any_heartbeat_response(void *m)
{
    kmsg_heartbeat_response_init(m);
}

static const kmsg_field_info_t fields_heartbeat_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     1, 4, 1, 0, -1,
     offsetof(kmsg_heartbeat_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_heartbeat_response_t *)0)->throttle_time_ms), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_heartbeat_response_t, error_code),
     0,
     sizeof(((kmsg_heartbeat_response_t *)0)->error_code), NULL},
};

static const kmsg_struct_info_t info_heartbeat_response = {
    "HeartbeatResponse", sizeof(kmsg_heartbeat_response_t), init_any_heartbeat_response, 2, fields_heartbeat_response,
};

static int decode_any_heartbeat_response(wire_reader_t *r, int16_t v,
                                         wire_arena_t *a, void *out)
{
    return kmsg_heartbeat_response_decode(r, v, a, out);
}

static int encode_any_heartbeat_response(wire_writer_t *w, int16_t v,
                                         const void *in)
{
    return kmsg_heartbeat_response_encode(w, v, in);
}

static const kmsg_message_info_t message_heartbeat_response = {
    "HeartbeatResponse", &info_heartbeat_response, decode_any_heartbeat_response, encode_any_heartbeat_response,
};

static void init_any_leave_group_request_member_identity(void *m)
{
    kmsg_leave_group_request_member_identity_init(m);
}

static const kmsg_field_info_t fields_leave_group_request_member_identity[] = {
    {"member_id", KMSG_TYPE_STRING, false, false,
     3, 5, 1, 0, -1,
     offsetof(kmsg_leave_group_request_member_identity_t, member_id),
     0,
     sizeof(((kmsg_leave_group_request_member_identity_t *)0)->member_id), NULL},
    {"group_instance_id", KMSG_TYPE_STRING, false, false,
     3, 5, 3, 5, -1,
     offsetof(kmsg_leave_group_request_member_identity_t, group_instance_id),
     0,
     sizeof(((kmsg_leave_group_request_member_identity_t *)0)->group_instance_id), NULL},
    {"reason", KMSG_TYPE_STRING, false, true,
     5, 5, 5, 5, -1,
     offsetof(kmsg_leave_group_request_member_identity_t, reason),
     0,
     sizeof(((kmsg_leave_group_request_member_identity_t *)0)->reason), NULL},
};

static const kmsg_struct_info_t info_leave_group_request_member_identity = {
    "MemberIdentity", sizeof(kmsg_leave_group_request_member_identity_t), init_any_leave_group_request_member_identity, 3, fields_leave_group_request_member_identity,
};

static void init_any_leave_group_request(void *m)
{
    kmsg_leave_group_request_init(m);
}

static const kmsg_field_info_t fields_leave_group_request[] = {
    {"group_id", KMSG_TYPE_STRING, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_leave_group_request_t, group_id),
     0,
     sizeof(((kmsg_leave_group_request_t *)0)->group_id), NULL},
    {"member_id", KMSG_TYPE_STRING, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_leave_group_request_t, member_id),
     0,
     sizeof(((kmsg_leave_group_request_t *)0)->member_id), NULL},
    {"members", KMSG_TYPE_STRUCT, true, false,
     3, 5, 1, 0, -1,
     offsetof(kmsg_leave_group_request_t, members),
     offsetof(kmsg_leave_group_request_t, members_count),
     sizeof(*((kmsg_leave_group_request_t *)0)->members), &info_leave_group_request_member_identity},
};

static const kmsg_struct_info_t info_leave_group_request = {
    "LeaveGroupRequest", sizeof(kmsg_leave_group_request_t), init_any_leave_group_request, 3, fields_leave_group_request,
};

static int decode_any_leave_group_request(wire_reader_t *r, int16_t v,
                                          wire_arena_t *a, void *out)
{
    return kmsg_leave_group_request_decode(r, v, a, out);
}

static int encode_any_leave_group_request(wire_writer_t *w, int16_t v,
                                          const void *in)
{
    return kmsg_leave_group_request_encode(w, v, in);
}

static const kmsg_message_info_t message_leave_group_request = {
    "LeaveGroupRequest", &info_leave_group_request, decode_any_leave_group_request, encode_any_leave_group_request,
};

static void init_any_leave_group_response_member_response(void *m)
{
    kmsg_leave_group_response_member_response_init(m);
}

static const kmsg_field_info_t fields_leave_group_response_member_response[] = {
    {"member_id", KMSG_TYPE_STRING, false, false,
     3, 5, 1, 0, -1,
     offsetof(kmsg_leave_group_response_member_response_t, member_id),
     0,
     sizeof(((kmsg_leave_group_response_member_response_t *)0)->member_id), NULL},
    {"group_instance_id", KMSG_TYPE_STRING, false, false,
     3, 5, 3, 5, -1,
     offsetof(kmsg_leave_group_response_member_response_t, group_instance_id),
     0,
     sizeof(((kmsg_leave_group_response_member_response_t *)0)->group_instance_id), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     3, 5, 1, 0, -1,
     offsetof(kmsg_leave_group_response_member_response_t, error_code),
     0,
     sizeof(((kmsg_leave_group_response_member_response_t *)0)->error_code), NULL},
};

static const kmsg_struct_info_t info_leave_group_response_member_response = {
    "MemberResponse", sizeof(kmsg_leave_group_response_member_response_t), init_any_leave_group_response_member_response, 3, fields_leave_group_response_member_response,
};

static void init_any_leave_group_response(void *m)
{
    kmsg_leave_group_response_init(m);
}

static const kmsg_field_info_t fields_leave_group_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     1, 5, 1, 0, -1,
     offsetof(kmsg_leave_group_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_leave_group_response_t *)0)->throttle_time_ms), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_leave_group_response_t, error_code),
     0,
     sizeof(((kmsg_leave_group_response_t *)0)->error_code), NULL},
    {"members", KMSG_TYPE_STRUCT, true, false,
     3, 5, 1, 0, -1,
     offsetof(kmsg_leave_group_response_t, members),
     offsetof(kmsg_leave_group_response_t, members_count),
     sizeof(*((kmsg_leave_group_response_t *)0)->members), &info_leave_group_response_member_response},
};

static const kmsg_struct_info_t info_leave_group_response = {
    "LeaveGroupResponse", sizeof(kmsg_leave_group_response_t), init_any_leave_group_response, 3, fields_leave_group_response,
};

static int decode_any_leave_group_response(wire_reader_t *r, int16_t v,
                                           wire_arena_t *a, void *out)
{
    return kmsg_leave_group_response_decode(r, v, a, out);
}

static int encode_any_leave_group_response(wire_writer_t *w, int16_t v,
                                           const void *in)
{
    return kmsg_leave_group_response_encode(w, v, in);
}

static const kmsg_message_info_t message_leave_group_response = {
    "LeaveGroupResponse", &info_leave_group_response, decode_any_leave_group_response, encode_any_leave_group_response,
};

static void init_any_sync_group_request_assignment(void *m)
{
    kmsg_sync_group_request_assignment_init(m);
}

static const kmsg_field_info_t fields_sync_group_request_assignment[] = {
    {"member_id", KMSG_TYPE_STRING, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_sync_group_request_assignment_t, member_id),
     0,
     sizeof(((kmsg_sync_group_request_assignment_t *)0)->member_id), NULL},
    {"assignment", KMSG_TYPE_BYTES, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_sync_group_request_assignment_t, assignment),
     0,
     sizeof(((kmsg_sync_group_request_assignment_t *)0)->assignment), NULL},
};

static const kmsg_struct_info_t info_sync_group_request_assignment = {
    "SyncGroupRequestAssignment", sizeof(kmsg_sync_group_request_assignment_t), init_any_sync_group_request_assignment, 2, fields_sync_group_request_assignment,
};

static void init_any_sync_group_request(void *m)
{
    kmsg_sync_group_request_init(m);
}

static const kmsg_field_info_t fields_sync_group_request[] = {
    {"group_id", KMSG_TYPE_STRING, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_sync_group_request_t, group_id),
     0,
     sizeof(((kmsg_sync_group_request_t *)0)->group_id), NULL},
    {"generation_id", KMSG_TYPE_INT32, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_sync_group_request_t, generation_id),
     0,
     sizeof(((kmsg_sync_group_request_t *)0)->generation_id), NULL},
    {"member_id", KMSG_TYPE_STRING, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_sync_group_request_t, member_id),
     0,
     sizeof(((kmsg_sync_group_request_t *)0)->member_id), NULL},
    {"group_instance_id", KMSG_TYPE_STRING, false, false,
     3, 5, 3, 5, -1,
     offsetof(kmsg_sync_group_request_t, group_instance_id),
     0,
     sizeof(((kmsg_sync_group_request_t *)0)->group_instance_id), NULL},
    {"protocol_type", KMSG_TYPE_STRING, false, true,
     5, 5, 5, 5, -1,
     offsetof(kmsg_sync_group_request_t, protocol_type),
     0,
     sizeof(((kmsg_sync_group_request_t *)0)->protocol_type), NULL},
    {"protocol_name", KMSG_TYPE_STRING, false, true,
     5, 5, 5, 5, -1,
     offsetof(kmsg_sync_group_request_t, protocol_name),
     0,
     sizeof(((kmsg_sync_group_request_t *)0)->protocol_name), NULL},
    {"assignments", KMSG_TYPE_STRUCT, true, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_sync_group_request_t, assignments),
     offsetof(kmsg_sync_group_request_t, assignments_count),
     sizeof(*((kmsg_sync_group_request_t *)0)->assignments), &info_sync_group_request_assignment},
};

static const kmsg_struct_info_t info_sync_group_request = {
    "SyncGroupRequest", sizeof(kmsg_sync_group_request_t), init_any_sync_group_request, 7, fields_sync_group_request,
};

static int decode_any_sync_group_request(wire_reader_t *r, int16_t v,
                                         wire_arena_t *a, void *out)
{
    return kmsg_sync_group_request_decode(r, v, a, out);
}

static int encode_any_sync_group_request(wire_writer_t *w, int16_t v,
                                         const void *in)
{
    return kmsg_sync_group_request_encode(w, v, in);
}

static const kmsg_message_info_t message_sync_group_request = {
    "SyncGroupRequest", &info_sync_group_request, decode_any_sync_group_request, encode_any_sync_group_request,
};

static void init_any_sync_group_response(void *m)
{
    kmsg_sync_group_response_init(m);
}

static const kmsg_field_info_t fields_sync_group_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     1, 5, 1, 0, -1,
     offsetof(kmsg_sync_group_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_sync_group_response_t *)0)->throttle_time_ms), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_sync_group_response_t, error_code),
     0,
     sizeof(((kmsg_sync_group_response_t *)0)->error_code), NULL},
    {"protocol_type", KMSG_TYPE_STRING, false, true,
     5, 5, 5, 5, -1,
     offsetof(kmsg_sync_group_response_t, protocol_type),
     0,
     sizeof(((kmsg_sync_group_response_t *)0)->protocol_type), NULL},
    {"protocol_name", KMSG_TYPE_STRING, false, true,
     5, 5, 5, 5, -1,
     offsetof(kmsg_sync_group_response_t, protocol_name),
     0,
     sizeof(((kmsg_sync_group_response_t *)0)->protocol_name), NULL},
    {"assignment", KMSG_TYPE_BYTES, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_sync_group_response_t, assignment),
     0,
     sizeof(((kmsg_sync_group_response_t *)0)->assignment), NULL},
};

static const kmsg_struct_info_t info_sync_group_response = {
    "SyncGroupResponse", sizeof(kmsg_sync_group_response_t), init_any_sync_group_response, 5, fields_sync_group_response,
};

static int decode_any_sync_group_response(wire_reader_t *r, int16_t v,
                                          wire_arena_t *a, void *out)
{
    return kmsg_sync_group_response_decode(r, v, a, out);
}

static int encode_any_sync_group_response(wire_writer_t *w, int16_t v,
                                          const void *in)
{
    return kmsg_sync_group_response_encode(w, v, in);
}

static const kmsg_message_info_t message_sync_group_response = {
    "SyncGroupResponse", &info_sync_group_response, decode_any_sync_group_response, encode_any_sync_group_response,
};

static void init_any_describe_groups_request(void *m)
{
    kmsg_describe_groups_request_init(m);
}

static const kmsg_field_info_t fields_describe_groups_request[] = {
    {"groups", KMSG_TYPE_STRING, true, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_describe_groups_request_t, groups),
     offsetof(kmsg_describe_groups_request_t, groups_count),
     sizeof(*((kmsg_describe_groups_request_t *)0)->groups), NULL},
    {"include_authorized_operations", KMSG_TYPE_BOOL, false, false,
     3, 5, 1, 0, -1,
     offsetof(kmsg_describe_groups_request_t, include_authorized_operations),
     0,
     sizeof(((kmsg_describe_groups_request_t *)0)->include_authorized_operations), NULL},
};

static const kmsg_struct_info_t info_describe_groups_request = {
    "DescribeGroupsRequest", sizeof(kmsg_describe_groups_request_t), init_any_describe_groups_request, 2, fields_describe_groups_request,
};

static int decode_any_describe_groups_request(wire_reader_t *r, int16_t v,
                                              wire_arena_t *a, void *out)
{
    return kmsg_describe_groups_request_decode(r, v, a, out);
}

static int encode_any_describe_groups_request(wire_writer_t *w, int16_t v,
                                              const void *in)
{
    return kmsg_describe_groups_request_encode(w, v, in);
}

static const kmsg_message_info_t message_describe_groups_request = {
    "DescribeGroupsRequest", &info_describe_groups_request, decode_any_describe_groups_request, encode_any_describe_groups_request,
};

static void init_any_describe_groups_response_described_group_member(void *m)
{
    kmsg_describe_groups_response_described_group_member_init(m);
}

static const kmsg_field_info_t fields_describe_groups_response_described_group_member[] = {
    {"member_id", KMSG_TYPE_STRING, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_describe_groups_response_described_group_member_t,
              member_id),
     0,
     sizeof(((kmsg_describe_groups_response_described_group_member_t *)0)->member_id), NULL},
    {"group_instance_id", KMSG_TYPE_STRING, false, true,
     4, 5, 4, 5, -1,
     offsetof(kmsg_describe_groups_response_described_group_member_t,
              group_instance_id),
     0,
     sizeof(((kmsg_describe_groups_response_described_group_member_t *)0)->group_instance_id), NULL},
    {"client_id", KMSG_TYPE_STRING, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_describe_groups_response_described_group_member_t,
              client_id),
     0,
     sizeof(((kmsg_describe_groups_response_described_group_member_t *)0)->client_id), NULL},
    {"client_host", KMSG_TYPE_STRING, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_describe_groups_response_described_group_member_t,
              client_host),
     0,
     sizeof(((kmsg_describe_groups_response_described_group_member_t *)0)->client_host), NULL},
    {"member_metadata", KMSG_TYPE_BYTES, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_describe_groups_response_described_group_member_t,
              member_metadata),
     0,
     sizeof(((kmsg_describe_groups_response_described_group_member_t *)0)->member_metadata), NULL},
    {"member_assignment", KMSG_TYPE_BYTES, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_describe_groups_response_described_group_member_t,
              member_assignment),
     0,
     sizeof(((kmsg_describe_groups_response_described_group_member_t *)0)->member_assignment), NULL},
};

static const kmsg_struct_info_t info_describe_groups_response_described_group_member = {
    "DescribedGroupMember", sizeof(kmsg_describe_groups_response_described_group_member_t), init_any_describe_groups_response_described_group_member, 6, fields_describe_groups_response_described_group_member,
};

static void init_any_describe_groups_response_described_group(void *m)
{
    kmsg_describe_groups_response_described_group_init(m);
}

static const kmsg_field_info_t fields_describe_groups_response_described_group[] = {
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_describe_groups_response_described_group_t, error_code),
     0,
     sizeof(((kmsg_describe_groups_response_described_group_t *)0)->error_code), NULL},
    {"group_id", KMSG_TYPE_STRING, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_describe_groups_response_described_group_t, group_id),
     0,
     sizeof(((kmsg_describe_groups_response_described_group_t *)0)->group_id), NULL},
    {"group_state", KMSG_TYPE_STRING, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_describe_groups_response_described_group_t, group_state),
     0,
     sizeof(((kmsg_describe_groups_response_described_group_t *)0)->group_state), NULL},
    {"protocol_type", KMSG_TYPE_STRING, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_describe_groups_response_described_group_t, protocol_type),
     0,
     sizeof(((kmsg_describe_groups_response_described_group_t *)0)->protocol_type), NULL},
    {"protocol_data", KMSG_TYPE_STRING, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_describe_groups_response_described_group_t, protocol_data),
     0,
     sizeof(((kmsg_describe_groups_response_described_group_t *)0)->protocol_data), NULL},
    {"members", KMSG_TYPE_STRUCT, true, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_describe_groups_response_described_group_t, members),
     offsetof(kmsg_describe_groups_response_described_group_t, members_count),
     sizeof(*((kmsg_describe_groups_response_described_group_t *)0)->members), &info_describe_groups_response_described_group_member},
    {"authorized_operations", KMSG_TYPE_INT32, false, false,
     3, 5, 1, 0, -1,
     offsetof(kmsg_describe_groups_response_described_group_t,
              authorized_operations),
     0,
     sizeof(((kmsg_describe_groups_response_described_group_t *)0)->authorized_operations), NULL},
};

static const kmsg_struct_info_t info_describe_groups_response_described_group = {
    "DescribedGroup", sizeof(kmsg_describe_groups_response_described_group_t), init_any_describe_groups_response_described_group, 7, fields_describe_groups_response_described_group,
};

static void init_any_describe_groups_response(void *m)
{
    kmsg_describe_groups_response_init(m);
}

static const kmsg_field_info_t fields_describe_groups_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     1, 5, 1, 0, -1,
     offsetof(kmsg_describe_groups_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_describe_groups_response_t *)0)->throttle_time_ms), NULL},
    {"groups", KMSG_TYPE_STRUCT, true, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_describe_groups_response_t, groups),
     offsetof(kmsg_describe_groups_response_t, groups_count),
     sizeof(*((kmsg_describe_groups_response_t *)0)->groups), &info_describe_groups_response_described_group},
};

static const kmsg_struct_info_t info_describe_groups_response = {
    "DescribeGroupsResponse", sizeof(kmsg_describe_groups_response_t), init_any_describe_groups_response, 2, fields_describe_groups_response,
};

static int decode_any_describe_groups_response(wire_reader_t *r, int16_t v,
                                               wire_arena_t *a, void *out)
{
    return kmsg_describe_groups_response_decode(r, v, a, out);
}

static int encode_any_describe_groups_response(wire_writer_t *w, int16_t v,
                                               const void *in)
{
    return kmsg_describe_groups_response_encode(w, v, in);
}

static const kmsg_message_info_t message_describe_groups_response = {
    "DescribeGroupsResponse", &info_describe_groups_response, decode_any_describe_groups_response, encode_any_describe_groups_response,
};

static void init_any_list_groups_request(void *m)
{
    kmsg_list_groups_request_init(m);
}

static const kmsg_field_info_t fields_list_groups_request[] = {
    {"states_filter", KMSG_TYPE_STRING, true, false,
     4, 5, 1, 0, -1,
     offsetof(kmsg_list_groups_request_t, states_filter),
     offsetof(kmsg_list_groups_request_t, states_filter_count),
     sizeof(*((kmsg_list_groups_request_t *)0)->states_filter), NULL},
    {"types_filter", KMSG_TYPE_STRING, true, false,
     5, 5, 1, 0, -1,
     offsetof(kmsg_list_groups_request_t, types_filter),
     offsetof(kmsg_list_groups_request_t, types_filter_count),
     sizeof(*((kmsg_list_groups_request_t *)0)->types_filter), NULL},
};

static const kmsg_struct_info_t info_list_groups_request = {
    "ListGroupsRequest", sizeof(kmsg_list_groups_request_t), init_any_list_groups_request, 2, fields_list_groups_request,
};

static int decode_any_list_groups_request(wire_reader_t *r, int16_t v,
                                          wire_arena_t *a, void *out)
{
    return kmsg_list_groups_request_decode(r, v, a, out);
}

static int encode_any_list_groups_request(wire_writer_t *w, int16_t v,
                                          const void *in)
{
    return kmsg_list_groups_request_encode(w, v, in);
}

static const kmsg_message_info_t message_list_groups_request = {
    "ListGroupsRequest", &info_list_groups_request, decode_any_list_groups_request, encode_any_list_groups_request,
};

static void init_any_list_groups_response_listed_group(void *m)
{
    kmsg_list_groups_response_listed_group_init(m);
}

static const kmsg_field_info_t fields_list_groups_response_listed_group[] = {
    {"group_id", KMSG_TYPE_STRING, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_list_groups_response_listed_group_t, group_id),
     0,
     sizeof(((kmsg_list_groups_response_listed_group_t *)0)->group_id), NULL},
    {"protocol_type", KMSG_TYPE_STRING, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_list_groups_response_listed_group_t, protocol_type),
     0,
     sizeof(((kmsg_list_groups_response_listed_group_t *)0)->protocol_type), NULL},
    {"group_state", KMSG_TYPE_STRING, false, true,
     4, 5, 1, 0, -1,
     offsetof(kmsg_list_groups_response_listed_group_t, group_state),
     0,
     sizeof(((kmsg_list_groups_response_listed_group_t *)0)->group_state), NULL},
    {"group_type", KMSG_TYPE_STRING, false, true,
     5, 5, 1, 0, -1,
     offsetof(kmsg_list_groups_response_listed_group_t, group_type),
     0,
     sizeof(((kmsg_list_groups_response_listed_group_t *)0)->group_type), NULL},
};

static const kmsg_struct_info_t info_list_groups_response_listed_group = {
    "ListedGroup", sizeof(kmsg_list_groups_response_listed_group_t), init_any_list_groups_response_listed_group, 4, fields_list_groups_response_listed_group,
};

static void init_any_list_groups_response(void *m)
{
    kmsg_list_groups_response_init(m);
}

static const kmsg_field_info_t fields_list_groups_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     1, 5, 1, 0, -1,
     offsetof(kmsg_list_groups_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_list_groups_response_t *)0)->throttle_time_ms), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_list_groups_response_t, error_code),
     0,
     sizeof(((kmsg_list_groups_response_t *)0)->error_code), NULL},
    {"groups", KMSG_TYPE_STRUCT, true, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_list_groups_response_t, groups),
     offsetof(kmsg_list_groups_response_t, groups_count),
     sizeof(*((kmsg_list_groups_response_t *)0)->groups), &info_list_groups_response_listed_group},
};

static const kmsg_struct_info_t info_list_groups_response = {
    "ListGroupsResponse", sizeof(kmsg_list_groups_response_t), init_any_list_groups_response, 3, fields_list_groups_response,
};

static int decode_any_list_groups_response(wire_reader_t *r, int16_t v,
                                           wire_arena_t *a, void *out)
{
    return kmsg_list_groups_response_decode(r, v, a, out);
}

static int encode_any_list_groups_response(wire_writer_t *w, int16_t v,
                                           const void *in)
{
    return kmsg_list_groups_response_encode(w, v, in);
}

static const kmsg_message_info_t message_list_groups_response = {
    "ListGroupsResponse", &info_list_groups_response, decode_any_list_groups_response, encode_any_list_groups_response,
};

static void init_any_sasl_handshake_request(void *m)
{
    kmsg_sasl_handshake_request_init(m);
}

static const kmsg_field_info_t fields_sasl_handshake_request[] = {
    {"mechanism", KMSG_TYPE_STRING, false, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_sasl_handshake_request_t, mechanism),
     0,
     sizeof(((kmsg_sasl_handshake_request_t *)0)->mechanism), NULL},
};

static const kmsg_struct_info_t info_sasl_handshake_request = {
    "SaslHandshakeRequest", sizeof(kmsg_sasl_handshake_request_t), init_any_sasl_handshake_request, 1, fields_sasl_handshake_request,
};

static int decode_any_sasl_handshake_request(wire_reader_t *r, int16_t v,
                                             wire_arena_t *a, void *out)
{
    return kmsg_sasl_handshake_request_decode(r, v, a, out);
}

static int encode_any_sasl_handshake_request(wire_writer_t *w, int16_t v,
                                             const void *in)
{
    return kmsg_sasl_handshake_request_encode(w, v, in);
}

static const kmsg_message_info_t message_sasl_handshake_request = {
    "SaslHandshakeRequest", &info_sasl_handshake_request, decode_any_sasl_handshake_request, encode_any_sasl_handshake_request,
};

static void init_any_sasl_handshake_response(void *m)
{
    kmsg_sasl_handshake_response_init(m);
}

static const kmsg_field_info_t fields_sasl_handshake_response[] = {
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_sasl_handshake_response_t, error_code),
     0,
     sizeof(((kmsg_sasl_handshake_response_t *)0)->error_code), NULL},
    {"mechanisms", KMSG_TYPE_STRING, true, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_sasl_handshake_response_t, mechanisms),
     offsetof(kmsg_sasl_handshake_response_t, mechanisms_count),
     sizeof(*((kmsg_sasl_handshake_response_t *)0)->mechanisms), NULL},
};

static const kmsg_struct_info_t info_sasl_handshake_response = {
    "SaslHandshakeResponse", sizeof(kmsg_sasl_handshake_response_t), init_any_sasl_handshake_response, 2, fields_sasl_handshake_response,
};

static int decode_any_sasl_handshake_response(wire_reader_t *r, int16_t v,
                                              wire_arena_t *a, void *out)
{
    return kmsg_sasl_handshake_response_decode(r, v, a, out);
}

static int encode_any_sasl_handshake_response(wire_writer_t *w, int16_t v,
                                              const void *in)
{
    return kmsg_sasl_handshake_response_encode(w, v, in);
}

static const kmsg_message_info_t message_sasl_handshake_response = {
    "SaslHandshakeResponse", &info_sasl_handshake_response, decode_any_sasl_handshake_response, encode_any_sasl_handshake_response,
};

static void init_any_api_versions_request(void *m)
{
    kmsg_api_versions_request_init(m);
}

static const kmsg_field_info_t fields_api_versions_request[] = {
    {"client_software_name", KMSG_TYPE_STRING, false, true,
     3, 3, 1, 0, -1,
     offsetof(kmsg_api_versions_request_t, client_software_name),
     0,
     sizeof(((kmsg_api_versions_request_t *)0)->client_software_name), NULL},
    {"client_software_version", KMSG_TYPE_STRING, false, true,
     3, 3, 1, 0, -1,
     offsetof(kmsg_api_versions_request_t, client_software_version),
     0,
     sizeof(((kmsg_api_versions_request_t *)0)->client_software_version), NULL},
};

static const kmsg_struct_info_t info_api_versions_request = {
    "ApiVersionsRequest", sizeof(kmsg_api_versions_request_t), init_any_api_versions_request, 2, fields_api_versions_request,
};

static int decode_any_api_versions_request(wire_reader_t *r, int16_t v,
                                           wire_arena_t *a, void *out)
{
    return kmsg_api_versions_request_decode(r, v, a, out);
}

static int encode_any_api_versions_request(wire_writer_t *w, int16_t v,
                                           const void *in)
{
    return kmsg_api_versions_request_encode(w, v, in);
}

static const kmsg_message_info_t message_api_versions_request = {
    "ApiVersionsRequest", &info_api_versions_request, decode_any_api_versions_request, encode_any_api_versions_request,
};

static void init_any_api_versions_response_api_version(void *m)
{
    kmsg_api_versions_response_api_version_init(m);
}

static const kmsg_field_info_t fields_api_versions_response_api_version[] = {
    {"api_key", KMSG_TYPE_INT16, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_api_versions_response_api_version_t, api_key),
     0,
     sizeof(((kmsg_api_versions_response_api_version_t *)0)->api_key), NULL},
    {"min_version", KMSG_TYPE_INT16, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_api_versions_response_api_version_t, min_version),
     0,
     sizeof(((kmsg_api_versions_response_api_version_t *)0)->min_version), NULL},
    {"max_version", KMSG_TYPE_INT16, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_api_versions_response_api_version_t, max_version),
     0,
     sizeof(((kmsg_api_versions_response_api_version_t *)0)->max_version), NULL},
};

static const kmsg_struct_info_t info_api_versions_response_api_version = {
    "ApiVersion", sizeof(kmsg_api_versions_response_api_version_t), init_any_api_versions_response_api_version, 3, fields_api_versions_response_api_version,
};

static void init_any_api_versions_response_supported_feature_key(void *m)
{
    kmsg_api_versions_response_supported_feature_key_init(m);
}

static const kmsg_field_info_t fields_api_versions_response_supported_feature_key[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     3, 3, 1, 0, -1,
     offsetof(kmsg_api_versions_response_supported_feature_key_t, name),
     0,
     sizeof(((kmsg_api_versions_response_supported_feature_key_t *)0)->name), NULL},
    {"min_version", KMSG_TYPE_INT16, false, false,
     3, 3, 1, 0, -1,
     offsetof(kmsg_api_versions_response_supported_feature_key_t, min_version),
     0,
     sizeof(((kmsg_api_versions_response_supported_feature_key_t *)0)->min_version), NULL},
    {"max_version", KMSG_TYPE_INT16, false, false,
     3, 3, 1, 0, -1,
     offsetof(kmsg_api_versions_response_supported_feature_key_t, max_version),
     0,
     sizeof(((kmsg_api_versions_response_supported_feature_key_t *)0)->max_version), NULL},
};

static const kmsg_struct_info_t info_api_versions_response_supported_feature_key = {
    "SupportedFeatureKey", sizeof(kmsg_api_versions_response_supported_feature_key_t), init_any_api_versions_response_supported_feature_key, 3, fields_api_versions_response_supported_feature_key,
};

static void init_any_api_versions_response_finalized_feature_key(void *m)
{
    kmsg_api_versions_response_finalized_feature_key_init(m);
}

static const kmsg_field_info_t fields_api_versions_response_finalized_feature_key[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     3, 3, 1, 0, -1,
     offsetof(kmsg_api_versions_response_finalized_feature_key_t, name),
     0,
     sizeof(((kmsg_api_versions_response_finalized_feature_key_t *)0)->name), NULL},
    {"max_version_level", KMSG_TYPE_INT16, false, false,
     3, 3, 1, 0, -1,
     offsetof(kmsg_api_versions_response_finalized_feature_key_t,
              max_version_level),
     0,
     sizeof(((kmsg_api_versions_response_finalized_feature_key_t *)0)->max_version_level), NULL},
    {"min_version_level", KMSG_TYPE_INT16, false, false,
     3, 3, 1, 0, -1,
     offsetof(kmsg_api_versions_response_finalized_feature_key_t,
              min_version_level),
     0,
     sizeof(((kmsg_api_versions_response_finalized_feature_key_t *)0)->min_version_level), NULL},
};

static const kmsg_struct_info_t info_api_versions_response_finalized_feature_key = {
    "FinalizedFeatureKey", sizeof(kmsg_api_versions_response_finalized_feature_key_t), init_any_api_versions_response_finalized_feature_key, 3, fields_api_versions_response_finalized_feature_key,
};

static void init_any_api_versions_response(void *m)
{
    kmsg_api_versions_response_init(m);
}

static const kmsg_field_info_t fields_api_versions_response[] = {
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_api_versions_response_t, error_code),
     0,
     sizeof(((kmsg_api_versions_response_t *)0)->error_code), NULL},
    {"api_keys", KMSG_TYPE_STRUCT, true, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_api_versions_response_t, api_keys),
     offsetof(kmsg_api_versions_response_t, api_keys_count),
     sizeof(*((kmsg_api_versions_response_t *)0)->api_keys), &info_api_versions_response_api_version},
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     1, 3, 1, 0, -1,
     offsetof(kmsg_api_versions_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_api_versions_response_t *)0)->throttle_time_ms), NULL},
    {"supported_features", KMSG_TYPE_STRUCT, true, true,
     3, 3, 1, 0, 0,
     offsetof(kmsg_api_versions_response_t, supported_features),
     offsetof(kmsg_api_versions_response_t, supported_features_count),
     sizeof(*((kmsg_api_versions_response_t *)0)->supported_features), &info_api_versions_response_supported_feature_key},
    {"finalized_features_epoch", KMSG_TYPE_INT64, false, true,
     3, 3, 1, 0, 1,
     offsetof(kmsg_api_versions_response_t, finalized_features_epoch),
     0,
     sizeof(((kmsg_api_versions_response_t *)0)->finalized_features_epoch), NULL},
    {"finalized_features", KMSG_TYPE_STRUCT, true, true,
     3, 3, 1, 0, 2,
     offsetof(kmsg_api_versions_response_t, finalized_features),
     offsetof(kmsg_api_versions_response_t, finalized_features_count),
     sizeof(*((kmsg_api_versions_response_t *)0)->finalized_features), &info_api_versions_response_finalized_feature_key},
    {"zk_migration_ready", KMSG_TYPE_BOOL, false, true,
     3, 3, 1, 0, 3,
     offsetof(kmsg_api_versions_response_t, zk_migration_ready),
     0,
     sizeof(((kmsg_api_versions_response_t *)0)->zk_migration_ready), NULL},
};

static const kmsg_struct_info_t info_api_versions_response = {
    "ApiVersionsResponse", sizeof(kmsg_api_versions_response_t), init_any_api_versions_response, 7, fields_api_versions_response,
};

static int decode_any_api_versions_response(wire_reader_t *r, int16_t v,
                                            wire_arena_t *a, void *out)
{
    return kmsg_api_versions_response_decode(r, v, a, out);
}

static int encode_any_api_versions_response(wire_writer_t *w, int16_t v,
                                            const void *in)
{
    return kmsg_api_versions_response_encode(w, v, in);
}

static const kmsg_message_info_t message_api_versions_response = {
    "ApiVersionsResponse", &info_api_versions_response, decode_any_api_versions_response, encode_any_api_versions_response,
};

static void init_any_create_topics_request_creatable_replica_assignment(void *m)
{
    kmsg_create_topics_request_creatable_replica_assignment_init(m);
}

static const kmsg_field_info_t fields_create_topics_request_creatable_replica_assignment[] = {
    {"partition_index", KMSG_TYPE_INT32, false, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_request_creatable_replica_assignment_t,
              partition_index),
     0,
     sizeof(((kmsg_create_topics_request_creatable_replica_assignment_t *)0)->partition_index), NULL},
    {"broker_ids", KMSG_TYPE_INT32, true, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_request_creatable_replica_assignment_t,
              broker_ids),
     offsetof(kmsg_create_topics_request_creatable_replica_assignment_t, broker_ids_count),
     sizeof(*((kmsg_create_topics_request_creatable_replica_assignment_t *)0)->broker_ids), NULL},
};

static const kmsg_struct_info_t info_create_topics_request_creatable_replica_assignment = {
    "CreatableReplicaAssignment", sizeof(kmsg_create_topics_request_creatable_replica_assignment_t), init_any_create_topics_request_creatable_replica_assignment, 2, fields_create_topics_request_creatable_replica_assignment,
};

static void init_any_create_topics_request_createable_topic_config(void *m)
{
    kmsg_create_topics_request_createable_topic_config_init(m);
}

static const kmsg_field_info_t fields_create_topics_request_createable_topic_config[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_request_createable_topic_config_t, name),
     0,
     sizeof(((kmsg_create_topics_request_createable_topic_config_t *)0)->name), NULL},
    {"value", KMSG_TYPE_STRING, false, false,
     0, 7, 0, 7, -1,
     offsetof(kmsg_create_topics_request_createable_topic_config_t, value),
     0,
     sizeof(((kmsg_create_topics_request_createable_topic_config_t *)0)->value), NULL},
};

static const kmsg_struct_info_t info_create_topics_request_createable_topic_config = {
    "CreateableTopicConfig", sizeof(kmsg_create_topics_request_createable_topic_config_t), init_any_create_topics_request_createable_topic_config, 2, fields_create_topics_request_createable_topic_config,
};

static void init_any_create_topics_request_creatable_topic(void *m)
{
    kmsg_create_topics_request_creatable_topic_init(m);
}

static const kmsg_field_info_t fields_create_topics_request_creatable_topic[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_request_creatable_topic_t, name),
     0,
     sizeof(((kmsg_create_topics_request_creatable_topic_t *)0)->name), NULL},
    {"num_partitions", KMSG_TYPE_INT32, false, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_request_creatable_topic_t, num_partitions),
     0,
     sizeof(((kmsg_create_topics_request_creatable_topic_t *)0)->num_partitions), NULL},
    {"replication_factor", KMSG_TYPE_INT16, false, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_request_creatable_topic_t, replication_factor),
     0,
     sizeof(((kmsg_create_topics_request_creatable_topic_t *)0)->replication_factor), NULL},
    {"assignments", KMSG_TYPE_STRUCT, true, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_request_creatable_topic_t, assignments),
     offsetof(kmsg_create_topics_request_creatable_topic_t, assignments_count),
     sizeof(*((kmsg_create_topics_request_creatable_topic_t *)0)->assignments), &info_create_topics_request_creatable_replica_assignment},
    {"configs", KMSG_TYPE_STRUCT, true, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_request_creatable_topic_t, configs),
     offsetof(kmsg_create_topics_request_creatable_topic_t, configs_count),
     sizeof(*((kmsg_create_topics_request_creatable_topic_t *)0)->configs), &info_create_topics_request_createable_topic_config},
};

static const kmsg_struct_info_t info_create_topics_request_creatable_topic = {
    "CreatableTopic", sizeof(kmsg_create_topics_request_creatable_topic_t), init_any_create_topics_request_creatable_topic, 5, fields_create_topics_request_creatable_topic,
};

static void init_any_create_topics_request(void *m)
{
    kmsg_create_topics_request_init(m);
}

static const kmsg_field_info_t fields_create_topics_request[] = {
    {"topics", KMSG_TYPE_STRUCT, true, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_request_t, topics),
     offsetof(kmsg_create_topics_request_t, topics_count),
     sizeof(*((kmsg_create_topics_request_t *)0)->topics), &info_create_topics_request_creatable_topic},
    {"timeout_ms", KMSG_TYPE_INT32, false, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_request_t, timeout_ms),
     0,
     sizeof(((kmsg_create_topics_request_t *)0)->timeout_ms), NULL},
    {"validate_only", KMSG_TYPE_BOOL, false, false,
     1, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_request_t, validate_only),
     0,
     sizeof(((kmsg_create_topics_request_t *)0)->validate_only), NULL},
};

static const kmsg_struct_info_t info_create_topics_request = {
    "CreateTopicsRequest", sizeof(kmsg_create_topics_request_t), init_any_create_topics_request, 3, fields_create_topics_request,
};

static int decode_any_create_topics_request(wire_reader_t *r, int16_t v,
                                            wire_arena_t *a, void *out)
{
    return kmsg_create_topics_request_decode(r, v, a, out);
}

static int encode_any_create_topics_request(wire_writer_t *w, int16_t v,
                                            const void *in)
{
    return kmsg_create_topics_request_encode(w, v, in);
}

static const kmsg_message_info_t message_create_topics_request = {
    "CreateTopicsRequest", &info_create_topics_request, decode_any_create_topics_request, encode_any_create_topics_request,
};

static void init_any_create_topics_response_creatable_topic_configs(void *m)
{
    kmsg_create_topics_response_creatable_topic_configs_init(m);
}

static const kmsg_field_info_t fields_create_topics_response_creatable_topic_configs[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     5, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_response_creatable_topic_configs_t, name),
     0,
     sizeof(((kmsg_create_topics_response_creatable_topic_configs_t *)0)->name), NULL},
    {"value", KMSG_TYPE_STRING, false, false,
     5, 7, 5, 7, -1,
     offsetof(kmsg_create_topics_response_creatable_topic_configs_t, value),
     0,
     sizeof(((kmsg_create_topics_response_creatable_topic_configs_t *)0)->value), NULL},
    {"read_only", KMSG_TYPE_BOOL, false, false,
     5, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_response_creatable_topic_configs_t, read_only),
     0,
     sizeof(((kmsg_create_topics_response_creatable_topic_configs_t *)0)->read_only), NULL},
    {"config_source", KMSG_TYPE_INT8, false, true,
     5, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_response_creatable_topic_configs_t,
              config_source),
     0,
     sizeof(((kmsg_create_topics_response_creatable_topic_configs_t *)0)->config_source), NULL},
    {"is_sensitive", KMSG_TYPE_BOOL, false, false,
     5, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_response_creatable_topic_configs_t,
              is_sensitive),
     0,
     sizeof(((kmsg_create_topics_response_creatable_topic_configs_t *)0)->is_sensitive), NULL},
};

static const kmsg_struct_info_t info_create_topics_response_creatable_topic_configs = {
    "CreatableTopicConfigs", sizeof(kmsg_create_topics_response_creatable_topic_configs_t), init_any_create_topics_response_creatable_topic_configs, 5, fields_create_topics_response_creatable_topic_configs,
};

static void init_any_create_topics_response_creatable_topic_result(void *m)
{
    kmsg_create_topics_response_creatable_topic_result_init(m);
}

static const kmsg_field_info_t fields_create_topics_response_creatable_topic_result[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_response_creatable_topic_result_t, name),
     0,
     sizeof(((kmsg_create_topics_response_creatable_topic_result_t *)0)->name), NULL},
    {"topic_id", KMSG_TYPE_UUID, false, true,
     7, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_response_creatable_topic_result_t, topic_id),
     0,
     sizeof(((kmsg_create_topics_response_creatable_topic_result_t *)0)->topic_id), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_response_creatable_topic_result_t, error_code),
     0,
     sizeof(((kmsg_create_topics_response_creatable_topic_result_t *)0)->error_code), NULL},
    {"error_message", KMSG_TYPE_STRING, false, true,
     1, 7, 1, 7, -1,
     offsetof(kmsg_create_topics_response_creatable_topic_result_t,
              error_message),
     0,
     sizeof(((kmsg_create_topics_response_creatable_topic_result_t *)0)->error_message), NULL},
    {"topic_config_error_code", KMSG_TYPE_INT16, false, true,
     5, 7, 1, 0, 0,
     offsetof(kmsg_create_topics_response_creatable_topic_result_t,
              topic_config_error_code),
     0,
     sizeof(((kmsg_create_topics_response_creatable_topic_result_t *)0)->topic_config_error_code), NULL},
    {"num_partitions", KMSG_TYPE_INT32, false, true,
     5, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_response_creatable_topic_result_t,
              num_partitions),
     0,
     sizeof(((kmsg_create_topics_response_creatable_topic_result_t *)0)->num_partitions), NULL},
    {"replication_factor", KMSG_TYPE_INT16, false, true,
     5, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_response_creatable_topic_result_t,
              replication_factor),
     0,
     sizeof(((kmsg_create_topics_response_creatable_topic_result_t *)0)->replication_factor), NULL},
    {"configs", KMSG_TYPE_STRUCT, true, true,
     5, 7, 5, 7, -1,
     offsetof(kmsg_create_topics_response_creatable_topic_result_t, configs),
     offsetof(kmsg_create_topics_response_creatable_topic_result_t, configs_count),
     sizeof(*((kmsg_create_topics_response_creatable_topic_result_t *)0)->configs), &info_create_topics_response_creatable_topic_configs},
};

static const kmsg_struct_info_t info_create_topics_response_creatable_topic_result = {
    "CreatableTopicResult", sizeof(kmsg_create_topics_response_creatable_topic_result_t), init_any_create_topics_response_creatable_topic_result, 8, fields_create_topics_response_creatable_topic_result,
};

static void init_any_create_topics_response(void *m)
{
    kmsg_create_topics_response_init(m);
}

static const kmsg_field_info_t fields_create_topics_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     2, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_create_topics_response_t *)0)->throttle_time_ms), NULL},
    {"topics", KMSG_TYPE_STRUCT, true, false,
     0, 7, 1, 0, -1,
     offsetof(kmsg_create_topics_response_t, topics),
     offsetof(kmsg_create_topics_response_t, topics_count),
     sizeof(*((kmsg_create_topics_response_t *)0)->topics), &info_create_topics_response_creatable_topic_result},
};

static const kmsg_struct_info_t info_create_topics_response = {
    "CreateTopicsResponse", sizeof(kmsg_create_topics_response_t), init_any_create_topics_response, 2, fields_create_topics_response,
};

static int decode_any_create_topics_response(wire_reader_t *r, int16_t v,
                                             wire_arena_t *a, void *out)
{
    return kmsg_create_topics_response_decode(r, v, a, out);
}

static int encode_any_create_topics_response(wire_writer_t *w, int16_t v,
                                             const void *in)
{
    return kmsg_create_topics_response_encode(w, v, in);
}

static const kmsg_message_info_t message_create_topics_response = {
    "CreateTopicsResponse", &info_create_topics_response, decode_any_create_topics_response, encode_any_create_topics_response,
};

static void init_any_delete_topics_request_delete_topic_state(void *m)
{
    kmsg_delete_topics_request_delete_topic_state_init(m);
}

static const kmsg_field_info_t fields_delete_topics_request_delete_topic_state[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     6, 6, 6, 6, -1,
     offsetof(kmsg_delete_topics_request_delete_topic_state_t, name),
     0,
     sizeof(((kmsg_delete_topics_request_delete_topic_state_t *)0)->name), NULL},
    {"topic_id", KMSG_TYPE_UUID, false, false,
     6, 6, 1, 0, -1,
     offsetof(kmsg_delete_topics_request_delete_topic_state_t, topic_id),
     0,
     sizeof(((kmsg_delete_topics_request_delete_topic_state_t *)0)->topic_id), NULL},
};

static const kmsg_struct_info_t info_delete_topics_request_delete_topic_state = {
    "DeleteTopicState", sizeof(kmsg_delete_topics_request_delete_topic_state_t), init_any_delete_topics_request_delete_topic_state, 2, fields_delete_topics_request_delete_topic_state,
};

static void init_any_delete_topics_request(void *m)
{
    kmsg_delete_topics_request_init(m);
}

static const kmsg_field_info_t fields_delete_topics_request[] = {
    {"topics", KMSG_TYPE_STRUCT, true, false,
     6, 6, 1, 0, -1,
     offsetof(kmsg_delete_topics_request_t, topics),
     offsetof(kmsg_delete_topics_request_t, topics_count),
     sizeof(*((kmsg_delete_topics_request_t *)0)->topics), &info_delete_topics_request_delete_topic_state},
    {"topic_names", KMSG_TYPE_STRING, true, true,
     0, 5, 1, 0, -1,
     offsetof(kmsg_delete_topics_request_t, topic_names),
     offsetof(kmsg_delete_topics_request_t, topic_names_count),
     sizeof(*((kmsg_delete_topics_request_t *)0)->topic_names), NULL},
    {"timeout_ms", KMSG_TYPE_INT32, false, false,
     0, 6, 1, 0, -1,
     offsetof(kmsg_delete_topics_request_t, timeout_ms),
     0,
     sizeof(((kmsg_delete_topics_request_t *)0)->timeout_ms), NULL},
};

static const kmsg_struct_info_t info_delete_topics_request = {
    "DeleteTopicsRequest", sizeof(kmsg_delete_topics_request_t), init_any_delete_topics_request, 3, fields_delete_topics_request,
};

static int decode_any_delete_topics_request(wire_reader_t *r, int16_t v,
                                            wire_arena_t *a, void *out)
{
    return kmsg_delete_topics_request_decode(r, v, a, out);
}

static int encode_any_delete_topics_request(wire_writer_t *w, int16_t v,
                                            const void *in)
{
    return kmsg_delete_topics_request_encode(w, v, in);
}

static const kmsg_message_info_t message_delete_topics_request = {
    "DeleteTopicsRequest", &info_delete_topics_request, decode_any_delete_topics_request, encode_any_delete_topics_request,
};

static void init_any_delete_topics_response_deletable_topic_result(void *m)
{
    kmsg_delete_topics_response_deletable_topic_result_init(m);
}

static const kmsg_field_info_t fields_delete_topics_response_deletable_topic_result[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 6, 6, 6, -1,
     offsetof(kmsg_delete_topics_response_deletable_topic_result_t, name),
     0,
     sizeof(((kmsg_delete_topics_response_deletable_topic_result_t *)0)->name), NULL},
    {"topic_id", KMSG_TYPE_UUID, false, true,
     6, 6, 1, 0, -1,
     offsetof(kmsg_delete_topics_response_deletable_topic_result_t, topic_id),
     0,
     sizeof(((kmsg_delete_topics_response_deletable_topic_result_t *)0)->topic_id), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 6, 1, 0, -1,
     offsetof(kmsg_delete_topics_response_deletable_topic_result_t, error_code),
     0,
     sizeof(((kmsg_delete_topics_response_deletable_topic_result_t *)0)->error_code), NULL},
    {"error_message", KMSG_TYPE_STRING, false, true,
     5, 6, 5, 6, -1,
     offsetof(kmsg_delete_topics_response_deletable_topic_result_t,
              error_message),
     0,
     sizeof(((kmsg_delete_topics_response_deletable_topic_result_t *)0)->error_message), NULL},
};

static const kmsg_struct_info_t info_delete_topics_response_deletable_topic_result = {
    "DeletableTopicResult", sizeof(kmsg_delete_topics_response_deletable_topic_result_t), init_any_delete_topics_response_deletable_topic_result, 4, fields_delete_topics_response_deletable_topic_result,
};

static void init_any_delete_topics_response(void *m)
{
    kmsg_delete_topics_response_init(m);
}

static const kmsg_field_info_t fields_delete_topics_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     1, 6, 1, 0, -1,
     offsetof(kmsg_delete_topics_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_delete_topics_response_t *)0)->throttle_time_ms), NULL},
    {"responses", KMSG_TYPE_STRUCT, true, false,
     0, 6, 1, 0, -1,
     offsetof(kmsg_delete_topics_response_t, responses),
     offsetof(kmsg_delete_topics_response_t, responses_count),
     sizeof(*((kmsg_delete_topics_response_t *)0)->responses), &info_delete_topics_response_deletable_topic_result},
};

static const kmsg_struct_info_t info_delete_topics_response = {
    "DeleteTopicsResponse", sizeof(kmsg_delete_topics_response_t), init_any_delete_topics_response, 2, fields_delete_topics_response,
};

static int decode_any_delete_topics_response(wire_reader_t *r, int16_t v,
                                             wire_arena_t *a, void *out)
{
    return kmsg_delete_topics_response_decode(r, v, a, out);
}

static int encode_any_delete_topics_response(wire_writer_t *w, int16_t v,
                                             const void *in)
{
    return kmsg_delete_topics_response_encode(w, v, in);
}

static const kmsg_message_info_t message_delete_topics_response = {
    "DeleteTopicsResponse", &info_delete_topics_response, decode_any_delete_topics_response, encode_any_delete_topics_response,
};

static void init_any_delete_records_request_delete_records_partition(void *m)
{
    kmsg_delete_records_request_delete_records_partition_init(m);
}

static const kmsg_field_info_t fields_delete_records_request_delete_records_partition[] = {
    {"partition_index", KMSG_TYPE_INT32, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_delete_records_request_delete_records_partition_t,
              partition_index),
     0,
     sizeof(((kmsg_delete_records_request_delete_records_partition_t *)0)->partition_index), NULL},
    {"offset", KMSG_TYPE_INT64, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_delete_records_request_delete_records_partition_t, offset),
     0,
     sizeof(((kmsg_delete_records_request_delete_records_partition_t *)0)->offset), NULL},
};

static const kmsg_struct_info_t info_delete_records_request_delete_records_partition = {
    "DeleteRecordsPartition", sizeof(kmsg_delete_records_request_delete_records_partition_t), init_any_delete_records_request_delete_records_partition, 2, fields_delete_records_request_delete_records_partition,
};

static void init_any_delete_records_request_delete_records_topic(void *m)
{
    kmsg_delete_records_request_delete_records_topic_init(m);
}

static const kmsg_field_info_t fields_delete_records_request_delete_records_topic[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_delete_records_request_delete_records_topic_t, name),
     0,
     sizeof(((kmsg_delete_records_request_delete_records_topic_t *)0)->name), NULL},
    {"partitions", KMSG_TYPE_STRUCT, true, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_delete_records_request_delete_records_topic_t, partitions),
     offsetof(kmsg_delete_records_request_delete_records_topic_t, partitions_count),
     sizeof(*((kmsg_delete_records_request_delete_records_topic_t *)0)->partitions), &info_delete_records_request_delete_records_partition},
};

static const kmsg_struct_info_t info_delete_records_request_delete_records_topic = {
    "DeleteRecordsTopic", sizeof(kmsg_delete_records_request_delete_records_topic_t), init_any_delete_records_request_delete_records_topic, 2, fields_delete_records_request_delete_records_topic,
};

static void init_any_delete_records_request(void *m)
{
    kmsg_delete_records_request_init(m);
}

static const kmsg_field_info_t fields_delete_records_request[] = {
    {"topics", KMSG_TYPE_STRUCT, true, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_delete_records_request_t, topics),
     offsetof(kmsg_delete_records_request_t, topics_count),
     sizeof(*((kmsg_delete_records_request_t *)0)->topics), &info_delete_records_request_delete_records_topic},
    {"timeout_ms", KMSG_TYPE_INT32, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_delete_records_request_t, timeout_ms),
     0,
     sizeof(((kmsg_delete_records_request_t *)0)->timeout_ms), NULL},
};

static const kmsg_struct_info_t info_delete_records_request = {
    "DeleteRecordsRequest", sizeof(kmsg_delete_records_request_t), init_any_delete_records_request, 2, fields_delete_records_request,
};

static int decode_any_delete_records_request(wire_reader_t *r, int16_t v,
                                             wire_arena_t *a, void *out)
{
    return kmsg_delete_records_request_decode(r, v, a, out);
}

static int encode_any_delete_records_request(wire_writer_t *w, int16_t v,
                                             const void *in)
{
    return kmsg_delete_records_request_encode(w, v, in);
}

static const kmsg_message_info_t message_delete_records_request = {
    "DeleteRecordsRequest", &info_delete_records_request, decode_any_delete_records_request, encode_any_delete_records_request,
};

static void init_any_delete_records_response_delete_records_partition_result(void *m)
{
    kmsg_delete_records_response_delete_records_partition_result_init(m);
}

static const kmsg_field_info_t fields_delete_records_response_delete_records_partition_result[] = {
    {"partition_index", KMSG_TYPE_INT32, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_delete_records_response_delete_records_partition_result_t,
              partition_index),
     0,
     sizeof(((kmsg_delete_records_response_delete_records_partition_result_t *)0)->partition_index), NULL},
    {"low_watermark", KMSG_TYPE_INT64, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_delete_records_response_delete_records_partition_result_t,
              low_watermark),
     0,
     sizeof(((kmsg_delete_records_response_delete_records_partition_result_t *)0)->low_watermark), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_delete_records_response_delete_records_partition_result_t,
              error_code),
     0,
     sizeof(((kmsg_delete_records_response_delete_records_partition_result_t *)0)->error_code), NULL},
};

static const kmsg_struct_info_t info_delete_records_response_delete_records_partition_result = {
    "DeleteRecordsPartitionResult", sizeof(kmsg_delete_records_response_delete_records_partition_result_t), init_any_delete_records_response_delete_records_partition_result, 3, fields_delete_records_response_delete_records_partition_result,
};

static void init_any_delete_records_response_delete_records_topic_result(void *m)
{
    kmsg_delete_records_response_delete_records_topic_result_init(m);
}

static const kmsg_field_info_t fields_delete_records_response_delete_records_topic_result[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_delete_records_response_delete_records_topic_result_t, name),
     0,
     sizeof(((kmsg_delete_records_response_delete_records_topic_result_t *)0)->name), NULL},
    {"partitions", KMSG_TYPE_STRUCT, true, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_delete_records_response_delete_records_topic_result_t,
              partitions),
     offsetof(kmsg_delete_records_response_delete_records_topic_result_t, partitions_count),
     sizeof(*((kmsg_delete_records_response_delete_records_topic_result_t *)0)->partitions), &info_delete_records_response_delete_records_partition_result},
};

static const kmsg_struct_info_t info_delete_records_response_delete_records_topic_result = {
    "DeleteRecordsTopicResult", sizeof(kmsg_delete_records_response_delete_records_topic_result_t), init_any_delete_records_response_delete_records_topic_result, 2, fields_delete_records_response_delete_records_topic_result,
};

static void init_any_delete_records_response(void *m)
{
    kmsg_delete_records_response_init(m);
}

static const kmsg_field_info_t fields_delete_records_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_delete_records_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_delete_records_response_t *)0)->throttle_time_ms), NULL},
    {"topics", KMSG_TYPE_STRUCT, true, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_delete_records_response_t, topics),
     offsetof(kmsg_delete_records_response_t, topics_count),
     sizeof(*((kmsg_delete_records_response_t *)0)->topics), &info_delete_records_response_delete_records_topic_result},
};

static const kmsg_struct_info_t info_delete_records_response = {
    "DeleteRecordsResponse", sizeof(kmsg_delete_records_response_t), init_any_delete_records_response, 2, fields_delete_records_response,
};

static int decode_any_delete_records_response(wire_reader_t *r, int16_t v,
                                              wire_arena_t *a, void *out)
{
    return kmsg_delete_records_response_decode(r, v, a, out);
}

static int encode_any_delete_records_response(wire_writer_t *w, int16_t v,
                                              const void *in)
{
    return kmsg_delete_records_response_encode(w, v, in);
}

static const kmsg_message_info_t message_delete_records_response = {
    "DeleteRecordsResponse", &info_delete_records_response, decode_any_delete_records_response, encode_any_delete_records_response,
};

static void init_any_init_producer_id_request(void *m)
{
    kmsg_init_producer_id_request_init(m);
}

static const kmsg_field_info_t fields_init_producer_id_request[] = {
    {"transactional_id", KMSG_TYPE_STRING, false, false,
     0, 5, 0, 5, -1,
     offsetof(kmsg_init_producer_id_request_t, transactional_id),
     0,
     sizeof(((kmsg_init_producer_id_request_t *)0)->transactional_id), NULL},
    {"transaction_timeout_ms", KMSG_TYPE_INT32, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_init_producer_id_request_t, transaction_timeout_ms),
     0,
     sizeof(((kmsg_init_producer_id_request_t *)0)->transaction_timeout_ms), NULL},
    {"producer_id", KMSG_TYPE_INT64, false, false,
     3, 5, 1, 0, -1,
     offsetof(kmsg_init_producer_id_request_t, producer_id),
     0,
     sizeof(((kmsg_init_producer_id_request_t *)0)->producer_id), NULL},
    {"producer_epoch", KMSG_TYPE_INT16, false, false,
     3, 5, 1, 0, -1,
     offsetof(kmsg_init_producer_id_request_t, producer_epoch),
     0,
     sizeof(((kmsg_init_producer_id_request_t *)0)->producer_epoch), NULL},
};

static const kmsg_struct_info_t info_init_producer_id_request = {
    "InitProducerIdRequest", sizeof(kmsg_init_producer_id_request_t), init_any_init_producer_id_request, 4, fields_init_producer_id_request,
};

static int decode_any_init_producer_id_request(wire_reader_t *r, int16_t v,
                                               wire_arena_t *a, void *out)
{
    return kmsg_init_producer_id_request_decode(r, v, a, out);
}

static int encode_any_init_producer_id_request(wire_writer_t *w, int16_t v,
                                               const void *in)
{
    return kmsg_init_producer_id_request_encode(w, v, in);
}

static const kmsg_message_info_t message_init_producer_id_request = {
    "InitProducerIdRequest", &info_init_producer_id_request, decode_any_init_producer_id_request, encode_any_init_producer_id_request,
};

static void init_any_init_producer_id_response(void *m)
{
    kmsg_init_producer_id_response_init(m);
}

static const kmsg_field_info_t fields_init_producer_id_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     0, 5, 1, 0, -1,
     offsetof(kmsg_init_producer_id_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_init_producer_id_response_t *)0)->throttle_time_ms), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_init_producer_id_response_t, error_code),
     0,
     sizeof(((kmsg_init_producer_id_response_t *)0)->error_code), NULL},
    {"producer_id", KMSG_TYPE_INT64, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_init_producer_id_response_t, producer_id),
     0,
     sizeof(((kmsg_init_producer_id_response_t *)0)->producer_id), NULL},
    {"producer_epoch", KMSG_TYPE_INT16, false, false,
     0, 5, 1, 0, -1,
     offsetof(kmsg_init_producer_id_response_t, producer_epoch),
     0,
     sizeof(((kmsg_init_producer_id_response_t *)0)->producer_epoch), NULL},
};

static const kmsg_struct_info_t info_init_producer_id_response = {
    "InitProducerIdResponse", sizeof(kmsg_init_producer_id_response_t), init_any_init_producer_id_response, 4, fields_init_producer_id_response,
};

static int decode_any_init_producer_id_response(wire_reader_t *r, int16_t v,
                                                wire_arena_t *a, void *out)
{
    return kmsg_init_producer_id_response_decode(r, v, a, out);
}

static int encode_any_init_producer_id_response(wire_writer_t *w, int16_t v,
                                                const void *in)
{
    return kmsg_init_producer_id_response_encode(w, v, in);
}

static const kmsg_message_info_t message_init_producer_id_response = {
    "InitProducerIdResponse", &info_init_producer_id_response, decode_any_init_producer_id_response, encode_any_init_producer_id_response,
};

static void init_any_offset_for_leader_epoch_request_offset_for_leader_partition(void *m)
{
    kmsg_offset_for_leader_epoch_request_offset_for_leader_partition_init(m);
}

static const kmsg_field_info_t fields_offset_for_leader_epoch_request_offset_for_leader_partition[] = {
    {"partition", KMSG_TYPE_INT32, false, false,
     0, 4, 1, 0, -1,
     offsetof(
    kmsg_offset_for_leader_epoch_request_offset_for_leader_partition_t,
    partition),
     0,
     sizeof(((kmsg_offset_for_leader_epoch_request_offset_for_leader_partition_t *)0)->partition), NULL},
    {"current_leader_epoch", KMSG_TYPE_INT32, false, true,
     2, 4, 1, 0, -1,
     offsetof(
    kmsg_offset_for_leader_epoch_request_offset_for_leader_partition_t,
    current_leader_epoch),
     0,
     sizeof(((kmsg_offset_for_leader_epoch_request_offset_for_leader_partition_t *)0)->current_leader_epoch), NULL},
    {"leader_epoch", KMSG_TYPE_INT32, false, false,
     0, 4, 1, 0, -1,
     offsetof(
    kmsg_offset_for_leader_epoch_request_offset_for_leader_partition_t,
    leader_epoch),
     0,
     sizeof(((kmsg_offset_for_leader_epoch_request_offset_for_leader_partition_t *)0)->leader_epoch), NULL},
};

static const kmsg_struct_info_t info_offset_for_leader_epoch_request_offset_for_leader_partition = {
    "OffsetForLeaderPartition", sizeof(kmsg_offset_for_leader_epoch_request_offset_for_leader_partition_t), init_any_offset_for_leader_epoch_request_offset_for_leader_partition, 3, fields_offset_for_leader_epoch_request_offset_for_leader_partition,
};

static void init_any_offset_for_leader_epoch_request_offset_for_leader_topic(void *m)
{
    kmsg_offset_for_leader_epoch_request_offset_for_leader_topic_init(m);
}

static const kmsg_field_info_t fields_offset_for_leader_epoch_request_offset_for_leader_topic[] = {
    {"topic", KMSG_TYPE_STRING, false, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_offset_for_leader_epoch_request_offset_for_leader_topic_t,
              topic),
     0,
     sizeof(((kmsg_offset_for_leader_epoch_request_offset_for_leader_topic_t *)0)->topic), NULL},
    {"partitions", KMSG_TYPE_STRUCT, true, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_offset_for_leader_epoch_request_offset_for_leader_topic_t,
              partitions),
     offsetof(kmsg_offset_for_leader_epoch_request_offset_for_leader_topic_t, partitions_count),
     sizeof(*((kmsg_offset_for_leader_epoch_request_offset_for_leader_topic_t *)0)->partitions), &info_offset_for_leader_epoch_request_offset_for_leader_partition},
};

static const kmsg_struct_info_t info_offset_for_leader_epoch_request_offset_for_leader_topic = {
    "OffsetForLeaderTopic", sizeof(kmsg_offset_for_leader_epoch_request_offset_for_leader_topic_t), init_any_offset_for_leader_epoch_request_offset_for_leader_topic, 2, fields_offset_for_leader_epoch_request_offset_for_leader_topic,
};

static void init_any_offset_for_leader_epoch_request(void *m)
{
    kmsg_offset_for_leader_epoch_request_init(m);
}

static const kmsg_field_info_t fields_offset_for_leader_epoch_request[] = {
    {"replica_id", KMSG_TYPE_INT32, false, true,
     3, 4, 1, 0, -1,
     offsetof(kmsg_offset_for_leader_epoch_request_t, replica_id),
     0,
     sizeof(((kmsg_offset_for_leader_epoch_request_t *)0)->replica_id), NULL},
    {"topics", KMSG_TYPE_STRUCT, true, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_offset_for_leader_epoch_request_t, topics),
     offsetof(kmsg_offset_for_leader_epoch_request_t, topics_count),
     sizeof(*((kmsg_offset_for_leader_epoch_request_t *)0)->topics), &info_offset_for_leader_epoch_request_offset_for_leader_topic},
};

static const kmsg_struct_info_t info_offset_for_leader_epoch_request = {
    "OffsetForLeaderEpochRequest", sizeof(kmsg_offset_for_leader_epoch_request_t), init_any_offset_for_leader_epoch_request, 2, fields_offset_for_leader_epoch_request,
};

static int decode_any_offset_for_leader_epoch_request(wire_reader_t *r,
                                                      int16_t v,
                                                      wire_arena_t *a,
                                                      void *out)
{
    return kmsg_offset_for_leader_epoch_request_decode(r, v, a, out);
}

static int encode_any_offset_for_leader_epoch_request(wire_writer_t *w,
                                                      int16_t v, const void *in)
{
    return kmsg_offset_for_leader_epoch_request_encode(w, v, in);
}

static const kmsg_message_info_t message_offset_for_leader_epoch_request = {
    "OffsetForLeaderEpochRequest", &info_offset_for_leader_epoch_request, decode_any_offset_for_leader_epoch_request, encode_any_offset_for_leader_epoch_request,
};

static void init_any_offset_for_leader_epoch_response_epoch_end_offset(void *m)
{
    kmsg_offset_for_leader_epoch_response_epoch_end_offset_init(m);
}

static const kmsg_field_info_t fields_offset_for_leader_epoch_response_epoch_end_offset[] = {
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_offset_for_leader_epoch_response_epoch_end_offset_t,
              error_code),
     0,
     sizeof(((kmsg_offset_for_leader_epoch_response_epoch_end_offset_t *)0)->error_code), NULL},
    {"partition", KMSG_TYPE_INT32, false, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_offset_for_leader_epoch_response_epoch_end_offset_t,
              partition),
     0,
     sizeof(((kmsg_offset_for_leader_epoch_response_epoch_end_offset_t *)0)->partition), NULL},
    {"leader_epoch", KMSG_TYPE_INT32, false, true,
     1, 4, 1, 0, -1,
     offsetof(kmsg_offset_for_leader_epoch_response_epoch_end_offset_t,
              leader_epoch),
     0,
     sizeof(((kmsg_offset_for_leader_epoch_response_epoch_end_offset_t *)0)->leader_epoch), NULL},
    {"end_offset", KMSG_TYPE_INT64, false, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_offset_for_leader_epoch_response_epoch_end_offset_t,
              end_offset),
     0,
     sizeof(((kmsg_offset_for_leader_epoch_response_epoch_end_offset_t *)0)->end_offset), NULL},
};

static const kmsg_struct_info_t info_offset_for_leader_epoch_response_epoch_end_offset = {
    "EpochEndOffset", sizeof(kmsg_offset_for_leader_epoch_response_epoch_end_offset_t), init_any_offset_for_leader_epoch_response_epoch_end_offset, 4, fields_offset_for_leader_epoch_response_epoch_end_offset,
};

static void init_any_offset_for_leader_epoch_response_offset_for_leader_topic_result(void *m)
{
    kmsg_offset_for_leader_epoch_response_offset_for_leader_topic_result_init(m);
}

static const kmsg_field_info_t fields_offset_for_leader_epoch_response_offset_for_leader_topic_result[] = {
    {"topic", KMSG_TYPE_STRING, false, false,
     0, 4, 1, 0, -1,
     offsetof(
    kmsg_offset_for_leader_epoch_response_offset_for_leader_topic_result_t,
    topic),
     0,
     sizeof(((kmsg_offset_for_leader_epoch_response_offset_for_leader_topic_result_t *)0)->topic), NULL},
    {"partitions", KMSG_TYPE_STRUCT, true, false,
     0, 4, 1, 0, -1,
     offsetof(
    kmsg_offset_for_leader_epoch_response_offset_for_leader_topic_result_t,
    partitions),
     offsetof(kmsg_offset_for_leader_epoch_response_offset_for_leader_topic_result_t, partitions_count),
     sizeof(*((kmsg_offset_for_leader_epoch_response_offset_for_leader_topic_result_t *)0)->partitions), &info_offset_for_leader_epoch_response_epoch_end_offset},
};

static const kmsg_struct_info_t info_offset_for_leader_epoch_response_offset_for_leader_topic_result = {
    "OffsetForLeaderTopicResult", sizeof(kmsg_offset_for_leader_epoch_response_offset_for_leader_topic_result_t), init_any_offset_for_leader_epoch_response_offset_for_leader_topic_result, 2, fields_offset_for_leader_epoch_response_offset_for_leader_topic_result,
};

static void init_any_offset_for_leader_epoch_response(void *m)
{
    kmsg_offset_for_leader_epoch_response_init(m);
}

static const kmsg_field_info_t fields_offset_for_leader_epoch_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     2, 4, 1, 0, -1,
     offsetof(kmsg_offset_for_leader_epoch_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_offset_for_leader_epoch_response_t *)0)->throttle_time_ms), NULL},
    {"topics", KMSG_TYPE_STRUCT, true, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_offset_for_leader_epoch_response_t, topics),
     offsetof(kmsg_offset_for_leader_epoch_response_t, topics_count),
     sizeof(*((kmsg_offset_for_leader_epoch_response_t *)0)->topics), &info_offset_for_leader_epoch_response_offset_for_leader_topic_result},
};

static const kmsg_struct_info_t info_offset_for_leader_epoch_response = {
    "OffsetForLeaderEpochResponse", sizeof(kmsg_offset_for_leader_epoch_response_t), init_any_offset_for_leader_epoch_response, 2, fields_offset_for_leader_epoch_response,
};

static int decode_any_offset_for_leader_epoch_response(wire_reader_t *r,
                                                       int16_t v,
                                                       wire_arena_t *a,
                                                       void *out)
{
    return kmsg_offset_for_leader_epoch_response_decode(r, v, a, out);
}

static int encode_any_offset_for_leader_epoch_response(wire_writer_t *w,
                                                       int16_t v,
                                                       const void *in)
{
    return kmsg_offset_for_leader_epoch_response_encode(w, v, in);
}

static const kmsg_message_info_t message_offset_for_leader_epoch_response = {
    "OffsetForLeaderEpochResponse", &info_offset_for_leader_epoch_response, decode_any_offset_for_leader_epoch_response, encode_any_offset_for_leader_epoch_response,
};

static void init_any_describe_acls_request(void *m)
{
    kmsg_describe_acls_request_init(m);
}

static const kmsg_field_info_t fields_describe_acls_request[] = {
    {"resource_type_filter", KMSG_TYPE_INT8, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_describe_acls_request_t, resource_type_filter),
     0,
     sizeof(((kmsg_describe_acls_request_t *)0)->resource_type_filter), NULL},
    {"resource_name_filter", KMSG_TYPE_STRING, false, false,
     0, 3, 0, 3, -1,
     offsetof(kmsg_describe_acls_request_t, resource_name_filter),
     0,
     sizeof(((kmsg_describe_acls_request_t *)0)->resource_name_filter), NULL},
    {"pattern_type_filter", KMSG_TYPE_INT8, false, false,
     1, 3, 1, 0, -1,
     offsetof(kmsg_describe_acls_request_t, pattern_type_filter),
     0,
     sizeof(((kmsg_describe_acls_request_t *)0)->pattern_type_filter), NULL},
    {"principal_filter", KMSG_TYPE_STRING, false, false,
     0, 3, 0, 3, -1,
     offsetof(kmsg_describe_acls_request_t, principal_filter),
     0,
     sizeof(((kmsg_describe_acls_request_t *)0)->principal_filter), NULL},
    {"host_filter", KMSG_TYPE_STRING, false, false,
     0, 3, 0, 3, -1,
     offsetof(kmsg_describe_acls_request_t, host_filter),
     0,
     sizeof(((kmsg_describe_acls_request_t *)0)->host_filter), NULL},
    {"operation", KMSG_TYPE_INT8, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_describe_acls_request_t, operation),
     0,
     sizeof(((kmsg_describe_acls_request_t *)0)->operation), NULL},
    {"permission_type", KMSG_TYPE_INT8, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_describe_acls_request_t, permission_type),
     0,
     sizeof(((kmsg_describe_acls_request_t *)0)->permission_type), NULL},
};

static const kmsg_struct_info_t info_describe_acls_request = {
    "DescribeAclsRequest", sizeof(kmsg_describe_acls_request_t), init_any_describe_acls_request, 7, fields_describe_acls_request,
};

static int decode_any_describe_acls_request(wire_reader_t *r, int16_t v,
                                            wire_arena_t *a, void *out)
{
    return kmsg_describe_acls_request_decode(r, v, a, out);
}

static int encode_any_describe_acls_request(wire_writer_t *w, int16_t v,
                                            const void *in)
{
    return kmsg_describe_acls_request_encode(w, v, in);
}

static const kmsg_message_info_t message_describe_acls_request = {
    "DescribeAclsRequest", &info_describe_acls_request, decode_any_describe_acls_request, encode_any_describe_acls_request,
};

static void init_any_describe_acls_response_acl_description(void *m)
{
    kmsg_describe_acls_response_acl_description_init(m);
}

static const kmsg_field_info_t fields_describe_acls_response_acl_description[] = {
    {"principal", KMSG_TYPE_STRING, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_describe_acls_response_acl_description_t, principal),
     0,
     sizeof(((kmsg_describe_acls_response_acl_description_t *)0)->principal), NULL},
    {"host", KMSG_TYPE_STRING, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_describe_acls_response_acl_description_t, host),
     0,
     sizeof(((kmsg_describe_acls_response_acl_description_t *)0)->host), NULL},
    {"operation", KMSG_TYPE_INT8, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_describe_acls_response_acl_description_t, operation),
     0,
     sizeof(((kmsg_describe_acls_response_acl_description_t *)0)->operation), NULL},
    {"permission_type", KMSG_TYPE_INT8, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_describe_acls_response_acl_description_t, permission_type),
     0,
     sizeof(((kmsg_describe_acls_response_acl_description_t *)0)->permission_type), NULL},
};

static const kmsg_struct_info_t info_describe_acls_response_acl_description = {
    "AclDescription", sizeof(kmsg_describe_acls_response_acl_description_t), init_any_describe_acls_response_acl_description, 4, fields_describe_acls_response_acl_description,
};

static void init_any_describe_acls_response_describe_acls_resource(void *m)
{
    kmsg_describe_acls_response_describe_acls_resource_init(m);
}

static const kmsg_field_info_t fields_describe_acls_response_describe_acls_resource[] = {
    {"resource_type", KMSG_TYPE_INT8, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_describe_acls_response_describe_acls_resource_t,
              resource_type),
     0,
     sizeof(((kmsg_describe_acls_response_describe_acls_resource_t *)0)->resource_type), NULL},
    {"resource_name", KMSG_TYPE_STRING, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_describe_acls_response_describe_acls_resource_t,
              resource_name),
     0,
     sizeof(((kmsg_describe_acls_response_describe_acls_resource_t *)0)->resource_name), NULL},
    {"pattern_type", KMSG_TYPE_INT8, false, false,
     1, 3, 1, 0, -1,
     offsetof(kmsg_describe_acls_response_describe_acls_resource_t,
              pattern_type),
     0,
     sizeof(((kmsg_describe_acls_response_describe_acls_resource_t *)0)->pattern_type), NULL},
    {"acls", KMSG_TYPE_STRUCT, true, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_describe_acls_response_describe_acls_resource_t, acls),
     offsetof(kmsg_describe_acls_response_describe_acls_resource_t, acls_count),
     sizeof(*((kmsg_describe_acls_response_describe_acls_resource_t *)0)->acls), &info_describe_acls_response_acl_description},
};

static const kmsg_struct_info_t info_describe_acls_response_describe_acls_resource = {
    "DescribeAclsResource", sizeof(kmsg_describe_acls_response_describe_acls_resource_t), init_any_describe_acls_response_describe_acls_resource, 4, fields_describe_acls_response_describe_acls_resource,
};

static void init_any_describe_acls_response(void *m)
{
    kmsg_describe_acls_response_init(m);
}

static const kmsg_field_info_t fields_describe_acls_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_describe_acls_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_describe_acls_response_t *)0)->throttle_time_ms), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_describe_acls_response_t, error_code),
     0,
     sizeof(((kmsg_describe_acls_response_t *)0)->error_code), NULL},
    {"error_message", KMSG_TYPE_STRING, false, false,
     0, 3, 0, 3, -1,
     offsetof(kmsg_describe_acls_response_t, error_message),
     0,
     sizeof(((kmsg_describe_acls_response_t *)0)->error_message), NULL},
    {"resources", KMSG_TYPE_STRUCT, true, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_describe_acls_response_t, resources),
     offsetof(kmsg_describe_acls_response_t, resources_count),
     sizeof(*((kmsg_describe_acls_response_t *)0)->resources), &info_describe_acls_response_describe_acls_resource},
};

static const kmsg_struct_info_t info_describe_acls_response = {
    "DescribeAclsResponse", sizeof(kmsg_describe_acls_response_t), init_any_describe_acls_response, 4, fields_describe_acls_response,
};

static int decode_any_describe_acls_response(wire_reader_t *r, int16_t v,
                                             wire_arena_t *a, void *out)
{
    return kmsg_describe_acls_response_decode(r, v, a, out);
}

static int encode_any_describe_acls_response(wire_writer_t *w, int16_t v,
                                             const void *in)
{
    return kmsg_describe_acls_response_encode(w, v, in);
}

static const kmsg_message_info_t message_describe_acls_response = {
    "DescribeAclsResponse", &info_describe_acls_response, decode_any_describe_acls_response, encode_any_describe_acls_response,
};

static void init_any_create_acls_request_acl_creation(void *m)
{
    kmsg_create_acls_request_acl_creation_init(m);
}

static const kmsg_field_info_t fields_create_acls_request_acl_creation[] = {
    {"resource_type", KMSG_TYPE_INT8, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_acls_request_acl_creation_t, resource_type),
     0,
     sizeof(((kmsg_create_acls_request_acl_creation_t *)0)->resource_type), NULL},
    {"resource_name", KMSG_TYPE_STRING, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_acls_request_acl_creation_t, resource_name),
     0,
     sizeof(((kmsg_create_acls_request_acl_creation_t *)0)->resource_name), NULL},
    {"resource_pattern_type", KMSG_TYPE_INT8, false, false,
     1, 3, 1, 0, -1,
     offsetof(kmsg_create_acls_request_acl_creation_t, resource_pattern_type),
     0,
     sizeof(((kmsg_create_acls_request_acl_creation_t *)0)->resource_pattern_type), NULL},
    {"principal", KMSG_TYPE_STRING, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_acls_request_acl_creation_t, principal),
     0,
     sizeof(((kmsg_create_acls_request_acl_creation_t *)0)->principal), NULL},
    {"host", KMSG_TYPE_STRING, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_acls_request_acl_creation_t, host),
     0,
     sizeof(((kmsg_create_acls_request_acl_creation_t *)0)->host), NULL},
    {"operation", KMSG_TYPE_INT8, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_acls_request_acl_creation_t, operation),
     0,
     sizeof(((kmsg_create_acls_request_acl_creation_t *)0)->operation), NULL},
    {"permission_type", KMSG_TYPE_INT8, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_acls_request_acl_creation_t, permission_type),
     0,
     sizeof(((kmsg_create_acls_request_acl_creation_t *)0)->permission_type), NULL},
};

static const kmsg_struct_info_t info_create_acls_request_acl_creation = {
    "AclCreation", sizeof(kmsg_create_acls_request_acl_creation_t), init_any_create_acls_request_acl_creation, 7, fields_create_acls_request_acl_creation,
};

static void init_any_create_acls_request(void *m)
{
    kmsg_create_acls_request_init(m);
}

static const kmsg_field_info_t fields_create_acls_request[] = {
    {"creations", KMSG_TYPE_STRUCT, true, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_acls_request_t, creations),
     offsetof(kmsg_create_acls_request_t, creations_count),
     sizeof(*((kmsg_create_acls_request_t *)0)->creations), &info_create_acls_request_acl_creation},
};

static const kmsg_struct_info_t info_create_acls_request = {
    "CreateAclsRequest", sizeof(kmsg_create_acls_request_t), init_any_create_acls_request, 1, fields_create_acls_request,
};

static int decode_any_create_acls_request(wire_reader_t *r, int16_t v,
                                          wire_arena_t *a, void *out)
{
    return kmsg_create_acls_request_decode(r, v, a, out);
}

static int encode_any_create_acls_request(wire_writer_t *w, int16_t v,
                                          const void *in)
{
    return kmsg_create_acls_request_encode(w, v, in);
}

static const kmsg_message_info_t message_create_acls_request = {
    "CreateAclsRequest", &info_create_acls_request, decode_any_create_acls_request, encode_any_create_acls_request,
};

static void init_any_create_acls_response_acl_creation_result(void *m)
{
    kmsg_create_acls_response_acl_creation_result_init(m);
}

static const kmsg_field_info_t fields_create_acls_response_acl_creation_result[] = {
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_acls_response_acl_creation_result_t, error_code),
     0,
     sizeof(((kmsg_create_acls_response_acl_creation_result_t *)0)->error_code), NULL},
    {"error_message", KMSG_TYPE_STRING, false, false,
     0, 3, 0, 3, -1,
     offsetof(kmsg_create_acls_response_acl_creation_result_t, error_message),
     0,
     sizeof(((kmsg_create_acls_response_acl_creation_result_t *)0)->error_message), NULL},
};

static const kmsg_struct_info_t info_create_acls_response_acl_creation_result = {
    "AclCreationResult", sizeof(kmsg_create_acls_response_acl_creation_result_t), init_any_create_acls_response_acl_creation_result, 2, fields_create_acls_response_acl_creation_result,
};

static void init_any_create_acls_response(void *m)
{
    kmsg_create_acls_response_init(m);
}

static const kmsg_field_info_t fields_create_acls_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_acls_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_create_acls_response_t *)0)->throttle_time_ms), NULL},
    {"results", KMSG_TYPE_STRUCT, true, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_acls_response_t, results),
     offsetof(kmsg_create_acls_response_t, results_count),
     sizeof(*((kmsg_create_acls_response_t *)0)->results), &info_create_acls_response_acl_creation_result},
};

static const kmsg_struct_info_t info_create_acls_response = {
    "CreateAclsResponse", sizeof(kmsg_create_acls_response_t), init_any_create_acls_response, 2, fields_create_acls_response,
};

static int decode_any_create_acls_response(wire_reader_t *r, int16_t v,
                                           wire_arena_t *a, void *out)
{
    return kmsg_create_acls_response_decode(r, v, a, out);
}

static int encode_any_create_acls_response(wire_writer_t *w, int16_t v,
                                           const void *in)
{
    return kmsg_create_acls_response_encode(w, v, in);
}

static const kmsg_message_info_t message_create_acls_response = {
    "CreateAclsResponse", &info_create_acls_response, decode_any_create_acls_response, encode_any_create_acls_response,
};

static void init_any_delete_acls_request_delete_acls_filter(void *m)
{
    kmsg_delete_acls_request_delete_acls_filter_init(m);
}

static const kmsg_field_info_t fields_delete_acls_request_delete_acls_filter[] = {
    {"resource_type_filter", KMSG_TYPE_INT8, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_delete_acls_request_delete_acls_filter_t,
              resource_type_filter),
     0,
     sizeof(((kmsg_delete_acls_request_delete_acls_filter_t *)0)->resource_type_filter), NULL},
    {"resource_name_filter", KMSG_TYPE_STRING, false, false,
     0, 3, 0, 3, -1,
     offsetof(kmsg_delete_acls_request_delete_acls_filter_t,
              resource_name_filter),
     0,
     sizeof(((kmsg_delete_acls_request_delete_acls_filter_t *)0)->resource_name_filter), NULL},
    {"pattern_type_filter", KMSG_TYPE_INT8, false, false,
     1, 3, 1, 0, -1,
     offsetof(kmsg_delete_acls_request_delete_acls_filter_t,
              pattern_type_filter),
     0,
     sizeof(((kmsg_delete_acls_request_delete_acls_filter_t *)0)->pattern_type_filter), NULL},
    {"principal_filter", KMSG_TYPE_STRING, false, false,
     0, 3, 0, 3, -1,
     offsetof(kmsg_delete_acls_request_delete_acls_filter_t, principal_filter),
     0,
     sizeof(((kmsg_delete_acls_request_delete_acls_filter_t *)0)->principal_filter), NULL},
    {"host_filter", KMSG_TYPE_STRING, false, false,
     0, 3, 0, 3, -1,
     offsetof(kmsg_delete_acls_request_delete_acls_filter_t, host_filter),
     0,
     sizeof(((kmsg_delete_acls_request_delete_acls_filter_t *)0)->host_filter), NULL},
    {"operation", KMSG_TYPE_INT8, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_delete_acls_request_delete_acls_filter_t, operation),
     0,
     sizeof(((kmsg_delete_acls_request_delete_acls_filter_t *)0)->operation), NULL},
    {"permission_type", KMSG_TYPE_INT8, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_delete_acls_request_delete_acls_filter_t, permission_type),
     0,
     sizeof(((kmsg_delete_acls_request_delete_acls_filter_t *)0)->permission_type), NULL},
};

static const kmsg_struct_info_t info_delete_acls_request_delete_acls_filter = {
    "DeleteAclsFilter", sizeof(kmsg_delete_acls_request_delete_acls_filter_t), init_any_delete_acls_request_delete_acls_filter, 7, fields_delete_acls_request_delete_acls_filter,
};

static void init_any_delete_acls_request(void *m)
{
    kmsg_delete_acls_request_init(m);
}

static const kmsg_field_info_t fields_delete_acls_request[] = {
    {"filters", KMSG_TYPE_STRUCT, true, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_delete_acls_request_t, filters),
     offsetof(kmsg_delete_acls_request_t, filters_count),
     sizeof(*((kmsg_delete_acls_request_t *)0)->filters), &info_delete_acls_request_delete_acls_filter},
};

static const kmsg_struct_info_t info_delete_acls_request = {
    "DeleteAclsRequest", sizeof(kmsg_delete_acls_request_t), init_any_delete_acls_request, 1, fields_delete_acls_request,
};

static int decode_any_delete_acls_request(wire_reader_t *r, int16_t v,
                                          wire_arena_t *a, void *out)
{
    return kmsg_delete_acls_request_decode(r, v, a, out);
}

static int encode_any_delete_acls_request(wire_writer_t *w, int16_t v,
                                          const void *in)
{
    return kmsg_delete_acls_request_encode(w, v, in);
}

static const kmsg_message_info_t message_delete_acls_request = {
    "DeleteAclsRequest", &info_delete_acls_request, decode_any_delete_acls_request, encode_any_delete_acls_request,
};

static void init_any_delete_acls_response_delete_acls_matching_acl(void *m)
{
    kmsg_delete_acls_response_delete_acls_matching_acl_init(m);
}

static const kmsg_field_info_t fields_delete_acls_response_delete_acls_matching_acl[] = {
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_delete_acls_response_delete_acls_matching_acl_t, error_code),
     0,
     sizeof(((kmsg_delete_acls_response_delete_acls_matching_acl_t *)0)->error_code), NULL},
    {"error_message", KMSG_TYPE_STRING, false, false,
     0, 3, 0, 3, -1,
     offsetof(kmsg_delete_acls_response_delete_acls_matching_acl_t,
              error_message),
     0,
     sizeof(((kmsg_delete_acls_response_delete_acls_matching_acl_t *)0)->error_message), NULL},
    {"resource_type", KMSG_TYPE_INT8, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_delete_acls_response_delete_acls_matching_acl_t,
              resource_type),
     0,
     sizeof(((kmsg_delete_acls_response_delete_acls_matching_acl_t *)0)->resource_type), NULL},
    {"resource_name", KMSG_TYPE_STRING, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_delete_acls_response_delete_acls_matching_acl_t,
              resource_name),
     0,
     sizeof(((kmsg_delete_acls_response_delete_acls_matching_acl_t *)0)->resource_name), NULL},
    {"pattern_type", KMSG_TYPE_INT8, false, false,
     1, 3, 1, 0, -1,
     offsetof(kmsg_delete_acls_response_delete_acls_matching_acl_t,
              pattern_type),
     0,
     sizeof(((kmsg_delete_acls_response_delete_acls_matching_acl_t *)0)->pattern_type), NULL},
    {"principal", KMSG_TYPE_STRING, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_delete_acls_response_delete_acls_matching_acl_t, principal),
     0,
     sizeof(((kmsg_delete_acls_response_delete_acls_matching_acl_t *)0)->principal), NULL},
    {"host", KMSG_TYPE_STRING, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_delete_acls_response_delete_acls_matching_acl_t, host),
     0,
     sizeof(((kmsg_delete_acls_response_delete_acls_matching_acl_t *)0)->host), NULL},
    {"operation", KMSG_TYPE_INT8, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_delete_acls_response_delete_acls_matching_acl_t, operation),
     0,
     sizeof(((kmsg_delete_acls_response_delete_acls_matching_acl_t *)0)->operation), NULL},
    {"permission_type", KMSG_TYPE_INT8, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_delete_acls_response_delete_acls_matching_acl_t,
              permission_type),
     0,
     sizeof(((kmsg_delete_acls_response_delete_acls_matching_acl_t *)0)->permission_type), NULL},
};

static const kmsg_struct_info_t info_delete_acls_response_delete_acls_matching_acl = {
    "DeleteAclsMatchingAcl", sizeof(kmsg_delete_acls_response_delete_acls_matching_acl_t), init_any_delete_acls_response_delete_acls_matching_acl, 9, fields_delete_acls_response_delete_acls_matching_acl,
};

static void init_any_delete_acls_response_delete_acls_filter_result(void *m)
{
    kmsg_delete_acls_response_delete_acls_filter_result_init(m);
}

static const kmsg_field_info_t fields_delete_acls_response_delete_acls_filter_result[] = {
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_delete_acls_response_delete_acls_filter_result_t,
              error_code),
     0,
     sizeof(((kmsg_delete_acls_response_delete_acls_filter_result_t *)0)->error_code), NULL},
    {"error_message", KMSG_TYPE_STRING, false, false,
     0, 3, 0, 3, -1,
     offsetof(kmsg_delete_acls_response_delete_acls_filter_result_t,
              error_message),
     0,
     sizeof(((kmsg_delete_acls_response_delete_acls_filter_result_t *)0)->error_message), NULL},
    {"matching_acls", KMSG_TYPE_STRUCT, true, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_delete_acls_response_delete_acls_filter_result_t,
              matching_acls),
     offsetof(kmsg_delete_acls_response_delete_acls_filter_result_t, matching_acls_count),
     sizeof(*((kmsg_delete_acls_response_delete_acls_filter_result_t *)0)->matching_acls), &info_delete_acls_response_delete_acls_matching_acl},
};

static const kmsg_struct_info_t info_delete_acls_response_delete_acls_filter_result = {
    "DeleteAclsFilterResult", sizeof(kmsg_delete_acls_response_delete_acls_filter_result_t), init_any_delete_acls_response_delete_acls_filter_result, 3, fields_delete_acls_response_delete_acls_filter_result,
};

static void init_any_delete_acls_response(void *m)
{
    kmsg_delete_acls_response_init(m);
}

static const kmsg_field_info_t fields_delete_acls_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_delete_acls_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_delete_acls_response_t *)0)->throttle_time_ms), NULL},
    {"filter_results", KMSG_TYPE_STRUCT, true, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_delete_acls_response_t, filter_results),
     offsetof(kmsg_delete_acls_response_t, filter_results_count),
     sizeof(*((kmsg_delete_acls_response_t *)0)->filter_results), &info_delete_acls_response_delete_acls_filter_result},
};

static const kmsg_struct_info_t info_delete_acls_response = {
    "DeleteAclsResponse", sizeof(kmsg_delete_acls_response_t), init_any_delete_acls_response, 2, fields_delete_acls_response,
};

static int decode_any_delete_acls_response(wire_reader_t *r, int16_t v,
                                           wire_arena_t *a, void *out)
{
    return kmsg_delete_acls_response_decode(r, v, a, out);
}

static int encode_any_delete_acls_response(wire_writer_t *w, int16_t v,
                                           const void *in)
{
    return kmsg_delete_acls_response_encode(w, v, in);
}

static const kmsg_message_info_t message_delete_acls_response = {
    "DeleteAclsResponse", &info_delete_acls_response, decode_any_delete_acls_response, encode_any_delete_acls_response,
};

static void init_any_describe_configs_request_describe_configs_resource(void *m)
{
    kmsg_describe_configs_request_describe_configs_resource_init(m);
}

static const kmsg_field_info_t fields_describe_configs_request_describe_configs_resource[] = {
    {"resource_type", KMSG_TYPE_INT8, false, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_request_describe_configs_resource_t,
              resource_type),
     0,
     sizeof(((kmsg_describe_configs_request_describe_configs_resource_t *)0)->resource_type), NULL},
    {"resource_name", KMSG_TYPE_STRING, false, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_request_describe_configs_resource_t,
              resource_name),
     0,
     sizeof(((kmsg_describe_configs_request_describe_configs_resource_t *)0)->resource_name), NULL},
    {"configuration_keys", KMSG_TYPE_STRING, true, false,
     0, 4, 0, 4, -1,
     offsetof(kmsg_describe_configs_request_describe_configs_resource_t,
              configuration_keys),
     offsetof(kmsg_describe_configs_request_describe_configs_resource_t, configuration_keys_count),
     sizeof(*((kmsg_describe_configs_request_describe_configs_resource_t *)0)->configuration_keys), NULL},
};

static const kmsg_struct_info_t info_describe_configs_request_describe_configs_resource = {
    "DescribeConfigsResource", sizeof(kmsg_describe_configs_request_describe_configs_resource_t), init_any_describe_configs_request_describe_configs_resource, 3, fields_describe_configs_request_describe_configs_resource,
};

static void init_any_describe_configs_request(void *m)
{
    kmsg_describe_configs_request_init(m);
}

static const kmsg_field_info_t fields_describe_configs_request[] = {
    {"resources", KMSG_TYPE_STRUCT, true, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_request_t, resources),
     offsetof(kmsg_describe_configs_request_t, resources_count),
     sizeof(*((kmsg_describe_configs_request_t *)0)->resources), &info_describe_configs_request_describe_configs_resource},
    {"include_synonyms", KMSG_TYPE_BOOL, false, false,
     1, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_request_t, include_synonyms),
     0,
     sizeof(((kmsg_describe_configs_request_t *)0)->include_synonyms), NULL},
    {"include_documentation", KMSG_TYPE_BOOL, false, false,
     3, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_request_t, include_documentation),
     0,
     sizeof(((kmsg_describe_configs_request_t *)0)->include_documentation), NULL},
};

static const kmsg_struct_info_t info_describe_configs_request = {
    "DescribeConfigsRequest", sizeof(kmsg_describe_configs_request_t), init_any_describe_configs_request, 3, fields_describe_configs_request,
};

static int decode_any_describe_configs_request(wire_reader_t *r, int16_t v,
                                               wire_arena_t *a, void *out)
{
    return kmsg_describe_configs_request_decode(r, v, a, out);
}

static int encode_any_describe_configs_request(wire_writer_t *w, int16_t v,
                                               const void *in)
{
    return kmsg_describe_configs_request_encode(w, v, in);
}

static const kmsg_message_info_t message_describe_configs_request = {
    "DescribeConfigsRequest", &info_describe_configs_request, decode_any_describe_configs_request, encode_any_describe_configs_request,
};

static void init_any_describe_configs_response_describe_configs_synonym(void *m)
{
    kmsg_describe_configs_response_describe_configs_synonym_init(m);
}

static const kmsg_field_info_t fields_describe_configs_response_describe_configs_synonym[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     1, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_response_describe_configs_synonym_t, name),
     0,
     sizeof(((kmsg_describe_configs_response_describe_configs_synonym_t *)0)->name), NULL},
    {"value", KMSG_TYPE_STRING, false, false,
     1, 4, 1, 4, -1,
     offsetof(kmsg_describe_configs_response_describe_configs_synonym_t, value),
     0,
     sizeof(((kmsg_describe_configs_response_describe_configs_synonym_t *)0)->value), NULL},
    {"source", KMSG_TYPE_INT8, false, false,
     1, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_response_describe_configs_synonym_t,
              source),
     0,
     sizeof(((kmsg_describe_configs_response_describe_configs_synonym_t *)0)->source), NULL},
};

static const kmsg_struct_info_t info_describe_configs_response_describe_configs_synonym = {
    "DescribeConfigsSynonym", sizeof(kmsg_describe_configs_response_describe_configs_synonym_t), init_any_describe_configs_response_describe_configs_synonym, 3, fields_describe_configs_response_describe_configs_synonym,
};

static void init_any_describe_configs_response_describe_configs_resource_result(void *m)
{
    kmsg_describe_configs_response_describe_configs_resource_result_init(m);
}

static const kmsg_field_info_t fields_describe_configs_response_describe_configs_resource_result[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_response_describe_configs_resource_result_t,
              name),
     0,
     sizeof(((kmsg_describe_configs_response_describe_configs_resource_result_t *)0)->name), NULL},
    {"value", KMSG_TYPE_STRING, false, false,
     0, 4, 0, 4, -1,
     offsetof(kmsg_describe_configs_response_describe_configs_resource_result_t,
              value),
     0,
     sizeof(((kmsg_describe_configs_response_describe_configs_resource_result_t *)0)->value), NULL},
    {"read_only", KMSG_TYPE_BOOL, false, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_response_describe_configs_resource_result_t,
              read_only),
     0,
     sizeof(((kmsg_describe_configs_response_describe_configs_resource_result_t *)0)->read_only), NULL},
    {"is_default", KMSG_TYPE_BOOL, false, false,
     0, 0, 1, 0, -1,
     offsetof(kmsg_describe_configs_response_describe_configs_resource_result_t,
              is_default),
     0,
     sizeof(((kmsg_describe_configs_response_describe_configs_resource_result_t *)0)->is_default), NULL},
    {"config_source", KMSG_TYPE_INT8, false, true,
     1, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_response_describe_configs_resource_result_t,
              config_source),
     0,
     sizeof(((kmsg_describe_configs_response_describe_configs_resource_result_t *)0)->config_source), NULL},
    {"is_sensitive", KMSG_TYPE_BOOL, false, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_response_describe_configs_resource_result_t,
              is_sensitive),
     0,
     sizeof(((kmsg_describe_configs_response_describe_configs_resource_result_t *)0)->is_sensitive), NULL},
    {"synonyms", KMSG_TYPE_STRUCT, true, true,
     1, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_response_describe_configs_resource_result_t,
              synonyms),
     offsetof(kmsg_describe_configs_response_describe_configs_resource_result_t, synonyms_count),
     sizeof(*((kmsg_describe_configs_response_describe_configs_resource_result_t *)0)->synonyms), &info_describe_configs_response_describe_configs_synonym},
    {"config_type", KMSG_TYPE_INT8, false, true,
     3, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_response_describe_configs_resource_result_t,
              config_type),
     0,
     sizeof(((kmsg_describe_configs_response_describe_configs_resource_result_t *)0)->config_type), NULL},
    {"documentation", KMSG_TYPE_STRING, false, true,
     3, 4, 3, 4, -1,
     offsetof(kmsg_describe_configs_response_describe_configs_resource_result_t,
              documentation),
     0,
     sizeof(((kmsg_describe_configs_response_describe_configs_resource_result_t *)0)->documentation), NULL},
};

static const kmsg_struct_info_t info_describe_configs_response_describe_configs_resource_result = {
    "DescribeConfigsResourceResult", sizeof(kmsg_describe_configs_response_describe_configs_resource_result_t), init_any_describe_configs_response_describe_configs_resource_result, 9, fields_describe_configs_response_describe_configs_resource_result,
};

static void init_any_describe_configs_response_describe_configs_result(void *m)
{
    kmsg_describe_configs_response_describe_configs_result_init(m);
}

static const kmsg_field_info_t fields_describe_configs_response_describe_configs_result[] = {
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_response_describe_configs_result_t,
              error_code),
     0,
     sizeof(((kmsg_describe_configs_response_describe_configs_result_t *)0)->error_code), NULL},
    {"error_message", KMSG_TYPE_STRING, false, false,
     0, 4, 0, 4, -1,
     offsetof(kmsg_describe_configs_response_describe_configs_result_t,
              error_message),
     0,
     sizeof(((kmsg_describe_configs_response_describe_configs_result_t *)0)->error_message), NULL},
    {"resource_type", KMSG_TYPE_INT8, false, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_response_describe_configs_result_t,
              resource_type),
     0,
     sizeof(((kmsg_describe_configs_response_describe_configs_result_t *)0)->resource_type), NULL},
    {"resource_name", KMSG_TYPE_STRING, false, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_response_describe_configs_result_t,
              resource_name),
     0,
     sizeof(((kmsg_describe_configs_response_describe_configs_result_t *)0)->resource_name), NULL},
    {"configs", KMSG_TYPE_STRUCT, true, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_response_describe_configs_result_t,
              configs),
     offsetof(kmsg_describe_configs_response_describe_configs_result_t, configs_count),
     sizeof(*((kmsg_describe_configs_response_describe_configs_result_t *)0)->configs), &info_describe_configs_response_describe_configs_resource_result},
};

static const kmsg_struct_info_t info_describe_configs_response_describe_configs_result = {
    "DescribeConfigsResult", sizeof(kmsg_describe_configs_response_describe_configs_result_t), init_any_describe_configs_response_describe_configs_result, 5, fields_describe_configs_response_describe_configs_result,
};

static void init_any_describe_configs_response(void *m)
{
    kmsg_describe_configs_response_init(m);
}

static const kmsg_field_info_t fields_describe_configs_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_describe_configs_response_t *)0)->throttle_time_ms), NULL},
    {"results", KMSG_TYPE_STRUCT, true, false,
     0, 4, 1, 0, -1,
     offsetof(kmsg_describe_configs_response_t, results),
     offsetof(kmsg_describe_configs_response_t, results_count),
     sizeof(*((kmsg_describe_configs_response_t *)0)->results), &info_describe_configs_response_describe_configs_result},
};

static const kmsg_struct_info_t info_describe_configs_response = {
    "DescribeConfigsResponse", sizeof(kmsg_describe_configs_response_t), init_any_describe_configs_response, 2, fields_describe_configs_response,
};

static int decode_any_describe_configs_response(wire_reader_t *r, int16_t v,
                                                wire_arena_t *a, void *out)
{
    return kmsg_describe_configs_response_decode(r, v, a, out);
}

static int encode_any_describe_configs_response(wire_writer_t *w, int16_t v,
                                                const void *in)
{
    return kmsg_describe_configs_response_encode(w, v, in);
}

static const kmsg_message_info_t message_describe_configs_response = {
    "DescribeConfigsResponse", &info_describe_configs_response, decode_any_describe_configs_response, encode_any_describe_configs_response,
};

static void init_any_alter_configs_request_alterable_config(void *m)
{
    kmsg_alter_configs_request_alterable_config_init(m);
}

static const kmsg_field_info_t fields_alter_configs_request_alterable_config[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_alter_configs_request_alterable_config_t, name),
     0,
     sizeof(((kmsg_alter_configs_request_alterable_config_t *)0)->name), NULL},
    {"value", KMSG_TYPE_STRING, false, false,
     0, 2, 0, 2, -1,
     offsetof(kmsg_alter_configs_request_alterable_config_t, value),
     0,
     sizeof(((kmsg_alter_configs_request_alterable_config_t *)0)->value), NULL},
};

static const kmsg_struct_info_t info_alter_configs_request_alterable_config = {
    "AlterableConfig", sizeof(kmsg_alter_configs_request_alterable_config_t), init_any_alter_configs_request_alterable_config, 2, fields_alter_configs_request_alterable_config,
};

static void init_any_alter_configs_request_alter_configs_resource(void *m)
{
    kmsg_alter_configs_request_alter_configs_resource_init(m);
}

static const kmsg_field_info_t fields_alter_configs_request_alter_configs_resource[] = {
    {"resource_type", KMSG_TYPE_INT8, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_alter_configs_request_alter_configs_resource_t,
              resource_type),
     0,
     sizeof(((kmsg_alter_configs_request_alter_configs_resource_t *)0)->resource_type), NULL},
    {"resource_name", KMSG_TYPE_STRING, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_alter_configs_request_alter_configs_resource_t,
              resource_name),
     0,
     sizeof(((kmsg_alter_configs_request_alter_configs_resource_t *)0)->resource_name), NULL},
    {"configs", KMSG_TYPE_STRUCT, true, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_alter_configs_request_alter_configs_resource_t, configs),
     offsetof(kmsg_alter_configs_request_alter_configs_resource_t, configs_count),
     sizeof(*((kmsg_alter_configs_request_alter_configs_resource_t *)0)->configs), &info_alter_configs_request_alterable_config},
};

static const kmsg_struct_info_t info_alter_configs_request_alter_configs_resource = {
    "AlterConfigsResource", sizeof(kmsg_alter_configs_request_alter_configs_resource_t), init_any_alter_configs_request_alter_configs_resource, 3, fields_alter_configs_request_alter_configs_resource,
};

static void init_any_alter_configs_request(void *m)
{
    kmsg_alter_configs_request_init(m);
}

static const kmsg_field_info_t fields_alter_configs_request[] = {
    {"resources", KMSG_TYPE_STRUCT, true, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_alter_configs_request_t, resources),
     offsetof(kmsg_alter_configs_request_t, resources_count),
     sizeof(*((kmsg_alter_configs_request_t *)0)->resources), &info_alter_configs_request_alter_configs_resource},
    {"validate_only", KMSG_TYPE_BOOL, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_alter_configs_request_t, validate_only),
     0,
     sizeof(((kmsg_alter_configs_request_t *)0)->validate_only), NULL},
};

static const kmsg_struct_info_t info_alter_configs_request = {
    "AlterConfigsRequest", sizeof(kmsg_alter_configs_request_t), init_any_alter_configs_request, 2, fields_alter_configs_request,
};

static int decode_any_alter_configs_request(wire_reader_t *r, int16_t v,
                                            wire_arena_t *a, void *out)
{
    return kmsg_alter_configs_request_decode(r, v, a, out);
}

static int encode_any_alter_configs_request(wire_writer_t *w, int16_t v,
                                            const void *in)
{
    return kmsg_alter_configs_request_encode(w, v, in);
}

static const kmsg_message_info_t message_alter_configs_request = {
    "AlterConfigsRequest", &info_alter_configs_request, decode_any_alter_configs_request, encode_any_alter_configs_request,
};

static void init_any_alter_configs_response_alter_configs_resource_response(void *m)
{
    kmsg_alter_configs_response_alter_configs_resource_response_init(m);
}

static const kmsg_field_info_t fields_alter_configs_response_alter_configs_resource_response[] = {
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_alter_configs_response_alter_configs_resource_response_t,
              error_code),
     0,
     sizeof(((kmsg_alter_configs_response_alter_configs_resource_response_t *)0)->error_code), NULL},
    {"error_message", KMSG_TYPE_STRING, false, false,
     0, 2, 0, 2, -1,
     offsetof(kmsg_alter_configs_response_alter_configs_resource_response_t,
              error_message),
     0,
     sizeof(((kmsg_alter_configs_response_alter_configs_resource_response_t *)0)->error_message), NULL},
    {"resource_type", KMSG_TYPE_INT8, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_alter_configs_response_alter_configs_resource_response_t,
              resource_type),
     0,
     sizeof(((kmsg_alter_configs_response_alter_configs_resource_response_t *)0)->resource_type), NULL},
    {"resource_name", KMSG_TYPE_STRING, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_alter_configs_response_alter_configs_resource_response_t,
              resource_name),
     0,
     sizeof(((kmsg_alter_configs_response_alter_configs_resource_response_t *)0)->resource_name), NULL},
};

static const kmsg_struct_info_t info_alter_configs_response_alter_configs_resource_response = {
    "AlterConfigsResourceResponse", sizeof(kmsg_alter_configs_response_alter_configs_resource_response_t), init_any_alter_configs_response_alter_configs_resource_response, 4, fields_alter_configs_response_alter_configs_resource_response,
};

static void init_any_alter_configs_response(void *m)
{
    kmsg_alter_configs_response_init(m);
}

static const kmsg_field_info_t fields_alter_configs_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_alter_configs_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_alter_configs_response_t *)0)->throttle_time_ms), NULL},
    {"responses", KMSG_TYPE_STRUCT, true, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_alter_configs_response_t, responses),
     offsetof(kmsg_alter_configs_response_t, responses_count),
     sizeof(*((kmsg_alter_configs_response_t *)0)->responses), &info_alter_configs_response_alter_configs_resource_response},
};

static const kmsg_struct_info_t info_alter_configs_response = {
    "AlterConfigsResponse", sizeof(kmsg_alter_configs_response_t), init_any_alter_configs_response, 2, fields_alter_configs_response,
};

static int decode_any_alter_configs_response(wire_reader_t *r, int16_t v,
                                             wire_arena_t *a, void *out)
{
    return kmsg_alter_configs_response_decode(r, v, a, out);
}

static int encode_any_alter_configs_response(wire_writer_t *w, int16_t v,
                                             const void *in)
{
    return kmsg_alter_configs_response_encode(w, v, in);
}

static const kmsg_message_info_t message_alter_configs_response = {
    "AlterConfigsResponse", &info_alter_configs_response, decode_any_alter_configs_response, encode_any_alter_configs_response,
};

static void init_any_sasl_authenticate_request(void *m)
{
    kmsg_sasl_authenticate_request_init(m);
}

static const kmsg_field_info_t fields_sasl_authenticate_request[] = {
    {"auth_bytes", KMSG_TYPE_BYTES, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_sasl_authenticate_request_t, auth_bytes),
     0,
     sizeof(((kmsg_sasl_authenticate_request_t *)0)->auth_bytes), NULL},
};

static const kmsg_struct_info_t info_sasl_authenticate_request = {
    "SaslAuthenticateRequest", sizeof(kmsg_sasl_authenticate_request_t), init_any_sasl_authenticate_request, 1, fields_sasl_authenticate_request,
};

static int decode_any_sasl_authenticate_request(wire_reader_t *r, int16_t v,
                                                wire_arena_t *a, void *out)
{
    return kmsg_sasl_authenticate_request_decode(r, v, a, out);
}

static int encode_any_sasl_authenticate_request(wire_writer_t *w, int16_t v,
                                                const void *in)
{
    return kmsg_sasl_authenticate_request_encode(w, v, in);
}

static const kmsg_message_info_t message_sasl_authenticate_request = {
    "SaslAuthenticateRequest", &info_sasl_authenticate_request, decode_any_sasl_authenticate_request, encode_any_sasl_authenticate_request,
};

static void init_any_sasl_authenticate_response(void *m)
{
    kmsg_sasl_authenticate_response_init(m);
}

static const kmsg_field_info_t fields_sasl_authenticate_response[] = {
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_sasl_authenticate_response_t, error_code),
     0,
     sizeof(((kmsg_sasl_authenticate_response_t *)0)->error_code), NULL},
    {"error_message", KMSG_TYPE_STRING, false, false,
     0, 2, 0, 2, -1,
     offsetof(kmsg_sasl_authenticate_response_t, error_message),
     0,
     sizeof(((kmsg_sasl_authenticate_response_t *)0)->error_message), NULL},
    {"auth_bytes", KMSG_TYPE_BYTES, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_sasl_authenticate_response_t, auth_bytes),
     0,
     sizeof(((kmsg_sasl_authenticate_response_t *)0)->auth_bytes), NULL},
    {"session_lifetime_ms", KMSG_TYPE_INT64, false, true,
     1, 2, 1, 0, -1,
     offsetof(kmsg_sasl_authenticate_response_t, session_lifetime_ms),
     0,
     sizeof(((kmsg_sasl_authenticate_response_t *)0)->session_lifetime_ms), NULL},
};

static const kmsg_struct_info_t info_sasl_authenticate_response = {
    "SaslAuthenticateResponse", sizeof(kmsg_sasl_authenticate_response_t), init_any_sasl_authenticate_response, 4, fields_sasl_authenticate_response,
};

static int decode_any_sasl_authenticate_response(wire_reader_t *r, int16_t v,
                                                 wire_arena_t *a, void *out)
{
    return kmsg_sasl_authenticate_response_decode(r, v, a, out);
}

static int encode_any_sasl_authenticate_response(wire_writer_t *w, int16_t v,
                                                 const void *in)
{
    return kmsg_sasl_authenticate_response_encode(w, v, in);
}

static const kmsg_message_info_t message_sasl_authenticate_response = {
    "SaslAuthenticateResponse", &info_sasl_authenticate_response, decode_any_sasl_authenticate_response, encode_any_sasl_authenticate_response,
};

static void init_any_create_partitions_request_create_partitions_assignment(void *m)
{
    kmsg_create_partitions_request_create_partitions_assignment_init(m);
}

static const kmsg_field_info_t fields_create_partitions_request_create_partitions_assignment[] = {
    {"broker_ids", KMSG_TYPE_INT32, true, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_partitions_request_create_partitions_assignment_t,
              broker_ids),
     offsetof(kmsg_create_partitions_request_create_partitions_assignment_t, broker_ids_count),
     sizeof(*((kmsg_create_partitions_request_create_partitions_assignment_t *)0)->broker_ids), NULL},
};

static const kmsg_struct_info_t info_create_partitions_request_create_partitions_assignment = {
    "CreatePartitionsAssignment", sizeof(kmsg_create_partitions_request_create_partitions_assignment_t), init_any_create_partitions_request_create_partitions_assignment, 1, fields_create_partitions_request_create_partitions_assignment,
};

static void init_any_create_partitions_request_create_partitions_topic(void *m)
{
    kmsg_create_partitions_request_create_partitions_topic_init(m);
}

static const kmsg_field_info_t fields_create_partitions_request_create_partitions_topic[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_partitions_request_create_partitions_topic_t, name),
     0,
     sizeof(((kmsg_create_partitions_request_create_partitions_topic_t *)0)->name), NULL},
    {"count", KMSG_TYPE_INT32, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_partitions_request_create_partitions_topic_t, count),
     0,
     sizeof(((kmsg_create_partitions_request_create_partitions_topic_t *)0)->count), NULL},
    {"assignments", KMSG_TYPE_STRUCT, true, false,
     0, 3, 0, 3, -1,
     offsetof(kmsg_create_partitions_request_create_partitions_topic_t,
              assignments),
     offsetof(kmsg_create_partitions_request_create_partitions_topic_t, assignments_count),
     sizeof(*((kmsg_create_partitions_request_create_partitions_topic_t *)0)->assignments), &info_create_partitions_request_create_partitions_assignment},
};

static const kmsg_struct_info_t info_create_partitions_request_create_partitions_topic = {
    "CreatePartitionsTopic", sizeof(kmsg_create_partitions_request_create_partitions_topic_t), init_any_create_partitions_request_create_partitions_topic, 3, fields_create_partitions_request_create_partitions_topic,
};

static void init_any_create_partitions_request(void *m)
{
    kmsg_create_partitions_request_init(m);
}

static const kmsg_field_info_t fields_create_partitions_request[] = {
    {"topics", KMSG_TYPE_STRUCT, true, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_partitions_request_t, topics),
     offsetof(kmsg_create_partitions_request_t, topics_count),
     sizeof(*((kmsg_create_partitions_request_t *)0)->topics), &info_create_partitions_request_create_partitions_topic},
    {"timeout_ms", KMSG_TYPE_INT32, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_partitions_request_t, timeout_ms),
     0,
     sizeof(((kmsg_create_partitions_request_t *)0)->timeout_ms), NULL},
    {"validate_only", KMSG_TYPE_BOOL, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_partitions_request_t, validate_only),
     0,
     sizeof(((kmsg_create_partitions_request_t *)0)->validate_only), NULL},
};

static const kmsg_struct_info_t info_create_partitions_request = {
    "CreatePartitionsRequest", sizeof(kmsg_create_partitions_request_t), init_any_create_partitions_request, 3, fields_create_partitions_request,
};

static int decode_any_create_partitions_request(wire_reader_t *r, int16_t v,
                                                wire_arena_t *a, void *out)
{
    return kmsg_create_partitions_request_decode(r, v, a, out);
}

static int encode_any_create_partitions_request(wire_writer_t *w, int16_t v,
                                                const void *in)
{
    return kmsg_create_partitions_request_encode(w, v, in);
}

static const kmsg_message_info_t message_create_partitions_request = {
    "CreatePartitionsRequest", &info_create_partitions_request, decode_any_create_partitions_request, encode_any_create_partitions_request,
};

static void init_any_create_partitions_response_create_partitions_topic_result(void *m)
{
    kmsg_create_partitions_response_create_partitions_topic_result_init(m);
}

static const kmsg_field_info_t fields_create_partitions_response_create_partitions_topic_result[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_partitions_response_create_partitions_topic_result_t,
              name),
     0,
     sizeof(((kmsg_create_partitions_response_create_partitions_topic_result_t *)0)->name), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_partitions_response_create_partitions_topic_result_t,
              error_code),
     0,
     sizeof(((kmsg_create_partitions_response_create_partitions_topic_result_t *)0)->error_code), NULL},
    {"error_message", KMSG_TYPE_STRING, false, false,
     0, 3, 0, 3, -1,
     offsetof(kmsg_create_partitions_response_create_partitions_topic_result_t,
              error_message),
     0,
     sizeof(((kmsg_create_partitions_response_create_partitions_topic_result_t *)0)->error_message), NULL},
};

static const kmsg_struct_info_t info_create_partitions_response_create_partitions_topic_result = {
    "CreatePartitionsTopicResult", sizeof(kmsg_create_partitions_response_create_partitions_topic_result_t), init_any_create_partitions_response_create_partitions_topic_result, 3, fields_create_partitions_response_create_partitions_topic_result,
};

static void init_any_create_partitions_response(void *m)
{
    kmsg_create_partitions_response_init(m);
}

static const kmsg_field_info_t fields_create_partitions_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_partitions_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_create_partitions_response_t *)0)->throttle_time_ms), NULL},
    {"results", KMSG_TYPE_STRUCT, true, false,
     0, 3, 1, 0, -1,
     offsetof(kmsg_create_partitions_response_t, results),
     offsetof(kmsg_create_partitions_response_t, results_count),
     sizeof(*((kmsg_create_partitions_response_t *)0)->results), &info_create_partitions_response_create_partitions_topic_result},
};

static const kmsg_struct_info_t info_create_partitions_response = {
    "CreatePartitionsResponse", sizeof(kmsg_create_partitions_response_t), init_any_create_partitions_response, 2, fields_create_partitions_response,
};

static int decode_any_create_partitions_response(wire_reader_t *r, int16_t v,
                                                 wire_arena_t *a, void *out)
{
    return kmsg_create_partitions_response_decode(r, v, a, out);
}

static int encode_any_create_partitions_response(wire_writer_t *w, int16_t v,
                                                 const void *in)
{
    return kmsg_create_partitions_response_encode(w, v, in);
}

static const kmsg_message_info_t message_create_partitions_response = {
    "CreatePartitionsResponse", &info_create_partitions_response, decode_any_create_partitions_response, encode_any_create_partitions_response,
};

static void init_any_delete_groups_request(void *m)
{
    kmsg_delete_groups_request_init(m);
}

static const kmsg_field_info_t fields_delete_groups_request[] = {
    {"groups_names", KMSG_TYPE_STRING, true, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_delete_groups_request_t, groups_names),
     offsetof(kmsg_delete_groups_request_t, groups_names_count),
     sizeof(*((kmsg_delete_groups_request_t *)0)->groups_names), NULL},
};

static const kmsg_struct_info_t info_delete_groups_request = {
    "DeleteGroupsRequest", sizeof(kmsg_delete_groups_request_t), init_any_delete_groups_request, 1, fields_delete_groups_request,
};

static int decode_any_delete_groups_request(wire_reader_t *r, int16_t v,
                                            wire_arena_t *a, void *out)
{
    return kmsg_delete_groups_request_decode(r, v, a, out);
}

static int encode_any_delete_groups_request(wire_writer_t *w, int16_t v,
                                            const void *in)
{
    return kmsg_delete_groups_request_encode(w, v, in);
}

static const kmsg_message_info_t message_delete_groups_request = {
    "DeleteGroupsRequest", &info_delete_groups_request, decode_any_delete_groups_request, encode_any_delete_groups_request,
};

static void init_any_delete_groups_response_deletable_group_result(void *m)
{
    kmsg_delete_groups_response_deletable_group_result_init(m);
}

static const kmsg_field_info_t fields_delete_groups_response_deletable_group_result[] = {
    {"group_id", KMSG_TYPE_STRING, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_delete_groups_response_deletable_group_result_t, group_id),
     0,
     sizeof(((kmsg_delete_groups_response_deletable_group_result_t *)0)->group_id), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_delete_groups_response_deletable_group_result_t, error_code),
     0,
     sizeof(((kmsg_delete_groups_response_deletable_group_result_t *)0)->error_code), NULL},
};

static const kmsg_struct_info_t info_delete_groups_response_deletable_group_result = {
    "DeletableGroupResult", sizeof(kmsg_delete_groups_response_deletable_group_result_t), init_any_delete_groups_response_deletable_group_result, 2, fields_delete_groups_response_deletable_group_result,
};

static void init_any_delete_groups_response(void *m)
{
    kmsg_delete_groups_response_init(m);
}

static const kmsg_field_info_t fields_delete_groups_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_delete_groups_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_delete_groups_response_t *)0)->throttle_time_ms), NULL},
    {"results", KMSG_TYPE_STRUCT, true, false,
     0, 2, 1, 0, -1,
     offsetof(kmsg_delete_groups_response_t, results),
     offsetof(kmsg_delete_groups_response_t, results_count),
     sizeof(*((kmsg_delete_groups_response_t *)0)->results), &info_delete_groups_response_deletable_group_result},
};

static const kmsg_struct_info_t info_delete_groups_response = {
    "DeleteGroupsResponse", sizeof(kmsg_delete_groups_response_t), init_any_delete_groups_response, 2, fields_delete_groups_response,
};

static int decode_any_delete_groups_response(wire_reader_t *r, int16_t v,
                                             wire_arena_t *a, void *out)
{
    return kmsg_delete_groups_response_decode(r, v, a, out);
}

static int encode_any_delete_groups_response(wire_writer_t *w, int16_t v,
                                             const void *in)
{
    return kmsg_delete_groups_response_encode(w, v, in);
}

static const kmsg_message_info_t message_delete_groups_response = {
    "DeleteGroupsResponse", &info_delete_groups_response, decode_any_delete_groups_response, encode_any_delete_groups_response,
};

static void init_any_incremental_alter_configs_request_alterable_config(void *m)
{
    kmsg_incremental_alter_configs_request_alterable_config_init(m);
}

static const kmsg_field_info_t fields_incremental_alter_configs_request_alterable_config[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_incremental_alter_configs_request_alterable_config_t, name),
     0,
     sizeof(((kmsg_incremental_alter_configs_request_alterable_config_t *)0)->name), NULL},
    {"config_operation", KMSG_TYPE_INT8, false, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_incremental_alter_configs_request_alterable_config_t,
              config_operation),
     0,
     sizeof(((kmsg_incremental_alter_configs_request_alterable_config_t *)0)->config_operation), NULL},
    {"value", KMSG_TYPE_STRING, false, false,
     0, 1, 0, 1, -1,
     offsetof(kmsg_incremental_alter_configs_request_alterable_config_t, value),
     0,
     sizeof(((kmsg_incremental_alter_configs_request_alterable_config_t *)0)->value), NULL},
};

static const kmsg_struct_info_t info_incremental_alter_configs_request_alterable_config = {
    "AlterableConfig", sizeof(kmsg_incremental_alter_configs_request_alterable_config_t), init_any_incremental_alter_configs_request_alterable_config, 3, fields_incremental_alter_configs_request_alterable_config,
};

static void init_any_incremental_alter_configs_request_alter_configs_resource(void *m)
{
    kmsg_incremental_alter_configs_request_alter_configs_resource_init(m);
}

static const kmsg_field_info_t fields_incremental_alter_configs_request_alter_configs_resource[] = {
    {"resource_type", KMSG_TYPE_INT8, false, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_incremental_alter_configs_request_alter_configs_resource_t,
              resource_type),
     0,
     sizeof(((kmsg_incremental_alter_configs_request_alter_configs_resource_t *)0)->resource_type), NULL},
    {"resource_name", KMSG_TYPE_STRING, false, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_incremental_alter_configs_request_alter_configs_resource_t,
              resource_name),
     0,
     sizeof(((kmsg_incremental_alter_configs_request_alter_configs_resource_t *)0)->resource_name), NULL},
    {"configs", KMSG_TYPE_STRUCT, true, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_incremental_alter_configs_request_alter_configs_resource_t,
              configs),
     offsetof(kmsg_incremental_alter_configs_request_alter_configs_resource_t, configs_count),
     sizeof(*((kmsg_incremental_alter_configs_request_alter_configs_resource_t *)0)->configs), &info_incremental_alter_configs_request_alterable_config},
};

static const kmsg_struct_info_t info_incremental_alter_configs_request_alter_configs_resource = {
    "AlterConfigsResource", sizeof(kmsg_incremental_alter_configs_request_alter_configs_resource_t), init_any_incremental_alter_configs_request_alter_configs_resource, 3, fields_incremental_alter_configs_request_alter_configs_resource,
};

static void init_any_incremental_alter_configs_request(void *m)
{
    kmsg_incremental_alter_configs_request_init(m);
}

static const kmsg_field_info_t fields_incremental_alter_configs_request[] = {
    {"resources", KMSG_TYPE_STRUCT, true, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_incremental_alter_configs_request_t, resources),
     offsetof(kmsg_incremental_alter_configs_request_t, resources_count),
     sizeof(*((kmsg_incremental_alter_configs_request_t *)0)->resources), &info_incremental_alter_configs_request_alter_configs_resource},
    {"validate_only", KMSG_TYPE_BOOL, false, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_incremental_alter_configs_request_t, validate_only),
     0,
     sizeof(((kmsg_incremental_alter_configs_request_t *)0)->validate_only), NULL},
};

static const kmsg_struct_info_t info_incremental_alter_configs_request = {
    "IncrementalAlterConfigsRequest", sizeof(kmsg_incremental_alter_configs_request_t), init_any_incremental_alter_configs_request, 2, fields_incremental_alter_configs_request,
};

static int decode_any_incremental_alter_configs_request(wire_reader_t *r,
                                                        int16_t v,
                                                        wire_arena_t *a,
                                                        void *out)
{
    return kmsg_incremental_alter_configs_request_decode(r, v, a, out);
}

static int encode_any_incremental_alter_configs_request(wire_writer_t *w,
                                                        int16_t v,
                                                        const void *in)
{
    return kmsg_incremental_alter_configs_request_encode(w, v, in);
}

static const kmsg_message_info_t message_incremental_alter_configs_request = {
    "IncrementalAlterConfigsRequest", &info_incremental_alter_configs_request, decode_any_incremental_alter_configs_request, encode_any_incremental_alter_configs_request,
};

static void init_any_incremental_alter_configs_response_alter_configs_resource_response(void *m)
{
    kmsg_incremental_alter_configs_response_alter_configs_resource_response_init(m);
}

static const kmsg_field_info_t fields_incremental_alter_configs_response_alter_configs_resource_response[] = {
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 1, 1, 0, -1,
     offsetof(
    kmsg_incremental_alter_configs_response_alter_configs_resource_response_t,
    error_code),
     0,
     sizeof(((kmsg_incremental_alter_configs_response_alter_configs_resource_response_t *)0)->error_code), NULL},
    {"error_message", KMSG_TYPE_STRING, false, false,
     0, 1, 0, 1, -1,
     offsetof(
    kmsg_incremental_alter_configs_response_alter_configs_resource_response_t,
    error_message),
     0,
     sizeof(((kmsg_incremental_alter_configs_response_alter_configs_resource_response_t *)0)->error_message), NULL},
    {"resource_type", KMSG_TYPE_INT8, false, false,
     0, 1, 1, 0, -1,
     offsetof(
    kmsg_incremental_alter_configs_response_alter_configs_resource_response_t,
    resource_type),
     0,
     sizeof(((kmsg_incremental_alter_configs_response_alter_configs_resource_response_t *)0)->resource_type), NULL},
    {"resource_name", KMSG_TYPE_STRING, false, false,
     0, 1, 1, 0, -1,
     offsetof(
    kmsg_incremental_alter_configs_response_alter_configs_resource_response_t,
    resource_name),
     0,
     sizeof(((kmsg_incremental_alter_configs_response_alter_configs_resource_response_t *)0)->resource_name), NULL},
};

static const kmsg_struct_info_t info_incremental_alter_configs_response_alter_configs_resource_response = {
    "AlterConfigsResourceResponse", sizeof(kmsg_incremental_alter_configs_response_alter_configs_resource_response_t), init_any_incremental_alter_configs_response_alter_configs_resource_response, 4, fields_incremental_alter_configs_response_alter_configs_resource_response,
};

static void init_any_incremental_alter_configs_response(void *m)
{
    kmsg_incremental_alter_configs_response_init(m);
}

static const kmsg_field_info_t fields_incremental_alter_configs_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_incremental_alter_configs_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_incremental_alter_configs_response_t *)0)->throttle_time_ms), NULL},
    {"responses", KMSG_TYPE_STRUCT, true, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_incremental_alter_configs_response_t, responses),
     offsetof(kmsg_incremental_alter_configs_response_t, responses_count),
     sizeof(*((kmsg_incremental_alter_configs_response_t *)0)->responses), &info_incremental_alter_configs_response_alter_configs_resource_response},
};

static const kmsg_struct_info_t info_incremental_alter_configs_response = {
    "IncrementalAlterConfigsResponse", sizeof(kmsg_incremental_alter_configs_response_t), init_any_incremental_alter_configs_response, 2, fields_incremental_alter_configs_response,
};

static int decode_any_incremental_alter_configs_response(wire_reader_t *r,
                                                         int16_t v,
                                                         wire_arena_t *a,
                                                         void *out)
{
    return kmsg_incremental_alter_configs_response_decode(r, v, a, out);
}

static int encode_any_incremental_alter_configs_response(wire_writer_t *w,
                                                         int16_t v,
                                                         const void *in)
{
    return kmsg_incremental_alter_configs_response_encode(w, v, in);
}

static const kmsg_message_info_t message_incremental_alter_configs_response = {
    "IncrementalAlterConfigsResponse", &info_incremental_alter_configs_response, decode_any_incremental_alter_configs_response, encode_any_incremental_alter_configs_response,
};

static void init_any_offset_delete_request_partition(void *m)
{
    kmsg_offset_delete_request_partition_init(m);
}

static const kmsg_field_info_t fields_offset_delete_request_partition[] = {
    {"partition_index", KMSG_TYPE_INT32, false, false,
     0, 0, 1, 0, -1,
     offsetof(kmsg_offset_delete_request_partition_t, partition_index),
     0,
     sizeof(((kmsg_offset_delete_request_partition_t *)0)->partition_index), NULL},
};

static const kmsg_struct_info_t info_offset_delete_request_partition = {
    "OffsetDeleteRequestPartition", sizeof(kmsg_offset_delete_request_partition_t), init_any_offset_delete_request_partition, 1, fields_offset_delete_request_partition,
};

static void init_any_offset_delete_request_topic(void *m)
{
    kmsg_offset_delete_request_topic_init(m);
}

static const kmsg_field_info_t fields_offset_delete_request_topic[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 0, 1, 0, -1,
     offsetof(kmsg_offset_delete_request_topic_t, name),
     0,
     sizeof(((kmsg_offset_delete_request_topic_t *)0)->name), NULL},
    {"partitions", KMSG_TYPE_STRUCT, true, false,
     0, 0, 1, 0, -1,
     offsetof(kmsg_offset_delete_request_topic_t, partitions),
     offsetof(kmsg_offset_delete_request_topic_t, partitions_count),
     sizeof(*((kmsg_offset_delete_request_topic_t *)0)->partitions), &info_offset_delete_request_partition},
};

static const kmsg_struct_info_t info_offset_delete_request_topic = {
    "OffsetDeleteRequestTopic", sizeof(kmsg_offset_delete_request_topic_t), init_any_offset_delete_request_topic, 2, fields_offset_delete_request_topic,
};

static void init_any_offset_delete_request(void *m)
{
    kmsg_offset_delete_request_init(m);
}

static const kmsg_field_info_t fields_offset_delete_request[] = {
    {"group_id", KMSG_TYPE_STRING, false, false,
     0, 0, 1, 0, -1,
     offsetof(kmsg_offset_delete_request_t, group_id),
     0,
     sizeof(((kmsg_offset_delete_request_t *)0)->group_id), NULL},
    {"topics", KMSG_TYPE_STRUCT, true, false,
     0, 0, 1, 0, -1,
     offsetof(kmsg_offset_delete_request_t, topics),
     offsetof(kmsg_offset_delete_request_t, topics_count),
     sizeof(*((kmsg_offset_delete_request_t *)0)->topics), &info_offset_delete_request_topic},
};

static const kmsg_struct_info_t info_offset_delete_request = {
    "OffsetDeleteRequest", sizeof(kmsg_offset_delete_request_t), init_any_offset_delete_request, 2, fields_offset_delete_request,
};

static int decode_any_offset_delete_request(wire_reader_t *r, int16_t v,
                                            wire_arena_t *a, void *out)
{
    return kmsg_offset_delete_request_decode(r, v, a, out);
}

static int encode_any_offset_delete_request(wire_writer_t *w, int16_t v,
                                            const void *in)
{
    return kmsg_offset_delete_request_encode(w, v, in);
}

static const kmsg_message_info_t message_offset_delete_request = {
    "OffsetDeleteRequest", &info_offset_delete_request, decode_any_offset_delete_request, encode_any_offset_delete_request,
};

static void init_any_offset_delete_response_partition(void *m)
{
    kmsg_offset_delete_response_partition_init(m);
}

static const kmsg_field_info_t fields_offset_delete_response_partition[] = {
    {"partition_index", KMSG_TYPE_INT32, false, false,
     0, 0, 1, 0, -1,
     offsetof(kmsg_offset_delete_response_partition_t, partition_index),
     0,
     sizeof(((kmsg_offset_delete_response_partition_t *)0)->partition_index), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 0, 1, 0, -1,
     offsetof(kmsg_offset_delete_response_partition_t, error_code),
     0,
     sizeof(((kmsg_offset_delete_response_partition_t *)0)->error_code), NULL},
};

static const kmsg_struct_info_t info_offset_delete_response_partition = {
    "OffsetDeleteResponsePartition", sizeof(kmsg_offset_delete_response_partition_t), init_any_offset_delete_response_partition, 2, fields_offset_delete_response_partition,
};

static void init_any_offset_delete_response_topic(void *m)
{
    kmsg_offset_delete_response_topic_init(m);
}

static const kmsg_field_info_t fields_offset_delete_response_topic[] = {
    {"name", KMSG_TYPE_STRING, false, false,
     0, 0, 1, 0, -1,
     offsetof(kmsg_offset_delete_response_topic_t, name),
     0,
     sizeof(((kmsg_offset_delete_response_topic_t *)0)->name), NULL},
    {"partitions", KMSG_TYPE_STRUCT, true, false,
     0, 0, 1, 0, -1,
     offsetof(kmsg_offset_delete_response_topic_t, partitions),
     offsetof(kmsg_offset_delete_response_topic_t, partitions_count),
     sizeof(*((kmsg_offset_delete_response_topic_t *)0)->partitions), &info_offset_delete_response_partition},
};

static const kmsg_struct_info_t info_offset_delete_response_topic = {
    "OffsetDeleteResponseTopic", sizeof(kmsg_offset_delete_response_topic_t), init_any_offset_delete_response_topic, 2, fields_offset_delete_response_topic,
};

static void init_any_offset_delete_response(void *m)
{
    kmsg_offset_delete_response_init(m);
}

static const kmsg_field_info_t fields_offset_delete_response[] = {
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 0, 1, 0, -1,
     offsetof(kmsg_offset_delete_response_t, error_code),
     0,
     sizeof(((kmsg_offset_delete_response_t *)0)->error_code), NULL},
    {"throttle_time_ms", KMSG_TYPE_INT32, false, true,
     0, 0, 1, 0, -1,
     offsetof(kmsg_offset_delete_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_offset_delete_response_t *)0)->throttle_time_ms), NULL},
    {"topics", KMSG_TYPE_STRUCT, true, false,
     0, 0, 1, 0, -1,
     offsetof(kmsg_offset_delete_response_t, topics),
     offsetof(kmsg_offset_delete_response_t, topics_count),
     sizeof(*((kmsg_offset_delete_response_t *)0)->topics), &info_offset_delete_response_topic},
};

static const kmsg_struct_info_t info_offset_delete_response = {
    "OffsetDeleteResponse", sizeof(kmsg_offset_delete_response_t), init_any_offset_delete_response, 3, fields_offset_delete_response,
};

static int decode_any_offset_delete_response(wire_reader_t *r, int16_t v,
                                             wire_arena_t *a, void *out)
{
    return kmsg_offset_delete_response_decode(r, v, a, out);
}

static int encode_any_offset_delete_response(wire_writer_t *w, int16_t v,
                                             const void *in)
{
    return kmsg_offset_delete_response_encode(w, v, in);
}

static const kmsg_message_info_t message_offset_delete_response = {
    "OffsetDeleteResponse", &info_offset_delete_response, decode_any_offset_delete_response, encode_any_offset_delete_response,
};

static void init_any_describe_cluster_request(void *m)
{
    kmsg_describe_cluster_request_init(m);
}

static const kmsg_field_info_t fields_describe_cluster_request[] = {
    {"include_cluster_authorized_operations", KMSG_TYPE_BOOL, false, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_describe_cluster_request_t,
              include_cluster_authorized_operations),
     0,
     sizeof(((kmsg_describe_cluster_request_t *)0)->include_cluster_authorized_operations), NULL},
    {"endpoint_type", KMSG_TYPE_INT8, false, false,
     1, 1, 1, 0, -1,
     offsetof(kmsg_describe_cluster_request_t, endpoint_type),
     0,
     sizeof(((kmsg_describe_cluster_request_t *)0)->endpoint_type), NULL},
};

static const kmsg_struct_info_t info_describe_cluster_request = {
    "DescribeClusterRequest", sizeof(kmsg_describe_cluster_request_t), init_any_describe_cluster_request, 2, fields_describe_cluster_request,
};

static int decode_any_describe_cluster_request(wire_reader_t *r, int16_t v,
                                               wire_arena_t *a, void *out)
{
    return kmsg_describe_cluster_request_decode(r, v, a, out);
}

static int encode_any_describe_cluster_request(wire_writer_t *w, int16_t v,
                                               const void *in)
{
    return kmsg_describe_cluster_request_encode(w, v, in);
}

static const kmsg_message_info_t message_describe_cluster_request = {
    "DescribeClusterRequest", &info_describe_cluster_request, decode_any_describe_cluster_request, encode_any_describe_cluster_request,
};

static void init_any_describe_cluster_response_describe_cluster_broker(void *m)
{
    kmsg_describe_cluster_response_describe_cluster_broker_init(m);
}

static const kmsg_field_info_t fields_describe_cluster_response_describe_cluster_broker[] = {
    {"broker_id", KMSG_TYPE_INT32, false, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_describe_cluster_response_describe_cluster_broker_t,
              broker_id),
     0,
     sizeof(((kmsg_describe_cluster_response_describe_cluster_broker_t *)0)->broker_id), NULL},
    {"host", KMSG_TYPE_STRING, false, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_describe_cluster_response_describe_cluster_broker_t, host),
     0,
     sizeof(((kmsg_describe_cluster_response_describe_cluster_broker_t *)0)->host), NULL},
    {"port", KMSG_TYPE_INT32, false, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_describe_cluster_response_describe_cluster_broker_t, port),
     0,
     sizeof(((kmsg_describe_cluster_response_describe_cluster_broker_t *)0)->port), NULL},
    {"rack", KMSG_TYPE_STRING, false, false,
     0, 1, 0, 1, -1,
     offsetof(kmsg_describe_cluster_response_describe_cluster_broker_t, rack),
     0,
     sizeof(((kmsg_describe_cluster_response_describe_cluster_broker_t *)0)->rack), NULL},
};

static const kmsg_struct_info_t info_describe_cluster_response_describe_cluster_broker = {
    "DescribeClusterBroker", sizeof(kmsg_describe_cluster_response_describe_cluster_broker_t), init_any_describe_cluster_response_describe_cluster_broker, 4, fields_describe_cluster_response_describe_cluster_broker,
};

static void init_any_describe_cluster_response(void *m)
{
    kmsg_describe_cluster_response_init(m);
}

static const kmsg_field_info_t fields_describe_cluster_response[] = {
    {"throttle_time_ms", KMSG_TYPE_INT32, false, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_describe_cluster_response_t, throttle_time_ms),
     0,
     sizeof(((kmsg_describe_cluster_response_t *)0)->throttle_time_ms), NULL},
    {"error_code", KMSG_TYPE_INT16, false, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_describe_cluster_response_t, error_code),
     0,
     sizeof(((kmsg_describe_cluster_response_t *)0)->error_code), NULL},
    {"error_message", KMSG_TYPE_STRING, false, false,
     0, 1, 0, 1, -1,
     offsetof(kmsg_describe_cluster_response_t, error_message),
     0,
     sizeof(((kmsg_describe_cluster_response_t *)0)->error_message), NULL},
    {"endpoint_type", KMSG_TYPE_INT8, false, false,
     1, 1, 1, 0, -1,
     offsetof(kmsg_describe_cluster_response_t, endpoint_type),
     0,
     sizeof(((kmsg_describe_cluster_response_t *)0)->endpoint_type), NULL},
    {"cluster_id", KMSG_TYPE_STRING, false, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_describe_cluster_response_t, cluster_id),
     0,
     sizeof(((kmsg_describe_cluster_response_t *)0)->cluster_id), NULL},
    {"controller_id", KMSG_TYPE_INT32, false, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_describe_cluster_response_t, controller_id),
     0,
     sizeof(((kmsg_describe_cluster_response_t *)0)->controller_id), NULL},
    {"brokers", KMSG_TYPE_STRUCT, true, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_describe_cluster_response_t, brokers),
     offsetof(kmsg_describe_cluster_response_t, brokers_count),
     sizeof(*((kmsg_describe_cluster_response_t *)0)->brokers), &info_describe_cluster_response_describe_cluster_broker},
    {"cluster_authorized_operations", KMSG_TYPE_INT32, false, false,
     0, 1, 1, 0, -1,
     offsetof(kmsg_describe_cluster_response_t, cluster_authorized_operations),
     0,
     sizeof(((kmsg_describe_cluster_response_t *)0)->cluster_authorized_operations), NULL},
};

static const kmsg_struct_info_t info_describe_cluster_response = {
    "DescribeClusterResponse", sizeof(kmsg_describe_cluster_response_t), init_any_describe_cluster_response, 8, fields_describe_cluster_response,
};

static int decode_any_describe_cluster_response(wire_reader_t *r, int16_t v,
                                                wire_arena_t *a, void *out)
{
    return kmsg_describe_cluster_response_decode(r, v, a, out);
}

static int encode_any_describe_cluster_response(wire_writer_t *w, int16_t v,
                                                const void *in)
{
    return kmsg_describe_cluster_response_encode(w, v, in);
}

static const kmsg_message_info_t message_describe_cluster_response = {
    "DescribeClusterResponse", &info_describe_cluster_response, decode_any_describe_cluster_response, encode_any_describe_cluster_response,
};

static const kmsg_api_info_t api_table[] = {
    {0, "Produce", 0, 11, 9, &message_produce_request, &message_produce_response},
    {1, "Fetch", 0, 16, 12, &message_fetch_request, &message_fetch_response},
    {2, "ListOffsets", 0, 8, 6, &message_list_offsets_request, &message_list_offsets_response},
    {3, "Metadata", 0, 12, 9, &message_metadata_request, &message_metadata_response},
    {8, "OffsetCommit", 0, 9, 8, &message_offset_commit_request, &message_offset_commit_response},
    {9, "OffsetFetch", 0, 9, 6, &message_offset_fetch_request, &message_offset_fetch_response},
    {10, "FindCoordinator", 0, 5, 3, &message_find_coordinator_request, &message_find_coordinator_response},
    {11, "JoinGroup", 0, 9, 6, &message_join_group_request, &message_join_group_response},
    {12, "Heartbeat", 0, 4, 4, &message_heartbeat_request, &message_heartbeat_response},
    {13, "LeaveGroup", 0, 5, 4, &message_leave_group_request, &message_leave_group_response},
    {14, "SyncGroup", 0, 5, 4, &message_sync_group_request, &message_sync_group_response},
    {15, "DescribeGroups", 0, 5, 5, &message_describe_groups_request, &message_describe_groups_response},
    {16, "ListGroups", 0, 5, 3, &message_list_groups_request, &message_list_groups_response},
    {17, "SaslHandshake", 0, 1, -1, &message_sasl_handshake_request, &message_sasl_handshake_response},
    {18, "ApiVersions", 0, 3, 3, &message_api_versions_request, &message_api_versions_response},
    {19, "CreateTopics", 0, 7, 5, &message_create_topics_request, &message_create_topics_response},
    {20, "DeleteTopics", 0, 6, 4, &message_delete_topics_request, &message_delete_topics_response},
    {21, "DeleteRecords", 0, 2, 2, &message_delete_records_request, &message_delete_records_response},
    {22, "InitProducerId", 0, 5, 2, &message_init_producer_id_request, &message_init_producer_id_response},
    {23, "OffsetForLeaderEpoch", 0, 4, 4, &message_offset_for_leader_epoch_request, &message_offset_for_leader_epoch_response},
    {29, "DescribeAcls", 0, 3, 2, &message_describe_acls_request, &message_describe_acls_response},
    {30, "CreateAcls", 0, 3, 2, &message_create_acls_request, &message_create_acls_response},
    {31, "DeleteAcls", 0, 3, 2, &message_delete_acls_request, &message_delete_acls_response},
    {32, "DescribeConfigs", 0, 4, 4, &message_describe_configs_request, &message_describe_configs_response},
    {33, "AlterConfigs", 0, 2, 2, &message_alter_configs_request, &message_alter_configs_response},
    {36, "SaslAuthenticate", 0, 2, 2, &message_sasl_authenticate_request, &message_sasl_authenticate_response},
    {37, "CreatePartitions", 0, 3, 2, &message_create_partitions_request, &message_create_partitions_response},
    {42, "DeleteGroups", 0, 2, 2, &message_delete_groups_request, &message_delete_groups_response},
    {44, "IncrementalAlterConfigs", 0, 1, 1, &message_incremental_alter_configs_request, &message_incremental_alter_configs_response},
    {47, "OffsetDelete", 0, 0, -1, &message_offset_delete_request, &message_offset_delete_response},
    {60, "DescribeCluster", 0, 1, 0, &message_describe_cluster_request, &message_describe_cluster_response},
};

const kmsg_api_info_t *kmsg_api_info(int16_t api_key)
{
    size_t i;

    for (i = 0; i < sizeof(api_table) / sizeof(api_table[0]); i++) {
        if (api_table[i].api_key == api_key)
            return &api_table[i];
    }
    return NULL;
}

int kmsg_request_header_version(int16_t api_key, int16_t api_version)
{
    const kmsg_api_info_t *api = kmsg_api_info(api_key);

    if (api == NULL)
        return -1;
    if (api->first_flexible >= 0 && api_version >= api->first_flexible)
        return 2;
    return 1;
}

int kmsg_response_header_version(int16_t api_key, int16_t api_version)
{
    const kmsg_api_info_t *api = kmsg_api_info(api_key);

    if (api == NULL)
        return -1;
    /* KIP-511: clients read the ApiVersions response header before they
     * know the broker's versions, so it never has a tagged section. */
    if (api_key == 18)
        return 0;
    if (api->first_flexible >= 0 && api_version >= api->first_flexible)
        return 1;
    return 0;
}

int kmsg_request_decode_any(wire_reader_t *r, int16_t api_key,
                            int16_t version, wire_arena_t *arena,
                            void **out)
{
    const kmsg_api_info_t *api = kmsg_api_info(api_key);
    void *m;

    *out = NULL;
    if (api == NULL || version < api->min_version ||
        version > api->max_version)
        return HERALD_EPROTO;
    m = wire__arena_alloc(arena, api->request->type->size);
    if (m == NULL)
        return HERALD_EPROTO;
    if (api->request->decode(r, version, arena, m) != 0)
        return HERALD_EPROTO;
    *out = m;
    return 0;
}

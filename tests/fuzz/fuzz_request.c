/*
 * libFuzzer target for the Kafka codec. The input is one request frame
 * without its int32 length: request header, then body. The header is
 * decoded at the version its API key and API version call for, then the
 * body as that API's request. A body that decodes must re-encode, decode
 * again, and re-encode to the same bytes; anything else is a codec bug and
 * aborts. The same bytes are also decoded as the API's response body,
 * because the CLI and the tests decode responses from brokers.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "kmsg.h"
#include "wire.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The broker caps a request's arena at a small multiple of its frame. */
static size_t arena_cap(size_t size)
{
    return 4 * size + 4096;
}

/* Re-encodes a decoded message, decodes the output, and checks that the
 * second encoding equals the first. */
static void check_round_trip(const kmsg_message_info_t *msg, int16_t version,
                             const void *decoded)
{
    wire_writer_t first, second;
    wire_arena_t arena;
    wire_reader_t r;
    void *again;

    wire__writer_init(&first);
    if (msg->encode(&first, version, decoded) != 0)
        abort();
    if (first.nchunks > 1 || first.total != first.buf.len)
        abort();

    wire__arena_init(&arena, SIZE_MAX);
    again = wire__arena_alloc(&arena, msg->type->size);
    if (again == NULL)
        abort();
    wire__reader_init(&r, first.buf.data, first.buf.len);
    if (msg->decode(&r, version, &arena, again) != 0 ||
        r.pos != first.buf.len)
        abort();

    wire__writer_init(&second);
    if (msg->encode(&second, version, again) != 0)
        abort();
    if (second.buf.len != first.buf.len ||
        (first.buf.len > 0 &&
         memcmp(second.buf.data, first.buf.data, first.buf.len) != 0))
        abort();

    wire__writer_free(&first);
    wire__writer_free(&second);
    wire__arena_free(&arena);
}

static void fuzz_body(const kmsg_message_info_t *msg, int16_t version,
                      const uint8_t *body, size_t len, size_t cap)
{
    wire_arena_t arena;
    wire_reader_t r;
    void *out;

    wire__arena_init(&arena, cap);
    out = wire__arena_alloc(&arena, msg->type->size);
    if (out == NULL) {
        wire__arena_free(&arena);
        return;
    }
    wire__reader_init(&r, body, len);
    if (msg->decode(&r, version, &arena, out) == 0)
        check_round_trip(msg, version, out);
    wire__arena_free(&arena);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const kmsg_api_info_t *api;
    kmsg_request_header_t header;
    wire_arena_t arena;
    wire_reader_t r;
    int16_t api_key, version;
    int header_version;

    if (size < 4)
        return 0;
    api_key = (int16_t)((data[0] << 8) | data[1]);
    version = (int16_t)((data[2] << 8) | data[3]);
    header_version = kmsg_request_header_version(api_key, version);
    if (header_version < 0)
        return 0;

    wire__arena_init(&arena, arena_cap(size));
    wire__reader_init(&r, data, size);
    if (kmsg_request_header_decode(&r, (int16_t)header_version, &arena,
                                   &header) != 0) {
        wire__arena_free(&arena);
        return 0;
    }
    check_round_trip(&kmsg_message_request_header, (int16_t)header_version,
                     &header);
    wire__arena_free(&arena);

    api = kmsg_api_info(api_key);
    if (version < api->min_version || version > api->max_version)
        return 0;
    fuzz_body(api->request, version, data + r.pos, size - r.pos,
              arena_cap(size));
    fuzz_body(api->response, version, data + r.pos, size - r.pos,
              arena_cap(size));
    return 0;
}

/*
 * Kafka wire primitives. The reader is bounds-checked and covers one received
 * frame. The writer builds a response as a list of chunks (buffer ranges, and
 * file ranges for sendfile(2)). The arena stores decoded arrays.
 *
 * Encoding rules (Kafka protocol guide): integers are big-endian; classic
 * strings carry an int16 length and bytes an int32 length, -1 meaning null;
 * compact (flexible-version) strings, bytes and arrays carry an unsigned
 * varint holding length + 1, 0 meaning null. Varints are 7 bits per byte,
 * low group first; the signed ones are zigzag-encoded.
 */
#ifndef HERALD_WIRE_H
#define HERALD_WIRE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Reader over [data, data + len). The first failed read sets `err` to
 * HERALD_EPROTO; from then on every read returns 0 (or NULL) and leaves
 * `err` set, so a decoder checks it once at the end. No read ever touches
 * bytes at or past `len`. */
typedef struct wire_reader {
    const uint8_t *data;
    size_t len;
    size_t pos;
    int err;
} wire_reader_t;

void wire__reader_init(wire_reader_t *r, const void *data, size_t len);

/* Marks the reader as failed (HERALD_EPROTO). */
void wire__reader_fail(wire_reader_t *r);

static inline size_t wire__remaining(const wire_reader_t *r)
{
    return r->err ? 0 : r->len - r->pos;
}

int8_t wire__read_i8(wire_reader_t *r);
int16_t wire__read_i16(wire_reader_t *r);
int32_t wire__read_i32(wire_reader_t *r);
int64_t wire__read_i64(wire_reader_t *r);
uint32_t wire__read_u32(wire_reader_t *r);
double wire__read_f64(wire_reader_t *r);
bool wire__read_bool(wire_reader_t *r);

/* Unsigned varint of at most 5 bytes that fits in 32 bits. */
uint32_t wire__read_uvarint(wire_reader_t *r);
/* Zigzag varint (int32, at most 5 bytes) and varlong (int64, 10 bytes). */
int32_t wire__read_varint(wire_reader_t *r);
int64_t wire__read_varlong(wire_reader_t *r);

/* Copies 16 raw bytes. */
void wire__read_uuid(wire_reader_t *r, uint8_t out[16]);

/* Returns a pointer to the next `n` bytes and skips them, or NULL (and sets
 * err) when fewer remain. */
const uint8_t *wire__read_raw(wire_reader_t *r, size_t n);

/* String readers return a pointer into the frame (not NUL-terminated) and
 * store the length in *len, or return NULL with *len = -1 for null. Lengths
 * above 32767 are invalid even in compact form, as in Kafka. */
const uint8_t *wire__read_string(wire_reader_t *r, int32_t *len);
const uint8_t *wire__read_compact_string(wire_reader_t *r, int32_t *len);

/* Bytes readers: the same with int32 / uvarint lengths. */
const uint8_t *wire__read_bytes(wire_reader_t *r, int32_t *len);
const uint8_t *wire__read_compact_bytes(wire_reader_t *r, int32_t *len);

/* Array count, or -1 for null. A count that cannot fit in the bytes left,
 * given that each element takes at least `min_elem` bytes (>= 1), fails
 * here, before the caller allocates anything. */
int32_t wire__read_array_len(wire_reader_t *r, size_t min_elem);
int32_t wire__read_compact_array_len(wire_reader_t *r, size_t min_elem);

/* Reads one entry header of a tagged-field section (uvarint tag, uvarint
 * size) and points *field at its payload, which is skipped in r. */
void wire__read_tagged(wire_reader_t *r, uint32_t *tag, wire_reader_t *field);

/* Release callback for a reference held by a writer chunk. */
typedef void (*wire_release_fn)(void *ref);

/* One piece of output. fd -1 means bytes of the writer's buffer at
 * [offset, offset + len); otherwise len bytes of the file from position
 * offset. */
typedef struct wire_chunk {
    int fd;
    int64_t offset;
    size_t len;
    void *ref;         /* kept alive until sent; released with release(ref) */
    wire_release_fn release;
} wire_chunk_t;

/* Output under construction. Bytes go to `buf`; `chunks` lists, in order,
 * the buffer ranges and file ranges that make up the output, and `total` is
 * their summed length. `err` is 0 or HERALD_ENOMEM; after a failure further
 * writes are ignored. A counting writer stores nothing and only adds to
 * `total`: encoders use it to size tagged fields and to check a message
 * before writing it. */
typedef struct wire_writer {
    buf_t buf;
    wire_chunk_t *chunks;
    size_t nchunks, cap;
    size_t total;
    int err;
    bool counting;
} wire_writer_t;

void wire__writer_init(wire_writer_t *w);

/* Initialises a counting writer; it allocates nothing, so freeing it is
 * optional. */
void wire__writer_init_counting(wire_writer_t *w);

/* Calls wire__writer_release() and frees the buffer and chunk list. */
void wire__writer_free(wire_writer_t *w);

/* Calls the release function of every file chunk that still holds a
 * reference, once each. The net layer calls it after sending the chunks or
 * when the connection closes first. */
void wire__writer_release(wire_writer_t *w);

void wire__write_raw(wire_writer_t *w, const void *data, size_t len);
void wire__write_i8(wire_writer_t *w, int8_t v);
void wire__write_i16(wire_writer_t *w, int16_t v);
void wire__write_i32(wire_writer_t *w, int32_t v);
void wire__write_i64(wire_writer_t *w, int64_t v);
void wire__write_u32(wire_writer_t *w, uint32_t v);
void wire__write_f64(wire_writer_t *w, double v);
void wire__write_bool(wire_writer_t *w, bool v);
void wire__write_uvarint(wire_writer_t *w, uint32_t v);
void wire__write_varint(wire_writer_t *w, int32_t v);
void wire__write_varlong(wire_writer_t *w, int64_t v);
void wire__write_uuid(wire_writer_t *w, const uint8_t b[16]);

/* `len` -1 writes null (`data` is then ignored). */
void wire__write_string(wire_writer_t *w, const void *data, int32_t len);
void wire__write_compact_string(wire_writer_t *w, const void *data,
                                int32_t len);
void wire__write_bytes(wire_writer_t *w, const void *data, int32_t len);
void wire__write_compact_bytes(wire_writer_t *w, const void *data,
                               int32_t len);

/* `count` -1 writes a null array. */
void wire__write_array_len(wire_writer_t *w, int32_t count);
void wire__write_compact_array_len(wire_writer_t *w, int32_t count);

/* Appends a file range [offset, offset + len) of `fd` as its own chunk. The
 * writer takes over `ref`: release(ref) runs from wire__writer_release(), or
 * at once if the chunk cannot be added. `release` may be NULL. A counting
 * writer only adds `len` to `total` and does not take `ref`. */
void wire__write_file(wire_writer_t *w, int fd, int64_t offset, size_t len,
                      void *ref, wire_release_fn release);

/* Writes four placeholder bytes and returns their buffer offset, for a later
 * wire__patch_i32() (frame length, size fields). */
size_t wire__reserve_i32(wire_writer_t *w);
void wire__patch_i32(wire_writer_t *w, size_t pos, int32_t value);

/* Chunked bump allocator for decoded arrays and strings. All memory is freed
 * at once by wire__arena_free() or wire__arena_reset(). `cap` bounds the
 * total bytes handed out, so that a hostile frame cannot make the decoder
 * allocate far more than its own size: set it to a small multiple of the
 * frame size. SIZE_MAX means no limit. */
typedef struct wire_arena_block wire_arena_block_t;

typedef struct wire_arena {
    wire_arena_block_t *head;
    size_t used;    /* bytes handed out since init or reset */
    size_t cap;
} wire_arena_t;

void wire__arena_init(wire_arena_t *a, size_t cap);
void wire__arena_free(wire_arena_t *a);

/* Frees every block but keeps the cap, so the arena can serve the next
 * request. */
void wire__arena_reset(wire_arena_t *a);

/* Returns `size` zeroed bytes aligned for any type, or NULL when the cap
 * would be exceeded or memory is short. */
void *wire__arena_alloc(wire_arena_t *a, size_t size);

/* Returns a NUL-terminated copy of the `n` bytes at `s` (which need not be
 * terminated), or NULL as wire__arena_alloc(). */
char *wire__arena_strndup(wire_arena_t *a, const char *s, size_t n);

#endif

/*
 * Kafka wire primitives used by the generated codec (kmsg.c) and by code
 * that writes frames by hand: the bounds-checked reader, the chunked writer
 * and the decode arena. Message layouts live in kmsg.c, so this file handles
 * only integers, varints, strings, bytes, array counts and tagged-field
 * entries.
 */
#include "wire.h"

#include <stdlib.h>
#include <string.h>

#include "herald/error.h"

/* Kafka caps string lengths at the int16 maximum in both encodings. */
#define WIRE_STRING_MAX 0x7fff

void wire__reader_init(wire_reader_t *r, const void *data, size_t len)
{
    r->data = data;
    r->len = len;
    r->pos = 0;
    r->err = 0;
}

void wire__reader_fail(wire_reader_t *r)
{
    r->err = HERALD_EPROTO;
}

/* Returns the next n bytes, or NULL after marking the reader failed. */
static const uint8_t *take(wire_reader_t *r, size_t n)
{
    const uint8_t *p;

    if (r->err)
        return NULL;
    if (n > r->len - r->pos) {
        r->err = HERALD_EPROTO;
        return NULL;
    }
    if (r->data == NULL)
        return (const uint8_t *)""; /* n == 0 on an empty reader */
    p = r->data + r->pos;
    r->pos += n;
    return p;
}

static uint64_t read_be(wire_reader_t *r, size_t n)
{
    const uint8_t *p = take(r, n);
    uint64_t v = 0;
    size_t i;

    if (p == NULL)
        return 0;
    for (i = 0; i < n; i++)
        v = (v << 8) | p[i];
    return v;
}

int8_t wire__read_i8(wire_reader_t *r)
{
    return (int8_t)read_be(r, 1);
}

int16_t wire__read_i16(wire_reader_t *r)
{
    return (int16_t)read_be(r, 2);
}

int32_t wire__read_i32(wire_reader_t *r)
{
    return (int32_t)read_be(r, 4);
}

int64_t wire__read_i64(wire_reader_t *r)
{
    return (int64_t)read_be(r, 8);
}

uint32_t wire__read_u32(wire_reader_t *r)
{
    return (uint32_t)read_be(r, 4);
}

double wire__read_f64(wire_reader_t *r)
{
    uint64_t bits = read_be(r, 8);
    double v;

    memcpy(&v, &bits, sizeof(v));
    return v;
}

bool wire__read_bool(wire_reader_t *r)
{
    return read_be(r, 1) != 0;
}

/* Reads a base-128 varint of at most max_bytes bytes whose value fits in
 * max_bits bits. */
static uint64_t read_varint_bits(wire_reader_t *r, int max_bytes, int max_bits)
{
    uint64_t v = 0;
    int i;

    for (i = 0; i < max_bytes; i++) {
        const uint8_t *p = take(r, 1);
        uint64_t group;

        if (p == NULL)
            return 0;
        group = *p & 0x7f;
        if (7 * i + 7 > max_bits && (group >> (max_bits - 7 * i)) != 0)
            break;
        v |= group << (7 * i);
        if ((*p & 0x80) == 0)
            return v;
    }
    r->err = HERALD_EPROTO;
    return 0;
}

uint32_t wire__read_uvarint(wire_reader_t *r)
{
    return (uint32_t)read_varint_bits(r, 5, 32);
}

int32_t wire__read_varint(wire_reader_t *r)
{
    uint32_t u = (uint32_t)read_varint_bits(r, 5, 32);

    return (int32_t)((u >> 1) ^ (~(u & 1) + 1));
}

int64_t wire__read_varlong(wire_reader_t *r)
{
    uint64_t u = read_varint_bits(r, 10, 64);

    return (int64_t)((u >> 1) ^ (~(u & 1) + 1));
}

void wire__read_uuid(wire_reader_t *r, uint8_t out[16])
{
    const uint8_t *p = take(r, 16);

    if (p == NULL)
        memset(out, 0, 16);
    else
        memcpy(out, p, 16);
}

const uint8_t *wire__read_raw(wire_reader_t *r, size_t n)
{
    return take(r, n);
}

/* Reads `n` payload bytes for a length already decoded; n < 0 is null. */
static const uint8_t *take_sized(wire_reader_t *r, int64_t n, int64_t max,
                                 int32_t *len)
{
    const uint8_t *p;

    *len = -1;
    if (r->err)
        return NULL;
    if (n < -1 || n > max) {
        r->err = HERALD_EPROTO;
        return NULL;
    }
    if (n == -1)
        return NULL;
    p = take(r, (size_t)n);
    if (p != NULL)
        *len = (int32_t)n;
    return p;
}

const uint8_t *wire__read_string(wire_reader_t *r, int32_t *len)
{
    int64_t n = wire__read_i16(r);

    return take_sized(r, n, WIRE_STRING_MAX, len);
}

const uint8_t *wire__read_compact_string(wire_reader_t *r, int32_t *len)
{
    int64_t n = (int64_t)wire__read_uvarint(r) - 1;

    return take_sized(r, n, WIRE_STRING_MAX, len);
}

const uint8_t *wire__read_bytes(wire_reader_t *r, int32_t *len)
{
    int64_t n = wire__read_i32(r);

    return take_sized(r, n, INT32_MAX, len);
}

const uint8_t *wire__read_compact_bytes(wire_reader_t *r, int32_t *len)
{
    int64_t n = (int64_t)wire__read_uvarint(r) - 1;

    return take_sized(r, n, INT32_MAX, len);
}

static int32_t check_count(wire_reader_t *r, int64_t n, size_t min_elem)
{
    if (r->err)
        return 0;
    if (min_elem == 0)
        min_elem = 1;
    if (n < -1 || n > INT32_MAX || (n > 0 && (uint64_t)n >
                                    (r->len - r->pos) / min_elem)) {
        r->err = HERALD_EPROTO;
        return 0;
    }
    return (int32_t)n;
}

int32_t wire__read_array_len(wire_reader_t *r, size_t min_elem)
{
    int64_t n = wire__read_i32(r);

    return check_count(r, n, min_elem);
}

int32_t wire__read_compact_array_len(wire_reader_t *r, size_t min_elem)
{
    int64_t n = (int64_t)wire__read_uvarint(r) - 1;

    return check_count(r, n, min_elem);
}

void wire__read_tagged(wire_reader_t *r, uint32_t *tag, wire_reader_t *field)
{
    uint32_t size;
    const uint8_t *p;

    *tag = wire__read_uvarint(r);
    size = wire__read_uvarint(r);
    p = take(r, size);
    wire__reader_init(field, p, p ? size : 0);
    field->err = r->err;
}

void wire__writer_init(wire_writer_t *w)
{
    buf__init(&w->buf);
    w->chunks = NULL;
    w->nchunks = 0;
    w->cap = 0;
    w->total = 0;
    w->err = 0;
    w->counting = false;
}

void wire__writer_init_counting(wire_writer_t *w)
{
    wire__writer_init(w);
    w->counting = true;
}

void wire__writer_release(wire_writer_t *w)
{
    size_t i;

    for (i = 0; i < w->nchunks; i++) {
        wire_chunk_t *c = &w->chunks[i];

        if (c->release != NULL && c->ref != NULL)
            c->release(c->ref);
        c->ref = NULL;
        c->release = NULL;
    }
}

void wire__writer_free(wire_writer_t *w)
{
    wire__writer_release(w);
    buf__free(&w->buf);
    free(w->chunks);
    wire__writer_init(w);
}

static wire_chunk_t *add_chunk(wire_writer_t *w)
{
    if (w->nchunks == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 4;
        wire_chunk_t *c = realloc(w->chunks, cap * sizeof(*c));

        if (c == NULL) {
            w->err = HERALD_ENOMEM;
            return NULL;
        }
        w->chunks = c;
        w->cap = cap;
    }
    return &w->chunks[w->nchunks++];
}

void wire__write_raw(wire_writer_t *w, const void *data, size_t len)
{
    wire_chunk_t *last;
    size_t at = w->buf.len;

    if (w->err || len == 0)
        return;
    if (w->counting) {
        w->total += len;
        return;
    }
    if (buf__append(&w->buf, data, len) != 0) {
        w->err = HERALD_ENOMEM;
        return;
    }

    /* Extend the last chunk when it is the buffer range just before. */
    last = w->nchunks ? &w->chunks[w->nchunks - 1] : NULL;
    if (last != NULL && last->fd < 0 &&
        (size_t)last->offset + last->len == at) {
        last->len += len;
    } else {
        last = add_chunk(w);
        if (last == NULL) {
            w->buf.len = at;
            return;
        }
        last->fd = -1;
        last->offset = (int64_t)at;
        last->len = len;
        last->ref = NULL;
        last->release = NULL;
    }
    w->total += len;
}

static void write_be(wire_writer_t *w, uint64_t v, size_t n)
{
    uint8_t b[8];
    size_t i;

    for (i = 0; i < n; i++)
        b[i] = (uint8_t)(v >> (8 * (n - 1 - i)));
    wire__write_raw(w, b, n);
}

void wire__write_i8(wire_writer_t *w, int8_t v)
{
    write_be(w, (uint8_t)v, 1);
}

void wire__write_i16(wire_writer_t *w, int16_t v)
{
    write_be(w, (uint16_t)v, 2);
}

void wire__write_i32(wire_writer_t *w, int32_t v)
{
    write_be(w, (uint32_t)v, 4);
}

void wire__write_i64(wire_writer_t *w, int64_t v)
{
    write_be(w, (uint64_t)v, 8);
}

void wire__write_u32(wire_writer_t *w, uint32_t v)
{
    write_be(w, v, 4);
}

void wire__write_f64(wire_writer_t *w, double v)
{
    uint64_t bits;

    memcpy(&bits, &v, sizeof(bits));
    write_be(w, bits, 8);
}

void wire__write_bool(wire_writer_t *w, bool v)
{
    write_be(w, v ? 1 : 0, 1);
}

static void write_varint_bits(wire_writer_t *w, uint64_t v)
{
    uint8_t b[10];
    size_t n = 0;

    while (v >= 0x80) {
        b[n++] = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    b[n++] = (uint8_t)v;
    wire__write_raw(w, b, n);
}

void wire__write_uvarint(wire_writer_t *w, uint32_t v)
{
    write_varint_bits(w, v);
}

void wire__write_varint(wire_writer_t *w, int32_t v)
{
    uint32_t u = (uint32_t)v;

    write_varint_bits(w, (u << 1) ^ (uint32_t)(v >> 31));
}

void wire__write_varlong(wire_writer_t *w, int64_t v)
{
    uint64_t u = (uint64_t)v;

    write_varint_bits(w, (u << 1) ^ (uint64_t)(v >> 63));
}

void wire__write_uuid(wire_writer_t *w, const uint8_t b[16])
{
    wire__write_raw(w, b, 16);
}

void wire__write_string(wire_writer_t *w, const void *data, int32_t len)
{
    wire__write_i16(w, (int16_t)(len < 0 ? -1 : len));
    if (len > 0)
        wire__write_raw(w, data, (size_t)len);
}

void wire__write_compact_string(wire_writer_t *w, const void *data,
                                int32_t len)
{
    wire__write_compact_bytes(w, data, len);
}

void wire__write_bytes(wire_writer_t *w, const void *data, int32_t len)
{
    wire__write_i32(w, len < 0 ? -1 : len);
    if (len > 0)
        wire__write_raw(w, data, (size_t)len);
}

void wire__write_compact_bytes(wire_writer_t *w, const void *data,
                               int32_t len)
{
    wire__write_uvarint(w, len < 0 ? 0 : (uint32_t)len + 1);
    if (len > 0)
        wire__write_raw(w, data, (size_t)len);
}

void wire__write_array_len(wire_writer_t *w, int32_t count)
{
    wire__write_i32(w, count < 0 ? -1 : count);
}

void wire__write_compact_array_len(wire_writer_t *w, int32_t count)
{
    wire__write_uvarint(w, count < 0 ? 0 : (uint32_t)count + 1);
}

void wire__write_file(wire_writer_t *w, int fd, int64_t offset, size_t len,
                      void *ref, wire_release_fn release)
{
    wire_chunk_t *c;

    if (w->counting) {
        w->total += len;
        return;
    }
    c = w->err ? NULL : add_chunk(w);
    if (c == NULL) {
        if (release != NULL && ref != NULL)
            release(ref);
        return;
    }
    c->fd = fd;
    c->offset = offset;
    c->len = len;
    c->ref = ref;
    c->release = release;
    w->total += len;
}

size_t wire__reserve_i32(wire_writer_t *w)
{
    static const uint8_t zero[4];
    size_t pos = w->buf.len;

    wire__write_raw(w, zero, sizeof(zero));
    return pos;
}

void wire__patch_i32(wire_writer_t *w, size_t pos, int32_t value)
{
    uint32_t u = (uint32_t)value;

    if (w->err || w->counting || pos > w->buf.len || w->buf.len - pos < 4)
        return;
    w->buf.data[pos] = (uint8_t)(u >> 24);
    w->buf.data[pos + 1] = (uint8_t)(u >> 16);
    w->buf.data[pos + 2] = (uint8_t)(u >> 8);
    w->buf.data[pos + 3] = (uint8_t)u;
}

/* Arena blocks: a header followed by the usable bytes. */
struct wire_arena_block {
    wire_arena_block_t *next;
    size_t size;
    size_t used;
    max_align_t data[];
};

#define ARENA_BLOCK_MIN 4096
#define ARENA_ALIGN (sizeof(max_align_t))

void wire__arena_init(wire_arena_t *a, size_t cap)
{
    a->head = NULL;
    a->used = 0;
    a->cap = cap;
}

void wire__arena_reset(wire_arena_t *a)
{
    wire_arena_block_t *b = a->head;

    while (b != NULL) {
        wire_arena_block_t *next = b->next;

        free(b);
        b = next;
    }
    a->head = NULL;
    a->used = 0;
}

void wire__arena_free(wire_arena_t *a)
{
    wire__arena_reset(a);
}

void *wire__arena_alloc(wire_arena_t *a, size_t size)
{
    wire_arena_block_t *b = a->head;
    size_t need;
    uint8_t *p;

    if (size == 0)
        size = 1;
    if (size > SIZE_MAX - ARENA_ALIGN)
        return NULL;
    need = (size + ARENA_ALIGN - 1) & ~(ARENA_ALIGN - 1);
    if (a->used > a->cap || need > a->cap - a->used)
        return NULL;

    if (b == NULL || b->size - b->used < need) {
        size_t bsize = need > ARENA_BLOCK_MIN ? need : ARENA_BLOCK_MIN;

        b = malloc(sizeof(*b) + bsize);
        if (b == NULL)
            return NULL;
        b->size = bsize;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    p = (uint8_t *)b->data + b->used;
    b->used += need;
    a->used += need;
    memset(p, 0, size);
    return p;
}

char *wire__arena_strndup(wire_arena_t *a, const char *s, size_t n)
{
    char *p;

    if (n == SIZE_MAX)
        return NULL;
    p = wire__arena_alloc(a, n + 1);
    if (p == NULL)
        return NULL;
    if (n > 0)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

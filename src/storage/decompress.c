/*
 * Decompression of produced record batches for validation: gzip through
 * zlib's inflate, lz4 through the LZ4 frame API and zstd through
 * ZSTD_decompressStream, each streamed into a fixed window, and snappy
 * through snappy-c one block at a time. Each thread keeps one set of codec
 * contexts, created on first use, reused for every batch and freed when the
 * thread exits. This module decompresses only; records.c parses the output.
 */
#include "decompress.h"

#include <lz4frame.h>
#include <pthread.h>
#include <snappy-c.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>
#include <zstd_errors.h>

#include "batch.h"
#include "herald/error.h"

#define WINDOW_BYTES (64 * 1024)

/* NOTE: zstd frames that need a window over 8 MiB are rejected, which
 * bounds the memory a frame header can make the decoder allocate. zstd 1.5
 * levels 1-19 stay within it. Levels 20-22 exceed it when the input size is
 * unknown or over 8 MiB. */
#define ZSTD_WINDOW_LOG_MAX 23

/* A snappy output buffer larger than this is freed after each batch. */
#define SNAPPY_KEEP_BYTES (1 << 20)

/* Xerial framing, as written by snappy-java and kafka-python: the magic,
 * a big-endian version and compatible version, then blocks of raw snappy,
 * each after its big-endian 4-byte length. */
static const uint8_t xerial_magic[8] = {0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0};
#define XERIAL_HEADER_BYTES 16

struct decompress {
    int codec;
    const uint8_t *src;
    size_t src_len;
    size_t src_pos;
    size_t max_out;
    size_t produced;
    int frame_done; /* the last gzip member, lz4 or zstd frame is complete */
    int xerial;
    uint8_t *window;

    z_stream zs;
    int zs_ready;
    LZ4F_dctx *lz4;
    ZSTD_DCtx *zstd;
    uint8_t *snappy_buf;
    size_t snappy_cap;
};

static pthread_key_t ctx_key;
static pthread_once_t ctx_once = PTHREAD_ONCE_INIT;
static int ctx_key_ready;

static void free_ctx(void *p)
{
    decompress_t *d = p;

    if (d->zs_ready)
        inflateEnd(&d->zs);
    LZ4F_freeDecompressionContext(d->lz4);
    ZSTD_freeDCtx(d->zstd);
    free(d->snappy_buf);
    free(d->window);
    free(d);
}

static void make_key(void)
{
    ctx_key_ready = pthread_key_create(&ctx_key, free_ctx) == 0;
}

static decompress_t *thread_ctx(void)
{
    decompress_t *d;

    pthread_once(&ctx_once, make_key);
    if (!ctx_key_ready)
        return NULL;
    d = pthread_getspecific(ctx_key);
    if (d != NULL)
        return d;
    d = calloc(1, sizeof *d);
    if (d == NULL)
        return NULL;
    d->window = malloc(WINDOW_BYTES);
    if (d->window == NULL || pthread_setspecific(ctx_key, d) != 0) {
        free(d->window);
        free(d);
        return NULL;
    }
    return d;
}

/* Creates or resets the context of `codec`, dropping any state left by a
 * batch that failed halfway. */
static int prepare_codec(decompress_t *d, int codec)
{
    switch (codec) {
    case CODEC_GZIP:
        if (d->zs_ready)
            return inflateReset(&d->zs) == Z_OK ? 0 : HERALD_ENOMEM;
        memset(&d->zs, 0, sizeof d->zs);
        if (inflateInit2(&d->zs, 16 + MAX_WBITS) != Z_OK) /* gzip only */
            return HERALD_ENOMEM;
        d->zs_ready = 1;
        return 0;
    case CODEC_SNAPPY:
        return 0;
    case CODEC_LZ4:
        if (d->lz4 != NULL) {
            LZ4F_resetDecompressionContext(d->lz4);
            return 0;
        }
        if (LZ4F_isError(
                LZ4F_createDecompressionContext(&d->lz4, LZ4F_VERSION))) {
            d->lz4 = NULL;
            return HERALD_ENOMEM;
        }
        return 0;
    case CODEC_ZSTD:
        if (d->zstd == NULL) {
            d->zstd = ZSTD_createDCtx();
            if (d->zstd == NULL)
                return HERALD_ENOMEM;
            if (ZSTD_isError(ZSTD_DCtx_setParameter(
                    d->zstd, ZSTD_d_windowLogMax, ZSTD_WINDOW_LOG_MAX)))
                return HERALD_ENOMEM;
            return 0;
        }
        ZSTD_DCtx_reset(d->zstd, ZSTD_reset_session_only);
        return 0;
    default:
        return HERALD_ECORRUPT;
    }
}

int decompress__begin(decompress_t **out, int codec, const uint8_t *src,
                      size_t len, size_t max_out)
{
    decompress_t *d = thread_ctx();
    int rc;

    if (d == NULL)
        return HERALD_ENOMEM;
    if (codec == CODEC_GZIP && len > UINT32_MAX)
        return HERALD_ECORRUPT; /* zlib counts input in 32 bits */
    rc = prepare_codec(d, codec);
    if (rc != 0)
        return rc;
    d->codec = codec;
    d->src = src;
    d->src_len = len;
    d->src_pos = 0;
    d->max_out = max_out;
    d->produced = 0;
    d->frame_done = 0;
    d->xerial = codec == CODEC_SNAPPY && len >= XERIAL_HEADER_BYTES &&
                memcmp(src, xerial_magic, sizeof xerial_magic) == 0;
    if (d->xerial)
        d->src_pos = XERIAL_HEADER_BYTES;
    if (codec == CODEC_GZIP) {
        d->zs.next_in = (Bytef *)src;
        d->zs.avail_in = (uInt)len;
    }
    *out = d;
    return 0;
}

/* Counts `n` bytes of output against the limit and hands out the window. */
static int emit(decompress_t *d, const uint8_t *data, size_t n,
                const uint8_t **out, size_t *len)
{
    if (n > d->max_out - d->produced)
        return HERALD_ECORRUPT;
    d->produced += n;
    *out = data;
    *len = n;
    return 0;
}

static int gzip_next(decompress_t *d, const uint8_t **data, size_t *len)
{
    z_stream *zs = &d->zs;

    zs->next_out = d->window;
    zs->avail_out = WINDOW_BYTES;
    while (zs->avail_out == WINDOW_BYTES) {
        int rc;

        if (d->frame_done) {
            if (zs->avail_in == 0)
                break;
            /* Another gzip member follows, as Java's GZIPInputStream
             * accepts. */
            if (inflateReset(zs) != Z_OK)
                return HERALD_ECORRUPT;
            d->frame_done = 0;
        }
        /* Z_BUF_ERROR here means no progress: the input ended early. */
        rc = inflate(zs, Z_NO_FLUSH);
        if (rc == Z_STREAM_END)
            d->frame_done = 1;
        else if (rc == Z_MEM_ERROR)
            return HERALD_ENOMEM;
        else if (rc != Z_OK)
            return HERALD_ECORRUPT;
    }
    return emit(d, d->window, WINDOW_BYTES - zs->avail_out, data, len);
}

static int lz4_next(decompress_t *d, const uint8_t **data, size_t *len)
{
    if (d->frame_done && d->src_pos == d->src_len)
        return emit(d, d->window, 0, data, len);
    for (;;) {
        size_t in = d->src_len - d->src_pos, out = WINDOW_BYTES;
        size_t hint = LZ4F_decompress(d->lz4, d->window, &out,
                                      d->src + d->src_pos, &in, NULL);

        if (LZ4F_isError(hint))
            return HERALD_ECORRUPT;
        /* A hint of 0 ends a frame. The context then starts a new frame if
         * more input follows. */
        d->frame_done = hint == 0;
        d->src_pos += in;
        if (out > 0)
            return emit(d, d->window, out, data, len);
        if (d->src_pos == d->src_len)
            return d->frame_done ? emit(d, d->window, 0, data, len)
                                 : HERALD_ECORRUPT;
        if (in == 0)
            return HERALD_ECORRUPT; /* no progress */
    }
}

static int zstd_next(decompress_t *d, const uint8_t **data, size_t *len)
{
    if (d->frame_done && d->src_pos == d->src_len)
        return emit(d, d->window, 0, data, len);
    for (;;) {
        ZSTD_inBuffer in = {d->src, d->src_len, d->src_pos};
        ZSTD_outBuffer out = {d->window, WINDOW_BYTES, 0};
        size_t hint = ZSTD_decompressStream(d->zstd, &out, &in);

        if (ZSTD_isError(hint))
            return ZSTD_getErrorCode(hint) == ZSTD_error_memory_allocation
                       ? HERALD_ENOMEM
                       : HERALD_ECORRUPT;
        d->frame_done = hint == 0;
        if (out.pos > 0) {
            d->src_pos = in.pos;
            return emit(d, d->window, out.pos, data, len);
        }
        /* The output was not full, so the decoder flushed all it could. */
        if (in.pos == in.size)
            return d->frame_done ? emit(d, d->window, 0, data, len)
                                 : HERALD_ECORRUPT;
        if (in.pos == d->src_pos)
            return HERALD_ECORRUPT; /* no progress */
        d->src_pos = in.pos;
    }
}

/* Grows the snappy output buffer to `n` bytes, which is at most max_out. */
static int snappy_reserve(decompress_t *d, size_t n)
{
    uint8_t *p;

    if (n <= d->snappy_cap)
        return 0;
    p = realloc(d->snappy_buf, n);
    if (p == NULL)
        return HERALD_ENOMEM;
    d->snappy_buf = p;
    d->snappy_cap = n;
    return 0;
}

/* Finds the next block of raw snappy: the whole input without xerial
 * framing, else the next length-prefixed block. Returns 1 with a block, 0
 * at the end, or HERALD_ECORRUPT. */
static int snappy_block(decompress_t *d, const uint8_t **block, size_t *n)
{
    size_t left = d->src_len - d->src_pos;

    if (!d->xerial) {
        if (d->frame_done)
            return 0;
        d->frame_done = 1;
        *block = d->src;
        *n = d->src_len;
        d->src_pos = d->src_len;
        return 1;
    }
    if (left == 0)
        return 0;
    if (left < 4 || be__u32(d->src + d->src_pos) > left - 4)
        return HERALD_ECORRUPT;
    *n = be__u32(d->src + d->src_pos);
    *block = d->src + d->src_pos + 4;
    d->src_pos += 4 + *n;
    return 1;
}

static int snappy_next(decompress_t *d, const uint8_t **data, size_t *len)
{
    for (;;) {
        const uint8_t *block;
        size_t n, out;
        int rc = snappy_block(d, &block, &n);

        if (rc <= 0)
            return rc < 0 ? rc : emit(d, d->window, 0, data, len);
        /* The stated length is checked against the limit before anything
         * is allocated for it. */
        if (snappy_uncompressed_length((const char *)block, n, &out) !=
                SNAPPY_OK ||
            out > d->max_out - d->produced)
            return HERALD_ECORRUPT;
        if (out == 0) {
            if (snappy_validate_compressed_buffer((const char *)block, n) !=
                SNAPPY_OK)
                return HERALD_ECORRUPT;
            continue;
        }
        rc = snappy_reserve(d, out);
        if (rc != 0)
            return rc;
        if (snappy_uncompress((const char *)block, n, (char *)d->snappy_buf,
                              &out) != SNAPPY_OK)
            return HERALD_ECORRUPT;
        return emit(d, d->snappy_buf, out, data, len);
    }
}

int decompress__next(decompress_t *d, const uint8_t **data, size_t *len)
{
    switch (d->codec) {
    case CODEC_GZIP:
        return gzip_next(d, data, len);
    case CODEC_SNAPPY:
        return snappy_next(d, data, len);
    case CODEC_LZ4:
        return lz4_next(d, data, len);
    case CODEC_ZSTD:
        return zstd_next(d, data, len);
    default:
        return HERALD_ECORRUPT;
    }
}

void decompress__end(decompress_t *d)
{
    d->src = NULL;
    d->src_len = 0;
    if (d->snappy_cap > SNAPPY_KEEP_BYTES) {
        free(d->snappy_buf);
        d->snappy_buf = NULL;
        d->snappy_cap = 0;
    }
}

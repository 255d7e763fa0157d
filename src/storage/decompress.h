/*
 * Streaming decompression of the records section of a compressed record
 * batch, for validation on produce. Output comes in pieces, so that the
 * records can be parsed as they are decompressed without holding the whole
 * decompressed data.
 */
#ifndef HERALD_STORAGE_DECOMPRESS_H
#define HERALD_STORAGE_DECOMPRESS_H

#include <stddef.h>
#include <stdint.h>

/* Codec numbers of the batch Attributes bits 0-2. */
#define CODEC_NONE 0
#define CODEC_GZIP 1
#define CODEC_SNAPPY 2
#define CODEC_LZ4 3
#define CODEC_ZSTD 4

typedef struct decompress decompress_t;

/* Starts decompressing the `len` bytes at `src`, which stay valid and
 * unchanged until decompress__end(). `codec` is CODEC_GZIP (gzip members),
 * CODEC_SNAPPY (raw snappy, or xerial framing when the data starts with its
 * magic), CODEC_LZ4 (LZ4 frames) or CODEC_ZSTD (zstd frames). Concatenated
 * members or frames are accepted. More than `max_out` bytes of output is an
 * error. Uses the calling thread's codec contexts, so each thread may have
 * only one stream started at a time. Returns 0 and sets *out,
 * HERALD_ECORRUPT for an unknown codec, or HERALD_ENOMEM. */
int decompress__begin(decompress_t **out, int codec, const uint8_t *src,
                      size_t len, size_t max_out);

/* Produces the next piece of output in *data and *len, valid until the next
 * call. *len is 0 once the input has ended cleanly. Returns 0,
 * HERALD_ECORRUPT when the input is invalid, truncated, followed by bytes
 * that are not another member or frame, or decompresses to more than
 * `max_out` bytes, or HERALD_ENOMEM. */
int decompress__next(decompress_t *d, const uint8_t **data, size_t *len);

/* Ends the stream and releases a large snappy output buffer. */
void decompress__end(decompress_t *d);

#endif

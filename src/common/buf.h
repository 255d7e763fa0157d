/*
 * A growable byte buffer. The data pointer may move on every append, so
 * callers keep offsets, not pointers, across appends.
 */
#ifndef HERALD_BUF_H
#define HERALD_BUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct buf {
    uint8_t *data;
    size_t len;
    size_t cap;
} buf_t;

void buf__init(buf_t *b);
void buf__free(buf_t *b);
void buf__reset(buf_t *b);

/* Makes room for `extra` more bytes. Returns 0, or -1 when out of memory. */
int buf__reserve(buf_t *b, size_t extra);

/* Appends bytes. Returns 0, or -1 when out of memory (the buffer is then
 * unchanged). */
int buf__append(buf_t *b, const void *data, size_t len);

/* Drops the first `n` bytes, moving the rest to the front. */
void buf__consume(buf_t *b, size_t n);

#endif

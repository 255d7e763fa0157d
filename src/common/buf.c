#include "buf.h"

#include <stdlib.h>
#include <string.h>

void buf__init(buf_t *b)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void buf__free(buf_t *b)
{
    free(b->data);
    buf__init(b);
}

void buf__reset(buf_t *b)
{
    b->len = 0;
}

int buf__reserve(buf_t *b, size_t extra)
{
    size_t need = b->len + extra;
    size_t cap;
    uint8_t *p;

    if (need < b->len)
        return -1;
    if (need <= b->cap)
        return 0;
    cap = b->cap ? b->cap : 256;
    while (cap < need) {
        if (cap > SIZE_MAX / 2)
            return -1;
        cap *= 2;
    }
    p = realloc(b->data, cap);
    if (p == NULL)
        return -1;
    b->data = p;
    b->cap = cap;
    return 0;
}

int buf__append(buf_t *b, const void *data, size_t len)
{
    if (len == 0)
        return 0;
    if (buf__reserve(b, len) != 0)
        return -1;
    memcpy(b->data + b->len, data, len);
    b->len += len;
    return 0;
}

void buf__consume(buf_t *b, size_t n)
{
    if (n >= b->len) {
        b->len = 0;
        return;
    }
    memmove(b->data, b->data + n, b->len - n);
    b->len -= n;
}

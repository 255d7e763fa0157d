#ifndef HERALD_UTF8_H
#define HERALD_UTF8_H

#include <stddef.h>

/* Returns 1 when the len bytes of data are well-formed UTF-8 (RFC 3629:
 * no overlong forms, surrogates or code points past U+10FFFF) and contain
 * no NUL byte, else 0. */
int utf8__valid(const void *data, size_t len);

#endif

/* Helpers shared by the request handlers. */
#include "handlers.h"

#include <string.h>

#include "herald/error.h"
#include "kafka_error.h"

int16_t handlers__kafka_error(int err)
{
    switch (err) {
    case HERALD_OK:
    case HERALD_EDUPLICATE:
        return KERR_NONE;
    case HERALD_ECORRUPT:
    case HERALD_EPROTO:
        return KERR_CORRUPT_MESSAGE;
    case HERALD_ETOOBIG:
        return KERR_MESSAGE_TOO_LARGE;
    case HERALD_ERANGE:
        return KERR_OFFSET_OUT_OF_RANGE;
    case HERALD_ENOSPC:
    case HERALD_EIO:
        return KERR_KAFKA_STORAGE_ERROR;
    case HERALD_ESEQUENCE:
        return KERR_OUT_OF_ORDER_SEQUENCE_NUMBER;
    case HERALD_EFENCED:
        return KERR_INVALID_PRODUCER_EPOCH;
    case HERALD_ENOENT:
        return KERR_UNKNOWN_PRODUCER_ID;
    case HERALD_EUNSUPPORTED:
        return KERR_UNSUPPORTED_FOR_MESSAGE_FORMAT;
    default:
        return KERR_UNKNOWN_SERVER_ERROR;
    }
}

int handlers__cstr(const kmsg_str_t *s, char *out, size_t size)
{
    if (s->len < 0 || (size_t)s->len >= size ||
        memchr(s->ptr, '\0', (size_t)s->len) != NULL)
        return -1;
    memcpy(out, s->ptr, (size_t)s->len);
    out[s->len] = '\0';
    return 0;
}

void handlers__set_str(kmsg_str_t *s, const char *value)
{
    s->ptr = value;
    s->len = value ? (int32_t)strlen(value) : -1;
}

/* Helpers shared by the request handlers. */
#include "handlers.h"

#include <string.h>

#include "broker.h"
#include "clock.h"
#include "herald/error.h"
#include "kafka_error.h"
#include "log.h"
#include "log_limit.h"

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
    case HERALD_EMFILE:
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

topic_t *handlers__auto_create(broker_t *b, const kmsg_str_t *name,
                               int16_t *error)
{
    /* One client can ask for many new topics a second, so the warning is
     * written once a second at most. */
    static log_limit_t limit = {.interval_us = 1000000};
    char cname[TOPIC_NAME_MAX + 1];
    char err[256];
    topic_t *topic;
    long skipped;

    memcpy(cname, name->ptr, (size_t)name->len);
    cname[name->len] = '\0';
    if (topics__colliding(&b->topics, cname)) {
        *error = KERR_INVALID_TOPIC_EXCEPTION;
        return NULL;
    }
    if (topics__create(&b->topics, cname, b->cfg.num_partitions, NULL, 0,
                       &topic, err, sizeof(err)) != 0) {
        if (log_limit__allow(&limit, clock__mono_us(), &skipped))
            LOG_WARN("broker", "auto-create failed",
                     "topic=%s err=\"%s\" similar_lines_skipped=%ld", cname,
                     err, skipped);
        *error = KERR_KAFKA_STORAGE_ERROR;
        return NULL;
    }
    return topic;
}

/*
 * The inside of herald_event_t, shared by the event, JSON and Kafka binding
 * code. Never installed.
 */
#ifndef HERALD_LIB_EVENT_INTERNAL_H
#define HERALD_LIB_EVENT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "herald/event.h"

struct event_ext {
    char *name;
    char *value; /* canonical text, also for Integer and Boolean */
    herald_ext_kind_t kind;
};

struct herald_event {
    char *id;
    char *source;
    char *specversion;
    char *type;
    char *time;
    char *datacontenttype;
    char *dataschema;
    char *subject;
    struct event_ext *exts;
    size_t ext_count;
    size_t ext_cap;
    uint8_t *data; /* len bytes plus a NUL; NULL when there is no data */
    size_t data_len;
    /* Set when decoded from a JSON string "data" member with a non-JSON
     * content type, so that encoding writes the string back as is. */
    int data_is_text;
};

/* Returns 1 when the media type (parameters ignored, NULL meaning
 * application/json) declares JSON data. */
int event__is_json_type(const char *media_type);

/* Returns 1 for a valid attribute name: 1 or more lower-case ASCII
 * letters or digits. */
int event__valid_name(const char *name);

/* Sets an extension with an explicit kind; value is canonical text. */
herald_err_t event__set_ext(herald_event_t *ev, const char *name,
                            const char *value, herald_ext_kind_t kind);

/* Writes a formatted message into errbuf when it is not NULL. */
void event__errf(char *errbuf, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Fills out with 16 random bytes. Returns 0 or -1. */
int event__random(void *out, size_t len);

/* Base64 (RFC 4648, with padding). encode returns a malloc'd string;
 * decode returns 0, or -1 on a malformed input, and stores a malloc'd
 * buffer. */
char *event__base64_encode(const uint8_t *data, size_t len);
int event__base64_decode(const char *text, size_t len, uint8_t **out,
                         size_t *out_len);

#endif

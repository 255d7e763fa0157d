/*
 * CloudEvents 1.0 events and their encodings.
 *
 * An event carries the CloudEvents context attributes (id, source,
 * specversion, type, time, and the optional datacontenttype, dataschema,
 * subject and extension attributes) and its data as bytes. Events are opaque
 * and owned by whoever created or decoded them; the library copies every
 * string and buffer it is given.
 *
 * Two encodings are supported in both directions: the structured JSON format
 * (media type application/cloudevents+json) and the Kafka protocol binding,
 * in binary mode (ce_ headers, data as the record value) and structured mode
 * (the JSON format as the record value).
 *
 * Threads: an event may be read from several threads at once, but a thread
 * that changes it must be the only one using it.
 */
#ifndef HERALD_EVENT_H
#define HERALD_EVENT_H

#include <stddef.h>
#include <stdint.h>

#include "herald/error.h"
#include "herald/export.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct herald_event herald_event_t;

/* Media type of the structured JSON format. */
#define HERALD_CE_JSON_MEDIA_TYPE "application/cloudevents+json"

/* Recommended size of the errbuf passed to the decoding and validating
 * functions. Longer messages are truncated. */
#define HERALD_ERRBUF_SIZE 256

/* Type of an extension attribute's value. The JSON format keeps the type;
 * the Kafka binary mode carries every value as a string. */
typedef enum herald_ext_kind {
    HERALD_EXT_STRING = 0,
    HERALD_EXT_INTEGER = 1,
    HERALD_EXT_BOOLEAN = 2,
} herald_ext_kind_t;

/*
 * Creates an event of the given type and source with specversion "1.0", no
 * data and no other attributes. id and time stay unset until
 * herald_event_fill_defaults() or publishing fills them in.
 *
 * type, source: copied; either may be NULL and set later.
 * Returns HERALD_OK and stores the event in *out (free it with
 * herald_event_free()), HERALD_EINVAL when out is NULL, or HERALD_ENOMEM.
 * Any thread.
 */
HERALD_API herald_err_t herald_event_new(herald_event_t **out,
                                         const char *type,
                                         const char *source);

/* Frees the event and everything it owns. NULL is ignored. */
HERALD_API void herald_event_free(herald_event_t *ev);

/* Copies ev with all its attributes and data into *out.
 * Returns HERALD_OK, HERALD_EINVAL or HERALD_ENOMEM. */
HERALD_API herald_err_t herald_event_clone(herald_event_t **out,
                                           const herald_event_t *ev);

/*
 * Sets the attribute `name` to a string value: a core attribute (id, source,
 * specversion, type, time, datacontenttype, dataschema, subject) or an
 * extension. value NULL unsets the attribute. The value is copied and
 * checked only by herald_event_validate().
 *
 * Returns HERALD_OK; HERALD_EINVAL when name is not a valid attribute name
 * (lower-case ASCII letters and digits only) or is "data"; HERALD_ENOMEM.
 */
HERALD_API herald_err_t herald_event_set_attr(herald_event_t *ev,
                                              const char *name,
                                              const char *value);

/* Sets an extension attribute of type Integer or Boolean. Return codes as
 * herald_event_set_attr(); core attribute names give HERALD_EINVAL. */
HERALD_API herald_err_t herald_event_set_ext_int(herald_event_t *ev,
                                                 const char *name,
                                                 int64_t value);
HERALD_API herald_err_t herald_event_set_ext_bool(herald_event_t *ev,
                                                  const char *name,
                                                  int value);

/* Returns the attribute's value as a string (Integer and Boolean extensions
 * in their canonical text form), or NULL when unset. The pointer stays valid
 * until the attribute is changed or the event is freed. */
HERALD_API const char *herald_event_attr(const herald_event_t *ev,
                                         const char *name);

/* Shorthands for herald_event_attr() on the core attributes. */
HERALD_API const char *herald_event_id(const herald_event_t *ev);
HERALD_API const char *herald_event_type(const herald_event_t *ev);
HERALD_API const char *herald_event_source(const herald_event_t *ev);
HERALD_API const char *herald_event_time(const herald_event_t *ev);

/* Number of extension attributes, and the i-th of them (0-based, in the
 * order they were first set). herald_event_ext_at() returns HERALD_ERANGE
 * when i is out of range; any output pointer may be NULL. */
HERALD_API size_t herald_event_ext_count(const herald_event_t *ev);
HERALD_API herald_err_t herald_event_ext_at(const herald_event_t *ev,
                                            size_t i, const char **name,
                                            const char **value,
                                            herald_ext_kind_t *kind);

/*
 * Replaces the event's data with a copy of len bytes at data. data NULL
 * removes the data, which is distinct from empty data (len 0).
 * Returns HERALD_OK, HERALD_EINVAL (data NULL with len > 0) or HERALD_ENOMEM.
 */
HERALD_API herald_err_t herald_event_set_data(herald_event_t *ev,
                                              const void *data, size_t len);

/* Returns the data (NULL when the event has none) and stores its length in
 * *len when len is not NULL. The bytes belong to the event. The library
 * keeps a NUL byte after them, so JSON or text data can be read as a
 * string. */
HERALD_API const void *herald_event_data(const herald_event_t *ev,
                                         size_t *len);

/*
 * Fills in what a producer must set and may leave to the library: id (a
 * random UUID version 4), time (now, RFC 3339 in UTC with milliseconds) and
 * specversion ("1.0"), each only when unset.
 * Returns HERALD_OK, HERALD_EINVAL, HERALD_ENOMEM, or HERALD_EIO when no
 * random bytes could be read.
 */
HERALD_API herald_err_t herald_event_fill_defaults(herald_event_t *ev);

/*
 * Checks the event against CloudEvents 1.0: id, source and type present and
 * non-empty, specversion "1.0", time an RFC 3339 timestamp, dataschema an
 * absolute URI, subject and datacontenttype non-empty when set, and
 * extension names of lower-case letters and digits.
 *
 * errbuf, errlen: when errbuf is not NULL, receives a message naming the
 * first invalid attribute, such as "attribute 'time' is not an RFC 3339
 * timestamp". Returns HERALD_OK or HERALD_EINVAL. Any thread.
 */
HERALD_API herald_err_t herald_event_validate(const herald_event_t *ev,
                                              char *errbuf, size_t errlen);

/*
 * Encodes the event in the structured JSON format. When datacontenttype is
 * unset or a JSON media type (subtype "json" or ending in "+json"), the data
 * goes into the "data" member as a JSON value. Otherwise it goes into "data"
 * as a string when the event was decoded from a string "data" member, and
 * into "data_base64" in every other case.
 *
 * The event must be valid (see herald_event_validate()).
 * Returns HERALD_OK and stores a NUL-terminated string in *json (free it with
 * herald_free()) and its length in *len when len is not NULL; HERALD_EINVAL
 * when the event is invalid, or data is declared JSON but does not parse;
 * HERALD_ENOMEM.
 */
HERALD_API herald_err_t herald_event_to_json(const herald_event_t *ev,
                                             char **json, size_t *len);

/*
 * Decodes one event in the structured JSON format and validates it. JSON
 * null members count as unset.
 *
 * Returns HERALD_OK and stores the event in *out; HERALD_EPROTO when the text
 * is not a JSON object, an attribute has the wrong JSON type, or data_base64
 * is not Base64; HERALD_EINVAL when the event fails validation; HERALD_ENOMEM.
 * errbuf (may be NULL) receives a message naming the attribute at fault.
 */
HERALD_API herald_err_t herald_event_from_json(herald_event_t **out,
                                               const char *json, size_t len,
                                               char *errbuf, size_t errlen);

/* Frees memory the library returned, such as herald_event_to_json()'s
 * string. NULL is ignored. */
HERALD_API void herald_free(void *ptr);

/* ---- Kafka protocol binding ---- */

typedef enum herald_content_mode {
    HERALD_MODE_BINARY = 0,     /* attributes in ce_ headers, data as value */
    HERALD_MODE_STRUCTURED = 1, /* the JSON format as the value */
} herald_content_mode_t;

/* One Kafka record header. value need not be NUL-terminated. */
typedef struct herald_header {
    const char *name;
    const void *value;
    size_t len;
} herald_header_t;

/* A Kafka record's key, value and headers. key and value are NULL when
 * absent (a binary-mode event without data has no value). */
typedef struct herald_record {
    const void *key;
    size_t key_len;
    const void *value;
    size_t value_len;
    herald_header_t *headers;
    size_t header_count;
} herald_record_t;

/*
 * Encodes a valid event as a Kafka record. In binary mode every attribute
 * becomes a ce_<name> header, except datacontenttype which becomes the
 * content-type header, and the data becomes the value. In structured mode
 * the value is the JSON format and the only header is content-type
 * "application/cloudevents+json; charset=UTF-8". In both modes the key is the
 * partitionkey extension when it is set, else absent; the attribute also
 * stays in the event.
 *
 * out: filled with memory the library owns; release it with
 * herald_record_clear(). Returns HERALD_OK, HERALD_EINVAL (invalid event) or
 * HERALD_ENOMEM.
 */
HERALD_API herald_err_t herald_event_to_record(const herald_event_t *ev,
                                               herald_content_mode_t mode,
                                               herald_record_t *out);

/* Frees what herald_event_to_record() stored in rec and zeroes it. Never
 * call it on a record the caller filled in. */
HERALD_API void herald_record_clear(herald_record_t *rec);

/*
 * Decodes a Kafka record into an event and validates it. The mode follows
 * the content-type header: a value starting with "application/cloudevents"
 * (any case) means structured mode, anything else binary mode. The record
 * key is not turned into an attribute.
 *
 * Returns HERALD_OK and stores the event in *out; HERALD_EUNSUPPORTED for a
 * structured event format other than JSON; HERALD_EPROTO for a malformed
 * value or header; HERALD_EINVAL when the event fails validation;
 * HERALD_ENOMEM. errbuf (may be NULL) receives a message naming the
 * attribute at fault. The record is only read and may be freed afterwards.
 */
HERALD_API herald_err_t herald_event_from_record(herald_event_t **out,
                                                 const herald_record_t *rec,
                                                 char *errbuf, size_t errlen);

#ifdef __cplusplus
}
#endif

#endif

/*
 * The CloudEvents Kafka protocol binding (1.0.2): events to and from Kafka
 * records in binary mode (ce_ headers, content-type, data as the value) and
 * structured mode (the JSON format as the value). The record key comes from
 * the partitionkey extension, the opt-in key mapping the binding describes.
 * Producing and consuming the records is the Kafka transport's job.
 */
#include "event_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "utf8.h"

#define STRUCTURED_CONTENT_TYPE HERALD_CE_JSON_MEDIA_TYPE "; charset=UTF-8"
#define CE_PREFIX "ce_"

static int add_header(herald_record_t *rec, size_t cap, const char *name,
                      const char *value)
{
    herald_header_t *h = &rec->headers[rec->header_count];
    char *name_copy, *value_copy;

    if (rec->header_count >= cap)
        return -1;
    name_copy = strdup(name);
    value_copy = strdup(value);
    if (name_copy == NULL || value_copy == NULL) {
        free(name_copy);
        free(value_copy);
        return -1;
    }
    h->name = name_copy;
    h->value = value_copy;
    h->len = strlen(value_copy);
    rec->header_count++;
    return 0;
}

static int add_ce_header(herald_record_t *rec, size_t cap, const char *attr,
                         const char *value)
{
    char name[128];

    if (value == NULL)
        return 0;
    snprintf(name, sizeof(name), CE_PREFIX "%s", attr);
    return add_header(rec, cap, name, value);
}

static int copy_bytes(const void **dst, size_t *dst_len, const void *src,
                      size_t len)
{
    void *copy = malloc(len + 1);

    if (copy == NULL)
        return -1;
    memcpy(copy, src, len);
    ((char *)copy)[len] = '\0';
    *dst = copy;
    *dst_len = len;
    return 0;
}

static int encode_binary(const herald_event_t *ev, herald_record_t *out,
                         size_t cap)
{
    static const char *const attrs[] = {
        "specversion", "id", "source", "type", "time", "dataschema", "subject",
    };
    const char *content_type = ev->datacontenttype;
    int rc = 0;

    for (size_t i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++)
        rc |= add_ce_header(out, cap, attrs[i],
                            herald_event_attr(ev, attrs[i]));
    for (size_t i = 0; i < ev->ext_count; i++)
        rc |= add_ce_header(out, cap, ev->exts[i].name, ev->exts[i].value);
    /* The JSON format implies application/json when datacontenttype is
     * unset; another binding must then state it (JSON format 3.1.2). */
    if (content_type == NULL && ev->data != NULL)
        content_type = "application/json";
    if (content_type)
        rc |= add_header(out, cap, "content-type", content_type);
    if (rc == 0 && ev->data != NULL)
        rc = copy_bytes(&out->value, &out->value_len, ev->data, ev->data_len);
    return rc;
}

static int encode_structured(const herald_event_t *ev, herald_record_t *out,
                             size_t cap)
{
    char *json;
    size_t len;

    if (herald_event_to_json(ev, &json, &len) != HERALD_OK)
        return -1;
    out->value = json;
    out->value_len = len;
    return add_header(out, cap, "content-type", STRUCTURED_CONTENT_TYPE);
}

herald_err_t herald_event_to_record(const herald_event_t *ev,
                                    herald_content_mode_t mode,
                                    herald_record_t *out)
{
    size_t cap;
    const char *key;
    int rc;

    if (out == NULL)
        return HERALD_EINVAL;
    memset(out, 0, sizeof(*out));
    if (herald_event_validate(ev, NULL, 0) != HERALD_OK)
        return HERALD_EINVAL;
    /* Structured data must parse as JSON too: fail that as invalid. */
    if (mode == HERALD_MODE_STRUCTURED && ev->data &&
        event__is_json_type(ev->datacontenttype)) {
        char *json;

        if (herald_event_to_json(ev, &json, NULL) != HERALD_OK)
            return HERALD_EINVAL;
        herald_free(json);
    }
    cap = 9 + ev->ext_count;
    out->headers = calloc(cap, sizeof(*out->headers));
    if (out->headers == NULL)
        return HERALD_ENOMEM;
    if (mode == HERALD_MODE_STRUCTURED)
        rc = encode_structured(ev, out, cap);
    else
        rc = encode_binary(ev, out, cap);
    key = herald_event_attr(ev, "partitionkey");
    if (rc == 0 && key)
        rc = copy_bytes(&out->key, &out->key_len, key, strlen(key));
    if (rc != 0) {
        herald_record_clear(out);
        return HERALD_ENOMEM;
    }
    return HERALD_OK;
}

void herald_record_clear(herald_record_t *rec)
{
    if (rec == NULL)
        return;
    for (size_t i = 0; i < rec->header_count; i++) {
        free((void *)rec->headers[i].name);
        free((void *)rec->headers[i].value);
    }
    free(rec->headers);
    free((void *)rec->key);
    free((void *)rec->value);
    memset(rec, 0, sizeof(*rec));
}

static const herald_header_t *find_header(const herald_record_t *rec,
                                          const char *name)
{
    for (size_t i = 0; i < rec->header_count; i++) {
        if (rec->headers[i].name &&
            strcasecmp(rec->headers[i].name, name) == 0)
            return &rec->headers[i];
    }
    return NULL;
}

/* Copies a header value into a NUL-terminated string, or returns NULL when
 * it is not UTF-8 text. */
static char *header_text(const herald_header_t *h)
{
    char *text;

    if (!utf8__valid(h->value, h->len))
        return NULL;
    text = malloc(h->len + 1);
    if (text) {
        memcpy(text, h->value, h->len);
        text[h->len] = '\0';
    }
    return text;
}

static herald_err_t decode_binary(herald_event_t *ev,
                                  const herald_record_t *rec, char *errbuf,
                                  size_t errlen)
{
    herald_err_t err = HERALD_OK;

    for (size_t i = 0; i < rec->header_count && err == HERALD_OK; i++) {
        const herald_header_t *h = &rec->headers[i];
        const char *attr;
        char *text;

        /* A header without a value leaves its attribute unset. */
        if (h->name == NULL || h->value == NULL)
            continue;
        if (strncmp(h->name, CE_PREFIX, 3) == 0)
            attr = h->name + 3;
        else if (strcasecmp(h->name, "content-type") == 0)
            attr = "datacontenttype";
        else
            continue;
        if (!event__valid_name(attr) || strcmp(attr, "data") == 0) {
            event__errf(errbuf, errlen,
                        "header name is not a valid ce_ attribute name");
            return HERALD_EPROTO;
        }
        text = header_text(h);
        if (text == NULL) {
            event__errf(errbuf, errlen,
                        "header for attribute '%s' is not UTF-8 text", attr);
            return HERALD_EPROTO;
        }
        err = herald_event_set_attr(ev, attr, text);
        free(text);
    }
    if (err == HERALD_OK && rec->value != NULL)
        err = herald_event_set_data(ev, rec->value, rec->value_len);
    return err;
}

/* Returns 1 when the media type is application/cloudevents+json with or
 * without parameters. */
static int is_json_format(const char *ct, size_t len)
{
    size_t n = strlen(HERALD_CE_JSON_MEDIA_TYPE);

    if (len < n || strncasecmp(ct, HERALD_CE_JSON_MEDIA_TYPE, n) != 0)
        return 0;
    return len == n || ct[n] == ';' || ct[n] == ' ';
}

herald_err_t herald_event_from_record(herald_event_t **out,
                                      const herald_record_t *rec,
                                      char *errbuf, size_t errlen)
{
    const herald_header_t *ct;
    herald_event_t *ev;
    herald_err_t err;
    size_t prefix = strlen("application/cloudevents");

    if (out == NULL || rec == NULL)
        return HERALD_EINVAL;
    *out = NULL;
    ct = find_header(rec, "content-type");
    if (ct && ct->value && ct->len >= prefix &&
        strncasecmp(ct->value, "application/cloudevents", prefix) == 0) {
        if (!is_json_format(ct->value, ct->len)) {
            event__errf(errbuf, errlen,
                        "structured event format is not JSON");
            return HERALD_EUNSUPPORTED;
        }
        if (rec->value == NULL) {
            event__errf(errbuf, errlen, "structured record has no value");
            return HERALD_EPROTO;
        }
        return herald_event_from_json(out, rec->value, rec->value_len,
                                      errbuf, errlen);
    }
    if (herald_event_new(&ev, NULL, NULL) != HERALD_OK)
        return HERALD_ENOMEM;
    herald_event_set_attr(ev, "specversion", NULL);
    err = decode_binary(ev, rec, errbuf, errlen);
    if (err == HERALD_OK)
        err = herald_event_validate(ev, errbuf, errlen);
    if (err != HERALD_OK) {
        herald_event_free(ev);
        return err;
    }
    *out = ev;
    return HERALD_OK;
}

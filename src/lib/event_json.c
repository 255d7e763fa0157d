/*
 * The CloudEvents JSON event format (application/cloudevents+json, JSON
 * Event Format 1.0.2) in both directions, through jansson. Attribute
 * checks are left to herald_event_validate(); this file checks only that
 * each member has the JSON type the format gives it.
 */
#include "event_internal.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static const char b64_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

char *event__base64_encode(const uint8_t *data, size_t len)
{
    char *out = malloc((len + 2) / 3 * 4 + 1);
    size_t o = 0;

    if (out == NULL)
        return NULL;
    for (size_t i = 0; i < len; i += 3) {
        uint32_t v = (uint32_t)data[i] << 16;

        if (i + 1 < len)
            v |= (uint32_t)data[i + 1] << 8;
        if (i + 2 < len)
            v |= data[i + 2];
        out[o++] = b64_alphabet[(v >> 18) & 63];
        out[o++] = b64_alphabet[(v >> 12) & 63];
        out[o++] = i + 1 < len ? b64_alphabet[(v >> 6) & 63] : '=';
        out[o++] = i + 2 < len ? b64_alphabet[v & 63] : '=';
    }
    out[o] = '\0';
    return out;
}

static int b64_value(char c)
{
    const char *p = c ? strchr(b64_alphabet, c) : NULL;

    return p ? (int)(p - b64_alphabet) : -1;
}

int event__base64_decode(const char *text, size_t len, uint8_t **out,
                         size_t *out_len)
{
    uint8_t *buf;
    size_t o = 0;

    if (len % 4 != 0)
        return -1;
    buf = malloc(len / 4 * 3 + 1);
    if (buf == NULL)
        return -1;
    for (size_t i = 0; i < len; i += 4) {
        int last = i + 4 == len;
        int pad = 0;
        uint32_t v = 0;

        for (size_t j = 0; j < 4; j++) {
            int d = b64_value(text[i + j]);

            /* '=' may only end the last quantum, at most twice. */
            if (text[i + j] == '=' && last && j >= 2 &&
                (j == 3 || text[i + 3] == '=')) {
                pad++;
                d = 0;
            } else if (d < 0 || pad > 0) {
                free(buf);
                return -1;
            }
            v = v << 6 | (uint32_t)d;
        }
        buf[o++] = (uint8_t)(v >> 16);
        if (pad < 2)
            buf[o++] = (uint8_t)(v >> 8);
        if (pad < 1)
            buf[o++] = (uint8_t)v;
    }
    buf[o] = '\0';
    *out = buf;
    *out_len = o;
    return 0;
}

static int set_string(json_t *obj, const char *name, const char *value)
{
    if (value == NULL)
        return 0;
    return json_object_set_new(obj, name, json_string(value));
}

static int set_extension(json_t *obj, const struct event_ext *ext)
{
    json_t *value;

    if (ext->kind == HERALD_EXT_INTEGER)
        value = json_integer(strtoll(ext->value, NULL, 10));
    else if (ext->kind == HERALD_EXT_BOOLEAN)
        value = json_boolean(strcmp(ext->value, "true") == 0);
    else
        value = json_string(ext->value);
    return json_object_set_new(obj, ext->name, value);
}

/* Adds "data" or "data_base64". Returns HERALD_EINVAL when the content
 * type declares JSON but the bytes do not parse. */
static herald_err_t set_data(json_t *obj, const herald_event_t *ev)
{
    json_t *value = NULL;
    const char *member = "data";
    char *b64;

    if (ev->data == NULL)
        return HERALD_OK;
    if (event__is_json_type(ev->datacontenttype)) {
        value = json_loadb((const char *)ev->data, ev->data_len,
                           JSON_DECODE_ANY, NULL);
        if (value == NULL)
            return HERALD_EINVAL;
    } else if (ev->data_is_text) {
        /* NULL when the bytes are not UTF-8: fall back to Base64. */
        value = json_stringn((const char *)ev->data, ev->data_len);
    }
    if (value == NULL) {
        b64 = event__base64_encode(ev->data, ev->data_len);
        if (b64 == NULL)
            return HERALD_ENOMEM;
        value = json_string(b64);
        free(b64);
        member = "data_base64";
    }
    if (json_object_set_new(obj, member, value) != 0)
        return HERALD_ENOMEM;
    return HERALD_OK;
}

herald_err_t herald_event_to_json(const herald_event_t *ev, char **json,
                                  size_t *len)
{
    json_t *obj;
    herald_err_t err;
    int rc = 0;

    if (json == NULL || herald_event_validate(ev, NULL, 0) != HERALD_OK)
        return HERALD_EINVAL;
    *json = NULL;
    obj = json_object();
    if (obj == NULL)
        return HERALD_ENOMEM;
    rc |= set_string(obj, "specversion", ev->specversion);
    rc |= set_string(obj, "id", ev->id);
    rc |= set_string(obj, "source", ev->source);
    rc |= set_string(obj, "type", ev->type);
    rc |= set_string(obj, "time", ev->time);
    rc |= set_string(obj, "datacontenttype", ev->datacontenttype);
    rc |= set_string(obj, "dataschema", ev->dataschema);
    rc |= set_string(obj, "subject", ev->subject);
    for (size_t i = 0; i < ev->ext_count; i++)
        rc |= set_extension(obj, &ev->exts[i]);
    err = rc ? HERALD_ENOMEM : set_data(obj, ev);
    if (err == HERALD_OK) {
        *json = json_dumps(obj, JSON_COMPACT);
        if (*json == NULL)
            err = HERALD_ENOMEM;
        else if (len)
            *len = strlen(*json);
    }
    json_decref(obj);
    return err;
}

/* Stores one attribute member. Returns HERALD_EPROTO for a JSON type the
 * format does not allow for it. */
static herald_err_t decode_member(herald_event_t *ev, const char *name,
                                  json_t *value, char *errbuf, size_t errlen)
{
    static const char *const core[] = {
        "id", "source", "specversion", "type", "time",
        "datacontenttype", "dataschema", "subject",
    };
    int is_core = 0;

    if (!event__valid_name(name)) {
        event__errf(errbuf, errlen,
                    "member name is not a valid attribute name");
        return HERALD_EPROTO;
    }
    for (size_t i = 0; i < sizeof(core) / sizeof(core[0]); i++)
        is_core |= strcmp(name, core[i]) == 0;
    if (json_is_string(value))
        return herald_event_set_attr(ev, name, json_string_value(value));
    if (!is_core && json_is_integer(value))
        return herald_event_set_ext_int(ev, name, json_integer_value(value));
    if (!is_core && json_is_boolean(value))
        return herald_event_set_ext_bool(ev, name, json_is_true(value));
    event__errf(errbuf, errlen, "attribute '%s' has the wrong JSON type",
                name);
    return HERALD_EPROTO;
}

static herald_err_t decode_data(herald_event_t *ev, json_t *data,
                                json_t *data_b64, char *errbuf,
                                size_t errlen)
{
    herald_err_t err;

    if (data && data_b64) {
        event__errf(errbuf, errlen,
                    "members 'data' and 'data_base64' are both present");
        return HERALD_EPROTO;
    }
    if (data_b64) {
        const char *text = json_string_value(data_b64);
        uint8_t *bytes;
        size_t n;

        if (text == NULL ||
            event__base64_decode(text, json_string_length(data_b64), &bytes,
                                 &n) < 0) {
            event__errf(errbuf, errlen, "member 'data_base64' is not Base64");
            return HERALD_EPROTO;
        }
        err = herald_event_set_data(ev, bytes, n);
        free(bytes);
        return err;
    }
    if (data == NULL)
        return HERALD_OK;
    if (event__is_json_type(ev->datacontenttype)) {
        char *text = json_dumps(data, JSON_COMPACT | JSON_ENCODE_ANY);

        if (text == NULL)
            return HERALD_ENOMEM;
        err = herald_event_set_data(ev, text, strlen(text));
        free(text);
        return err;
    }
    if (!json_is_string(data)) {
        event__errf(errbuf, errlen,
                    "member 'data' must be a string for a non-JSON "
                    "datacontenttype");
        return HERALD_EPROTO;
    }
    err = herald_event_set_data(ev, json_string_value(data),
                                json_string_length(data));
    ev->data_is_text = 1;
    return err;
}

herald_err_t herald_event_from_json(herald_event_t **out, const char *json,
                                    size_t len, char *errbuf, size_t errlen)
{
    json_t *root, *value, *data = NULL, *data_b64 = NULL;
    herald_event_t *ev;
    herald_err_t err = HERALD_OK;
    const char *name;

    if (out == NULL || json == NULL)
        return HERALD_EINVAL;
    *out = NULL;
    root = json_loadb(json, len, 0, NULL);
    if (!json_is_object(root)) {
        event__errf(errbuf, errlen, "event is not a JSON object");
        json_decref(root);
        return HERALD_EPROTO;
    }
    if (herald_event_new(&ev, NULL, NULL) != HERALD_OK) {
        json_decref(root);
        return HERALD_ENOMEM;
    }
    /* specversion is required, so it must come from the document. */
    herald_event_set_attr(ev, "specversion", NULL);
    json_object_foreach(root, name, value) {
        if (json_is_null(value))
            continue;
        if (strcmp(name, "data") == 0)
            data = value;
        else if (strcmp(name, "data_base64") == 0)
            data_b64 = value;
        else
            err = decode_member(ev, name, value, errbuf, errlen);
        if (err != HERALD_OK)
            break;
    }
    if (err == HERALD_OK)
        err = decode_data(ev, data, data_b64, errbuf, errlen);
    if (err == HERALD_OK)
        err = herald_event_validate(ev, errbuf, errlen);
    json_decref(root);
    if (err != HERALD_OK) {
        herald_event_free(ev);
        return err;
    }
    *out = ev;
    return HERALD_OK;
}

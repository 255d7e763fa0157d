/*
 * CloudEvents: the JSON format examples of the CloudEvents 1.0.2 JSON Event
 * Format specification (section 3.2) decode and re-encode equal, the Kafka
 * binding maps them to the right headers and back, and invalid events are
 * rejected with the attribute named.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "herald.h"

/* The specification's first example has the placeholder text "... base64
 * encoded string ..." as data_base64; real Base64 is used here instead. */
static const char *const spec_examples[] = {
    "{\"specversion\":\"1.0\",\"type\":\"com.example.someevent\","
    "\"source\":\"/mycontext\",\"id\":\"A234-1234-1234\","
    "\"time\":\"2018-04-05T17:31:00Z\",\"comexampleextension1\":\"value\","
    "\"comexampleothervalue\":5,"
    "\"datacontenttype\":\"application/vnd.apache.thrift.binary\","
    "\"data_base64\":\"AAECAwT/\"}",

    "{\"specversion\":\"1.0\",\"type\":\"com.example.someevent\","
    "\"source\":\"/mycontext\",\"id\":\"B234-1234-1234\","
    "\"time\":\"2018-04-05T17:31:00Z\",\"comexampleextension1\":\"value\","
    "\"comexampleothervalue\":5,\"unsetextension\":null,"
    "\"datacontenttype\":\"application/xml\","
    "\"data\":\"<much wow=\\\"xml\\\"/>\"}",

    "{\"specversion\":\"1.0\",\"type\":\"com.example.someevent\","
    "\"source\":\"/mycontext\",\"subject\":null,\"id\":\"C234-1234-1234\","
    "\"time\":\"2018-04-05T17:31:00Z\",\"comexampleextension1\":\"value\","
    "\"comexampleothervalue\":5,\"datacontenttype\":\"application/json\","
    "\"data\":{\"appinfoA\":\"abc\",\"appinfoB\":123,\"appinfoC\":true}}",

    "{\"specversion\":\"1.0\",\"type\":\"com.example.someevent\","
    "\"source\":\"/mycontext\",\"subject\":null,\"id\":\"D234-1234-1234\","
    "\"time\":\"2018-04-05T17:31:00Z\",\"comexampleextension1\":\"value\","
    "\"comexampleothervalue\":5,\"data\":\"I'm just a string\"}",
};

/* Parses text and drops members whose value is null, which the format
 * treats as unset. */
static json_t *load_without_nulls(const char *text)
{
    json_t *obj = json_loads(text, 0, NULL);
    const char *name;
    json_t *value;
    void *tmp;

    assert_non_null(obj);
    json_object_foreach_safe(obj, tmp, name, value) {
        if (json_is_null(value))
            json_object_del(obj, name);
    }
    return obj;
}

static herald_event_t *decode_ok(const char *json)
{
    herald_event_t *ev = NULL;
    char err[HERALD_ERRBUF_SIZE];

    assert_int_equal(herald_event_from_json(&ev, json, strlen(json), err,
                                            sizeof(err)),
                     HERALD_OK);
    assert_non_null(ev);
    return ev;
}

static void json_spec_examples_round_trip(void **state)
{
    for (size_t i = 0; i < sizeof(spec_examples) / sizeof(spec_examples[0]);
         i++) {
        herald_event_t *ev = decode_ok(spec_examples[i]);
        json_t *want = load_without_nulls(spec_examples[i]);
        json_t *got;
        char *out;

        assert_int_equal(herald_event_to_json(ev, &out, NULL), HERALD_OK);
        got = json_loads(out, 0, NULL);
        assert_non_null(got);
        if (!json_equal(want, got))
            fail_msg("example %zu re-encoded as %s", i, out);
        json_decref(want);
        json_decref(got);
        herald_free(out);
        herald_event_free(ev);
    }
}

static void json_decodes_attributes(void **state)
{
    herald_event_t *ev = decode_ok(spec_examples[0]);
    const uint8_t want[] = {0, 1, 2, 3, 4, 0xff};
    const char *name, *value;
    herald_ext_kind_t kind;
    size_t len;
    const void *data = herald_event_data(ev, &len);

    assert_string_equal(herald_event_id(ev), "A234-1234-1234");
    assert_string_equal(herald_event_type(ev), "com.example.someevent");
    assert_string_equal(herald_event_source(ev), "/mycontext");
    assert_string_equal(herald_event_time(ev), "2018-04-05T17:31:00Z");
    assert_string_equal(herald_event_attr(ev, "datacontenttype"),
                        "application/vnd.apache.thrift.binary");
    assert_int_equal(len, sizeof(want));
    assert_memory_equal(data, want, sizeof(want));
    assert_int_equal(herald_event_ext_count(ev), 2);
    assert_int_equal(herald_event_ext_at(ev, 1, &name, &value, &kind),
                     HERALD_OK);
    assert_string_equal(name, "comexampleothervalue");
    assert_string_equal(value, "5");
    assert_int_equal(kind, HERALD_EXT_INTEGER);
    herald_event_free(ev);
}

static const herald_header_t *header(const herald_record_t *rec,
                                     const char *name)
{
    for (size_t i = 0; i < rec->header_count; i++) {
        if (strcmp(rec->headers[i].name, name) == 0)
            return &rec->headers[i];
    }
    return NULL;
}

static void assert_header(const herald_record_t *rec, const char *name,
                          const char *value)
{
    const herald_header_t *h = header(rec, name);

    if (h == NULL)
        fail_msg("header %s is missing", name);
    assert_int_equal(h->len, strlen(value));
    assert_memory_equal(h->value, value, h->len);
}

/* The JSON format's own binary-mode rendering of its third and fourth
 * examples, with Kafka's ce_ prefix in place of HTTP's ce-. */
static void binary_headers_match_spec(void **state)
{
    herald_event_t *ev = decode_ok(spec_examples[3]);
    herald_record_t rec;

    assert_int_equal(herald_event_to_record(ev, HERALD_MODE_BINARY, &rec),
                     HERALD_OK);
    assert_header(&rec, "ce_specversion", "1.0");
    assert_header(&rec, "ce_type", "com.example.someevent");
    assert_header(&rec, "ce_source", "/mycontext");
    assert_header(&rec, "ce_id", "D234-1234-1234");
    assert_header(&rec, "ce_time", "2018-04-05T17:31:00Z");
    assert_header(&rec, "ce_comexampleextension1", "value");
    assert_header(&rec, "ce_comexampleothervalue", "5");
    assert_header(&rec, "content-type", "application/json");
    assert_null(header(&rec, "ce_subject"));
    assert_null(header(&rec, "ce_datacontenttype"));
    assert_int_equal(rec.value_len, strlen("\"I'm just a string\""));
    assert_memory_equal(rec.value, "\"I'm just a string\"", rec.value_len);
    assert_null(rec.key);
    herald_record_clear(&rec);
    herald_event_free(ev);
}

/* The binary-mode example of the Kafka protocol binding, section 3.2.5. */
static void binary_record_decodes(void **state)
{
    herald_header_t headers[] = {
        {"ce_specversion", "1.0", 3},
        {"ce_type", "com.example.someevent", 21},
        {"ce_source", "/mycontext/subcontext", 21},
        {"ce_id", "1234-1234-1234", 14},
        {"ce_time", "2018-04-05T03:56:24Z", 20},
        {"ce_partitionkey", "mykey", 5},
        {"content-type", "application/avro", 16},
        {"traceid", "not an attribute", 16},
    };
    const uint8_t value[] = {0x02, 0x00, 0x7f, 0x80};
    herald_record_t rec = {
        .key = "mykey", .key_len = 5,
        .value = value, .value_len = sizeof(value),
        .headers = headers, .header_count = 8,
    };
    herald_event_t *ev = NULL;
    char err[HERALD_ERRBUF_SIZE];
    const void *data;
    size_t len;

    assert_int_equal(herald_event_from_record(&ev, &rec, err, sizeof(err)),
                     HERALD_OK);
    assert_string_equal(herald_event_attr(ev, "specversion"), "1.0");
    assert_string_equal(herald_event_type(ev), "com.example.someevent");
    assert_string_equal(herald_event_source(ev), "/mycontext/subcontext");
    assert_string_equal(herald_event_id(ev), "1234-1234-1234");
    assert_string_equal(herald_event_time(ev), "2018-04-05T03:56:24Z");
    assert_string_equal(herald_event_attr(ev, "datacontenttype"),
                        "application/avro");
    assert_string_equal(herald_event_attr(ev, "partitionkey"), "mykey");
    assert_null(herald_event_attr(ev, "traceid"));
    assert_int_equal(herald_event_ext_count(ev), 1);
    data = herald_event_data(ev, &len);
    assert_int_equal(len, sizeof(value));
    assert_memory_equal(data, value, sizeof(value));
    herald_event_free(ev);
}

static void binary_round_trip_keeps_key(void **state)
{
    herald_event_t *ev = decode_ok(spec_examples[1]);
    herald_event_t *back = NULL;
    herald_record_t rec;
    char *a, *b;

    assert_int_equal(herald_event_set_attr(ev, "partitionkey", "order-7"),
                     HERALD_OK);
    assert_int_equal(herald_event_to_record(ev, HERALD_MODE_BINARY, &rec),
                     HERALD_OK);
    assert_int_equal(rec.key_len, 7);
    assert_memory_equal(rec.key, "order-7", 7);
    assert_header(&rec, "ce_partitionkey", "order-7");
    assert_int_equal(herald_event_from_record(&back, &rec, NULL, 0),
                     HERALD_OK);
    assert_string_equal(herald_event_attr(back, "partitionkey"), "order-7");
    assert_string_equal(herald_event_attr(back, "datacontenttype"),
                        "application/xml");
    assert_string_equal(herald_event_data(back, NULL), "<much wow=\"xml\"/>");
    /* Binary mode carries extensions as strings. */
    assert_string_equal(herald_event_attr(back, "comexampleothervalue"), "5");
    assert_int_equal(herald_event_to_json(ev, &a, NULL), HERALD_OK);
    assert_int_equal(herald_event_to_json(back, &b, NULL), HERALD_OK);
    assert_non_null(strstr(b, "\"data_base64\""));
    herald_free(a);
    herald_free(b);
    herald_record_clear(&rec);
    herald_event_free(back);
    herald_event_free(ev);
}

static void structured_record_round_trips(void **state)
{
    herald_event_t *ev = decode_ok(spec_examples[2]);
    herald_event_t *back = NULL;
    herald_record_t rec;
    char *a, *b;

    assert_int_equal(herald_event_to_record(ev, HERALD_MODE_STRUCTURED, &rec),
                     HERALD_OK);
    assert_int_equal(rec.header_count, 1);
    assert_header(&rec, "content-type",
                  "application/cloudevents+json; charset=UTF-8");
    assert_int_equal(herald_event_from_record(&back, &rec, NULL, 0),
                     HERALD_OK);
    assert_int_equal(herald_event_to_json(ev, &a, NULL), HERALD_OK);
    assert_int_equal(herald_event_to_json(back, &b, NULL), HERALD_OK);
    assert_string_equal(a, b);
    herald_free(a);
    herald_free(b);
    herald_record_clear(&rec);
    herald_event_free(back);
    herald_event_free(ev);
}

static void structured_avro_unsupported(void **state)
{
    herald_header_t h = {"content-type", "application/cloudevents+avro", 28};
    herald_record_t rec = {.value = "x", .value_len = 1, .headers = &h,
                           .header_count = 1};
    herald_event_t *ev = NULL;

    assert_int_equal(herald_event_from_record(&ev, &rec, NULL, 0),
                     HERALD_EUNSUPPORTED);
    assert_null(ev);
}

static void assert_rejected(const char *json, herald_err_t want,
                            const char *attr)
{
    herald_event_t *ev = NULL;
    char err[HERALD_ERRBUF_SIZE] = "";

    assert_int_equal(herald_event_from_json(&ev, json, strlen(json), err,
                                            sizeof(err)),
                     want);
    assert_null(ev);
    if (strstr(err, attr) == NULL)
        fail_msg("error \"%s\" does not name %s", err, attr);
}

static void invalid_events_name_attribute(void **state)
{
    assert_rejected("{\"specversion\":\"1.0\",\"type\":\"t\","
                    "\"source\":\"/s\"}",
                    HERALD_EINVAL, "'id'");
    assert_rejected("{\"specversion\":\"1.0\",\"id\":\"\",\"type\":\"t\","
                    "\"source\":\"/s\"}",
                    HERALD_EINVAL, "'id'");
    assert_rejected("{\"specversion\":\"1.0\",\"id\":\"1\",\"type\":\"t\","
                    "\"source\":\"/s\",\"time\":\"2018-04-05 17:31:00\"}",
                    HERALD_EINVAL, "'time'");
    assert_rejected("{\"specversion\":\"1.0\",\"id\":\"1\",\"type\":\"t\","
                    "\"source\":\"/s\",\"time\":\"2018-02-30T17:31:00Z\"}",
                    HERALD_EINVAL, "'time'");
    assert_rejected("{\"specversion\":\"0.3\",\"id\":\"1\",\"type\":\"t\","
                    "\"source\":\"/s\"}",
                    HERALD_EINVAL, "'specversion'");
    assert_rejected("{\"id\":\"1\",\"type\":\"t\",\"source\":\"/s\"}",
                    HERALD_EINVAL, "'specversion'");
    assert_rejected("{\"specversion\":\"1.0\",\"id\":\"1\",\"type\":\"t\"}",
                    HERALD_EINVAL, "'source'");
    assert_rejected("{\"specversion\":\"1.0\",\"id\":7,\"type\":\"t\","
                    "\"source\":\"/s\"}",
                    HERALD_EPROTO, "'id'");
    assert_rejected("{\"specversion\":\"1.0\",\"id\":\"1\",\"type\":\"t\","
                    "\"source\":\"/s\",\"dataschema\":\"no-scheme\"}",
                    HERALD_EINVAL, "'dataschema'");
    assert_rejected("{\"specversion\":\"1.0\",\"id\":\"1\",\"type\":\"t\","
                    "\"source\":\"/s\",\"big\":4294967296}",
                    HERALD_EINVAL, "'big'");
    assert_rejected("{\"specversion\":\"1.0\",\"id\":\"1\",\"type\":\"t\","
                    "\"source\":\"/s\",\"datacontenttype\":\"text/plain\","
                    "\"data_base64\":\"AA=A\"}",
                    HERALD_EPROTO, "'data_base64'");
    assert_rejected("{\"specversion\":\"1.0\",\"id\":\"1\",\"type\":\"t\","
                    "\"source\":\"/s\",\"data\":1,\"data_base64\":\"AA==\"}",
                    HERALD_EPROTO, "'data'");
    assert_rejected("[1,2]", HERALD_EPROTO, "JSON object");
}

static void binary_missing_id_rejected(void **state)
{
    herald_header_t headers[] = {
        {"ce_specversion", "1.0", 3},
        {"ce_type", "t", 1},
        {"ce_source", "/s", 2},
        {"ce_id", "1", 1},
    };
    herald_record_t rec = {.headers = headers, .header_count = 3};
    herald_event_t *ev = NULL;
    char err[HERALD_ERRBUF_SIZE];

    assert_int_equal(herald_event_from_record(&ev, &rec, err, sizeof(err)),
                     HERALD_EINVAL);
    assert_non_null(strstr(err, "'id'"));
    headers[0].value = "2.0";
    rec.header_count = 4;
    assert_int_equal(herald_event_from_record(&ev, &rec, err, sizeof(err)),
                     HERALD_EINVAL);
    if (strstr(err, "'specversion'") == NULL)
        fail_msg("error \"%s\" does not name specversion", err);
}

static void defaults_fill_uuid_and_time(void **state)
{
    herald_event_t *ev;
    const char *id, *time;
    char err[HERALD_ERRBUF_SIZE];

    assert_int_equal(herald_event_new(&ev, "order.created", "/shop"),
                     HERALD_OK);
    assert_int_equal(herald_event_validate(ev, err, sizeof(err)),
                     HERALD_EINVAL);
    assert_non_null(strstr(err, "'id'"));
    assert_int_equal(herald_event_fill_defaults(ev), HERALD_OK);
    assert_int_equal(herald_event_validate(ev, err, sizeof(err)), HERALD_OK);
    id = herald_event_id(ev);
    time = herald_event_time(ev);
    /* xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx */
    assert_int_equal(strlen(id), 36);
    assert_int_equal(id[8], '-');
    assert_int_equal(id[14], '4');
    assert_non_null(strchr("89ab", id[19]));
    /* 2026-01-01T00:00:00.000Z */
    assert_int_equal(strlen(time), 24);
    assert_int_equal(time[19], '.');
    assert_int_equal(time[23], 'Z');
    herald_event_free(ev);
}

static void set_attr_rejects_bad_names(void **state)
{
    herald_event_t *ev;

    assert_int_equal(herald_event_new(&ev, "t", "/s"), HERALD_OK);
    assert_int_equal(herald_event_set_attr(ev, "Bad", "x"), HERALD_EINVAL);
    assert_int_equal(herald_event_set_attr(ev, "data", "x"), HERALD_EINVAL);
    assert_int_equal(herald_event_set_attr(ev, "with_underscore", "x"),
                     HERALD_EINVAL);
    assert_int_equal(herald_event_set_ext_int(ev, "id", 1), HERALD_EINVAL);
    assert_int_equal(herald_event_set_attr(ev, "ok1", "x"), HERALD_OK);
    assert_int_equal(herald_event_set_attr(ev, "ok1", NULL), HERALD_OK);
    assert_int_equal(herald_event_ext_count(ev), 0);
    herald_event_free(ev);
}

static void json_data_must_parse(void **state)
{
    herald_event_t *ev;
    char *json = NULL;

    assert_int_equal(herald_event_new(&ev, "t", "/s"), HERALD_OK);
    assert_int_equal(herald_event_fill_defaults(ev), HERALD_OK);
    assert_int_equal(herald_event_set_data(ev, "{not json", 9), HERALD_OK);
    assert_int_equal(herald_event_to_json(ev, &json, NULL), HERALD_EINVAL);
    assert_null(json);
    assert_int_equal(herald_event_set_attr(ev, "datacontenttype",
                                           "application/octet-stream"),
                     HERALD_OK);
    assert_int_equal(herald_event_to_json(ev, &json, NULL), HERALD_OK);
    assert_non_null(strstr(json, "\"data_base64\":\"e25vdCBqc29u\""));
    herald_free(json);
    herald_event_free(ev);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(json_spec_examples_round_trip),
        cmocka_unit_test(json_decodes_attributes),
        cmocka_unit_test(binary_headers_match_spec),
        cmocka_unit_test(binary_record_decodes),
        cmocka_unit_test(binary_round_trip_keeps_key),
        cmocka_unit_test(structured_record_round_trips),
        cmocka_unit_test(structured_avro_unsupported),
        cmocka_unit_test(invalid_events_name_attribute),
        cmocka_unit_test(binary_missing_id_rejected),
        cmocka_unit_test(defaults_fill_uuid_and_time),
        cmocka_unit_test(set_attr_rejects_bad_names),
        cmocka_unit_test(json_data_must_parse),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}

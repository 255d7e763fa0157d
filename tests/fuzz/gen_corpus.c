/*
 * Writes the seed corpus for fuzz_request: for every API in kmsg_api_info(),
 * one request frame body (header + body, no length prefix) at the lowest
 * and at the highest valid version. Every field the version carries gets a
 * value and every array one element, walking the generated field
 * descriptions, so the seeds reach each field's decoder.
 *
 * Usage: fuzz_corpus DIR
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kmsg.h"
#include "wire.h"

static void fill_struct(wire_arena_t *a, int16_t v,
                        const kmsg_struct_info_t *si, void *m);

static void fill_value(wire_arena_t *a, int16_t v,
                       const kmsg_field_info_t *f, void *p)
{
    static const uint8_t blob[] = {0, 1, 2, 3};

    switch (f->type) {
    case KMSG_TYPE_INT8:
        *(int8_t *)p = 1;
        break;
    case KMSG_TYPE_INT16:
        *(int16_t *)p = 2;
        break;
    case KMSG_TYPE_INT32:
        *(int32_t *)p = 3;
        break;
    case KMSG_TYPE_INT64:
        *(int64_t *)p = 4;
        break;
    case KMSG_TYPE_UINT32:
        *(uint32_t *)p = 5;
        break;
    case KMSG_TYPE_FLOAT64:
        *(double *)p = 0.5;
        break;
    case KMSG_TYPE_BOOL:
        *(bool *)p = !*(bool *)p;
        break;
    case KMSG_TYPE_UUID:
        memset(((kmsg_uuid_t *)p)->b, 0x5a, 16);
        break;
    case KMSG_TYPE_STRING:
        ((kmsg_str_t *)p)->ptr = f->name;
        ((kmsg_str_t *)p)->len = (int32_t)strlen(f->name);
        break;
    case KMSG_TYPE_BYTES:
        ((kmsg_bytes_t *)p)->ptr = blob;
        ((kmsg_bytes_t *)p)->len = sizeof(blob);
        break;
    case KMSG_TYPE_RECORDS:
        ((kmsg_records_t *)p)->ptr = blob;
        ((kmsg_records_t *)p)->len = sizeof(blob);
        break;
    case KMSG_TYPE_STRUCT:
        fill_struct(a, v, f->struct_info, p);
        break;
    }
}

static void fill_struct(wire_arena_t *a, int16_t v,
                        const kmsg_struct_info_t *si, void *m)
{
    size_t i;

    for (i = 0; i < si->nfields; i++) {
        const kmsg_field_info_t *f = &si->fields[i];
        char *p = (char *)m + f->offset;
        char *elem;

        if (v < f->min_version || v > f->max_version)
            continue;
        if (!f->is_array) {
            fill_value(a, v, f, p);
            continue;
        }
        elem = wire__arena_alloc(a, f->elem_size);
        if (elem == NULL)
            exit(1);
        if (f->type == KMSG_TYPE_STRUCT)
            f->struct_info->init(elem);
        fill_value(a, v, f, elem);
        *(void **)p = elem;
        *(int32_t *)((char *)m + f->count_offset) = 1;
    }
}

static int write_seed(const char *dir, const kmsg_api_info_t *api,
                      int16_t v)
{
    const kmsg_message_info_t *msg = api->request;
    kmsg_request_header_t h;
    wire_arena_t a;
    wire_writer_t w;
    char path[512];
    void *body;
    FILE *f;
    int rc = -1;

    wire__arena_init(&a, SIZE_MAX);
    wire__writer_init(&w);
    body = wire__arena_alloc(&a, msg->type->size);
    if (body == NULL)
        goto done;
    msg->type->init(body);
    fill_struct(&a, v, msg->type, body);

    kmsg_request_header_init(&h);
    h.request_api_key = api->api_key;
    h.request_api_version = v;
    h.correlation_id = 1;
    h.client_id = KMSG_STR("herald-fuzz");
    if (kmsg_request_header_encode(
            &w, (int16_t)kmsg_request_header_version(api->api_key, v),
            &h) != 0 ||
        msg->encode(&w, v, body) != 0) {
        fprintf(stderr, "fuzz_corpus: encoding %s v%d failed\n", msg->name,
                v);
        goto done;
    }

    snprintf(path, sizeof(path), "%s/%s-v%d", dir, api->name, v);
    f = fopen(path, "wb");
    if (f == NULL) {
        perror(path);
        goto done;
    }
    if (fwrite(w.buf.data, 1, w.buf.len, f) == w.buf.len)
        rc = 0;
    if (fclose(f) != 0)
        rc = -1;

done:
    wire__writer_free(&w);
    wire__arena_free(&a);
    return rc;
}

int main(int argc, char **argv)
{
    int key;

    if (argc != 2) {
        fprintf(stderr, "usage: fuzz_corpus DIR\n");
        return 2;
    }
    for (key = 0; key < 1000; key++) {
        const kmsg_api_info_t *api = kmsg_api_info((int16_t)key);

        if (api == NULL)
            continue;
        if (write_seed(argv[1], api, api->min_version) != 0 ||
            write_seed(argv[1], api, api->max_version) != 0)
            return 1;
    }
    return 0;
}

/*
 * Dispatch and ApiVersions.
 *
 * Kafka closes the connection when a request names an API key it does not
 * know or a version it does not support (RequestContext.parseRequest). The
 * exception is ApiVersions: an unsupported version gets UNSUPPORTED_VERSION
 * and a version-0 body listing the supported versions, so that clients can
 * retry with a version both sides know (KIP-511).
 */
#include "dispatch.h"

#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>

#include "broker.h"
#include "clock.h"
#include "handlers.h"
#include "kafka_error.h"
#include "log.h"
#include "log_limit.h"

/* Only fully served versions are listed: advertising a version makes
 * clients use it. The ranges follow what librdkafka 2.0, kafka-python 2.0
 * and kafkajs 2.2 send; kafka-python infers the broker version from them. */
static const api_entry_t apis[] = {
    {0, 3, 7, handle_produce},
    {1, 4, 11, handle_fetch},
    {2, 1, 3, handle_list_offsets},
    {3, 0, 6, handle_metadata},
    {8, 2, 7, handle_offset_commit},
    {9, 1, 5, handle_offset_fetch},
    {10, 0, 2, handle_find_coordinator},
    {11, 0, 5, handle_join_group},
    {12, 0, 3, handle_heartbeat},
    {13, 0, 3, handle_leave_group},
    {14, 0, 3, handle_sync_group},
    {15, 0, 4, handle_describe_groups},
    {16, 0, 4, handle_list_groups},
    {18, 0, 3, handle_api_versions},
    {19, 0, 4, handle_create_topics},
    {20, 0, 3, handle_delete_topics},
    {22, 0, 4, handle_init_producer_id},
    {32, 0, 2, handle_describe_configs},
    {37, 0, 1, handle_create_partitions},
    {42, 0, 1, handle_delete_groups},
    {47, 0, 0, handle_offset_delete},
};

#define API_COUNT (sizeof(apis) / sizeof(apis[0]))

/* ApiVersions lists Produce from version 0, though versions below 3 are
 * still rejected. librdkafka 2.0.2 (Debian 12) turns gzip, snappy and lz4
 * on only when the broker lists Produce v0, and otherwise sends those
 * batches uncompressed without telling the application. Kafka 4.0, which
 * dropped Produce v0-2, lists v0 for the same reason. */
#define PRODUCE_LISTED_MIN 0

const api_entry_t *dispatch__apis(size_t *count)
{
    *count = API_COUNT;
    return apis;
}

static const api_entry_t *find_api(int16_t key)
{
    for (size_t i = 0; i < API_COUNT; i++) {
        if (apis[i].api_key == key)
            return &apis[i];
    }
    return NULL;
}

/* Each kind of line about requests the broker cannot serve has a limit of
 * 10 a second: a client that reconnects and sends the same bad request
 * again would otherwise write a line per connection. */
static log_limit_t malformed_lines = {.interval_us = 1000000, .burst = 10};
static log_limit_t unknown_key_lines = {.interval_us = 1000000, .burst = 10};
static log_limit_t version_lines = {.interval_us = 1000000, .burst = 10};

/* Returns 1 when a line of `kind` may be written, with the count of such
 * lines left out before it in *skipped. */
static int bad_request_line(log_limit_t *kind, long *skipped)
{
    return log_limit__allow(kind, clock__mono_us(), skipped);
}

void dispatch__malformed(req_t *req)
{
    conn_t *c = req->conn;
    long skipped = 0;

    if (c == NULL) {
        req__finish(req);
        return;
    }
    if (bad_request_line(&malformed_lines, &skipped))
        LOG_INFO("net", "malformed request", "conn=%llu peer=%s "
                 "client_id=%s api_key=%d api_version=%d correlation_id=%d "
                 "size=%zu similar_lines_skipped=%ld",
                 (unsigned long long)c->id, c->peer, c->client_id,
                 req->header.request_api_key,
                 req->header.request_api_version,
                 req->header.correlation_id, req->frame_len, skipped);
    req->state = REQ_DONE;
    req->no_response = 1;
    net__close_after_responses(c);
}

/* Writes the client id of `req` for a log line: its own header's when
 * `header_ok`, which may differ from the one the connection sent first,
 * else the connection's. */
static const char *request_client_id(const req_t *req, int header_ok,
                                     char *out, size_t size)
{
    if (!header_ok)
        snprintf(out, size, "%s", req->conn->client_id);
    else if (req->header.client_id.len < 0)
        snprintf(out, size, "null");
    else
        log__quote(out, size, req->header.client_id.ptr,
                   (size_t)req->header.client_id.len);
    return out;
}

static void remember_client_id(conn_t *c, const kmsg_str_t *id)
{
    if (c->client_id[0] != '\0')
        return;
    if (id->len < 0)
        snprintf(c->client_id, sizeof(c->client_id), "null");
    else
        log__quote(c->client_id, sizeof(c->client_id), id->ptr,
                   (size_t)id->len);
}

/* ApiVersions at a version this broker does not know: a v0-layout body with
 * UNSUPPORTED_VERSION and the supported ranges. */
static void reject_api_versions(req_t *req)
{
    kmsg_api_versions_response_t rsp;

    kmsg_api_versions_response_init(&rsp);
    rsp.error_code = KERR_UNSUPPORTED_VERSION;
    rsp.api_keys = wire__arena_alloc(&req->arena, sizeof(*rsp.api_keys));
    if (rsp.api_keys == NULL) {
        dispatch__malformed(req);
        return;
    }
    kmsg_api_versions_response_api_version_init(&rsp.api_keys[0]);
    rsp.api_keys[0].api_key = 18;
    rsp.api_keys[0].min_version = find_api(18)->min_version;
    rsp.api_keys[0].max_version = find_api(18)->max_version;
    rsp.api_keys_count = 1;

    /* The response header is always v0 for ApiVersions. */
    req->size_pos = wire__reserve_i32(&req->out);
    wire__write_i32(&req->out, req->header.correlation_id);
    req__complete(req, kmsg_api_versions_response_encode(&req->out, 0, &rsp));
}

void handle_api_versions(req_t *req)
{
    kmsg_api_versions_request_t msg;
    kmsg_api_versions_response_t rsp;
    int16_t version = req->header.request_api_version;

    /* The body of a newer client's request is read leniently: fields this
     * broker does not need are skipped. */
    if (kmsg_api_versions_request_decode(&req->body, version, &req->arena,
                                         &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    kmsg_api_versions_response_init(&rsp);
    rsp.api_keys = wire__arena_alloc(&req->arena,
                                     sizeof(*rsp.api_keys) * API_COUNT);
    if (rsp.api_keys == NULL) {
        dispatch__malformed(req);
        return;
    }
    for (size_t i = 0; i < API_COUNT; i++) {
        kmsg_api_versions_response_api_version_init(&rsp.api_keys[i]);
        rsp.api_keys[i].api_key = apis[i].api_key;
        rsp.api_keys[i].min_version = apis[i].api_key == 0
                                          ? PRODUCE_LISTED_MIN
                                          : apis[i].min_version;
        rsp.api_keys[i].max_version = apis[i].max_version;
    }
    rsp.api_keys_count = (int32_t)API_COUNT;
    req__begin_response(req);
    req__complete(req, kmsg_api_versions_response_encode(&req->out, version, &rsp));
}

void dispatch__request(conn_t *c, uint8_t *frame, size_t len)
{
    req_t *req;
    const api_entry_t *api;
    int16_t key, version;
    uint16_t raw;
    long skipped = 0;
    char client_id[sizeof(c->client_id)];
    int header_ok;
    int hv;

    memcpy(&raw, frame, 2);
    key = (int16_t)ntohs(raw);
    memcpy(&raw, frame + 2, 2);
    version = (int16_t)ntohs(raw);

    req = net__new_request(c, frame, len);
    if (req == NULL) {
        free(frame);
        net__close(c, "out of memory");
        return;
    }
    req->start_us = clock__mono_us();
    req->header.request_api_key = key;
    req->header.request_api_version = version;

    /* An ApiVersions request newer than this broker still has a header
     * this broker can read: v2 from version 3 on. For an unknown key the
     * v1 header gives the client id for the log line, since v2 only adds
     * tagged fields after it. */
    hv = kmsg_request_header_version(key, version);
    if (hv < 0)
        hv = (key == 18 && version >= 3) ? 2 : 1;
    wire__reader_init(&req->body, frame, len);
    header_ok = kmsg_request_header_decode(&req->body, (int16_t)hv,
                                           &req->arena, &req->header) == 0;
    if (header_ok)
        remember_client_id(c, &req->header.client_id);

    api = find_api(key);
    if (api == NULL) {
        if (bad_request_line(&unknown_key_lines, &skipped))
            LOG_INFO("net", "unknown API key", "conn=%llu peer=%s "
                     "client_id=%s api_key=%d api_version=%d "
                     "similar_lines_skipped=%ld",
                     (unsigned long long)c->id, c->peer,
                     request_client_id(req, header_ok, client_id,
                                       sizeof(client_id)),
                     key, version, skipped);
        req->state = REQ_DONE;
        req->no_response = 1;
        net__close_after_responses(c);
        return;
    }
    if (!header_ok) {
        dispatch__malformed(req);
        return;
    }

    if (version < api->min_version || version > api->max_version) {
        if (key == 18) {
            reject_api_versions(req);
            return;
        }
        if (bad_request_line(&version_lines, &skipped))
            LOG_INFO("net", "unsupported API version", "conn=%llu peer=%s "
                     "client_id=%s api_key=%d api_version=%d min=%d max=%d "
                     "similar_lines_skipped=%ld",
                     (unsigned long long)c->id, c->peer,
                     request_client_id(req, header_ok, client_id,
                                       sizeof(client_id)),
                     key, version, api->min_version, api->max_version,
                     skipped);
        req->state = REQ_DONE;
        req->no_response = 1;
        net__close_after_responses(c);
        return;
    }
    LOG_DEBUG("wire", "request", "conn=%llu api_key=%d api_version=%d "
              "correlation_id=%d size=%zu", (unsigned long long)c->id, key,
              version, req->header.correlation_id, len);
    api->handle(req);
}

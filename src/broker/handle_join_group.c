/*
 * JoinGroup (API key 11), versions 0-5. The request waits in the group
 * coordinator until the join phase ends; the coordinator then answers it
 * through on_join(). A request whose connection closes first is unparked
 * by cancel_join(), and the member stays in the group until its session
 * times out, as in Kafka.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "broker.h"
#include "dispatch.h"
#include "group.h"
#include "handlers.h"
#include "kafka_error.h"

typedef struct join_wait {
    group_waiter_t w; /* first, so a waiter pointer is a join_wait_t */
    req_t *req;
} join_wait_t;

/* The client id as sent (member ids start with it), cut at a NUL byte. */
static const char *client_id(const req_t *req, char *out, size_t size)
{
    const kmsg_str_t *id = &req->header.client_id;
    size_t n = id->len > 0 ? (size_t)id->len : 0;

    if (n >= size)
        n = size - 1;
    if (n > 0)
        memcpy(out, id->ptr, n);
    out[n] = '\0';
    out[strnlen(out, n)] = '\0';
    return out;
}

/* The peer's address as Kafka's DescribeGroups shows it: "/127.0.0.1". */
static const char *client_host(const req_t *req, char *out, size_t size)
{
    const char *peer = req->conn ? req->conn->peer : "";
    const char *end = strrchr(peer, ':');
    size_t n = end ? (size_t)(end - peer) : strlen(peer);

    if (n >= 2 && peer[0] == '[' && peer[n - 1] == ']') {
        peer++;
        n -= 2;
    }
    snprintf(out, size, "/%.*s", (int)n, peer);
    return out;
}

static void on_join(group_waiter_t *gw, const group_join_result_t *r)
{
    join_wait_t *jw = (join_wait_t *)gw;
    req_t *req = jw->req;
    int16_t version = req->header.request_api_version;
    kmsg_join_group_response_t rsp;

    req->pending = NULL;
    req->cancel = NULL;
    free(jw);

    kmsg_join_group_response_init(&rsp);
    rsp.error_code = r->error;
    rsp.generation_id = r->generation;
    /* The protocol name is not nullable before v7. */
    handlers__set_str(&rsp.protocol_name,
                      r->protocol_name ? r->protocol_name : "");
    handlers__set_str(&rsp.leader, r->leader_id ? r->leader_id : "");
    handlers__set_str(&rsp.member_id, r->member_id ? r->member_id : "");
    rsp.members_count = 0;
    if (r->member_count > 0) {
        rsp.members = wire__arena_alloc(&req->arena, sizeof(*rsp.members) *
                                                         (size_t)r->member_count);
        if (rsp.members == NULL) {
            req__fail(req, "out of memory");
            return;
        }
        rsp.members_count = r->member_count;
        for (int i = 0; i < r->member_count; i++) {
            kmsg_join_group_response_member_t *m = &rsp.members[i];
            kmsg_join_group_response_member_init(m);
            handlers__set_str(&m->member_id, r->members[i].member_id);
            if (version >= 5)
                handlers__set_str(&m->group_instance_id,
                                  r->members[i].instance_id);
            m->metadata.ptr = r->members[i].metadata
                                  ? r->members[i].metadata
                                  : (const uint8_t *)"";
            m->metadata.len = r->members[i].metadata_len;
        }
    }
    req__begin_response(req);
    req__complete(req, kmsg_join_group_response_encode(&req->out, version,
                                                       &rsp));
}

static void cancel_join(req_t *req)
{
    join_wait_t *jw = req->pending;

    coord__cancel(&jw->w);
    free(jw);
}

void handle_join_group(req_t *req)
{
    broker_t *b = req->broker;
    int16_t version = req->header.request_api_version;
    kmsg_join_group_request_t msg;
    group_join_request_t r;
    char client[256], host[80];
    join_wait_t *jw;

    if (kmsg_join_group_request_decode(&req->body, version, &req->arena,
                                       &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    jw = calloc(1, sizeof(*jw));
    if (jw == NULL) {
        req__fail(req, "out of memory");
        return;
    }
    memset(&r, 0, sizeof(r));
    r.group_id = msg.group_id;
    r.member_id = msg.member_id;
    r.instance_id = msg.group_instance_id;
    r.protocol_type = msg.protocol_type;
    r.session_timeout_ms = msg.session_timeout_ms;
    /* v0 has no rebalance timeout; Kafka uses the session timeout. */
    r.rebalance_timeout_ms = version >= 1 ? msg.rebalance_timeout_ms
                                          : msg.session_timeout_ms;
    r.protocols = msg.protocols;
    r.protocol_count = msg.protocols_count > 0 ? msg.protocols_count : 0;
    r.client_id = client_id(req, client, sizeof(client));
    r.client_host = client_host(req, host, sizeof(host));
    r.require_known_member_id = version >= 4;

    jw->req = req;
    jw->w.on_join = on_join;
    req->pending = jw;
    req->cancel = cancel_join;
    coord__join(b->coord, &r, &jw->w);
}

/*
 * SyncGroup (API key 14), versions 0-3. Followers wait in the group
 * coordinator until the leader's SyncGroup hands out the assignment.
 */
#include <stdlib.h>
#include <string.h>

#include "broker.h"
#include "dispatch.h"
#include "group.h"
#include "handlers.h"
#include "kafka_error.h"

typedef struct sync_wait {
    group_waiter_t w; /* first, so a waiter pointer is a sync_wait_t */
    req_t *req;
} sync_wait_t;

static void on_sync(group_waiter_t *gw, const group_sync_result_t *r)
{
    sync_wait_t *sw = (sync_wait_t *)gw;
    req_t *req = sw->req;
    int16_t version = req->header.request_api_version;
    kmsg_sync_group_response_t rsp;

    req->pending = NULL;
    req->cancel = NULL;
    free(sw);

    kmsg_sync_group_response_init(&rsp);
    rsp.error_code = r->error;
    rsp.assignment.ptr = r->assignment ? r->assignment : (const uint8_t *)"";
    rsp.assignment.len = r->assignment ? r->assignment_len : 0;
    req__begin_response(req);
    req__complete(req, kmsg_sync_group_response_encode(&req->out, version,
                                                       &rsp));
}

static void cancel_sync(req_t *req)
{
    sync_wait_t *sw = req->pending;

    coord__cancel(&sw->w);
    free(sw);
}

void handle_sync_group(req_t *req)
{
    broker_t *b = req->broker;
    int16_t version = req->header.request_api_version;
    kmsg_sync_group_request_t msg;
    group_sync_request_t r;
    sync_wait_t *sw;

    if (kmsg_sync_group_request_decode(&req->body, version, &req->arena,
                                       &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    sw = calloc(1, sizeof(*sw));
    if (sw == NULL) {
        req__fail(req, "out of memory");
        return;
    }
    memset(&r, 0, sizeof(r));
    r.group_id = msg.group_id;
    r.member_id = msg.member_id;
    r.instance_id = msg.group_instance_id;
    r.protocol_type = msg.protocol_type;
    r.protocol_name = msg.protocol_name;
    r.generation = msg.generation_id;
    r.assignments = msg.assignments;
    r.assignment_count = msg.assignments_count > 0 ? msg.assignments_count
                                                   : 0;
    sw->req = req;
    sw->w.on_sync = on_sync;
    req->pending = sw;
    req->cancel = cancel_sync;
    coord__sync(b->coord, &r, &sw->w);
}

/*
 * Heartbeat (API key 12), versions 0-3: keeps a member's session alive and
 * tells it, with REBALANCE_IN_PROGRESS, when it must rejoin.
 */
#include "broker.h"
#include "dispatch.h"
#include "group.h"
#include "handlers.h"

void handle_heartbeat(req_t *req)
{
    broker_t *b = req->broker;
    int16_t version = req->header.request_api_version;
    kmsg_heartbeat_request_t msg;
    kmsg_heartbeat_response_t rsp;

    if (kmsg_heartbeat_request_decode(&req->body, version, &req->arena,
                                      &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    kmsg_heartbeat_response_init(&rsp);
    rsp.error_code = coord__heartbeat(b->coord, msg.group_id, msg.member_id,
                                      msg.group_instance_id,
                                      msg.generation_id);
    req__begin_response(req);
    req__complete(req, kmsg_heartbeat_response_encode(&req->out, version,
                                                      &rsp));
}

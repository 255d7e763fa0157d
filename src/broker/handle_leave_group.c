/*
 * LeaveGroup (API key 13), versions 0-3. Versions 0-2 name one member and
 * return its error at the top level; version 3 (KIP-345) takes a list of
 * members, static ones by group.instance.id, with one error each.
 */
#include "broker.h"
#include "dispatch.h"
#include "group.h"
#include "handlers.h"
#include "kafka_error.h"

void handle_leave_group(req_t *req)
{
    broker_t *b = req->broker;
    int16_t version = req->header.request_api_version;
    kmsg_leave_group_request_t msg;
    kmsg_leave_group_response_t rsp;
    group_leave_t *members;
    int count;

    if (kmsg_leave_group_request_decode(&req->body, version, &req->arena,
                                        &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    count = version >= 3 ? (msg.members_count > 0 ? msg.members_count : 0)
                         : 1;
    members = wire__arena_alloc(&req->arena,
                                sizeof(*members) * ((size_t)count + 1));
    if (members == NULL) {
        dispatch__malformed(req);
        return;
    }
    for (int i = 0; i < count; i++) {
        members[i].member_id = version >= 3 ? msg.members[i].member_id
                                            : msg.member_id;
        members[i].instance_id = version >= 3
                                     ? msg.members[i].group_instance_id
                                     : (kmsg_str_t){NULL, -1};
    }
    kmsg_leave_group_response_init(&rsp);
    rsp.error_code = coord__leave(b->coord, msg.group_id, members, count);
    if (version < 3) {
        if (rsp.error_code == KERR_NONE)
            rsp.error_code = members[0].error;
    } else {
        rsp.members = wire__arena_alloc(&req->arena, sizeof(*rsp.members) *
                                                         ((size_t)count + 1));
        if (rsp.members == NULL) {
            dispatch__malformed(req);
            return;
        }
        rsp.members_count = count;
        for (int i = 0; i < count; i++) {
            kmsg_leave_group_response_member_response_init(&rsp.members[i]);
            rsp.members[i].member_id = members[i].member_id;
            rsp.members[i].group_instance_id = members[i].instance_id;
            rsp.members[i].error_code = members[i].error;
        }
    }
    req__begin_response(req);
    req__complete(req, kmsg_leave_group_response_encode(&req->out, version,
                                                        &rsp));
}

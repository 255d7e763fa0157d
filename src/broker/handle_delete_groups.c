/*
 * DeleteGroups (API key 42), versions 0-1: removes groups without members,
 * with their committed offsets.
 */
#include "broker.h"
#include "dispatch.h"
#include "group.h"
#include "handlers.h"

void handle_delete_groups(req_t *req)
{
    broker_t *b = req->broker;
    int16_t version = req->header.request_api_version;
    kmsg_delete_groups_request_t msg;
    kmsg_delete_groups_response_t rsp;
    int32_t n;

    if (kmsg_delete_groups_request_decode(&req->body, version, &req->arena,
                                          &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    n = msg.groups_names_count > 0 ? msg.groups_names_count : 0;
    kmsg_delete_groups_response_init(&rsp);
    rsp.results = wire__arena_alloc(&req->arena,
                                    sizeof(*rsp.results) * ((size_t)n + 1));
    if (rsp.results == NULL) {
        dispatch__malformed(req);
        return;
    }
    rsp.results_count = n;
    for (int32_t i = 0; i < n; i++) {
        kmsg_delete_groups_response_deletable_group_result_init(
            &rsp.results[i]);
        rsp.results[i].group_id = msg.groups_names[i];
        rsp.results[i].error_code = coord__delete_group(b->coord,
                                                        msg.groups_names[i]);
    }
    req__begin_response(req);
    req__complete(req, kmsg_delete_groups_response_encode(&req->out, version,
                                                          &rsp));
}

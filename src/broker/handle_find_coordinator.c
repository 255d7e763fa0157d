/*
 * FindCoordinator (API key 10), versions 0-2. This broker coordinates every
 * group. Transactions are not supported, so a transaction coordinator
 * lookup (key type 1) gets COORDINATOR_NOT_AVAILABLE.
 */
#include <string.h>

#include "broker.h"
#include "dispatch.h"
#include "handlers.h"
#include "kafka_error.h"

#define KEY_TYPE_TRANSACTION 1

void handle_find_coordinator(req_t *req)
{
    broker_t *b = req->broker;
    int16_t version = req->header.request_api_version;
    kmsg_find_coordinator_request_t msg;
    kmsg_find_coordinator_response_t rsp;
    static const char no_txn[] = "transactions are not supported";

    if (kmsg_find_coordinator_request_decode(&req->body, version, &req->arena,
                                             &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    kmsg_find_coordinator_response_init(&rsp);
    if (msg.key_type == KEY_TYPE_TRANSACTION) {
        rsp.error_code = KERR_COORDINATOR_NOT_AVAILABLE;
        rsp.error_message.ptr = no_txn;
        rsp.error_message.len = (int32_t)strlen(no_txn);
        rsp.node_id = -1;
        rsp.host.ptr = "";
        rsp.host.len = 0;
        rsp.port = -1;
    } else {
        rsp.error_code = KERR_NONE;
        rsp.node_id = b->cfg.node_id;
        rsp.host.ptr = b->cfg.advertised_host;
        rsp.host.len = (int32_t)strlen(b->cfg.advertised_host);
        rsp.port = b->cfg.advertised_port;
    }
    req__begin_response(req);
    req__complete(req, kmsg_find_coordinator_response_encode(&req->out, version, &rsp));
}

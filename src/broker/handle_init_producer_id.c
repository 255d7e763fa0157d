/*
 * InitProducerId (API key 22), versions 0-4, for idempotent producers only.
 *
 * A new producer gets a fresh id with epoch 0. From version 3 on a producer
 * may pass its current id and epoch to have the epoch bumped after an
 * UNKNOWN_PRODUCER_ID or OUT_OF_ORDER_SEQUENCE_NUMBER error (KIP-360); the
 * partition logs then accept sequence 0 at the new epoch.
 */
#include "broker.h"
#include "dispatch.h"
#include "handlers.h"
#include "kafka_error.h"
#include "log.h"

void handle_init_producer_id(req_t *req)
{
    broker_t *b = req->broker;
    int16_t version = req->header.request_api_version;
    kmsg_init_producer_id_request_t msg;
    kmsg_init_producer_id_response_t rsp;
    int64_t id;

    if (kmsg_init_producer_id_request_decode(&req->body, version, &req->arena,
                                             &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    kmsg_init_producer_id_response_init(&rsp);
    if (msg.transactional_id.len >= 0) {
        /* NOTE: transactions are not supported. */
        LOG_INFO("broker", "transactional producer rejected",
                 "conn=%llu client_id=%s",
                 (unsigned long long)req->conn->id, req->conn->client_id);
        rsp.error_code = KERR_INVALID_REQUEST;
    } else if (msg.producer_id >= 0 && msg.producer_epoch >= 0 &&
               msg.producer_epoch < INT16_MAX - 1) {
        rsp.producer_id = msg.producer_id;
        rsp.producer_epoch = (int16_t)(msg.producer_epoch + 1);
    } else if (topics__next_producer_id(&b->topics, &id) != 0) {
        rsp.error_code = KERR_KAFKA_STORAGE_ERROR;
    } else {
        rsp.producer_id = id;
        rsp.producer_epoch = 0;
    }
    req__begin_response(req);
    req__complete(req, kmsg_init_producer_id_response_encode(&req->out, version, &rsp));
}

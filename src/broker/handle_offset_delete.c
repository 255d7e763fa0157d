/*
 * OffsetDelete (API key 47), version 0 (KIP-496): removes committed offsets
 * of an Empty group, or of topics a consumer group does not subscribe to.
 */
#include "broker.h"
#include "dispatch.h"
#include "group.h"
#include "handlers.h"
#include "kafka_error.h"

void handle_offset_delete(req_t *req)
{
    broker_t *b = req->broker;
    int16_t version = req->header.request_api_version;
    kmsg_offset_delete_request_t msg;
    kmsg_offset_delete_response_t rsp;
    group_offset_delete_t *entries;
    size_t total = 0;
    int k = 0;

    if (kmsg_offset_delete_request_decode(&req->body, version, &req->arena,
                                          &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    if (msg.topics_count < 0)
        msg.topics_count = 0;
    for (int32_t i = 0; i < msg.topics_count; i++)
        total += msg.topics[i].partitions_count > 0
                     ? (size_t)msg.topics[i].partitions_count
                     : 0;
    entries = wire__arena_alloc(&req->arena, sizeof(*entries) * (total + 1));
    kmsg_offset_delete_response_init(&rsp);
    rsp.topics = wire__arena_alloc(&req->arena, sizeof(*rsp.topics) *
                                                    ((size_t)msg.topics_count + 1));
    if (entries == NULL || rsp.topics == NULL) {
        dispatch__malformed(req);
        return;
    }
    for (int32_t i = 0; i < msg.topics_count; i++) {
        for (int32_t j = 0; j < msg.topics[i].partitions_count; j++) {
            entries[k].topic = msg.topics[i].name;
            entries[k].partition = msg.topics[i].partitions[j].partition_index;
            k++;
        }
    }
    rsp.error_code = coord__delete_offsets(b->coord, msg.group_id, entries, k);
    rsp.topics_count = 0;
    if (rsp.error_code == KERR_NONE) {
        k = 0;
        rsp.topics_count = msg.topics_count;
        for (int32_t i = 0; i < msg.topics_count; i++) {
            kmsg_offset_delete_response_topic_t *o = &rsp.topics[i];
            int32_t n = msg.topics[i].partitions_count > 0
                            ? msg.topics[i].partitions_count
                            : 0;

            kmsg_offset_delete_response_topic_init(o);
            o->name = msg.topics[i].name;
            o->partitions = wire__arena_alloc(
                &req->arena, sizeof(*o->partitions) * ((size_t)n + 1));
            if (o->partitions == NULL) {
                dispatch__malformed(req);
                return;
            }
            o->partitions_count = n;
            for (int32_t j = 0; j < n; j++) {
                kmsg_offset_delete_response_partition_init(&o->partitions[j]);
                o->partitions[j].partition_index = entries[k].partition;
                o->partitions[j].error_code = entries[k++].error;
            }
        }
    }
    req__begin_response(req);
    req__complete(req, kmsg_offset_delete_response_encode(&req->out, version,
                                                          &rsp));
}

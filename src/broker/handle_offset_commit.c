/*
 * OffsetCommit (API key 8), versions 2-7. The response goes out after the
 * offsets are in the group log (page cache); the broker's sync rounds make
 * them durable.
 */
#include "broker.h"
#include "dispatch.h"
#include "group.h"
#include "handlers.h"
#include "kafka_error.h"

void handle_offset_commit(req_t *req)
{
    broker_t *b = req->broker;
    int16_t version = req->header.request_api_version;
    kmsg_offset_commit_request_t msg;
    kmsg_offset_commit_response_t rsp;
    group_commit_request_t r;
    size_t total = 0;
    int k = 0;

    if (kmsg_offset_commit_request_decode(&req->body, version, &req->arena,
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
    r.entries = wire__arena_alloc(&req->arena, sizeof(*r.entries) *
                                                   (total + 1));
    rsp.topics = NULL;
    kmsg_offset_commit_response_init(&rsp);
    rsp.topics = wire__arena_alloc(&req->arena, sizeof(*rsp.topics) *
                                                    ((size_t)msg.topics_count + 1));
    if (r.entries == NULL || rsp.topics == NULL) {
        dispatch__malformed(req);
        return;
    }
    for (int32_t i = 0; i < msg.topics_count; i++) {
        const kmsg_offset_commit_request_topic_t *t = &msg.topics[i];
        for (int32_t j = 0; j < t->partitions_count; j++) {
            group_commit_entry_t *e = &r.entries[k++];
            e->topic = t->name;
            e->partition = t->partitions[j].partition_index;
            e->offset = t->partitions[j].committed_offset;
            e->leader_epoch = t->partitions[j].committed_leader_epoch;
            e->metadata = t->partitions[j].committed_metadata;
        }
    }
    r.group_id = msg.group_id;
    r.member_id = msg.member_id;
    r.instance_id = msg.group_instance_id;
    r.generation = msg.generation_id_or_member_epoch;
    r.retention_ms = msg.retention_time_ms;
    r.count = k;
    coord__commit(b->coord, &r);

    k = 0;
    rsp.topics_count = msg.topics_count;
    for (int32_t i = 0; i < msg.topics_count; i++) {
        const kmsg_offset_commit_request_topic_t *t = &msg.topics[i];
        kmsg_offset_commit_response_topic_t *o = &rsp.topics[i];
        int32_t n = t->partitions_count > 0 ? t->partitions_count : 0;

        kmsg_offset_commit_response_topic_init(o);
        o->name = t->name;
        o->partitions = wire__arena_alloc(&req->arena, sizeof(*o->partitions) *
                                                           ((size_t)n + 1));
        if (o->partitions == NULL) {
            dispatch__malformed(req);
            return;
        }
        o->partitions_count = n;
        for (int32_t j = 0; j < n; j++) {
            kmsg_offset_commit_response_partition_init(&o->partitions[j]);
            o->partitions[j].partition_index =
                t->partitions[j].partition_index;
            o->partitions[j].error_code = r.entries[k++].error;
        }
    }
    req__begin_response(req);
    req__complete(req, kmsg_offset_commit_response_encode(&req->out, version,
                                                          &rsp));
}

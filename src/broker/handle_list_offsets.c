/*
 * ListOffsets (API key 2), versions 1-3: the earliest offset (timestamp -2),
 * the latest (-1), or the first offset whose batch has a timestamp at or
 * after the one given.
 */
#include "broker.h"
#include "dispatch.h"
#include "handlers.h"
#include "kafka_error.h"

#define EARLIEST_TIMESTAMP (-2)
#define LATEST_TIMESTAMP (-1)

static void list_partition(broker_t *b, const kmsg_str_t *topic,
                           const kmsg_list_offsets_request_list_offsets_partition_t *in,
                           kmsg_list_offsets_response_list_offsets_partition_response_t *out)
{
    partition_t *p;
    int64_t offset = -1, ts = -1;
    int rc;

    kmsg_list_offsets_response_list_offsets_partition_response_init(out);
    out->partition_index = in->partition_index;
    p = topic->len < 0 ? NULL
                       : topics__partition(&b->topics, topic->ptr,
                                           (size_t)topic->len,
                                           in->partition_index);
    if (p == NULL) {
        out->error_code = KERR_UNKNOWN_TOPIC_OR_PARTITION;
        return;
    }
    if (in->timestamp == EARLIEST_TIMESTAMP) {
        offset = plog__log_start_offset(p->log);
    } else if (in->timestamp == LATEST_TIMESTAMP) {
        offset = plog__log_end_offset(p->log);
    } else if (in->timestamp < 0) {
        out->error_code = KERR_INVALID_REQUEST;
        return;
    } else {
        rc = plog__offset_for_time(p->log, in->timestamp, &offset, &ts);
        if (rc != 0) {
            out->error_code = handlers__kafka_error(rc);
            return;
        }
    }
    out->error_code = KERR_NONE;
    out->offset = offset;
    out->timestamp = ts;
}

void handle_list_offsets(req_t *req)
{
    broker_t *b = req->broker;
    int16_t version = req->header.request_api_version;
    kmsg_list_offsets_request_t msg;
    kmsg_list_offsets_response_t rsp;

    if (kmsg_list_offsets_request_decode(&req->body, version, &req->arena,
                                         &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    kmsg_list_offsets_response_init(&rsp);
    rsp.topics = wire__arena_alloc(&req->arena, sizeof(*rsp.topics) *
                                                    ((size_t)msg.topics_count + 1));
    if (rsp.topics == NULL) {
        dispatch__malformed(req);
        return;
    }
    rsp.topics_count = msg.topics_count;
    for (int32_t i = 0; i < msg.topics_count; i++) {
        kmsg_list_offsets_request_list_offsets_topic_t *t = &msg.topics[i];
        kmsg_list_offsets_response_list_offsets_topic_response_t *o =
            &rsp.topics[i];

        kmsg_list_offsets_response_list_offsets_topic_response_init(o);
        o->name = t->name;
        o->partitions = wire__arena_alloc(
            &req->arena,
            sizeof(*o->partitions) * ((size_t)t->partitions_count + 1));
        if (o->partitions == NULL) {
            dispatch__malformed(req);
            return;
        }
        o->partitions_count = t->partitions_count;
        for (int32_t j = 0; j < t->partitions_count; j++)
            list_partition(b, &t->name, &t->partitions[j], &o->partitions[j]);
    }
    req__begin_response(req);
    req__complete(req, kmsg_list_offsets_response_encode(&req->out, version, &rsp));
}

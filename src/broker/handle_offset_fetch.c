/*
 * OffsetFetch (API key 9), versions 1-5. A partition without a committed
 * offset gets offset -1 and no error. From version 2 a null topic list
 * asks for every committed offset of the group.
 *
 * The response points at strings the coordinator owns; it is encoded before
 * the handler returns, while nothing can change them.
 */
#include <stdlib.h>
#include <string.h>

#include "broker.h"
#include "dispatch.h"
#include "group.h"
#include "handlers.h"
#include "herald/error.h"
#include "kafka_error.h"
#include "utf8.h"

typedef kmsg_offset_fetch_response_partition_t out_partition_t;

static void fill_partition(out_partition_t *out, int32_t partition,
                           const group_offset_t *o)
{
    kmsg_offset_fetch_response_partition_init(out);
    out->partition_index = partition;
    out->error_code = KERR_NONE;
    out->committed_offset = o ? o->offset : -1;
    out->committed_leader_epoch = o ? o->leader_epoch : -1;
    handlers__set_str(&out->metadata, o ? o->metadata : "");
}

static int fetch_named(req_t *req, const char *group_id,
                       const kmsg_offset_fetch_request_t *msg,
                       kmsg_offset_fetch_response_t *rsp)
{
    broker_t *b = req->broker;

    rsp->topics = wire__arena_alloc(&req->arena, sizeof(*rsp->topics) *
                                                     ((size_t)msg->topics_count + 1));
    if (rsp->topics == NULL)
        return -1;
    rsp->topics_count = msg->topics_count;
    for (int32_t i = 0; i < msg->topics_count; i++) {
        const kmsg_offset_fetch_request_topic_t *t = &msg->topics[i];
        kmsg_offset_fetch_response_topic_t *o = &rsp->topics[i];
        int32_t n = t->partition_indexes_count > 0
                        ? t->partition_indexes_count
                        : 0;
        char *topic = t->name.len >= 0
                          ? wire__arena_strndup(&req->arena, t->name.ptr,
                                                (size_t)t->name.len)
                          : NULL;

        kmsg_offset_fetch_response_topic_init(o);
        o->name = t->name;
        o->partitions = wire__arena_alloc(&req->arena, sizeof(*o->partitions) *
                                                           ((size_t)n + 1));
        if (o->partitions == NULL)
            return -1;
        o->partitions_count = n;
        for (int32_t j = 0; j < n; j++) {
            const group_offset_t *off =
                group_id && topic
                    ? coord__fetch_offset(b->coord, group_id, topic,
                                          t->partition_indexes[j])
                    : NULL;
            fill_partition(&o->partitions[j], t->partition_indexes[j], off);
        }
    }
    return 0;
}

/* Every committed offset of the group, one response topic per topic. */
static int fetch_all(req_t *req, const char *group_id,
                     kmsg_offset_fetch_response_t *rsp)
{
    const group_offset_t **list = NULL;
    int count = 0, topics = 0;

    if (group_id && coord__list_offsets(req->broker->coord, group_id, &list,
                                        &count) != 0)
        return -1;
    rsp->topics = wire__arena_alloc(&req->arena, sizeof(*rsp->topics) *
                                                     ((size_t)count + 1));
    if (rsp->topics == NULL) {
        free(list);
        return -1;
    }
    for (int i = 0; i < count;) {
        kmsg_offset_fetch_response_topic_t *o = &rsp->topics[topics++];
        int n = 1;

        while (i + n < count && strcmp(list[i + n]->topic, list[i]->topic) == 0)
            n++;
        kmsg_offset_fetch_response_topic_init(o);
        handlers__set_str(&o->name, list[i]->topic);
        o->partitions = wire__arena_alloc(&req->arena,
                                          sizeof(*o->partitions) * (size_t)n);
        if (o->partitions == NULL) {
            free(list);
            return -1;
        }
        o->partitions_count = n;
        for (int j = 0; j < n; j++)
            fill_partition(&o->partitions[j], list[i + j]->partition,
                           list[i + j]);
        i += n;
    }
    rsp->topics_count = topics;
    free(list);
    return 0;
}

void handle_offset_fetch(req_t *req)
{
    int16_t version = req->header.request_api_version;
    kmsg_offset_fetch_request_t msg;
    kmsg_offset_fetch_response_t rsp;
    char *group_id = NULL;
    int rc;

    if (kmsg_offset_fetch_request_decode(&req->body, version, &req->arena,
                                         &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    kmsg_offset_fetch_response_init(&rsp);
    if (msg.group_id.len >= 0 &&
        utf8__valid(msg.group_id.ptr, (size_t)msg.group_id.len))
        group_id = wire__arena_strndup(&req->arena, msg.group_id.ptr,
                                       (size_t)msg.group_id.len);
    if (group_id == NULL && version >= 2)
        rsp.error_code = KERR_INVALID_GROUP_ID;
    if (msg.topics_count < 0)
        rc = fetch_all(req, group_id, &rsp);
    else
        rc = fetch_named(req, group_id, &msg, &rsp);
    if (rc != 0) {
        dispatch__malformed(req);
        return;
    }
    /* As Kafka, every partition carries the error too: versions 0 and 1
     * have no other place for it. */
    for (int32_t i = 0; group_id == NULL && i < rsp.topics_count; i++) {
        for (int32_t j = 0; j < rsp.topics[i].partitions_count; j++)
            rsp.topics[i].partitions[j].error_code = KERR_INVALID_GROUP_ID;
    }
    req__begin_response(req);
    req__complete(req, kmsg_offset_fetch_response_encode(&req->out, version,
                                                         &rsp));
}

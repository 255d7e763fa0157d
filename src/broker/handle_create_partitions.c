/*
 * CreatePartitions (API key 37), versions 0-1: grows a topic. Partitions
 * cannot be removed, so a count that is not larger than the current one is
 * INVALID_PARTITIONS, as in Kafka.
 */
#include <stdio.h>
#include <string.h>

#include "broker.h"
#include "dispatch.h"
#include "handlers.h"
#include "herald/error.h"
#include "kafka_error.h"

static int16_t grow_one(req_t *req, const kmsg_create_partitions_request_t *msg,
                        const kmsg_create_partitions_request_create_partitions_topic_t *t,
                        char *err, size_t err_size)
{
    broker_t *b = req->broker;
    topic_t *topic;
    int rc;

    if (t->name.len < 0 ||
        !topics__valid_name(t->name.ptr, (size_t)t->name.len))
        return KERR_INVALID_TOPIC_EXCEPTION;
    topic = topics__find(&b->topics, t->name.ptr, (size_t)t->name.len);
    if (topic == NULL) {
        snprintf(err, err_size, "topic does not exist");
        return KERR_UNKNOWN_TOPIC_OR_PARTITION;
    }
    if (t->count <= topic->partition_count) {
        snprintf(err, err_size, "topic has %d partitions; the new count must "
                 "be larger, got %d", topic->partition_count, t->count);
        return KERR_INVALID_PARTITIONS;
    }
    if (t->count > 100000) {
        snprintf(err, err_size, "partition count %d is over the limit of "
                 "100000", t->count);
        return KERR_INVALID_PARTITIONS;
    }
    if (t->assignments_count > 0) {
        if (t->assignments_count != t->count - topic->partition_count) {
            snprintf(err, err_size, "expected %d assignments, got %d",
                     t->count - topic->partition_count, t->assignments_count);
            return KERR_INVALID_REPLICA_ASSIGNMENT;
        }
        for (int32_t i = 0; i < t->assignments_count; i++) {
            if (t->assignments[i].broker_ids_count != 1 ||
                t->assignments[i].broker_ids[0] != b->cfg.node_id) {
                snprintf(err, err_size, "new partitions must be assigned to "
                         "broker %d alone", b->cfg.node_id);
                return KERR_INVALID_REPLICA_ASSIGNMENT;
            }
        }
    }
    if (msg->validate_only)
        return KERR_NONE;
    rc = topics__add_partitions(&b->topics, topic, t->count, err, err_size);
    if (rc == HERALD_ETOOBIG)
        return KERR_INVALID_PARTITIONS;
    if (rc != 0) {
        snprintf(err, err_size, "cannot create partition storage");
        return KERR_KAFKA_STORAGE_ERROR;
    }
    return KERR_NONE;
}

void handle_create_partitions(req_t *req)
{
    int16_t version = req->header.request_api_version;
    kmsg_create_partitions_request_t msg;
    kmsg_create_partitions_response_t rsp;

    if (kmsg_create_partitions_request_decode(&req->body, version,
                                              &req->arena, &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    kmsg_create_partitions_response_init(&rsp);
    rsp.results = wire__arena_alloc(
        &req->arena, sizeof(*rsp.results) * ((size_t)msg.topics_count + 1));
    if (rsp.results == NULL) {
        dispatch__malformed(req);
        return;
    }
    rsp.results_count = msg.topics_count;
    for (int32_t i = 0; i < msg.topics_count; i++) {
        kmsg_create_partitions_response_create_partitions_topic_result_t *o =
            &rsp.results[i];
        char *err = wire__arena_alloc(&req->arena, 256);

        kmsg_create_partitions_response_create_partitions_topic_result_init(o);
        o->name = msg.topics[i].name;
        if (err == NULL) {
            o->error_code = KERR_UNKNOWN_SERVER_ERROR;
            continue;
        }
        err[0] = '\0';
        o->error_code = grow_one(req, &msg, &msg.topics[i], err, 256);
        if (o->error_code != KERR_NONE && err[0])
            handlers__set_str(&o->error_message, err);
    }
    req__begin_response(req);
    req__complete(req, kmsg_create_partitions_response_encode(&req->out,
                                                              version, &rsp));
}

/*
 * Metadata (API key 3), versions 0-6.
 *
 * herald is the only broker, the controller and the leader of every
 * partition. Topics named in the request are created when missing if
 * auto.create.topics.enable is on and the client allows it: versions 0-3
 * have no AllowAutoTopicCreation field and Kafka treats them as allowing it.
 */
#include <string.h>

#include "broker.h"
#include "dispatch.h"
#include "handlers.h"
#include "kafka_error.h"
#include "log.h"

static void fill_topic(req_t *req, kmsg_metadata_response_topic_t *t,
                       topic_t *topic, int32_t *nodes)
{
    broker_t *b = req->broker;

    t->error_code = KERR_NONE;
    t->name.ptr = topic->name;
    t->name.len = (int32_t)strlen(topic->name);
    memcpy(t->topic_id.b, topic->id, 16);
    t->is_internal = false;
    t->partitions = wire__arena_alloc(
        &req->arena, sizeof(*t->partitions) * (size_t)topic->partition_count);
    if (t->partitions == NULL) {
        t->error_code = KERR_UNKNOWN_SERVER_ERROR;
        return;
    }
    t->partitions_count = topic->partition_count;
    for (int32_t i = 0; i < topic->partition_count; i++) {
        kmsg_metadata_response_partition_t *p = &t->partitions[i];
        kmsg_metadata_response_partition_init(p);
        p->error_code = KERR_NONE;
        p->partition_index = i;
        p->leader_id = b->cfg.node_id;
        p->leader_epoch = 0;
        p->replica_nodes = nodes;
        p->replica_nodes_count = 1;
        p->isr_nodes = nodes;
        p->isr_nodes_count = 1;
        p->offline_replicas_count = 0;
    }
}

typedef struct all_topics {
    req_t *req;
    kmsg_metadata_response_t *rsp;
    int32_t *nodes;
} all_topics_t;

static void add_topic(topic_t *topic, void *arg)
{
    all_topics_t *a = arg;
    kmsg_metadata_response_topic_t *t =
        &a->rsp->topics[a->rsp->topics_count++];

    kmsg_metadata_response_topic_init(t);
    fill_topic(a->req, t, topic, a->nodes);
}

static void named_topic(req_t *req, const kmsg_str_t *name, int allow_create,
                        kmsg_metadata_response_topic_t *t, int32_t *nodes)
{
    broker_t *b = req->broker;
    topic_t *topic;

    kmsg_metadata_response_topic_init(t);
    t->name = *name;
    if (name->len < 0 || !topics__valid_name(name->ptr, (size_t)name->len)) {
        t->error_code = KERR_INVALID_TOPIC_EXCEPTION;
        return;
    }
    topic = topics__find(&b->topics, name->ptr, (size_t)name->len);
    if (topic == NULL && allow_create && b->cfg.auto_create_topics &&
        !b->stopping) {
        topic = handlers__auto_create(b, name, &t->error_code);
        if (topic == NULL)
            return;
    }
    if (topic == NULL) {
        t->error_code = KERR_UNKNOWN_TOPIC_OR_PARTITION;
        return;
    }
    fill_topic(req, t, topic, nodes);
}

void handle_metadata(req_t *req)
{
    broker_t *b = req->broker;
    int16_t version = req->header.request_api_version;
    kmsg_metadata_request_t msg;
    kmsg_metadata_response_t rsp;
    kmsg_metadata_response_broker_t *node;
    int32_t *nodes;
    int all;

    if (kmsg_metadata_request_decode(&req->body, version, &req->arena,
                                     &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    kmsg_metadata_response_init(&rsp);
    node = wire__arena_alloc(&req->arena, sizeof(*node));
    nodes = wire__arena_alloc(&req->arena, sizeof(*nodes));
    if (node == NULL || nodes == NULL) {
        dispatch__malformed(req);
        return;
    }
    nodes[0] = b->cfg.node_id;
    kmsg_metadata_response_broker_init(node);
    node->node_id = b->cfg.node_id;
    node->host.ptr = b->cfg.advertised_host;
    node->host.len = (int32_t)strlen(b->cfg.advertised_host);
    node->port = b->cfg.advertised_port;
    rsp.brokers = node;
    rsp.brokers_count = 1;
    rsp.cluster_id.ptr = b->cluster_id;
    rsp.cluster_id.len = (int32_t)strlen(b->cluster_id);
    rsp.controller_id = b->cfg.node_id;

    /* Version 0 requests every topic with an empty list, later versions
     * with a null one. */
    all = msg.topics_count < 0 || (version == 0 && msg.topics_count == 0);
    if (all) {
        all_topics_t a = {req, &rsp, nodes};
        rsp.topics = wire__arena_alloc(
            &req->arena, sizeof(*rsp.topics) * (b->topics.count + 1));
        if (rsp.topics == NULL) {
            dispatch__malformed(req);
            return;
        }
        rsp.topics_count = 0;
        topics__foreach(&b->topics, add_topic, &a);
    } else {
        int allow = version < 4 || msg.allow_auto_topic_creation;
        rsp.topics = wire__arena_alloc(
            &req->arena, sizeof(*rsp.topics) * ((size_t)msg.topics_count + 1));
        if (rsp.topics == NULL) {
            dispatch__malformed(req);
            return;
        }
        rsp.topics_count = msg.topics_count;
        for (int32_t i = 0; i < msg.topics_count; i++)
            named_topic(req, &msg.topics[i].name, allow, &rsp.topics[i],
                        nodes);
    }
    req__begin_response(req);
    req__complete(req, kmsg_metadata_response_encode(&req->out, version, &rsp));
}

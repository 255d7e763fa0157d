/*
 * DescribeConfigs (API key 32), versions 0-2, for topics (resource type 2)
 * and this broker (type 4). Broker settings are read-only here: they come
 * from the config file and flags at start-up.
 */
#include <stdio.h>
#include <string.h>

#include "broker.h"
#include "dispatch.h"
#include "handlers.h"
#include "kafka_error.h"

#define RESOURCE_TOPIC 2
#define RESOURCE_BROKER 4

#define SOURCE_DYNAMIC_TOPIC 1
#define SOURCE_STATIC_BROKER 4
#define SOURCE_DEFAULT 5

typedef kmsg_describe_configs_response_describe_configs_resource_result_t
    config_entry_t;
typedef kmsg_describe_configs_response_describe_configs_result_t
    config_result_t;
typedef kmsg_describe_configs_request_describe_configs_resource_t
    config_resource_t;

static int wanted(const config_resource_t *r, const char *name)
{
    if (r->configuration_keys_count < 0)
        return 1;
    for (int32_t i = 0; i < r->configuration_keys_count; i++) {
        const kmsg_str_t *k = &r->configuration_keys[i];
        if (k->len >= 0 && (size_t)k->len == strlen(name) &&
            memcmp(k->ptr, name, (size_t)k->len) == 0)
            return 1;
    }
    return 0;
}

static void add_entry(req_t *req, config_result_t *res, const char *name,
                      const char *value, int is_default, int source,
                      int read_only)
{
    config_entry_t *e = &res->configs[res->configs_count++];
    char *copy = wire__arena_strndup(&req->arena, value, strlen(value));

    kmsg_describe_configs_response_describe_configs_resource_result_init(e);
    handlers__set_str(&e->name, name);
    handlers__set_str(&e->value, copy ? copy : "");
    e->read_only = read_only;
    e->is_sensitive = false;
    if (req->header.request_api_version == 0)
        e->is_default = is_default;
    else
        e->config_source = (int8_t)source;
    e->synonyms_count = 0;
}

static void describe_topic(req_t *req, const config_resource_t *r,
                           config_result_t *res)
{
    broker_t *b = req->broker;
    topic_t *topic;
    size_t n = 0;

    while (topics__setting_names[n])
        n++;
    topic = r->resource_name.len < 0
                ? NULL
                : topics__find(&b->topics, r->resource_name.ptr,
                               (size_t)r->resource_name.len);
    if (topic == NULL) {
        res->error_code = KERR_UNKNOWN_TOPIC_OR_PARTITION;
        handlers__set_str(&res->error_message, "topic does not exist");
        return;
    }
    res->configs = wire__arena_alloc(&req->arena, sizeof(*res->configs) * n);
    if (res->configs == NULL) {
        res->error_code = KERR_UNKNOWN_SERVER_ERROR;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const char *name = topics__setting_names[i];
        char buf[64];
        int is_default;
        const char *v;

        if (!wanted(r, name))
            continue;
        v = topics__setting_value(topic, name, buf, sizeof(buf), &is_default);
        add_entry(req, res, name, v, is_default,
                  is_default ? SOURCE_DEFAULT : SOURCE_DYNAMIC_TOPIC, 0);
    }
}

static void describe_broker(req_t *req, const config_resource_t *r,
                            config_result_t *res)
{
    const broker_config_t *c = &req->broker->cfg;
    char values[16][64];
    const char *names[16];
    int n = 0;

#define BROKER_VALUE(key, fmt, v)                                    \
    do {                                                             \
        names[n] = key;                                              \
        snprintf(values[n], sizeof(values[n]), fmt, v);              \
        n++;                                                         \
    } while (0)

    BROKER_VALUE("node.id", "%d", c->node_id);
    BROKER_VALUE("num.partitions", "%d", c->num_partitions);
    BROKER_VALUE("auto.create.topics.enable", "%s",
                 c->auto_create_topics ? "true" : "false");
    BROKER_VALUE("delete.topic.enable", "%s",
                 c->delete_topic_enable ? "true" : "false");
    BROKER_VALUE("message.max.bytes", "%d", c->message_max_bytes);
    BROKER_VALUE("socket.request.max.bytes", "%lld",
                 (long long)c->socket_request_max_bytes);
    BROKER_VALUE("log.segment.bytes", "%lld",
                 (long long)c->log.segment_bytes);
    BROKER_VALUE("log.roll.ms", "%lld", (long long)c->log.segment_ms);
    BROKER_VALUE("log.retention.ms", "%lld", (long long)c->log.retention_ms);
    BROKER_VALUE("log.retention.bytes", "%lld",
                 (long long)c->log.retention_bytes);
    BROKER_VALUE("log.dirs", "%.60s", c->data_dir);
    BROKER_VALUE("herald.sync.acks.all", "%s",
                 c->sync_acks_all ? "true" : "false");
#undef BROKER_VALUE

    res->configs = wire__arena_alloc(&req->arena,
                                     sizeof(*res->configs) * (size_t)n);
    if (res->configs == NULL) {
        res->error_code = KERR_UNKNOWN_SERVER_ERROR;
        return;
    }
    for (int i = 0; i < n; i++) {
        if (wanted(r, names[i]))
            add_entry(req, res, names[i], values[i], 0, SOURCE_STATIC_BROKER,
                      1);
    }
}

void handle_describe_configs(req_t *req)
{
    broker_t *b = req->broker;
    int16_t version = req->header.request_api_version;
    kmsg_describe_configs_request_t msg;
    kmsg_describe_configs_response_t rsp;
    char node[16];

    if (kmsg_describe_configs_request_decode(&req->body, version,
                                             &req->arena, &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    snprintf(node, sizeof(node), "%d", b->cfg.node_id);
    kmsg_describe_configs_response_init(&rsp);
    rsp.results = wire__arena_alloc(
        &req->arena, sizeof(*rsp.results) * ((size_t)msg.resources_count + 1));
    if (rsp.results == NULL) {
        dispatch__malformed(req);
        return;
    }
    rsp.results_count = msg.resources_count;
    for (int32_t i = 0; i < msg.resources_count; i++) {
        const config_resource_t *r = &msg.resources[i];
        config_result_t *res = &rsp.results[i];

        kmsg_describe_configs_response_describe_configs_result_init(res);
        res->resource_type = r->resource_type;
        res->resource_name = r->resource_name;
        res->configs_count = 0;
        if (r->resource_type == RESOURCE_TOPIC) {
            describe_topic(req, r, res);
        } else if (r->resource_type == RESOURCE_BROKER) {
            if (r->resource_name.len > 0 &&
                ((size_t)r->resource_name.len != strlen(node) ||
                 memcmp(r->resource_name.ptr, node, strlen(node)) != 0)) {
                res->error_code = KERR_INVALID_REQUEST;
                handlers__set_str(&res->error_message, "unknown broker id");
            } else {
                describe_broker(req, r, res);
            }
        } else {
            res->error_code = KERR_INVALID_REQUEST;
            handlers__set_str(&res->error_message,
                              "unsupported resource type");
        }
    }
    req__begin_response(req);
    req__complete(req, kmsg_describe_configs_response_encode(&req->out,
                                                             version, &rsp));
}

/*
 * CreateTopics (API key 19), versions 0-4.
 *
 * A single broker keeps one replica of everything: a replication factor
 * other than 1 (or -1 for the default) is INVALID_REPLICATION_FACTOR, and
 * manual assignments may only name this broker.
 */
#include <stdio.h>
#include <string.h>

#include "broker.h"
#include "dispatch.h"
#include "handlers.h"
#include "herald/error.h"
#include "kafka_error.h"
#include "log.h"

#define ERR_SIZE 640

static int16_t check_assignments(
    broker_t *b, const kmsg_create_topics_request_creatable_topic_t *t,
    int32_t *partitions, char *err, size_t err_size)
{
    if (t->assignments_count <= 0)
        return KERR_NONE;
    if (t->num_partitions != -1 || t->replication_factor != -1) {
        snprintf(err, err_size, "with manual assignments, num_partitions and "
                 "replication_factor must be -1");
        return KERR_INVALID_REQUEST;
    }
    for (int32_t i = 0; i < t->assignments_count; i++) {
        const kmsg_create_topics_request_creatable_replica_assignment_t *a =
            &t->assignments[i];
        if (a->partition_index != i || a->broker_ids_count != 1 ||
            a->broker_ids[0] != b->cfg.node_id) {
            snprintf(err, err_size, "partition %d must be assigned to broker "
                     "%d alone", i, b->cfg.node_id);
            return KERR_INVALID_REPLICA_ASSIGNMENT;
        }
    }
    *partitions = t->assignments_count;
    return KERR_NONE;
}

static int16_t collect_settings(
    const kmsg_create_topics_request_creatable_topic_t *t,
    topic_setting_t *settings, int *count, char *err, size_t err_size)
{
    *count = 0;
    if (t->configs_count > TOPIC_SETTINGS_MAX) {
        snprintf(err, err_size, "too many configs (max %d)",
                 TOPIC_SETTINGS_MAX);
        return KERR_INVALID_CONFIG;
    }
    for (int32_t i = 0; i < t->configs_count; i++) {
        const kmsg_create_topics_request_createable_topic_config_t *c =
            &t->configs[i];
        topic_setting_t *s = &settings[*count];

        /* A null value means "use the default". */
        if (c->value.len < 0)
            continue;
        if (handlers__cstr(&c->name, s->key, sizeof(s->key)) != 0 ||
            handlers__cstr(&c->value, s->value, sizeof(s->value)) != 0) {
            snprintf(err, err_size, "invalid config name or value");
            return KERR_INVALID_CONFIG;
        }
        if (topics__check_setting(s->key, s->value, err, err_size) != 0)
            return KERR_INVALID_CONFIG;
        (*count)++;
    }
    return KERR_NONE;
}

static int duplicate_name(const kmsg_create_topics_request_t *msg, int32_t at)
{
    const kmsg_str_t *n = &msg->topics[at].name;

    for (int32_t i = 0; i < msg->topics_count; i++) {
        const kmsg_str_t *o = &msg->topics[i].name;
        if (i != at && o->len == n->len && n->len >= 0 &&
            memcmp(o->ptr, n->ptr, (size_t)n->len) == 0)
            return 1;
    }
    return 0;
}

static void create_one(req_t *req, const kmsg_create_topics_request_t *msg,
                       int32_t index,
                       kmsg_create_topics_response_creatable_topic_result_t *out)
{
    broker_t *b = req->broker;
    const kmsg_create_topics_request_creatable_topic_t *t = &msg->topics[index];
    topic_setting_t settings[TOPIC_SETTINGS_MAX];
    char name[TOPIC_NAME_MAX + 1];
    char *err = wire__arena_alloc(&req->arena, ERR_SIZE);
    int32_t partitions = t->num_partitions;
    int count = 0;
    int rc;

    out->name = t->name;
    if (err == NULL) {
        out->error_code = KERR_UNKNOWN_SERVER_ERROR;
        return;
    }
    err[0] = '\0';
    if (handlers__cstr(&t->name, name, sizeof(name)) != 0 ||
        !topics__valid_name(name, strlen(name))) {
        out->error_code = KERR_INVALID_TOPIC_EXCEPTION;
        snprintf(err, ERR_SIZE, "invalid topic name: names are 1 to 249 "
                 "characters of ASCII letters, digits, '.', '_' and '-'");
        goto done;
    }
    if (duplicate_name(msg, index)) {
        out->error_code = KERR_INVALID_REQUEST;
        snprintf(err, ERR_SIZE, "topic '%s' appears more than once", name);
        goto done;
    }
    if (topics__find(&b->topics, name, strlen(name))) {
        out->error_code = KERR_TOPIC_ALREADY_EXISTS;
        snprintf(err, ERR_SIZE, "topic '%s' already exists", name);
        goto done;
    }
    if (topics__colliding(&b->topics, name)) {
        out->error_code = KERR_INVALID_TOPIC_EXCEPTION;
        snprintf(err, ERR_SIZE, "topic '%s' collides with existing topic "
                 "'%s': '.' and '_' are treated alike", name,
                 topics__colliding(&b->topics, name)->name);
        goto done;
    }
    out->error_code = check_assignments(b, t, &partitions, err, ERR_SIZE);
    if (out->error_code != KERR_NONE)
        goto done;
    if (t->assignments_count <= 0 && t->replication_factor != -1 &&
        t->replication_factor != 1) {
        out->error_code = KERR_INVALID_REPLICATION_FACTOR;
        snprintf(err, ERR_SIZE, "replication factor must be 1, or -1 for "
                 "the default, on a single broker; got %d",
                 t->replication_factor);
        goto done;
    }
    if (partitions == -1)
        partitions = b->cfg.num_partitions;
    if (partitions < 1 || partitions > 100000) {
        out->error_code = KERR_INVALID_PARTITIONS;
        snprintf(err, ERR_SIZE, "number of partitions must be from 1 to 100000, "
                 "got %d", partitions);
        goto done;
    }
    out->error_code = collect_settings(t, settings, &count, err, ERR_SIZE);
    if (out->error_code != KERR_NONE || msg->validate_only)
        goto done;
    rc = topics__create(&b->topics, name, partitions, settings, count, NULL,
                        err, 256);
    if (rc == HERALD_EEXIST)
        out->error_code = KERR_TOPIC_ALREADY_EXISTS;
    else if (rc == HERALD_EINVAL)
        out->error_code = KERR_INVALID_CONFIG;
    else if (rc == HERALD_ETOOBIG)
        out->error_code = KERR_INVALID_PARTITIONS;
    else if (rc != 0)
        out->error_code = KERR_KAFKA_STORAGE_ERROR;
done:
    if (out->error_code != KERR_NONE)
        handlers__set_str(&out->error_message, err);
}

void handle_create_topics(req_t *req)
{
    int16_t version = req->header.request_api_version;
    kmsg_create_topics_request_t msg;
    kmsg_create_topics_response_t rsp;

    if (kmsg_create_topics_request_decode(&req->body, version, &req->arena,
                                          &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    kmsg_create_topics_response_init(&rsp);
    rsp.topics = wire__arena_alloc(
        &req->arena, sizeof(*rsp.topics) * ((size_t)msg.topics_count + 1));
    if (rsp.topics == NULL) {
        dispatch__malformed(req);
        return;
    }
    rsp.topics_count = msg.topics_count;
    for (int32_t i = 0; i < msg.topics_count; i++) {
        kmsg_create_topics_response_creatable_topic_result_init(
            &rsp.topics[i]);
        create_one(req, &msg, i, &rsp.topics[i]);
        if (version < 1)
            rsp.topics[i].error_message.len = -1;
    }
    req__begin_response(req);
    req__complete(req, kmsg_create_topics_response_encode(&req->out, version,
                                                          &rsp));
}

/*
 * DeleteTopics (API key 20), versions 0-3.
 *
 * A topic is deleted only between sync rounds, because a running round
 * references its partition logs. A request that arrives during a round
 * waits for its end. Fetch requests waiting on the topic get their
 * responses after the deletion.
 */
#include <stdlib.h>
#include <string.h>

#include "broker.h"
#include "dispatch.h"
#include "handlers.h"
#include "kafka_error.h"

#ifndef KERR_TOPIC_DELETION_DISABLED
#define KERR_TOPIC_DELETION_DISABLED 73
#endif

/* Requests waiting for the sync round to end. */
typedef struct deferred {
    req_t *req;
    struct deferred *next;
} deferred_t;

static deferred_t *deferred_head;

static void cancel_deferred(req_t *req)
{
    deferred_t **pp = &deferred_head;

    while (*pp && (*pp)->req != req)
        pp = &(*pp)->next;
    if (*pp) {
        deferred_t *d = *pp;
        *pp = d->next;
        free(d);
    }
}

static int16_t delete_one(broker_t *b, const kmsg_str_t *name)
{
    topic_t *topic;
    int rc;

    if (!b->cfg.delete_topic_enable)
        return KERR_TOPIC_DELETION_DISABLED;
    if (name->len < 0 || !topics__valid_name(name->ptr, (size_t)name->len))
        return KERR_INVALID_TOPIC_EXCEPTION;
    topic = topics__find(&b->topics, name->ptr, (size_t)name->len);
    if (topic == NULL)
        return KERR_UNKNOWN_TOPIC_OR_PARTITION;
    for (int32_t i = 0; i < topic->partition_count; i++)
        fetch__release_partition(b, topic->partitions[i]);
    rc = topics__delete(&b->topics, topic);
    fetch__answer_released(b);
    return rc != 0 ? KERR_KAFKA_STORAGE_ERROR : KERR_NONE;
}

static void run(req_t *req)
{
    broker_t *b = req->broker;
    int16_t version = req->header.request_api_version;
    kmsg_delete_topics_request_t msg;
    kmsg_delete_topics_response_t rsp;

    if (kmsg_delete_topics_request_decode(&req->body, version, &req->arena,
                                          &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    kmsg_delete_topics_response_init(&rsp);
    rsp.responses = wire__arena_alloc(
        &req->arena,
        sizeof(*rsp.responses) * ((size_t)msg.topic_names_count + 1));
    if (rsp.responses == NULL) {
        dispatch__malformed(req);
        return;
    }
    rsp.responses_count = msg.topic_names_count > 0 ? msg.topic_names_count
                                                    : 0;
    for (int32_t i = 0; i < rsp.responses_count; i++) {
        kmsg_delete_topics_response_deletable_topic_result_init(
            &rsp.responses[i]);
        rsp.responses[i].name = msg.topic_names[i];
        rsp.responses[i].error_code = delete_one(b, &msg.topic_names[i]);
    }
    req__begin_response(req);
    req__complete(req, kmsg_delete_topics_response_encode(&req->out, version,
                                                          &rsp));
}

void handle_delete_topics(req_t *req)
{
    broker_t *b = req->broker;
    deferred_t *d, **tail;

    if (!b->round_running) {
        run(req);
        return;
    }
    d = calloc(1, sizeof(*d));
    if (d == NULL) {
        req__fail(req, "out of memory");
        return;
    }
    d->req = req;
    for (tail = &deferred_head; *tail; tail = &(*tail)->next)
        ;
    *tail = d;
    req->pending = d;
    req->cancel = cancel_deferred;
}

void handlers__after_round(broker_t *b)
{
    while (deferred_head && !b->round_running) {
        deferred_t *d = deferred_head;
        req_t *req = d->req;

        deferred_head = d->next;
        free(d);
        req->pending = NULL;
        req->cancel = NULL;
        /* The body reader is still at the start of the body. */
        run(req);
    }
}

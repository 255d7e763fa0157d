/*
 * Produce (API key 0), versions 3-7: record batches of magic 2 only, which
 * every version from 3 on requires.
 *
 * Batches are appended as sent (the log checks the CRC and assigns offsets).
 * acks=0 gets no response, acks=1 is answered after the write to the page
 * cache, acks=-1 (all) after the next sync round has made the data durable,
 * unless herald.sync.acks.all is off.
 */
#include <string.h>

#include "broker.h"
#include "dispatch.h"
#include "handlers.h"
#include "herald/error.h"
#include "clock.h"
#include "kafka_error.h"
#include "log.h"
#include "log_limit.h"

typedef struct produce_wait {
    sync_waiter_t waiter;
    kmsg_produce_response_t rsp;
} produce_wait_t;

static void send_response(req_t *req, kmsg_produce_response_t *rsp)
{
    req__begin_response(req);
    req__complete(req, kmsg_produce_response_encode(&req->out, req->header.request_api_version,
                                 rsp));
}

static void on_synced(sync_waiter_t *w, int err)
{
    produce_wait_t *pw = (produce_wait_t *)w;
    kmsg_produce_response_t *rsp = &pw->rsp;

    if (err != 0) {
        int16_t code = handlers__kafka_error(err);
        for (int32_t i = 0; i < rsp->responses_count; i++) {
            kmsg_produce_response_topic_produce_response_t *t =
                &rsp->responses[i];
            for (int32_t j = 0; j < t->partition_responses_count; j++) {
                if (t->partition_responses[j].error_code == KERR_NONE)
                    t->partition_responses[j].error_code = code;
            }
        }
    }
    send_response(w->req, rsp);
}

static void cancel_wait(req_t *req)
{
    produce_wait_t *pw = req->pending;

    broker__cancel_sync(req->broker, &pw->waiter);
}

static topic_t *find_or_create(broker_t *b, const kmsg_str_t *name,
                               int16_t *error)
{
    topic_t *topic;

    if (name->len < 0 || !topics__valid_name(name->ptr, (size_t)name->len)) {
        *error = KERR_INVALID_TOPIC_EXCEPTION;
        return NULL;
    }
    topic = topics__find(&b->topics, name->ptr, (size_t)name->len);
    if (topic)
        return topic;
    if (!b->cfg.auto_create_topics || b->stopping) {
        *error = KERR_UNKNOWN_TOPIC_OR_PARTITION;
        return NULL;
    }
    return handlers__auto_create(b, name, error);
}

/* Logs a rejected append. Invalid batches are the client's fault and are
 * logged at info, 10 lines a second at most, with the connection and the
 * check they failed (`reason`). Producer state errors, such as an
 * out-of-order sequence, are part of normal retries and logged at debug
 * (reason NULL), as are storage errors, which the log reports itself. */
static void log_rejected(req_t *req, const topic_t *topic,
                         const kmsg_produce_request_partition_produce_data_t
                             *in,
                         const char *reason, int rc)
{
    static log_limit_t limit = {.interval_us = 1000000, .burst = 10};
    const conn_t *c = req->conn;
    long skipped = 0;

    if (reason == NULL || c == NULL) {
        LOG_DEBUG("storage", "produce rejected", "topic=%s partition=%d "
                  "err=%s bytes=%d", topic->name, in->index,
                  herald_err_name(rc), in->records.len);
        return;
    }
    if (!log_limit__allow(&limit, clock__mono_us(), &skipped))
        return;
    LOG_INFO("storage", "invalid record batch rejected", "conn=%llu "
             "peer=%s client_id=%s topic=%s partition=%d reason=\"%s\" "
             "err=%s bytes=%d similar_lines_skipped=%ld",
             (unsigned long long)c->id, c->peer, c->client_id, topic->name,
             in->index, reason, herald_err_name(rc), in->records.len,
             skipped);
}

/* Appends one partition's records. Returns 1 when the records are in the
 * log (written now or by an earlier try of the same batch). */
static int append_partition(req_t *req, topic_t *topic,
                            kmsg_produce_request_partition_produce_data_t *in,
                            kmsg_produce_response_partition_produce_response_t
                                *out)
{
    broker_t *b = req->broker;
    partition_t *p;
    int64_t base = -1, append_time = -1;
    int rc;

    out->index = in->index;
    out->base_offset = -1;
    if (topic == NULL)
        return 0;
    if (in->index < 0 || in->index >= topic->partition_count) {
        out->error_code = KERR_UNKNOWN_TOPIC_OR_PARTITION;
        return 0;
    }
    p = topic->partitions[in->index];
    if (in->records.len <= 0) {
        out->error_code = KERR_CORRUPT_MESSAGE;
        log_rejected(req, topic, in, "no record batch", HERALD_ECORRUPT);
        return 0;
    }
    /* The frame is this request's own buffer, so the log may write the
     * assigned base offsets into it. */
    rc = plog__append(p->log, (uint8_t *)in->records.ptr,
                      (size_t)in->records.len, &base, &append_time);
    out->error_code = handlers__kafka_error(rc);
    out->base_offset = base;
    out->log_append_time_ms = append_time;
    out->log_start_offset = plog__log_start_offset(p->log);
    if (rc != 0 && rc != HERALD_EDUPLICATE) {
        log_rejected(req, topic, in, plog__reject_reason(p->log), rc);
        return 0;
    }
    /* A retried batch is answered like the original, and for acks=all only
     * once the original is durable too, so it counts as written. */
    if (rc == HERALD_EDUPLICATE)
        return 1;
    broker__appended(b, p, (size_t)in->records.len);
    fetch__notify(b, p, (size_t)in->records.len);
    return 1;
}

void handle_produce(req_t *req)
{
    broker_t *b = req->broker;
    int16_t version = req->header.request_api_version;
    kmsg_produce_request_t msg;
    produce_wait_t *pw;
    kmsg_produce_response_t *rsp;
    int16_t request_error = KERR_NONE;
    int written = 0;

    if (kmsg_produce_request_decode(&req->body, version, &req->arena,
                                    &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    pw = wire__arena_alloc(&req->arena, sizeof(*pw));
    if (pw == NULL) {
        dispatch__malformed(req);
        return;
    }
    memset(pw, 0, sizeof(*pw));
    rsp = &pw->rsp;
    kmsg_produce_response_init(rsp);
    rsp->responses = wire__arena_alloc(
        &req->arena, sizeof(*rsp->responses) * ((size_t)msg.topic_data_count + 1));
    if (rsp->responses == NULL) {
        dispatch__malformed(req);
        return;
    }
    if (msg.acks != 0 && msg.acks != 1 && msg.acks != -1)
        request_error = KERR_INVALID_REQUIRED_ACKS;
    else if (msg.transactional_id.len >= 0)
        /* NOTE: transactions are not supported; a transactional producer
         * fails at InitProducerId before it gets here. */
        request_error = KERR_INVALID_REQUEST;

    rsp->responses_count = msg.topic_data_count;
    for (int32_t i = 0; i < msg.topic_data_count; i++) {
        kmsg_produce_request_topic_produce_data_t *in = &msg.topic_data[i];
        kmsg_produce_response_topic_produce_response_t *out =
            &rsp->responses[i];
        int16_t topic_error = KERR_NONE;
        topic_t *topic = NULL;

        kmsg_produce_response_topic_produce_response_init(out);
        out->name = in->name;
        out->partition_responses = wire__arena_alloc(
            &req->arena, sizeof(*out->partition_responses) *
                             ((size_t)in->partition_data_count + 1));
        if (out->partition_responses == NULL) {
            dispatch__malformed(req);
            return;
        }
        out->partition_responses_count = in->partition_data_count;
        if (request_error == KERR_NONE)
            topic = find_or_create(b, &in->name, &topic_error);
        for (int32_t j = 0; j < in->partition_data_count; j++) {
            kmsg_produce_response_partition_produce_response_t *po =
                &out->partition_responses[j];
            kmsg_produce_response_partition_produce_response_init(po);
            po->error_code = request_error ? request_error : topic_error;
            written += append_partition(req, topic, &in->partition_data[j],
                                        po);
        }
    }

    if (msg.acks == 0) {
        req->no_response = 1;
        req__finish(req);
        return;
    }
    if (msg.acks == -1 && b->cfg.sync_acks_all && written > 0) {
        pw->waiter.req = req;
        pw->waiter.complete = on_synced;
        req->pending = pw;
        req->cancel = cancel_wait;
        broker__wait_sync(b, &pw->waiter);
        return;
    }
    send_response(req, rsp);
}

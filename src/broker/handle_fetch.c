/*
 * Fetch (API key 1), versions 4-11, without fetch sessions (KIP-227): every
 * request is a full fetch and the response's session id is 0.
 *
 * Records are not copied: each partition's data is a range of a segment
 * file, sent with sendfile(2). When less than min_bytes is available the
 * request waits (long poll) until enough is appended to the partitions it
 * reads, until max_wait_ms passes, or until shutdown.
 */
#include <stdlib.h>
#include <string.h>

#include "broker.h"
#include "dispatch.h"
#include "handlers.h"
#include "herald/error.h"
#include "kafka_error.h"
#include "log.h"

typedef struct wait_link {
    fetch_wait_t *owner;
    partition_t *partition;
    struct wait_link *prev, *next;
} wait_link_t;

struct fetch_wait {
    req_t *req;
    kmsg_fetch_request_t msg;
    uv_timer_t timer;
    int64_t bytes;          /* available so far */
    int link_count;
    wait_link_t *links;
    fetch_wait_t *prev_all, *next_all;
    fetch_wait_t *next_released;
    int released;
};

/* Waits whose partition is being deleted. They get their responses once
 * the partition is gone. */
static fetch_wait_t *released_waits;

/* Every waiting fetch, for shutdown. */
static fetch_wait_t *all_waits;

/* --- building the response ----------------------------------------------- */

typedef struct budget {
    int64_t limit;          /* the response's max_bytes, at least 1 */
    int64_t used;           /* record bytes in the response so far */
    int any;                /* a partition already carries records */
    int errors;             /* a partition has an error code */
} budget_t;

static void read_partition(req_t *req, const kmsg_str_t *topic_name,
                           const kmsg_fetch_request_fetch_partition_t *in,
                           kmsg_fetch_response_partition_data_t *out,
                           budget_t *bud)
{
    broker_t *b = req->broker;
    partition_t *p;
    plog_slice_t slice;
    int32_t max;
    int rc;

    kmsg_fetch_response_partition_data_init(out);
    out->partition_index = in->partition;
    out->high_watermark = -1;
    out->last_stable_offset = -1;
    out->log_start_offset = -1;
    out->aborted_transactions_count = 0;
    out->preferred_read_replica = -1;
    out->records.ptr = NULL;
    out->records.len = 0;
    out->records.fd = -1;

    p = topic_name->len < 0 ? NULL
                            : topics__partition(&b->topics, topic_name->ptr,
                                                (size_t)topic_name->len,
                                                in->partition);
    if (p == NULL) {
        out->error_code = KERR_UNKNOWN_TOPIC_OR_PARTITION;
        bud->errors++;
        return;
    }
    /* Without transactions the last stable offset is the high watermark. */
    out->high_watermark = plog__log_end_offset(p->log);
    out->last_stable_offset = out->high_watermark;
    out->log_start_offset = plog__log_start_offset(p->log);
    if (in->fetch_offset < out->log_start_offset ||
        in->fetch_offset > out->high_watermark) {
        out->error_code = KERR_OFFSET_OUT_OF_RANGE;
        bud->errors++;
        return;
    }
    if (in->fetch_offset == out->high_watermark)
        return;
    /* Both the partition's and the response's limits apply. The log returns
     * at least one whole batch whatever the limit, which keeps a consumer
     * moving past a batch larger than its limits (KIP-74). */
    max = in->partition_max_bytes;
    if (max > bud->limit - bud->used)
        max = (int32_t)(bud->limit - bud->used);
    if (max <= 0) {
        if (bud->any)
            return;
        max = 1;
    }
    rc = plog__read(p->log, in->fetch_offset, max, &slice);
    if (rc != 0) {
        out->error_code = handlers__kafka_error(rc);
        bud->errors++;
        return;
    }
    if (slice.len <= 0) {
        if (slice.segment)
            plog__slice_release(slice.segment);
        return;
    }
    /* Past the first partition with data, a batch that does not fit the
     * response's max_bytes waits for the next fetch (KIP-74 guarantees
     * progress only for the first). */
    if (bud->any && slice.len > bud->limit - bud->used) {
        plog__slice_release(slice.segment);
        return;
    }
    out->records.len = slice.len;
    out->records.fd = slice.fd;
    out->records.file_offset = slice.position;
    out->records.file_ref = slice.segment;
    out->records.file_release = plog__slice_release;
    bud->used += slice.len;
    bud->any = 1;
}

/* Fills `rsp` from the logs. Returns the number of record bytes in it. */
static int64_t build_response(req_t *req, const kmsg_fetch_request_t *msg,
                              kmsg_fetch_response_t *rsp, int *errors)
{
    int16_t version = req->header.request_api_version;
    budget_t bud;

    bud.limit = version >= 3 ? msg->max_bytes : INT32_MAX;
    if (bud.limit <= 0)
        bud.limit = 1;
    bud.used = 0;
    bud.any = 0;
    bud.errors = 0;

    kmsg_fetch_response_init(rsp);
    rsp->session_id = 0;
    rsp->responses = wire__arena_alloc(
        &req->arena, sizeof(*rsp->responses) * ((size_t)msg->topics_count + 1));
    if (rsp->responses == NULL)
        return -1;
    rsp->responses_count = msg->topics_count;
    for (int32_t i = 0; i < msg->topics_count; i++) {
        const kmsg_fetch_request_fetch_topic_t *t = &msg->topics[i];
        kmsg_fetch_response_fetchable_topic_response_t *o = &rsp->responses[i];

        kmsg_fetch_response_fetchable_topic_response_init(o);
        o->topic = t->topic;
        o->partitions = wire__arena_alloc(
            &req->arena,
            sizeof(*o->partitions) * ((size_t)t->partitions_count + 1));
        if (o->partitions == NULL)
            return -1;
        o->partitions_count = t->partitions_count;
        for (int32_t j = 0; j < t->partitions_count; j++)
            read_partition(req, &t->topic, &t->partitions[j],
                           &o->partitions[j], &bud);
    }
    *errors = bud.errors;
    return bud.used;
}

/* Drops the segment references of a response that will not be sent. */
static void release_response(kmsg_fetch_response_t *rsp)
{
    for (int32_t i = 0; i < rsp->responses_count; i++) {
        kmsg_fetch_response_fetchable_topic_response_t *o = &rsp->responses[i];
        for (int32_t j = 0; j < o->partitions_count; j++) {
            kmsg_records_t *r = &o->partitions[j].records;
            if (r->fd >= 0 && r->file_release)
                r->file_release(r->file_ref);
            r->fd = -1;
            r->file_ref = NULL;
        }
    }
}

static void send_response(req_t *req, kmsg_fetch_response_t *rsp)
{
    int rc;

    req__begin_response(req);
    rc = kmsg_fetch_response_encode(&req->out, req->header.request_api_version,
                                    rsp);
    if (rc == HERALD_EPROTO)
        release_response(rsp);
    req__complete(req, rc);
}

static void respond(req_t *req, const kmsg_fetch_request_t *msg)
{
    kmsg_fetch_response_t rsp;
    int errors = 0;

    if (build_response(req, msg, &rsp, &errors) < 0) {
        release_response(&rsp);
        req__fail(req, "out of memory");
        return;
    }
    send_response(req, &rsp);
}

/* --- waiting ------------------------------------------------------------- */

static void on_timer_closed(uv_handle_t *h)
{
    fetch_wait_t *w = h->data;

    free(w->links);
    free(w);
}

/* Unlinks `w` from its partitions and the list of waits, and frees it once
 * its timer has closed. */
static void end_wait(fetch_wait_t *w)
{
    if (w->released) {
        fetch_wait_t **pp = &released_waits;
        while (*pp && *pp != w)
            pp = &(*pp)->next_released;
        if (*pp)
            *pp = w->next_released;
        w->released = 0;
    }
    for (int i = 0; i < w->link_count; i++) {
        wait_link_t *l = &w->links[i];
        if (l->partition == NULL)
            continue;
        if (l->prev)
            l->prev->next = l->next;
        else
            l->partition->waiters = l->next;
        if (l->next)
            l->next->prev = l->prev;
        l->partition = NULL;
    }
    if (w->prev_all)
        w->prev_all->next_all = w->next_all;
    else
        all_waits = w->next_all;
    if (w->next_all)
        w->next_all->prev_all = w->prev_all;
    uv_timer_stop(&w->timer);
    uv_close((uv_handle_t *)&w->timer, on_timer_closed);
}

static void complete_wait(fetch_wait_t *w)
{
    req_t *req = w->req;
    kmsg_fetch_request_t msg = w->msg;

    end_wait(w);
    req->pending = NULL;
    req->cancel = NULL;
    respond(req, &msg);
}

static void on_timeout(uv_timer_t *t)
{
    complete_wait(t->data);
}

static void cancel_wait(req_t *req)
{
    end_wait(req->pending);
}

void fetch__notify(broker_t *b, partition_t *p, size_t bytes)
{
    wait_link_t *l;

    for (l = p->waiters; l; l = l->next)
        l->owner->bytes += (int64_t)bytes;

    /* Completing a wait may close connections and so cancel other waits on
     * this partition; rescan from the head after each one. */
    for (l = p->waiters; l;) {
        fetch_wait_t *w = l->owner;
        if (w->bytes >= w->msg.min_bytes) {
            complete_wait(w);
            l = p->waiters;
        } else {
            l = l->next;
        }
    }
}

void fetch__release_partition(broker_t *b, partition_t *p)
{
    while (p->waiters) {
        wait_link_t *l = p->waiters;
        fetch_wait_t *w = l->owner;

        p->waiters = l->next;
        if (p->waiters)
            p->waiters->prev = NULL;
        l->partition = NULL;
        l->prev = l->next = NULL;
        if (!w->released) {
            w->released = 1;
            w->next_released = released_waits;
            released_waits = w;
        }
    }
}

void fetch__answer_released(broker_t *b)
{
    while (released_waits) {
        fetch_wait_t *w = released_waits;
        released_waits = w->next_released;
        complete_wait(w);
    }
}

void handlers__shutdown(broker_t *b)
{
    while (all_waits)
        complete_wait(all_waits);
}

static int start_wait(req_t *req, const kmsg_fetch_request_t *msg,
                      int64_t bytes)
{
    broker_t *b = req->broker;
    fetch_wait_t *w = calloc(1, sizeof(*w));
    int n = 0;

    if (w == NULL)
        return -1;
    for (int32_t i = 0; i < msg->topics_count; i++)
        n += msg->topics[i].partitions_count > 0
                 ? msg->topics[i].partitions_count
                 : 0;
    w->links = calloc((size_t)n + 1, sizeof(*w->links));
    if (w->links == NULL) {
        free(w);
        return -1;
    }
    w->req = req;
    w->msg = *msg;
    w->bytes = bytes;
    for (int32_t i = 0; i < msg->topics_count; i++) {
        const kmsg_fetch_request_fetch_topic_t *t = &msg->topics[i];
        for (int32_t j = 0; j < t->partitions_count; j++) {
            partition_t *p = topics__partition(&b->topics, t->topic.ptr,
                                               (size_t)t->topic.len,
                                               t->partitions[j].partition);
            wait_link_t *l;
            int dup = 0;

            if (p == NULL)
                continue;
            for (int k = 0; k < w->link_count; k++)
                dup |= w->links[k].partition == p;
            if (dup)
                continue;
            l = &w->links[w->link_count++];
            l->owner = w;
            l->partition = p;
            l->prev = NULL;
            l->next = p->waiters;
            if (p->waiters)
                p->waiters->prev = l;
            p->waiters = l;
        }
    }
    w->next_all = all_waits;
    if (all_waits)
        all_waits->prev_all = w;
    all_waits = w;
    uv_timer_init(b->loop, &w->timer);
    w->timer.data = w;
    uv_timer_start(&w->timer, on_timeout, (uint64_t)msg->max_wait_ms, 0);
    req->pending = w;
    req->cancel = cancel_wait;
    return 0;
}

void handle_fetch(req_t *req)
{
    broker_t *b = req->broker;
    int16_t version = req->header.request_api_version;
    kmsg_fetch_request_t msg;
    kmsg_fetch_response_t rsp;
    int64_t bytes;
    int errors = 0;

    if (kmsg_fetch_request_decode(&req->body, version, &req->arena, &msg) !=
        0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    bytes = build_response(req, &msg, &rsp, &errors);
    if (bytes < 0) {
        release_response(&rsp);
        req__fail(req, "out of memory");
        return;
    }
    /* A response with an error goes out at once, as in Kafka. */
    if (bytes >= msg.min_bytes || msg.max_wait_ms <= 0 || errors > 0 ||
        b->stopping) {
        send_response(req, &rsp);
        return;
    }
    release_response(&rsp);
    if (start_wait(req, &msg, bytes) != 0)
        respond(req, &msg);
}

/*
 * The handler pipeline: decode, validate, transform and handle one event,
 * with retries (exponential backoff with jitter), dead-lettering, emitted
 * events, trace propagation, counters and outcome logs. Transports call
 * pipeline__run() once per event and subscription, on the thread that
 * should run the handler.
 */
#include "bus_internal.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "event_internal.h"
#include "lib_log.h"

void *herald_ctx_user_data(const herald_ctx_t *ctx)
{
    return ctx ? ctx->sub->user_data : NULL;
}

int herald_ctx_attempt(const herald_ctx_t *ctx)
{
    return ctx ? ctx->attempt : 0;
}

const char *herald_ctx_topic(const herald_ctx_t *ctx)
{
    return ctx ? ctx->topic : NULL;
}

herald_sub_t *herald_ctx_sub(const herald_ctx_t *ctx)
{
    return ctx ? ctx->sub : NULL;
}

void herald_ctx_set_reason(herald_ctx_t *ctx, const char *fmt, ...)
{
    va_list ap;

    if (ctx == NULL || fmt == NULL)
        return;
    va_start(ap, fmt);
    vsnprintf(ctx->reason, sizeof(ctx->reason), fmt, ap);
    va_end(ap);
}

herald_err_t herald_ctx_emit(herald_ctx_t *ctx, herald_event_t *ev)
{
    herald_event_t **emits;

    if (ctx == NULL || ev == NULL) {
        herald_event_free(ev);
        return HERALD_EINVAL;
    }
    if (ctx->emit_count == ctx->emit_cap) {
        size_t cap = ctx->emit_cap ? ctx->emit_cap * 2 : 4;

        emits = realloc(ctx->emits, cap * sizeof(*emits));
        if (emits == NULL) {
            herald_event_free(ev);
            return HERALD_ENOMEM;
        }
        ctx->emits = emits;
        ctx->emit_cap = cap;
    }
    ctx->emits[ctx->emit_count++] = ev;
    return HERALD_OK;
}

static void discard_emits(herald_ctx_t *ctx)
{
    for (size_t i = 0; i < ctx->emit_count; i++)
        herald_event_free(ctx->emits[i]);
    ctx->emit_count = 0;
}

static int is_lower_hex(const char *s, size_t n)
{
    int nonzero = 0;

    for (size_t i = 0; i < n; i++) {
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            return 0;
        nonzero |= s[i] != '0';
    }
    return nonzero;
}

/* Returns 1 for a W3C Trace Context traceparent of version 00:
 * "00-<32 hex trace-id>-<16 hex parent-id>-<2 hex flags>", with neither id
 * all zeros. */
static int valid_traceparent(const char *tp)
{
    return tp && strlen(tp) == 55 && strncmp(tp, "00-", 3) == 0 &&
           tp[35] == '-' && tp[52] == '-' && is_lower_hex(tp + 3, 32) &&
           is_lower_hex(tp + 36, 16) &&
           (is_lower_hex(tp + 53, 2) || strncmp(tp + 53, "00", 2) == 0);
}

/* Continues the handled event's trace in an emitted event: same trace-id
 * and flags, a new random parent-id for the emitting span. */
static herald_err_t propagate_trace(const herald_event_t *from,
                                    herald_event_t *to)
{
    const char *tp = herald_event_attr(from, "traceparent");
    const char *state = herald_event_attr(from, "tracestate");
    uint8_t span[8];
    char child[56];
    herald_err_t err = HERALD_OK;

    if (herald_event_attr(to, "traceparent") || !valid_traceparent(tp))
        return HERALD_OK;
    do {
        if (event__random(span, sizeof(span)) < 0)
            return HERALD_EIO;
    } while (!(span[0] | span[1] | span[2] | span[3] | span[4] | span[5] |
               span[6] | span[7]));
    snprintf(child, sizeof(child),
             "00-%.32s-%02x%02x%02x%02x%02x%02x%02x%02x-%.2s", tp + 3,
             span[0], span[1], span[2], span[3], span[4], span[5], span[6],
             span[7], tp + 53);
    err = herald_event_set_attr(to, "traceparent", child);
    if (err == HERALD_OK && state && !herald_event_attr(to, "tracestate"))
        err = herald_event_set_attr(to, "tracestate", state);
    return err;
}

/* The emitted events of one event still in flight, for
 * pipeline__run_async(). The pipeline holds one reference until the
 * outcome is final and each event in flight holds one more. */
struct emit_batch {
    atomic_int refs;
    atomic_int failed; /* HERALD_OK, or the last delivery error */
    pipeline_done_cb done;
    void *done_arg;
};

static void batch_release(struct emit_batch *batch)
{
    if (atomic_fetch_sub(&batch->refs, 1) != 1)
        return;
    batch->done(batch->done_arg, (herald_err_t)atomic_load(&batch->failed));
    free(batch);
}

static void on_emit_delivered(const herald_event_t *ev, herald_err_t result,
                              void *user_data)
{
    struct emit_batch *batch = user_data;
    char qtype[128], qid[96];

    if (result != HERALD_OK) {
        atomic_store(&batch->failed, (int)result);
        LIB_LOG(HERALD_LOG_ERROR, "handler", "emitted event not delivered",
                "type=%s id=%s err=%s",
                lib_log__quote(qtype, sizeof(qtype), herald_event_type(ev)),
                lib_log__quote(qid, sizeof(qid), herald_event_id(ev)),
                herald_err_name(result));
    }
    batch_release(batch);
}

/* Sends one emitted event: waiting for its delivery, or, with ctx->done
 * set, adding it to the batch whose last delivery ends the event. */
static herald_err_t send_emit(herald_ctx_t *ctx, herald_event_t *ev)
{
    herald_bus_t *bus = ctx->sub->bus;
    herald_err_t err;

    if (ctx->done == NULL)
        return bus__send(bus, herald_event_type(ev), ev,
                         SEND_WAIT | SEND_FROM_HANDLER, NULL, NULL);
    if (ctx->batch == NULL) {
        ctx->batch = calloc(1, sizeof(*ctx->batch));
        if (ctx->batch == NULL) {
            herald_event_free(ev);
            return HERALD_ENOMEM;
        }
        atomic_init(&ctx->batch->refs, 1);
        ctx->batch->done = ctx->done;
        ctx->batch->done_arg = ctx->done_arg;
    }
    atomic_fetch_add(&ctx->batch->refs, 1);
    err = bus__send(bus, herald_event_type(ev), ev, SEND_FROM_HANDLER,
                    on_emit_delivered, ctx->batch);
    /* The delivery callback runs only for accepted events. */
    if (err != HERALD_OK)
        atomic_fetch_sub(&ctx->batch->refs, 1);
    return err;
}

/* Publishes the events emitted by a successful attempt. Returns the first
 * error; the events already sent stay sent. */
static herald_err_t flush_emits(herald_ctx_t *ctx)
{
    herald_bus_t *bus = ctx->sub->bus;
    herald_err_t err = HERALD_OK;

    for (size_t i = 0; i < ctx->emit_count; i++) {
        herald_event_t *ev = ctx->emits[i];

        ctx->emits[i] = NULL;
        if (err == HERALD_OK)
            err = herald_event_fill_defaults(ev);
        if (err == HERALD_OK && herald_event_source(ev) == NULL)
            err = herald_event_set_attr(ev, "source", bus->source);
        if (err == HERALD_OK)
            err = propagate_trace(ctx->event, ev);
        if (err == HERALD_OK)
            err = herald_event_validate(ev, NULL, 0);
        if (err != HERALD_OK) {
            herald_event_free(ev);
            continue;
        }
        err = send_emit(ctx, ev);
    }
    ctx->emit_count = 0;
    return err;
}

/* Sleeps before retry number `attempt` (1 for the first retry): the
 * exponential delay, capped, with the lower half replaced by jitter so
 * that retrying consumers spread out. */
static void backoff(const herald_handler_t *h, int attempt)
{
    uint64_t delay = (uint64_t)h->backoff_initial_ms;
    uint32_t r = 0;
    struct timespec ts;

    for (int i = 1; i < attempt && delay < (uint64_t)h->backoff_max_ms; i++)
        delay *= 2;
    if (delay > (uint64_t)h->backoff_max_ms)
        delay = (uint64_t)h->backoff_max_ms;
    event__random(&r, sizeof(r));
    delay = delay / 2 + (delay > 1 ? r % (delay / 2 + 1) : 0);
    ts.tv_sec = (time_t)(delay / 1000);
    ts.tv_nsec = (long)(delay % 1000) * 1000000L;
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
    }
}

static const char *dead_letter_topic(const herald_sub_t *sub,
                                     const herald_event_t *ev, char *buf,
                                     size_t size)
{
    if (sub->dead_letter_topic)
        return sub->dead_letter_topic;
    snprintf(buf, size, "%s.dlq", herald_event_type(ev));
    return buf;
}

/* Writes a copy of the event with the dlq* attributes to the dead-letter
 * topic. Returns 1 when it was written. */
static int dead_letter(herald_ctx_t *ctx)
{
    herald_sub_t *sub = ctx->sub;
    herald_event_t *copy;
    char topic[300];
    char qid[96], qreason[REASON_MAX + 16];
    herald_err_t err;

    if (bus__is_dead_letter(ctx->event))
        return 0;
    err = herald_event_clone(&copy, ctx->event);
    if (err == HERALD_OK)
        err = herald_event_set_attr(copy, "dlqreason", ctx->reason);
    if (err == HERALD_OK)
        err = herald_event_set_ext_int(copy, "dlqattempts", ctx->attempt);
    if (err == HERALD_OK)
        err = herald_event_set_attr(copy, "dlqhandler", sub->name);
    if (err == HERALD_OK)
        err = herald_event_set_attr(copy, "dlqtopic", ctx->topic);
    if (err == HERALD_OK && ctx->partition >= 0) {
        char offset[24];

        snprintf(offset, sizeof(offset), "%lld", (long long)ctx->offset);
        err = herald_event_set_ext_int(copy, "dlqpartition", ctx->partition);
        if (err == HERALD_OK)
            err = herald_event_set_attr(copy, "dlqoffset", offset);
    }
    if (err == HERALD_OK)
        err = bus__send(sub->bus,
                        dead_letter_topic(sub, ctx->event, topic,
                                          sizeof(topic)),
                        copy, SEND_WAIT | SEND_DEAD_LETTER | SEND_FROM_HANDLER,
                        NULL, NULL);
    else
        herald_event_free(copy);
    if (err != HERALD_OK) {
        LIB_LOG(HERALD_LOG_ERROR, "handler", "dead-letter write failed",
                "handler=%s id=%s reason=%s err=%s", sub->name,
                lib_log__quote(qid, sizeof(qid), herald_event_id(ctx->event)),
                lib_log__quote(qreason, sizeof(qreason), ctx->reason),
                herald_err_name(err));
        return 0;
    }
    atomic_fetch_add(&sub->stats.dead_lettered, 1);
    return 1;
}

/* Logs one outcome line with the ids involved. */
static void log_outcome(herald_log_level_t level, const char *msg,
                        const herald_ctx_t *ctx, int64_t latency_us)
{
    char qtopic[128], qid[96], qreason[REASON_MAX + 16];

    if (!lib_log__enabled(level))
        return;
    lib_log__write(level, "handler", msg,
                   "handler=%s topic=%s id=%s attempt=%d latency_us=%lld "
                   "reason=%s",
                   ctx->sub->name,
                   lib_log__quote(qtopic, sizeof(qtopic), ctx->topic),
                   lib_log__quote(qid, sizeof(qid),
                                  herald_event_id(ctx->event)),
                   ctx->attempt, (long long)latency_us,
                   lib_log__quote(qreason, sizeof(qreason),
                                  ctx->reason[0] ? ctx->reason : "none"));
}

/* Runs decode and validate. Returns 0 when the event is invalid. */
static int prepare_event(herald_ctx_t *ctx, void **decoded)
{
    const herald_handler_t *h = &ctx->sub->handler;
    herald_err_t err;

    if (h->decode) {
        err = h->decode(ctx, ctx->event, decoded);
        if (err != HERALD_OK) {
            if (!ctx->reason[0])
                herald_ctx_set_reason(ctx, "decode failed: %s",
                                      herald_err_name(err));
            return 0;
        }
    }
    if (h->validate) {
        err = h->validate(ctx, ctx->event, *decoded);
        if (err != HERALD_OK) {
            if (!ctx->reason[0])
                herald_ctx_set_reason(ctx, "validation failed: %s",
                                      herald_err_name(err));
            return 0;
        }
    }
    return 1;
}

/* Runs handle until it succeeds, fails, or runs out of attempts. */
static herald_result_t handle_with_retries(herald_ctx_t *ctx, void *decoded)
{
    herald_sub_t *sub = ctx->sub;
    const herald_handler_t *h = &sub->handler;
    herald_result_t result = HERALD_RESULT_FAIL;

    for (ctx->attempt = 1;; ctx->attempt++) {
        herald_err_t err;

        ctx->reason[0] = '\0';
        result = h->handle(ctx, ctx->event, decoded);
        if (result == HERALD_RESULT_OK) {
            err = flush_emits(ctx);
            if (err == HERALD_OK)
                return HERALD_RESULT_OK;
            herald_ctx_set_reason(ctx, "emit failed: %s",
                                  herald_err_name(err));
            result = HERALD_RESULT_RETRY;
        }
        discard_emits(ctx);
        if (result != HERALD_RESULT_RETRY) {
            if (!ctx->reason[0])
                herald_ctx_set_reason(ctx, "handler failed");
            return HERALD_RESULT_FAIL;
        }
        if (ctx->attempt >= h->max_attempts) {
            /* Room for the prefix; the result is cut back to REASON_MAX. */
            char reason[REASON_MAX + 32];

            snprintf(reason, sizeof(reason), "retries exhausted: %s",
                     ctx->reason[0] ? ctx->reason : "handler asked to retry");
            size_t n = strlen(reason);
            if (n >= REASON_MAX)
                n = REASON_MAX - 1;
            memcpy(ctx->reason, reason, n);
            ctx->reason[n] = '\0';
            return HERALD_RESULT_FAIL;
        }
        atomic_fetch_add(&sub->stats.retried, 1);
        log_outcome(HERALD_LOG_INFO, "event retry scheduled", ctx, 0);
        backoff(h, ctx->attempt);
    }
}

/* Runs the steps for one event and ends it: counters, outcome log,
 * dead-lettering, and the done callback of pipeline__run_async(). */
static void run_ctx(herald_ctx_t *ctx)
{
    herald_sub_t *sub = ctx->sub;
    const herald_event_t *ev = ctx->event;
    const herald_handler_t *h = &sub->handler;
    int64_t start = clock__mono_us();
    void *decoded = NULL;
    herald_result_t result;

    if (!prepare_event(ctx, &decoded)) {
        atomic_fetch_add(&sub->stats.invalid, 1);
        log_outcome(HERALD_LOG_WARN, "event invalid", ctx,
                    clock__mono_us() - start);
        dead_letter(ctx);
        goto done;
    }
    if (h->transform) {
        herald_err_t err = h->transform(ctx, &decoded);

        if (err != HERALD_OK) {
            if (!ctx->reason[0])
                herald_ctx_set_reason(ctx, "transform failed: %s",
                                      herald_err_name(err));
            result = HERALD_RESULT_FAIL;
            goto failed;
        }
    }
    result = handle_with_retries(ctx, decoded);
    if (result == HERALD_RESULT_OK) {
        atomic_fetch_add(&sub->stats.handled, 1);
        log_outcome(HERALD_LOG_INFO, "event handled", ctx,
                    clock__mono_us() - start);
        goto done;
    }
failed:
    atomic_fetch_add(&sub->stats.failed, 1);
    log_outcome(HERALD_LOG_WARN, "event failed", ctx,
                clock__mono_us() - start);
    if (!dead_letter(ctx) && bus__is_dead_letter(ev))
        log_outcome(HERALD_LOG_WARN, "dead-lettered event dropped", ctx, 0);
done:
    stats__record_latency(&sub->stats, (uint64_t)(clock__mono_us() - start));
    if (decoded && h->free_decoded)
        h->free_decoded(decoded, sub->user_data);
    discard_emits(ctx);
    free(ctx->emits);
    if (ctx->batch)
        batch_release(ctx->batch);
    else if (ctx->done)
        ctx->done(ctx->done_arg, HERALD_OK);
}

herald_err_t pipeline__run(herald_sub_t *sub, const char *topic,
                           int32_t partition, int64_t offset,
                           const herald_event_t *ev)
{
    herald_ctx_t ctx = {
        .sub = sub, .event = ev, .topic = topic,
        .partition = partition, .offset = offset, .attempt = 1,
    };

    run_ctx(&ctx);
    return HERALD_OK;
}

void pipeline__run_async(herald_sub_t *sub, const char *topic,
                         int32_t partition, int64_t offset,
                         const herald_event_t *ev, pipeline_done_cb done,
                         void *done_arg)
{
    herald_ctx_t ctx = {
        .sub = sub, .event = ev, .topic = topic,
        .partition = partition, .offset = offset, .attempt = 1,
        .done = done, .done_arg = done_arg,
    };

    run_ctx(&ctx);
}

void pipeline__note_undecodable(herald_sub_t *sub, const char *topic,
                                int32_t partition, int64_t offset,
                                const char *reason, int dead_lettered)
{
    char qtopic[128], qreason[REASON_MAX + 16];

    atomic_fetch_add(&sub->stats.invalid, 1);
    if (dead_lettered)
        atomic_fetch_add(&sub->stats.dead_lettered, 1);
    LIB_LOG(HERALD_LOG_WARN, "handler", "record is not a CloudEvent",
            "handler=%s topic=%s partition=%d offset=%lld reason=%s "
            "dead_lettered=%d",
            sub->name, lib_log__quote(qtopic, sizeof(qtopic), topic),
            (int)partition, (long long)offset,
            lib_log__quote(qreason, sizeof(qreason), reason), dead_lettered);
}

/*
 * Load generator for NATS JetStream through its C client (libnats), for
 * bench/compare. produce publishes asynchronously to a file-storage stream
 * and counts a record when its publish acknowledgement arrives; consume
 * reads the stream from the start through an ordered consumer; e2e does
 * both at once at a fixed rate. See peer.h for the command line.
 */
#include <stdatomic.h>
#include <nats/nats.h>

#include "peer.h"

#define STREAM "BENCH"
#define SUBJECT "bench"

typedef struct {
    atomic_llong records;
    atomic_llong errors;
    long long bytes;
    uint64_t last_us;
    bench_hist_t latency;
} tally_t;

static tally_t tally;
/* Off for e2e, where the subscription counts and times the records. */
static int count_acks = 1;

static void on_ack(jsCtx *js, natsMsg *msg, jsPubAck *pa, jsPubAckErr *pae,
                   void *closure)
{
    uint64_t now = bench__now_us();

    if (pae != NULL) {
        atomic_fetch_add(&tally.errors, 1);
    } else if (count_acks) {
        uint64_t sent = peer_stamp_of(natsMsg_GetData(msg),
                                      (size_t)natsMsg_GetDataLength(msg));

        bench__hist_record(&tally.latency, now > sent ? now - sent : 0);
        tally.bytes += natsMsg_GetDataLength(msg);
        tally.last_us = now;
        atomic_fetch_add(&tally.records, 1);
    }
    natsMsg_Destroy(msg);
}

static void on_msg(natsConnection *nc, natsSubscription *sub, natsMsg *msg,
                   void *closure)
{
    uint64_t now = bench__now_us();
    uint64_t sent = peer_stamp_of(natsMsg_GetData(msg),
                                  (size_t)natsMsg_GetDataLength(msg));

    bench__hist_record(&tally.latency, now > sent ? now - sent : 0);
    tally.bytes += natsMsg_GetDataLength(msg);
    tally.last_us = now;
    atomic_fetch_add(&tally.records, 1);
    natsMsg_Destroy(msg);
}

static int check(natsStatus s, const char *what)
{
    if (s == NATS_OK)
        return 0;
    fprintf(stderr, "nats_bench: %s failed: %s\n", what,
            natsStatus_GetText(s));
    return -1;
}

static int add_stream(jsCtx *js)
{
    const char *subjects[] = {SUBJECT};
    jsStreamConfig cfg;
    jsStreamInfo *si = NULL;
    jsErrCode jerr = 0;
    natsStatus s;

    jsStreamConfig_Init(&cfg);
    cfg.Name = STREAM;
    cfg.Subjects = subjects;
    cfg.SubjectsLen = 1;
    cfg.Storage = js_FileStorage;
    s = js_AddStream(&si, js, &cfg, NULL, &jerr);
    jsStreamInfo_Destroy(si);
    if (s != NATS_OK && jerr == JSStreamNameExistErr)
        return 0;
    return check(s, "creating the stream");
}

static int subscribe(jsCtx *js, natsSubscription **sub, int from_start)
{
    jsSubOptions so;
    natsStatus s;

    jsSubOptions_Init(&so);
    so.Stream = STREAM;
    so.Ordered = true;
    so.Config.DeliverPolicy = from_start ? js_DeliverAll : js_DeliverNew;
    s = js_Subscribe(sub, js, SUBJECT, on_msg, NULL, NULL, &so, NULL);
    if (s == NATS_OK)
        s = natsSubscription_SetPendingLimits(*sub, -1, -1);
    return check(s, "subscribing");
}

/* Publishes `count` records, paced by a->rate; returns the start time. */
static uint64_t publish(jsCtx *js, const peer_args_t *a, char *value)
{
    jsPubOptions po;
    uint64_t start = bench__now_us();

    for (long long i = 0; i < a->count; i++) {
        uint64_t intended = peer_pace(a, start, i);

        memcpy(value, &intended, sizeof(intended));
        if (js_PublishAsync(js, SUBJECT, value, a->size, NULL) != NATS_OK)
            atomic_fetch_add(&tally.errors, 1);
    }
    jsPubOptions_Init(&po);
    po.MaxWait = 60000;
    check(js_PublishAsyncComplete(js, &po), "waiting for acknowledgements");
    return start;
}

/* Waits until `target` records arrived or none came for 10 s. */
static void await_records(long long target)
{
    long long seen = -1;
    uint64_t last = bench__now_us();

    while (atomic_load(&tally.records) < target) {
        long long now_seen = atomic_load(&tally.records);

        if (now_seen != seen) {
            seen = now_seen;
            last = bench__now_us();
        } else if (bench__now_us() - last > 10000000u) {
            fprintf(stderr, "nats_bench: %lld of %lld records after 10 s "
                    "without progress\n", now_seen, target);
            return;
        }
        nats_Sleep(5);
    }
}

int main(int argc, char **argv)
{
    peer_args_t a;
    natsConnection *nc = NULL;
    natsSubscription *sub = NULL;
    jsCtx *js = NULL;
    jsOptions jo;
    char *value;
    uint64_t start;
    long long records;
    int rc = 1;

    if (peer_parse(argc, argv, &a) != 0)
        return 2;
    value = malloc((size_t)a.size);
    peer_fill(value, a.size);
    bench__hist_init(&tally.latency);
    jsOptions_Init(&jo);
    jo.PublishAsync.MaxPending = 8192;
    jo.PublishAsync.StallWait = 30000;
    jo.PublishAsync.AckHandler = on_ack;
    if (check(natsConnection_ConnectTo(&nc, a.address), "connecting") != 0 ||
        check(natsConnection_JetStream(&js, nc, &jo), "JetStream") != 0)
        goto done;

    if (strcmp(a.mode, "produce") == 0) {
        if (add_stream(js) != 0)
            goto done;
        start = publish(js, &a, value);
        records = atomic_load(&tally.records);
        peer_report(&a, "produce", records, tally.bytes,
                    a.count - records, start, tally.last_us,
                    &tally.latency, "send");
        rc = records == a.count ? 0 : 1;
    } else if (strcmp(a.mode, "consume") == 0) {
        start = bench__now_us();
        if (subscribe(js, &sub, 1) != 0)
            goto done;
        await_records(a.count);
        records = atomic_load(&tally.records);
        peer_report(&a, "consume", records, tally.bytes, a.count - records,
                    start, tally.last_us, NULL, NULL);
        rc = records >= a.count ? 0 : 1;
    } else if (strcmp(a.mode, "e2e") == 0) {
        if (add_stream(js) != 0 || subscribe(js, &sub, 0) != 0)
            goto done;
        count_acks = 0;
        nats_Sleep(500);
        start = publish(js, &a, value);
        await_records(a.count);
        records = atomic_load(&tally.records);
        peer_report(&a, "e2e", records, tally.bytes, a.count - records,
                    start, tally.last_us, &tally.latency, "end_to_end");
        rc = records >= a.count ? 0 : 1;
    } else {
        fprintf(stderr, "nats_bench: unknown mode '%s'\n", a.mode);
        rc = 2;
    }

done:
    if (sub != NULL) {
        natsSubscription_Unsubscribe(sub);
        natsSubscription_Destroy(sub);
    }
    jsCtx_Destroy(js);
    natsConnection_Destroy(nc);
    free(value);
    return rc;
}

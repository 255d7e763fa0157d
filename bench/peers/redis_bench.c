/*
 * Load generator for Redis Streams through hiredis, for bench/compare.
 * produce sends XADD commands pipelined in batches of up to PIPELINE and
 * counts a record when its reply arrives; consume reads the stream from the
 * start with XREAD COUNT in batches; e2e produces at a fixed rate on one
 * connection and reads with XREAD BLOCK on another. ADDRESS is HOST:PORT.
 * See peer.h for the command line.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <hiredis/hiredis.h>

#include "peer.h"

#define STREAM "bench"
#define PIPELINE 1000
#define READ_BATCH "1000"

typedef struct {
    long long records;
    long long bytes;
    long long errors;
    uint64_t last_us;
    bench_hist_t latency;
} tally_t;

static redisContext *connect_to(const char *address)
{
    char host[256];
    const char *colon = strrchr(address, ':');
    size_t len = colon ? (size_t)(colon - address) : 0;
    redisContext *c;

    if (colon == NULL || len == 0 || len >= sizeof(host)) {
        fprintf(stderr, "redis_bench: expected HOST:PORT, got '%s'\n",
                address);
        return NULL;
    }
    memcpy(host, address, len);
    host[len] = '\0';
    c = redisConnect(host, atoi(colon + 1));
    if (c == NULL || c->err) {
        fprintf(stderr, "redis_bench: cannot connect to %s: %s\n", address,
                c ? c->errstr : "out of memory");
        if (c != NULL)
            redisFree(c);
        return NULL;
    }
    return c;
}

/* Sends `count` XADDs, paced by a->rate: every command that is due goes
 * into the pipeline before the replies are read, so a slow reply (an fsync
 * with appendfsync always) turns into a larger next batch. */
static int produce(redisContext *c, const peer_args_t *a, tally_t *t,
                   char *value, uint64_t *start_out)
{
    uint64_t *intended = malloc(PIPELINE * sizeof(*intended));
    uint64_t start = bench__now_us();
    long long i = 0;

    *start_out = start;
    while (i < a->count) {
        int queued = 0;

        do {
            intended[queued] = peer_pace(a, start, i);
            memcpy(value, &intended[queued], sizeof(intended[queued]));
            redisAppendCommand(c, "XADD " STREAM " * v %b", value,
                               (size_t)a->size);
            queued++;
            i++;
        } while (i < a->count && queued < PIPELINE &&
                 (a->rate <= 0 ||
                  start + (uint64_t)((double)i * 1e6 / a->rate) <=
                      bench__now_us()));
        for (int k = 0; k < queued; k++) {
            redisReply *reply = NULL;
            uint64_t now;

            if (redisGetReply(c, (void **)&reply) != REDIS_OK) {
                fprintf(stderr, "redis_bench: XADD failed: %s\n", c->errstr);
                free(intended);
                return -1;
            }
            now = bench__now_us();
            if (reply->type == REDIS_REPLY_ERROR) {
                t->errors++;
            } else {
                t->records++;
                t->bytes += a->size;
                t->last_us = now;
                bench__hist_record(&t->latency, now - intended[k]);
            }
            freeReplyObject(reply);
        }
    }
    free(intended);
    return 0;
}

/* Counts the entries of one XREAD reply and moves `last_id` past them.
 * With `timed`, records the latency from each value's send time. */
static void take_entries(const redisReply *reply, tally_t *t, char *last_id,
                         size_t id_size, int timed)
{
    const redisReply *entries;
    uint64_t now = bench__now_us();

    if (reply->type != REDIS_REPLY_ARRAY || reply->elements < 1 ||
        reply->element[0]->elements < 2)
        return;
    entries = reply->element[0]->element[1];
    for (size_t i = 0; i < entries->elements; i++) {
        const redisReply *e = entries->element[i];
        const redisReply *fields = e->element[1];
        const redisReply *v = fields->element[1];

        if (timed) {
            uint64_t sent = peer_stamp_of(v->str, v->len);
            bench__hist_record(&t->latency, now > sent ? now - sent : 0);
        }
        t->records++;
        t->bytes += (long long)v->len;
        t->last_us = now;
        snprintf(last_id, id_size, "%s", e->element[0]->str);
    }
}

/* Stores the id of the stream's newest entry in `id`, or "0" when the
 * stream is empty or missing. */
static void newest_id(redisContext *c, char *id, size_t id_size)
{
    redisReply *reply = redisCommand(c, "XREVRANGE " STREAM " + - COUNT 1");

    snprintf(id, id_size, "0");
    if (reply != NULL && reply->type == REDIS_REPLY_ARRAY &&
        reply->elements == 1)
        snprintf(id, id_size, "%s", reply->element[0]->element[0]->str);
    if (reply != NULL)
        freeReplyObject(reply);
}

/* Reads until `count` records arrived or ten XREAD BLOCK calls in a row
 * (1 s each) returned nothing. With `timed`, reads only entries added
 * after the call and records their end-to-end latency. */
static int consume(redisContext *c, long long count, tally_t *t, int timed)
{
    char last_id[64] = "0";
    int idle = 0;

    if (timed)
        newest_id(c, last_id, sizeof(last_id));
    while (t->records < count && idle < 10) {
        long long before = t->records;
        redisReply *reply = redisCommand(
            c, "XREAD COUNT " READ_BATCH " BLOCK 1000 STREAMS " STREAM " %s",
            last_id);

        if (reply == NULL) {
            fprintf(stderr, "redis_bench: XREAD failed: %s\n", c->errstr);
            return -1;
        }
        take_entries(reply, t, last_id, sizeof(last_id), timed);
        freeReplyObject(reply);
        idle = t->records == before ? idle + 1 : 0;
    }
    return t->records >= count ? 0 : -1;
}

typedef struct {
    const peer_args_t *args;
    tally_t tally;
    int rc;
} reader_t;

static void *reader_main(void *arg)
{
    reader_t *r = arg;
    redisContext *c = connect_to(r->args->address);

    r->rc = c ? consume(c, r->args->count, &r->tally, 1) : -1;
    if (c != NULL)
        redisFree(c);
    return NULL;
}

int main(int argc, char **argv)
{
    static tally_t t;
    static reader_t reader;
    peer_args_t a;
    redisContext *c;
    pthread_t thread;
    uint64_t start = 0;
    char *value;
    int rc = 1;

    if (peer_parse(argc, argv, &a) != 0)
        return 2;
    c = connect_to(a.address);
    if (c == NULL)
        return 1;
    value = malloc((size_t)a.size);
    peer_fill(value, a.size);
    bench__hist_init(&t.latency);

    if (strcmp(a.mode, "produce") == 0) {
        rc = produce(c, &a, &t, value, &start) == 0 && t.errors == 0 ? 0 : 1;
        peer_report(&a, "produce", t.records, t.bytes, t.errors, start,
                    t.last_us, &t.latency, "send");
    } else if (strcmp(a.mode, "consume") == 0) {
        start = bench__now_us();
        rc = consume(c, a.count, &t, 0) == 0 ? 0 : 1;
        peer_report(&a, "consume", t.records, t.bytes, a.count - t.records,
                    start, t.last_us, NULL, NULL);
    } else if (strcmp(a.mode, "e2e") == 0) {
        reader.args = &a;
        bench__hist_init(&reader.tally.latency);
        if (pthread_create(&thread, NULL, reader_main, &reader) != 0) {
            fprintf(stderr, "redis_bench: cannot start the reader\n");
            goto done;
        }
        bench__sleep_until(bench__now_us() + 500000u);
        produce(c, &a, &t, value, &start);
        pthread_join(thread, NULL);
        rc = reader.rc == 0 && t.errors == 0 ? 0 : 1;
        peer_report(&a, "e2e", reader.tally.records, reader.tally.bytes,
                    a.count - reader.tally.records, start,
                    reader.tally.last_us, &reader.tally.latency,
                    "end_to_end");
    } else {
        fprintf(stderr, "redis_bench: unknown mode '%s'\n", a.mode);
        rc = 2;
    }

done:
    redisFree(c);
    free(value);
    return rc;
}

/*
 * Broker life cycle and group commit.
 *
 * Everything runs on one libuv loop thread: connections, request handlers,
 * partition logs. The only work done elsewhere is fdatasync: a sync round
 * captures every partition written since the last round and syncs them on
 * libuv's thread pool, while the loop goes on serving. Produce requests with
 * acks=all that arrive during a round wait for the next one, so concurrent
 * producers share one sync per partition per round.
 *
 * Data written with acks=0 or 1 is synced by rounds of its own. Every
 * herald.sync.interval.ms a round takes every written partition. A
 * partition that had herald.sync.interval.bytes appended since its last
 * round starts one for the partitions that are that far behind. The second
 * keeps each round small. With only the timer, a round at about 150 MB/s
 * wrote out 150 MB at once. The writeback work on the sync thread then took
 * CPU from the loop and the clients in one burst, which showed as a latency
 * spike once a second. Counting per partition keeps many partitions that
 * are written slowly from being synced many times a second.
 */
#include "broker.h"

#include <errno.h>
#include <malloc.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "clock.h"
#include "dispatch.h"
#include "group.h"
#include "handlers.h"
#include "herald/error.h"
#include "log.h"

typedef struct sync_round {
    const char *reason; /* what started it, for the debug line */
    int64_t appended;   /* to its partitions since their last round */
    int64_t start_us;
    int count;
    partition_t **partitions;
    plog_sync_t **jobs;
    int *results;
} sync_round_t;

static void start_round(broker_t *b, int all);
static void maybe_finish_shutdown(broker_t *b);

/* --- waiter lists -------------------------------------------------------- */

static void list_push(sync_list_t *l, sync_waiter_t *w)
{
    w->next = NULL;
    w->prev = l->tail;
    if (l->tail)
        l->tail->next = w;
    else
        l->head = w;
    l->tail = w;
}

static void list_remove(sync_list_t *l, sync_waiter_t *w)
{
    if (w->prev)
        w->prev->next = w->next;
    else if (l->head == w)
        l->head = w->next;
    else
        return;
    if (w->next)
        w->next->prev = w->prev;
    else
        l->tail = w->prev;
    w->prev = w->next = NULL;
}

static int list_contains(const sync_list_t *l, const sync_waiter_t *w)
{
    for (const sync_waiter_t *e = l->head; e; e = e->next) {
        if (e == w)
            return 1;
    }
    return 0;
}

void broker__mark_dirty(broker_t *b, partition_t *p)
{
    if (p->dirty)
        return;
    p->dirty = 1;
    p->next_dirty = b->topics.dirty;
    b->topics.dirty = p;
}

/* Tells whether `p` had herald.sync.interval.bytes appended since its last
 * round. */
static int size_due(const broker_t *b, const partition_t *p)
{
    return b->cfg.sync_interval_bytes > 0 &&
           p->unsynced_bytes >= b->cfg.sync_interval_bytes;
}

static int any_size_due(const broker_t *b)
{
    for (const partition_t *p = b->topics.dirty; p; p = p->next_dirty) {
        if (size_due(b, p))
            return 1;
    }
    return 0;
}

void broker__appended(broker_t *b, partition_t *p, size_t bytes)
{
    broker__mark_dirty(b, p);
    p->unsynced_bytes += (int64_t)bytes;
    if (size_due(b, p))
        start_round(b, 0);
}

void broker__wait_sync(broker_t *b, sync_waiter_t *w)
{
    list_push(&b->waiting, w);
    start_round(b, 1);
}

void broker__cancel_sync(broker_t *b, sync_waiter_t *w)
{
    if (list_contains(&b->waiting, w))
        list_remove(&b->waiting, w);
    else if (list_contains(&b->in_round, w))
        list_remove(&b->in_round, w);
}

/* --- sync rounds --------------------------------------------------------- */

static void round_work(uv_work_t *work)
{
    sync_round_t *r = work->data;

    for (int i = 0; i < r->count; i++)
        r->results[i] = plog__sync_run(r->jobs[i]);
}

static void round_done(uv_work_t *work, int status)
{
    broker_t *b = work->loop->data;
    sync_round_t *r = work->data;
    int failed = 0;

    for (int i = 0; i < r->count; i++) {
        partition_t *p = r->partitions[i];
        int rc = plog__sync_finish(p->log, r->jobs[i]);
        if (rc == 0 && r->results[i] != 0)
            rc = r->results[i];
        if (rc != 0) {
            failed = rc;
            LOG_ERROR("storage", "sync failed", "topic=%s partition=%d "
                      "err=%s", p->topic->name, p->index, herald_err_name(rc));
        }
    }
    LOG_DEBUG("storage", "sync round", "reason=%s partitions=%d "
              "appended_bytes=%lld ms=%.3f", r->reason, r->count,
              (long long)r->appended,
              (double)(clock__mono_us() - r->start_us) / 1000.0);
    free(r->partitions);
    free(r->jobs);
    free(r->results);
    free(r);
    b->round = NULL;
    b->round_running = 0;

    /* NOTE: a failed sync fails every request of the round, including those
     * whose own partitions synced. Clients retry them, and only idempotent
     * producers avoid writing those batches twice. */
    net__begin_batch();
    while (b->in_round.head) {
        sync_waiter_t *w = b->in_round.head;
        list_remove(&b->in_round, w);
        w->complete(w, failed);
    }
    net__end_batch();
    handlers__after_round(b);
    if (b->waiting.head || (b->stopping && b->topics.dirty))
        start_round(b, 1);
    else if (any_size_due(b))
        start_round(b, 0);
    if (b->stopping)
        maybe_finish_shutdown(b);
}

/* Starts a sync round unless one is running. It takes every written
 * partition when `all` is set or a request waits, else only those that
 * are herald.sync.interval.bytes behind. */
static void start_round(broker_t *b, int all)
{
    sync_round_t *r;
    partition_t **link;
    int n = 0;

    if (b->round_running)
        return;
    if (b->waiting.head)
        all = 1;
    for (partition_t *p = b->topics.dirty; p; p = p->next_dirty) {
        if (all || size_due(b, p))
            n++;
    }
    if (n == 0 && b->waiting.head == NULL)
        return;

    r = calloc(1, sizeof(*r));
    if (r == NULL)
        return;
    r->partitions = calloc((size_t)n + 1, sizeof(*r->partitions));
    r->jobs = calloc((size_t)n + 1, sizeof(*r->jobs));
    r->results = calloc((size_t)n + 1, sizeof(*r->results));
    if (!r->partitions || !r->jobs || !r->results) {
        free(r->partitions);
        free(r->jobs);
        free(r->results);
        free(r);
        return;
    }
    r->reason = b->waiting.head ? "request"
                : !all          ? "bytes"
                : b->stopping   ? "shutdown"
                                : "interval";
    r->start_us = clock__mono_us();
    link = &b->topics.dirty;
    while (*link) {
        partition_t *p = *link;
        plog_sync_t *job;

        if (!all && !size_due(b, p)) {
            link = &p->next_dirty;
            continue;
        }
        *link = p->next_dirty;
        p->dirty = 0;
        p->next_dirty = NULL;
        r->appended += p->unsynced_bytes;
        p->unsynced_bytes = 0;
        job = plog__sync_prepare(p->log);
        if (job) {
            r->partitions[r->count] = p;
            r->jobs[r->count] = job;
            r->count++;
        }
    }

    /* Everything waiting now is covered by this round. */
    while (b->waiting.head) {
        sync_waiter_t *w = b->waiting.head;
        list_remove(&b->waiting, w);
        list_push(&b->in_round, w);
    }
    b->round = r;
    b->round_running = 1;
    b->round_work.data = r;
    uv_queue_work(b->loop, &b->round_work, round_work, round_done);
}

static void on_sync_timer(uv_timer_t *t)
{
    start_round(t->data, 1);
}

/* --- retention ----------------------------------------------------------- */

static void retain_topic(topic_t *topic, void *arg)
{
    int64_t now = *(int64_t *)arg;

    for (int32_t i = 0; i < topic->partition_count; i++) {
        partition_t *p = topic->partitions[i];
        int n = plog__enforce_retention(p->log, now);
        if (n > 0)
            LOG_INFO("storage", "retention deleted segments",
                     "topic=%s partition=%d segments=%d log_start_offset=%lld",
                     topic->name, i, n,
                     (long long)plog__log_start_offset(p->log));
    }
}

static void on_retention_timer(uv_timer_t *t)
{
    broker_t *b = t->data;
    int64_t now = clock__wall_ms();

    topics__foreach(&b->topics, retain_topic, &now);
}

/* --- consumer groups ----------------------------------------------------- */

#define GROUP_TICK_MS 100

static int group_find_topic(void *ctx, const char *name, uint8_t id[16],
                            int32_t *partitions)
{
    broker_t *b = ctx;
    topic_t *t = topics__find(&b->topics, name, strlen(name));

    if (t == NULL)
        return 0;
    memcpy(id, t->id, 16);
    *partitions = t->partition_count;
    return 1;
}

static void group_log_written(void *ctx)
{
    broker_t *b = ctx;

    broker__mark_dirty(b, &b->group_partition);
}

static int64_t mono_ms(void)
{
    return clock__mono_us() / 1000;
}

static void on_group_timer(uv_timer_t *t)
{
    broker_t *b = t->data;

    coord__tick(b->coord);
}

/* Loads the group log. Returns 0 or a herald_err_t, logged. */
static int open_groups(broker_t *b)
{
    coord_config_t cfg;
    int rc;

    coord__config_defaults(&cfg);
    cfg.data_dir = b->cfg.data_dir;
    cfg.clean = b->topics.clean_start;
    cfg.offsets_retention_ms = b->cfg.offsets_retention_ms;
    cfg.offsets_retention_check_ms = b->cfg.offsets_retention_check_ms;
    cfg.ctx = b;
    cfg.find_topic = group_find_topic;
    cfg.log_written = group_log_written;
    cfg.mono_ms = mono_ms;
    cfg.wall_ms = clock__wall_ms;
    rc = coord__open(&cfg, &b->coord);
    if (rc != 0)
        return rc;
    snprintf(b->group_topic.name, sizeof(b->group_topic.name), ".groups");
    b->group_partition.topic = &b->group_topic;
    b->group_partition.index = 0;
    b->group_partition.log = coord__log(b->coord);
    return 0;
}

/* --- shutdown ------------------------------------------------------------ */

static void maybe_finish_shutdown(broker_t *b)
{
    if (b->round_running || b->waiting.head || b->in_round.head)
        return;
    if (b->topics.dirty) {
        start_round(b, 1);
        return;
    }
    net__close_all(b);
    uv_timer_stop(&b->retention_timer);
    uv_timer_stop(&b->sync_timer);
    uv_timer_stop(&b->group_timer);
    uv_close((uv_handle_t *)&b->retention_timer, NULL);
    uv_close((uv_handle_t *)&b->sync_timer, NULL);
    uv_close((uv_handle_t *)&b->group_timer, NULL);
    uv_close((uv_handle_t *)&b->sigint, NULL);
    uv_close((uv_handle_t *)&b->sigterm, NULL);
}

static void on_signal(uv_signal_t *s, int signum)
{
    broker_t *b = s->data;

    if (b->stopping) {
        LOG_WARN("broker", "second signal, exiting without a clean shutdown",
                 "signal=%d", signum);
        _exit(1);
    }
    b->stopping = 1;
    LOG_INFO("broker", "shutting down", "signal=%s",
             signum == SIGINT ? "SIGINT" : "SIGTERM");
    net__stop_listening(b);
    net__pause_all(b);
    handlers__shutdown(b);
    coord__release_waiters(b->coord);
    start_round(b, 1);
    maybe_finish_shutdown(b);
}

/* --- start-up ------------------------------------------------------------ */

static void log_started(broker_t *b, const topics_open_stats_t *st)
{
    LOG_INFO("broker", "broker started",
             "listeners=PLAINTEXT://%s:%d data_dir=%s topics=%d "
             "partitions=%d clean=%s recovery_ms=%.1f bytes_scanned=%lld "
             "bytes_truncated=%lld startup_ms=%.1f pid=%d",
             b->cfg.listen_host, b->cfg.listen_port, b->cfg.data_dir,
             st->topics, st->partitions, st->clean ? "true" : "false",
             (double)st->duration_us / 1000.0, (long long)st->bytes_scanned,
             (long long)st->bytes_truncated,
             (double)(clock__mono_us() - b->start_us) / 1000.0,
             (int)getpid());
}

/* Each partition keeps three files open per segment it has read, so the
 * default soft limit of 1024 descriptors runs out at a few hundred
 * partitions. Raise it to the hard limit, as Redis does for its clients. */
static void raise_fd_limit(void)
{
    struct rlimit rl;

    if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur >= rl.rlim_max)
        return;
    rlim_t before = rl.rlim_cur;
    rl.rlim_cur = rl.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &rl) == 0)
        LOG_INFO("broker", "raised open file limit", "from=%llu to=%llu",
                 (unsigned long long)before, (unsigned long long)rl.rlim_cur);
}

int broker__run(broker_config_t *cfg)
{
    broker_t *b = calloc(1, sizeof(*b));
    topics_open_stats_t stats;
    uv_loop_t loop;
    int rc;

    if (b == NULL)
        return 1;
    b->start_us = clock__mono_us();
    b->cfg = *cfg;
    b->listen_fd = -1;
    if (b->cfg.advertised_host[0] == '\0')
        snprintf(b->cfg.advertised_host, sizeof(b->cfg.advertised_host), "%s",
                 b->cfg.listen_host);
    signal(SIGPIPE, SIG_IGN);
    raise_fd_limit();

    /* Request buffers of up to a few MiB come and go at a high rate. Keep
     * them on the heap instead of fresh mmap()s that fault in zeroed pages,
     * and keep up to 16 MiB of freed heap instead of trimming it after each
     * large request. */
    mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024);

    uv_loop_init(&loop);
    loop.data = b;
    b->loop = &loop;

    broker_config__log(&b->cfg);
    rc = topics__open(&b->topics, &b->cfg, &stats);
    if (rc != 0) {
        /* A lock held by another broker was logged in full already. */
        if (rc != HERALD_EAGAIN)
            LOG_ERROR("broker", "cannot open data directory",
                      "dir=%s err=%s", b->cfg.data_dir, herald_err_name(rc));
        topics__close(&b->topics, 0);
        uv_loop_close(&loop);
        free(b);
        return 1;
    }
    snprintf(b->cluster_id, sizeof(b->cluster_id), "%s",
             b->topics.cluster_id);
    rc = open_groups(b);
    if (rc != 0) {
        topics__close(&b->topics, 0);
        uv_loop_close(&loop);
        free(b);
        return 1;
    }
    rc = net__listen(b);
    if (rc != 0) {
        coord__close(b->coord, 1);
        topics__close(&b->topics, 1);
        uv_loop_close(&loop);
        free(b);
        return 1;
    }
    if (b->cfg.advertised_port < 0)
        b->cfg.advertised_port = b->cfg.listen_port;

    uv_signal_init(&loop, &b->sigint);
    uv_signal_init(&loop, &b->sigterm);
    b->sigint.data = b->sigterm.data = b;
    uv_signal_start(&b->sigint, on_signal, SIGINT);
    uv_signal_start(&b->sigterm, on_signal, SIGTERM);

    uv_timer_init(&loop, &b->retention_timer);
    b->retention_timer.data = b;
    uv_timer_start(&b->retention_timer, on_retention_timer,
                   (uint64_t)b->cfg.retention_check_interval_ms,
                   (uint64_t)b->cfg.retention_check_interval_ms);
    uv_timer_init(&loop, &b->sync_timer);
    b->sync_timer.data = b;
    if (b->cfg.sync_interval_ms > 0)
        uv_timer_start(&b->sync_timer, on_sync_timer,
                       (uint64_t)b->cfg.sync_interval_ms,
                       (uint64_t)b->cfg.sync_interval_ms);
    uv_timer_init(&loop, &b->group_timer);
    b->group_timer.data = b;
    uv_timer_start(&b->group_timer, on_group_timer, GROUP_TICK_MS,
                   GROUP_TICK_MS);

    log_started(b, &stats);
    uv_run(&loop, UV_RUN_DEFAULT);

    coord__close(b->coord, 1);
    topics__close(&b->topics, 1);
    rc = uv_loop_close(&loop);
    if (rc != 0)
        LOG_WARN("broker", "event loop closed with open handles", "err=%s",
                 uv_err_name(rc));
    LOG_INFO("broker", "broker stopped", "uptime_s=%.1f",
             (double)(clock__mono_us() - b->start_us) / 1e6);
    free(b);
    return 0;
}

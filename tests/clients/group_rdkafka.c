/*
 * Three librdkafka consumers, forked as separate processes, share a
 * 6-partition topic in one group with the assignor given by --assignor
 * (range, roundrobin or cooperative-sticky):
 *
 *   1. Once all three hold partitions, 3000 messages are produced, and
 *      each must be consumed exactly once.
 *   2. One consumer is SIGKILLed and 3000 more messages are produced. Its
 *      partitions must move to the other two within session.timeout.ms
 *      (6 s) plus a margin, and every message must be consumed. Duplicates
 *      are allowed only in the killed consumer's partitions at or after
 *      its last committed offset, since consumers commit after processing.
 *
 * Each consumer appends to its own file: "M partition offset value" per
 * message handled, "C partition offset" after each acknowledged commit,
 * and "A ms p p ..." with its whole assignment after each change. Run
 * under harness.py, which sets HERALD_BOOTSTRAP.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <librdkafka/rdkafka.h>

#define TOPIC "group.rdkafka"
#define PARTITIONS 6
#define CONSUMERS 3
#define BATCH 3000
#define TOTAL (2 * BATCH)
#define SESSION_TIMEOUT_MS 6000
#define MOVE_MARGIN_MS 9000
#define COMMIT_EVERY 20

static volatile sig_atomic_t stopping;

static int64_t now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void fail(const char *fmt, const char *detail)
{
    fprintf(stderr, "FAIL: ");
    fprintf(stderr, fmt, detail);
    fprintf(stderr, "\n");
    exit(1);
}

static void set(rd_kafka_conf_t *conf, const char *key, const char *value)
{
    char err[256];

    if (rd_kafka_conf_set(conf, key, value, err, sizeof(err)) !=
        RD_KAFKA_CONF_OK)
        fail("configuration: %s", err);
}

/* --- consumer process ---------------------------------------------------- */

static int out_fd = -1;

static void log_assignment(rd_kafka_t *rk)
{
    rd_kafka_topic_partition_list_t *parts = NULL;
    char line[256];
    int n;

    if (rd_kafka_assignment(rk, &parts) != RD_KAFKA_RESP_ERR_NO_ERROR)
        return;
    n = snprintf(line, sizeof(line), "A %lld", (long long)now_ms());
    for (int i = 0; i < parts->cnt && n < (int)sizeof(line) - 8; i++)
        n += snprintf(line + n, sizeof(line) - (size_t)n, " %d",
                      (int)parts->elems[i].partition);
    dprintf(out_fd, "%s\n", line);
    rd_kafka_topic_partition_list_destroy(parts);
}

/* Commits the positions of the assigned partitions and logs each one
 * after the broker acknowledged it. */
static void commit(rd_kafka_t *rk)
{
    rd_kafka_topic_partition_list_t *parts = NULL;

    if (rd_kafka_assignment(rk, &parts) != RD_KAFKA_RESP_ERR_NO_ERROR)
        return;
    if (parts->cnt > 0 && rd_kafka_position(rk, parts) == 0) {
        rd_kafka_topic_partition_list_t *valid =
            rd_kafka_topic_partition_list_new(parts->cnt);
        for (int i = 0; i < parts->cnt; i++) {
            if (parts->elems[i].offset >= 0)
                rd_kafka_topic_partition_list_add(
                    valid, TOPIC, parts->elems[i].partition)
                    ->offset = parts->elems[i].offset;
        }
        if (valid->cnt > 0 && rd_kafka_commit(rk, valid, 0) == 0) {
            for (int i = 0; i < valid->cnt; i++)
                dprintf(out_fd, "C %d %lld\n", (int)valid->elems[i].partition,
                        (long long)valid->elems[i].offset);
        }
        rd_kafka_topic_partition_list_destroy(valid);
    }
    rd_kafka_topic_partition_list_destroy(parts);
}

static void on_rebalance(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                         rd_kafka_topic_partition_list_t *parts, void *opaque)
{
    int cooperative = strcmp(rd_kafka_rebalance_protocol(rk),
                             "COOPERATIVE") == 0;

    if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        if (cooperative)
            rd_kafka_error_destroy(rd_kafka_incremental_assign(rk, parts));
        else
            rd_kafka_assign(rk, parts);
    } else {
        commit(rk);
        if (cooperative)
            rd_kafka_error_destroy(rd_kafka_incremental_unassign(rk, parts));
        else
            rd_kafka_assign(rk, NULL);
    }
    log_assignment(rk);
}

static void on_term(int sig)
{
    stopping = 1;
}

static int run_consumer(const char *bootstrap, const char *assignor,
                        const char *path)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_topic_partition_list_t *topics;
    rd_kafka_t *rk;
    char err[256];
    int since_commit = 0;

    signal(SIGTERM, on_term);
    out_fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (out_fd < 0)
        fail("cannot open %s", path);
    set(conf, "bootstrap.servers", bootstrap);
    set(conf, "group.id", "rdkafka-group");
    set(conf, "partition.assignment.strategy", assignor);
    set(conf, "session.timeout.ms", "6000");
    set(conf, "heartbeat.interval.ms", "500");
    set(conf, "enable.auto.commit", "false");
    set(conf, "auto.offset.reset", "earliest");
    rd_kafka_conf_set_rebalance_cb(conf, on_rebalance);
    rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof(err));
    if (rk == NULL)
        fail("consumer: %s", err);
    rd_kafka_poll_set_consumer(rk);
    topics = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(topics, TOPIC, RD_KAFKA_PARTITION_UA);
    if (rd_kafka_subscribe(rk, topics) != 0)
        fail("%s", "subscribe failed");
    rd_kafka_topic_partition_list_destroy(topics);

    while (!stopping) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100);

        if (m == NULL) {
            /* Idle: commit what the last burst left uncommitted. */
            if (since_commit > 0)
                commit(rk);
            since_commit = 0;
            continue;
        }
        if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
            /* Processing: the message is recorded before its offset is
             * committed, so a crash can only repeat, never lose it. */
            dprintf(out_fd, "M %d %lld %.*s\n", (int)m->partition,
                    (long long)m->offset, (int)m->len, (const char *)m->payload);
            if (++since_commit >= COMMIT_EVERY) {
                commit(rk);
                since_commit = 0;
            }
        }
        rd_kafka_message_destroy(m);
    }
    commit(rk);
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    close(out_fd);
    return 0;
}

/* --- the parent: producing and checking ---------------------------------- */

typedef struct view {
    int assigned[PARTITIONS];   /* in the last "A" line */
    int64_t assigned_at;
    long long committed[PARTITIONS]; /* last "C" line, -1 if none */
} view_t;

static int seen[TOTAL];          /* times each value was handled */
static int seen_partition[TOTAL];
static long long seen_offset[TOTAL][4];

/* Reads a consumer's file; counts messages into seen[] when `count`. */
static void read_file(const char *path, view_t *v, int count)
{
    FILE *f = fopen(path, "r");
    char line[512];

    memset(v, 0, sizeof(*v));
    for (int p = 0; p < PARTITIONS; p++)
        v->committed[p] = -1;
    if (f == NULL)
        return;
    while (fgets(line, sizeof(line), f)) {
        int p, value;
        long long off;
        char *s;

        if (line[0] == 'M' && sscanf(line, "M %d %lld %d", &p, &off,
                                     &value) == 3) {
            if (count && value >= 0 && value < TOTAL) {
                if (seen[value] < 4)
                    seen_offset[value][seen[value]] = off;
                seen[value]++;
                seen_partition[value] = p;
            }
        } else if (line[0] == 'C' && sscanf(line, "C %d %lld", &p, &off) == 2) {
            if (p >= 0 && p < PARTITIONS)
                v->committed[p] = off;
        } else if (line[0] == 'A') {
            long long at = strtoll(line + 2, &s, 10);
            memset(v->assigned, 0, sizeof(v->assigned));
            v->assigned_at = at;
            while ((p = (int)strtol(s, &s, 10)) >= 0 && *s != '\0') {
                if (p < PARTITIONS)
                    v->assigned[p] = 1;
                if (*s == '\n')
                    break;
            }
        }
    }
    fclose(f);
}

static void path_of(char *out, size_t size, const char *dir, int i)
{
    snprintf(out, size, "%s/consumer-%d.log", dir, i);
}

static int count_seen(const char *dir, int mask, view_t *views)
{
    int distinct = 0;
    char path[512];

    memset(seen, 0, sizeof(seen));
    for (int i = 0; i < CONSUMERS; i++) {
        path_of(path, sizeof(path), dir, i);
        read_file(path, &views[i], 1);
    }
    for (int v = 0; v < TOTAL; v++)
        distinct += seen[v] > 0;
    return distinct;
}

/* Whether the consumers in `mask` hold all partitions, each at least one. */
static int covers(const view_t *views, int mask)
{
    int owned[PARTITIONS] = {0};

    for (int i = 0; i < CONSUMERS; i++) {
        int any = 0;
        if (!(mask & (1 << i)))
            continue;
        for (int p = 0; p < PARTITIONS; p++) {
            owned[p] += views[i].assigned[p];
            any |= views[i].assigned[p];
        }
        if (!any)
            return 0;
    }
    for (int p = 0; p < PARTITIONS; p++) {
        if (owned[p] != 1)
            return 0;
    }
    return 1;
}

static void create_topic(const char *bootstrap)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_NewTopic_t *topic;
    rd_kafka_queue_t *queue;
    rd_kafka_event_t *ev;
    const rd_kafka_topic_result_t **results;
    size_t n = 0;
    char err[256];
    rd_kafka_t *rk;

    set(conf, "bootstrap.servers", bootstrap);
    rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof(err));
    if (rk == NULL)
        fail("admin client: %s", err);
    topic = rd_kafka_NewTopic_new(TOPIC, PARTITIONS, 1, err, sizeof(err));
    queue = rd_kafka_queue_new(rk);
    rd_kafka_CreateTopics(rk, &topic, 1, NULL, queue);
    ev = rd_kafka_queue_poll(queue, 30000);
    if (ev == NULL || rd_kafka_event_error(ev))
        fail("CreateTopics: %s", ev ? rd_kafka_event_error_string(ev)
                                    : "timed out");
    results = rd_kafka_CreateTopics_result_topics(
        rd_kafka_event_CreateTopics_result(ev), &n);
    if (n != 1 || rd_kafka_topic_result_error(results[0]))
        fail("CreateTopics: %s", n == 1 ? rd_kafka_topic_result_error_string(
                                              results[0])
                                        : "no result");
    rd_kafka_event_destroy(ev);
    rd_kafka_queue_destroy(queue);
    rd_kafka_NewTopic_destroy(topic);
    rd_kafka_destroy(rk);
}

static void produce(const char *bootstrap, int first, int count)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char err[256], value[16];
    rd_kafka_t *rk;

    set(conf, "bootstrap.servers", bootstrap);
    rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof(err));
    if (rk == NULL)
        fail("producer: %s", err);
    for (int i = first; i < first + count; i++) {
        int n = snprintf(value, sizeof(value), "%d", i);
        while (rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(TOPIC),
                                 RD_KAFKA_V_PARTITION(i % PARTITIONS),
                                 RD_KAFKA_V_VALUE(value, (size_t)n),
                                 RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                                 RD_KAFKA_V_END) ==
               RD_KAFKA_RESP_ERR__QUEUE_FULL)
            rd_kafka_poll(rk, 10);
    }
    if (rd_kafka_flush(rk, 60000) != 0)
        fail("%s", "produce did not finish in 60 s");
    rd_kafka_destroy(rk);
}

static void wait_for(const char *what, int64_t deadline,
                     int (*done)(const char *dir, int mask, view_t *views),
                     const char *dir, int mask, view_t *views)
{
    while (!done(dir, mask, views)) {
        if (now_ms() > deadline)
            fail("timed out waiting for %s", what);
        usleep(100 * 1000);
    }
}

static int all_assigned(const char *dir, int mask, view_t *views)
{
    count_seen(dir, mask, views);
    return covers(views, mask);
}

static int first_batch_done(const char *dir, int mask, view_t *views)
{
    return count_seen(dir, mask, views) >= BATCH;
}

static int all_done(const char *dir, int mask, view_t *views)
{
    return count_seen(dir, mask, views) >= TOTAL;
}

int main(int argc, char **argv)
{
    const char *bootstrap = getenv("HERALD_BOOTSTRAP");
    const char *assignor = "range";
    char dir[] = "/tmp/herald-group-rdkafka-XXXXXX";
    pid_t pids[CONSUMERS];
    view_t views[CONSUMERS];
    int all = (1 << CONSUMERS) - 1, victim = 0, survivors, dups = 0;
    int64_t killed_at, moved_at = 0;

    char path[512];

    for (int i = 1; i + 1 < argc; i++) {
        if (strcmp(argv[i], "--assignor") == 0)
            assignor = argv[++i];
    }
    if (bootstrap == NULL)
        fail("%s", "HERALD_BOOTSTRAP is not set (run under harness.py)");
    if (mkdtemp(dir) == NULL)
        fail("%s", "mkdtemp failed");

    /* The topic exists before the consumers subscribe. */
    create_topic(bootstrap);
    for (int i = 0; i < CONSUMERS; i++) {
        path_of(path, sizeof(path), dir, i);
        pids[i] = fork();
        if (pids[i] == 0)
            _exit(run_consumer(bootstrap, assignor, path));
    }
    wait_for("three consumers to share the partitions", now_ms() + 60000,
             all_assigned, dir, all, views);
    sleep(1);

    produce(bootstrap, 0, BATCH);
    wait_for("the first batch", now_ms() + 60000, first_batch_done, dir, all,
             views);
    for (int v = 0; v < BATCH; v++) {
        if (seen[v] != 1) {
            fprintf(stderr, "FAIL: message %d consumed %d times with all "
                    "consumers up (%s)\n", v, seen[v], assignor);
            return 1;
        }
    }

    /* Kill the consumer that owns partition 0 after its commits landed. */
    for (int i = 0; i < CONSUMERS; i++) {
        if (views[i].assigned[0])
            victim = i;
    }
    usleep(500 * 1000);
    kill(pids[victim], SIGKILL);
    killed_at = now_ms();
    waitpid(pids[victim], NULL, 0);
    survivors = all & ~(1 << victim);
    produce(bootstrap, BATCH, BATCH);

    wait_for("every message after the kill", killed_at + 90000, all_done,
             dir, survivors, views);
    wait_for("the survivors to hold every partition", killed_at + 90000,
             all_assigned, dir, survivors, views);
    /* The survivors log the time of each assignment change. */
    for (int i = 0; i < CONSUMERS; i++) {
        if ((survivors & (1 << i)) && views[i].assigned_at > moved_at)
            moved_at = views[i].assigned_at;
    }
    if (moved_at <= killed_at)
        fail("%s", "no survivor took over a partition after the kill");

    /* Duplicates only where the killed consumer had not committed. */
    path_of(path, sizeof(path), dir, victim);
    read_file(path, &views[victim], 0);
    for (int v = 0; v < TOTAL; v++) {
        int p = seen_partition[v];
        long long from = views[victim].committed[p];

        if (seen[v] == 0) {
            fprintf(stderr, "FAIL: message %d never consumed (%s)\n", v,
                    assignor);
            return 1;
        }
        if (seen[v] == 1)
            continue;
        dups++;
        if (!views[victim].assigned[p] || (from >= 0 &&
                                           seen_offset[v][0] < from)) {
            fprintf(stderr, "FAIL: message %d (partition %d offset %lld) "
                    "consumed %d times; the killed consumer %s partition %d "
                    "and committed %lld (%s)\n", v, p, seen_offset[v][0],
                    seen[v], views[victim].assigned[p] ? "owned" : "did not "
                    "own", p, from, assignor);
            return 1;
        }
    }
    for (int i = 0; i < CONSUMERS; i++) {
        if (i != victim) {
            kill(pids[i], SIGTERM);
            waitpid(pids[i], NULL, 0);
        }
    }
    printf("rdkafka group (%s): OK, %d messages, partitions moved %lld ms "
           "after the kill, %d duplicates\n", assignor, TOTAL,
           (long long)(moved_at - killed_at), dups);
    if (moved_at - killed_at > SESSION_TIMEOUT_MS + MOVE_MARGIN_MS) {
        fprintf(stderr, "FAIL: partitions moved after %lld ms\n",
                (long long)(moved_at - killed_at));
        return 1;
    }
    for (int i = 0; i < CONSUMERS; i++) {
        path_of(path, sizeof(path), dir, i);
        unlink(path);
    }
    rmdir(dir);
    return 0;
}

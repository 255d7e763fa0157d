/*
 * Unit tests for the group coordinator (src/group): the classic group
 * state machine, committed offsets and the group log, driven through the
 * coordinator's API with fake clocks and a fake topic table, without
 * sockets or an event loop.
 */
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "group.h"
#include "kafka_error.h"
#include "plog.h"

static int64_t fake_mono = 1000000;
static int64_t fake_wall = 1700000000000LL;
static int topic_deleted;
static char data_dir[256];

static int64_t mono_ms(void)
{
    return fake_mono;
}

static int64_t wall_ms(void)
{
    return fake_wall;
}

/* Topic "orders" (6 partitions) exists unless a test deleted it. */
static int find_topic(void *ctx, const char *name, uint8_t id[16],
                      int32_t *partitions)
{
    if (strcmp(name, "orders") != 0 || topic_deleted)
        return 0;
    memset(id, 7, 16);
    *partitions = 6;
    return 1;
}

static coord_t *open_coord(int64_t roll_bytes)
{
    coord_config_t cfg;
    coord_t *c = NULL;

    coord__config_defaults(&cfg);
    cfg.data_dir = data_dir;
    cfg.clean = 0;
    cfg.find_topic = find_topic;
    cfg.mono_ms = mono_ms;
    cfg.wall_ms = wall_ms;
    if (roll_bytes > 0)
        cfg.log_roll_bytes = roll_bytes;
    assert_int_equal(coord__open(&cfg, &c), 0);
    return c;
}

static int setup(void **state)
{
    snprintf(data_dir, sizeof(data_dir), "/tmp/herald-group-test-XXXXXX");
    assert_non_null(mkdtemp(data_dir));
    topic_deleted = 0;
    return 0;
}

static int teardown(void **state)
{
    char cmd[300];

    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", data_dir);
    assert_int_equal(system(cmd), 0);
    return 0;
}

/* --- a member as a test sees it ------------------------------------------ */

typedef struct member {
    group_waiter_t jw, sw;
    int joined, synced;
    int16_t join_error, sync_error;
    int32_t generation;
    int member_count;
    char id[128];
    char leader[128];
    char protocol[32];
    char assignment[32];
} member_t;

static void on_join(group_waiter_t *w, const group_join_result_t *r)
{
    member_t *m = w->arg;

    m->joined++;
    m->join_error = r->error;
    m->generation = r->generation;
    m->member_count = r->member_count;
    if (r->member_id && r->member_id[0])
        snprintf(m->id, sizeof(m->id), "%s", r->member_id);
    snprintf(m->leader, sizeof(m->leader), "%s",
             r->leader_id ? r->leader_id : "");
    snprintf(m->protocol, sizeof(m->protocol), "%s",
             r->protocol_name ? r->protocol_name : "");
}

static void on_sync(group_waiter_t *w, const group_sync_result_t *r)
{
    member_t *m = w->arg;

    m->synced++;
    m->sync_error = r->error;
    snprintf(m->assignment, sizeof(m->assignment), "%.*s",
             (int)r->assignment_len, r->assignment ? (char *)r->assignment
                                                   : "");
}

static kmsg_str_t str(const char *s)
{
    kmsg_str_t k = {s, s ? (int32_t)strlen(s) : -1};
    return k;
}

/* Sends a JoinGroup for `m` offering the comma-free protocol names given
 * (NULL-terminated), with `instance` as group.instance.id when not NULL. */
static void join_as(coord_t *c, member_t *m, const char *instance,
                    int require_id, const char *const *protocols)
{
    kmsg_join_group_request_protocol_t p[4];
    group_join_request_t r;
    int n = 0;

    for (; protocols[n]; n++) {
        p[n].name = str(protocols[n]);
        p[n].metadata.ptr = (const uint8_t *)protocols[n];
        p[n].metadata.len = (int32_t)strlen(protocols[n]);
    }
    memset(&r, 0, sizeof(r));
    r.group_id = str("g");
    r.member_id = str(m->id);
    r.instance_id = str(instance);
    r.protocol_type = str("consumer");
    r.session_timeout_ms = 10000;
    r.rebalance_timeout_ms = 30000;
    r.protocols = p;
    r.protocol_count = n;
    r.client_id = "client";
    r.client_host = "/127.0.0.1";
    r.require_known_member_id = require_id;
    m->jw.on_join = on_join;
    m->jw.arg = m;
    coord__join(c, &r, &m->jw);
}

static const char *const range_only[] = {"range", NULL};

static void join(coord_t *c, member_t *m)
{
    join_as(c, m, NULL, 0, range_only);
}

/* SyncGroup; a leader hands `assignment` to every member it names. */
static void sync_as(coord_t *c, member_t *m, member_t **others, int n,
                    const char *assignment)
{
    kmsg_sync_group_request_assignment_t a[8];
    group_sync_request_t r;

    for (int i = 0; i < n; i++) {
        a[i].member_id = str(others[i]->id);
        a[i].assignment.ptr = (const uint8_t *)assignment;
        a[i].assignment.len = (int32_t)strlen(assignment);
    }
    memset(&r, 0, sizeof(r));
    r.group_id = str("g");
    r.member_id = str(m->id);
    r.instance_id = str(NULL);
    r.protocol_type = str(NULL);
    r.protocol_name = str(NULL);
    r.generation = m->generation;
    r.assignments = a;
    r.assignment_count = n;
    m->sw.on_sync = on_sync;
    m->sw.arg = m;
    coord__sync(c, &r, &m->sw);
}

static int16_t heartbeat(coord_t *c, member_t *m)
{
    return coord__heartbeat(c, str("g"), str(m->id), str(NULL),
                            m->generation);
}

static group_state_t state_of(coord_t *c)
{
    group_t *g = coord__find(c, "g");
    return g ? g->state : GROUP_DEAD;
}

/* One member joins an empty group and becomes Stable. */
static void form_group(coord_t *c, member_t *m, const char *assignment)
{
    join(c, m);
    assert_int_equal(m->join_error, KERR_NONE);
    sync_as(c, m, &m, 1, assignment);
    assert_int_equal(m->sync_error, KERR_NONE);
}

static int16_t commit(coord_t *c, const char *member_id, int32_t generation,
                      const char *topic, int32_t partition, int64_t offset)
{
    group_commit_entry_t e;
    group_commit_request_t r;

    memset(&e, 0, sizeof(e));
    e.topic = str(topic);
    e.partition = partition;
    e.offset = offset;
    e.leader_epoch = -1;
    e.metadata = str("");
    memset(&r, 0, sizeof(r));
    r.group_id = str("g");
    r.member_id = str(member_id);
    r.instance_id = str(NULL);
    r.generation = generation;
    r.retention_ms = -1;
    r.entries = &e;
    r.count = 1;
    coord__commit(c, &r);
    return e.error;
}

static int64_t committed(coord_t *c, int32_t partition)
{
    const group_offset_t *o = coord__fetch_offset(c, "g", "orders",
                                                  partition);
    return o ? o->offset : -1;
}

/* --- membership ---------------------------------------------------------- */

static void test_single_member_becomes_stable(void **state)
{
    coord_t *c = open_coord(0);
    member_t a = {0};

    join(c, &a);
    assert_int_equal(a.joined, 1);
    assert_int_equal(a.join_error, KERR_NONE);
    assert_int_equal(a.generation, 1);
    assert_string_equal(a.leader, a.id);
    assert_int_equal(a.member_count, 1);
    assert_string_equal(a.protocol, "range");
    assert_true(strncmp(a.id, "client-", 7) == 0);
    assert_int_equal(strlen(a.id), strlen("client-") + 36);
    assert_int_equal(state_of(c), GROUP_COMPLETING_REBALANCE);

    sync_as(c, &a, (member_t *[]){&a}, 1, "p0-5");
    assert_int_equal(a.synced, 1);
    assert_int_equal(a.sync_error, KERR_NONE);
    assert_string_equal(a.assignment, "p0-5");
    assert_int_equal(state_of(c), GROUP_STABLE);
    assert_int_equal(heartbeat(c, &a), KERR_NONE);
    coord__close(c, 1);
}

static void test_member_id_required_v4_only(void **state)
{
    coord_t *c = open_coord(0);
    member_t a = {0}, b = {0};

    /* JoinGroup v4+: the first join only hands out the member id. */
    join_as(c, &a, NULL, 1, range_only);
    assert_int_equal(a.join_error, KERR_MEMBER_ID_REQUIRED);
    assert_true(a.id[0] != '\0');
    assert_int_equal(state_of(c), GROUP_EMPTY);
    join_as(c, &a, NULL, 1, range_only);
    assert_int_equal(a.join_error, KERR_NONE);
    assert_int_equal(a.generation, 1);

    /* JoinGroup v0-3 (kafka-python sends v2) never gets it. */
    sync_as(c, &a, (member_t *[]){&a}, 1, "x");
    join_as(c, &b, NULL, 0, range_only);
    assert_int_equal(b.joined, 0); /* parked: the group rebalances */
    assert_int_equal(state_of(c), GROUP_PREPARING_REBALANCE);
    coord__close(c, 1);
}

static void test_second_member_rebalances(void **state)
{
    coord_t *c = open_coord(0);
    member_t a = {0}, b = {0};

    form_group(c, &a, "all");
    join(c, &b);
    assert_int_equal(b.joined, 0);
    assert_int_equal(heartbeat(c, &a), KERR_REBALANCE_IN_PROGRESS);

    join(c, &a);
    assert_int_equal(a.joined, 2);
    assert_int_equal(b.joined, 1);
    assert_int_equal(a.generation, 2);
    assert_int_equal(b.generation, 2);
    assert_string_equal(b.leader, a.id);
    assert_int_equal(a.member_count, 2);
    assert_int_equal(b.member_count, 0);

    /* The follower waits for the leader's assignment. */
    sync_as(c, &b, NULL, 0, "");
    assert_int_equal(b.synced, 0);
    sync_as(c, &a, (member_t *[]){&a, &b}, 2, "half");
    assert_int_equal(b.synced, 1);
    assert_int_equal(b.sync_error, KERR_NONE);
    assert_string_equal(b.assignment, "half");
    assert_int_equal(state_of(c), GROUP_STABLE);
    coord__close(c, 1);
}

static void test_session_timeout_evicts(void **state)
{
    coord_t *c = open_coord(0);
    member_t a = {0}, b = {0};

    join(c, &a);
    join(c, &b);
    assert_int_equal(a.joined, 1);
    /* Both joined the same phase: a joined first and completed alone,
     * then b made the group rebalance. a rejoins. */
    join(c, &a);
    sync_as(c, &a, (member_t *[]){&a, &b}, 2, "x");
    sync_as(c, &b, NULL, 0, "");
    assert_int_equal(state_of(c), GROUP_STABLE);

    /* b goes silent; a keeps heartbeating. */
    for (int i = 0; i < 10; i++) {
        fake_mono += 1000;
        assert_int_equal(heartbeat(c, &a), KERR_NONE);
        coord__tick(c);
    }
    assert_int_equal(state_of(c), GROUP_PREPARING_REBALANCE);
    assert_int_equal(heartbeat(c, &a), KERR_REBALANCE_IN_PROGRESS);
    assert_int_equal(heartbeat(c, &b), KERR_UNKNOWN_MEMBER_ID);
    join(c, &a);
    assert_int_equal(a.join_error, KERR_NONE);
    assert_int_equal(a.member_count, 1);
    coord__close(c, 1);
}

static void test_rebalance_timeout_removes(void **state)
{
    coord_t *c = open_coord(0);
    member_t a = {0}, b = {0};

    join(c, &a);
    join(c, &b);
    join(c, &a);
    sync_as(c, &a, (member_t *[]){&a, &b}, 2, "x");
    sync_as(c, &b, NULL, 0, "");

    /* a leaves; b heartbeats but never rejoins before the rebalance
     * timeout (30 s), so the new generation has no members. */
    group_leave_t l = {str(a.id), str(NULL), 0};
    assert_int_equal(coord__leave(c, str("g"), &l, 1), KERR_NONE);
    assert_int_equal(l.error, KERR_NONE);
    for (int i = 0; i < 31; i++) {
        fake_mono += 1000;
        (void)heartbeat(c, &b);
        coord__tick(c);
    }
    assert_int_equal(state_of(c), GROUP_EMPTY);
    assert_int_equal(heartbeat(c, &b), KERR_UNKNOWN_MEMBER_ID);
    coord__close(c, 1);
}

static void test_static_member_keeps_assignment(void **state)
{
    coord_t *c = open_coord(0);
    member_t a = {0}, again = {0};
    char old_id[128];
    group_t *g;

    join_as(c, &a, "instance-1", 1, range_only);
    assert_int_equal(a.join_error, KERR_NONE); /* static: no id needed */
    sync_as(c, &a, (member_t *[]){&a}, 1, "mine");
    snprintf(old_id, sizeof(old_id), "%s", a.id);

    /* A restarted process with the same instance id and protocols. */
    join_as(c, &again, "instance-1", 1, range_only);
    assert_int_equal(again.join_error, KERR_NONE);
    assert_int_equal(again.generation, 1);
    assert_string_not_equal(again.id, old_id);
    assert_string_equal(again.leader, old_id); /* acts as a follower */
    assert_int_equal(state_of(c), GROUP_STABLE);
    sync_as(c, &again, NULL, 0, "");
    assert_int_equal(again.sync_error, KERR_NONE);
    assert_string_equal(again.assignment, "mine");

    /* The old member id is fenced. */
    assert_int_equal(coord__heartbeat(c, str("g"), str(old_id),
                                      str("instance-1"), 1),
                     KERR_FENCED_INSTANCE_ID);
    g = coord__find(c, "g");
    assert_int_equal(g->member_count, 1);
    assert_int_equal(g->generation, 1);
    coord__close(c, 1);
}

static void test_protocol_most_votes(void **state)
{
    coord_t *c = open_coord(0);
    member_t a = {0}, b = {0}, d = {0};
    static const char *const rr_first[] = {"roundrobin", "range", NULL};
    static const char *const range_first[] = {"range", "roundrobin", NULL};
    static const char *const sticky_only[] = {"sticky", NULL};

    join_as(c, &a, NULL, 0, range_first);
    join_as(c, &b, NULL, 0, rr_first);
    join_as(c, &d, NULL, 0, rr_first);
    join_as(c, &a, NULL, 0, range_first);
    assert_int_equal(d.join_error, KERR_NONE);
    assert_string_equal(a.protocol, "roundrobin");
    assert_string_equal(d.protocol, "roundrobin");

    member_t e = {0};
    join_as(c, &e, NULL, 0, sticky_only);
    assert_int_equal(e.join_error, KERR_INCONSISTENT_GROUP_PROTOCOL);
    coord__close(c, 1);
}

static void test_join_errors(void **state)
{
    coord_t *c = open_coord(0);
    member_t a = {0};
    kmsg_join_group_request_protocol_t p = {str("range"), {NULL, 0}};
    group_join_request_t r;

    memset(&r, 0, sizeof(r));
    r.group_id = str("");
    r.member_id = str("");
    r.instance_id = str(NULL);
    r.protocol_type = str("consumer");
    r.session_timeout_ms = 10000;
    r.rebalance_timeout_ms = 10000;
    r.protocols = &p;
    r.protocol_count = 1;
    a.jw.on_join = on_join;
    a.jw.arg = &a;
    coord__join(c, &r, &a.jw);
    assert_int_equal(a.join_error, KERR_INVALID_GROUP_ID);

    r.group_id = str("g");
    r.session_timeout_ms = 1000;
    coord__join(c, &r, &a.jw);
    assert_int_equal(a.join_error, KERR_INVALID_SESSION_TIMEOUT);

    r.session_timeout_ms = 10000;
    r.member_id = str("nobody");
    coord__join(c, &r, &a.jw);
    assert_int_equal(a.join_error, KERR_UNKNOWN_MEMBER_ID);

    r.member_id = str("");
    r.protocol_count = 0;
    coord__join(c, &r, &a.jw);
    assert_int_equal(a.join_error, KERR_INCONSISTENT_GROUP_PROTOCOL);
    coord__close(c, 1);
}

static void test_stale_generation_rejected(void **state)
{
    coord_t *c = open_coord(0);
    member_t a = {0};

    form_group(c, &a, "x");
    a.generation = 7;
    assert_int_equal(heartbeat(c, &a), KERR_ILLEGAL_GENERATION);
    assert_int_equal(commit(c, a.id, 7, "orders", 0, 5),
                     KERR_ILLEGAL_GENERATION);
    sync_as(c, &a, NULL, 0, "");
    assert_int_equal(a.sync_error, KERR_ILLEGAL_GENERATION);
    coord__close(c, 1);
}

/* --- offsets ------------------------------------------------------------- */

static ssize_t full_disk_write(int fd, const void *buf, size_t len,
                               off_t pos)
{
    (void)fd;
    (void)buf;
    (void)len;
    (void)pos;
    errno = ENOSPC;
    return -1;
}

/* Returns the number of lines of the file at path that contain needle. */
static int count_lines(const char *path, const char *needle)
{
    FILE *f = fopen(path, "r");
    char line[1024];
    int n = 0;

    assert_non_null(f);
    while (fgets(line, sizeof(line), f) != NULL)
        n += strstr(line, needle) != NULL;
    fclose(f);
    return n;
}

static void test_full_disk_commit_logged_once(void **state)
{
    coord_t *c = open_coord(0);
    char path[300];
    int saved, fd;

    /* Clients retry a failed commit at once, so 20 failures in a moment
     * write one warning, not 20. */
    snprintf(path, sizeof(path), "%s/stderr.txt", data_dir);
    fflush(stderr);
    saved = dup(STDERR_FILENO);
    fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    assert_true(saved >= 0);
    assert_true(fd >= 0);
    assert_true(dup2(fd, STDERR_FILENO) >= 0);
    plog__set_write_hook(full_disk_write);
    for (int i = 0; i < 20; i++)
        assert_int_equal(commit(c, "", -1, "orders", 0, 10 + i),
                         KERR_COORDINATOR_NOT_AVAILABLE);
    plog__set_write_hook(NULL);
    fflush(stderr);
    dup2(saved, STDERR_FILENO);
    close(saved);
    close(fd);

    assert_int_equal(count_lines(path, "cannot store offsets"), 1);
    assert_int_equal(committed(c, 0), -1);
    assert_int_equal(commit(c, "", -1, "orders", 0, 50), KERR_NONE);
    assert_int_equal(committed(c, 0), 50);
    coord__close(c, 1);
}

static void test_commit_without_membership(void **state)
{
    coord_t *c = open_coord(0);
    member_t a = {0};

    /* Manual assignment commits with generation -1 and no member id. */
    assert_int_equal(commit(c, "", -1, "orders", 2, 40), KERR_NONE);
    assert_int_equal(committed(c, 2), 40);
    assert_int_equal(committed(c, 3), -1);
    assert_int_equal(commit(c, "", -1, "missing", 0, 1),
                     KERR_UNKNOWN_TOPIC_OR_PARTITION);
    assert_int_equal(commit(c, "", -1, "orders", 6, 1),
                     KERR_UNKNOWN_TOPIC_OR_PARTITION);

    /* Once the group has members, the checks apply. */
    form_group(c, &a, "x");
    assert_int_equal(commit(c, "", -1, "orders", 2, 41),
                     KERR_UNKNOWN_MEMBER_ID);
    assert_int_equal(commit(c, a.id, a.generation, "orders", 2, 42),
                     KERR_NONE);
    assert_int_equal(committed(c, 2), 42);
    coord__close(c, 1);
}

static void test_restart_restores_state(void **state)
{
    coord_t *c = open_coord(0);
    member_t a = {0};
    group_t *g;

    form_group(c, &a, "p0");
    assert_int_equal(commit(c, a.id, a.generation, "orders", 1, 99),
                     KERR_NONE);
    assert_int_equal(commit(c, a.id, a.generation, "orders", 1, 120),
                     KERR_NONE);
    coord__close(c, 0); /* as after kill -9: no clean close */

    c = open_coord(0);
    assert_int_equal(committed(c, 1), 120);
    g = coord__find(c, "g");
    assert_non_null(g);
    assert_int_equal(g->state, GROUP_STABLE);
    assert_int_equal(g->generation, 1);
    assert_int_equal(g->member_count, 1);
    /* The member carries on with its generation. */
    assert_int_equal(heartbeat(c, &a), KERR_NONE);
    sync_as(c, &a, NULL, 0, "");
    assert_string_equal(a.assignment, "p0");
    coord__close(c, 1);
}

static void test_log_stays_bounded(void **state)
{
    coord_t *c = open_coord(4096);
    plog_t *log;
    int64_t max_size = 0;

    for (int i = 0; i < 3000; i++) {
        assert_int_equal(commit(c, "", -1, "orders", i % 6, i), KERR_NONE);
        log = coord__log(c);
        /* Durability normally comes from the broker's sync rounds. */
        if (i % 50 == 0) {
            plog_sync_t *job = plog__sync_prepare(log);
            if (job) {
                assert_int_equal(plog__sync_run(job), 0);
                assert_int_equal(plog__sync_finish(log, job), 0);
            }
            coord__tick(c);
        }
        if (plog__size_bytes(log) > max_size)
            max_size = plog__size_bytes(log);
    }
    /* 3000 commits take about 300 KB unbounded. */
    assert_true(max_size < 64 * 1024);
    assert_true(plog__log_start_offset(coord__log(c)) > 0);
    coord__close(c, 0);

    c = open_coord(4096);
    for (int p = 0; p < 6; p++)
        assert_int_equal(committed(c, p), 2994 + p);
    coord__close(c, 1);
}

static void test_deleted_topic_offsets_dropped(void **state)
{
    coord_t *c = open_coord(0);
    const group_offset_t **list;
    int n;

    assert_int_equal(commit(c, "", -1, "orders", 0, 5), KERR_NONE);
    topic_deleted = 1;
    assert_int_equal(committed(c, 0), -1);
    assert_int_equal(coord__list_offsets(c, "g", &list, &n), 0);
    assert_int_equal(n, 0);
    free(list);

    /* Expiry writes the removal to the log and drops the empty group. */
    coord__expire_offsets(c);
    assert_null(coord__find(c, "g"));
    coord__close(c, 0);
    topic_deleted = 0;
    c = open_coord(0);
    assert_int_equal(committed(c, 0), -1);
    coord__close(c, 1);
}

static void test_empty_group_expires(void **state)
{
    coord_t *c = open_coord(0);
    member_t a = {0};
    group_leave_t l;

    form_group(c, &a, "x");
    assert_int_equal(commit(c, a.id, a.generation, "orders", 0, 5),
                     KERR_NONE);
    fake_wall += 8LL * 24 * 3600 * 1000;
    coord__expire_offsets(c);
    assert_int_equal(committed(c, 0), 5); /* the group still has a member */

    l.member_id = str(a.id);
    l.instance_id = str(NULL);
    assert_int_equal(coord__leave(c, str("g"), &l, 1), KERR_NONE);
    assert_int_equal(state_of(c), GROUP_EMPTY);
    fake_wall += 6LL * 24 * 3600 * 1000;
    coord__expire_offsets(c);
    assert_int_equal(committed(c, 0), 5); /* empty for 6 of 7 days */
    fake_wall += 2LL * 24 * 3600 * 1000;
    coord__expire_offsets(c);
    assert_int_equal(committed(c, 0), -1);
    assert_null(coord__find(c, "g"));
    coord__close(c, 1);
}

static void test_delete_group_rules(void **state)
{
    coord_t *c = open_coord(0);
    member_t a = {0};

    assert_int_equal(coord__delete_group(c, str("g")),
                     KERR_GROUP_ID_NOT_FOUND);
    form_group(c, &a, "x");
    assert_int_equal(coord__delete_group(c, str("g")), KERR_NON_EMPTY_GROUP);
    group_leave_t l = {str(a.id), str(NULL), 0};
    assert_int_equal(coord__leave(c, str("g"), &l, 1), KERR_NONE);
    assert_int_equal(commit(c, "", -1, "orders", 0, 5), KERR_NONE);
    assert_int_equal(coord__delete_group(c, str("g")), KERR_NONE);
    assert_int_equal(committed(c, 0), -1);
    coord__close(c, 0);
    c = open_coord(0);
    assert_null(coord__find(c, "g"));
    coord__close(c, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_single_member_becomes_stable,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_member_id_required_v4_only,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_second_member_rebalances, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_session_timeout_evicts, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_rebalance_timeout_removes,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_static_member_keeps_assignment,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_protocol_most_votes, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_join_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stale_generation_rejected,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_full_disk_commit_logged_once,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_commit_without_membership,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_restart_restores_state, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_log_stays_bounded, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_deleted_topic_offsets_dropped,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_empty_group_expires, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_delete_group_rules, setup,
                                        teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

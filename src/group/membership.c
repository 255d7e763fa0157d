/*
 * The classic group protocol's state machine, following Kafka's
 * GroupCoordinator (Kafka 3.8):
 *
 *   Empty --join--> PreparingRebalance --all joined--> CompletingRebalance
 *   CompletingRebalance --leader's SyncGroup--> Stable
 *   Stable/CompletingRebalance --join, leave, expiry--> PreparingRebalance
 *   PreparingRebalance --no members left--> Empty
 *
 * A join phase ends when every member has rejoined and no member id handed
 * out with MEMBER_ID_REQUIRED is outstanding, or when the largest rebalance
 * timeout of the members passes; dynamic members that have not rejoined by
 * then are removed. Each completed join phase starts a new generation whose
 * leader gets the member list and computes the assignment.
 *
 * Static members (group.instance.id, KIP-345) keep their place across
 * restarts: a join with a known instance id and no member id replaces the
 * old member id, and in a Stable group with unchanged protocols it gets the
 * current generation and its old assignment without a rebalance.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "clock.h"
#include "group_internal.h"
#include "herald/error.h"
#include "kafka_error.h"
#include "log.h"

static void prepare_rebalance(coord_t *c, group_t *g, const char *reason);
static void try_complete_join(coord_t *c, group_t *g);

/* --- members ------------------------------------------------------------- */

static void free_protocols(group_protocol_t *p, int n)
{
    for (int i = 0; i < n; i++) {
        free(p[i].name);
        free(p[i].metadata);
    }
    free(p);
}

void membership__free_member(group_member_t *m)
{
    free(m->member_id);
    free(m->instance_id);
    free(m->client_id);
    free(m->client_host);
    free_protocols(m->protocols, m->protocol_count);
    free(m->assignment);
    free(m);
}

group_member_t *membership__find(group_t *g, const char *member_id)
{
    for (group_member_t *m = g->members; m; m = m->next) {
        if (strcmp(m->member_id, member_id) == 0)
            return m;
    }
    return NULL;
}

static group_member_t *find_wire(group_t *g, kmsg_str_t id)
{
    for (group_member_t *m = g->members; m; m = m->next) {
        if (group__str_eq(id, m->member_id))
            return m;
    }
    return NULL;
}

static group_member_t *find_static(group_t *g, kmsg_str_t instance_id)
{
    if (instance_id.len < 0)
        return NULL;
    for (group_member_t *m = g->members; m; m = m->next) {
        if (m->instance_id && group__str_eq(instance_id, m->instance_id))
            return m;
    }
    return NULL;
}

int16_t membership__check_fenced(group_t *g, kmsg_str_t member_id,
                                 kmsg_str_t instance_id)
{
    group_member_t *m = find_static(g, instance_id);

    if (m && !group__str_eq(member_id, m->member_id))
        return KERR_FENCED_INSTANCE_ID;
    return KERR_NONE;
}

static int is_leader(const group_t *g, const group_member_t *m)
{
    return g->leader_id && strcmp(g->leader_id, m->member_id) == 0;
}

static int set_leader(group_t *g, const char *member_id)
{
    char *id = member_id ? strdup(member_id) : NULL;

    if (member_id && id == NULL)
        return -1;
    free(g->leader_id);
    g->leader_id = id;
    return 0;
}

/* Copies the request's protocols into `m`. Returns 0 or -1. */
static int set_protocols(group_member_t *m, const group_join_request_t *r)
{
    group_protocol_t *p = calloc((size_t)r->protocol_count, sizeof(*p));

    if (p == NULL)
        return -1;
    for (int32_t i = 0; i < r->protocol_count; i++) {
        const kmsg_join_group_request_protocol_t *in = &r->protocols[i];
        int32_t len = in->metadata.len > 0 ? in->metadata.len : 0;

        p[i].name = group__strdup(in->name);
        p[i].metadata = malloc((size_t)len + 1);
        p[i].metadata_len = len;
        if (p[i].name == NULL || p[i].metadata == NULL) {
            free_protocols(p, i + 1);
            return -1;
        }
        if (len > 0)
            memcpy(p[i].metadata, in->metadata.ptr, (size_t)len);
    }
    free_protocols(m->protocols, m->protocol_count);
    m->protocols = p;
    m->protocol_count = r->protocol_count;
    return 0;
}

static int protocols_match(const group_member_t *m,
                           const group_join_request_t *r)
{
    if (m->protocol_count != r->protocol_count)
        return 0;
    for (int i = 0; i < m->protocol_count; i++) {
        const kmsg_join_group_request_protocol_t *in = &r->protocols[i];
        int32_t len = in->metadata.len > 0 ? in->metadata.len : 0;

        if (!group__str_eq(in->name, m->protocols[i].name) ||
            len != m->protocols[i].metadata_len ||
            (len > 0 && memcmp(in->metadata.ptr, m->protocols[i].metadata,
                               (size_t)len) != 0))
            return 0;
    }
    return 1;
}

static const group_protocol_t *member_protocol(const group_member_t *m,
                                               const char *name)
{
    for (int i = 0; name && i < m->protocol_count; i++) {
        if (strcmp(m->protocols[i].name, name) == 0)
            return &m->protocols[i];
    }
    return NULL;
}

static void update_member(group_member_t *m, const group_join_request_t *r)
{
    char *client_id = strdup(r->client_id ? r->client_id : "");
    char *host = strdup(r->client_host ? r->client_host : "");

    if (client_id && host) {
        free(m->client_id);
        free(m->client_host);
        m->client_id = client_id;
        m->client_host = host;
    } else {
        free(client_id);
        free(host);
    }
    m->session_timeout_ms = r->session_timeout_ms;
    m->rebalance_timeout_ms = r->rebalance_timeout_ms;
}

/* A member id as Kafka makes them: the client id, a dash and a UUID. */
static char *new_member_id(const char *client_id)
{
    uint8_t u[16];
    char uuid[37];
    size_t n = strlen(client_id ? client_id : "");
    char *id = malloc(n + sizeof(uuid) + 1);

    if (id == NULL)
        return NULL;
    if (getrandom(u, sizeof(u), 0) != (ssize_t)sizeof(u)) {
        /* The id only has to be unique within the group; the clock and
         * address are enough when the kernel's pool cannot be read. */
        uint64_t t = (uint64_t)clock() ^ (uint64_t)(uintptr_t)id;
        for (size_t i = 0; i < sizeof(u); i++)
            u[i] = (uint8_t)(t >> ((i % 8) * 8)) ^ (uint8_t)(i * 37);
    }
    u[6] = (uint8_t)((u[6] & 0x0f) | 0x40); /* version 4 */
    u[8] = (uint8_t)((u[8] & 0x3f) | 0x80);
    snprintf(uuid, sizeof(uuid),
             "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
             "%02x%02x%02x%02x%02x%02x", u[0], u[1], u[2], u[3], u[4], u[5],
             u[6], u[7], u[8], u[9], u[10], u[11], u[12], u[13], u[14],
             u[15]);
    snprintf(id, n + sizeof(uuid) + 1, "%s-%s", client_id ? client_id : "",
             uuid);
    return id;
}

/* --- answering ----------------------------------------------------------- */

static void answer_join(group_waiter_t *w, const group_join_result_t *r)
{
    if (w == NULL)
        return;
    w->member = NULL;
    w->on_join(w, r);
}

static void join_error(group_waiter_t *w, int16_t error,
                       const char *member_id)
{
    group_join_result_t r;

    memset(&r, 0, sizeof(r));
    r.error = error;
    r.generation = -1;
    r.leader_id = "";
    r.member_id = member_id ? member_id : "";
    answer_join(w, &r);
}

static void sync_answer(group_waiter_t *w, const group_t *g, int16_t error,
                        const group_member_t *m)
{
    group_sync_result_t r;

    if (w == NULL)
        return;
    memset(&r, 0, sizeof(r));
    r.error = error;
    if (error == KERR_NONE) {
        r.protocol_type = g->protocol_type;
        r.protocol_name = g->protocol_name;
        r.assignment = m->assignment;
        r.assignment_len = m->assignment_len;
    }
    w->member = NULL;
    w->on_sync(w, &r);
}

static group_waiter_t *take_join(group_member_t *m)
{
    group_waiter_t *w = m->join_waiter;

    m->join_waiter = NULL;
    return w;
}

static group_waiter_t *take_sync(group_member_t *m)
{
    group_waiter_t *w = m->sync_waiter;

    m->sync_waiter = NULL;
    return w;
}

void membership__fail_waiters(group_t *g, int16_t error)
{
    for (group_member_t *m = g->members; m; m = m->next) {
        join_error(take_join(m), error, m->member_id);
        sync_answer(take_sync(m), g, error, m);
    }
}

void coord__cancel(group_waiter_t *w)
{
    group_member_t *m = w->member;

    if (m == NULL)
        return;
    if (m->join_waiter == w)
        m->join_waiter = NULL;
    if (m->sync_waiter == w)
        m->sync_waiter = NULL;
    w->member = NULL;
}

static void park_join(group_member_t *m, group_waiter_t *w)
{
    /* A second JoinGroup from the same member replaces the first. */
    join_error(take_join(m), KERR_REBALANCE_IN_PROGRESS, m->member_id);
    m->join_waiter = w;
    w->member = m;
}

/* Fills the member list the leader gets. Returns a malloc'd array or NULL
 * when out of memory. */
static group_join_member_t *leader_members(const group_t *g, int *count)
{
    group_join_member_t *list = calloc((size_t)g->member_count + 1,
                                       sizeof(*list));
    int n = 0;

    if (list == NULL)
        return NULL;
    for (const group_member_t *m = g->members; m; m = m->next) {
        const group_protocol_t *p = member_protocol(m, g->protocol_name);
        list[n].member_id = m->member_id;
        list[n].instance_id = m->instance_id;
        list[n].metadata = p ? p->metadata : NULL;
        list[n].metadata_len = p ? p->metadata_len : 0;
        n++;
    }
    *count = n;
    return list;
}

/* Answers `w` with the current generation; the leader gets the members. */
static void join_current(group_t *g, group_member_t *m, group_waiter_t *w)
{
    group_join_result_t r;
    group_join_member_t *list = NULL;

    memset(&r, 0, sizeof(r));
    r.error = KERR_NONE;
    r.generation = g->generation;
    r.protocol_type = g->protocol_type;
    r.protocol_name = g->protocol_name;
    r.leader_id = g->leader_id ? g->leader_id : "";
    r.member_id = m->member_id;
    if (is_leader(g, m)) {
        list = leader_members(g, &r.member_count);
        if (list == NULL) {
            join_error(w, KERR_UNKNOWN_SERVER_ERROR, m->member_id);
            return;
        }
        r.members = list;
    }
    answer_join(w, &r);
    free(list);
}

/* --- protocol selection -------------------------------------------------- */

/* Whether a joining member's protocols fit the group: any non-empty set for
 * an Empty group, else the same protocol type and at least one protocol
 * every current member supports. */
static int supports_protocols(const group_t *g, const group_join_request_t *r)
{
    if (r->protocol_type.len <= 0 || r->protocol_count <= 0)
        return 0;
    if (g->state == GROUP_EMPTY || g->member_count == 0)
        return 1;
    if (!group__str_eq(r->protocol_type, g->protocol_type))
        return 0;
    for (int32_t i = 0; i < r->protocol_count; i++) {
        int all = 1;
        char *name = group__strdup(r->protocols[i].name);

        if (name == NULL)
            continue;
        for (const group_member_t *m = g->members; m && all; m = m->next)
            all = member_protocol(m, name) != NULL;
        free(name);
        if (all)
            return 1;
    }
    return 0;
}

/* Kafka's choice: among the protocols every member supports, each member
 * votes for the first in its own order, and the most votes win. Ties go to
 * the protocol the leader prefers. */
static const char *select_protocol(const group_t *g)
{
    const group_member_t *first = g->members;
    const group_member_t *leader = first;
    const char *best = NULL;
    int best_votes = -1;

    for (const group_member_t *m = g->members; m; m = m->next) {
        if (is_leader(g, m))
            leader = m;
    }
    for (int i = 0; leader && i < leader->protocol_count; i++) {
        const char *cand = leader->protocols[i].name;
        int all = 1, votes = 0;

        for (const group_member_t *m = g->members; m && all; m = m->next)
            all = member_protocol(m, cand) != NULL;
        if (!all)
            continue;
        for (const group_member_t *m = g->members; m; m = m->next) {
            for (int j = 0; j < m->protocol_count; j++) {
                const char *name = m->protocols[j].name;
                int everyone = 1;
                for (const group_member_t *o = g->members; o && everyone;
                     o = o->next)
                    everyone = member_protocol(o, name) != NULL;
                if (!everyone)
                    continue;
                votes += strcmp(name, cand) == 0;
                break;
            }
        }
        if (votes > best_votes) {
            best = cand;
            best_votes = votes;
        }
    }
    return best;
}

/* --- rebalancing --------------------------------------------------------- */

static int32_t max_rebalance_timeout(const group_t *g)
{
    int32_t t = 0;

    for (const group_member_t *m = g->members; m; m = m->next) {
        if (m->rebalance_timeout_ms > t)
            t = m->rebalance_timeout_ms;
    }
    return t;
}

static void reset_assignments(group_t *g, int16_t error)
{
    for (group_member_t *m = g->members; m; m = m->next) {
        free(m->assignment);
        m->assignment = NULL;
        m->assignment_len = 0;
        sync_answer(take_sync(m), g, error, m);
    }
}

static void prepare_rebalance(coord_t *c, group_t *g, const char *reason)
{
    if (g->state == GROUP_COMPLETING_REBALANCE)
        reset_assignments(g, KERR_REBALANCE_IN_PROGRESS);
    /* NOTE: Kafka delays the first join phase of an Empty group by
     * group.initial.rebalance.delay.ms (3 s) to gather members; herald
     * starts at once, so consumers starting together may take one more
     * rebalance to settle. */
    g->rebalance_deadline_ms = c->cfg.mono_ms() + max_rebalance_timeout(g);
    LOG_INFO("group", "preparing rebalance", "group=%s generation=%d "
             "members=%d reason=\"%s\"", g->log_id, g->generation,
             g->member_count, reason);
    group__transition(c, g, GROUP_PREPARING_REBALANCE);
}

static void maybe_prepare_rebalance(coord_t *c, group_t *g,
                                    const char *reason)
{
    if (g->state == GROUP_EMPTY || g->state == GROUP_STABLE ||
        g->state == GROUP_COMPLETING_REBALANCE)
        prepare_rebalance(c, g, reason);
}

static void unlink_member(group_t *g, group_member_t *m)
{
    group_member_t **pp = &g->members;

    while (*pp && *pp != m)
        pp = &(*pp)->next;
    if (*pp)
        *pp = m->next;
    g->member_count--;
    if (is_leader(g, m))
        set_leader(g, g->members ? g->members->member_id : NULL);
}

static void remove_member(coord_t *c, group_t *g, group_member_t *m,
                          const char *reason)
{
    char q[96];

    LOG_INFO("group", "member removed", "group=%s member=%s generation=%d "
             "reason=\"%s\"", g->log_id,
             log__quote(q, sizeof(q), m->member_id, (size_t)-1),
             g->generation, reason);
    join_error(take_join(m), KERR_UNKNOWN_MEMBER_ID, m->member_id);
    sync_answer(take_sync(m), g, KERR_UNKNOWN_MEMBER_ID, m);
    unlink_member(g, m);
    membership__free_member(m);

    if (g->state == GROUP_STABLE || g->state == GROUP_COMPLETING_REBALANCE)
        prepare_rebalance(c, g, reason);
    try_complete_join(c, g);
}

static int all_joined(const group_t *g)
{
    if (g->pending)
        return 0;
    for (const group_member_t *m = g->members; m; m = m->next) {
        if (!m->joined)
            return 0;
    }
    return 1;
}

/* Ends the join phase: a new generation, answers to every waiting member,
 * and CompletingRebalance (or Empty when nobody is left). */
static void complete_join(coord_t *c, group_t *g)
{
    int64_t now = c->cfg.mono_ms();
    group_join_member_t *list = NULL;
    const char *protocol;
    int count = 0, rc;

    if (g->leader_id == NULL || !membership__find(g, g->leader_id) ||
        !membership__find(g, g->leader_id)->joined) {
        group_member_t *lead = g->members;
        while (lead && !lead->joined)
            lead = lead->next;
        set_leader(g, lead ? lead->member_id : NULL);
    }
    if (g->members && g->leader_id == NULL) {
        /* Only static members that have not rejoined are left: wait for
         * them, or for their sessions to expire. */
        g->rebalance_deadline_ms = now + max_rebalance_timeout(g);
        return;
    }
    g->generation++;
    g->rebalance_deadline_ms = 0;
    free(g->protocol_name);
    g->protocol_name = NULL;
    if (g->members == NULL) {
        set_leader(g, NULL);
        group__transition(c, g, GROUP_EMPTY);
        rc = group_log__write_group(c, g);
        if (rc != 0)
            LOG_WARN("group", "cannot write group metadata", "group=%s "
                     "err=%s", g->log_id, herald_err_name(rc));
        return;
    }
    protocol = select_protocol(g);
    g->protocol_name = protocol ? strdup(protocol) : NULL;
    group__transition(c, g, GROUP_COMPLETING_REBALANCE);
    LOG_INFO("group", "join phase completed", "group=%s generation=%d "
             "members=%d protocol=%s", g->log_id, g->generation,
             g->member_count, g->protocol_name ? g->protocol_name : "-");
    list = leader_members(g, &count);
    for (group_member_t *m = g->members; m; m = m->next) {
        group_waiter_t *w = take_join(m);
        group_join_result_t r;

        m->joined = 0;
        m->deadline_ms = now + m->session_timeout_ms;
        if (w == NULL)
            continue;
        memset(&r, 0, sizeof(r));
        r.error = list ? KERR_NONE : KERR_UNKNOWN_SERVER_ERROR;
        r.generation = g->generation;
        r.protocol_type = g->protocol_type;
        r.protocol_name = g->protocol_name;
        r.leader_id = g->leader_id;
        r.member_id = m->member_id;
        if (is_leader(g, m)) {
            r.members = list;
            r.member_count = count;
        }
        answer_join(w, &r);
    }
    free(list);
}

static void try_complete_join(coord_t *c, group_t *g)
{
    if (g->state == GROUP_PREPARING_REBALANCE && all_joined(g))
        complete_join(c, g);
}

/* The join phase ran out of time: members that did not rejoin go, static
 * members excepted (they keep their place until their session expires). */
static void join_deadline(coord_t *c, group_t *g)
{
    for (group_member_t *m = g->members, *next; m; m = next) {
        next = m->next;
        if (!m->joined && m->instance_id == NULL) {
            char q[96];
            LOG_INFO("group", "member removed", "group=%s member=%s "
                     "generation=%d reason=\"rebalance timeout\"", g->log_id,
                     log__quote(q, sizeof(q), m->member_id, (size_t)-1),
                     g->generation);
            sync_answer(take_sync(m), g, KERR_UNKNOWN_MEMBER_ID, m);
            unlink_member(g, m);
            membership__free_member(m);
        }
    }
    while (g->pending) {
        group_pending_t *p = g->pending;
        g->pending = p->next;
        free(p->member_id);
        free(p);
    }
    complete_join(c, g);
}

void membership__tick(coord_t *c, group_t *g, int64_t now)
{
    group_pending_t **pp = &g->pending;
    int changed = 0;

    while (*pp) {
        group_pending_t *p = *pp;
        if (p->deadline_ms <= now) {
            *pp = p->next;
            free(p->member_id);
            free(p);
            changed = 1;
        } else {
            pp = &p->next;
        }
    }
    for (group_member_t *m = g->members, *next; m; m = next) {
        next = m->next;
        /* Members whose JoinGroup or SyncGroup is parked are alive. */
        if (m->join_waiter || m->sync_waiter || m->deadline_ms > now)
            continue;
        remove_member(c, g, m, "session timeout");
        next = g->members; /* the list may have changed; rescan */
        changed = 1;
    }
    if (g->state == GROUP_PREPARING_REBALANCE) {
        if (g->rebalance_deadline_ms > 0 && now >= g->rebalance_deadline_ms)
            join_deadline(c, g);
        else if (changed)
            try_complete_join(c, g);
    }
}

/* --- JoinGroup ----------------------------------------------------------- */

static void add_member(coord_t *c, group_t *g, char *member_id,
                       const group_join_request_t *r, group_waiter_t *w)
{
    group_member_t *m = calloc(1, sizeof(*m)), **tail;

    if (m == NULL || set_protocols(m, r) != 0 ||
        (r->instance_id.len >= 0 &&
         (m->instance_id = group__strdup(r->instance_id)) == NULL)) {
        if (m)
            membership__free_member(m);
        join_error(w, KERR_UNKNOWN_SERVER_ERROR, member_id);
        free(member_id);
        return;
    }
    m->member_id = member_id;
    m->group = g;
    update_member(m, r);
    m->joined = 1;
    m->deadline_ms = c->cfg.mono_ms() + r->session_timeout_ms;
    for (tail = &g->members; *tail; tail = &(*tail)->next)
        ;
    *tail = m;
    g->member_count++;
    if (g->protocol_type == NULL)
        g->protocol_type = group__strdup(r->protocol_type);
    if (g->leader_id == NULL)
        set_leader(g, m->member_id);
    park_join(m, w);
    maybe_prepare_rebalance(c, g, "member joined");
    try_complete_join(c, g);
}

static void update_and_rebalance(coord_t *c, group_t *g, group_member_t *m,
                                 const group_join_request_t *r,
                                 group_waiter_t *w, const char *reason)
{
    if (set_protocols(m, r) != 0) {
        join_error(w, KERR_UNKNOWN_SERVER_ERROR, m->member_id);
        return;
    }
    update_member(m, r);
    m->joined = 1;
    park_join(m, w);
    maybe_prepare_rebalance(c, g, reason);
    try_complete_join(c, g);
}

/* A static member came back with a new member id (KIP-345). */
static void replace_static(coord_t *c, group_t *g, group_member_t *m,
                           char *new_id, const group_join_request_t *r,
                           group_waiter_t *w)
{
    char *old_id = m->member_id;
    int leader = is_leader(g, m);
    int same = protocols_match(m, r);
    group_join_result_t res;
    int rc;

    join_error(take_join(m), KERR_FENCED_INSTANCE_ID, old_id);
    sync_answer(take_sync(m), g, KERR_FENCED_INSTANCE_ID, m);
    m->member_id = new_id;
    if (leader)
        set_leader(g, new_id);
    m->deadline_ms = c->cfg.mono_ms() + r->session_timeout_ms;

    if (g->state == GROUP_STABLE && same) {
        update_member(m, r);
        rc = group_log__write_group(c, g);
        if (rc != 0) {
            m->member_id = old_id;
            if (leader)
                set_leader(g, old_id);
            free(new_id);
            join_error(w, group__log_error(rc), "");
            return;
        }
        /* The answer names the old leader id, so that a returning leader
         * sees itself as a follower and does not compute an assignment
         * the Stable group would not hand out; SyncGroup then returns
         * its old assignment. */
        memset(&res, 0, sizeof(res));
        res.error = KERR_NONE;
        res.generation = g->generation;
        res.protocol_type = g->protocol_type;
        res.protocol_name = g->protocol_name;
        res.leader_id = leader ? old_id : g->leader_id;
        res.member_id = new_id;
        answer_join(w, &res);
        free(old_id);
        return;
    }
    free(old_id);
    update_and_rebalance(c, g, m, r, w, "static member rejoined");
}

static void join_new(coord_t *c, group_t *g, const group_join_request_t *r,
                     group_waiter_t *w)
{
    char *id = new_member_id(r->client_id);
    group_member_t *old;

    if (id == NULL) {
        join_error(w, KERR_UNKNOWN_SERVER_ERROR, "");
        return;
    }
    old = find_static(g, r->instance_id);
    if (old) {
        replace_static(c, g, old, id, r, w);
        return;
    }
    if (r->instance_id.len < 0 && r->require_known_member_id) {
        /* KIP-394: the member must come back with this id, which is
         * forgotten when it does not within the session timeout. */
        group_pending_t *p = calloc(1, sizeof(*p));
        if (p == NULL) {
            free(id);
            join_error(w, KERR_UNKNOWN_SERVER_ERROR, "");
            return;
        }
        p->member_id = id;
        p->deadline_ms = c->cfg.mono_ms() + r->session_timeout_ms;
        p->next = g->pending;
        g->pending = p;
        join_error(w, KERR_MEMBER_ID_REQUIRED, id);
        return;
    }
    add_member(c, g, id, r, w);
}

static int take_pending(group_t *g, kmsg_str_t member_id)
{
    for (group_pending_t **pp = &g->pending; *pp; pp = &(*pp)->next) {
        if (group__str_eq(member_id, (*pp)->member_id)) {
            group_pending_t *p = *pp;
            *pp = p->next;
            free(p->member_id);
            free(p);
            return 1;
        }
    }
    return 0;
}

static void join_known(coord_t *c, group_t *g, const group_join_request_t *r,
                       group_waiter_t *w)
{
    group_member_t *m;
    int16_t err;

    if (take_pending(g, r->member_id)) {
        char *id = group__strdup(r->member_id);
        if (id == NULL) {
            join_error(w, KERR_UNKNOWN_SERVER_ERROR, "");
            return;
        }
        add_member(c, g, id, r, w);
        return;
    }
    err = membership__check_fenced(g, r->member_id, r->instance_id);
    if (err != KERR_NONE) {
        join_error(w, err, "");
        return;
    }
    m = find_wire(g, r->member_id);
    if (m == NULL) {
        join_error(w, KERR_UNKNOWN_MEMBER_ID, "");
        return;
    }
    switch (g->state) {
    case GROUP_PREPARING_REBALANCE:
        update_and_rebalance(c, g, m, r, w, "member rejoined");
        break;
    case GROUP_COMPLETING_REBALANCE:
        if (protocols_match(m, r))
            join_current(g, m, w);
        else
            update_and_rebalance(c, g, m, r, w, "member protocols changed");
        break;
    case GROUP_STABLE:
        if (is_leader(g, m) || !protocols_match(m, r))
            update_and_rebalance(c, g, m, r, w, "leader or protocols "
                                 "changed");
        else
            join_current(g, m, w);
        break;
    default:
        join_error(w, KERR_UNKNOWN_MEMBER_ID, "");
        break;
    }
}

void coord__join(coord_t *c, const group_join_request_t *r,
                 group_waiter_t *w)
{
    char *id = group__id_strdup(r->group_id);
    group_t *g;

    w->member = NULL;
    if (id == NULL || id[0] == '\0') {
        free(id);
        join_error(w, KERR_INVALID_GROUP_ID, "");
        return;
    }
    if (r->session_timeout_ms < c->cfg.min_session_timeout_ms ||
        r->session_timeout_ms > c->cfg.max_session_timeout_ms) {
        free(id);
        join_error(w, KERR_INVALID_SESSION_TIMEOUT, "");
        return;
    }
    g = coord__find(c, id);
    if (g == NULL && r->member_id.len > 0) {
        free(id);
        join_error(w, KERR_UNKNOWN_MEMBER_ID, "");
        return;
    }
    if (g == NULL)
        g = coord__get_or_create(c, id);
    free(id);
    if (g == NULL) {
        join_error(w, KERR_UNKNOWN_SERVER_ERROR, "");
        return;
    }
    if (g->state == GROUP_DEAD) {
        join_error(w, KERR_COORDINATOR_NOT_AVAILABLE, "");
        return;
    }
    if (!supports_protocols(g, r)) {
        join_error(w, KERR_INCONSISTENT_GROUP_PROTOCOL, "");
        return;
    }
    if (r->member_id.len <= 0)
        join_new(c, g, r, w);
    else
        join_known(c, g, r, w);
}

/* --- SyncGroup ----------------------------------------------------------- */

static void set_assignments(group_t *g, const group_sync_request_t *r)
{
    for (group_member_t *m = g->members; m; m = m->next) {
        const kmsg_bytes_t *a = NULL;

        for (int32_t i = 0; i < r->assignment_count; i++) {
            if (group__str_eq(r->assignments[i].member_id, m->member_id))
                a = &r->assignments[i].assignment;
        }
        free(m->assignment);
        m->assignment = NULL;
        m->assignment_len = 0;
        if (a && a->len > 0) {
            m->assignment = malloc((size_t)a->len);
            if (m->assignment) {
                memcpy(m->assignment, a->ptr, (size_t)a->len);
                m->assignment_len = a->len;
            }
        }
    }
}

static void leader_sync(coord_t *c, group_t *g, const group_sync_request_t *r)
{
    int rc;

    set_assignments(g, r);
    rc = group_log__write_group(c, g);
    if (rc != 0) {
        /* On a full disk the members rejoin at once, and each round fails
         * here again. */
        long skipped;

        if (log_limit__allow(&g->assignment_lines, clock__mono_us(),
                             &skipped))
            LOG_WARN("group", "cannot write group assignment", "group=%s "
                     "generation=%d err=%s similar_lines_skipped=%ld",
                     g->log_id, g->generation, herald_err_name(rc),
                     skipped);
        reset_assignments(g, group__log_error(rc));
        prepare_rebalance(c, g, "assignment not stored");
        return;
    }
    group__transition(c, g, GROUP_STABLE);
    LOG_INFO("group", "group stable", "group=%s generation=%d members=%d",
             g->log_id, g->generation, g->member_count);
    for (group_member_t *m = g->members; m; m = m->next)
        sync_answer(take_sync(m), g, KERR_NONE, m);
}

static int16_t check_sync(group_t *g, const group_sync_request_t *r,
                          group_member_t **out)
{
    int16_t err;

    if (g == NULL)
        return KERR_UNKNOWN_MEMBER_ID;
    if (g->state == GROUP_DEAD)
        return KERR_COORDINATOR_NOT_AVAILABLE;
    err = membership__check_fenced(g, r->member_id, r->instance_id);
    if (err != KERR_NONE)
        return err;
    *out = find_wire(g, r->member_id);
    if (*out == NULL)
        return KERR_UNKNOWN_MEMBER_ID;
    if (r->generation != g->generation)
        return KERR_ILLEGAL_GENERATION;
    if ((r->protocol_type.len >= 0 &&
         !group__str_eq(r->protocol_type, g->protocol_type)) ||
        (r->protocol_name.len >= 0 &&
         !group__str_eq(r->protocol_name, g->protocol_name)))
        return KERR_INCONSISTENT_GROUP_PROTOCOL;
    return KERR_NONE;
}

void coord__sync(coord_t *c, const group_sync_request_t *r,
                 group_waiter_t *w)
{
    char *id = group__id_strdup(r->group_id);
    group_t *g = id && id[0] ? coord__find(c, id) : NULL;
    group_member_t *m = NULL;
    int16_t err;

    w->member = NULL;
    if (id == NULL || id[0] == '\0') {
        free(id);
        sync_answer(w, NULL, KERR_INVALID_GROUP_ID, NULL);
        return;
    }
    free(id);
    err = check_sync(g, r, &m);
    if (err != KERR_NONE) {
        sync_answer(w, g, err, m);
        return;
    }
    m->deadline_ms = c->cfg.mono_ms() + m->session_timeout_ms;
    switch (g->state) {
    case GROUP_COMPLETING_REBALANCE:
        sync_answer(take_sync(m), g, KERR_REBALANCE_IN_PROGRESS, m);
        m->sync_waiter = w;
        w->member = m;
        if (is_leader(g, m))
            leader_sync(c, g, r);
        break;
    case GROUP_STABLE:
        sync_answer(w, g, KERR_NONE, m);
        break;
    case GROUP_PREPARING_REBALANCE:
        sync_answer(w, g, KERR_REBALANCE_IN_PROGRESS, m);
        break;
    default:
        sync_answer(w, g, KERR_UNKNOWN_MEMBER_ID, m);
        break;
    }
}

/* --- Heartbeat and LeaveGroup -------------------------------------------- */

int16_t coord__heartbeat(coord_t *c, kmsg_str_t group_id,
                         kmsg_str_t member_id, kmsg_str_t instance_id,
                         int32_t generation)
{
    char *id = group__id_strdup(group_id);
    group_t *g = id && id[0] ? coord__find(c, id) : NULL;
    group_member_t *m;
    int16_t err;

    if (id == NULL || id[0] == '\0') {
        free(id);
        return KERR_INVALID_GROUP_ID;
    }
    free(id);
    if (g == NULL)
        return KERR_UNKNOWN_MEMBER_ID;
    if (g->state == GROUP_DEAD)
        return KERR_COORDINATOR_NOT_AVAILABLE;
    err = membership__check_fenced(g, member_id, instance_id);
    if (err != KERR_NONE)
        return err;
    m = find_wire(g, member_id);
    if (m == NULL)
        return KERR_UNKNOWN_MEMBER_ID;
    if (generation != g->generation)
        return KERR_ILLEGAL_GENERATION;
    switch (g->state) {
    case GROUP_STABLE:
    case GROUP_COMPLETING_REBALANCE:
        m->deadline_ms = c->cfg.mono_ms() + m->session_timeout_ms;
        return KERR_NONE;
    case GROUP_PREPARING_REBALANCE:
        m->deadline_ms = c->cfg.mono_ms() + m->session_timeout_ms;
        return KERR_REBALANCE_IN_PROGRESS;
    default:
        return KERR_UNKNOWN_MEMBER_ID;
    }
}

static int16_t leave_one(coord_t *c, group_t *g, group_leave_t *l)
{
    group_member_t *m;

    if (l->instance_id.len >= 0) {
        m = find_static(g, l->instance_id);
        if (m == NULL)
            return KERR_UNKNOWN_MEMBER_ID;
        if (l->member_id.len > 0 && !group__str_eq(l->member_id,
                                                   m->member_id))
            return KERR_FENCED_INSTANCE_ID;
    } else {
        if (take_pending(g, l->member_id)) {
            if (g->state == GROUP_PREPARING_REBALANCE)
                try_complete_join(c, g);
            return KERR_NONE;
        }
        m = find_wire(g, l->member_id);
        if (m == NULL)
            return KERR_UNKNOWN_MEMBER_ID;
    }
    remove_member(c, g, m, "member left");
    return KERR_NONE;
}

int16_t coord__leave(coord_t *c, kmsg_str_t group_id, group_leave_t *members,
                     int count)
{
    char *id = group__id_strdup(group_id);
    group_t *g = id && id[0] ? coord__find(c, id) : NULL;

    if (id == NULL || id[0] == '\0') {
        free(id);
        return KERR_INVALID_GROUP_ID;
    }
    free(id);
    for (int i = 0; i < count; i++)
        members[i].error = KERR_UNKNOWN_MEMBER_ID;
    if (g == NULL)
        return KERR_NONE;
    if (g->state == GROUP_DEAD)
        return KERR_COORDINATOR_NOT_AVAILABLE;
    for (int i = 0; i < count; i++)
        members[i].error = leave_one(c, g, &members[i]);
    return KERR_NONE;
}

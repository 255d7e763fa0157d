/*
 * The group registry and its upkeep: creating and removing groups, the
 * periodic tick that drives session and rebalance timeouts, offset expiry
 * (offsets.retention.minutes), DeleteGroups and shutdown.
 *
 * The state machine itself is in membership.c, committed offsets in
 * offsets.c and persistence in group_log.c.
 */
#include <stdlib.h>
#include <string.h>

#include "group_internal.h"
#include "herald/error.h"
#include "kafka_error.h"
#include "log.h"
#include "utf8.h"

#define INITIAL_BUCKETS 64

void coord__config_defaults(coord_config_t *cfg)
{
    memset(cfg, 0, sizeof(*cfg));
    cfg->offsets_retention_ms = 7LL * 24 * 3600 * 1000;
    cfg->offsets_retention_check_ms = 600000;
    cfg->min_session_timeout_ms = 6000;
    cfg->max_session_timeout_ms = 1800000;
    cfg->log_roll_bytes = 1024 * 1024;
}

const char *group__state_name(group_state_t state)
{
    switch (state) {
    case GROUP_EMPTY:
        return "Empty";
    case GROUP_PREPARING_REBALANCE:
        return "PreparingRebalance";
    case GROUP_COMPLETING_REBALANCE:
        return "CompletingRebalance";
    case GROUP_STABLE:
        return "Stable";
    case GROUP_DEAD:
        return "Dead";
    }
    return "Unknown";
}

char *group__strdup(kmsg_str_t s)
{
    char *out;

    if (s.len < 0 || (s.len > 0 && memchr(s.ptr, '\0', (size_t)s.len)))
        return NULL;
    out = malloc((size_t)s.len + 1);
    if (out == NULL)
        return NULL;
    if (s.len > 0)
        memcpy(out, s.ptr, (size_t)s.len);
    out[s.len] = '\0';
    return out;
}

char *group__id_strdup(kmsg_str_t s)
{
    /* Kafka protocol strings are UTF-8, and listings show group ids as
     * text. Member ids, instance ids and metadata are only handed back, so
     * they are not checked, and neither is what the group log holds. */
    if (s.len < 0 || !utf8__valid(s.ptr, (size_t)s.len))
        return NULL;
    return group__strdup(s);
}

int group__str_eq(kmsg_str_t s, const char *c)
{
    if (s.len < 0 || c == NULL)
        return s.len < 0 && c == NULL;
    return strlen(c) == (size_t)s.len && memcmp(s.ptr, c, (size_t)s.len) == 0;
}

int16_t group__log_error(int err)
{
    /* As Kafka maps failed appends to __consumer_offsets: a record too
     * large is the client's problem, anything else is retriable. */
    if (err == HERALD_ETOOBIG)
        return KERR_INVALID_COMMIT_OFFSET_SIZE;
    return KERR_COORDINATOR_NOT_AVAILABLE;
}

void group__transition(coord_t *c, group_t *g, group_state_t state)
{
    LOG_DEBUG("group", "group state changed", "group=%s from=%s to=%s "
              "generation=%d", g->log_id, group__state_name(g->state),
              group__state_name(state), g->generation);
    g->state = state;
    g->state_since_ms = c->cfg.wall_ms();
}

/* --- registry ------------------------------------------------------------ */

static uint64_t hash_id(const char *s)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */

    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

static int grow(coord_t *c)
{
    size_t n = c->bucket_count ? c->bucket_count * 2 : INITIAL_BUCKETS;
    group_t **b = calloc(n, sizeof(*b));

    if (b == NULL)
        return -1;
    for (size_t i = 0; i < c->bucket_count; i++) {
        for (group_t *g = c->buckets[i], *next; g; g = next) {
            size_t k = hash_id(g->id) % n;
            next = g->next;
            g->next = b[k];
            b[k] = g;
        }
    }
    free(c->buckets);
    c->buckets = b;
    c->bucket_count = n;
    return 0;
}

group_t *coord__find(coord_t *c, const char *group_id)
{
    if (c->bucket_count == 0)
        return NULL;
    for (group_t *g = c->buckets[hash_id(group_id) % c->bucket_count]; g;
         g = g->next) {
        if (strcmp(g->id, group_id) == 0)
            return g;
    }
    return NULL;
}

group_t *coord__get_or_create(coord_t *c, const char *group_id)
{
    group_t *g = coord__find(c, group_id);
    size_t k;

    if (g)
        return g;
    if (c->count + 1 > c->bucket_count && grow(c) != 0)
        return NULL;
    g = calloc(1, sizeof(*g));
    if (g == NULL)
        return NULL;
    g->id = strdup(group_id);
    g->offsets = offsets__new();
    g->store_lines.interval_us = 1000000;
    g->assignment_lines.interval_us = 1000000;
    if (g->id == NULL || g->offsets == NULL) {
        free(g->id);
        offsets__free(g->offsets);
        free(g);
        return NULL;
    }
    log__quote(g->log_id, sizeof(g->log_id), g->id, (size_t)-1);
    g->state = GROUP_EMPTY;
    g->state_since_ms = c->cfg.wall_ms();
    k = hash_id(g->id) % c->bucket_count;
    g->next = c->buckets[k];
    c->buckets[k] = g;
    c->count++;
    return g;
}

static void free_group(group_t *g)
{
    membership__fail_waiters(g, KERR_COORDINATOR_NOT_AVAILABLE);
    while (g->members) {
        group_member_t *m = g->members;
        g->members = m->next;
        membership__free_member(m);
    }
    while (g->pending) {
        group_pending_t *p = g->pending;
        g->pending = p->next;
        free(p->member_id);
        free(p);
    }
    offsets__free(g->offsets);
    free(g->protocol_type);
    free(g->protocol_name);
    free(g->leader_id);
    free(g->id);
    free(g);
}

void coord__remove_group(coord_t *c, group_t *g)
{
    group_t **pp = &c->buckets[hash_id(g->id) % c->bucket_count];

    while (*pp && *pp != g)
        pp = &(*pp)->next;
    if (*pp == NULL)
        return;
    *pp = g->next;
    c->count--;
    g->state = GROUP_DEAD;
    free_group(g);
}

void coord__foreach(coord_t *c, void (*fn)(group_t *g, void *arg), void *arg)
{
    for (size_t i = 0; i < c->bucket_count; i++) {
        for (group_t *g = c->buckets[i], *next; g; g = next) {
            next = g->next;
            if (g->state != GROUP_DEAD)
                fn(g, arg);
        }
    }
}

/* --- life cycle ---------------------------------------------------------- */

int coord__open(const coord_config_t *cfg, coord_t **out)
{
    coord_t *c = calloc(1, sizeof(*c));
    int rc;

    *out = NULL;
    if (c == NULL)
        return HERALD_ENOMEM;
    c->cfg = *cfg;
    if (grow(c) != 0) {
        free(c);
        return HERALD_ENOMEM;
    }
    rc = group_log__open(c);
    if (rc != 0) {
        coord__close(c, 0);
        return rc;
    }
    c->last_expire_ms = c->cfg.mono_ms();
    *out = c;
    return 0;
}

void coord__release_waiters(coord_t *c)
{
    for (size_t i = 0; i < c->bucket_count; i++) {
        for (group_t *g = c->buckets[i]; g; g = g->next)
            membership__fail_waiters(g, KERR_COORDINATOR_NOT_AVAILABLE);
    }
}

void coord__close(coord_t *c, int clean)
{
    if (c == NULL)
        return;
    for (size_t i = 0; i < c->bucket_count; i++) {
        while (c->buckets[i]) {
            group_t *g = c->buckets[i];
            c->buckets[i] = g->next;
            free_group(g);
        }
    }
    group_log__close(c, clean);
    free(c->buckets);
    free(c);
}

plog_t *coord__log(coord_t *c)
{
    return c->log;
}

static void tick_group(group_t *g, void *arg)
{
    coord_t *c = arg;

    membership__tick(c, g, c->cfg.mono_ms());
}

void coord__tick(coord_t *c)
{
    int64_t now = c->cfg.mono_ms();

    coord__foreach(c, tick_group, c);
    if (now - c->last_expire_ms >= c->cfg.offsets_retention_check_ms) {
        c->last_expire_ms = now;
        coord__expire_offsets(c);
    }
    group_log__maintain(c);
}

/* --- offset expiry ------------------------------------------------------- */

/* Kafka's rule (KIP-211): a group that uses the group protocol keeps its
 * offsets while it has members. Once it is Empty, they expire the retention
 * time after it became empty. Offsets of groups that only commit expire the
 * retention time after their commit. An explicit expiry from OffsetCommit
 * v2-4 takes precedence. */
static int offset_expired(coord_t *c, const group_t *g,
                          const group_offset_t *o, int64_t now)
{
    int64_t base;

    if (o->expire_ms >= 0)
        return now >= o->expire_ms;
    if (g->protocol_type != NULL) {
        if (g->state != GROUP_EMPTY)
            return 0;
        base = g->state_since_ms > o->commit_ms ? g->state_since_ms
                                                : o->commit_ms;
    } else {
        base = o->commit_ms;
    }
    return now - base >= c->cfg.offsets_retention_ms;
}

static void expire_group(coord_t *c, group_t *g, int64_t now, int *dropped)
{
    group_offset_t **list = NULL;
    size_t n = 0, k = 0;
    int rc = 0;

    if (offsets__list(g->offsets, &list, &n) != 0)
        return;
    for (size_t i = 0; i < n; i++) {
        if (!offsets__topic_alive(c, list[i]) ||
            offset_expired(c, g, list[i], now))
            list[k++] = list[i];
    }
    if (k > 0)
        rc = group_log__write_offset_tombstones(
            c, g->id, (const group_offset_t *const *)list, (int)k);
    if (rc == 0) {
        for (size_t i = 0; i < k; i++)
            offsets__remove(g->offsets, list[i]->topic, list[i]->partition);
        *dropped += (int)k;
    }
    free(list);
    if (rc != 0) {
        LOG_WARN("group", "cannot write expired offsets", "group=%s err=%s",
                 g->log_id, herald_err_name(rc));
        return;
    }
    if (g->state == GROUP_EMPTY && g->member_count == 0 &&
        g->pending == NULL && offsets__count(g->offsets) == 0) {
        rc = group_log__write_group_tombstone(c, g->id);
        if (rc == 0) {
            LOG_INFO("group", "empty group expired", "group=%s", g->log_id);
            coord__remove_group(c, g);
        }
    }
}

typedef struct expire_pass {
    coord_t *c;
    int64_t now;
    int dropped;
} expire_pass_t;

static void expire_one(group_t *g, void *arg)
{
    expire_pass_t *p = arg;

    expire_group(p->c, g, p->now, &p->dropped);
}

void coord__expire_offsets(coord_t *c)
{
    expire_pass_t pass = {c, c->cfg.wall_ms(), 0};

    coord__foreach(c, expire_one, &pass);
    if (pass.dropped > 0)
        LOG_INFO("group", "offsets removed", "count=%d", pass.dropped);
    group_log__maintain(c);
}

/* --- DeleteGroups -------------------------------------------------------- */

int16_t coord__delete_group(coord_t *c, kmsg_str_t group_id)
{
    char *id = group__id_strdup(group_id);
    group_t *g;
    int rc;

    if (id == NULL)
        return KERR_INVALID_GROUP_ID;
    g = coord__find(c, id);
    free(id);
    if (g == NULL || g->state == GROUP_DEAD)
        return KERR_GROUP_ID_NOT_FOUND;
    if (g->state != GROUP_EMPTY)
        return KERR_NON_EMPTY_GROUP;
    rc = group_log__write_group_tombstone(c, g->id);
    if (rc != 0)
        return group__log_error(rc);
    LOG_INFO("group", "group deleted", "group=%s", g->log_id);
    coord__remove_group(c, g);
    group_log__maintain(c);
    return KERR_NONE;
}

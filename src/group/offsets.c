/*
 * Committed offsets: the per-group table, and OffsetCommit, OffsetFetch and
 * OffsetDelete on top of it.
 *
 * Each offset remembers the id of its topic when it was committed, so that
 * offsets of a topic that was deleted, or deleted and created again under
 * the same name, are never returned; coord__expire_offsets() later removes
 * them from the log.
 */
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "group_internal.h"
#include "herald/error.h"
#include "kafka_error.h"
#include "log.h"

typedef struct offset_entry {
    struct offset_entry *next;
    group_offset_t o;
} offset_entry_t;

struct offset_table {
    offset_entry_t **buckets;
    size_t bucket_count;
    size_t count;
};

static uint64_t hash_key(const char *topic, int32_t partition)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */

    for (; *topic; topic++) {
        h ^= (unsigned char)*topic;
        h *= 1099511628211ULL;
    }
    h ^= (uint32_t)partition;
    h *= 1099511628211ULL;
    return h;
}

offset_table_t *offsets__new(void)
{
    offset_table_t *t = calloc(1, sizeof(*t));

    if (t == NULL)
        return NULL;
    t->bucket_count = 16;
    t->buckets = calloc(t->bucket_count, sizeof(*t->buckets));
    if (t->buckets == NULL) {
        free(t);
        return NULL;
    }
    return t;
}

static void free_entry(offset_entry_t *e)
{
    free(e->o.topic);
    free(e->o.metadata);
    free(e);
}

void offsets__free(offset_table_t *t)
{
    if (t == NULL)
        return;
    for (size_t i = 0; i < t->bucket_count; i++) {
        for (offset_entry_t *e = t->buckets[i], *next; e; e = next) {
            next = e->next;
            free_entry(e);
        }
    }
    free(t->buckets);
    free(t);
}

static offset_entry_t **slot(offset_table_t *t, const char *topic,
                             int32_t partition)
{
    offset_entry_t **pp =
        &t->buckets[hash_key(topic, partition) % t->bucket_count];

    while (*pp && ((*pp)->o.partition != partition ||
                   strcmp((*pp)->o.topic, topic) != 0))
        pp = &(*pp)->next;
    return pp;
}

group_offset_t *offsets__get(offset_table_t *t, const char *topic,
                             int32_t partition)
{
    offset_entry_t *e = *slot(t, topic, partition);

    return e ? &e->o : NULL;
}

static void grow(offset_table_t *t)
{
    size_t n = t->bucket_count * 2;
    offset_entry_t **b = calloc(n, sizeof(*b));

    if (b == NULL)
        return; /* longer chains, still correct */
    for (size_t i = 0; i < t->bucket_count; i++) {
        for (offset_entry_t *e = t->buckets[i], *next; e; e = next) {
            size_t k = hash_key(e->o.topic, e->o.partition) % n;
            next = e->next;
            e->next = b[k];
            b[k] = e;
        }
    }
    free(t->buckets);
    t->buckets = b;
    t->bucket_count = n;
}

int offsets__put(offset_table_t *t, const group_offset_t *o)
{
    offset_entry_t **pp = slot(t, o->topic, o->partition);
    char *metadata = strdup(o->metadata ? o->metadata : "");
    offset_entry_t *e;

    if (metadata == NULL)
        return HERALD_ENOMEM;
    if (*pp) {
        char *topic = (*pp)->o.topic;
        e = *pp;
        free(e->o.metadata);
        e->o = *o;
        e->o.topic = topic;
        e->o.metadata = metadata;
        return 0;
    }
    e = calloc(1, sizeof(*e));
    if (e == NULL || (e->o.topic = strdup(o->topic)) == NULL) {
        free(e);
        free(metadata);
        return HERALD_ENOMEM;
    }
    {
        char *topic = e->o.topic;
        e->o = *o;
        e->o.topic = topic;
        e->o.metadata = metadata;
    }
    e->next = NULL;
    *pp = e;
    t->count++;
    if (t->count > t->bucket_count * 2)
        grow(t);
    return 0;
}

void offsets__remove(offset_table_t *t, const char *topic, int32_t partition)
{
    offset_entry_t **pp = slot(t, topic, partition);
    offset_entry_t *e = *pp;

    if (e == NULL)
        return;
    *pp = e->next;
    free_entry(e);
    t->count--;
}

size_t offsets__count(const offset_table_t *t)
{
    return t->count;
}

static int compare_offsets(const void *a, const void *b)
{
    const group_offset_t *x = *(const group_offset_t *const *)a;
    const group_offset_t *y = *(const group_offset_t *const *)b;
    int c = strcmp(x->topic, y->topic);

    if (c != 0)
        return c;
    return (x->partition > y->partition) - (x->partition < y->partition);
}

int offsets__list(offset_table_t *t, group_offset_t ***out, size_t *count)
{
    group_offset_t **list = malloc((t->count + 1) * sizeof(*list));
    size_t n = 0;

    *out = NULL;
    *count = 0;
    if (list == NULL)
        return HERALD_ENOMEM;
    for (size_t i = 0; i < t->bucket_count; i++) {
        for (offset_entry_t *e = t->buckets[i]; e; e = e->next)
            list[n++] = &e->o;
    }
    qsort(list, n, sizeof(*list), compare_offsets);
    *out = list;
    *count = n;
    return 0;
}

int offsets__topic_alive(coord_t *c, const group_offset_t *o)
{
    uint8_t id[16];
    int32_t partitions = 0;

    if (!c->cfg.find_topic(c->cfg.ctx, o->topic, id, &partitions))
        return 0;
    return memcmp(id, o->topic_id, 16) == 0 && o->partition < partitions;
}

/* --- OffsetCommit -------------------------------------------------------- */

/* Kafka's checks, in its order, for a commit to an existing group. */
static int16_t check_commit(coord_t *c, group_t *g,
                            const group_commit_request_t *r)
{
    group_member_t *m;
    char *member_id;
    int16_t err;

    if (g->state == GROUP_DEAD)
        return KERR_COORDINATOR_NOT_AVAILABLE;
    err = membership__check_fenced(g, r->member_id, r->instance_id);
    if (err != KERR_NONE)
        return err;
    /* A consumer with manually assigned partitions commits with generation
     * -1; that is allowed while the group has no members. */
    if (r->generation < 0 && g->state == GROUP_EMPTY)
        return KERR_NONE;
    member_id = group__strdup(r->member_id);
    m = member_id ? membership__find(g, member_id) : NULL;
    free(member_id);
    if (m == NULL)
        return KERR_UNKNOWN_MEMBER_ID;
    if (r->generation != g->generation)
        return KERR_ILLEGAL_GENERATION;
    if (g->state == GROUP_COMPLETING_REBALANCE)
        return KERR_REBALANCE_IN_PROGRESS;
    m->deadline_ms = c->cfg.mono_ms() + m->session_timeout_ms;
    return KERR_NONE;
}

/* Checks one entry and fills `o` (borrowing the topic string). */
static int16_t prepare_entry(coord_t *c, const group_commit_request_t *r,
                             group_commit_entry_t *e, group_offset_t *o,
                             int64_t now)
{
    int32_t partitions = 0;
    char *topic;

    memset(o, 0, sizeof(*o));
    if (e->metadata.len > GROUP_OFFSET_METADATA_MAX)
        return KERR_OFFSET_METADATA_TOO_LARGE;
    topic = group__strdup(e->topic);
    if (topic == NULL)
        return KERR_UNKNOWN_TOPIC_OR_PARTITION;
    if (!c->cfg.find_topic(c->cfg.ctx, topic, o->topic_id, &partitions) ||
        e->partition < 0 || e->partition >= partitions) {
        free(topic);
        return KERR_UNKNOWN_TOPIC_OR_PARTITION;
    }
    o->metadata = group__strdup(e->metadata);
    if (o->metadata == NULL && e->metadata.len > 0) {
        free(topic);
        return KERR_UNKNOWN_SERVER_ERROR;
    }
    o->topic = topic;
    o->partition = e->partition;
    o->offset = e->offset;
    o->leader_epoch = e->leader_epoch;
    o->commit_ms = now;
    o->expire_ms = r->retention_ms >= 0 ? now + r->retention_ms : -1;
    return KERR_NONE;
}

static void store_offsets(coord_t *c, group_t *g, group_commit_request_t *r)
{
    group_offset_t *list = calloc((size_t)r->count + 1, sizeof(*list));
    const group_offset_t **ptrs = calloc((size_t)r->count + 1,
                                         sizeof(*ptrs));
    int64_t now = c->cfg.wall_ms();
    int n = 0, rc = 0;

    if (list == NULL || ptrs == NULL) {
        for (int i = 0; i < r->count; i++)
            r->entries[i].error = KERR_UNKNOWN_SERVER_ERROR;
        goto cleanup;
    }
    for (int i = 0; i < r->count; i++) {
        r->entries[i].error = prepare_entry(c, r, &r->entries[i], &list[n],
                                            now);
        if (r->entries[i].error == KERR_NONE) {
            ptrs[n] = &list[n];
            n++;
        }
    }
    if (n > 0)
        rc = group_log__write_offsets(c, g->id, ptrs, n);
    for (int i = 0; rc == 0 && i < n; i++) {
        if (offsets__put(g->offsets, &list[i]) != 0)
            rc = HERALD_ENOMEM;
    }
    if (rc != 0) {
        /* Clients retry a failed commit at once, so a full disk would
         * otherwise write this line many times a second. */
        long skipped;

        if (log_limit__allow(&g->store_lines, clock__mono_us(), &skipped))
            LOG_WARN("group", "cannot store offsets",
                     "group=%s err=%s similar_lines_skipped=%ld",
                     g->log_id, herald_err_name(rc), skipped);
        for (int i = 0; i < r->count; i++) {
            if (r->entries[i].error == KERR_NONE)
                r->entries[i].error = group__log_error(rc);
        }
    }
cleanup:
    for (int i = 0; list && i < n; i++) {
        free(list[i].topic);
        free(list[i].metadata);
    }
    free(list);
    free(ptrs);
}

void coord__commit(coord_t *c, group_commit_request_t *r)
{
    char *id = group__id_strdup(r->group_id);
    group_t *g = id ? coord__find(c, id) : NULL;
    int16_t err = KERR_NONE;

    if (id == NULL) {
        err = KERR_INVALID_GROUP_ID;
    } else if (g == NULL && r->generation >= 0) {
        /* A member of a group this coordinator does not know: it belongs
         * to an older generation. */
        err = KERR_ILLEGAL_GENERATION;
    } else if (g == NULL) {
        g = coord__get_or_create(c, id);
        if (g == NULL)
            err = KERR_UNKNOWN_SERVER_ERROR;
    } else {
        err = check_commit(c, g, r);
    }
    free(id);
    if (err != KERR_NONE) {
        for (int i = 0; i < r->count; i++)
            r->entries[i].error = err;
        return;
    }
    store_offsets(c, g, r);
    group_log__maintain(c);
}

/* --- OffsetFetch --------------------------------------------------------- */

const group_offset_t *coord__fetch_offset(coord_t *c, const char *group_id,
                                          const char *topic,
                                          int32_t partition)
{
    group_t *g = coord__find(c, group_id);
    group_offset_t *o;

    if (g == NULL || g->state == GROUP_DEAD)
        return NULL;
    o = offsets__get(g->offsets, topic, partition);
    if (o == NULL || !offsets__topic_alive(c, o))
        return NULL;
    return o;
}

int coord__list_offsets(coord_t *c, const char *group_id,
                        const group_offset_t ***out, int *count)
{
    group_t *g = coord__find(c, group_id);
    group_offset_t **list;
    size_t n = 0, k = 0;

    *out = NULL;
    *count = 0;
    if (g == NULL || g->state == GROUP_DEAD)
        return 0;
    if (offsets__list(g->offsets, &list, &n) != 0)
        return HERALD_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        if (offsets__topic_alive(c, list[i]))
            list[k++] = list[i];
    }
    *out = (const group_offset_t **)list;
    *count = (int)k;
    return 0;
}

/* --- OffsetDelete -------------------------------------------------------- */

/* Whether a member of a "consumer" group subscribes to `topic`, read from
 * the ConsumerProtocolSubscription of the selected protocol: int16 version,
 * then an array of topic names. Unreadable metadata counts as subscribed,
 * as in Kafka. */
static int subscribed(const group_t *g, const char *topic)
{
    size_t tlen = strlen(topic);

    for (const group_member_t *m = g->members; m; m = m->next) {
        for (int i = 0; i < m->protocol_count; i++) {
            wire_reader_t rd;
            int32_t n;

            if (!g->protocol_name ||
                strcmp(m->protocols[i].name, g->protocol_name) != 0)
                continue;
            wire__reader_init(&rd, m->protocols[i].metadata,
                              (size_t)m->protocols[i].metadata_len);
            (void)wire__read_i16(&rd);
            n = wire__read_array_len(&rd, 2);
            if (rd.err || n < 0)
                return 1;
            for (int32_t k = 0; k < n; k++) {
                int32_t len;
                const uint8_t *s = wire__read_string(&rd, &len);
                if (rd.err)
                    return 1;
                if (s && (size_t)len == tlen && memcmp(s, topic, tlen) == 0)
                    return 1;
            }
        }
    }
    return 0;
}

int16_t coord__delete_offsets(coord_t *c, kmsg_str_t group_id,
                              group_offset_delete_t *entries, int count)
{
    char *id = group__id_strdup(group_id);
    group_t *g = id ? coord__find(c, id) : NULL;
    const group_offset_t **doomed;
    int n = 0, rc = 0, consumer;

    if (id == NULL)
        return KERR_INVALID_GROUP_ID;
    free(id);
    if (g == NULL || g->state == GROUP_DEAD)
        return KERR_GROUP_ID_NOT_FOUND;
    consumer = g->protocol_type && strcmp(g->protocol_type, "consumer") == 0;
    if (g->state != GROUP_EMPTY && !consumer)
        return KERR_NON_EMPTY_GROUP;
    doomed = calloc((size_t)count + 1, sizeof(*doomed));
    if (doomed == NULL)
        return KERR_UNKNOWN_SERVER_ERROR;
    for (int i = 0; i < count; i++) {
        char *topic = group__strdup(entries[i].topic);
        group_offset_t *o;

        entries[i].error = KERR_NONE;
        if (topic == NULL) {
            entries[i].error = KERR_UNKNOWN_TOPIC_OR_PARTITION;
            continue;
        }
        if (g->state != GROUP_EMPTY && subscribed(g, topic)) {
            entries[i].error = KERR_GROUP_SUBSCRIBED_TO_TOPIC;
        } else {
            int seen = 0;
            o = offsets__get(g->offsets, topic, entries[i].partition);
            for (int k = 0; o && k < n; k++)
                seen |= doomed[k] == o;
            if (o && !seen)
                doomed[n++] = o;
        }
        free(topic);
    }
    if (n > 0)
        rc = group_log__write_offset_tombstones(c, g->id, doomed, n);
    if (rc != 0) {
        free(doomed);
        return group__log_error(rc);
    }
    for (int i = 0; i < n; i++)
        offsets__remove(g->offsets, doomed[i]->topic, doomed[i]->partition);
    free(doomed);
    group_log__maintain(c);
    return KERR_NONE;
}

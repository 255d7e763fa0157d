/*
 * The group log: committed offsets and group metadata, appended as record
 * batches (magic 2, CRC-32C) to a partition log in <data_dir>/.groups, and
 * replayed at start-up. The directory name cannot clash with a topic
 * partition, whose directories always end in -<partition>.
 *
 * Records (uncompressed, no headers). Integers are big-endian, strings
 * int16-length (-1 null), bytes int32-length, as in Kafka's own
 * __consumer_offsets keys:
 *
 *   key   int16 1, string group, string topic, int32 partition
 *   value int16 0, int64 offset, int32 leader_epoch, string metadata,
 *         int64 commit_ms, int64 expire_ms (-1: none), 16 bytes topic id
 *
 *   key   int16 2, string group
 *   value int16 0, string protocol_type, int32 generation,
 *         string protocol_name, string leader, int64 state_since_ms,
 *         int32 member count, and per member: string member_id,
 *         string instance_id, string client_id, string client_host,
 *         int32 rebalance_timeout_ms, int32 session_timeout_ms,
 *         int32 protocol count with (string name, bytes metadata) each,
 *         bytes assignment
 *
 * A null value is a tombstone: for an offset key it removes the offset,
 * for a group key the group and every offset it has. Keys of other
 * versions are skipped, so newer records do not stop an older broker.
 *
 * Replay applies records in log order, so a later record always wins. To
 * keep the log small, once `log_roll_bytes` (or the size of the previous
 * snapshot, if larger) were written since the last snapshot, the log rolls
 * and the whole live state is written again into the new segment; the
 * older segments are deleted once the snapshot is durable. A crash in
 * between leaves old segments whose records the snapshot repeats.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch.h"
#include "clock.h"
#include "crc32c.h"
#include "group_internal.h"
#include "herald/error.h"
#include "log.h"

#define LOG_DIR_NAME ".groups"
#define KEY_OFFSET 1
#define KEY_GROUP 2
#define VALUE_VERSION 0
#define RECORDS_PER_BATCH 256
#define READ_CHUNK (1 << 20)
#define GROUP_LOG_MAX_BATCH (16 * 1024 * 1024)

/* --- writing ------------------------------------------------------------- */

typedef struct batch_builder {
    wire_writer_t w;
    int count;
} batch_builder_t;

static void batch_init(batch_builder_t *b)
{
    static const uint8_t header[BATCH_HEADER_BYTES];

    wire__writer_init(&b->w);
    wire__write_raw(&b->w, header, sizeof(header));
    b->count = 0;
}

static void put_str(wire_writer_t *w, const char *s)
{
    wire__write_string(w, s, s ? (int32_t)strlen(s) : -1);
}

/* Appends one record; `value` NULL writes a tombstone. */
static void batch_add(batch_builder_t *b, const wire_writer_t *key,
                      const wire_writer_t *value)
{
    wire_writer_t rec;

    wire__writer_init(&rec);
    wire__write_i8(&rec, 0);         /* attributes */
    wire__write_varlong(&rec, 0);    /* timestamp delta */
    wire__write_varint(&rec, b->count);
    wire__write_varint(&rec, (int32_t)key->buf.len);
    wire__write_raw(&rec, key->buf.data, key->buf.len);
    if (value) {
        wire__write_varint(&rec, (int32_t)value->buf.len);
        wire__write_raw(&rec, value->buf.data, value->buf.len);
    } else {
        wire__write_varint(&rec, -1);
    }
    wire__write_varint(&rec, 0);     /* headers */
    if (rec.err || key->err || (value && value->err))
        b->w.err = HERALD_ENOMEM;
    wire__write_varint(&b->w, (int32_t)rec.buf.len);
    wire__write_raw(&b->w, rec.buf.data, rec.buf.len);
    wire__writer_free(&rec);
    b->count++;
}

/* Fills in the batch header and appends the batch to the log. */
static int batch_flush(coord_t *c, batch_builder_t *b)
{
    uint8_t *p = b->w.buf.data;
    size_t len = b->w.buf.len;
    int64_t now = c->cfg.wall_ms(), base, append_time;
    int rc;

    if (b->count == 0 || b->w.err) {
        rc = b->w.err ? HERALD_ENOMEM : 0;
        wire__writer_free(&b->w);
        batch_init(b);
        return rc;
    }
    be__put_u64(p + 0, 0);
    be__put_u32(p + 8, (uint32_t)(len - BATCH_LOG_OVERHEAD));
    be__put_u32(p + 12, 0);                       /* leader epoch */
    p[16] = 2;                                    /* magic */
    p[21] = p[22] = 0;                            /* attributes */
    be__put_u32(p + 23, (uint32_t)(b->count - 1));
    be__put_u64(p + 27, (uint64_t)now);
    be__put_u64(p + 35, (uint64_t)now);
    be__put_u64(p + 43, UINT64_MAX);              /* producer id -1 */
    p[51] = p[52] = 0xff;                         /* producer epoch -1 */
    be__put_u32(p + 53, UINT32_MAX);              /* base sequence -1 */
    be__put_u32(p + 57, (uint32_t)b->count);
    be__put_u32(p + BATCH_OFF_CRC,
                crc32c__compute(p + BATCH_CRC_START, len - BATCH_CRC_START));
    rc = plog__append(c->log, p, len, &base, &append_time);
    if (rc == 0) {
        c->bytes_since_snapshot += (int64_t)len;
        if (c->cfg.log_written)
            c->cfg.log_written(c->cfg.ctx);
    }
    wire__writer_free(&b->w);
    batch_init(b);
    return rc;
}

static void offset_key(wire_writer_t *w, const char *group, const char *topic,
                       int32_t partition)
{
    wire__write_i16(w, KEY_OFFSET);
    put_str(w, group);
    put_str(w, topic);
    wire__write_i32(w, partition);
}

static void offset_value(wire_writer_t *w, const group_offset_t *o)
{
    wire__write_i16(w, VALUE_VERSION);
    wire__write_i64(w, o->offset);
    wire__write_i32(w, o->leader_epoch);
    put_str(w, o->metadata ? o->metadata : "");
    wire__write_i64(w, o->commit_ms);
    wire__write_i64(w, o->expire_ms);
    wire__write_raw(w, o->topic_id, 16);
}

static void group_value(wire_writer_t *w, const group_t *g)
{
    wire__write_i16(w, VALUE_VERSION);
    put_str(w, g->protocol_type);
    wire__write_i32(w, g->generation);
    put_str(w, g->protocol_name);
    put_str(w, g->leader_id);
    wire__write_i64(w, g->state_since_ms);
    wire__write_i32(w, g->member_count);
    for (const group_member_t *m = g->members; m; m = m->next) {
        put_str(w, m->member_id);
        put_str(w, m->instance_id);
        put_str(w, m->client_id);
        put_str(w, m->client_host);
        wire__write_i32(w, m->rebalance_timeout_ms);
        wire__write_i32(w, m->session_timeout_ms);
        wire__write_i32(w, m->protocol_count);
        for (int i = 0; i < m->protocol_count; i++) {
            put_str(w, m->protocols[i].name);
            wire__write_bytes(w, m->protocols[i].metadata,
                              m->protocols[i].metadata_len);
        }
        wire__write_bytes(w, m->assignment, m->assignment_len);
    }
}

static void add_group_record(batch_builder_t *b, const group_t *g,
                             int tombstone)
{
    wire_writer_t key, value;

    wire__writer_init(&key);
    wire__writer_init(&value);
    wire__write_i16(&key, KEY_GROUP);
    put_str(&key, g->id);
    if (!tombstone)
        group_value(&value, g);
    batch_add(b, &key, tombstone ? NULL : &value);
    wire__writer_free(&key);
    wire__writer_free(&value);
}

static void add_offset_record(batch_builder_t *b, const char *group_id,
                              const group_offset_t *o, int tombstone)
{
    wire_writer_t key, value;

    wire__writer_init(&key);
    wire__writer_init(&value);
    offset_key(&key, group_id, o->topic, o->partition);
    if (!tombstone)
        offset_value(&value, o);
    batch_add(b, &key, tombstone ? NULL : &value);
    wire__writer_free(&key);
    wire__writer_free(&value);
}

int group_log__write_group(coord_t *c, group_t *g)
{
    batch_builder_t b;

    int rc;

    batch_init(&b);
    add_group_record(&b, g, 0);
    rc = batch_flush(c, &b);
    wire__writer_free(&b.w);
    return rc;
}

int group_log__write_group_tombstone(coord_t *c, const char *group_id)
{
    batch_builder_t b;
    group_t tmp;
    int rc;

    memset(&tmp, 0, sizeof(tmp));
    tmp.id = (char *)group_id;
    batch_init(&b);
    add_group_record(&b, &tmp, 1);
    rc = batch_flush(c, &b);
    wire__writer_free(&b.w);
    return rc;
}

static int write_offset_records(coord_t *c, const char *group_id,
                                const group_offset_t *const *offsets,
                                int count, int tombstone)
{
    batch_builder_t b;
    int rc;

    /* One batch, so that one OffsetCommit is stored whole or not at all. */
    batch_init(&b);
    for (int i = 0; i < count; i++)
        add_offset_record(&b, group_id, offsets[i], tombstone);
    rc = batch_flush(c, &b);
    wire__writer_free(&b.w);
    return rc;
}

int group_log__write_offsets(coord_t *c, const char *group_id,
                             const group_offset_t *const *offsets, int count)
{
    return write_offset_records(c, group_id, offsets, count, 0);
}

int group_log__write_offset_tombstones(coord_t *c, const char *group_id,
                                       const group_offset_t *const *offsets,
                                       int count)
{
    return write_offset_records(c, group_id, offsets, count, 1);
}

/* --- replay -------------------------------------------------------------- */

static char *read_cstr(wire_reader_t *r)
{
    int32_t len;
    const uint8_t *p = wire__read_string(r, &len);
    kmsg_str_t s = {(const char *)p, len};

    if (r->err || p == NULL)
        return NULL;
    return group__strdup(s);
}

/* Reads a nullable string: 0 with *out NULL for null, -1 when malformed. */
static int read_opt_cstr(wire_reader_t *r, char **out)
{
    int32_t len;
    const uint8_t *p = wire__read_string(r, &len);
    kmsg_str_t s = {(const char *)p, len};

    *out = NULL;
    if (r->err)
        return -1;
    if (p == NULL)
        return 0;
    *out = group__strdup(s);
    return *out ? 0 : -1;
}

static int read_blob(wire_reader_t *r, uint8_t **out, int32_t *len)
{
    const uint8_t *p = wire__read_bytes(r, len);

    *out = NULL;
    if (r->err)
        return -1;
    if (*len < 0)
        *len = 0;
    *out = malloc((size_t)*len + 1);
    if (*out == NULL)
        return -1;
    if (*len > 0)
        memcpy(*out, p, (size_t)*len);
    return 0;
}

static group_member_t *read_member(coord_t *c, wire_reader_t *r, group_t *g)
{
    group_member_t *m = calloc(1, sizeof(*m));
    int32_t n;

    if (m == NULL)
        return NULL;
    m->group = g;
    m->member_id = read_cstr(r);
    if (read_opt_cstr(r, &m->instance_id) != 0)
        goto fail;
    m->client_id = read_cstr(r);
    m->client_host = read_cstr(r);
    m->rebalance_timeout_ms = wire__read_i32(r);
    m->session_timeout_ms = wire__read_i32(r);
    n = wire__read_array_len(r, 6);
    if (r->err || n < 0 || !m->member_id || !m->client_id || !m->client_host)
        goto fail;
    m->protocols = calloc((size_t)n + 1, sizeof(*m->protocols));
    if (m->protocols == NULL)
        goto fail;
    for (int32_t i = 0; i < n; i++) {
        m->protocol_count = i + 1;
        m->protocols[i].name = read_cstr(r);
        if (m->protocols[i].name == NULL ||
            read_blob(r, &m->protocols[i].metadata,
                      &m->protocols[i].metadata_len) != 0)
            goto fail;
    }
    if (read_blob(r, &m->assignment, &m->assignment_len) != 0)
        goto fail;
    m->deadline_ms = c->cfg.mono_ms() + m->session_timeout_ms;
    return m;
fail:
    membership__free_member(m);
    return NULL;
}

/* Replaces a group's metadata with a stored record. A group with members
 * comes back Stable, so its consumers carry on with their generation. */
static int load_group(coord_t *c, const char *id, wire_reader_t *r)
{
    group_t *g;
    char *type = NULL, *name = NULL, *leader = NULL;
    group_member_t *members = NULL, **tail = &members;
    int32_t generation, count;
    int64_t since;
    int rc = HERALD_ECORRUPT;

    if (wire__read_i16(r) != VALUE_VERSION || read_opt_cstr(r, &type) != 0)
        goto fail;
    generation = wire__read_i32(r);
    if (read_opt_cstr(r, &name) != 0 || read_opt_cstr(r, &leader) != 0)
        goto fail;
    since = wire__read_i64(r);
    count = wire__read_array_len(r, 16);
    if (r->err || count < 0)
        goto fail;
    for (int32_t i = 0; i < count; i++) {
        *tail = read_member(c, r, NULL);
        if (*tail == NULL)
            goto fail;
        tail = &(*tail)->next;
    }
    g = coord__get_or_create(c, id);
    if (g == NULL) {
        rc = HERALD_ENOMEM;
        goto fail;
    }
    while (g->members) {
        group_member_t *m = g->members;
        g->members = m->next;
        membership__free_member(m);
    }
    free(g->protocol_type);
    free(g->protocol_name);
    free(g->leader_id);
    g->protocol_type = type;
    g->protocol_name = name;
    g->leader_id = leader;
    g->generation = generation;
    g->members = members;
    g->member_count = count;
    for (group_member_t *m = members; m; m = m->next)
        m->group = g;
    g->state = count > 0 ? GROUP_STABLE : GROUP_EMPTY;
    g->state_since_ms = since;
    return 0;
fail:
    while (members) {
        group_member_t *m = members;
        members = m->next;
        membership__free_member(m);
    }
    free(type);
    free(name);
    free(leader);
    return rc;
}

static int load_offset(coord_t *c, const char *id, const char *topic,
                       int32_t partition, wire_reader_t *r)
{
    group_offset_t o;
    const uint8_t *tid;
    group_t *g;
    int rc;

    memset(&o, 0, sizeof(o));
    if (wire__read_i16(r) != VALUE_VERSION)
        return HERALD_ECORRUPT;
    o.topic = (char *)topic;
    o.partition = partition;
    o.offset = wire__read_i64(r);
    o.leader_epoch = wire__read_i32(r);
    o.metadata = read_cstr(r);
    o.commit_ms = wire__read_i64(r);
    o.expire_ms = wire__read_i64(r);
    tid = wire__read_raw(r, 16);
    if (r->err || o.metadata == NULL) {
        free(o.metadata);
        return HERALD_ECORRUPT;
    }
    memcpy(o.topic_id, tid, 16);
    g = coord__get_or_create(c, id);
    rc = g ? offsets__put(g->offsets, &o) : HERALD_ENOMEM;
    free(o.metadata);
    return rc;
}

static int apply_record(coord_t *c, wire_reader_t *key, const uint8_t *value,
                        int32_t value_len)
{
    wire_reader_t v;
    int16_t version = wire__read_i16(key);
    char *group = read_cstr(key), *topic = NULL;
    int32_t partition = 0;
    group_t *g;
    int rc = 0;

    if (key->err || group == NULL) {
        free(group);
        return version == KEY_OFFSET || version == KEY_GROUP
                   ? HERALD_ECORRUPT
                   : 0;
    }
    wire__reader_init(&v, value, value_len > 0 ? (size_t)value_len : 0);
    g = coord__find(c, group);
    if (version == KEY_OFFSET) {
        topic = read_cstr(key);
        partition = wire__read_i32(key);
        if (key->err || topic == NULL)
            rc = HERALD_ECORRUPT;
        else if (value == NULL && g)
            offsets__remove(g->offsets, topic, partition);
        else if (value)
            rc = load_offset(c, group, topic, partition, &v);
    } else if (version == KEY_GROUP) {
        if (value == NULL && g)
            coord__remove_group(c, g);
        else if (value)
            rc = load_group(c, group, &v);
    }
    free(group);
    free(topic);
    return rc;
}

/* Applies every record of one batch. Returns 0 or HERALD_ECORRUPT. */
static int apply_batch(coord_t *c, const uint8_t *p, const batch_header_t *h,
                       int64_t *records)
{
    wire_reader_t r;

    if ((h->attributes & BATCH_ATTR_COMPRESSION) != 0 ||
        batch__check_crc(p, h) != 0)
        return HERALD_ECORRUPT;
    wire__reader_init(&r, p + BATCH_HEADER_BYTES,
                      (size_t)batch__size(h) - BATCH_HEADER_BYTES);
    for (int32_t i = 0; i < h->record_count; i++) {
        int32_t len = wire__read_varint(&r), klen, vlen;
        const uint8_t *key, *value = NULL;
        wire_reader_t kr;

        (void)wire__read_i8(&r);
        (void)wire__read_varlong(&r);
        (void)wire__read_varint(&r);
        klen = wire__read_varint(&r);
        key = wire__read_raw(&r, klen > 0 ? (size_t)klen : 0);
        vlen = wire__read_varint(&r);
        if (vlen >= 0)
            value = wire__read_raw(&r, (size_t)vlen);
        for (int32_t n = wire__read_varint(&r); n > 0 && !r.err; n--) {
            int32_t hk = wire__read_varint(&r), hv;
            (void)wire__read_raw(&r, hk > 0 ? (size_t)hk : 0);
            hv = wire__read_varint(&r);
            (void)wire__read_raw(&r, hv > 0 ? (size_t)hv : 0);
        }
        if (r.err || len <= 0 || klen <= 0 || (vlen >= 0 && value == NULL))
            return HERALD_ECORRUPT;
        wire__reader_init(&kr, key, (size_t)klen);
        if (apply_record(c, &kr, value, vlen) != 0)
            return HERALD_ECORRUPT;
        (*records)++;
    }
    return 0;
}

static int read_fully(int fd, uint8_t *out, size_t len, int64_t pos)
{
    size_t done = 0;

    while (done < len) {
        ssize_t n = pread(fd, out + done, len - done, (off_t)pos +
                                                         (off_t)done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return HERALD_EIO;
        done += (size_t)n;
    }
    return 0;
}

/* Applies the batches in one read chunk, moving *offset past them. */
static int apply_chunk(coord_t *c, const uint8_t *data, size_t len,
                       int64_t *offset, int64_t *records)
{
    size_t pos = 0;

    while (pos + BATCH_HEADER_BYTES <= len) {
        batch_header_t h;
        int rc;

        batch__parse(data + pos, &h);
        if (batch__check_header(&h, GROUP_LOG_MAX_BATCH) != 0)
            return HERALD_ECORRUPT;
        if (pos + (size_t)batch__size(&h) > len)
            break;
        if (batch__last_offset(&h) >= *offset) {
            rc = apply_batch(c, data + pos, &h, records);
            if (rc != 0)
                return rc;
            *offset = batch__last_offset(&h) + 1;
        }
        pos += (size_t)batch__size(&h);
    }
    return 0;
}

static int replay(coord_t *c, int64_t *records)
{
    int64_t offset = plog__log_start_offset(c->log);
    int64_t end = plog__log_end_offset(c->log);
    int rc = 0;

    while (offset < end && rc == 0) {
        plog_slice_t s;
        uint8_t *data;
        int64_t before = offset;

        rc = plog__read(c->log, offset, READ_CHUNK, &s);
        if (rc != 0)
            break;
        if (s.len <= 0) {
            plog__slice_release(s.segment);
            rc = HERALD_ECORRUPT;
            break;
        }
        data = malloc((size_t)s.len);
        rc = data ? read_fully(s.fd, data, (size_t)s.len, s.position)
                  : HERALD_ENOMEM;
        plog__slice_release(s.segment);
        if (rc == 0)
            rc = apply_chunk(c, data, (size_t)s.len, &offset, records);
        free(data);
        if (rc == 0 && offset == before)
            rc = HERALD_ECORRUPT; /* no whole batch in the chunk */
    }
    return rc;
}

int group_log__open(coord_t *c)
{
    char dir[4200];
    plog_open_stats_t stats;
    int64_t records = 0, start = clock__mono_us();
    int rc;

    snprintf(dir, sizeof(dir), "%s/%s", c->cfg.data_dir, LOG_DIR_NAME);
    plog__config_defaults(&c->log_cfg);
    c->log_cfg.segment_bytes = 64 * 1024 * 1024;
    c->log_cfg.segment_ms = INT64_MAX / 4;
    c->log_cfg.retention_ms = -1;
    c->log_cfg.retention_bytes = -1;
    c->log_cfg.max_message_bytes = GROUP_LOG_MAX_BATCH;
    rc = plog__open(dir, &c->log_cfg, c->cfg.clean, &c->log, &stats);
    if (rc != 0) {
        LOG_ERROR("group", "cannot open group log", "dir=%s err=%s", dir,
                  herald_err_name(rc));
        return rc;
    }
    rc = replay(c, &records);
    if (rc != 0) {
        LOG_ERROR("group", "cannot replay group log", "dir=%s err=%s", dir,
                  herald_err_name(rc));
        return rc;
    }
    c->bytes_since_snapshot = plog__size_bytes(c->log);
    LOG_INFO("group", "group log loaded", "dir=%s groups=%zu records=%lld "
             "bytes=%lld load_ms=%.1f", dir, c->count, (long long)records,
             (long long)plog__size_bytes(c->log),
             (double)(clock__mono_us() - start) / 1000.0);
    return 0;
}

void group_log__close(coord_t *c, int clean)
{
    if (c->log)
        plog__close(c->log, clean);
    c->log = NULL;
}

/* --- snapshots ----------------------------------------------------------- */

static int write_state(coord_t *c, group_t *g)
{
    batch_builder_t b;
    group_offset_t **list = NULL;
    size_t n = 0;
    int rc;

    batch_init(&b);
    if (g->protocol_type || g->generation > 0)
        add_group_record(&b, g, 0);
    rc = offsets__list(g->offsets, &list, &n);
    for (size_t i = 0; rc == 0 && i < n; i++) {
        add_offset_record(&b, g->id, list[i], 0);
        if (b.count >= RECORDS_PER_BATCH)
            rc = batch_flush(c, &b);
    }
    if (rc == 0)
        rc = batch_flush(c, &b);
    wire__writer_free(&b.w);
    free(list);
    return rc;
}

static void write_snapshot(coord_t *c)
{
    plog_config_t roll = c->log_cfg;
    int64_t before, start = clock__mono_us();
    int rc;

    /* A segment older than segment_ms rolls on the next retention pass;
     * passing a time far ahead makes that happen now. */
    roll.segment_ms = 1;
    plog__set_config(c->log, &roll);
    rc = plog__enforce_retention(c->log, INT64_MAX / 4);
    plog__set_config(c->log, &c->log_cfg);
    c->bytes_since_snapshot = 0;
    if (rc < 0) {
        LOG_WARN("group", "cannot roll group log", "err=%s",
                 herald_err_name(rc));
        return;
    }
    before = plog__size_bytes(c->log);
    for (size_t i = 0; rc >= 0 && i < c->bucket_count; i++) {
        for (group_t *g = c->buckets[i]; g && rc >= 0; g = g->next)
            rc = write_state(c, g);
    }
    c->bytes_since_snapshot = 0;
    if (rc < 0) {
        LOG_WARN("group", "cannot write group log snapshot", "err=%s",
                 herald_err_name(rc));
        return;
    }
    c->last_snapshot_bytes = plog__size_bytes(c->log) - before;
    c->drop_pending = 1;
    c->drop_durable_offset = plog__log_end_offset(c->log);
    c->drop_bytes_before = before;
    LOG_INFO("group", "group log snapshot written", "groups=%zu bytes=%lld "
             "end_offset=%lld ms=%.1f", c->count,
             (long long)c->last_snapshot_bytes,
             (long long)c->drop_durable_offset,
             (double)(clock__mono_us() - start) / 1000.0);
}

/* Deletes the segments before the snapshot once it is on stable storage.
 * Size-based retention set to the bytes from the snapshot on removes
 * exactly the older segments. */
static void drop_old_segments(coord_t *c)
{
    plog_config_t keep = c->log_cfg;
    int n;

    /* NOTE: the durable offset moves only in the broker's sync rounds.
     * With herald.sync.interval.ms=-1 and no acks=all producer no round
     * runs, so old segments are not deleted and the log keeps growing. */
    if (plog__durable_offset(c->log) < c->drop_durable_offset)
        return;
    keep.retention_bytes = plog__size_bytes(c->log) - c->drop_bytes_before;
    if (keep.retention_bytes < 0)
        keep.retention_bytes = 0;
    plog__set_config(c->log, &keep);
    n = plog__enforce_retention(c->log, c->cfg.wall_ms());
    plog__set_config(c->log, &c->log_cfg);
    c->drop_pending = 0;
    if (n > 0)
        LOG_INFO("group", "old group log segments deleted", "segments=%d "
                 "log_start_offset=%lld bytes=%lld", n,
                 (long long)plog__log_start_offset(c->log),
                 (long long)plog__size_bytes(c->log));
}

void group_log__maintain(coord_t *c)
{
    int64_t threshold = c->cfg.log_roll_bytes;

    if (c->log == NULL)
        return;
    if (c->drop_pending) {
        drop_old_segments(c);
        return;
    }
    if (c->last_snapshot_bytes > threshold)
        threshold = c->last_snapshot_bytes;
    if (c->bytes_since_snapshot >= threshold)
        write_snapshot(c);
}

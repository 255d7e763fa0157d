/*
 * The topic registry. A topic's metadata file is the source of truth for its
 * existence: creation writes it (atomically) before any partition directory,
 * deletion removes it before any data, so a crash in between leaves either
 * a topic with empty partitions or an orphan partition directory. Creating a
 * topic removes orphan directories of the same name first.
 */
#include "topics.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "clock.h"
#include "files.h"
#include "herald/error.h"
#include "log.h"

#define CLEAN_MARKER ".herald_clean_shutdown"
#define LOCK_FILE ".lock"
#define TOPICS_DIR ".topics"
#define PRODUCER_ID_BLOCK 1000

const char *const topics__setting_names[] = {
    "cleanup.policy",    "retention.ms",    "retention.bytes",
    "segment.bytes",     "segment.ms",      "max.message.bytes",
    "index.interval.bytes", "message.timestamp.type", "compression.type",
    "min.insync.replicas", NULL,
};

static uint64_t hash_name(const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ull;

    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

int topics__valid_name(const char *name, size_t len)
{
    if (len == 0 || len > TOPIC_NAME_MAX)
        return 0;
    if ((len == 1 && name[0] == '.') ||
        (len == 2 && name[0] == '.' && name[1] == '.'))
        return 0;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))
            return 0;
    }
    return 1;
}

static int parse_long(const char *s, int64_t min, int64_t *out)
{
    char *end;
    long long v;

    errno = 0;
    v = strtoll(s, &end, 10);
    if (errno || end == s || *end != '\0' || v < min)
        return -1;
    *out = v;
    return 0;
}

typedef struct collision {
    const char *name;
    size_t len;
    topic_t *found;
} collision_t;

static void check_collision(topic_t *topic, void *arg)
{
    collision_t *c = arg;

    if (c->found || strlen(topic->name) != c->len)
        return;
    for (size_t i = 0; i < c->len; i++) {
        char a = topic->name[i], b = c->name[i];
        if (a == '_')
            a = '.';
        if (b == '_')
            b = '.';
        if (a != b)
            return;
    }
    c->found = topic;
}

topic_t *topics__colliding(topics_t *t, const char *name)
{
    collision_t c = {name, strlen(name), NULL};

    if (strpbrk(name, "._") == NULL)
        return NULL;
    topics__foreach(t, check_collision, &c);
    return c.found;
}

int topics__check_setting(const char *key, const char *value, char *err,
                          size_t err_size)
{
    int64_t v;

    if (strcmp(key, "cleanup.policy") == 0) {
        if (strcmp(value, "delete") == 0)
            return 0;
        snprintf(err, err_size, "cleanup.policy '%s' is not supported: "
                 "herald deletes old segments but does not compact", value);
        return -1;
    }
    if (strcmp(key, "message.timestamp.type") == 0) {
        if (strcmp(value, "CreateTime") == 0)
            return 0;
        snprintf(err, err_size, "message.timestamp.type '%s' is not "
                 "supported; only CreateTime is", value);
        return -1;
    }
    if (strcmp(key, "compression.type") == 0) {
        if (strcmp(value, "producer") == 0)
            return 0;
        snprintf(err, err_size, "compression.type '%s' is not supported: "
                 "batches are stored as the producer compressed them "
                 "(compression.type=producer)", value);
        return -1;
    }
    if (strcmp(key, "min.insync.replicas") == 0) {
        if (strcmp(value, "1") == 0)
            return 0;
        snprintf(err, err_size, "min.insync.replicas must be 1 on a single "
                 "broker, got '%s'", value);
        return -1;
    }
    if (strcmp(key, "retention.ms") == 0 ||
        strcmp(key, "retention.bytes") == 0) {
        if (parse_long(value, -1, &v) == 0)
            return 0;
    } else if (strcmp(key, "segment.bytes") == 0) {
        if (parse_long(value, 14, &v) == 0 && v <= INT32_MAX)
            return 0;
    } else if (strcmp(key, "segment.ms") == 0) {
        if (parse_long(value, 1, &v) == 0)
            return 0;
    } else if (strcmp(key, "max.message.bytes") == 0 ||
               strcmp(key, "index.interval.bytes") == 0) {
        if (parse_long(value, 0, &v) == 0 && v <= INT32_MAX)
            return 0;
    } else {
        snprintf(err, err_size, "unknown topic setting '%s'", key);
        return -1;
    }
    snprintf(err, err_size, "invalid value '%s' for %s", value, key);
    return -1;
}

static void apply_settings(topics_t *t, topic_t *topic)
{
    plog_config_t *c = &topic->log_config;

    *c = t->cfg->log;
    for (int i = 0; i < topic->setting_count; i++) {
        const char *k = topic->settings[i].key;
        int64_t v;

        if (parse_long(topic->settings[i].value, -1, &v) != 0)
            continue;
        if (strcmp(k, "retention.ms") == 0)
            c->retention_ms = v;
        else if (strcmp(k, "retention.bytes") == 0)
            c->retention_bytes = v;
        else if (strcmp(k, "segment.bytes") == 0)
            c->segment_bytes = v;
        else if (strcmp(k, "segment.ms") == 0)
            c->segment_ms = v;
        else if (strcmp(k, "max.message.bytes") == 0)
            c->max_message_bytes = (int32_t)v;
        else if (strcmp(k, "index.interval.bytes") == 0)
            c->index_interval_bytes = (int32_t)v;
    }
}

const char *topics__setting_value(const topic_t *topic, const char *key,
                                  char *buf, size_t size, int *is_default)
{
    const plog_config_t *c = &topic->log_config;
    int64_t v;

    *is_default = 1;
    for (int i = 0; i < topic->setting_count; i++) {
        if (strcmp(topic->settings[i].key, key) == 0) {
            *is_default = 0;
            snprintf(buf, size, "%s", topic->settings[i].value);
            return buf;
        }
    }
    if (strcmp(key, "cleanup.policy") == 0)
        return "delete";
    if (strcmp(key, "message.timestamp.type") == 0)
        return "CreateTime";
    if (strcmp(key, "compression.type") == 0)
        return "producer";
    if (strcmp(key, "min.insync.replicas") == 0)
        return "1";
    if (strcmp(key, "retention.ms") == 0)
        v = c->retention_ms;
    else if (strcmp(key, "retention.bytes") == 0)
        v = c->retention_bytes;
    else if (strcmp(key, "segment.bytes") == 0)
        v = c->segment_bytes;
    else if (strcmp(key, "segment.ms") == 0)
        v = c->segment_ms;
    else if (strcmp(key, "max.message.bytes") == 0)
        v = c->max_message_bytes;
    else if (strcmp(key, "index.interval.bytes") == 0)
        v = c->index_interval_bytes;
    else
        return NULL;
    snprintf(buf, size, "%lld", (long long)v);
    return buf;
}

/* --- paths and files ----------------------------------------------------- */

static void partition_dir(const topics_t *t, const char *topic, int32_t index,
                          char *out, size_t size)
{
    snprintf(out, size, "%s/%s-%d", t->cfg->data_dir, topic, index);
}

static void topic_file(const topics_t *t, const char *topic, char *out,
                       size_t size)
{
    /* The file is named by the topic alone: a 249-character name plus any
     * extension would pass the 255-byte file name limit. */
    snprintf(out, size, "%s/%s/%s", t->cfg->data_dir, TOPICS_DIR, topic);
}

static void hex_encode(const uint8_t *in, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";

    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[in[i] >> 4];
        out[2 * i + 1] = digits[in[i] & 15];
    }
    out[2 * n] = '\0';
}

static int hex_decode(const char *s, uint8_t *out, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int v = 0;
        for (int k = 0; k < 2; k++) {
            char c = s[2 * i + k];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= c - '0';
            else if (c >= 'a' && c <= 'f')
                v |= c - 'a' + 10;
            else
                return -1;
        }
        out[i] = (uint8_t)v;
    }
    return s[2 * n] == '\0' ? 0 : -1;
}

static int write_topic_file(topics_t *t, const topic_t *topic)
{
    char path[4400];
    char text[8192];
    char id[33];
    size_t n;

    hex_encode(topic->id, 16, id);
    n = (size_t)snprintf(text, sizeof(text),
                         "# herald topic metadata; written atomically\n"
                         "name=%s\nid=%s\npartitions=%d\n",
                         topic->name, id, topic->partition_count);
    for (int i = 0; i < topic->setting_count && n < sizeof(text); i++)
        n += (size_t)snprintf(text + n, sizeof(text) - n, "config.%s=%s\n",
                              topic->settings[i].key,
                              topic->settings[i].value);
    if (n >= sizeof(text))
        return HERALD_EINVAL;
    topic_file(t, topic->name, path, sizeof(path));
    if (files__write_atomic(path, text, n) != 0) {
        LOG_ERROR("storage", "cannot write topic metadata",
                  "topic=%s path=%s err=\"%s\"", topic->name, path,
                  strerror(errno));
        return errno == ENOSPC ? HERALD_ENOSPC : HERALD_EIO;
    }
    return HERALD_OK;
}

/* --- the hash table ------------------------------------------------------ */

static void insert_topic(topics_t *t, topic_t *topic)
{
    size_t slot;

    if (t->count + 1 > t->bucket_count) {
        size_t n = t->bucket_count ? t->bucket_count * 2 : 64;
        topic_t **b = calloc(n, sizeof(*b));
        if (b != NULL) {
            for (size_t i = 0; i < t->bucket_count; i++) {
                topic_t *e = t->buckets[i];
                while (e) {
                    topic_t *next = e->next;
                    size_t s = hash_name(e->name, strlen(e->name)) % n;
                    e->next = b[s];
                    b[s] = e;
                    e = next;
                }
            }
            free(t->buckets);
            t->buckets = b;
            t->bucket_count = n;
        }
    }
    slot = hash_name(topic->name, strlen(topic->name)) % t->bucket_count;
    topic->next = t->buckets[slot];
    t->buckets[slot] = topic;
    t->count++;
}

static void remove_topic(topics_t *t, topic_t *topic)
{
    size_t slot = hash_name(topic->name, strlen(topic->name)) %
                  t->bucket_count;
    topic_t **pp = &t->buckets[slot];

    while (*pp && *pp != topic)
        pp = &(*pp)->next;
    if (*pp) {
        *pp = topic->next;
        t->count--;
    }
}

topic_t *topics__find(topics_t *t, const char *name, size_t len)
{
    topic_t *e;

    if (t->bucket_count == 0)
        return NULL;
    e = t->buckets[hash_name(name, len) % t->bucket_count];
    for (; e; e = e->next) {
        if (strlen(e->name) == len && memcmp(e->name, name, len) == 0)
            return e;
    }
    return NULL;
}

partition_t *topics__partition(topics_t *t, const char *name, size_t len,
                               int32_t index)
{
    topic_t *topic = topics__find(t, name, len);

    if (topic == NULL || index < 0 || index >= topic->partition_count)
        return NULL;
    return topic->partitions[index];
}

void topics__foreach(topics_t *t, void (*fn)(topic_t *topic, void *arg),
                     void *arg)
{
    for (size_t i = 0; i < t->bucket_count; i++) {
        topic_t *e = t->buckets[i];
        while (e) {
            topic_t *next = e->next; /* fn may free e (topics__close) */
            fn(e, arg);
            e = next;
        }
    }
}

/* --- partitions ---------------------------------------------------------- */

static int open_partition(topics_t *t, topic_t *topic, int32_t index,
                          int clean, topics_open_stats_t *stats)
{
    char dir[4400];
    partition_t *p = calloc(1, sizeof(*p));
    plog_open_stats_t ps;
    int rc;

    if (p == NULL)
        return HERALD_ENOMEM;
    memset(&ps, 0, sizeof(ps));
    partition_dir(t, topic->name, index, dir, sizeof(dir));
    rc = plog__open(dir, &topic->log_config, clean, &p->log, &ps);
    if (rc != 0) {
        LOG_ERROR("storage", "cannot open partition log",
                  "topic=%s partition=%d dir=%s err=%s", topic->name, index,
                  dir, herald_err_name(rc));
        free(p);
        return rc;
    }
    p->topic = topic;
    p->index = index;
    topic->partitions[index] = p;
    if (stats) {
        stats->partitions++;
        stats->bytes_scanned += ps.bytes_scanned;
        stats->bytes_truncated += ps.bytes_truncated;
    }
    return 0;
}

static void free_topic(topic_t *topic, int clean)
{
    for (int32_t i = 0; i < topic->partition_count; i++) {
        if (topic->partitions[i]) {
            plog__close(topic->partitions[i]->log, clean);
            free(topic->partitions[i]);
        }
    }
    free(topic->partitions);
    free(topic);
}

/* --- loading ------------------------------------------------------------- */

static int parse_topic_file(topics_t *t, const char *path, topic_t **out)
{
    topic_t *topic = calloc(1, sizeof(*topic));
    char *text = NULL;
    char *line, *save = NULL;
    int64_t parts = -1;
    int have_id = 0;
    int rc;

    if (topic == NULL)
        return HERALD_ENOMEM;
    rc = files__read_all(path, 1 << 20, &text, NULL);
    if (rc != 0) {
        free(topic);
        return HERALD_EIO;
    }
    for (line = strtok_r(text, "\n", &save); line;
         line = strtok_r(NULL, "\n", &save)) {
        char *eq = strchr(line, '=');
        if (line[0] == '#' || eq == NULL)
            continue;
        *eq = '\0';
        const char *k = line, *v = eq + 1;
        if (strcmp(k, "name") == 0) {
            snprintf(topic->name, sizeof(topic->name), "%s", v);
        } else if (strcmp(k, "id") == 0) {
            have_id = hex_decode(v, topic->id, 16) == 0;
        } else if (strcmp(k, "partitions") == 0) {
            if (parse_long(v, 1, &parts) != 0)
                parts = -1;
        } else if (strncmp(k, "config.", 7) == 0 &&
                   topic->setting_count < TOPIC_SETTINGS_MAX) {
            topic_setting_t *s = &topic->settings[topic->setting_count++];
            snprintf(s->key, sizeof(s->key), "%s", k + 7);
            snprintf(s->value, sizeof(s->value), "%s", v);
        }
    }
    free(text);
    if (!topics__valid_name(topic->name, strlen(topic->name)) || parts < 1 ||
        parts > 1000000 || !have_id) {
        free(topic);
        return HERALD_ECORRUPT;
    }
    topic->partition_count = (int32_t)parts;
    apply_settings(t, topic);
    *out = topic;
    return 0;
}

static int load_topics(topics_t *t, topics_open_stats_t *stats)
{
    char dir[4400];
    DIR *d;
    struct dirent *e;
    int rc = 0;

    snprintf(dir, sizeof(dir), "%s/%s", t->cfg->data_dir, TOPICS_DIR);
    d = opendir(dir);
    if (d == NULL)
        return errno == ENOENT ? 0 : HERALD_EIO;
    while ((e = readdir(d)) != NULL) {
        char path[4700];
        size_t n = strlen(e->d_name);
        topic_t *topic = NULL;

        /* Temporary files end in '~', which no topic name contains. */
        if (!topics__valid_name(e->d_name, n))
            continue;
        snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
        rc = parse_topic_file(t, path, &topic);
        if (rc != 0) {
            LOG_ERROR("storage", "invalid topic metadata", "path=%s err=%s",
                      path, herald_err_name(rc));
            break;
        }
        topic->partitions = calloc((size_t)topic->partition_count,
                                   sizeof(partition_t *));
        if (topic->partitions == NULL) {
            free(topic);
            rc = HERALD_ENOMEM;
            break;
        }
        for (int32_t i = 0; i < topic->partition_count && rc == 0; i++)
            rc = open_partition(t, topic, i, t->clean_start, stats);
        if (rc != 0) {
            free_topic(topic, 0);
            break;
        }
        insert_topic(t, topic);
        stats->topics++;
    }
    closedir(d);
    return rc;
}

/* --- meta.properties: cluster id and producer id blocks ------------------ */

static int write_meta(topics_t *t)
{
    char path[4400];
    char text[512];
    int n;

    snprintf(path, sizeof(path), "%s/meta.properties", t->cfg->data_dir);
    n = snprintf(text, sizeof(text),
                 "# herald broker metadata; written atomically\n"
                 "version=1\ncluster.id=%s\nnode.id=%d\n"
                 "producer.id.block.end=%lld\n",
                 t->cluster_id, t->cfg->node_id,
                 (long long)t->producer_id_block_end);
    return files__write_atomic(path, text, (size_t)n) == 0 ? 0 : HERALD_EIO;
}

static void new_cluster_id(char *out)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop"
                                   "qrstuvwxyz0123456789-_";
    uint8_t raw[22];

    if (getrandom(raw, sizeof(raw), 0) != (ssize_t)sizeof(raw)) {
        uint64_t seed = (uint64_t)clock__mono_us() ^ (uint64_t)getpid();
        for (size_t i = 0; i < sizeof(raw); i++) {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            raw[i] = (uint8_t)(seed >> 56);
        }
    }
    for (size_t i = 0; i < sizeof(raw); i++)
        out[i] = alphabet[raw[i] & 63];
    out[22] = '\0';
}

static int load_meta(topics_t *t)
{
    char path[4400];
    char *text = NULL;
    char *line, *save = NULL;

    snprintf(path, sizeof(path), "%s/meta.properties", t->cfg->data_dir);
    if (files__read_all(path, 65536, &text, NULL) != 0) {
        new_cluster_id(t->cluster_id);
        t->producer_id_block_end = 0;
        t->next_producer_id = 0;
        return write_meta(t);
    }
    for (line = strtok_r(text, "\n", &save); line;
         line = strtok_r(NULL, "\n", &save)) {
        char *eq = strchr(line, '=');
        int64_t v;
        if (line[0] == '#' || eq == NULL)
            continue;
        *eq = '\0';
        if (strcmp(line, "cluster.id") == 0)
            snprintf(t->cluster_id, sizeof(t->cluster_id), "%s", eq + 1);
        else if (strcmp(line, "producer.id.block.end") == 0 &&
                 parse_long(eq + 1, 0, &v) == 0)
            t->producer_id_block_end = v;
    }
    free(text);
    if (t->cluster_id[0] == '\0')
        new_cluster_id(t->cluster_id);
    /* Ids up to the recorded block end may have been handed out. */
    t->next_producer_id = t->producer_id_block_end;
    return 0;
}

int topics__next_producer_id(topics_t *t, int64_t *id)
{
    if (t->next_producer_id >= t->producer_id_block_end) {
        int64_t saved = t->producer_id_block_end;
        t->producer_id_block_end = t->next_producer_id + PRODUCER_ID_BLOCK;
        if (write_meta(t) != 0) {
            t->producer_id_block_end = saved;
            return HERALD_EIO;
        }
    }
    *id = t->next_producer_id++;
    return 0;
}

/* --- open and close ------------------------------------------------------ */

/* Tells whether `dir` is absent or empty. Nothing was written to such a
 * data directory, so it needs no recovery. */
static int dir_is_new(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int empty = 1;

    if (d == NULL)
        return errno == ENOENT;
    while (empty && (e = readdir(d)) != NULL)
        empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
    closedir(d);
    return empty;
}

/* Takes an exclusive lock on the data directory. Two brokers on one
 * directory would each append at offsets the other does not know of and
 * overwrite each other's records. The flock is on the directory itself,
 * so deleting a file cannot undo it, and it goes with the process, so a
 * kill -9 releases it. .lock holds the pid of the holder for the message,
 * as Kafka's .lock file does. Returns 0, HERALD_EAGAIN (held by another
 * process) or HERALD_EIO. */
static int lock_data_dir(topics_t *t)
{
    char path[4400];
    char pid[32];
    int n, fd;

    snprintf(path, sizeof(path), "%s/%s", t->cfg->data_dir, LOCK_FILE);
    t->lock_fd = open(t->cfg->data_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (t->lock_fd < 0 || flock(t->lock_fd, LOCK_EX | LOCK_NB) != 0) {
        int err = errno;
        char *holder = NULL;
        size_t len;

        if (t->lock_fd >= 0 && err == EWOULDBLOCK) {
            if (files__read_all(path, sizeof(pid), &holder, &len) == 0)
                holder[strcspn(holder, "\n")] = '\0';
            LOG_ERROR("storage", "data directory is in use by another "
                      "broker", "dir=%s holder_pid=%s "
                      "hint=\"stop that broker or choose another --data\"",
                      t->cfg->data_dir,
                      holder != NULL && holder[0] ? holder : "unknown");
            free(holder);
        } else {
            LOG_ERROR("storage", "cannot lock the data directory",
                      "dir=%s err=\"%s\"", t->cfg->data_dir, strerror(err));
        }
        if (t->lock_fd >= 0)
            close(t->lock_fd);
        t->lock_fd = -1;
        return err == EWOULDBLOCK ? HERALD_EAGAIN : HERALD_EIO;
    }

    /* The pid goes in before the old one is cut off, so a reader sees one
     * whole pid up to the first newline. A failure loses only the pid. */
    n = snprintf(pid, sizeof(pid), "%ld\n", (long)getpid());
    fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0 || pwrite(fd, pid, (size_t)n, 0) != n ||
        ftruncate(fd, n) != 0)
        LOG_WARN("storage", "cannot write the broker pid", "path=%s "
                 "err=\"%s\"", path, strerror(errno));
    if (fd >= 0)
        close(fd);
    return 0;
}

int topics__open(topics_t *t, const broker_config_t *cfg,
                 topics_open_stats_t *stats)
{
    char path[4400];
    int64_t start = clock__mono_us();
    int fresh, marker;
    int rc;

    memset(t, 0, sizeof(*t));
    memset(stats, 0, sizeof(*stats));
    t->cfg = cfg;
    t->lock_fd = -1;
    fresh = dir_is_new(cfg->data_dir);
    snprintf(path, sizeof(path), "%s/%s", cfg->data_dir, TOPICS_DIR);
    rc = files__mkdirs(path);
    if (rc != 0) {
        LOG_ERROR("storage", "cannot create data directory", "dir=%s "
                  "err=\"%s\"", cfg->data_dir, strerror(-rc));
        return HERALD_EIO;
    }
    rc = lock_data_dir(t);
    if (rc != 0)
        return rc;
    rc = load_meta(t);
    if (rc != 0) {
        LOG_ERROR("storage", "cannot write meta.properties", "dir=%s",
                  cfg->data_dir);
        return rc;
    }

    /* The marker is removed before serving, so that a crash from here on is
     * seen as unclean by the next start. */
    snprintf(path, sizeof(path), "%s/%s", cfg->data_dir, CLEAN_MARKER);
    marker = access(path, F_OK) == 0;
    t->clean_start = fresh || marker;
    stats->clean = t->clean_start;
    rc = load_topics(t, stats);
    if (rc != 0)
        return rc;
    if (marker) {
        unlink(path);
        files__sync_dir(cfg->data_dir);
    }
    stats->duration_us = clock__mono_us() - start;
    return 0;
}

static void free_one(topic_t *topic, void *arg)
{
    free_topic(topic, *(int *)arg);
}

void topics__close(topics_t *t, int clean)
{
    char path[4400];

    topics__foreach(t, free_one, &clean);
    free(t->buckets);
    t->buckets = NULL;
    t->bucket_count = 0;
    t->count = 0;
    if (clean) {
        snprintf(path, sizeof(path), "%s/%s", t->cfg->data_dir, CLEAN_MARKER);
        if (files__write_atomic(path, "", 0) != 0)
            LOG_WARN("storage", "cannot write clean-shutdown marker",
                     "path=%s err=\"%s\"", path, strerror(errno));
    }
    /* Released last, so that no other broker opens the directory before
     * the marker is written. */
    if (t->lock_fd >= 0) {
        close(t->lock_fd);
        t->lock_fd = -1;
    }
}

/* --- create, delete, grow ------------------------------------------------ */

#define FDS_PER_PARTITION 3 /* .log, .index and .timeindex */
#define FD_HEADROOM 256     /* for connections and other files */

/* Checks that `partitions` more partition logs fit in the open file limit.
 * Returns 0, or -1 with the reason in err. */
static int check_fd_budget(int64_t partitions, char *err, size_t err_size)
{
    struct rlimit rl;
    int64_t open_fds = 0;
    DIR *d;

    if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
        return 0;
    d = opendir("/proc/self/fd");
    if (d == NULL)
        return 0;
    while (readdir(d) != NULL)
        open_fds++;
    closedir(d);
    if (open_fds + partitions * FDS_PER_PARTITION + FD_HEADROOM <=
        (int64_t)rl.rlim_cur)
        return 0;
    snprintf(err, err_size, "%lld partitions need about %lld file "
             "descriptors, %d more are kept free for connections, and %lld "
             "of the limit of %llu are in use; raise the broker's open file "
             "limit (ulimit -n)",
             (long long)partitions, (long long)partitions * FDS_PER_PARTITION,
             FD_HEADROOM, (long long)open_fds,
             (unsigned long long)rl.rlim_cur);
    return -1;
}

static void remove_partition_dirs(topics_t *t, const char *name,
                                  int32_t from, int32_t to)
{
    for (int32_t i = from; i < to; i++) {
        char dir[4400];
        partition_dir(t, name, i, dir, sizeof(dir));
        files__remove_tree(dir);
    }
}

int topics__create(topics_t *t, const char *name, int32_t partitions,
                   const topic_setting_t *settings, int setting_count,
                   topic_t **out, char *err, size_t err_size)
{
    size_t len = strlen(name);
    topic_t *topic;
    int rc;

    if (!topics__valid_name(name, len)) {
        snprintf(err, err_size, "invalid topic name: names are 1 to 249 "
                 "characters of ASCII letters, digits, '.', '_' and '-'");
        return HERALD_EINVAL;
    }
    if (topics__find(t, name, len))
        return HERALD_EEXIST;
    if (topics__colliding(t, name)) {
        snprintf(err, err_size, "topic name collides with existing topic "
                 "'%s': '.' and '_' are treated alike",
                 topics__colliding(t, name)->name);
        return HERALD_EINVAL;
    }
    if (partitions < 1 || partitions > 100000) {
        snprintf(err, err_size, "invalid partition count %d", partitions);
        return HERALD_ERANGE;
    }
    if (check_fd_budget(partitions, err, err_size) != 0)
        return HERALD_ETOOBIG;
    if (setting_count > TOPIC_SETTINGS_MAX) {
        snprintf(err, err_size, "too many topic settings (max %d)",
                 TOPIC_SETTINGS_MAX);
        return HERALD_EINVAL;
    }
    for (int i = 0; i < setting_count; i++) {
        if (topics__check_setting(settings[i].key, settings[i].value, err,
                                  err_size) != 0)
            return HERALD_EINVAL;
    }
    topic = calloc(1, sizeof(*topic));
    if (topic == NULL)
        return HERALD_ENOMEM;
    snprintf(topic->name, sizeof(topic->name), "%s", name);
    if (getrandom(topic->id, 16, 0) != 16) {
        free(topic);
        return HERALD_EIO;
    }
    topic->id[6] = (uint8_t)((topic->id[6] & 0x0f) | 0x40);
    topic->id[8] = (uint8_t)((topic->id[8] & 0x3f) | 0x80);
    topic->partition_count = partitions;
    if (setting_count > 0)
        memcpy(topic->settings, settings,
               sizeof(*settings) * (size_t)setting_count);
    topic->setting_count = setting_count;
    apply_settings(t, topic);
    topic->partitions = calloc((size_t)partitions, sizeof(partition_t *));
    if (topic->partitions == NULL) {
        free(topic);
        return HERALD_ENOMEM;
    }

    /* Partition directories of an older topic of the same name that a crash
     * kept from being removed must not come back as this topic's data. */
    for (int32_t i = 0; i < partitions; i++) {
        char dir[4400];
        partition_dir(t, name, i, dir, sizeof(dir));
        files__remove_tree(dir);
    }
    rc = write_topic_file(t, topic);
    for (int32_t i = 0; i < partitions && rc == 0; i++)
        rc = open_partition(t, topic, i, 1, NULL);
    if (rc != 0) {
        char path[4400];
        snprintf(err, err_size, "cannot create topic storage: %s",
                 herald_strerror(rc));
        topic_file(t, name, path, sizeof(path));
        unlink(path);
        for (int32_t i = 0; i < partitions; i++) {
            if (topic->partitions[i]) {
                plog__destroy(topic->partitions[i]->log);
                free(topic->partitions[i]);
                topic->partitions[i] = NULL;
            }
        }
        remove_partition_dirs(t, name, 0, partitions);
        free(topic->partitions);
        free(topic);
        return rc;
    }
    files__sync_dir(t->cfg->data_dir);
    insert_topic(t, topic);
    LOG_INFO("broker", "topic created", "topic=%s partitions=%d settings=%d",
             name, partitions, setting_count);
    if (out)
        *out = topic;
    return 0;
}

static void unlink_dirty(topics_t *t, partition_t *p)
{
    partition_t **pp = &t->dirty;

    while (*pp && *pp != p)
        pp = &(*pp)->next_dirty;
    if (*pp)
        *pp = p->next_dirty;
    p->dirty = 0;
}

int topics__delete(topics_t *t, topic_t *topic)
{
    char path[4400];

    topic_file(t, topic->name, path, sizeof(path));
    if (unlink(path) != 0 && errno != ENOENT) {
        LOG_ERROR("storage", "cannot delete topic metadata",
                  "topic=%s err=\"%s\"", topic->name, strerror(errno));
        return HERALD_EIO;
    }
    snprintf(path, sizeof(path), "%s/%s", t->cfg->data_dir, TOPICS_DIR);
    files__sync_dir(path);
    remove_topic(t, topic);
    for (int32_t i = 0; i < topic->partition_count; i++) {
        partition_t *p = topic->partitions[i];
        if (p == NULL)
            continue;
        if (p->dirty)
            unlink_dirty(t, p);
        plog__destroy(p->log);
        free(p);
        topic->partitions[i] = NULL;
    }
    LOG_INFO("broker", "topic deleted", "topic=%s partitions=%d",
             topic->name, topic->partition_count);
    free(topic->partitions);
    free(topic);
    return 0;
}

int topics__add_partitions(topics_t *t, topic_t *topic, int32_t total,
                           char *err, size_t err_size)
{
    partition_t **grown;
    int32_t old = topic->partition_count;
    int rc = 0;

    if (total <= old)
        return HERALD_EINVAL;
    if (check_fd_budget(total - old, err, err_size) != 0)
        return HERALD_ETOOBIG;
    grown = realloc(topic->partitions, sizeof(partition_t *) * (size_t)total);
    if (grown == NULL)
        return HERALD_ENOMEM;
    topic->partitions = grown;
    for (int32_t i = old; i < total; i++)
        topic->partitions[i] = NULL;
    for (int32_t i = old; i < total && rc == 0; i++) {
        char dir[4400];
        partition_dir(t, topic->name, i, dir, sizeof(dir));
        files__remove_tree(dir);
        rc = open_partition(t, topic, i, 1, NULL);
    }
    if (rc == 0) {
        topic->partition_count = total;
        rc = write_topic_file(t, topic);
    }
    if (rc != 0) {
        for (int32_t i = old; i < total; i++) {
            if (topic->partitions[i]) {
                plog__destroy(topic->partitions[i]->log);
                free(topic->partitions[i]);
                topic->partitions[i] = NULL;
            }
        }
        remove_partition_dirs(t, topic->name, old, total);
        topic->partition_count = old;
        return rc;
    }
    LOG_INFO("broker", "partitions added", "topic=%s from=%d to=%d",
             topic->name, old, total);
    return 0;
}

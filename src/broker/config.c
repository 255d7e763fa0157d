/*
 * Broker settings. Keys follow Kafka's broker configuration where the
 * concept is the same (listeners, log.dirs, num.partitions, log.segment.bytes,
 * log.retention.ms, ...), so an existing server.properties mostly carries
 * over. Keys that only herald has are prefixed "herald.".
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

void broker_config__defaults(broker_config_t *c)
{
    memset(c, 0, sizeof(*c));
    snprintf(c->listen_host, sizeof(c->listen_host), "127.0.0.1");
    c->listen_port = 9092;
    c->advertised_port = -1;
    snprintf(c->data_dir, sizeof(c->data_dir), "./data");
    c->node_id = 0;
    c->num_partitions = 1;
    c->auto_create_topics = 1;
    c->delete_topic_enable = 1;
    c->socket_request_max_bytes = 104857600;
    c->queued_max_request_bytes = 536870912;
    c->message_max_bytes = 1048588;
    c->retention_check_interval_ms = 300000;
    c->offsets_retention_ms = 7LL * 24 * 3600 * 1000;
    c->offsets_retention_check_ms = 600000;
    c->sync_acks_all = 1;
    c->sync_interval_ms = 1000;
    c->sync_interval_bytes = 4 * 1024 * 1024;
    c->max_connections = 10000;
    plog__config_defaults(&c->log);
    c->log.max_message_bytes = c->message_max_bytes;
    snprintf(c->log_level, sizeof(c->log_level), "info");
}

static int parse_i64(const char *s, int64_t min, int64_t max, int64_t *out)
{
    char *end;
    long long v;

    errno = 0;
    v = strtoll(s, &end, 10);
    if (errno || end == s || *end != '\0' || v < min || v > max)
        return -1;
    *out = v;
    return 0;
}

static int parse_bool(const char *s, int *out)
{
    if (strcmp(s, "true") == 0 || strcmp(s, "1") == 0) {
        *out = 1;
        return 0;
    }
    if (strcmp(s, "false") == 0 || strcmp(s, "0") == 0) {
        *out = 0;
        return 0;
    }
    return -1;
}

int broker_config__parse_listener(const char *s, char *host, size_t host_size,
                                  int *port)
{
    const char *p = strstr(s, "://");
    const char *colon;
    size_t hlen;
    int64_t v;

    if (p)
        s = p + 3;
    if (*s == '[') {
        const char *close = strchr(s, ']');
        if (close == NULL || close[1] != ':')
            return -1;
        hlen = (size_t)(close - s - 1);
        s++;
        colon = close + 1;
    } else {
        colon = strrchr(s, ':');
        if (colon == NULL)
            return -1;
        hlen = (size_t)(colon - s);
    }
    if (hlen >= host_size)
        return -1;
    memcpy(host, s, hlen);
    host[hlen] = '\0';
    if (hlen == 0)
        snprintf(host, host_size, "0.0.0.0");
    if (parse_i64(colon + 1, 0, 65535, &v) != 0)
        return -1;
    *port = (int)v;
    return 0;
}

/* KIND_INTERVAL is an int64 from 1 to max, or -1 for off. 0 is rejected,
 * as it reads as "as often as possible" but would turn the setting off. */
enum setting_kind {
    KIND_I32,
    KIND_I64,
    KIND_INTERVAL,
    KIND_BOOL,
    KIND_HOURS,
    KIND_MINUTES
};

struct setting {
    const char *key;
    enum setting_kind kind;
    size_t offset;
    int64_t min;
    int64_t max;
};

#define OFF(field) offsetof(broker_config_t, field)

static const struct setting settings[] = {
    {"node.id", KIND_I32, OFF(node_id), 0, INT32_MAX},
    {"broker.id", KIND_I32, OFF(node_id), 0, INT32_MAX},
    {"num.partitions", KIND_I32, OFF(num_partitions), 1, 100000},
    {"auto.create.topics.enable", KIND_BOOL, OFF(auto_create_topics), 0, 1},
    {"delete.topic.enable", KIND_BOOL, OFF(delete_topic_enable), 0, 1},
    {"socket.request.max.bytes", KIND_I64, OFF(socket_request_max_bytes), 64,
     INT32_MAX},
    {"queued.max.request.bytes", KIND_I64, OFF(queued_max_request_bytes), -1,
     INT64_MAX},
    {"message.max.bytes", KIND_I32, OFF(message_max_bytes), 128, INT32_MAX},
    {"log.retention.check.interval.ms", KIND_I64,
     OFF(retention_check_interval_ms), 10, INT64_MAX},
    {"log.segment.bytes", KIND_I64, OFF(log.segment_bytes), 1024, INT32_MAX},
    {"log.roll.ms", KIND_I64, OFF(log.segment_ms), 1, INT64_MAX},
    {"log.roll.hours", KIND_HOURS, OFF(log.segment_ms), 1, INT32_MAX},
    {"log.retention.ms", KIND_I64, OFF(log.retention_ms), -1, INT64_MAX},
    {"log.retention.minutes", KIND_MINUTES, OFF(log.retention_ms), -1,
     INT32_MAX},
    {"log.retention.hours", KIND_HOURS, OFF(log.retention_ms), -1, INT32_MAX},
    {"log.retention.bytes", KIND_I64, OFF(log.retention_bytes), -1,
     INT64_MAX},
    {"log.index.interval.bytes", KIND_I32, OFF(log.index_interval_bytes), 0,
     INT32_MAX},
    {"offsets.retention.minutes", KIND_MINUTES, OFF(offsets_retention_ms), 1,
     INT32_MAX},
    {"offsets.retention.check.interval.ms", KIND_I64,
     OFF(offsets_retention_check_ms), 1, INT64_MAX},
    {"max.connections", KIND_I32, OFF(max_connections), 1, 1000000},
    {"herald.sync.acks.all", KIND_BOOL, OFF(sync_acks_all), 0, 1},
    {"herald.sync.interval.ms", KIND_INTERVAL, OFF(sync_interval_ms), 1,
     INT64_MAX},
    {"herald.sync.interval.bytes", KIND_INTERVAL, OFF(sync_interval_bytes), 1,
     INT64_MAX},
};

static int apply_setting(broker_config_t *c, const struct setting *s,
                         const char *value, char *err, size_t err_size)
{
    char *field = (char *)c + s->offset;
    int64_t v;
    int b;

    if (s->kind == KIND_BOOL) {
        if (parse_bool(value, &b) != 0) {
            snprintf(err, err_size, "invalid value for %s: '%s' (expected "
                     "true or false)", s->key, value);
            return -1;
        }
        *(int *)field = b;
        return 0;
    }
    if (s->kind == KIND_INTERVAL) {
        if (parse_i64(value, -1, s->max, &v) != 0 || v == 0) {
            snprintf(err, err_size, "invalid value for %s: '%s' (expected "
                     "an integer from %lld to %lld, or -1 to turn it off)",
                     s->key, value, (long long)s->min, (long long)s->max);
            return -1;
        }
    } else if (parse_i64(value, s->min, s->max, &v) != 0) {
        snprintf(err, err_size, "invalid value for %s: '%s' (expected an "
                 "integer from %lld to %lld)", s->key, value,
                 (long long)s->min, (long long)s->max);
        return -1;
    }
    if (s->kind == KIND_HOURS && v > 0)
        v *= 3600 * 1000;
    else if (s->kind == KIND_MINUTES && v > 0)
        v *= 60 * 1000;
    if (s->kind == KIND_I32)
        *(int32_t *)field = (int32_t)v;
    else
        *(int64_t *)field = v;
    return 0;
}

static int set_string(char *dst, size_t size, const char *key,
                      const char *value, char *err, size_t err_size)
{
    if (strlen(value) >= size) {
        snprintf(err, err_size, "value for %s is too long (max %zu bytes)",
                 key, size - 1);
        return -1;
    }
    snprintf(dst, size, "%s", value);
    return 0;
}

int broker_config__set(broker_config_t *c, const char *key, const char *value,
                       char *err, size_t err_size)
{
    if (strcmp(key, "listeners") == 0) {
        /* Only the first listener is used; herald serves one. */
        char first[512];
        size_t n = strcspn(value, ",");
        if (n >= sizeof(first))
            n = sizeof(first) - 1;
        memcpy(first, value, n);
        first[n] = '\0';
        if (broker_config__parse_listener(first, c->listen_host,
                                          sizeof(c->listen_host),
                                          &c->listen_port) != 0) {
            snprintf(err, err_size, "invalid value for listeners: '%s' "
                     "(expected HOST:PORT or PLAINTEXT://HOST:PORT)", value);
            return -1;
        }
        if (value[n] == ',')
            LOG_WARN("broker", "serving only the first listener",
                     "listener=%s ignored=\"%s\"", first, value + n + 1);
        return 0;
    }
    if (strcmp(key, "advertised.listeners") == 0) {
        if (broker_config__parse_listener(value, c->advertised_host,
                                          sizeof(c->advertised_host),
                                          &c->advertised_port) != 0) {
            snprintf(err, err_size, "invalid value for advertised.listeners: "
                     "'%s' (expected HOST:PORT)", value);
            return -1;
        }
        return 0;
    }
    if (strcmp(key, "log.dirs") == 0 || strcmp(key, "log.dir") == 0) {
        if (strchr(value, ',')) {
            snprintf(err, err_size, "%s: only one data directory is "
                     "supported, got '%s'", key, value);
            return -1;
        }
        return set_string(c->data_dir, sizeof(c->data_dir), key, value, err,
                          err_size);
    }
    if (strcmp(key, "log.level") == 0) {
        if (log__parse_level(value) < 0) {
            snprintf(err, err_size, "invalid value for log.level: '%s' "
                     "(expected error, warn, info or debug)", value);
            return -1;
        }
        return set_string(c->log_level, sizeof(c->log_level), key, value,
                          err, err_size);
    }
    if (strcmp(key, "log.debug") == 0)
        return set_string(c->log_debug, sizeof(c->log_debug), key, value,
                          err, err_size);
    for (size_t i = 0; i < sizeof(settings) / sizeof(settings[0]); i++) {
        if (strcmp(key, settings[i].key) == 0) {
            int rc = apply_setting(c, &settings[i], value, err, err_size);
            if (rc == 0 && strcmp(key, "message.max.bytes") == 0)
                c->log.max_message_bytes = c->message_max_bytes;
            return rc;
        }
    }
    snprintf(err, err_size, "unknown setting '%s'", key);
    return BROKER_CONFIG_UNKNOWN;
}

static char *trim(char *s)
{
    char *end;

    while (isspace((unsigned char)*s))
        s++;
    end = s + strlen(s);
    while (end > s && isspace((unsigned char)end[-1]))
        *--end = '\0';
    return s;
}

int broker_config__load(broker_config_t *c, const char *path, char *err,
                        size_t err_size)
{
    FILE *f = fopen(path, "r");
    char line[8192];
    int lineno = 0;
    int rc = 0;

    if (f == NULL) {
        snprintf(err, err_size, "cannot open config file %s: %s", path,
                 strerror(errno));
        return -1;
    }
    while (fgets(line, sizeof(line), f)) {
        char msg[512];
        char *s = trim(line);
        char *sep;

        lineno++;
        if (*s == '\0' || *s == '#' || *s == '!')
            continue;
        sep = s + strcspn(s, "=:");
        if (*sep == '\0') {
            snprintf(err, err_size, "%s:%d: expected key=value", path,
                     lineno);
            rc = -1;
            break;
        }
        *sep = '\0';
        rc = broker_config__set(c, trim(s), trim(sep + 1), msg, sizeof(msg));
        if (rc == BROKER_CONFIG_UNKNOWN) {
            /* A Kafka server.properties has many settings herald has no
             * use for (num.network.threads, zookeeper.connect, ...). */
            LOG_WARN("broker", "ignoring unknown setting",
                     "file=%s line=%d key=%s", path, lineno, trim(s));
            rc = 0;
            continue;
        }
        if (rc != 0) {
            snprintf(err, err_size, "%s:%d: %s", path, lineno, msg);
            rc = -1;
            break;
        }
    }
    fclose(f);
    return rc;
}

void broker_config__log(const broker_config_t *c)
{
    LOG_INFO("broker", "settings",
             "node_id=%d data_dir=%s num_partitions=%d "
             "auto_create_topics=%d socket_request_max_bytes=%lld "
             "queued_max_request_bytes=%lld "
             "message_max_bytes=%d segment_bytes=%lld retention_ms=%lld "
             "retention_bytes=%lld sync_acks_all=%d sync_interval_ms=%lld "
             "sync_interval_bytes=%lld",
             c->node_id, c->data_dir, c->num_partitions,
             c->auto_create_topics, (long long)c->socket_request_max_bytes,
             (long long)c->queued_max_request_bytes,
             c->message_max_bytes, (long long)c->log.segment_bytes,
             (long long)c->log.retention_ms,
             (long long)c->log.retention_bytes, c->sync_acks_all,
             (long long)c->sync_interval_ms,
             (long long)c->sync_interval_bytes);
}

/*
 * The topic registry: which topics exist, their partition logs and their
 * configuration overrides, all under the data directory:
 *
 *   <data>/meta.properties            cluster id, node id, producer ids
 *   <data>/.topics/<topic>            one file per topic, written atomically
 *   <data>/<topic>-<partition>/       one partition log each
 *   <data>/.herald_clean_shutdown     present only after a clean stop
 *
 * Runs on the broker's loop thread only.
 */
#ifndef HERALD_BROKER_TOPICS_H
#define HERALD_BROKER_TOPICS_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "plog.h"

#define TOPIC_NAME_MAX 249

typedef struct topic topic_t;
typedef struct fetch_wait fetch_wait_t;

typedef struct partition {
    topic_t *topic;
    int32_t index;
    plog_t *log;
    int dirty;                   /* written since the last sync round */
    int64_t unsynced_bytes;      /* appended since its last sync round */
    struct partition *next_dirty;
    struct wait_link *waiters;   /* Fetch requests waiting for data */
} partition_t;

/* A topic-level setting given at creation (CreateTopics configs). */
typedef struct topic_setting {
    char key[64];
    char value[64];
} topic_setting_t;

#define TOPIC_SETTINGS_MAX 16

struct topic {
    topic_t *next;               /* hash chain */
    char name[TOPIC_NAME_MAX + 1];
    uint8_t id[16];
    int32_t partition_count;
    partition_t **partitions;
    topic_setting_t settings[TOPIC_SETTINGS_MAX];
    int setting_count;
    plog_config_t log_config;    /* broker defaults with the settings applied */
};

typedef struct topics {
    const broker_config_t *cfg;
    topic_t **buckets;
    size_t bucket_count;
    size_t count;
    partition_t *dirty;          /* partitions written since the last round */
    int clean_start;
    int64_t next_producer_id;
    int64_t producer_id_block_end;
    char cluster_id[32];
    int lock_fd;                 /* data directory, held with flock; or -1 */
} topics_t;

typedef struct topics_open_stats {
    int topics;
    int partitions;
    int clean;
    int64_t bytes_scanned;
    int64_t bytes_truncated;
    int64_t duration_us;
} topics_open_stats_t;

/* Opens the data directory, creating it when absent, and every topic in it.
 * Returns 0 or a negative herald_err_t with the reason logged. */
int topics__open(topics_t *t, const broker_config_t *cfg,
                 topics_open_stats_t *stats);

/* Closes every log; with `clean` also writes the clean-shutdown marker. */
void topics__close(topics_t *t, int clean);

topic_t *topics__find(topics_t *t, const char *name, size_t len);
partition_t *topics__partition(topics_t *t, const char *name, size_t len,
                               int32_t index);

/* Checks a topic name as Kafka does: 1 to 249 characters of [a-zA-Z0-9._-],
 * and not "." or "..". */
int topics__valid_name(const char *name, size_t len);

/* Returns an existing topic whose name equals `name` once '.' and '_' are
 * treated alike, or NULL. Kafka rejects such names (INVALID_TOPIC_EXCEPTION)
 * because they collide in metric names. */
topic_t *topics__colliding(topics_t *t, const char *name);

/* Checks a topic setting. Returns 0, or -1 with the reason in err. */
int topics__check_setting(const char *key, const char *value, char *err,
                          size_t err_size);

/* Creates a topic. Returns 0, HERALD_EEXIST, HERALD_EINVAL (bad name or
 * setting), HERALD_ETOOBIG (no room in the open file limit) or an I/O
 * error, with the reason in err. */
int topics__create(topics_t *t, const char *name, int32_t partitions,
                   const topic_setting_t *settings, int setting_count,
                   topic_t **out, char *err, size_t err_size);

/* Deletes a topic and its data. The caller has finished every request that
 * refers to its partitions. */
int topics__delete(topics_t *t, topic_t *topic);

/* Grows a topic to `total` partitions. Returns 0, HERALD_ETOOBIG when the
 * open file limit leaves no room for them (reason in err), or an I/O
 * error. */
int topics__add_partitions(topics_t *t, topic_t *topic, int32_t total,
                           char *err, size_t err_size);

/* Hands out a producer id that is never reused, also across restarts. */
int topics__next_producer_id(topics_t *t, int64_t *id);

/* Calls fn for every topic, in no particular order. fn may free the topic
 * it is given (closing), but must not create or delete other topics. */
void topics__foreach(topics_t *t, void (*fn)(topic_t *topic, void *arg),
                     void *arg);

/* Returns the value of a setting of `topic` as a string: an override when
 * one was given, else the broker default; NULL for an unknown key. */
const char *topics__setting_value(const topic_t *topic, const char *key,
                                  char *buf, size_t size, int *is_default);

/* The topic-level setting names herald supports, NULL-terminated. */
extern const char *const topics__setting_names[];

#endif

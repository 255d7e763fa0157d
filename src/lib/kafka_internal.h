/*
 * State shared by the Kafka producer side (transport_kafka.c) and the
 * consumer side (kafka_consumer.c). Never installed.
 */
#ifndef HERALD_LIB_KAFKA_INTERNAL_H
#define HERALD_LIB_KAFKA_INTERNAL_H

#include <librdkafka/rdkafka.h>
#include <pthread.h>
#include <stdatomic.h>

#include "bus_internal.h"
#include "pool.h"

struct kafka {
    herald_bus_t *bus;
    rd_kafka_t *producer;
    pthread_t poll_thread;
    int poll_started;
    atomic_int running;
    atomic_int closed; /* no publishes from outside handlers */
    pool_t *pool;
    herald_content_mode_t mode;
    char *brokers;
    /* Query parameters passed through to librdkafka. */
    char **settings; /* key, value, key, value... */
    size_t setting_count;
};

/* Creates a configuration with bootstrap.servers, the pass-through
 * settings and herald's log callback. Returns NULL when librdkafka rejects
 * a setting; the reason is logged. */
rd_kafka_conf_t *kafka__conf(struct kafka *k);

/* Sets key=value unless the URL already set key. Returns 0 or -1. */
int kafka__conf_default(struct kafka *k, rd_kafka_conf_t *conf,
                        const char *key, const char *value);

/* Produces a record as is (no CloudEvent encoding) and waits for the
 * broker's acknowledgement. Takes ownership of hdrs on every return. */
herald_err_t kafka__produce_raw(struct kafka *k, const char *topic,
                                const void *key, size_t key_len,
                                const void *value, size_t value_len,
                                rd_kafka_headers_t *hdrs);

herald_err_t kafka__subscribe(herald_bus_t *bus, herald_sub_t *sub);

/* Stops every consumer's poll thread, leaving the clients open. */
void kafka__stop_consumers(herald_bus_t *bus);

/* Commits stored offsets, leaves the groups and closes the clients. Safe
 * to call twice. */
void kafka__close_consumers(herald_bus_t *bus);

/* Frees the consumers. Call once no delivery report can arrive any more:
 * after the producer is destroyed. */
void kafka__free_consumers(herald_bus_t *bus);

#endif

/*
 * Broker configuration: defaults, a Java-style properties file using Kafka's
 * key names where the concept is the same, and command-line overrides.
 */
#ifndef HERALD_BROKER_CONFIG_H
#define HERALD_BROKER_CONFIG_H

#include <stddef.h>
#include <stdint.h>

#include "plog.h"

typedef struct broker_config {
    char listen_host[256];
    int listen_port;
    char advertised_host[256];
    int advertised_port;
    char data_dir[4096];
    int32_t node_id;

    int32_t num_partitions;
    int auto_create_topics;
    int delete_topic_enable;
    int64_t socket_request_max_bytes;
    int64_t queued_max_request_bytes; /* frames above 64 KiB; -1 no limit */
    int32_t message_max_bytes;
    int64_t retention_check_interval_ms;
    int64_t offsets_retention_ms;        /* committed offsets of empty groups */
    int64_t offsets_retention_check_ms;
    int sync_acks_all;           /* fdatasync before responding to acks=all */
    int64_t sync_interval_ms;    /* background sync of acks=0/1 data; -1 never */
    int64_t sync_interval_bytes; /* ... or once this much was appended */
    int32_t max_connections;

    plog_config_t log;           /* defaults for every partition log */

    char log_level[16];
    char log_debug[256];
} broker_config_t;

void broker_config__defaults(broker_config_t *c);

#define BROKER_CONFIG_UNKNOWN (-2)

/* Applies one `key=value` setting. Returns 0, -1 for an invalid value or
 * BROKER_CONFIG_UNKNOWN for an unknown key, with a message in err naming
 * the key and the accepted values. */
int broker_config__set(broker_config_t *c, const char *key, const char *value,
                       char *err, size_t err_size);

/* Reads a properties file: `key=value` or `key: value` lines, '#' and '!'
 * comments, blank lines. Unknown keys are logged and skipped, so a Kafka
 * server.properties can be used as it is. Returns 0, or -1 with the file,
 * line and problem in err. */
int broker_config__load(broker_config_t *c, const char *path, char *err,
                        size_t err_size);

/* Parses "HOST:PORT", "[v6addr]:PORT" or "PLAINTEXT://HOST:PORT". */
int broker_config__parse_listener(const char *s, char *host, size_t host_size,
                                  int *port);

/* Logs the settings in effect, one line. */
void broker_config__log(const broker_config_t *c);

#endif

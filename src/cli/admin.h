/* The client side that the topics, groups, produce and consume commands
 * share: the librdkafka configuration, an admin client that waits for one
 * result at a time, Kafka error lines and integer options. */
#ifndef HERALD_CLI_ADMIN_H
#define HERALD_CLI_ADMIN_H

#include <librdkafka/rdkafka.h>

/* Maximum wait for one admin request, metadata or watermark query. */
#define ADMIN_TIMEOUT_MS 10000

#define ADMIN_DEFAULT_BROKERS "127.0.0.1:9092"

/* A client for admin requests and the queue their results arrive on. */
typedef struct {
    const char *prog; /* "herald topics": the prefix of error lines */
    rd_kafka_t *rk;
    rd_kafka_queue_t *queue;
} admin_t;

/*
 * Returns a configuration with bootstrap.servers, client.id "herald-cli"
 * and a log callback that keeps librdkafka's lines off stderr. The last
 * warning or error line is kept for admin__fail(). Returns NULL with an
 * error line on stderr when brokers is rejected.
 */
rd_kafka_conf_t *admin__conf(const char *prog, const char *brokers);

/* Sets one librdkafka property. Returns 0, or -1 with an error line. */
int admin__conf_set(const char *prog, rd_kafka_conf_t *conf,
                    const char *key, const char *value);

/* Creates the admin client. Returns 0, or -1 with an error line. */
int admin__open(admin_t *admin, const char *prog, const char *brokers);

/* Destroys the client. Safe on a zeroed or closed admin_t. */
void admin__close(admin_t *admin);

/* Returns options for one request of type op with ADMIN_TIMEOUT_MS as the
 * request and operation timeout. Destroy them with
 * rd_kafka_AdminOptions_destroy(). */
rd_kafka_AdminOptions_t *admin__options(admin_t *admin,
                                        rd_kafka_admin_op_t op);

/*
 * Waits for the next result on the admin queue. Returns the event (destroy
 * it with rd_kafka_event_destroy()), or NULL after printing
 * "PROG: WHAT failed: ..." when the request as a whole failed or no result
 * came within the timeout. Per-object errors inside a result are left to
 * the caller.
 */
rd_kafka_event_t *admin__wait(admin_t *admin, const char *what);

/*
 * Prints "PROG: WHAT failed: ERROR_NAME (DETAIL)" on stderr, where WHAT
 * names the object ("create topic 'orders'"), ERROR_NAME is the Kafka
 * error name (librdkafka's local errors start with '_') and DETAIL is
 * detail or, when detail is NULL or empty, the error's description. For a
 * local error the last librdkafka log line is added, because it often
 * shows why a broker could not be reached.
 */
void admin__fail(const char *prog, const char *what, rd_kafka_resp_err_t err,
                 const char *detail);

/* Copies the last librdkafka warning or error line into buf, or an empty
 * string when there was none. */
void admin__last_log(char *buf, size_t size);

/*
 * Fetches metadata for one topic, or for all when topic is NULL. A missing
 * topic is returned as a topic entry with UNKNOWN_TOPIC_OR_PART, not
 * created. Returns 0 and stores the metadata (release it with
 * rd_kafka_metadata_destroy()), or -1 with an error line that starts with
 * what ("list topics").
 */
int admin__metadata(admin_t *admin, const char *topic, const char *what,
                    const struct rd_kafka_metadata **out);

/* Parses text as a decimal integer from min to max for option opt. Returns
 * 0, or -1 with an error line. */
int admin__parse_int(const char *prog, const char *opt, const char *text,
                     long long min, long long max, long long *out);

#endif

/* The request handlers, one file each (handle_<api>.c). */
#ifndef HERALD_BROKER_HANDLERS_H
#define HERALD_BROKER_HANDLERS_H

#include "net.h"

typedef struct broker broker_t;

void handle_api_versions(req_t *req);
void handle_metadata(req_t *req);
void handle_produce(req_t *req);
void handle_fetch(req_t *req);
void handle_list_offsets(req_t *req);
void handle_find_coordinator(req_t *req);
void handle_create_topics(req_t *req);
void handle_delete_topics(req_t *req);
void handle_create_partitions(req_t *req);
void handle_describe_configs(req_t *req);
void handle_init_producer_id(req_t *req);
void handle_offset_commit(req_t *req);
void handle_offset_fetch(req_t *req);
void handle_join_group(req_t *req);
void handle_heartbeat(req_t *req);
void handle_leave_group(req_t *req);
void handle_sync_group(req_t *req);
void handle_describe_groups(req_t *req);
void handle_list_groups(req_t *req);
void handle_delete_groups(req_t *req);
void handle_offset_delete(req_t *req);

/* Called after each sync round: runs requests that waited for it. */
void handlers__after_round(broker_t *b);

/* Called when shutdown starts: sends the responses of waiting Fetch
 * requests now. */
void handlers__shutdown(broker_t *b);

/* Wakes Fetch requests waiting on `p` after `bytes` were appended. */
struct partition;
void fetch__notify(broker_t *b, struct partition *p, size_t bytes);

/* Detaches the Fetch requests waiting on `p`, which is about to be deleted.
 * fetch__answer_released responds to them once it is gone, so that they
 * report UNKNOWN_TOPIC_OR_PARTITION as Kafka does. */
void fetch__release_partition(broker_t *b, struct partition *p);
void fetch__answer_released(broker_t *b);

/* Converts a herald_err_t from storage to a Kafka error code. */
int16_t handlers__kafka_error(int err);

/* Copies a wire string into `out` as a C string. Returns 0, or -1 when it
 * is null, contains a NUL byte or does not fit. */
int handlers__cstr(const kmsg_str_t *s, char *out, size_t size);

/* Sets a wire string to a C string (not copied). */
void handlers__set_str(kmsg_str_t *s, const char *value);

/* Creates the topic `name`, valid and not found, with num.partitions, as
 * auto.create.topics.enable does. Returns it, or NULL with *error set to
 * INVALID_TOPIC_EXCEPTION for a name that collides with one of another
 * topic, or KAFKA_STORAGE_ERROR when it cannot be stored. */
struct topic;
struct topic *handlers__auto_create(broker_t *b, const kmsg_str_t *name,
                                    int16_t *error);

#endif

/*
 * GENERATED FILE: do not edit by hand. Rerun tools/gen_protocol.py (CMake
 * target regen-protocol) instead.
 *
 * Generated from the Apache Kafka 3.8.0 message definitions (the JSON files
 * in clients/src/main/resources/common/message, Apache License 2.0). The
 * field descriptions are taken from them.
 */

/*
 * Kafka message codec: C types for every request and response herald knows,
 * with one decode and one encode function per message for all of its valid
 * versions.
 *
 * Naming rules:
 *  - A message `MetadataRequest` becomes type `kmsg_metadata_request_t` with
 *    kmsg_metadata_request_init(), _decode() and _encode().
 *  - A nested struct becomes `kmsg_<message>_<struct>_t`, where <message> is
 *    the snake_case message name and <struct> the snake_case struct name with
 *    the message name removed from its front when it starts with it:
 *    MetadataResponseTopic in MetadataResponse is
 *    kmsg_metadata_response_topic_t, CreatableTopic in CreateTopicsRequest is
 *    kmsg_create_topics_request_creatable_topic_t. Each has an _init().
 *  - Fields are the snake_case of the schema name (TopicId -> topic_id).
 *    An array field `x` is a pointer `x` plus `int32_t x_count`, and a
 *    count of -1 is a null array.
 *
 * Values: integers are intN_t, bool is bool, uuid is kmsg_uuid_t. Strings,
 * bytes and records have len -1 for null. Decoded strings and bytes point
 * into the reader's buffer and are not NUL-terminated, so the buffer must
 * outlive the decoded message. Decoded arrays live in the arena.
 *
 * Each field comment starts with the versions that carry the field. In other
 * versions the decoder leaves the schema default, and the encoder rejects a
 * non-default value unless the schema marks the field ignorable, in which
 * case it is dropped. Tagged fields (flexible versions only) are decoded
 * when known, skipped when unknown, and encoded only when they differ from
 * their default.
 *
 * Decoders return 0 or HERALD_EPROTO (truncated or malformed input, a
 * version outside the valid range, an array too long for the bytes left, or
 * the arena cap reached). Encoders return 0, HERALD_EPROTO (a value the
 * version cannot carry: a null where null is not allowed, a non-default
 * value in a field the version lacks, a count or length out of range) or
 * HERALD_ENOMEM. An encoder checks the whole message before writing, so on
 * HERALD_EPROTO nothing was written.
 *
 * Records fields with fd >= 0 are written as a file chunk (see wire.h). On
 * success the writer owns every file_ref of the message and releases it in
 * wire__writer_release(). On HERALD_EPROTO no file_ref was taken. On
 * HERALD_ENOMEM the writer has released, or will release, each file_ref.
 */
#ifndef HERALD_KMSG_H
#define HERALD_KMSG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "wire.h"

typedef struct kmsg_uuid {
    uint8_t b[16];
} kmsg_uuid_t;

/* A string from the wire: not NUL-terminated; len -1 is null. */
typedef struct kmsg_str {
    const char *ptr;
    int32_t len;
} kmsg_str_t;

typedef struct kmsg_bytes {
    const uint8_t *ptr;
    int32_t len;
} kmsg_bytes_t;

/* A record-batch blob. Decoding sets ptr/len and fd = -1. For encoding,
 * fd >= 0 sends len bytes of fd from file_offset as a file chunk, and
 * file_release(file_ref) runs once the writer is done with it. Otherwise
 * ptr/len are copied. len -1 is null. */
typedef struct kmsg_records {
    const uint8_t *ptr;
    int32_t len;
    int fd;
    int64_t file_offset;
    void *file_ref;
    wire_release_fn file_release;
} kmsg_records_t;

/* Returns a string literal as a kmsg_str_t (not for NULL). */
#define KMSG_STR(s) ((kmsg_str_t){(s), (int32_t)(sizeof(s) - 1)})

/* Field types in kmsg_field_info_t. */
typedef enum kmsg_type {
    KMSG_TYPE_INT8,
    KMSG_TYPE_INT16,
    KMSG_TYPE_INT32,
    KMSG_TYPE_INT64,
    KMSG_TYPE_UINT32,
    KMSG_TYPE_FLOAT64,
    KMSG_TYPE_BOOL,
    KMSG_TYPE_UUID,
    KMSG_TYPE_STRING,
    KMSG_TYPE_BYTES,
    KMSG_TYPE_RECORDS,
    KMSG_TYPE_STRUCT,
} kmsg_type_t;

struct kmsg_struct_info;

/* Description of one field, for code that walks messages generically
 * (tests, debug dumps). Version ranges are inclusive and already limited to
 * the versions that carry the enclosing struct. An empty range has
 * min > max. */
typedef struct kmsg_field_info {
    const char *name;              /* C field name */
    kmsg_type_t type;
    bool is_array;
    bool ignorable;
    int16_t min_version, max_version;
    int16_t nullable_min, nullable_max;
    int32_t tag;                   /* -1 for a positional field */
    size_t offset;                 /* of the value, or of the array pointer */
    size_t count_offset;           /* of `<name>_count` for arrays */
    size_t elem_size;              /* size of one value or array element */
    const struct kmsg_struct_info *struct_info; /* KMSG_TYPE_STRUCT only */
} kmsg_field_info_t;

typedef struct kmsg_struct_info {
    const char *name;              /* schema name */
    size_t size;
    void (*init)(void *m);
    size_t nfields;
    const kmsg_field_info_t *fields;
} kmsg_struct_info_t;

typedef int (*kmsg_decode_fn)(wire_reader_t *r, int16_t version,
                              wire_arena_t *arena, void *out);
typedef int (*kmsg_encode_fn)(wire_writer_t *w, int16_t version,
                              const void *in);

typedef struct kmsg_message_info {
    const char *name;              /* schema name, e.g. "FetchRequest" */
    const kmsg_struct_info_t *type;
    kmsg_decode_fn decode;
    kmsg_encode_fn encode;
} kmsg_message_info_t;

typedef struct kmsg_api_info {
    int16_t api_key;
    const char *name;              /* e.g. "Fetch" */
    int16_t min_version, max_version;
    int16_t first_flexible;        /* -1 when no version is flexible */
    const kmsg_message_info_t *request;
    const kmsg_message_info_t *response;
} kmsg_api_info_t;

/* Returns the table entry for api_key, or NULL when the codec does not know
 * the API. */
const kmsg_api_info_t *kmsg_api_info(int16_t api_key);

/* Returns the request header version for a request of that API and
 * version: 2 for flexible versions, else 1. Versions above the valid range
 * count as flexible when the API has flexible versions, so the header of an
 * ApiVersions request of an unknown newer version still decodes (KIP-511).
 * Returns -1 when the API is unknown. */
int kmsg_request_header_version(int16_t api_key, int16_t api_version);

/* Returns the response header version: 1 for flexible versions, else 0,
 * but always 0 for ApiVersions (KIP-511). Returns -1 when the API is
 * unknown. */
int kmsg_response_header_version(int16_t api_key, int16_t api_version);

/* Decodes the request body of any known API and version into a message
 * allocated from the arena, stored in *out. Returns 0 or HERALD_EPROTO. */
int kmsg_request_decode_any(wire_reader_t *r, int16_t api_key,
                            int16_t version, wire_arena_t *arena,
                            void **out);

/* Descriptions of the request and response headers, whose "version" is the
 * header version. */
extern const kmsg_message_info_t kmsg_message_request_header;
extern const kmsg_message_info_t kmsg_message_response_header;

/* ------------------------------------------------------------------------ */
/* RequestHeader: valid v0-2, flexible v2 */

typedef struct kmsg_request_header {
    /* v0-2. The API key of this request. */
    int16_t request_api_key;
    /* v0-2. The API version of this request. */
    int16_t request_api_version;
    /* v0-2. The correlation ID of this request. */
    int32_t correlation_id;
    /* v1-2, nullable v1-2, ignorable. The client ID string. */
    kmsg_str_t client_id;
} kmsg_request_header_t;


void kmsg_request_header_init(kmsg_request_header_t *m);
int kmsg_request_header_decode(wire_reader_t *r, int16_t version,
                               wire_arena_t *arena, kmsg_request_header_t *out);
int kmsg_request_header_encode(wire_writer_t *w, int16_t version,
                               const kmsg_request_header_t *in);

/* ------------------------------------------------------------------------ */
/* ResponseHeader: valid v0-1, flexible v1 */

typedef struct kmsg_response_header {
    /* v0-1. The correlation ID of this response. */
    int32_t correlation_id;
} kmsg_response_header_t;


void kmsg_response_header_init(kmsg_response_header_t *m);
int kmsg_response_header_decode(wire_reader_t *r, int16_t version,
                                wire_arena_t *arena,
                                kmsg_response_header_t *out);
int kmsg_response_header_encode(wire_writer_t *w, int16_t version,
                                const kmsg_response_header_t *in);

/* ------------------------------------------------------------------------ */
/* ProduceRequest: valid v0-11, flexible v9-11, API key 0 */

typedef struct kmsg_produce_request_partition_produce_data {
    /* v0-11. The partition index. */
    int32_t index;
    /* v0-11, nullable v0-11. The record data to be produced. */
    kmsg_records_t records;
} kmsg_produce_request_partition_produce_data_t;

void kmsg_produce_request_partition_produce_data_init(
    kmsg_produce_request_partition_produce_data_t *m);

typedef struct kmsg_produce_request_topic_produce_data {
    /* v0-11. The topic name. */
    kmsg_str_t name;
    /* v0-11. Each partition to produce to. */
    kmsg_produce_request_partition_produce_data_t *partition_data;
    int32_t partition_data_count;
} kmsg_produce_request_topic_produce_data_t;

void kmsg_produce_request_topic_produce_data_init(
    kmsg_produce_request_topic_produce_data_t *m);

typedef struct kmsg_produce_request {
    /* v3-11, nullable v3-11, default null. The transactional ID, or null if
     * the producer is not transactional. */
    kmsg_str_t transactional_id;
    /* v0-11. The number of acknowledgments the producer requires the leader
     * to have received before considering a request complete. Allowed
     * values: 0 for no acknowledgments, 1 for only the leader and -1 for the
     * full ISR. */
    int16_t acks;
    /* v0-11. The timeout to await a response in milliseconds. */
    int32_t timeout_ms;
    /* v0-11. Each topic to produce to. */
    kmsg_produce_request_topic_produce_data_t *topic_data;
    int32_t topic_data_count;
} kmsg_produce_request_t;


void kmsg_produce_request_init(kmsg_produce_request_t *m);
int kmsg_produce_request_decode(wire_reader_t *r, int16_t version,
                                wire_arena_t *arena,
                                kmsg_produce_request_t *out);
int kmsg_produce_request_encode(wire_writer_t *w, int16_t version,
                                const kmsg_produce_request_t *in);

/* ------------------------------------------------------------------------ */
/* ProduceResponse: valid v0-11, flexible v9-11, API key 0 */

typedef struct kmsg_produce_response_batch_index_and_error_message {
    /* v8-11. The batch index of the record that cause the batch to be
     * dropped */
    int32_t batch_index;
    /* v8-11, nullable v8-11, default null. The error message of the record
     * that caused the batch to be dropped */
    kmsg_str_t batch_index_error_message;
} kmsg_produce_response_batch_index_and_error_message_t;

void kmsg_produce_response_batch_index_and_error_message_init(
    kmsg_produce_response_batch_index_and_error_message_t *m);

typedef struct kmsg_produce_response_leader_id_and_epoch {
    /* v10-11, default -1. The ID of the current leader or -1 if the leader
     * is unknown. */
    int32_t leader_id;
    /* v10-11, default -1. The latest known leader epoch */
    int32_t leader_epoch;
} kmsg_produce_response_leader_id_and_epoch_t;

void kmsg_produce_response_leader_id_and_epoch_init(
    kmsg_produce_response_leader_id_and_epoch_t *m);

typedef struct kmsg_produce_response_partition_produce_response {
    /* v0-11. The partition index. */
    int32_t index;
    /* v0-11. The error code, or 0 if there was no error. */
    int16_t error_code;
    /* v0-11. The base offset. */
    int64_t base_offset;
    /* v2-11, default -1, ignorable. The timestamp returned by broker after
     * appending the messages. If CreateTime is used for the topic, the
     * timestamp will be -1.  If LogAppendTime is used for the topic, the
     * timestamp will be the broker local time when the messages are
     * appended. */
    int64_t log_append_time_ms;
    /* v5-11, default -1, ignorable. The log start offset. */
    int64_t log_start_offset;
    /* v8-11, ignorable. The batch indices of records that caused the batch
     * to be dropped */
    kmsg_produce_response_batch_index_and_error_message_t *record_errors;
    int32_t record_errors_count;
    /* v8-11, nullable v8-11, default null, ignorable. The global error
     * message summarizing the common root cause of the records that caused
     * the batch to be dropped */
    kmsg_str_t error_message;
    /* v10-11, tag 0. */
    kmsg_produce_response_leader_id_and_epoch_t current_leader;
} kmsg_produce_response_partition_produce_response_t;

void kmsg_produce_response_partition_produce_response_init(
    kmsg_produce_response_partition_produce_response_t *m);

typedef struct kmsg_produce_response_topic_produce_response {
    /* v0-11. The topic name */
    kmsg_str_t name;
    /* v0-11. Each partition that we produced to within the topic. */
    kmsg_produce_response_partition_produce_response_t *partition_responses;
    int32_t partition_responses_count;
} kmsg_produce_response_topic_produce_response_t;

void kmsg_produce_response_topic_produce_response_init(
    kmsg_produce_response_topic_produce_response_t *m);

typedef struct kmsg_produce_response_node_endpoint {
    /* v10-11. The ID of the associated node. */
    int32_t node_id;
    /* v10-11. The node's hostname. */
    kmsg_str_t host;
    /* v10-11. The node's port. */
    int32_t port;
    /* v10-11, nullable v10-11, default null. The rack of the node, or null
     * if it has not been assigned to a rack. */
    kmsg_str_t rack;
} kmsg_produce_response_node_endpoint_t;

void kmsg_produce_response_node_endpoint_init(
    kmsg_produce_response_node_endpoint_t *m);

typedef struct kmsg_produce_response {
    /* v0-11. Each produce response */
    kmsg_produce_response_topic_produce_response_t *responses;
    int32_t responses_count;
    /* v1-11, default 0, ignorable. The duration in milliseconds for which
     * the request was throttled due to a quota violation, or zero if the
     * request did not violate any quota. */
    int32_t throttle_time_ms;
    /* v10-11, tag 0. Endpoints for all current-leaders enumerated in
     * PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER. */
    kmsg_produce_response_node_endpoint_t *node_endpoints;
    int32_t node_endpoints_count;
} kmsg_produce_response_t;


void kmsg_produce_response_init(kmsg_produce_response_t *m);
int kmsg_produce_response_decode(wire_reader_t *r, int16_t version,
                                 wire_arena_t *arena,
                                 kmsg_produce_response_t *out);
int kmsg_produce_response_encode(wire_writer_t *w, int16_t version,
                                 const kmsg_produce_response_t *in);

/* ------------------------------------------------------------------------ */
/* FetchRequest: valid v0-16, flexible v12-16, API key 1 */

typedef struct kmsg_fetch_request_replica_state {
    /* v15-16, default -1. The replica ID of the follower, or -1 if this
     * request is from a consumer. */
    int32_t replica_id;
    /* v15-16, default -1. The epoch of this follower, or -1 if not
     * available. */
    int64_t replica_epoch;
} kmsg_fetch_request_replica_state_t;

void kmsg_fetch_request_replica_state_init(
    kmsg_fetch_request_replica_state_t *m);

typedef struct kmsg_fetch_request_fetch_partition {
    /* v0-16. The partition index. */
    int32_t partition;
    /* v9-16, default -1, ignorable. The current leader epoch of the
     * partition. */
    int32_t current_leader_epoch;
    /* v0-16. The message offset. */
    int64_t fetch_offset;
    /* v12-16, default -1. The epoch of the last fetched record or -1 if
     * there is none */
    int32_t last_fetched_epoch;
    /* v5-16, default -1, ignorable. The earliest available offset of the
     * follower replica.  The field is only used when the request is sent by
     * the follower. */
    int64_t log_start_offset;
    /* v0-16. The maximum bytes to fetch from this partition.  See KIP-74 for
     * cases where this limit may not be honored. */
    int32_t partition_max_bytes;
} kmsg_fetch_request_fetch_partition_t;

void kmsg_fetch_request_fetch_partition_init(
    kmsg_fetch_request_fetch_partition_t *m);

typedef struct kmsg_fetch_request_fetch_topic {
    /* v0-12, ignorable. The name of the topic to fetch. */
    kmsg_str_t topic;
    /* v13-16, ignorable. The unique topic ID */
    kmsg_uuid_t topic_id;
    /* v0-16. The partitions to fetch. */
    kmsg_fetch_request_fetch_partition_t *partitions;
    int32_t partitions_count;
} kmsg_fetch_request_fetch_topic_t;

void kmsg_fetch_request_fetch_topic_init(kmsg_fetch_request_fetch_topic_t *m);

typedef struct kmsg_fetch_request_forgotten_topic {
    /* v7-12, ignorable. The topic name. */
    kmsg_str_t topic;
    /* v13-16, ignorable. The unique topic ID */
    kmsg_uuid_t topic_id;
    /* v7-16. The partitions indexes to forget. */
    int32_t *partitions;
    int32_t partitions_count;
} kmsg_fetch_request_forgotten_topic_t;

void kmsg_fetch_request_forgotten_topic_init(
    kmsg_fetch_request_forgotten_topic_t *m);

typedef struct kmsg_fetch_request {
    /* v12-16, tag 0, nullable v12-16, default null, ignorable. The clusterId
     * if known. This is used to validate metadata fetches prior to broker
     * registration. */
    kmsg_str_t cluster_id;
    /* v0-14, default -1. The broker ID of the follower, of -1 if this
     * request is from a consumer. */
    int32_t replica_id;
    /* v15-16, tag 1. */
    kmsg_fetch_request_replica_state_t replica_state;
    /* v0-16. The maximum time in milliseconds to wait for the response. */
    int32_t max_wait_ms;
    /* v0-16. The minimum bytes to accumulate in the response. */
    int32_t min_bytes;
    /* v3-16, default 0x7fffffff, ignorable. The maximum bytes to fetch.  See
     * KIP-74 for cases where this limit may not be honored. */
    int32_t max_bytes;
    /* v4-16, default 0, ignorable. This setting controls the visibility of
     * transactional records. Using READ_UNCOMMITTED (isolation_level = 0)
     * makes all records visible. With READ_COMMITTED (isolation_level = 1),
     * non-transactional and COMMITTED transactional records are visible. To
     * be more concrete, READ_COMMITTED returns all data from offsets smaller
     * than the current LSO (last stable offset), and enables the inclusion
     * of the list of aborted transactions in the result, which allows
     * consumers to discard ABORTED transactional records */
    int8_t isolation_level;
    /* v7-16, default 0, ignorable. The fetch session ID. */
    int32_t session_id;
    /* v7-16, default -1, ignorable. The fetch session epoch, which is used
     * for ordering requests in a session. */
    int32_t session_epoch;
    /* v0-16. The topics to fetch. */
    kmsg_fetch_request_fetch_topic_t *topics;
    int32_t topics_count;
    /* v7-16. In an incremental fetch request, the partitions to remove. */
    kmsg_fetch_request_forgotten_topic_t *forgotten_topics_data;
    int32_t forgotten_topics_data_count;
    /* v11-16, default "", ignorable. Rack ID of the consumer making this
     * request */
    kmsg_str_t rack_id;
} kmsg_fetch_request_t;


void kmsg_fetch_request_init(kmsg_fetch_request_t *m);
int kmsg_fetch_request_decode(wire_reader_t *r, int16_t version,
                              wire_arena_t *arena, kmsg_fetch_request_t *out);
int kmsg_fetch_request_encode(wire_writer_t *w, int16_t version,
                              const kmsg_fetch_request_t *in);

/* ------------------------------------------------------------------------ */
/* FetchResponse: valid v0-16, flexible v12-16, API key 1 */

typedef struct kmsg_fetch_response_epoch_end_offset {
    /* v12-16, default -1. */
    int32_t epoch;
    /* v12-16, default -1. */
    int64_t end_offset;
} kmsg_fetch_response_epoch_end_offset_t;

void kmsg_fetch_response_epoch_end_offset_init(
    kmsg_fetch_response_epoch_end_offset_t *m);

typedef struct kmsg_fetch_response_leader_id_and_epoch {
    /* v12-16, default -1. The ID of the current leader or -1 if the leader
     * is unknown. */
    int32_t leader_id;
    /* v12-16, default -1. The latest known leader epoch */
    int32_t leader_epoch;
} kmsg_fetch_response_leader_id_and_epoch_t;

void kmsg_fetch_response_leader_id_and_epoch_init(
    kmsg_fetch_response_leader_id_and_epoch_t *m);

typedef struct kmsg_fetch_response_snapshot_id {
    /* v12-16, default -1. */
    int64_t end_offset;
    /* v12-16, default -1. */
    int32_t epoch;
} kmsg_fetch_response_snapshot_id_t;

void kmsg_fetch_response_snapshot_id_init(kmsg_fetch_response_snapshot_id_t *m);

typedef struct kmsg_fetch_response_aborted_transaction {
    /* v4-16. The producer id associated with the aborted transaction. */
    int64_t producer_id;
    /* v4-16. The first offset in the aborted transaction. */
    int64_t first_offset;
} kmsg_fetch_response_aborted_transaction_t;

void kmsg_fetch_response_aborted_transaction_init(
    kmsg_fetch_response_aborted_transaction_t *m);

typedef struct kmsg_fetch_response_partition_data {
    /* v0-16. The partition index. */
    int32_t partition_index;
    /* v0-16. The error code, or 0 if there was no fetch error. */
    int16_t error_code;
    /* v0-16. The current high water mark. */
    int64_t high_watermark;
    /* v4-16, default -1, ignorable. The last stable offset (or LSO) of the
     * partition. This is the last offset such that the state of all
     * transactional records prior to this offset have been decided (ABORTED
     * or COMMITTED) */
    int64_t last_stable_offset;
    /* v5-16, default -1, ignorable. The current log start offset. */
    int64_t log_start_offset;
    /* v12-16, tag 0. In case divergence is detected based on the
     * `LastFetchedEpoch` and `FetchOffset` in the request, this field
     * indicates the largest epoch and its end offset such that subsequent
     * records are known to diverge */
    kmsg_fetch_response_epoch_end_offset_t diverging_epoch;
    /* v12-16, tag 1. */
    kmsg_fetch_response_leader_id_and_epoch_t current_leader;
    /* v12-16, tag 2. In the case of fetching an offset less than the
     * LogStartOffset, this is the end offset and epoch that should be used
     * in the FetchSnapshot request. */
    kmsg_fetch_response_snapshot_id_t snapshot_id;
    /* v4-16, nullable v4-16, ignorable. The aborted transactions. */
    kmsg_fetch_response_aborted_transaction_t *aborted_transactions;
    int32_t aborted_transactions_count;
    /* v11-16, default -1. The preferred read replica for the consumer to use
     * on its next fetch request */
    int32_t preferred_read_replica;
    /* v0-16, nullable v0-16. The record data. */
    kmsg_records_t records;
} kmsg_fetch_response_partition_data_t;

void kmsg_fetch_response_partition_data_init(
    kmsg_fetch_response_partition_data_t *m);

typedef struct kmsg_fetch_response_fetchable_topic_response {
    /* v0-12, ignorable. The topic name. */
    kmsg_str_t topic;
    /* v13-16, ignorable. The unique topic ID */
    kmsg_uuid_t topic_id;
    /* v0-16. The topic partitions. */
    kmsg_fetch_response_partition_data_t *partitions;
    int32_t partitions_count;
} kmsg_fetch_response_fetchable_topic_response_t;

void kmsg_fetch_response_fetchable_topic_response_init(
    kmsg_fetch_response_fetchable_topic_response_t *m);

typedef struct kmsg_fetch_response_node_endpoint {
    /* v16. The ID of the associated node. */
    int32_t node_id;
    /* v16. The node's hostname. */
    kmsg_str_t host;
    /* v16. The node's port. */
    int32_t port;
    /* v16, nullable v16, default null. The rack of the node, or null if it
     * has not been assigned to a rack. */
    kmsg_str_t rack;
} kmsg_fetch_response_node_endpoint_t;

void kmsg_fetch_response_node_endpoint_init(
    kmsg_fetch_response_node_endpoint_t *m);

typedef struct kmsg_fetch_response {
    /* v1-16, ignorable. The duration in milliseconds for which the request
     * was throttled due to a quota violation, or zero if the request did not
     * violate any quota. */
    int32_t throttle_time_ms;
    /* v7-16, ignorable. The top level response error code. */
    int16_t error_code;
    /* v7-16, default 0. The fetch session ID, or 0 if this is not part of a
     * fetch session. */
    int32_t session_id;
    /* v0-16. The response topics. */
    kmsg_fetch_response_fetchable_topic_response_t *responses;
    int32_t responses_count;
    /* v16, tag 0. Endpoints for all current-leaders enumerated in
     * PartitionData, with errors NOT_LEADER_OR_FOLLOWER &
     * FENCED_LEADER_EPOCH. */
    kmsg_fetch_response_node_endpoint_t *node_endpoints;
    int32_t node_endpoints_count;
} kmsg_fetch_response_t;


void kmsg_fetch_response_init(kmsg_fetch_response_t *m);
int kmsg_fetch_response_decode(wire_reader_t *r, int16_t version,
                               wire_arena_t *arena, kmsg_fetch_response_t *out);
int kmsg_fetch_response_encode(wire_writer_t *w, int16_t version,
                               const kmsg_fetch_response_t *in);

/* ------------------------------------------------------------------------ */
/* ListOffsetsRequest: valid v0-8, flexible v6-8, API key 2 */

typedef struct kmsg_list_offsets_request_list_offsets_partition {
    /* v0-8. The partition index. */
    int32_t partition_index;
    /* v4-8, default -1, ignorable. The current leader epoch. */
    int32_t current_leader_epoch;
    /* v0-8. The current timestamp. */
    int64_t timestamp;
    /* v0, default 1. The maximum number of offsets to report. */
    int32_t max_num_offsets;
} kmsg_list_offsets_request_list_offsets_partition_t;

void kmsg_list_offsets_request_list_offsets_partition_init(
    kmsg_list_offsets_request_list_offsets_partition_t *m);

typedef struct kmsg_list_offsets_request_list_offsets_topic {
    /* v0-8. The topic name. */
    kmsg_str_t name;
    /* v0-8. Each partition in the request. */
    kmsg_list_offsets_request_list_offsets_partition_t *partitions;
    int32_t partitions_count;
} kmsg_list_offsets_request_list_offsets_topic_t;

void kmsg_list_offsets_request_list_offsets_topic_init(
    kmsg_list_offsets_request_list_offsets_topic_t *m);

typedef struct kmsg_list_offsets_request {
    /* v0-8. The broker ID of the requester, or -1 if this request is being
     * made by a normal consumer. */
    int32_t replica_id;
    /* v2-8. This setting controls the visibility of transactional records.
     * Using READ_UNCOMMITTED (isolation_level = 0) makes all records
     * visible. With READ_COMMITTED (isolation_level = 1), non-transactional
     * and COMMITTED transactional records are visible. To be more concrete,
     * READ_COMMITTED returns all data from offsets smaller than the current
     * LSO (last stable offset), and enables the inclusion of the list of
     * aborted transactions in the result, which allows consumers to discard
     * ABORTED transactional records */
    int8_t isolation_level;
    /* v0-8. Each topic in the request. */
    kmsg_list_offsets_request_list_offsets_topic_t *topics;
    int32_t topics_count;
} kmsg_list_offsets_request_t;


void kmsg_list_offsets_request_init(kmsg_list_offsets_request_t *m);
int kmsg_list_offsets_request_decode(wire_reader_t *r, int16_t version,
                                     wire_arena_t *arena,
                                     kmsg_list_offsets_request_t *out);
int kmsg_list_offsets_request_encode(wire_writer_t *w, int16_t version,
                                     const kmsg_list_offsets_request_t *in);

/* ------------------------------------------------------------------------ */
/* ListOffsetsResponse: valid v0-8, flexible v6-8, API key 2 */

typedef struct kmsg_list_offsets_response_list_offsets_partition_response {
    /* v0-8. The partition index. */
    int32_t partition_index;
    /* v0-8. The partition error code, or 0 if there was no error. */
    int16_t error_code;
    /* v0. The result offsets. */
    int64_t *old_style_offsets;
    int32_t old_style_offsets_count;
    /* v1-8, default -1. The timestamp associated with the returned offset. */
    int64_t timestamp;
    /* v1-8, default -1. The returned offset. */
    int64_t offset;
    /* v4-8, default -1. */
    int32_t leader_epoch;
} kmsg_list_offsets_response_list_offsets_partition_response_t;

void kmsg_list_offsets_response_list_offsets_partition_response_init(
    kmsg_list_offsets_response_list_offsets_partition_response_t *m);

typedef struct kmsg_list_offsets_response_list_offsets_topic_response {
    /* v0-8. The topic name */
    kmsg_str_t name;
    /* v0-8. Each partition in the response. */
    kmsg_list_offsets_response_list_offsets_partition_response_t *partitions;
    int32_t partitions_count;
} kmsg_list_offsets_response_list_offsets_topic_response_t;

void kmsg_list_offsets_response_list_offsets_topic_response_init(
    kmsg_list_offsets_response_list_offsets_topic_response_t *m);

typedef struct kmsg_list_offsets_response {
    /* v2-8, ignorable. The duration in milliseconds for which the request
     * was throttled due to a quota violation, or zero if the request did not
     * violate any quota. */
    int32_t throttle_time_ms;
    /* v0-8. Each topic in the response. */
    kmsg_list_offsets_response_list_offsets_topic_response_t *topics;
    int32_t topics_count;
} kmsg_list_offsets_response_t;


void kmsg_list_offsets_response_init(kmsg_list_offsets_response_t *m);
int kmsg_list_offsets_response_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_list_offsets_response_t *out);
int kmsg_list_offsets_response_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_list_offsets_response_t *in);

/* ------------------------------------------------------------------------ */
/* MetadataRequest: valid v0-12, flexible v9-12, API key 3 */

typedef struct kmsg_metadata_request_topic {
    /* v10-12, ignorable. The topic id. */
    kmsg_uuid_t topic_id;
    /* v0-12, nullable v10-12. The topic name. */
    kmsg_str_t name;
} kmsg_metadata_request_topic_t;

void kmsg_metadata_request_topic_init(kmsg_metadata_request_topic_t *m);

typedef struct kmsg_metadata_request {
    /* v0-12, nullable v1-12. The topics to fetch metadata for. */
    kmsg_metadata_request_topic_t *topics;
    int32_t topics_count;
    /* v4-12, default true. If this is true, the broker may auto-create
     * topics that we requested which do not already exist, if it is
     * configured to do so. */
    bool allow_auto_topic_creation;
    /* v8-10. Whether to include cluster authorized operations. */
    bool include_cluster_authorized_operations;
    /* v8-12. Whether to include topic authorized operations. */
    bool include_topic_authorized_operations;
} kmsg_metadata_request_t;


void kmsg_metadata_request_init(kmsg_metadata_request_t *m);
int kmsg_metadata_request_decode(wire_reader_t *r, int16_t version,
                                 wire_arena_t *arena,
                                 kmsg_metadata_request_t *out);
int kmsg_metadata_request_encode(wire_writer_t *w, int16_t version,
                                 const kmsg_metadata_request_t *in);

/* ------------------------------------------------------------------------ */
/* MetadataResponse: valid v0-12, flexible v9-12, API key 3 */

typedef struct kmsg_metadata_response_broker {
    /* v0-12. The broker ID. */
    int32_t node_id;
    /* v0-12. The broker hostname. */
    kmsg_str_t host;
    /* v0-12. The broker port. */
    int32_t port;
    /* v1-12, nullable v1-12, default null, ignorable. The rack of the
     * broker, or null if it has not been assigned to a rack. */
    kmsg_str_t rack;
} kmsg_metadata_response_broker_t;

void kmsg_metadata_response_broker_init(kmsg_metadata_response_broker_t *m);

typedef struct kmsg_metadata_response_partition {
    /* v0-12. The partition error, or 0 if there was no error. */
    int16_t error_code;
    /* v0-12. The partition index. */
    int32_t partition_index;
    /* v0-12. The ID of the leader broker. */
    int32_t leader_id;
    /* v7-12, default -1, ignorable. The leader epoch of this partition. */
    int32_t leader_epoch;
    /* v0-12. The set of all nodes that host this partition. */
    int32_t *replica_nodes;
    int32_t replica_nodes_count;
    /* v0-12. The set of nodes that are in sync with the leader for this
     * partition. */
    int32_t *isr_nodes;
    int32_t isr_nodes_count;
    /* v5-12, ignorable. The set of offline replicas of this partition. */
    int32_t *offline_replicas;
    int32_t offline_replicas_count;
} kmsg_metadata_response_partition_t;

void kmsg_metadata_response_partition_init(
    kmsg_metadata_response_partition_t *m);

typedef struct kmsg_metadata_response_topic {
    /* v0-12. The topic error, or 0 if there was no error. */
    int16_t error_code;
    /* v0-12, nullable v12. The topic name. Null for non-existing topics
     * queried by ID. This is never null when ErrorCode is zero. One of Name
     * and TopicId is always populated. */
    kmsg_str_t name;
    /* v10-12, ignorable. The topic id. Zero for non-existing topics queried
     * by name. This is never zero when ErrorCode is zero. One of Name and
     * TopicId is always populated. */
    kmsg_uuid_t topic_id;
    /* v1-12, default false, ignorable. True if the topic is internal. */
    bool is_internal;
    /* v0-12. Each partition in the topic. */
    kmsg_metadata_response_partition_t *partitions;
    int32_t partitions_count;
    /* v8-12, default -2147483648. 32-bit bitfield to represent authorized
     * operations for this topic. */
    int32_t topic_authorized_operations;
} kmsg_metadata_response_topic_t;

void kmsg_metadata_response_topic_init(kmsg_metadata_response_topic_t *m);

typedef struct kmsg_metadata_response {
    /* v3-12, ignorable. The duration in milliseconds for which the request
     * was throttled due to a quota violation, or zero if the request did not
     * violate any quota. */
    int32_t throttle_time_ms;
    /* v0-12. A list of brokers present in the cluster. */
    kmsg_metadata_response_broker_t *brokers;
    int32_t brokers_count;
    /* v2-12, nullable v2-12, default null, ignorable. The cluster ID that
     * responding broker belongs to. */
    kmsg_str_t cluster_id;
    /* v1-12, default -1, ignorable. The ID of the controller broker. */
    int32_t controller_id;
    /* v0-12. Each topic in the response. */
    kmsg_metadata_response_topic_t *topics;
    int32_t topics_count;
    /* v8-10, default -2147483648. 32-bit bitfield to represent authorized
     * operations for this cluster. */
    int32_t cluster_authorized_operations;
} kmsg_metadata_response_t;


void kmsg_metadata_response_init(kmsg_metadata_response_t *m);
int kmsg_metadata_response_decode(wire_reader_t *r, int16_t version,
                                  wire_arena_t *arena,
                                  kmsg_metadata_response_t *out);
int kmsg_metadata_response_encode(wire_writer_t *w, int16_t version,
                                  const kmsg_metadata_response_t *in);

/* ------------------------------------------------------------------------ */
/* OffsetCommitRequest: valid v0-9, flexible v8-9, API key 8 */

typedef struct kmsg_offset_commit_request_partition {
    /* v0-9. The partition index. */
    int32_t partition_index;
    /* v0-9. The message offset to be committed. */
    int64_t committed_offset;
    /* v6-9, default -1, ignorable. The leader epoch of this partition. */
    int32_t committed_leader_epoch;
    /* v1, default -1. The timestamp of the commit. */
    int64_t commit_timestamp;
    /* v0-9, nullable v0-9. Any associated metadata the client wants to keep. */
    kmsg_str_t committed_metadata;
} kmsg_offset_commit_request_partition_t;

void kmsg_offset_commit_request_partition_init(
    kmsg_offset_commit_request_partition_t *m);

typedef struct kmsg_offset_commit_request_topic {
    /* v0-9. The topic name. */
    kmsg_str_t name;
    /* v0-9. Each partition to commit offsets for. */
    kmsg_offset_commit_request_partition_t *partitions;
    int32_t partitions_count;
} kmsg_offset_commit_request_topic_t;

void kmsg_offset_commit_request_topic_init(
    kmsg_offset_commit_request_topic_t *m);

typedef struct kmsg_offset_commit_request {
    /* v0-9. The unique group identifier. */
    kmsg_str_t group_id;
    /* v1-9, default -1, ignorable. The generation of the group if using the
     * classic group protocol or the member epoch if using the consumer
     * protocol. */
    int32_t generation_id_or_member_epoch;
    /* v1-9, ignorable. The member ID assigned by the group coordinator. */
    kmsg_str_t member_id;
    /* v7-9, nullable v7-9, default null. The unique identifier of the
     * consumer instance provided by end user. */
    kmsg_str_t group_instance_id;
    /* v2-4, default -1, ignorable. The time period in ms to retain the
     * offset. */
    int64_t retention_time_ms;
    /* v0-9. The topics to commit offsets for. */
    kmsg_offset_commit_request_topic_t *topics;
    int32_t topics_count;
} kmsg_offset_commit_request_t;


void kmsg_offset_commit_request_init(kmsg_offset_commit_request_t *m);
int kmsg_offset_commit_request_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_offset_commit_request_t *out);
int kmsg_offset_commit_request_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_offset_commit_request_t *in);

/* ------------------------------------------------------------------------ */
/* OffsetCommitResponse: valid v0-9, flexible v8-9, API key 8 */

typedef struct kmsg_offset_commit_response_partition {
    /* v0-9. The partition index. */
    int32_t partition_index;
    /* v0-9. The error code, or 0 if there was no error. */
    int16_t error_code;
} kmsg_offset_commit_response_partition_t;

void kmsg_offset_commit_response_partition_init(
    kmsg_offset_commit_response_partition_t *m);

typedef struct kmsg_offset_commit_response_topic {
    /* v0-9. The topic name. */
    kmsg_str_t name;
    /* v0-9. The responses for each partition in the topic. */
    kmsg_offset_commit_response_partition_t *partitions;
    int32_t partitions_count;
} kmsg_offset_commit_response_topic_t;

void kmsg_offset_commit_response_topic_init(
    kmsg_offset_commit_response_topic_t *m);

typedef struct kmsg_offset_commit_response {
    /* v3-9, ignorable. The duration in milliseconds for which the request
     * was throttled due to a quota violation, or zero if the request did not
     * violate any quota. */
    int32_t throttle_time_ms;
    /* v0-9. The responses for each topic. */
    kmsg_offset_commit_response_topic_t *topics;
    int32_t topics_count;
} kmsg_offset_commit_response_t;


void kmsg_offset_commit_response_init(kmsg_offset_commit_response_t *m);
int kmsg_offset_commit_response_decode(wire_reader_t *r, int16_t version,
                                       wire_arena_t *arena,
                                       kmsg_offset_commit_response_t *out);
int kmsg_offset_commit_response_encode(wire_writer_t *w, int16_t version,
                                       const kmsg_offset_commit_response_t *in);

/* ------------------------------------------------------------------------ */
/* OffsetFetchRequest: valid v0-9, flexible v6-9, API key 9 */

typedef struct kmsg_offset_fetch_request_topic {
    /* v0-7. The topic name. */
    kmsg_str_t name;
    /* v0-7. The partition indexes we would like to fetch offsets for. */
    int32_t *partition_indexes;
    int32_t partition_indexes_count;
} kmsg_offset_fetch_request_topic_t;

void kmsg_offset_fetch_request_topic_init(kmsg_offset_fetch_request_topic_t *m);

typedef struct kmsg_offset_fetch_request_topics {
    /* v8-9. The topic name. */
    kmsg_str_t name;
    /* v8-9. The partition indexes we would like to fetch offsets for. */
    int32_t *partition_indexes;
    int32_t partition_indexes_count;
} kmsg_offset_fetch_request_topics_t;

void kmsg_offset_fetch_request_topics_init(
    kmsg_offset_fetch_request_topics_t *m);

typedef struct kmsg_offset_fetch_request_group {
    /* v8-9. The group ID. */
    kmsg_str_t group_id;
    /* v9, nullable v9, default null, ignorable. The member ID assigned by
     * the group coordinator if using the new consumer protocol (KIP-848). */
    kmsg_str_t member_id;
    /* v9, default -1, ignorable. The member epoch if using the new consumer
     * protocol (KIP-848). */
    int32_t member_epoch;
    /* v8-9, nullable v8-9. Each topic we would like to fetch offsets for, or
     * null to fetch offsets for all topics. */
    kmsg_offset_fetch_request_topics_t *topics;
    int32_t topics_count;
} kmsg_offset_fetch_request_group_t;

void kmsg_offset_fetch_request_group_init(kmsg_offset_fetch_request_group_t *m);

typedef struct kmsg_offset_fetch_request {
    /* v0-7. The group to fetch offsets for. */
    kmsg_str_t group_id;
    /* v0-7, nullable v2-7. Each topic we would like to fetch offsets for, or
     * null to fetch offsets for all topics. */
    kmsg_offset_fetch_request_topic_t *topics;
    int32_t topics_count;
    /* v8-9. Each group we would like to fetch offsets for */
    kmsg_offset_fetch_request_group_t *groups;
    int32_t groups_count;
    /* v7-9, default false. Whether broker should hold on returning unstable
     * offsets but set a retriable error code for the partitions. */
    bool require_stable;
} kmsg_offset_fetch_request_t;


void kmsg_offset_fetch_request_init(kmsg_offset_fetch_request_t *m);
int kmsg_offset_fetch_request_decode(wire_reader_t *r, int16_t version,
                                     wire_arena_t *arena,
                                     kmsg_offset_fetch_request_t *out);
int kmsg_offset_fetch_request_encode(wire_writer_t *w, int16_t version,
                                     const kmsg_offset_fetch_request_t *in);

/* ------------------------------------------------------------------------ */
/* OffsetFetchResponse: valid v0-9, flexible v6-9, API key 9 */

typedef struct kmsg_offset_fetch_response_partition {
    /* v0-7. The partition index. */
    int32_t partition_index;
    /* v0-7. The committed message offset. */
    int64_t committed_offset;
    /* v5-7, default -1, ignorable. The leader epoch. */
    int32_t committed_leader_epoch;
    /* v0-7, nullable v0-7. The partition metadata. */
    kmsg_str_t metadata;
    /* v0-7. The error code, or 0 if there was no error. */
    int16_t error_code;
} kmsg_offset_fetch_response_partition_t;

void kmsg_offset_fetch_response_partition_init(
    kmsg_offset_fetch_response_partition_t *m);

typedef struct kmsg_offset_fetch_response_topic {
    /* v0-7. The topic name. */
    kmsg_str_t name;
    /* v0-7. The responses per partition */
    kmsg_offset_fetch_response_partition_t *partitions;
    int32_t partitions_count;
} kmsg_offset_fetch_response_topic_t;

void kmsg_offset_fetch_response_topic_init(
    kmsg_offset_fetch_response_topic_t *m);

typedef struct kmsg_offset_fetch_response_partitions {
    /* v8-9. The partition index. */
    int32_t partition_index;
    /* v8-9. The committed message offset. */
    int64_t committed_offset;
    /* v8-9, default -1, ignorable. The leader epoch. */
    int32_t committed_leader_epoch;
    /* v8-9, nullable v8-9. The partition metadata. */
    kmsg_str_t metadata;
    /* v8-9. The partition-level error code, or 0 if there was no error. */
    int16_t error_code;
} kmsg_offset_fetch_response_partitions_t;

void kmsg_offset_fetch_response_partitions_init(
    kmsg_offset_fetch_response_partitions_t *m);

typedef struct kmsg_offset_fetch_response_topics {
    /* v8-9. The topic name. */
    kmsg_str_t name;
    /* v8-9. The responses per partition */
    kmsg_offset_fetch_response_partitions_t *partitions;
    int32_t partitions_count;
} kmsg_offset_fetch_response_topics_t;

void kmsg_offset_fetch_response_topics_init(
    kmsg_offset_fetch_response_topics_t *m);

typedef struct kmsg_offset_fetch_response_group {
    /* v8-9. The group ID. */
    kmsg_str_t group_id;
    /* v8-9. The responses per topic. */
    kmsg_offset_fetch_response_topics_t *topics;
    int32_t topics_count;
    /* v8-9, default 0. The group-level error code, or 0 if there was no
     * error. */
    int16_t error_code;
} kmsg_offset_fetch_response_group_t;

void kmsg_offset_fetch_response_group_init(
    kmsg_offset_fetch_response_group_t *m);

typedef struct kmsg_offset_fetch_response {
    /* v3-9, ignorable. The duration in milliseconds for which the request
     * was throttled due to a quota violation, or zero if the request did not
     * violate any quota. */
    int32_t throttle_time_ms;
    /* v0-7. The responses per topic. */
    kmsg_offset_fetch_response_topic_t *topics;
    int32_t topics_count;
    /* v2-7, default 0, ignorable. The top-level error code, or 0 if there
     * was no error. */
    int16_t error_code;
    /* v8-9. The responses per group id. */
    kmsg_offset_fetch_response_group_t *groups;
    int32_t groups_count;
} kmsg_offset_fetch_response_t;


void kmsg_offset_fetch_response_init(kmsg_offset_fetch_response_t *m);
int kmsg_offset_fetch_response_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_offset_fetch_response_t *out);
int kmsg_offset_fetch_response_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_offset_fetch_response_t *in);

/* ------------------------------------------------------------------------ */
/* FindCoordinatorRequest: valid v0-5, flexible v3-5, API key 10 */

typedef struct kmsg_find_coordinator_request {
    /* v0-3. The coordinator key. */
    kmsg_str_t key;
    /* v1-5, default 0. The coordinator key type. (Group, transaction, etc.) */
    int8_t key_type;
    /* v4-5. The coordinator keys. */
    kmsg_str_t *coordinator_keys;
    int32_t coordinator_keys_count;
} kmsg_find_coordinator_request_t;


void kmsg_find_coordinator_request_init(kmsg_find_coordinator_request_t *m);
int kmsg_find_coordinator_request_decode(wire_reader_t *r, int16_t version,
                                         wire_arena_t *arena,
                                         kmsg_find_coordinator_request_t *out);
int kmsg_find_coordinator_request_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_find_coordinator_request_t *in);

/* ------------------------------------------------------------------------ */
/* FindCoordinatorResponse: valid v0-5, flexible v3-5, API key 10 */

typedef struct kmsg_find_coordinator_response_coordinator {
    /* v4-5. The coordinator key. */
    kmsg_str_t key;
    /* v4-5. The node id. */
    int32_t node_id;
    /* v4-5. The host name. */
    kmsg_str_t host;
    /* v4-5. The port. */
    int32_t port;
    /* v4-5. The error code, or 0 if there was no error. */
    int16_t error_code;
    /* v4-5, nullable v4-5, ignorable. The error message, or null if there
     * was no error. */
    kmsg_str_t error_message;
} kmsg_find_coordinator_response_coordinator_t;

void kmsg_find_coordinator_response_coordinator_init(
    kmsg_find_coordinator_response_coordinator_t *m);

typedef struct kmsg_find_coordinator_response {
    /* v1-5, ignorable. The duration in milliseconds for which the request
     * was throttled due to a quota violation, or zero if the request did not
     * violate any quota. */
    int32_t throttle_time_ms;
    /* v0-3. The error code, or 0 if there was no error. */
    int16_t error_code;
    /* v1-3, nullable v1-3, ignorable. The error message, or null if there
     * was no error. */
    kmsg_str_t error_message;
    /* v0-3. The node id. */
    int32_t node_id;
    /* v0-3. The host name. */
    kmsg_str_t host;
    /* v0-3. The port. */
    int32_t port;
    /* v4-5. Each coordinator result in the response */
    kmsg_find_coordinator_response_coordinator_t *coordinators;
    int32_t coordinators_count;
} kmsg_find_coordinator_response_t;


void kmsg_find_coordinator_response_init(kmsg_find_coordinator_response_t *m);
int kmsg_find_coordinator_response_decode(
    wire_reader_t *r, int16_t version, wire_arena_t *arena,
    kmsg_find_coordinator_response_t *out);
int kmsg_find_coordinator_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_find_coordinator_response_t *in);

/* ------------------------------------------------------------------------ */
/* JoinGroupRequest: valid v0-9, flexible v6-9, API key 11 */

typedef struct kmsg_join_group_request_protocol {
    /* v0-9. The protocol name. */
    kmsg_str_t name;
    /* v0-9. The protocol metadata. */
    kmsg_bytes_t metadata;
} kmsg_join_group_request_protocol_t;

void kmsg_join_group_request_protocol_init(
    kmsg_join_group_request_protocol_t *m);

typedef struct kmsg_join_group_request {
    /* v0-9. The group identifier. */
    kmsg_str_t group_id;
    /* v0-9. The coordinator considers the consumer dead if it receives no
     * heartbeat after this timeout in milliseconds. */
    int32_t session_timeout_ms;
    /* v1-9, default -1, ignorable. The maximum time in milliseconds that the
     * coordinator will wait for each member to rejoin when rebalancing the
     * group. */
    int32_t rebalance_timeout_ms;
    /* v0-9. The member id assigned by the group coordinator. */
    kmsg_str_t member_id;
    /* v5-9, nullable v5-9, default null. The unique identifier of the
     * consumer instance provided by end user. */
    kmsg_str_t group_instance_id;
    /* v0-9. The unique name the for class of protocols implemented by the
     * group we want to join. */
    kmsg_str_t protocol_type;
    /* v0-9. The list of protocols that the member supports. */
    kmsg_join_group_request_protocol_t *protocols;
    int32_t protocols_count;
    /* v8-9, nullable v8-9, default null, ignorable. The reason why the
     * member (re-)joins the group. */
    kmsg_str_t reason;
} kmsg_join_group_request_t;


void kmsg_join_group_request_init(kmsg_join_group_request_t *m);
int kmsg_join_group_request_decode(wire_reader_t *r, int16_t version,
                                   wire_arena_t *arena,
                                   kmsg_join_group_request_t *out);
int kmsg_join_group_request_encode(wire_writer_t *w, int16_t version,
                                   const kmsg_join_group_request_t *in);

/* ------------------------------------------------------------------------ */
/* JoinGroupResponse: valid v0-9, flexible v6-9, API key 11 */

typedef struct kmsg_join_group_response_member {
    /* v0-9. The group member ID. */
    kmsg_str_t member_id;
    /* v5-9, nullable v5-9, default null, ignorable. The unique identifier of
     * the consumer instance provided by end user. */
    kmsg_str_t group_instance_id;
    /* v0-9. The group member metadata. */
    kmsg_bytes_t metadata;
} kmsg_join_group_response_member_t;

void kmsg_join_group_response_member_init(kmsg_join_group_response_member_t *m);

typedef struct kmsg_join_group_response {
    /* v2-9, ignorable. The duration in milliseconds for which the request
     * was throttled due to a quota violation, or zero if the request did not
     * violate any quota. */
    int32_t throttle_time_ms;
    /* v0-9. The error code, or 0 if there was no error. */
    int16_t error_code;
    /* v0-9, default -1. The generation ID of the group. */
    int32_t generation_id;
    /* v7-9, nullable v7-9, default null, ignorable. The group protocol name. */
    kmsg_str_t protocol_type;
    /* v0-9, nullable v7-9. The group protocol selected by the coordinator. */
    kmsg_str_t protocol_name;
    /* v0-9. The leader of the group. */
    kmsg_str_t leader;
    /* v9, default false. True if the leader must skip running the
     * assignment. */
    bool skip_assignment;
    /* v0-9. The member ID assigned by the group coordinator. */
    kmsg_str_t member_id;
    /* v0-9. */
    kmsg_join_group_response_member_t *members;
    int32_t members_count;
} kmsg_join_group_response_t;


void kmsg_join_group_response_init(kmsg_join_group_response_t *m);
int kmsg_join_group_response_decode(wire_reader_t *r, int16_t version,
                                    wire_arena_t *arena,
                                    kmsg_join_group_response_t *out);
int kmsg_join_group_response_encode(wire_writer_t *w, int16_t version,
                                    const kmsg_join_group_response_t *in);

/* ------------------------------------------------------------------------ */
/* HeartbeatRequest: valid v0-4, flexible v4, API key 12 */

typedef struct kmsg_heartbeat_request {
    /* v0-4. The group id. */
    kmsg_str_t group_id;
    /* v0-4. The generation of the group. */
    int32_t generation_id;
    /* v0-4. The member ID. */
    kmsg_str_t member_id;
    /* v3-4, nullable v3-4, default null. The unique identifier of the
     * consumer instance provided by end user. */
    kmsg_str_t group_instance_id;
} kmsg_heartbeat_request_t;


void kmsg_heartbeat_request_init(kmsg_heartbeat_request_t *m);
int kmsg_heartbeat_request_decode(wire_reader_t *r, int16_t version,
                                  wire_arena_t *arena,
                                  kmsg_heartbeat_request_t *out);
int kmsg_heartbeat_request_encode(wire_writer_t *w, int16_t version,
                                  const kmsg_heartbeat_request_t *in);

/* ------------------------------------------------------------------------ */
/* HeartbeatResponse: valid v0-4, flexible v4, API key 12 */

typedef struct kmsg_heartbeat_response {
    /* v1-4, ignorable. The duration in milliseconds for which the request
     * was throttled due to a quota violation, or zero if the request did not
     * violate any quota. */
    int32_t throttle_time_ms;
    /* v0-4. The error code, or 0 if there was no error. */
    int16_t error_code;
} kmsg_heartbeat_response_t;


void kmsg_heartbeat_response_init(kmsg_heartbeat_response_t *m);
int kmsg_heartbeat_response_decode(wire_reader_t *r, int16_t version,
                                   wire_arena_t *arena,
                                   kmsg_heartbeat_response_t *out);
int kmsg_heartbeat_response_encode(wire_writer_t *w, int16_t version,
                                   const kmsg_heartbeat_response_t *in);

/* ------------------------------------------------------------------------ */
/* LeaveGroupRequest: valid v0-5, flexible v4-5, API key 13 */

typedef struct kmsg_leave_group_request_member_identity {
    /* v3-5. The member ID to remove from the group. */
    kmsg_str_t member_id;
    /* v3-5, nullable v3-5, default null. The group instance ID to remove
     * from the group. */
    kmsg_str_t group_instance_id;
    /* v5, nullable v5, default null, ignorable. The reason why the member
     * left the group. */
    kmsg_str_t reason;
} kmsg_leave_group_request_member_identity_t;

void kmsg_leave_group_request_member_identity_init(
    kmsg_leave_group_request_member_identity_t *m);

typedef struct kmsg_leave_group_request {
    /* v0-5. The ID of the group to leave. */
    kmsg_str_t group_id;
    /* v0-2. The member ID to remove from the group. */
    kmsg_str_t member_id;
    /* v3-5. List of leaving member identities. */
    kmsg_leave_group_request_member_identity_t *members;
    int32_t members_count;
} kmsg_leave_group_request_t;


void kmsg_leave_group_request_init(kmsg_leave_group_request_t *m);
int kmsg_leave_group_request_decode(wire_reader_t *r, int16_t version,
                                    wire_arena_t *arena,
                                    kmsg_leave_group_request_t *out);
int kmsg_leave_group_request_encode(wire_writer_t *w, int16_t version,
                                    const kmsg_leave_group_request_t *in);

/* ------------------------------------------------------------------------ */
/* LeaveGroupResponse: valid v0-5, flexible v4-5, API key 13 */

typedef struct kmsg_leave_group_response_member_response {
    /* v3-5. The member ID to remove from the group. */
    kmsg_str_t member_id;
    /* v3-5, nullable v3-5. The group instance ID to remove from the group. */
    kmsg_str_t group_instance_id;
    /* v3-5. The error code, or 0 if there was no error. */
    int16_t error_code;
} kmsg_leave_group_response_member_response_t;

void kmsg_leave_group_response_member_response_init(
    kmsg_leave_group_response_member_response_t *m);

typedef struct kmsg_leave_group_response {
    /* v1-5, ignorable. The duration in milliseconds for which the request
     * was throttled due to a quota violation, or zero if the request did not
     * violate any quota. */
    int32_t throttle_time_ms;
    /* v0-5. The error code, or 0 if there was no error. */
    int16_t error_code;
    /* v3-5. List of leaving member responses. */
    kmsg_leave_group_response_member_response_t *members;
    int32_t members_count;
} kmsg_leave_group_response_t;


void kmsg_leave_group_response_init(kmsg_leave_group_response_t *m);
int kmsg_leave_group_response_decode(wire_reader_t *r, int16_t version,
                                     wire_arena_t *arena,
                                     kmsg_leave_group_response_t *out);
int kmsg_leave_group_response_encode(wire_writer_t *w, int16_t version,
                                     const kmsg_leave_group_response_t *in);

/* ------------------------------------------------------------------------ */
/* SyncGroupRequest: valid v0-5, flexible v4-5, API key 14 */

typedef struct kmsg_sync_group_request_assignment {
    /* v0-5. The ID of the member to assign. */
    kmsg_str_t member_id;
    /* v0-5. The member assignment. */
    kmsg_bytes_t assignment;
} kmsg_sync_group_request_assignment_t;

void kmsg_sync_group_request_assignment_init(
    kmsg_sync_group_request_assignment_t *m);

typedef struct kmsg_sync_group_request {
    /* v0-5. The unique group identifier. */
    kmsg_str_t group_id;
    /* v0-5. The generation of the group. */
    int32_t generation_id;
    /* v0-5. The member ID assigned by the group. */
    kmsg_str_t member_id;
    /* v3-5, nullable v3-5, default null. The unique identifier of the
     * consumer instance provided by end user. */
    kmsg_str_t group_instance_id;
    /* v5, nullable v5, default null, ignorable. The group protocol type. */
    kmsg_str_t protocol_type;
    /* v5, nullable v5, default null, ignorable. The group protocol name. */
    kmsg_str_t protocol_name;
    /* v0-5. Each assignment. */
    kmsg_sync_group_request_assignment_t *assignments;
    int32_t assignments_count;
} kmsg_sync_group_request_t;


void kmsg_sync_group_request_init(kmsg_sync_group_request_t *m);
int kmsg_sync_group_request_decode(wire_reader_t *r, int16_t version,
                                   wire_arena_t *arena,
                                   kmsg_sync_group_request_t *out);
int kmsg_sync_group_request_encode(wire_writer_t *w, int16_t version,
                                   const kmsg_sync_group_request_t *in);

/* ------------------------------------------------------------------------ */
/* SyncGroupResponse: valid v0-5, flexible v4-5, API key 14 */

typedef struct kmsg_sync_group_response {
    /* v1-5, ignorable. The duration in milliseconds for which the request
     * was throttled due to a quota violation, or zero if the request did not
     * violate any quota. */
    int32_t throttle_time_ms;
    /* v0-5. The error code, or 0 if there was no error. */
    int16_t error_code;
    /* v5, nullable v5, default null, ignorable. The group protocol type. */
    kmsg_str_t protocol_type;
    /* v5, nullable v5, default null, ignorable. The group protocol name. */
    kmsg_str_t protocol_name;
    /* v0-5. The member assignment. */
    kmsg_bytes_t assignment;
} kmsg_sync_group_response_t;


void kmsg_sync_group_response_init(kmsg_sync_group_response_t *m);
int kmsg_sync_group_response_decode(wire_reader_t *r, int16_t version,
                                    wire_arena_t *arena,
                                    kmsg_sync_group_response_t *out);
int kmsg_sync_group_response_encode(wire_writer_t *w, int16_t version,
                                    const kmsg_sync_group_response_t *in);

/* ------------------------------------------------------------------------ */
/* DescribeGroupsRequest: valid v0-5, flexible v5, API key 15 */

typedef struct kmsg_describe_groups_request {
    /* v0-5. The names of the groups to describe */
    kmsg_str_t *groups;
    int32_t groups_count;
    /* v3-5. Whether to include authorized operations. */
    bool include_authorized_operations;
} kmsg_describe_groups_request_t;


void kmsg_describe_groups_request_init(kmsg_describe_groups_request_t *m);
int kmsg_describe_groups_request_decode(wire_reader_t *r, int16_t version,
                                        wire_arena_t *arena,
                                        kmsg_describe_groups_request_t *out);
int kmsg_describe_groups_request_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_describe_groups_request_t *in);

/* ------------------------------------------------------------------------ */
/* DescribeGroupsResponse: valid v0-5, flexible v5, API key 15 */

typedef struct kmsg_describe_groups_response_described_group_member {
    /* v0-5. The member ID assigned by the group coordinator. */
    kmsg_str_t member_id;
    /* v4-5, nullable v4-5, default null, ignorable. The unique identifier of
     * the consumer instance provided by end user. */
    kmsg_str_t group_instance_id;
    /* v0-5. The client ID used in the member's latest join group request. */
    kmsg_str_t client_id;
    /* v0-5. The client host. */
    kmsg_str_t client_host;
    /* v0-5. The metadata corresponding to the current group protocol in use. */
    kmsg_bytes_t member_metadata;
    /* v0-5. The current assignment provided by the group leader. */
    kmsg_bytes_t member_assignment;
} kmsg_describe_groups_response_described_group_member_t;

void kmsg_describe_groups_response_described_group_member_init(
    kmsg_describe_groups_response_described_group_member_t *m);

typedef struct kmsg_describe_groups_response_described_group {
    /* v0-5. The describe error, or 0 if there was no error. */
    int16_t error_code;
    /* v0-5. The group ID string. */
    kmsg_str_t group_id;
    /* v0-5. The group state string, or the empty string. */
    kmsg_str_t group_state;
    /* v0-5. The group protocol type, or the empty string. */
    kmsg_str_t protocol_type;
    /* v0-5. The group protocol data, or the empty string. */
    kmsg_str_t protocol_data;
    /* v0-5. The group members. */
    kmsg_describe_groups_response_described_group_member_t *members;
    int32_t members_count;
    /* v3-5, default -2147483648. 32-bit bitfield to represent authorized
     * operations for this group. */
    int32_t authorized_operations;
} kmsg_describe_groups_response_described_group_t;

void kmsg_describe_groups_response_described_group_init(
    kmsg_describe_groups_response_described_group_t *m);

typedef struct kmsg_describe_groups_response {
    /* v1-5, ignorable. The duration in milliseconds for which the request
     * was throttled due to a quota violation, or zero if the request did not
     * violate any quota. */
    int32_t throttle_time_ms;
    /* v0-5. Each described group. */
    kmsg_describe_groups_response_described_group_t *groups;
    int32_t groups_count;
} kmsg_describe_groups_response_t;


void kmsg_describe_groups_response_init(kmsg_describe_groups_response_t *m);
int kmsg_describe_groups_response_decode(wire_reader_t *r, int16_t version,
                                         wire_arena_t *arena,
                                         kmsg_describe_groups_response_t *out);
int kmsg_describe_groups_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_describe_groups_response_t *in);

/* ------------------------------------------------------------------------ */
/* ListGroupsRequest: valid v0-5, flexible v3-5, API key 16 */

typedef struct kmsg_list_groups_request {
    /* v4-5. The states of the groups we want to list. If empty, all groups
     * are returned with their state. */
    kmsg_str_t *states_filter;
    int32_t states_filter_count;
    /* v5. The types of the groups we want to list. If empty, all groups are
     * returned with their type. */
    kmsg_str_t *types_filter;
    int32_t types_filter_count;
} kmsg_list_groups_request_t;


void kmsg_list_groups_request_init(kmsg_list_groups_request_t *m);
int kmsg_list_groups_request_decode(wire_reader_t *r, int16_t version,
                                    wire_arena_t *arena,
                                    kmsg_list_groups_request_t *out);
int kmsg_list_groups_request_encode(wire_writer_t *w, int16_t version,
                                    const kmsg_list_groups_request_t *in);

/* ------------------------------------------------------------------------ */
/* ListGroupsResponse: valid v0-5, flexible v3-5, API key 16 */

typedef struct kmsg_list_groups_response_listed_group {
    /* v0-5. The group ID. */
    kmsg_str_t group_id;
    /* v0-5. The group protocol type. */
    kmsg_str_t protocol_type;
    /* v4-5, ignorable. The group state name. */
    kmsg_str_t group_state;
    /* v5, ignorable. The group type name. */
    kmsg_str_t group_type;
} kmsg_list_groups_response_listed_group_t;

void kmsg_list_groups_response_listed_group_init(
    kmsg_list_groups_response_listed_group_t *m);

typedef struct kmsg_list_groups_response {
    /* v1-5, ignorable. The duration in milliseconds for which the request
     * was throttled due to a quota violation, or zero if the request did not
     * violate any quota. */
    int32_t throttle_time_ms;
    /* v0-5. The error code, or 0 if there was no error. */
    int16_t error_code;
    /* v0-5. Each group in the response. */
    kmsg_list_groups_response_listed_group_t *groups;
    int32_t groups_count;
} kmsg_list_groups_response_t;


void kmsg_list_groups_response_init(kmsg_list_groups_response_t *m);
int kmsg_list_groups_response_decode(wire_reader_t *r, int16_t version,
                                     wire_arena_t *arena,
                                     kmsg_list_groups_response_t *out);
int kmsg_list_groups_response_encode(wire_writer_t *w, int16_t version,
                                     const kmsg_list_groups_response_t *in);

/* ------------------------------------------------------------------------ */
/* SaslHandshakeRequest: valid v0-1, API key 17 */

typedef struct kmsg_sasl_handshake_request {
    /* v0-1. The SASL mechanism chosen by the client. */
    kmsg_str_t mechanism;
} kmsg_sasl_handshake_request_t;


void kmsg_sasl_handshake_request_init(kmsg_sasl_handshake_request_t *m);
int kmsg_sasl_handshake_request_decode(wire_reader_t *r, int16_t version,
                                       wire_arena_t *arena,
                                       kmsg_sasl_handshake_request_t *out);
int kmsg_sasl_handshake_request_encode(wire_writer_t *w, int16_t version,
                                       const kmsg_sasl_handshake_request_t *in);

/* ------------------------------------------------------------------------ */
/* SaslHandshakeResponse: valid v0-1, API key 17 */

typedef struct kmsg_sasl_handshake_response {
    /* v0-1. The error code, or 0 if there was no error. */
    int16_t error_code;
    /* v0-1. The mechanisms enabled in the server. */
    kmsg_str_t *mechanisms;
    int32_t mechanisms_count;
} kmsg_sasl_handshake_response_t;


void kmsg_sasl_handshake_response_init(kmsg_sasl_handshake_response_t *m);
int kmsg_sasl_handshake_response_decode(wire_reader_t *r, int16_t version,
                                        wire_arena_t *arena,
                                        kmsg_sasl_handshake_response_t *out);
int kmsg_sasl_handshake_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_sasl_handshake_response_t *in);

/* ------------------------------------------------------------------------ */
/* ApiVersionsRequest: valid v0-3, flexible v3, API key 18 */

typedef struct kmsg_api_versions_request {
    /* v3, ignorable. The name of the client. */
    kmsg_str_t client_software_name;
    /* v3, ignorable. The version of the client. */
    kmsg_str_t client_software_version;
} kmsg_api_versions_request_t;


void kmsg_api_versions_request_init(kmsg_api_versions_request_t *m);
int kmsg_api_versions_request_decode(wire_reader_t *r, int16_t version,
                                     wire_arena_t *arena,
                                     kmsg_api_versions_request_t *out);
int kmsg_api_versions_request_encode(wire_writer_t *w, int16_t version,
                                     const kmsg_api_versions_request_t *in);

/* ------------------------------------------------------------------------ */
/* ApiVersionsResponse: valid v0-3, flexible v3, API key 18 */

typedef struct kmsg_api_versions_response_api_version {
    /* v0-3. The API index. */
    int16_t api_key;
    /* v0-3. The minimum supported version, inclusive. */
    int16_t min_version;
    /* v0-3. The maximum supported version, inclusive. */
    int16_t max_version;
} kmsg_api_versions_response_api_version_t;

void kmsg_api_versions_response_api_version_init(
    kmsg_api_versions_response_api_version_t *m);

typedef struct kmsg_api_versions_response_supported_feature_key {
    /* v3. The name of the feature. */
    kmsg_str_t name;
    /* v3. The minimum supported version for the feature. */
    int16_t min_version;
    /* v3. The maximum supported version for the feature. */
    int16_t max_version;
} kmsg_api_versions_response_supported_feature_key_t;

void kmsg_api_versions_response_supported_feature_key_init(
    kmsg_api_versions_response_supported_feature_key_t *m);

typedef struct kmsg_api_versions_response_finalized_feature_key {
    /* v3. The name of the feature. */
    kmsg_str_t name;
    /* v3. The cluster-wide finalized max version level for the feature. */
    int16_t max_version_level;
    /* v3. The cluster-wide finalized min version level for the feature. */
    int16_t min_version_level;
} kmsg_api_versions_response_finalized_feature_key_t;

void kmsg_api_versions_response_finalized_feature_key_init(
    kmsg_api_versions_response_finalized_feature_key_t *m);

typedef struct kmsg_api_versions_response {
    /* v0-3. The top-level error code. */
    int16_t error_code;
    /* v0-3. The APIs supported by the broker. */
    kmsg_api_versions_response_api_version_t *api_keys;
    int32_t api_keys_count;
    /* v1-3, ignorable. The duration in milliseconds for which the request
     * was throttled due to a quota violation, or zero if the request did not
     * violate any quota. */
    int32_t throttle_time_ms;
    /* v3, tag 0, ignorable. Features supported by the broker. */
    kmsg_api_versions_response_supported_feature_key_t *supported_features;
    int32_t supported_features_count;
    /* v3, tag 1, default -1, ignorable. The monotonically increasing epoch
     * for the finalized features information. Valid values are >= 0. A value
     * of -1 is special and represents unknown epoch. */
    int64_t finalized_features_epoch;
    /* v3, tag 2, ignorable. List of cluster-wide finalized features. The
     * information is valid only if FinalizedFeaturesEpoch >= 0. */
    kmsg_api_versions_response_finalized_feature_key_t *finalized_features;
    int32_t finalized_features_count;
    /* v3, tag 3, default false, ignorable. Set by a KRaft controller if the
     * required configurations for ZK migration are present */
    bool zk_migration_ready;
} kmsg_api_versions_response_t;


void kmsg_api_versions_response_init(kmsg_api_versions_response_t *m);
int kmsg_api_versions_response_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_api_versions_response_t *out);
int kmsg_api_versions_response_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_api_versions_response_t *in);

/* ------------------------------------------------------------------------ */
/* CreateTopicsRequest: valid v0-7, flexible v5-7, API key 19 */

typedef struct kmsg_create_topics_request_creatable_replica_assignment {
    /* v0-7. The partition index. */
    int32_t partition_index;
    /* v0-7. The brokers to place the partition on. */
    int32_t *broker_ids;
    int32_t broker_ids_count;
} kmsg_create_topics_request_creatable_replica_assignment_t;

void kmsg_create_topics_request_creatable_replica_assignment_init(
    kmsg_create_topics_request_creatable_replica_assignment_t *m);

typedef struct kmsg_create_topics_request_createable_topic_config {
    /* v0-7. The configuration name. */
    kmsg_str_t name;
    /* v0-7, nullable v0-7. The configuration value. */
    kmsg_str_t value;
} kmsg_create_topics_request_createable_topic_config_t;

void kmsg_create_topics_request_createable_topic_config_init(
    kmsg_create_topics_request_createable_topic_config_t *m);

typedef struct kmsg_create_topics_request_creatable_topic {
    /* v0-7. The topic name. */
    kmsg_str_t name;
    /* v0-7. The number of partitions to create in the topic, or -1 if we are
     * either specifying a manual partition assignment or using the default
     * partitions. */
    int32_t num_partitions;
    /* v0-7. The number of replicas to create for each partition in the
     * topic, or -1 if we are either specifying a manual partition assignment
     * or using the default replication factor. */
    int16_t replication_factor;
    /* v0-7. The manual partition assignment, or the empty array if we are
     * using automatic assignment. */
    kmsg_create_topics_request_creatable_replica_assignment_t *assignments;
    int32_t assignments_count;
    /* v0-7. The custom topic configurations to set. */
    kmsg_create_topics_request_createable_topic_config_t *configs;
    int32_t configs_count;
} kmsg_create_topics_request_creatable_topic_t;

void kmsg_create_topics_request_creatable_topic_init(
    kmsg_create_topics_request_creatable_topic_t *m);

typedef struct kmsg_create_topics_request {
    /* v0-7. The topics to create. */
    kmsg_create_topics_request_creatable_topic_t *topics;
    int32_t topics_count;
    /* v0-7, default 60000. How long to wait in milliseconds before timing
     * out the request. */
    int32_t timeout_ms;
    /* v1-7, default false. If true, check that the topics can be created as
     * specified, but don't create anything. */
    bool validate_only;
} kmsg_create_topics_request_t;


void kmsg_create_topics_request_init(kmsg_create_topics_request_t *m);
int kmsg_create_topics_request_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_create_topics_request_t *out);
int kmsg_create_topics_request_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_create_topics_request_t *in);

/* ------------------------------------------------------------------------ */
/* CreateTopicsResponse: valid v0-7, flexible v5-7, API key 19 */

typedef struct kmsg_create_topics_response_creatable_topic_configs {
    /* v5-7. The configuration name. */
    kmsg_str_t name;
    /* v5-7, nullable v5-7. The configuration value. */
    kmsg_str_t value;
    /* v5-7. True if the configuration is read-only. */
    bool read_only;
    /* v5-7, default -1, ignorable. The configuration source. */
    int8_t config_source;
    /* v5-7. True if this configuration is sensitive. */
    bool is_sensitive;
} kmsg_create_topics_response_creatable_topic_configs_t;

void kmsg_create_topics_response_creatable_topic_configs_init(
    kmsg_create_topics_response_creatable_topic_configs_t *m);

typedef struct kmsg_create_topics_response_creatable_topic_result {
    /* v0-7. The topic name. */
    kmsg_str_t name;
    /* v7, ignorable. The unique topic ID */
    kmsg_uuid_t topic_id;
    /* v0-7. The error code, or 0 if there was no error. */
    int16_t error_code;
    /* v1-7, nullable v1-7, ignorable. The error message, or null if there
     * was no error. */
    kmsg_str_t error_message;
    /* v5-7, tag 0, ignorable. Optional topic config error returned if
     * configs are not returned in the response. */
    int16_t topic_config_error_code;
    /* v5-7, default -1, ignorable. Number of partitions of the topic. */
    int32_t num_partitions;
    /* v5-7, default -1, ignorable. Replication factor of the topic. */
    int16_t replication_factor;
    /* v5-7, nullable v5-7, ignorable. Configuration of the topic. */
    kmsg_create_topics_response_creatable_topic_configs_t *configs;
    int32_t configs_count;
} kmsg_create_topics_response_creatable_topic_result_t;

void kmsg_create_topics_response_creatable_topic_result_init(
    kmsg_create_topics_response_creatable_topic_result_t *m);

typedef struct kmsg_create_topics_response {
    /* v2-7, ignorable. The duration in milliseconds for which the request
     * was throttled due to a quota violation, or zero if the request did not
     * violate any quota. */
    int32_t throttle_time_ms;
    /* v0-7. Results for each topic we tried to create. */
    kmsg_create_topics_response_creatable_topic_result_t *topics;
    int32_t topics_count;
} kmsg_create_topics_response_t;


void kmsg_create_topics_response_init(kmsg_create_topics_response_t *m);
int kmsg_create_topics_response_decode(wire_reader_t *r, int16_t version,
                                       wire_arena_t *arena,
                                       kmsg_create_topics_response_t *out);
int kmsg_create_topics_response_encode(wire_writer_t *w, int16_t version,
                                       const kmsg_create_topics_response_t *in);

/* ------------------------------------------------------------------------ */
/* DeleteTopicsRequest: valid v0-6, flexible v4-6, API key 20 */

typedef struct kmsg_delete_topics_request_delete_topic_state {
    /* v6, nullable v6, default null. The topic name */
    kmsg_str_t name;
    /* v6. The unique topic ID */
    kmsg_uuid_t topic_id;
} kmsg_delete_topics_request_delete_topic_state_t;

void kmsg_delete_topics_request_delete_topic_state_init(
    kmsg_delete_topics_request_delete_topic_state_t *m);

typedef struct kmsg_delete_topics_request {
    /* v6. The name or topic ID of the topic */
    kmsg_delete_topics_request_delete_topic_state_t *topics;
    int32_t topics_count;
    /* v0-5, ignorable. The names of the topics to delete */
    kmsg_str_t *topic_names;
    int32_t topic_names_count;
    /* v0-6. The length of time in milliseconds to wait for the deletions to
     * complete. */
    int32_t timeout_ms;
} kmsg_delete_topics_request_t;


void kmsg_delete_topics_request_init(kmsg_delete_topics_request_t *m);
int kmsg_delete_topics_request_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_delete_topics_request_t *out);
int kmsg_delete_topics_request_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_delete_topics_request_t *in);

/* ------------------------------------------------------------------------ */
/* DeleteTopicsResponse: valid v0-6, flexible v4-6, API key 20 */

typedef struct kmsg_delete_topics_response_deletable_topic_result {
    /* v0-6, nullable v6. The topic name */
    kmsg_str_t name;
    /* v6, ignorable. the unique topic ID */
    kmsg_uuid_t topic_id;
    /* v0-6. The deletion error, or 0 if the deletion succeeded. */
    int16_t error_code;
    /* v5-6, nullable v5-6, default null, ignorable. The error message, or
     * null if there was no error. */
    kmsg_str_t error_message;
} kmsg_delete_topics_response_deletable_topic_result_t;

void kmsg_delete_topics_response_deletable_topic_result_init(
    kmsg_delete_topics_response_deletable_topic_result_t *m);

typedef struct kmsg_delete_topics_response {
    /* v1-6, ignorable. The duration in milliseconds for which the request
     * was throttled due to a quota violation, or zero if the request did not
     * violate any quota. */
    int32_t throttle_time_ms;
    /* v0-6. The results for each topic we tried to delete. */
    kmsg_delete_topics_response_deletable_topic_result_t *responses;
    int32_t responses_count;
} kmsg_delete_topics_response_t;


void kmsg_delete_topics_response_init(kmsg_delete_topics_response_t *m);
int kmsg_delete_topics_response_decode(wire_reader_t *r, int16_t version,
                                       wire_arena_t *arena,
                                       kmsg_delete_topics_response_t *out);
int kmsg_delete_topics_response_encode(wire_writer_t *w, int16_t version,
                                       const kmsg_delete_topics_response_t *in);

/* ------------------------------------------------------------------------ */
/* DeleteRecordsRequest: valid v0-2, flexible v2, API key 21 */

typedef struct kmsg_delete_records_request_delete_records_partition {
    /* v0-2. The partition index. */
    int32_t partition_index;
    /* v0-2. The deletion offset. */
    int64_t offset;
} kmsg_delete_records_request_delete_records_partition_t;

void kmsg_delete_records_request_delete_records_partition_init(
    kmsg_delete_records_request_delete_records_partition_t *m);

typedef struct kmsg_delete_records_request_delete_records_topic {
    /* v0-2. The topic name. */
    kmsg_str_t name;
    /* v0-2. Each partition that we want to delete records from. */
    kmsg_delete_records_request_delete_records_partition_t *partitions;
    int32_t partitions_count;
} kmsg_delete_records_request_delete_records_topic_t;

void kmsg_delete_records_request_delete_records_topic_init(
    kmsg_delete_records_request_delete_records_topic_t *m);

typedef struct kmsg_delete_records_request {
    /* v0-2. Each topic that we want to delete records from. */
    kmsg_delete_records_request_delete_records_topic_t *topics;
    int32_t topics_count;
    /* v0-2. How long to wait for the deletion to complete, in milliseconds. */
    int32_t timeout_ms;
} kmsg_delete_records_request_t;


void kmsg_delete_records_request_init(kmsg_delete_records_request_t *m);
int kmsg_delete_records_request_decode(wire_reader_t *r, int16_t version,
                                       wire_arena_t *arena,
                                       kmsg_delete_records_request_t *out);
int kmsg_delete_records_request_encode(wire_writer_t *w, int16_t version,
                                       const kmsg_delete_records_request_t *in);

/* ------------------------------------------------------------------------ */
/* DeleteRecordsResponse: valid v0-2, flexible v2, API key 21 */

typedef struct kmsg_delete_records_response_delete_records_partition_result {
    /* v0-2. The partition index. */
    int32_t partition_index;
    /* v0-2. The partition low water mark. */
    int64_t low_watermark;
    /* v0-2. The deletion error code, or 0 if the deletion succeeded. */
    int16_t error_code;
} kmsg_delete_records_response_delete_records_partition_result_t;

void kmsg_delete_records_response_delete_records_partition_result_init(
    kmsg_delete_records_response_delete_records_partition_result_t *m);

typedef struct kmsg_delete_records_response_delete_records_topic_result {
    /* v0-2. The topic name. */
    kmsg_str_t name;
    /* v0-2. Each partition that we wanted to delete records from. */
    kmsg_delete_records_response_delete_records_partition_result_t *partitions;
    int32_t partitions_count;
} kmsg_delete_records_response_delete_records_topic_result_t;

void kmsg_delete_records_response_delete_records_topic_result_init(
    kmsg_delete_records_response_delete_records_topic_result_t *m);

typedef struct kmsg_delete_records_response {
    /* v0-2. The duration in milliseconds for which the request was throttled
     * due to a quota violation, or zero if the request did not violate any
     * quota. */
    int32_t throttle_time_ms;
    /* v0-2. Each topic that we wanted to delete records from. */
    kmsg_delete_records_response_delete_records_topic_result_t *topics;
    int32_t topics_count;
} kmsg_delete_records_response_t;


void kmsg_delete_records_response_init(kmsg_delete_records_response_t *m);
int kmsg_delete_records_response_decode(wire_reader_t *r, int16_t version,
                                        wire_arena_t *arena,
                                        kmsg_delete_records_response_t *out);
int kmsg_delete_records_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_delete_records_response_t *in);

/* ------------------------------------------------------------------------ */
/* InitProducerIdRequest: valid v0-5, flexible v2-5, API key 22 */

typedef struct kmsg_init_producer_id_request {
    /* v0-5, nullable v0-5. The transactional id, or null if the producer is
     * not transactional. */
    kmsg_str_t transactional_id;
    /* v0-5. The time in ms to wait before aborting idle transactions sent by
     * this producer. This is only relevant if a TransactionalId has been
     * defined. */
    int32_t transaction_timeout_ms;
    /* v3-5, default -1. The producer id. This is used to disambiguate
     * requests if a transactional id is reused following its expiration. */
    int64_t producer_id;
    /* v3-5, default -1. The producer's current epoch. This will be checked
     * against the producer epoch on the broker, and the request will return
     * an error if they do not match. */
    int16_t producer_epoch;
} kmsg_init_producer_id_request_t;


void kmsg_init_producer_id_request_init(kmsg_init_producer_id_request_t *m);
int kmsg_init_producer_id_request_decode(wire_reader_t *r, int16_t version,
                                         wire_arena_t *arena,
                                         kmsg_init_producer_id_request_t *out);
int kmsg_init_producer_id_request_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_init_producer_id_request_t *in);

/* ------------------------------------------------------------------------ */
/* InitProducerIdResponse: valid v0-5, flexible v2-5, API key 22 */

typedef struct kmsg_init_producer_id_response {
    /* v0-5, ignorable. The duration in milliseconds for which the request
     * was throttled due to a quota violation, or zero if the request did not
     * violate any quota. */
    int32_t throttle_time_ms;
    /* v0-5. The error code, or 0 if there was no error. */
    int16_t error_code;
    /* v0-5, default -1. The current producer id. */
    int64_t producer_id;
    /* v0-5. The current epoch associated with the producer id. */
    int16_t producer_epoch;
} kmsg_init_producer_id_response_t;


void kmsg_init_producer_id_response_init(kmsg_init_producer_id_response_t *m);
int kmsg_init_producer_id_response_decode(
    wire_reader_t *r, int16_t version, wire_arena_t *arena,
    kmsg_init_producer_id_response_t *out);
int kmsg_init_producer_id_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_init_producer_id_response_t *in);

/* ------------------------------------------------------------------------ */
/* OffsetForLeaderEpochRequest: valid v0-4, flexible v4, API key 23 */

typedef struct kmsg_offset_for_leader_epoch_request_offset_for_leader_partition {
    /* v0-4. The partition index. */
    int32_t partition;
    /* v2-4, default -1, ignorable. An epoch used to fence consumers/replicas
     * with old metadata. If the epoch provided by the client is larger than
     * the current epoch known to the broker, then the UNKNOWN_LEADER_EPOCH
     * error code will be returned. If the provided epoch is smaller, then
     * the FENCED_LEADER_EPOCH error code will be returned. */
    int32_t current_leader_epoch;
    /* v0-4. The epoch to look up an offset for. */
    int32_t leader_epoch;
} kmsg_offset_for_leader_epoch_request_offset_for_leader_partition_t;

void kmsg_offset_for_leader_epoch_request_offset_for_leader_partition_init(
    kmsg_offset_for_leader_epoch_request_offset_for_leader_partition_t *m);

typedef struct kmsg_offset_for_leader_epoch_request_offset_for_leader_topic {
    /* v0-4. The topic name. */
    kmsg_str_t topic;
    /* v0-4. Each partition to get offsets for. */
    kmsg_offset_for_leader_epoch_request_offset_for_leader_partition_t *partitions;
    int32_t partitions_count;
} kmsg_offset_for_leader_epoch_request_offset_for_leader_topic_t;

void kmsg_offset_for_leader_epoch_request_offset_for_leader_topic_init(
    kmsg_offset_for_leader_epoch_request_offset_for_leader_topic_t *m);

typedef struct kmsg_offset_for_leader_epoch_request {
    /* v3-4, default -2, ignorable. The broker ID of the follower, of -1 if
     * this request is from a consumer. */
    int32_t replica_id;
    /* v0-4. Each topic to get offsets for. */
    kmsg_offset_for_leader_epoch_request_offset_for_leader_topic_t *topics;
    int32_t topics_count;
} kmsg_offset_for_leader_epoch_request_t;


void kmsg_offset_for_leader_epoch_request_init(
    kmsg_offset_for_leader_epoch_request_t *m);
int kmsg_offset_for_leader_epoch_request_decode(
    wire_reader_t *r, int16_t version, wire_arena_t *arena,
    kmsg_offset_for_leader_epoch_request_t *out);
int kmsg_offset_for_leader_epoch_request_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_offset_for_leader_epoch_request_t *in);

/* ------------------------------------------------------------------------ */
/* OffsetForLeaderEpochResponse: valid v0-4, flexible v4, API key 23 */

typedef struct kmsg_offset_for_leader_epoch_response_epoch_end_offset {
    /* v0-4. The error code 0, or if there was no error. */
    int16_t error_code;
    /* v0-4. The partition index. */
    int32_t partition;
    /* v1-4, default -1, ignorable. The leader epoch of the partition. */
    int32_t leader_epoch;
    /* v0-4, default -1. The end offset of the epoch. */
    int64_t end_offset;
} kmsg_offset_for_leader_epoch_response_epoch_end_offset_t;

void kmsg_offset_for_leader_epoch_response_epoch_end_offset_init(
    kmsg_offset_for_leader_epoch_response_epoch_end_offset_t *m);

typedef struct kmsg_offset_for_leader_epoch_response_offset_for_leader_topic_result {
    /* v0-4. The topic name. */
    kmsg_str_t topic;
    /* v0-4. Each partition in the topic we fetched offsets for. */
    kmsg_offset_for_leader_epoch_response_epoch_end_offset_t *partitions;
    int32_t partitions_count;
} kmsg_offset_for_leader_epoch_response_offset_for_leader_topic_result_t;

void kmsg_offset_for_leader_epoch_response_offset_for_leader_topic_result_init(
    kmsg_offset_for_leader_epoch_response_offset_for_leader_topic_result_t *m);

typedef struct kmsg_offset_for_leader_epoch_response {
    /* v2-4, ignorable. The duration in milliseconds for which the request
     * was throttled due to a quota violation, or zero if the request did not
     * violate any quota. */
    int32_t throttle_time_ms;
    /* v0-4. Each topic we fetched offsets for. */
    kmsg_offset_for_leader_epoch_response_offset_for_leader_topic_result_t *topics;
    int32_t topics_count;
} kmsg_offset_for_leader_epoch_response_t;


void kmsg_offset_for_leader_epoch_response_init(
    kmsg_offset_for_leader_epoch_response_t *m);
int kmsg_offset_for_leader_epoch_response_decode(
    wire_reader_t *r, int16_t version, wire_arena_t *arena,
    kmsg_offset_for_leader_epoch_response_t *out);
int kmsg_offset_for_leader_epoch_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_offset_for_leader_epoch_response_t *in);

/* ------------------------------------------------------------------------ */
/* DescribeAclsRequest: valid v0-3, flexible v2-3, API key 29 */

typedef struct kmsg_describe_acls_request {
    /* v0-3. The resource type. */
    int8_t resource_type_filter;
    /* v0-3, nullable v0-3. The resource name, or null to match any resource
     * name. */
    kmsg_str_t resource_name_filter;
    /* v1-3, default 3. The resource pattern to match. */
    int8_t pattern_type_filter;
    /* v0-3, nullable v0-3. The principal to match, or null to match any
     * principal. */
    kmsg_str_t principal_filter;
    /* v0-3, nullable v0-3. The host to match, or null to match any host. */
    kmsg_str_t host_filter;
    /* v0-3. The operation to match. */
    int8_t operation;
    /* v0-3. The permission type to match. */
    int8_t permission_type;
} kmsg_describe_acls_request_t;


void kmsg_describe_acls_request_init(kmsg_describe_acls_request_t *m);
int kmsg_describe_acls_request_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_describe_acls_request_t *out);
int kmsg_describe_acls_request_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_describe_acls_request_t *in);

/* ------------------------------------------------------------------------ */
/* DescribeAclsResponse: valid v0-3, flexible v2-3, API key 29 */

typedef struct kmsg_describe_acls_response_acl_description {
    /* v0-3. The ACL principal. */
    kmsg_str_t principal;
    /* v0-3. The ACL host. */
    kmsg_str_t host;
    /* v0-3. The ACL operation. */
    int8_t operation;
    /* v0-3. The ACL permission type. */
    int8_t permission_type;
} kmsg_describe_acls_response_acl_description_t;

void kmsg_describe_acls_response_acl_description_init(
    kmsg_describe_acls_response_acl_description_t *m);

typedef struct kmsg_describe_acls_response_describe_acls_resource {
    /* v0-3. The resource type. */
    int8_t resource_type;
    /* v0-3. The resource name. */
    kmsg_str_t resource_name;
    /* v1-3, default 3. The resource pattern type. */
    int8_t pattern_type;
    /* v0-3. The ACLs. */
    kmsg_describe_acls_response_acl_description_t *acls;
    int32_t acls_count;
} kmsg_describe_acls_response_describe_acls_resource_t;

void kmsg_describe_acls_response_describe_acls_resource_init(
    kmsg_describe_acls_response_describe_acls_resource_t *m);

typedef struct kmsg_describe_acls_response {
    /* v0-3. The duration in milliseconds for which the request was throttled
     * due to a quota violation, or zero if the request did not violate any
     * quota. */
    int32_t throttle_time_ms;
    /* v0-3. The error code, or 0 if there was no error. */
    int16_t error_code;
    /* v0-3, nullable v0-3. The error message, or null if there was no error. */
    kmsg_str_t error_message;
    /* v0-3. Each Resource that is referenced in an ACL. */
    kmsg_describe_acls_response_describe_acls_resource_t *resources;
    int32_t resources_count;
} kmsg_describe_acls_response_t;


void kmsg_describe_acls_response_init(kmsg_describe_acls_response_t *m);
int kmsg_describe_acls_response_decode(wire_reader_t *r, int16_t version,
                                       wire_arena_t *arena,
                                       kmsg_describe_acls_response_t *out);
int kmsg_describe_acls_response_encode(wire_writer_t *w, int16_t version,
                                       const kmsg_describe_acls_response_t *in);

/* ------------------------------------------------------------------------ */
/* CreateAclsRequest: valid v0-3, flexible v2-3, API key 30 */

typedef struct kmsg_create_acls_request_acl_creation {
    /* v0-3. The type of the resource. */
    int8_t resource_type;
    /* v0-3. The resource name for the ACL. */
    kmsg_str_t resource_name;
    /* v1-3, default 3. The pattern type for the ACL. */
    int8_t resource_pattern_type;
    /* v0-3. The principal for the ACL. */
    kmsg_str_t principal;
    /* v0-3. The host for the ACL. */
    kmsg_str_t host;
    /* v0-3. The operation type for the ACL (read, write, etc.). */
    int8_t operation;
    /* v0-3. The permission type for the ACL (allow, deny, etc.). */
    int8_t permission_type;
} kmsg_create_acls_request_acl_creation_t;

void kmsg_create_acls_request_acl_creation_init(
    kmsg_create_acls_request_acl_creation_t *m);

typedef struct kmsg_create_acls_request {
    /* v0-3. The ACLs that we want to create. */
    kmsg_create_acls_request_acl_creation_t *creations;
    int32_t creations_count;
} kmsg_create_acls_request_t;


void kmsg_create_acls_request_init(kmsg_create_acls_request_t *m);
int kmsg_create_acls_request_decode(wire_reader_t *r, int16_t version,
                                    wire_arena_t *arena,
                                    kmsg_create_acls_request_t *out);
int kmsg_create_acls_request_encode(wire_writer_t *w, int16_t version,
                                    const kmsg_create_acls_request_t *in);

/* ------------------------------------------------------------------------ */
/* CreateAclsResponse: valid v0-3, flexible v2-3, API key 30 */

typedef struct kmsg_create_acls_response_acl_creation_result {
    /* v0-3. The result error, or zero if there was no error. */
    int16_t error_code;
    /* v0-3, nullable v0-3. The result message, or null if there was no
     * error. */
    kmsg_str_t error_message;
} kmsg_create_acls_response_acl_creation_result_t;

void kmsg_create_acls_response_acl_creation_result_init(
    kmsg_create_acls_response_acl_creation_result_t *m);

typedef struct kmsg_create_acls_response {
    /* v0-3. The duration in milliseconds for which the request was throttled
     * due to a quota violation, or zero if the request did not violate any
     * quota. */
    int32_t throttle_time_ms;
    /* v0-3. The results for each ACL creation. */
    kmsg_create_acls_response_acl_creation_result_t *results;
    int32_t results_count;
} kmsg_create_acls_response_t;


void kmsg_create_acls_response_init(kmsg_create_acls_response_t *m);
int kmsg_create_acls_response_decode(wire_reader_t *r, int16_t version,
                                     wire_arena_t *arena,
                                     kmsg_create_acls_response_t *out);
int kmsg_create_acls_response_encode(wire_writer_t *w, int16_t version,
                                     const kmsg_create_acls_response_t *in);

/* ------------------------------------------------------------------------ */
/* DeleteAclsRequest: valid v0-3, flexible v2-3, API key 31 */

typedef struct kmsg_delete_acls_request_delete_acls_filter {
    /* v0-3. The resource type. */
    int8_t resource_type_filter;
    /* v0-3, nullable v0-3. The resource name. */
    kmsg_str_t resource_name_filter;
    /* v1-3, default 3. The pattern type. */
    int8_t pattern_type_filter;
    /* v0-3, nullable v0-3. The principal filter, or null to accept all
     * principals. */
    kmsg_str_t principal_filter;
    /* v0-3, nullable v0-3. The host filter, or null to accept all hosts. */
    kmsg_str_t host_filter;
    /* v0-3. The ACL operation. */
    int8_t operation;
    /* v0-3. The permission type. */
    int8_t permission_type;
} kmsg_delete_acls_request_delete_acls_filter_t;

void kmsg_delete_acls_request_delete_acls_filter_init(
    kmsg_delete_acls_request_delete_acls_filter_t *m);

typedef struct kmsg_delete_acls_request {
    /* v0-3. The filters to use when deleting ACLs. */
    kmsg_delete_acls_request_delete_acls_filter_t *filters;
    int32_t filters_count;
} kmsg_delete_acls_request_t;


void kmsg_delete_acls_request_init(kmsg_delete_acls_request_t *m);
int kmsg_delete_acls_request_decode(wire_reader_t *r, int16_t version,
                                    wire_arena_t *arena,
                                    kmsg_delete_acls_request_t *out);
int kmsg_delete_acls_request_encode(wire_writer_t *w, int16_t version,
                                    const kmsg_delete_acls_request_t *in);

/* ------------------------------------------------------------------------ */
/* DeleteAclsResponse: valid v0-3, flexible v2-3, API key 31 */

typedef struct kmsg_delete_acls_response_delete_acls_matching_acl {
    /* v0-3. The deletion error code, or 0 if the deletion succeeded. */
    int16_t error_code;
    /* v0-3, nullable v0-3. The deletion error message, or null if the
     * deletion succeeded. */
    kmsg_str_t error_message;
    /* v0-3. The ACL resource type. */
    int8_t resource_type;
    /* v0-3. The ACL resource name. */
    kmsg_str_t resource_name;
    /* v1-3, default 3. The ACL resource pattern type. */
    int8_t pattern_type;
    /* v0-3. The ACL principal. */
    kmsg_str_t principal;
    /* v0-3. The ACL host. */
    kmsg_str_t host;
    /* v0-3. The ACL operation. */
    int8_t operation;
    /* v0-3. The ACL permission type. */
    int8_t permission_type;
} kmsg_delete_acls_response_delete_acls_matching_acl_t;

void kmsg_delete_acls_response_delete_acls_matching_acl_init(
    kmsg_delete_acls_response_delete_acls_matching_acl_t *m);

typedef struct kmsg_delete_acls_response_delete_acls_filter_result {
    /* v0-3. The error code, or 0 if the filter succeeded. */
    int16_t error_code;
    /* v0-3, nullable v0-3. The error message, or null if the filter
     * succeeded. */
    kmsg_str_t error_message;
    /* v0-3. The ACLs which matched this filter. */
    kmsg_delete_acls_response_delete_acls_matching_acl_t *matching_acls;
    int32_t matching_acls_count;
} kmsg_delete_acls_response_delete_acls_filter_result_t;

void kmsg_delete_acls_response_delete_acls_filter_result_init(
    kmsg_delete_acls_response_delete_acls_filter_result_t *m);

typedef struct kmsg_delete_acls_response {
    /* v0-3. The duration in milliseconds for which the request was throttled
     * due to a quota violation, or zero if the request did not violate any
     * quota. */
    int32_t throttle_time_ms;
    /* v0-3. The results for each filter. */
    kmsg_delete_acls_response_delete_acls_filter_result_t *filter_results;
    int32_t filter_results_count;
} kmsg_delete_acls_response_t;


void kmsg_delete_acls_response_init(kmsg_delete_acls_response_t *m);
int kmsg_delete_acls_response_decode(wire_reader_t *r, int16_t version,
                                     wire_arena_t *arena,
                                     kmsg_delete_acls_response_t *out);
int kmsg_delete_acls_response_encode(wire_writer_t *w, int16_t version,
                                     const kmsg_delete_acls_response_t *in);

/* ------------------------------------------------------------------------ */
/* DescribeConfigsRequest: valid v0-4, flexible v4, API key 32 */

typedef struct kmsg_describe_configs_request_describe_configs_resource {
    /* v0-4. The resource type. */
    int8_t resource_type;
    /* v0-4. The resource name. */
    kmsg_str_t resource_name;
    /* v0-4, nullable v0-4. The configuration keys to list, or null to list
     * all configuration keys. */
    kmsg_str_t *configuration_keys;
    int32_t configuration_keys_count;
} kmsg_describe_configs_request_describe_configs_resource_t;

void kmsg_describe_configs_request_describe_configs_resource_init(
    kmsg_describe_configs_request_describe_configs_resource_t *m);

typedef struct kmsg_describe_configs_request {
    /* v0-4. The resources whose configurations we want to describe. */
    kmsg_describe_configs_request_describe_configs_resource_t *resources;
    int32_t resources_count;
    /* v1-4, default false. True if we should include all synonyms. */
    bool include_synonyms;
    /* v3-4, default false. True if we should include configuration
     * documentation. */
    bool include_documentation;
} kmsg_describe_configs_request_t;


void kmsg_describe_configs_request_init(kmsg_describe_configs_request_t *m);
int kmsg_describe_configs_request_decode(wire_reader_t *r, int16_t version,
                                         wire_arena_t *arena,
                                         kmsg_describe_configs_request_t *out);
int kmsg_describe_configs_request_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_describe_configs_request_t *in);

/* ------------------------------------------------------------------------ */
/* DescribeConfigsResponse: valid v0-4, flexible v4, API key 32 */

typedef struct kmsg_describe_configs_response_describe_configs_synonym {
    /* v1-4. The synonym name. */
    kmsg_str_t name;
    /* v1-4, nullable v1-4. The synonym value. */
    kmsg_str_t value;
    /* v1-4. The synonym source. */
    int8_t source;
} kmsg_describe_configs_response_describe_configs_synonym_t;

void kmsg_describe_configs_response_describe_configs_synonym_init(
    kmsg_describe_configs_response_describe_configs_synonym_t *m);

typedef struct kmsg_describe_configs_response_describe_configs_resource_result {
    /* v0-4. The configuration name. */
    kmsg_str_t name;
    /* v0-4, nullable v0-4. The configuration value. */
    kmsg_str_t value;
    /* v0-4. True if the configuration is read-only. */
    bool read_only;
    /* v0. True if the configuration is not set. */
    bool is_default;
    /* v1-4, default -1, ignorable. The configuration source. */
    int8_t config_source;
    /* v0-4. True if this configuration is sensitive. */
    bool is_sensitive;
    /* v1-4, ignorable. The synonyms for this configuration key. */
    kmsg_describe_configs_response_describe_configs_synonym_t *synonyms;
    int32_t synonyms_count;
    /* v3-4, default 0, ignorable. The configuration data type. Type can be
     * one of the following values - BOOLEAN, STRING, INT, SHORT, LONG,
     * DOUBLE, LIST, CLASS, PASSWORD */
    int8_t config_type;
    /* v3-4, nullable v3-4, ignorable. The configuration documentation. */
    kmsg_str_t documentation;
} kmsg_describe_configs_response_describe_configs_resource_result_t;

void kmsg_describe_configs_response_describe_configs_resource_result_init(
    kmsg_describe_configs_response_describe_configs_resource_result_t *m);

typedef struct kmsg_describe_configs_response_describe_configs_result {
    /* v0-4. The error code, or 0 if we were able to successfully describe
     * the configurations. */
    int16_t error_code;
    /* v0-4, nullable v0-4. The error message, or null if we were able to
     * successfully describe the configurations. */
    kmsg_str_t error_message;
    /* v0-4. The resource type. */
    int8_t resource_type;
    /* v0-4. The resource name. */
    kmsg_str_t resource_name;
    /* v0-4. Each listed configuration. */
    kmsg_describe_configs_response_describe_configs_resource_result_t *configs;
    int32_t configs_count;
} kmsg_describe_configs_response_describe_configs_result_t;

void kmsg_describe_configs_response_describe_configs_result_init(
    kmsg_describe_configs_response_describe_configs_result_t *m);

typedef struct kmsg_describe_configs_response {
    /* v0-4. The duration in milliseconds for which the request was throttled
     * due to a quota violation, or zero if the request did not violate any
     * quota. */
    int32_t throttle_time_ms;
    /* v0-4. The results for each resource. */
    kmsg_describe_configs_response_describe_configs_result_t *results;
    int32_t results_count;
} kmsg_describe_configs_response_t;


void kmsg_describe_configs_response_init(kmsg_describe_configs_response_t *m);
int kmsg_describe_configs_response_decode(
    wire_reader_t *r, int16_t version, wire_arena_t *arena,
    kmsg_describe_configs_response_t *out);
int kmsg_describe_configs_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_describe_configs_response_t *in);

/* ------------------------------------------------------------------------ */
/* AlterConfigsRequest: valid v0-2, flexible v2, API key 33 */

typedef struct kmsg_alter_configs_request_alterable_config {
    /* v0-2. The configuration key name. */
    kmsg_str_t name;
    /* v0-2, nullable v0-2. The value to set for the configuration key. */
    kmsg_str_t value;
} kmsg_alter_configs_request_alterable_config_t;

void kmsg_alter_configs_request_alterable_config_init(
    kmsg_alter_configs_request_alterable_config_t *m);

typedef struct kmsg_alter_configs_request_alter_configs_resource {
    /* v0-2. The resource type. */
    int8_t resource_type;
    /* v0-2. The resource name. */
    kmsg_str_t resource_name;
    /* v0-2. The configurations. */
    kmsg_alter_configs_request_alterable_config_t *configs;
    int32_t configs_count;
} kmsg_alter_configs_request_alter_configs_resource_t;

void kmsg_alter_configs_request_alter_configs_resource_init(
    kmsg_alter_configs_request_alter_configs_resource_t *m);

typedef struct kmsg_alter_configs_request {
    /* v0-2. The updates for each resource. */
    kmsg_alter_configs_request_alter_configs_resource_t *resources;
    int32_t resources_count;
    /* v0-2. True if we should validate the request, but not change the
     * configurations. */
    bool validate_only;
} kmsg_alter_configs_request_t;


void kmsg_alter_configs_request_init(kmsg_alter_configs_request_t *m);
int kmsg_alter_configs_request_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_alter_configs_request_t *out);
int kmsg_alter_configs_request_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_alter_configs_request_t *in);

/* ------------------------------------------------------------------------ */
/* AlterConfigsResponse: valid v0-2, flexible v2, API key 33 */

typedef struct kmsg_alter_configs_response_alter_configs_resource_response {
    /* v0-2. The resource error code. */
    int16_t error_code;
    /* v0-2, nullable v0-2. The resource error message, or null if there was
     * no error. */
    kmsg_str_t error_message;
    /* v0-2. The resource type. */
    int8_t resource_type;
    /* v0-2. The resource name. */
    kmsg_str_t resource_name;
} kmsg_alter_configs_response_alter_configs_resource_response_t;

void kmsg_alter_configs_response_alter_configs_resource_response_init(
    kmsg_alter_configs_response_alter_configs_resource_response_t *m);

typedef struct kmsg_alter_configs_response {
    /* v0-2. Duration in milliseconds for which the request was throttled due
     * to a quota violation, or zero if the request did not violate any
     * quota. */
    int32_t throttle_time_ms;
    /* v0-2. The responses for each resource. */
    kmsg_alter_configs_response_alter_configs_resource_response_t *responses;
    int32_t responses_count;
} kmsg_alter_configs_response_t;


void kmsg_alter_configs_response_init(kmsg_alter_configs_response_t *m);
int kmsg_alter_configs_response_decode(wire_reader_t *r, int16_t version,
                                       wire_arena_t *arena,
                                       kmsg_alter_configs_response_t *out);
int kmsg_alter_configs_response_encode(wire_writer_t *w, int16_t version,
                                       const kmsg_alter_configs_response_t *in);

/* ------------------------------------------------------------------------ */
/* SaslAuthenticateRequest: valid v0-2, flexible v2, API key 36 */

typedef struct kmsg_sasl_authenticate_request {
    /* v0-2. The SASL authentication bytes from the client, as defined by the
     * SASL mechanism. */
    kmsg_bytes_t auth_bytes;
} kmsg_sasl_authenticate_request_t;


void kmsg_sasl_authenticate_request_init(kmsg_sasl_authenticate_request_t *m);
int kmsg_sasl_authenticate_request_decode(
    wire_reader_t *r, int16_t version, wire_arena_t *arena,
    kmsg_sasl_authenticate_request_t *out);
int kmsg_sasl_authenticate_request_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_sasl_authenticate_request_t *in);

/* ------------------------------------------------------------------------ */
/* SaslAuthenticateResponse: valid v0-2, flexible v2, API key 36 */

typedef struct kmsg_sasl_authenticate_response {
    /* v0-2. The error code, or 0 if there was no error. */
    int16_t error_code;
    /* v0-2, nullable v0-2. The error message, or null if there was no error. */
    kmsg_str_t error_message;
    /* v0-2. The SASL authentication bytes from the server, as defined by the
     * SASL mechanism. */
    kmsg_bytes_t auth_bytes;
    /* v1-2, default 0, ignorable. Number of milliseconds after which only
     * re-authentication over the existing connection to create a new session
     * can occur. */
    int64_t session_lifetime_ms;
} kmsg_sasl_authenticate_response_t;


void kmsg_sasl_authenticate_response_init(kmsg_sasl_authenticate_response_t *m);
int kmsg_sasl_authenticate_response_decode(
    wire_reader_t *r, int16_t version, wire_arena_t *arena,
    kmsg_sasl_authenticate_response_t *out);
int kmsg_sasl_authenticate_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_sasl_authenticate_response_t *in);

/* ------------------------------------------------------------------------ */
/* CreatePartitionsRequest: valid v0-3, flexible v2-3, API key 37 */

typedef struct kmsg_create_partitions_request_create_partitions_assignment {
    /* v0-3. The assigned broker IDs. */
    int32_t *broker_ids;
    int32_t broker_ids_count;
} kmsg_create_partitions_request_create_partitions_assignment_t;

void kmsg_create_partitions_request_create_partitions_assignment_init(
    kmsg_create_partitions_request_create_partitions_assignment_t *m);

typedef struct kmsg_create_partitions_request_create_partitions_topic {
    /* v0-3. The topic name. */
    kmsg_str_t name;
    /* v0-3. The new partition count. */
    int32_t count;
    /* v0-3, nullable v0-3. The new partition assignments. */
    kmsg_create_partitions_request_create_partitions_assignment_t *assignments;
    int32_t assignments_count;
} kmsg_create_partitions_request_create_partitions_topic_t;

void kmsg_create_partitions_request_create_partitions_topic_init(
    kmsg_create_partitions_request_create_partitions_topic_t *m);

typedef struct kmsg_create_partitions_request {
    /* v0-3. Each topic that we want to create new partitions inside. */
    kmsg_create_partitions_request_create_partitions_topic_t *topics;
    int32_t topics_count;
    /* v0-3. The time in ms to wait for the partitions to be created. */
    int32_t timeout_ms;
    /* v0-3. If true, then validate the request, but don't actually increase
     * the number of partitions. */
    bool validate_only;
} kmsg_create_partitions_request_t;


void kmsg_create_partitions_request_init(kmsg_create_partitions_request_t *m);
int kmsg_create_partitions_request_decode(
    wire_reader_t *r, int16_t version, wire_arena_t *arena,
    kmsg_create_partitions_request_t *out);
int kmsg_create_partitions_request_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_create_partitions_request_t *in);

/* ------------------------------------------------------------------------ */
/* CreatePartitionsResponse: valid v0-3, flexible v2-3, API key 37 */

typedef struct kmsg_create_partitions_response_create_partitions_topic_result {
    /* v0-3. The topic name. */
    kmsg_str_t name;
    /* v0-3. The result error, or zero if there was no error. */
    int16_t error_code;
    /* v0-3, nullable v0-3, default null. The result message, or null if
     * there was no error. */
    kmsg_str_t error_message;
} kmsg_create_partitions_response_create_partitions_topic_result_t;

void kmsg_create_partitions_response_create_partitions_topic_result_init(
    kmsg_create_partitions_response_create_partitions_topic_result_t *m);

typedef struct kmsg_create_partitions_response {
    /* v0-3. The duration in milliseconds for which the request was throttled
     * due to a quota violation, or zero if the request did not violate any
     * quota. */
    int32_t throttle_time_ms;
    /* v0-3. The partition creation results for each topic. */
    kmsg_create_partitions_response_create_partitions_topic_result_t *results;
    int32_t results_count;
} kmsg_create_partitions_response_t;


void kmsg_create_partitions_response_init(kmsg_create_partitions_response_t *m);
int kmsg_create_partitions_response_decode(
    wire_reader_t *r, int16_t version, wire_arena_t *arena,
    kmsg_create_partitions_response_t *out);
int kmsg_create_partitions_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_create_partitions_response_t *in);

/* ------------------------------------------------------------------------ */
/* DeleteGroupsRequest: valid v0-2, flexible v2, API key 42 */

typedef struct kmsg_delete_groups_request {
    /* v0-2. The group names to delete. */
    kmsg_str_t *groups_names;
    int32_t groups_names_count;
} kmsg_delete_groups_request_t;


void kmsg_delete_groups_request_init(kmsg_delete_groups_request_t *m);
int kmsg_delete_groups_request_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_delete_groups_request_t *out);
int kmsg_delete_groups_request_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_delete_groups_request_t *in);

/* ------------------------------------------------------------------------ */
/* DeleteGroupsResponse: valid v0-2, flexible v2, API key 42 */

typedef struct kmsg_delete_groups_response_deletable_group_result {
    /* v0-2. The group id */
    kmsg_str_t group_id;
    /* v0-2. The deletion error, or 0 if the deletion succeeded. */
    int16_t error_code;
} kmsg_delete_groups_response_deletable_group_result_t;

void kmsg_delete_groups_response_deletable_group_result_init(
    kmsg_delete_groups_response_deletable_group_result_t *m);

typedef struct kmsg_delete_groups_response {
    /* v0-2. The duration in milliseconds for which the request was throttled
     * due to a quota violation, or zero if the request did not violate any
     * quota. */
    int32_t throttle_time_ms;
    /* v0-2. The deletion results */
    kmsg_delete_groups_response_deletable_group_result_t *results;
    int32_t results_count;
} kmsg_delete_groups_response_t;


void kmsg_delete_groups_response_init(kmsg_delete_groups_response_t *m);
int kmsg_delete_groups_response_decode(wire_reader_t *r, int16_t version,
                                       wire_arena_t *arena,
                                       kmsg_delete_groups_response_t *out);
int kmsg_delete_groups_response_encode(wire_writer_t *w, int16_t version,
                                       const kmsg_delete_groups_response_t *in);

/* ------------------------------------------------------------------------ */
/* IncrementalAlterConfigsRequest: valid v0-1, flexible v1, API key 44 */

typedef struct kmsg_incremental_alter_configs_request_alterable_config {
    /* v0-1. The configuration key name. */
    kmsg_str_t name;
    /* v0-1. The type (Set, Delete, Append, Subtract) of operation. */
    int8_t config_operation;
    /* v0-1, nullable v0-1. The value to set for the configuration key. */
    kmsg_str_t value;
} kmsg_incremental_alter_configs_request_alterable_config_t;

void kmsg_incremental_alter_configs_request_alterable_config_init(
    kmsg_incremental_alter_configs_request_alterable_config_t *m);

typedef struct kmsg_incremental_alter_configs_request_alter_configs_resource {
    /* v0-1. The resource type. */
    int8_t resource_type;
    /* v0-1. The resource name. */
    kmsg_str_t resource_name;
    /* v0-1. The configurations. */
    kmsg_incremental_alter_configs_request_alterable_config_t *configs;
    int32_t configs_count;
} kmsg_incremental_alter_configs_request_alter_configs_resource_t;

void kmsg_incremental_alter_configs_request_alter_configs_resource_init(
    kmsg_incremental_alter_configs_request_alter_configs_resource_t *m);

typedef struct kmsg_incremental_alter_configs_request {
    /* v0-1. The incremental updates for each resource. */
    kmsg_incremental_alter_configs_request_alter_configs_resource_t *resources;
    int32_t resources_count;
    /* v0-1. True if we should validate the request, but not change the
     * configurations. */
    bool validate_only;
} kmsg_incremental_alter_configs_request_t;


void kmsg_incremental_alter_configs_request_init(
    kmsg_incremental_alter_configs_request_t *m);
int kmsg_incremental_alter_configs_request_decode(
    wire_reader_t *r, int16_t version, wire_arena_t *arena,
    kmsg_incremental_alter_configs_request_t *out);
int kmsg_incremental_alter_configs_request_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_incremental_alter_configs_request_t *in);

/* ------------------------------------------------------------------------ */
/* IncrementalAlterConfigsResponse: valid v0-1, flexible v1, API key 44 */

typedef struct kmsg_incremental_alter_configs_response_alter_configs_resource_response {
    /* v0-1. The resource error code. */
    int16_t error_code;
    /* v0-1, nullable v0-1. The resource error message, or null if there was
     * no error. */
    kmsg_str_t error_message;
    /* v0-1. The resource type. */
    int8_t resource_type;
    /* v0-1. The resource name. */
    kmsg_str_t resource_name;
} kmsg_incremental_alter_configs_response_alter_configs_resource_response_t;

void kmsg_incremental_alter_configs_response_alter_configs_resource_response_init(
    kmsg_incremental_alter_configs_response_alter_configs_resource_response_t *m);

typedef struct kmsg_incremental_alter_configs_response {
    /* v0-1. Duration in milliseconds for which the request was throttled due
     * to a quota violation, or zero if the request did not violate any
     * quota. */
    int32_t throttle_time_ms;
    /* v0-1. The responses for each resource. */
    kmsg_incremental_alter_configs_response_alter_configs_resource_response_t *responses;
    int32_t responses_count;
} kmsg_incremental_alter_configs_response_t;


void kmsg_incremental_alter_configs_response_init(
    kmsg_incremental_alter_configs_response_t *m);
int kmsg_incremental_alter_configs_response_decode(
    wire_reader_t *r, int16_t version, wire_arena_t *arena,
    kmsg_incremental_alter_configs_response_t *out);
int kmsg_incremental_alter_configs_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_incremental_alter_configs_response_t *in);

/* ------------------------------------------------------------------------ */
/* OffsetDeleteRequest: valid v0, API key 47 */

typedef struct kmsg_offset_delete_request_partition {
    /* v0. The partition index. */
    int32_t partition_index;
} kmsg_offset_delete_request_partition_t;

void kmsg_offset_delete_request_partition_init(
    kmsg_offset_delete_request_partition_t *m);

typedef struct kmsg_offset_delete_request_topic {
    /* v0. The topic name. */
    kmsg_str_t name;
    /* v0. Each partition to delete offsets for. */
    kmsg_offset_delete_request_partition_t *partitions;
    int32_t partitions_count;
} kmsg_offset_delete_request_topic_t;

void kmsg_offset_delete_request_topic_init(
    kmsg_offset_delete_request_topic_t *m);

typedef struct kmsg_offset_delete_request {
    /* v0. The unique group identifier. */
    kmsg_str_t group_id;
    /* v0. The topics to delete offsets for */
    kmsg_offset_delete_request_topic_t *topics;
    int32_t topics_count;
} kmsg_offset_delete_request_t;


void kmsg_offset_delete_request_init(kmsg_offset_delete_request_t *m);
int kmsg_offset_delete_request_decode(wire_reader_t *r, int16_t version,
                                      wire_arena_t *arena,
                                      kmsg_offset_delete_request_t *out);
int kmsg_offset_delete_request_encode(wire_writer_t *w, int16_t version,
                                      const kmsg_offset_delete_request_t *in);

/* ------------------------------------------------------------------------ */
/* OffsetDeleteResponse: valid v0, API key 47 */

typedef struct kmsg_offset_delete_response_partition {
    /* v0. The partition index. */
    int32_t partition_index;
    /* v0. The error code, or 0 if there was no error. */
    int16_t error_code;
} kmsg_offset_delete_response_partition_t;

void kmsg_offset_delete_response_partition_init(
    kmsg_offset_delete_response_partition_t *m);

typedef struct kmsg_offset_delete_response_topic {
    /* v0. The topic name. */
    kmsg_str_t name;
    /* v0. The responses for each partition in the topic. */
    kmsg_offset_delete_response_partition_t *partitions;
    int32_t partitions_count;
} kmsg_offset_delete_response_topic_t;

void kmsg_offset_delete_response_topic_init(
    kmsg_offset_delete_response_topic_t *m);

typedef struct kmsg_offset_delete_response {
    /* v0. The top-level error code, or 0 if there was no error. */
    int16_t error_code;
    /* v0, ignorable. The duration in milliseconds for which the request was
     * throttled due to a quota violation, or zero if the request did not
     * violate any quota. */
    int32_t throttle_time_ms;
    /* v0. The responses for each topic. */
    kmsg_offset_delete_response_topic_t *topics;
    int32_t topics_count;
} kmsg_offset_delete_response_t;


void kmsg_offset_delete_response_init(kmsg_offset_delete_response_t *m);
int kmsg_offset_delete_response_decode(wire_reader_t *r, int16_t version,
                                       wire_arena_t *arena,
                                       kmsg_offset_delete_response_t *out);
int kmsg_offset_delete_response_encode(wire_writer_t *w, int16_t version,
                                       const kmsg_offset_delete_response_t *in);

/* ------------------------------------------------------------------------ */
/* DescribeClusterRequest: valid v0-1, flexible v0-1, API key 60 */

typedef struct kmsg_describe_cluster_request {
    /* v0-1. Whether to include cluster authorized operations. */
    bool include_cluster_authorized_operations;
    /* v1, default 1. The endpoint type to describe. 1=brokers,
     * 2=controllers. */
    int8_t endpoint_type;
} kmsg_describe_cluster_request_t;


void kmsg_describe_cluster_request_init(kmsg_describe_cluster_request_t *m);
int kmsg_describe_cluster_request_decode(wire_reader_t *r, int16_t version,
                                         wire_arena_t *arena,
                                         kmsg_describe_cluster_request_t *out);
int kmsg_describe_cluster_request_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_describe_cluster_request_t *in);

/* ------------------------------------------------------------------------ */
/* DescribeClusterResponse: valid v0-1, flexible v0-1, API key 60 */

typedef struct kmsg_describe_cluster_response_describe_cluster_broker {
    /* v0-1. The broker ID. */
    int32_t broker_id;
    /* v0-1. The broker hostname. */
    kmsg_str_t host;
    /* v0-1. The broker port. */
    int32_t port;
    /* v0-1, nullable v0-1, default null. The rack of the broker, or null if
     * it has not been assigned to a rack. */
    kmsg_str_t rack;
} kmsg_describe_cluster_response_describe_cluster_broker_t;

void kmsg_describe_cluster_response_describe_cluster_broker_init(
    kmsg_describe_cluster_response_describe_cluster_broker_t *m);

typedef struct kmsg_describe_cluster_response {
    /* v0-1. The duration in milliseconds for which the request was throttled
     * due to a quota violation, or zero if the request did not violate any
     * quota. */
    int32_t throttle_time_ms;
    /* v0-1. The top-level error code, or 0 if there was no error */
    int16_t error_code;
    /* v0-1, nullable v0-1, default null. The top-level error message, or
     * null if there was no error. */
    kmsg_str_t error_message;
    /* v1, default 1. The endpoint type that was described. 1=brokers,
     * 2=controllers. */
    int8_t endpoint_type;
    /* v0-1. The cluster ID that responding broker belongs to. */
    kmsg_str_t cluster_id;
    /* v0-1, default -1. The ID of the controller broker. */
    int32_t controller_id;
    /* v0-1. Each broker in the response. */
    kmsg_describe_cluster_response_describe_cluster_broker_t *brokers;
    int32_t brokers_count;
    /* v0-1, default -2147483648. 32-bit bitfield to represent authorized
     * operations for this cluster. */
    int32_t cluster_authorized_operations;
} kmsg_describe_cluster_response_t;


void kmsg_describe_cluster_response_init(kmsg_describe_cluster_response_t *m);
int kmsg_describe_cluster_response_decode(
    wire_reader_t *r, int16_t version, wire_arena_t *arena,
    kmsg_describe_cluster_response_t *out);
int kmsg_describe_cluster_response_encode(
    wire_writer_t *w, int16_t version,
    const kmsg_describe_cluster_response_t *in);

#endif

/*
 * librdkafka round trip against a running herald broker.
 *
 * Creates a topic with the admin API, produces messages with acks=all,
 * enable.idempotence=true and lz4 compression, then consumes them with a
 * manual assignment from the beginning of every partition. Message i goes
 * to partition i % partitions and carries its partition-local sequence
 * number, so the consumer can check that every message arrives exactly once
 * and in order within its partition, at the offset equal to its sequence.
 * Every payload is regenerated from (partition, sequence) and compared byte
 * for byte, and an order-independent checksum of all payloads must match
 * between the two directions. Throughput is printed for both.
 *
 * The broker is started by the caller (see harness.py); this program only
 * talks to the address given with --bootstrap, or else in HERALD_BOOTSTRAP.
 * Exit status 0 means every check passed.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <librdkafka/rdkafka.h>

#define PAYLOAD_SIZE 100
#define RANDOM_BYTES 40
#define TIMEOUT_MS (240 * 1000)

struct options {
    const char *bootstrap;
    const char *topic;
    int partitions;
    long messages;
};

struct produce_state {
    long delivered;
    long failed;
    rd_kafka_resp_err_t first_error;
};

static void fail(const char *fmt, ...)
    __attribute__((format(printf, 1, 2), noreturn));

static void fail(const char *fmt, ...) {
    va_list ap;

    va_start(ap, fmt);
    fputs("FAIL: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static double now_s(void) {
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static uint64_t mix64(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

/* Fills `out` with the payload of message `seq` in `partition`: partition
 * (4 bytes) and sequence (8 bytes) big-endian, 40 pseudo-random bytes, then
 * text that lz4 can compress. */
static void make_payload(uint8_t *out, int32_t partition, int64_t seq) {
    uint64_t state = mix64(((uint64_t)partition << 40) ^ (uint64_t)seq);
    size_t i;

    for (i = 0; i < 4; i++)
        out[i] = (uint8_t)((uint32_t)partition >> (24 - 8 * i));
    for (i = 0; i < 8; i++)
        out[4 + i] = (uint8_t)((uint64_t)seq >> (56 - 8 * i));
    for (i = 0; i < RANDOM_BYTES; i++) {
        if (i % 8 == 0)
            state = mix64(state + 0x9e3779b97f4a7c15ULL);
        out[12 + i] = (uint8_t)(state >> (8 * (i % 8)));
    }
    for (i = 12 + RANDOM_BYTES; i < PAYLOAD_SIZE; i++)
        out[i] = (uint8_t) "herald-roundtrip-"[i % 17];
}

static uint64_t payload_hash(const void *data, size_t len) {
    const uint8_t *p = data;
    uint64_t h = 0xcbf29ce484222325ULL;
    size_t i;

    for (i = 0; i < len; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

static void set_conf(rd_kafka_conf_t *conf, const char *name,
                     const char *value) {
    char errstr[512];

    if (rd_kafka_conf_set(conf, name, value, errstr, sizeof(errstr)) !=
        RD_KAFKA_CONF_OK)
        fail("config %s=%s: %s", name, value, errstr);
}

static rd_kafka_t *new_client(rd_kafka_type_t type, rd_kafka_conf_t *conf,
                              const struct options *opt) {
    char errstr[512];
    rd_kafka_t *rk;

    set_conf(conf, "bootstrap.servers", opt->bootstrap);
    rk = rd_kafka_new(type, conf, errstr, sizeof(errstr));
    if (rk == NULL)
        fail("rd_kafka_new: %s", errstr);
    return rk;
}

static void create_topic(const struct options *opt) {
    rd_kafka_t *rk = new_client(RD_KAFKA_PRODUCER, rd_kafka_conf_new(), opt);
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    char errstr[512];
    rd_kafka_NewTopic_t *topic;
    rd_kafka_event_t *ev;
    const rd_kafka_CreateTopics_result_t *result;
    const rd_kafka_topic_result_t **topics;
    size_t count;

    topic = rd_kafka_NewTopic_new(opt->topic, opt->partitions, 1, errstr,
                                  sizeof(errstr));
    if (topic == NULL)
        fail("NewTopic: %s", errstr);
    rd_kafka_CreateTopics(rk, &topic, 1, NULL, queue);
    ev = rd_kafka_queue_poll(queue, 30 * 1000);
    if (ev == NULL)
        fail("CreateTopics: no result within 30 s");
    if (rd_kafka_event_error(ev))
        fail("CreateTopics: %s", rd_kafka_event_error_string(ev));
    result = rd_kafka_event_CreateTopics_result(ev);
    if (result == NULL)
        fail("CreateTopics: unexpected event %s", rd_kafka_event_name(ev));
    topics = rd_kafka_CreateTopics_result_topics(result, &count);
    if (count != 1)
        fail("CreateTopics: %zu topic results, expected 1", count);
    if (rd_kafka_topic_result_error(topics[0]))
        fail("CreateTopics %s: %s", opt->topic,
             rd_kafka_topic_result_error_string(topics[0]));
    printf("created topic %s with %d partitions\n", opt->topic,
           opt->partitions);

    rd_kafka_event_destroy(ev);
    rd_kafka_NewTopic_destroy(topic);
    rd_kafka_queue_destroy(queue);
    rd_kafka_destroy(rk);
}

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *msg,
                        void *opaque) {
    struct produce_state *state = opaque;

    if (msg->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
        state->delivered++;
        return;
    }
    if (state->failed++ == 0)
        state->first_error = msg->err;
}

static uint64_t produce_all(const struct options *opt) {
    struct produce_state state = {0};
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    uint8_t payload[PAYLOAD_SIZE];
    uint64_t checksum = 0;
    rd_kafka_t *rk;
    double start, elapsed;
    long i;

    set_conf(conf, "acks", "all");
    set_conf(conf, "enable.idempotence", "true");
    set_conf(conf, "compression.type", "lz4");
    set_conf(conf, "linger.ms", "5");
    set_conf(conf, "batch.num.messages", "10000");
    set_conf(conf, "queue.buffering.max.messages", "500000");
    rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
    rd_kafka_conf_set_opaque(conf, &state);
    rk = new_client(RD_KAFKA_PRODUCER, conf, opt);

    start = now_s();
    for (i = 0; i < opt->messages; i++) {
        int32_t partition = (int32_t)(i % opt->partitions);
        rd_kafka_resp_err_t err;

        make_payload(payload, partition, i / opt->partitions);
        checksum += payload_hash(payload, sizeof(payload));
        for (;;) {
            err = rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(opt->topic),
                                    RD_KAFKA_V_PARTITION(partition),
                                    RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                                    RD_KAFKA_V_VALUE(payload, sizeof(payload)),
                                    RD_KAFKA_V_END);
            if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL)
                break;
            rd_kafka_poll(rk, 10);
        }
        if (err)
            fail("produce message %ld: %s", i, rd_kafka_err2str(err));
        rd_kafka_poll(rk, 0);
    }
    if (rd_kafka_flush(rk, TIMEOUT_MS) != RD_KAFKA_RESP_ERR_NO_ERROR)
        fail("flush: %d messages still queued after %d s",
             rd_kafka_outq_len(rk), TIMEOUT_MS / 1000);
    elapsed = now_s() - start;

    if (state.failed)
        fail("%ld deliveries failed, first error: %s", state.failed,
             rd_kafka_err2str(state.first_error));
    if (state.delivered != opt->messages)
        fail("%ld messages delivered, expected %ld", state.delivered,
             opt->messages);
    printf("produce: %ld messages (%d bytes each) in %.2f s: %.0f msg/s, "
           "%.1f MB/s\n",
           opt->messages, PAYLOAD_SIZE, elapsed, opt->messages / elapsed,
           opt->messages * (double)PAYLOAD_SIZE / elapsed / 1e6);
    rd_kafka_destroy(rk);
    return checksum;
}

/* Checks one consumed message against the payload it must carry and
 * returns its hash. `next_seq` contains the next expected sequence of each
 * partition. */
static uint64_t check_message(const rd_kafka_message_t *msg,
                              int64_t *next_seq) {
    uint8_t expected[PAYLOAD_SIZE];
    int32_t partition = msg->partition;
    int64_t seq = next_seq[partition];

    if (msg->len != PAYLOAD_SIZE)
        fail("partition %d offset %" PRId64 ": payload of %zu bytes, "
             "expected %d",
             partition, msg->offset, msg->len, PAYLOAD_SIZE);
    if (msg->offset != seq)
        fail("partition %d: offset %" PRId64 " where %" PRId64
             " was expected (lost, repeated or reordered message)",
             partition, msg->offset, seq);
    make_payload(expected, partition, seq);
    if (memcmp(msg->payload, expected, PAYLOAD_SIZE) != 0)
        fail("partition %d offset %" PRId64 ": payload differs from "
             "sequence %" PRId64,
             partition, msg->offset, seq);
    next_seq[partition] = seq + 1;
    return payload_hash(msg->payload, msg->len);
}

static rd_kafka_t *new_assigned_consumer(const struct options *opt) {
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_topic_partition_list_t *parts;
    rd_kafka_resp_err_t err;
    rd_kafka_t *rk;
    int p;

    /* rd_kafka_assign() needs a group.id even though no group is joined;
     * with auto commit off and explicit start offsets, librdkafka neither
     * fetches nor commits group offsets. */
    set_conf(conf, "group.id", "rdkafka-roundtrip");
    set_conf(conf, "enable.auto.commit", "false");
    set_conf(conf, "enable.auto.offset.store", "false");
    set_conf(conf, "enable.partition.eof", "true");
    set_conf(conf, "fetch.max.bytes", "8388608");
    rk = new_client(RD_KAFKA_CONSUMER, conf, opt);
    rd_kafka_poll_set_consumer(rk);

    parts = rd_kafka_topic_partition_list_new(opt->partitions);
    for (p = 0; p < opt->partitions; p++)
        rd_kafka_topic_partition_list_add(parts, opt->topic, p)->offset =
            RD_KAFKA_OFFSET_BEGINNING;
    err = rd_kafka_assign(rk, parts);
    if (err)
        fail("assign: %s", rd_kafka_err2str(err));
    rd_kafka_topic_partition_list_destroy(parts);
    return rk;
}

static uint64_t consume_all(const struct options *opt) {
    int64_t *next_seq = calloc((size_t)opt->partitions, sizeof(*next_seq));
    uint64_t checksum = 0;
    long consumed = 0;
    rd_kafka_t *rk;
    double start, elapsed;
    int p;

    if (next_seq == NULL)
        fail("out of memory");
    rk = new_assigned_consumer(opt);
    start = now_s();
    while (consumed < opt->messages) {
        rd_kafka_message_t *msg = rd_kafka_consumer_poll(rk, 200);

        if ((now_s() - start) * 1000 > TIMEOUT_MS)
            fail("consumed %ld of %ld messages within %d s", consumed,
                 opt->messages, TIMEOUT_MS / 1000);
        if (msg == NULL)
            continue;
        if (msg->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            rd_kafka_message_destroy(msg);
            continue;
        }
        if (msg->err)
            fail("consume: %s", rd_kafka_message_errstr(msg));
        if (msg->partition < 0 || msg->partition >= opt->partitions)
            fail("message from partition %d", msg->partition);
        checksum += check_message(msg, next_seq);
        consumed++;
        rd_kafka_message_destroy(msg);
    }
    elapsed = now_s() - start;

    for (p = 0; p < opt->partitions; p++) {
        int64_t expected = opt->messages / opt->partitions +
                           (p < opt->messages % opt->partitions ? 1 : 0);
        if (next_seq[p] != expected)
            fail("partition %d: %" PRId64 " messages, expected %" PRId64, p,
                 next_seq[p], expected);
    }
    printf("consume: %ld messages in %.2f s: %.0f msg/s, %.1f MB/s\n", consumed,
           elapsed, consumed / elapsed,
           consumed * (double)PAYLOAD_SIZE / elapsed / 1e6);

    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    free(next_seq);
    return checksum;
}

static void usage(const char *prog) {
    fprintf(stderr,
            "usage: %s --bootstrap HOST:PORT [--topic NAME] "
            "[--partitions N] [--messages N]\n",
            prog);
    exit(2);
}

static void parse_options(int argc, char **argv, struct options *opt) {
    int i;

    opt->bootstrap = getenv("HERALD_BOOTSTRAP");
    opt->topic = "rdkafka.roundtrip";
    opt->partitions = 8;
    opt->messages = 1000000;
    for (i = 1; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "--bootstrap") == 0)
            opt->bootstrap = argv[i + 1];
        else if (strcmp(argv[i], "--topic") == 0)
            opt->topic = argv[i + 1];
        else if (strcmp(argv[i], "--partitions") == 0)
            opt->partitions = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--messages") == 0)
            opt->messages = atol(argv[i + 1]);
        else
            usage(argv[0]);
    }
    if (i != argc || opt->bootstrap == NULL || opt->partitions <= 0 ||
        opt->messages <= 0)
        usage(argv[0]);
}

int main(int argc, char **argv) {
    struct options opt = {0};
    uint64_t sent, received;

    parse_options(argc, argv, &opt);
    create_topic(&opt);
    sent = produce_all(&opt);
    received = consume_all(&opt);
    if (sent != received)
        fail("payload checksum %016" PRIx64 " consumed, %016" PRIx64
             " produced",
             received, sent);
    printf("checksum %016" PRIx64 " matches for %ld messages\n", sent,
           opt.messages);
    return 0;
}

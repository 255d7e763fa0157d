/*
 * Producer and checker for the broker crash test.
 *
 *   crash_client produce --bootstrap H:P --topic T --first-id N
 *                        --acked FILE [--rate MSG_PER_S] [--count N]
 *   crash_client verify  --bootstrap H:P --topic T --acked FILE
 *                        [--max-id N]
 *
 * `produce` sends messages with ids first-id, first-id + 1, ... at a fixed
 * rate with acks=all and idempotence, and appends each id to FILE with one
 * write(2) only after the broker acknowledged it. The crash test kills the
 * broker (and then this process) at a random moment, so FILE lists exactly
 * the messages the broker promised to keep.
 *
 * `verify` reads every partition from its first offset up to the high
 * watermark and checks that offsets have no gaps, that every payload is the
 * one its id determines, and that every id in FILE was read. Ids found
 * more than once are counted and printed: after a crash the broker may
 * lose idempotent-producer state, so duplicates are reported, not failed.
 * Exit status 0 means every check passed.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <librdkafka/rdkafka.h>

#define PAYLOAD_SIZE 64
#define MAX_PARTITIONS 64
#define VERIFY_TIMEOUT_S 60

struct options {
    const char *mode;
    const char *bootstrap;
    const char *topic;
    const char *acked_path;
    long first_id;
    long rate;
    long count;
    long max_id;
};

struct partition_state {
    int64_t high;
    int64_t next;
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

/* The payload of message `id`: the id big-endian, then bytes derived from
 * it, so a reader can tell a damaged or misplaced payload from a good one. */
static void make_payload(uint8_t *out, uint64_t id) {
    uint64_t state = id;
    size_t i;

    for (i = 0; i < 8; i++)
        out[i] = (uint8_t)(id >> (56 - 8 * i));
    for (i = 8; i < PAYLOAD_SIZE; i++) {
        if (i % 8 == 0)
            state = mix64(state + 0x9e3779b97f4a7c15ULL);
        out[i] = (uint8_t)(state >> (8 * (i % 8)));
    }
}

static void set_conf(rd_kafka_conf_t *conf, const char *name,
                     const char *value) {
    char errstr[512];

    if (rd_kafka_conf_set(conf, name, value, errstr, sizeof(errstr)) !=
        RD_KAFKA_CONF_OK)
        fail("config %s=%s: %s", name, value, errstr);
}

static rd_kafka_t *new_client(rd_kafka_type_t type, rd_kafka_conf_t *conf,
                              const char *bootstrap) {
    char errstr[512];
    rd_kafka_t *rk;

    set_conf(conf, "bootstrap.servers", bootstrap);
    rk = rd_kafka_new(type, conf, errstr, sizeof(errstr));
    if (rk == NULL)
        fail("rd_kafka_new: %s", errstr);
    return rk;
}

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *msg,
                        void *opaque) {
    int fd = *(int *)opaque;
    char line[32];
    int len;

    if (msg->err != RD_KAFKA_RESP_ERR_NO_ERROR)
        return;
    len = snprintf(line, sizeof(line), "%" PRIu64 "\n",
                   (uint64_t)(uintptr_t)msg->_private);
    /* One write per id: a kill between two ids never leaves half a line. */
    if (write(fd, line, (size_t)len) != len)
        fail("write acked id: %s", strerror(errno));
}

static int produce(const struct options *opt) {
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    uint8_t payload[PAYLOAD_SIZE];
    char key[24];
    double start = now_s();
    long sent = 0;
    rd_kafka_t *rk;
    int fd;

    fd = open(opt->acked_path, O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd < 0)
        fail("open %s: %s", opt->acked_path, strerror(errno));
    set_conf(conf, "acks", "all");
    set_conf(conf, "enable.idempotence", "true");
    set_conf(conf, "linger.ms", "2");
    set_conf(conf, "message.timeout.ms", "30000");
    rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
    rd_kafka_conf_set_opaque(conf, &fd);
    rk = new_client(RD_KAFKA_PRODUCER, conf, opt->bootstrap);

    while (opt->count == 0 || sent < opt->count) {
        long due = (long)((now_s() - start) * (double)opt->rate) + 1;
        uint64_t id;

        while (sent < due && (opt->count == 0 || sent < opt->count)) {
            rd_kafka_resp_err_t err;

            id = (uint64_t)(opt->first_id + sent);
            make_payload(payload, id);
            snprintf(key, sizeof(key), "%" PRIu64, id);
            err = rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(opt->topic),
                                    RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                                    RD_KAFKA_V_KEY(key, strlen(key)),
                                    RD_KAFKA_V_VALUE(payload, sizeof(payload)),
                                    RD_KAFKA_V_OPAQUE((void *)(uintptr_t)id),
                                    RD_KAFKA_V_END);
            if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL)
                break;
            if (err)
                fail("produce id %" PRIu64 ": %s", id, rd_kafka_err2str(err));
            sent++;
        }
        rd_kafka_poll(rk, 1);
    }
    rd_kafka_flush(rk, 30 * 1000);
    rd_kafka_destroy(rk);
    close(fd);
    return 0;
}

static int partition_count(rd_kafka_t *rk, const char *topic) {
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
    const struct rd_kafka_metadata *md;
    rd_kafka_resp_err_t err;
    int count;

    err = rd_kafka_metadata(rk, 0, rkt, &md, 10 * 1000);
    if (err)
        fail("metadata for %s: %s", topic, rd_kafka_err2str(err));
    if (md->topic_cnt != 1 || md->topics[0].err)
        fail("metadata for %s: %s", topic,
             md->topic_cnt ? rd_kafka_err2str(md->topics[0].err) : "no topic");
    count = md->topics[0].partition_cnt;
    rd_kafka_metadata_destroy(md);
    rd_kafka_topic_destroy(rkt);
    if (count <= 0 || count > MAX_PARTITIONS)
        fail("topic %s has %d partitions", topic, count);
    return count;
}

/* Assigns every partition from its first offset and records each
 * partition's high watermark, the point up to which it must be read. */
static int assign_all(rd_kafka_t *rk, const char *topic,
                      struct partition_state *parts) {
    int count = partition_count(rk, topic);
    rd_kafka_topic_partition_list_t *list;
    rd_kafka_resp_err_t err;
    int p;

    list = rd_kafka_topic_partition_list_new(count);
    for (p = 0; p < count; p++) {
        int64_t low, high;

        err = rd_kafka_query_watermark_offsets(rk, topic, p, &low, &high,
                                               10 * 1000);
        if (err)
            fail("watermarks of %s [%d]: %s", topic, p, rd_kafka_err2str(err));
        if (low != 0)
            fail("%s [%d] starts at offset %" PRId64 ", expected 0", topic, p,
                 low);
        parts[p].high = high;
        parts[p].next = 0;
        rd_kafka_topic_partition_list_add(list, topic, p)->offset =
            RD_KAFKA_OFFSET_BEGINNING;
    }
    err = rd_kafka_assign(rk, list);
    if (err)
        fail("assign: %s", rd_kafka_err2str(err));
    rd_kafka_topic_partition_list_destroy(list);
    return count;
}

static int all_read(const struct partition_state *parts, int count) {
    int p;

    for (p = 0; p < count; p++)
        if (parts[p].next < parts[p].high)
            return 0;
    return 1;
}

/* Checks one message and marks its id in `seen`; returns 1 if the id had
 * been seen before. */
static int check_message(const rd_kafka_message_t *msg,
                         struct partition_state *part, uint8_t *seen,
                         long max_id) {
    uint8_t expected[PAYLOAD_SIZE];
    uint64_t id = 0;
    int i, repeated;

    if (msg->offset != part->next)
        fail("partition %d: offset %" PRId64 " follows %" PRId64
             " (gap in the log)",
             msg->partition, msg->offset, part->next - 1);
    if (msg->len != PAYLOAD_SIZE)
        fail("partition %d offset %" PRId64 ": %zu-byte payload",
             msg->partition, msg->offset, msg->len);
    for (i = 0; i < 8; i++)
        id = (id << 8) | ((const uint8_t *)msg->payload)[i];
    if (id >= (uint64_t)max_id)
        fail("partition %d offset %" PRId64 ": id %" PRIu64 " out of range",
             msg->partition, msg->offset, id);
    make_payload(expected, id);
    if (memcmp(expected, msg->payload, PAYLOAD_SIZE) != 0)
        fail("partition %d offset %" PRId64 ": damaged payload for id %" PRIu64,
             msg->partition, msg->offset, id);
    part->next = msg->offset + 1;
    repeated = (seen[id / 8] >> (id % 8)) & 1;
    seen[id / 8] |= (uint8_t)(1u << (id % 8));
    return repeated;
}

static long count_missing(const char *path, const uint8_t *seen, long max_id,
                          long *acked) {
    FILE *in = fopen(path, "r");
    unsigned long long id;
    long missing = 0;

    *acked = 0;
    if (in == NULL)
        return 0; /* no message was ever acknowledged */
    while (fscanf(in, "%llu", &id) == 1) {
        (*acked)++;
        if (id >= (unsigned long long)max_id)
            fail("acked id %llu out of range", id);
        if (!((seen[id / 8] >> (id % 8)) & 1)) {
            if (missing < 5)
                fprintf(stderr, "acknowledged id %llu not in the log\n", id);
            missing++;
        }
    }
    fclose(in);
    return missing;
}

static int verify(const struct options *opt) {
    struct partition_state parts[MAX_PARTITIONS];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    uint8_t *seen = calloc((size_t)opt->max_id / 8 + 1, 1);
    long consumed = 0, repeated = 0, acked, missing;
    double deadline = now_s() + VERIFY_TIMEOUT_S;
    rd_kafka_t *rk;
    int count;

    if (seen == NULL)
        fail("out of memory");
    set_conf(conf, "group.id", "crash-verify");
    set_conf(conf, "enable.auto.commit", "false");
    set_conf(conf, "enable.auto.offset.store", "false");
    rk = new_client(RD_KAFKA_CONSUMER, conf, opt->bootstrap);
    rd_kafka_poll_set_consumer(rk);
    count = assign_all(rk, opt->topic, parts);

    while (!all_read(parts, count)) {
        rd_kafka_message_t *msg = rd_kafka_consumer_poll(rk, 200);

        if (now_s() > deadline)
            fail("log not read to its end within %d s", VERIFY_TIMEOUT_S);
        if (msg == NULL || msg->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            if (msg)
                rd_kafka_message_destroy(msg);
            continue;
        }
        if (msg->err)
            fail("consume: %s", rd_kafka_message_errstr(msg));
        if (msg->partition < 0 || msg->partition >= count)
            fail("message from partition %d", msg->partition);
        repeated +=
            check_message(msg, &parts[msg->partition], seen, opt->max_id);
        consumed++;
        rd_kafka_message_destroy(msg);
    }
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);

    missing = count_missing(opt->acked_path, seen, opt->max_id, &acked);
    printf("verify: %ld messages read, %ld repeated ids, %ld acknowledged, "
           "%ld missing\n",
           consumed, repeated, acked, missing);
    free(seen);
    return missing ? 1 : 0;
}

static void usage(void) __attribute__((noreturn));

static void usage(void) {
    fprintf(stderr, "usage: crash_client produce|verify --bootstrap H:P "
                    "--topic T --acked FILE [--first-id N] [--rate N] "
                    "[--count N] [--max-id N]\n");
    exit(2);
}

static void parse_options(int argc, char **argv, struct options *opt) {
    int i;

    if (argc < 2)
        usage();
    opt->mode = argv[1];
    opt->rate = 20000;
    opt->max_id = 100000000;
    for (i = 2; i + 1 < argc; i += 2) {
        const char *name = argv[i], *value = argv[i + 1];

        if (strcmp(name, "--bootstrap") == 0)
            opt->bootstrap = value;
        else if (strcmp(name, "--topic") == 0)
            opt->topic = value;
        else if (strcmp(name, "--acked") == 0)
            opt->acked_path = value;
        else if (strcmp(name, "--first-id") == 0)
            opt->first_id = atol(value);
        else if (strcmp(name, "--rate") == 0)
            opt->rate = atol(value);
        else if (strcmp(name, "--count") == 0)
            opt->count = atol(value);
        else if (strcmp(name, "--max-id") == 0)
            opt->max_id = atol(value);
        else
            usage();
    }
    if (i != argc || !opt->bootstrap || !opt->topic || !opt->acked_path ||
        opt->rate <= 0 || opt->max_id <= 0 || opt->first_id < 0)
        usage();
}

int main(int argc, char **argv) {
    struct options opt = {0};

    parse_options(argc, argv, &opt);
    if (strcmp(opt.mode, "produce") == 0)
        return produce(&opt);
    if (strcmp(opt.mode, "verify") == 0)
        return verify(&opt);
    usage();
}

/*
 * `herald consume TOPIC`: writes the messages of a topic to stdout through
 * a librdkafka consumer, as raw values, as one JSON object per message
 * (--json), or as CloudEvents in the structured JSON format decoded by
 * libherald's Kafka protocol binding (--cloudevents).
 *
 * Without --group every partition of the topic is assigned directly and no
 * offsets are committed. With --group the consumer joins the group, and the
 * offset of each message is stored only after the message was written, so
 * what is committed (every 5 s and on exit) has been output. The command
 * stops after --count messages, after --timeout-ms without a message, or on
 * SIGINT or SIGTERM.
 */
#include <getopt.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <herald/event.h>

#include "admin.h"
#include "cli.h"
#include "output.h"

#define PROG "herald consume"

/* Time the client gets to leave its group and stop its threads. */
#define CLOSE_TIMEOUT_S 10
#define STRINGIFY(x) #x
#define SECONDS_TEXT(x) STRINGIFY(x) " s"

typedef enum { OUTPUT_VALUE, OUTPUT_JSON, OUTPUT_CLOUDEVENTS } output_t;

typedef struct {
    const char *brokers;
    const char *topic;
    const char *group;    /* NULL: assign every partition, commit nothing */
    int from_beginning;
    long long count;      /* 0: no limit */
    long long timeout_ms; /* idle time before stopping; -1: none */
    output_t output;
} consume_opts_t;

static volatile sig_atomic_t stop_requested;
static volatile sig_atomic_t closing;
static volatile sig_atomic_t exit_code;
static volatile sig_atomic_t in_group;

/* Ends the process while the client shuts down. It makes only
 * async-signal-safe calls, because it runs in a signal handler. */
static void exit_while_closing(const char *reason, size_t len)
{
    static const char rest[] = "; exiting without waiting for it";
    static const char group_rest[] =
        " (offsets read since the last commit may be read again)";
    ssize_t ignored;

    ignored = write(STDERR_FILENO, reason, len);
    ignored = write(STDERR_FILENO, rest, sizeof(rest) - 1);
    if (in_group)
        ignored = write(STDERR_FILENO, group_rest, sizeof(group_rest) - 1);
    ignored = write(STDERR_FILENO, "\n", 1);
    (void)ignored;
    _exit(exit_code ? exit_code : 1);
}

static void on_signal(int sig)
{
    static const char reason[] =
        PROG ": signal received while the Kafka client shut down";

    (void)sig;
    if (closing)
        exit_while_closing(reason, sizeof(reason) - 1);
    stop_requested = 1;
}

static void on_close_timeout(int sig)
{
    static const char reason[] =
        PROG ": the Kafka client did not shut down within "
        SECONDS_TEXT(CLOSE_TIMEOUT_S);

    (void)sig;
    exit_while_closing(reason, sizeof(reason) - 1);
}

static void usage(FILE *out)
{
    fprintf(out,
        "usage: herald consume TOPIC [--from-beginning] [--group G] "
        "[--count N]\n"
        "                      [--timeout-ms T] [--json | --cloudevents]\n"
        "\n"
        "Writes the messages of TOPIC to stdout, one per line: the value, or\n"
        "with --json an object with topic, partition, offset, key, headers,\n"
        "timestamp and value, or with --cloudevents the decoded CloudEvent in\n"
        "the structured JSON format. Keys and values that are not UTF-8 are\n"
        "given as key_base64 and value_base64 in JSON.\n"
        "\n"
        "  -b, --brokers HOST:PORT  bootstrap servers "
        "(default " ADMIN_DEFAULT_BROKERS ")\n"
        "      --from-beginning     start at the first offset instead of the\n"
        "                           end; with --group, only for partitions\n"
        "                           without a committed offset\n"
        "  -g, --group G            consume as a member of consumer group G\n"
        "                           and commit the offsets written\n"
        "  -n, --count N            stop after N messages\n"
        "      --timeout-ms T       stop after T milliseconds without a "
        "message\n"
        "                           (default: wait until interrupted)\n"
        "      --json               one JSON object per message\n"
        "      --cloudevents        decode each message as a CloudEvent\n"
        "  -h, --help               show this help\n"
        "\n"
        "Exit status: 0 on success, 1 when the topic cannot be read, a\n"
        "message is not a valid CloudEvent, or --timeout-ms passed before\n"
        "--count messages; 2 on a usage error.\n");
}

static json_t *json_headers(const rd_kafka_message_t *msg)
{
    rd_kafka_headers_t *hdrs = NULL;
    json_t *array = json_array();
    const char *name;
    const void *value;
    size_t len;

    if (array == NULL || rd_kafka_message_headers(msg, &hdrs) !=
                         RD_KAFKA_RESP_ERR_NO_ERROR)
        return array;
    for (size_t i = 0;
         rd_kafka_header_get_all(hdrs, i, &name, &value, &len) ==
         RD_KAFKA_RESP_ERR_NO_ERROR;
         i++) {
        json_t *header = json_object();

        if (header == NULL ||
            output__json_set_bytes(header, "key", name, strlen(name)) != 0 ||
            output__json_set_bytes(header, "value", value, len) != 0 ||
            json_array_append_new(array, header) != 0) {
            json_decref(array);
            return NULL;
        }
    }
    return array;
}

static int write_json(const rd_kafka_message_t *msg)
{
    rd_kafka_timestamp_type_t ts_type;
    int64_t ts = rd_kafka_message_timestamp(msg, &ts_type);
    json_t *doc = json_pack("{s:s, s:i, s:I}", "topic",
                            rd_kafka_topic_name(msg->rkt), "partition",
                            (int)msg->partition, "offset",
                            (json_int_t)msg->offset);

    if (doc == NULL ||
        output__json_set_bytes(doc, "key", msg->key, msg->key_len) != 0 ||
        json_object_set_new(doc, "headers", json_headers(msg)) != 0 ||
        json_object_set_new(doc, "timestamp",
                            ts_type == RD_KAFKA_TIMESTAMP_NOT_AVAILABLE
                                ? json_null()
                                : json_integer(ts)) != 0 ||
        json_object_set_new(doc, "timestamp_type", json_string(
            ts_type == RD_KAFKA_TIMESTAMP_LOG_APPEND_TIME ? "log_append_time"
            : ts_type == RD_KAFKA_TIMESTAMP_CREATE_TIME   ? "create_time"
                                                          : "none")) != 0 ||
        output__json_set_bytes(doc, "value", msg->payload, msg->len) != 0) {
        json_decref(doc);
        output__error(PROG, "out of memory");
        return -1;
    }
    return output__json(doc);
}

/* Decodes the message as a CloudEvent and writes it. Returns 0, 1 when the
 * message is not a valid CloudEvent (an error line is printed), or -1. */
static int write_cloudevent(const rd_kafka_message_t *msg)
{
    rd_kafka_headers_t *hdrs = NULL;
    herald_header_t *headers = NULL;
    herald_record_t rec = {.key = msg->key, .key_len = msg->key_len,
                           .value = msg->payload, .value_len = msg->len};
    herald_event_t *ev = NULL;
    char errbuf[HERALD_ERRBUF_SIZE] = "";
    char *json = NULL;
    herald_err_t err;

    if (rd_kafka_message_headers(msg, &hdrs) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        size_t count = rd_kafka_header_cnt(hdrs);

        headers = calloc(count + 1, sizeof(*headers));
        if (headers == NULL)
            return -1;
        for (size_t i = 0; i < count; i++)
            rd_kafka_header_get_all(hdrs, i, &headers[i].name,
                                    &headers[i].value, &headers[i].len);
        rec.headers = headers;
        rec.header_count = count;
    }
    err = herald_event_from_record(&ev, &rec, errbuf, sizeof(errbuf));
    free(headers);
    if (err == HERALD_OK)
        err = herald_event_to_json(ev, &json, NULL);
    herald_event_free(ev);
    if (err != HERALD_OK) {
        output__error(PROG, "topic '%s' partition %d offset %lld is not a "
                      "valid CloudEvent: %s",
                      rd_kafka_topic_name(msg->rkt), (int)msg->partition,
                      (long long)msg->offset,
                      errbuf[0] ? errbuf : herald_strerror(err));
        return err == HERALD_ENOMEM ? -1 : 1;
    }
    puts(json);
    herald_free(json);
    return 0;
}

/* Assigns every partition of the topic, from the first or the next
 * offset. Returns 0, or -1 with an error line. */
static int assign_all(rd_kafka_t *rk, const consume_opts_t *opts)
{
    admin_t admin = {.prog = PROG, .rk = rk};
    const struct rd_kafka_metadata *md;
    const struct rd_kafka_metadata_topic *t;
    rd_kafka_topic_partition_list_t *parts;
    rd_kafka_resp_err_t err;
    char what[300];

    snprintf(what, sizeof(what), "read topic '%s'", opts->topic);
    if (admin__metadata(&admin, opts->topic, what, &md) != 0)
        return -1;
    t = md->topic_cnt == 1 ? &md->topics[0] : NULL;
    if (t == NULL || t->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        admin__fail(PROG, what, t ? t->err : RD_KAFKA_RESP_ERR__BAD_MSG,
                    t ? NULL : "no topic in the metadata response");
        rd_kafka_metadata_destroy(md);
        return -1;
    }
    parts = rd_kafka_topic_partition_list_new(t->partition_cnt);
    for (int i = 0; i < t->partition_cnt; i++)
        rd_kafka_topic_partition_list_add(parts, opts->topic,
                                          t->partitions[i].id)->offset =
            opts->from_beginning ? RD_KAFKA_OFFSET_BEGINNING
                                 : RD_KAFKA_OFFSET_END;
    rd_kafka_metadata_destroy(md);
    err = rd_kafka_assign(rk, parts);
    rd_kafka_topic_partition_list_destroy(parts);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        admin__fail(PROG, what, err, NULL);
        return -1;
    }
    return 0;
}

static int subscribe(rd_kafka_t *rk, const consume_opts_t *opts)
{
    rd_kafka_topic_partition_list_t *topics;
    rd_kafka_resp_err_t err;
    char what[300];

    topics = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(topics, opts->topic,
                                      RD_KAFKA_PARTITION_UA);
    err = rd_kafka_subscribe(rk, topics);
    rd_kafka_topic_partition_list_destroy(topics);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        snprintf(what, sizeof(what), "subscribe to topic '%s' in group '%s'",
                 opts->topic, opts->group);
        admin__fail(PROG, what, err, NULL);
        return -1;
    }
    return 0;
}

/* Sets group.id. Without --group an id is still needed, because
 * rd_kafka_consumer_poll() in librdkafka 2.0.2 returns _UNKNOWN_GROUP
 * without one. That group is never joined and nothing is committed for it,
 * since the partitions are assigned and start at an explicit offset. */
static int set_group(rd_kafka_conf_t *conf, const consume_opts_t *opts)
{
    if (opts->group != NULL)
        return admin__conf_set(PROG, conf, "group.id", opts->group);
    return admin__conf_set(PROG, conf, "group.id", "herald-cli-unjoined") ||
           admin__conf_set(PROG, conf, "enable.auto.commit", "false");
}

static rd_kafka_t *create_consumer(const consume_opts_t *opts)
{
    rd_kafka_conf_t *conf = admin__conf(PROG, opts->brokers);
    const char *reset = opts->from_beginning ? "earliest" : "latest";
    char err[512];
    rd_kafka_t *rk;

    if (conf == NULL)
        return NULL;
    if (admin__conf_set(PROG, conf, "auto.offset.reset", reset) != 0 ||
        admin__conf_set(PROG, conf, "enable.auto.offset.store", "false") ||
        admin__conf_set(PROG, conf, "allow.auto.create.topics", "false") ||
        set_group(conf, opts) != 0) {
        rd_kafka_conf_destroy(conf);
        return NULL;
    }
    rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof(err));
    if (rk == NULL) {
        rd_kafka_conf_destroy(conf);
        output__error(PROG, "cannot create a Kafka consumer: %s", err);
        return NULL;
    }
    rd_kafka_poll_set_consumer(rk);
    return rk;
}

static double ms_since(const struct timespec *t)
{
    struct timespec now;

    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t->tv_sec) * 1e3 +
           (double)(now.tv_nsec - t->tv_nsec) / 1e6;
}

/* Marks the message as done, so the group commits the next offset. */
static void store_offset(rd_kafka_t *rk, const rd_kafka_message_t *msg)
{
    rd_kafka_topic_partition_list_t *list;

    list = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(list, rd_kafka_topic_name(msg->rkt),
                                      msg->partition)->offset =
        msg->offset + 1;
    rd_kafka_offsets_store(rk, list);
    rd_kafka_topic_partition_list_destroy(list);
}

static int is_fatal(rd_kafka_resp_err_t err)
{
    return err == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART ||
           err == RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC ||
           err == RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION ||
           err == RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED ||
           err == RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED ||
           err == RD_KAFKA_RESP_ERR__FATAL;
}

/* Writes one message in the chosen output. Returns 0, 1 for a message that
 * is not a valid CloudEvent, or -1 when writing failed. */
static int write_message(const consume_opts_t *opts,
                         const rd_kafka_message_t *msg)
{
    switch (opts->output) {
    case OUTPUT_JSON:
        return write_json(msg);
    case OUTPUT_CLOUDEVENTS:
        return write_cloudevent(msg);
    default:
        if (msg->len > 0 && fwrite(msg->payload, 1, msg->len, stdout) !=
                            msg->len)
            return -1;
        return fputc('\n', stdout) == EOF ? -1 : 0;
    }
}

/* Polls until --count, the idle timeout, a signal or a fatal error.
 * Returns the exit code. */
static int consume_loop(rd_kafka_t *rk, const consume_opts_t *opts)
{
    struct timespec last_message;
    long long written = 0, invalid = 0;
    rd_kafka_resp_err_t last_error = RD_KAFKA_RESP_ERR_NO_ERROR;
    char last_detail[512] = "", what[300];

    snprintf(what, sizeof(what), "read topic '%s'", opts->topic);
    clock_gettime(CLOCK_MONOTONIC, &last_message);
    while (!stop_requested && (opts->count == 0 || written < opts->count)) {
        rd_kafka_message_t *msg = rd_kafka_consumer_poll(rk, 0);
        int rc;

        /* Once nothing more is ready, what was written goes out. A pipe
         * then gets each message without waiting for a full buffer, and a
         * reader that has gone (head -1) ends the command. */
        if (msg == NULL) {
            if (fflush(stdout) != 0) {
                output__error(PROG, "writing to stdout failed");
                return 1;
            }
            msg = rd_kafka_consumer_poll(rk, 100);
        }
        if (msg == NULL) {
            if (opts->timeout_ms >= 0 &&
                ms_since(&last_message) >= (double)opts->timeout_ms)
                break;
            continue;
        }
        if (msg->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            last_error = msg->err;
            snprintf(last_detail, sizeof(last_detail), "%s",
                     rd_kafka_message_errstr(msg));
            rd_kafka_message_destroy(msg);
            if (is_fatal(last_error)) {
                admin__fail(PROG, what, last_error, last_detail);
                return 1;
            }
            continue;
        }
        last_error = RD_KAFKA_RESP_ERR_NO_ERROR;
        rc = write_message(opts, msg);
        if (rc >= 0 && opts->group != NULL)
            store_offset(rk, msg);
        rd_kafka_message_destroy(msg);
        if (rc < 0) {
            output__error(PROG, "writing to stdout failed");
            return 1;
        }
        invalid += rc;
        written++;
        clock_gettime(CLOCK_MONOTONIC, &last_message);
    }
    fflush(stdout);

    if (invalid > 0) {
        output__error(PROG, "%lld of %lld messages were not valid "
                      "CloudEvents", invalid, written);
        return 1;
    }
    if (opts->count > 0 && written < opts->count && !stop_requested) {
        output__error(PROG, "%s timed out: no message for %lld ms after "
                      "%lld of %lld messages", what, opts->timeout_ms,
                      written, opts->count);
        return 1;
    }
    if (last_error != RD_KAFKA_RESP_ERR_NO_ERROR && written == 0) {
        admin__fail(PROG, what, last_error, last_detail);
        return 1;
    }
    return 0;
}

static int usage_error(const char *message, const char *arg)
{
    fprintf(stderr, PROG ": ");
    fprintf(stderr, message, arg);
    fprintf(stderr, "\nRun '" PROG " --help' for the options.\n");
    return 2;
}

/* Parses argv into opts. Returns -1 to go on, else the exit code. */
static int parse_options(int argc, char **argv, consume_opts_t *opts)
{
    static const struct option options[] = {
        {"brokers", required_argument, NULL, 'b'},
        {"from-beginning", no_argument, NULL, 'B'},
        {"group", required_argument, NULL, 'g'},
        {"count", required_argument, NULL, 'n'},
        {"timeout-ms", required_argument, NULL, 'T'},
        {"json", no_argument, NULL, 'j'},
        {"cloudevents", no_argument, NULL, 'C'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int c, outputs = 0;

    while ((c = getopt_long(argc, argv, "b:g:n:h", options, NULL)) != -1) {
        switch (c) {
        case 'b': opts->brokers = optarg; break;
        case 'B': opts->from_beginning = 1; break;
        case 'g': opts->group = optarg; break;
        case 'j': opts->output = OUTPUT_JSON; outputs++; break;
        case 'C': opts->output = OUTPUT_CLOUDEVENTS; outputs++; break;
        case 'h': usage(stdout); return 0;
        case 'n':
            if (admin__parse_int(PROG, "--count", optarg, 1, INT64_MAX,
                                 &opts->count) != 0)
                return 2;
            break;
        case 'T':
            if (admin__parse_int(PROG, "--timeout-ms", optarg, 0, INT64_MAX,
                                 &opts->timeout_ms) != 0)
                return 2;
            break;
        default:
            /* getopt has printed what is wrong. */
            fprintf(stderr, "Run '" PROG " --help' for the options.\n");
            return 2;
        }
    }
    if (outputs > 1)
        return usage_error("%s", "give --json or --cloudevents, not both");
    if (optind >= argc)
        return usage_error("%s", "missing topic name");
    if (argc - optind > 1)
        return usage_error("unexpected argument '%s'", argv[optind + 1]);
    opts->topic = argv[optind];
    return -1;
}

int cmd_consume(int argc, char **argv)
{
    consume_opts_t opts = {.brokers = ADMIN_DEFAULT_BROKERS,
                           .timeout_ms = -1, .output = OUTPUT_VALUE};
    struct sigaction sa = {.sa_handler = on_signal};
    rd_kafka_t *rk;
    int rc;

    argv[0] = PROG; /* getopt's messages start with argv[0] */
    rc = parse_options(argc, argv, &opts);
    if (rc >= 0)
        return rc;
    rk = create_consumer(&opts);
    if (rk == NULL)
        return 1;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    if (opts.group != NULL)
        rc = subscribe(rk, &opts) == 0 ? consume_loop(rk, &opts) : 1;
    else
        rc = assign_all(rk, &opts) == 0 ? consume_loop(rk, &opts) : 1;

    /* Leaves the group and commits the stored offsets. librdkafka 2.0 can
     * wait forever in rd_kafka_destroy() after the topic it read was
     * deleted, so the shutdown gets CLOSE_TIMEOUT_S and a signal ends it. */
    fflush(stdout);
    exit_code = rc;
    in_group = opts.group != NULL;
    closing = 1;
    sa.sa_handler = on_close_timeout;
    sigaction(SIGALRM, &sa, NULL);
    alarm(CLOSE_TIMEOUT_S);
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    alarm(0);
    return rc;
}

/*
 * `herald produce TOPIC`: reads lines from stdin or a file and produces one
 * message per line through a librdkafka producer. A line is the message
 * value as it is, or with --cloudevents the data of a CloudEvent whose
 * attributes come from the flags, or with --format json a CloudEvent in
 * the structured JSON format. Events are encoded by libherald's Kafka
 * protocol binding (herald_event_to_record()) and sent to TOPIC. The bus
 * API is not used, because it sends every event to the topic named by its
 * type.
 *
 * Delivery reports arrive on this thread through rd_kafka_poll(), so the
 * counters need no locking.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <herald/event.h>

#include "admin.h"
#include "cli.h"
#include "output.h"

#define PROG "herald produce"

/* librdkafka's message.max.bytes: the largest request the client builds.
 * It stays under Kafka's default socket.request.max.bytes of 100 MiB. */
#define CLIENT_MAX_BYTES_TEXT "100000000"
#define MAX_HEADERS 64
#define MAX_INPUT_ERRORS_SHOWN 10

typedef enum { FORMAT_LINES, FORMAT_JSON } input_format_t;

typedef struct {
    const char *brokers;
    const char *topic;
    const char *key;       /* the same key for every message */
    int key_field;         /* 1-based tab-separated field; 0: none */
    const char *headers[MAX_HEADERS]; /* "name=value" */
    int header_count;
    const char *file;      /* NULL: stdin */
    const char *acks;
    long long timeout_ms;  /* message.timeout.ms */
    int cloudevents;
    input_format_t format;
    herald_content_mode_t mode;
    const char *type;
    const char *source;
    const char *subject;
    const char *content_type;
    int progress;
} produce_opts_t;

typedef struct {
    long long lines;     /* input lines read */
    long long sent;      /* handed to librdkafka */
    long long delivered; /* acknowledged by the broker */
    long long failed;    /* failed delivery or invalid input */
    rd_kafka_resp_err_t first_error;
    char first_error_detail[512];
    long long input_errors_shown;
    struct timespec last_progress;
} produce_state_t;

static void usage(FILE *out)
{
    fprintf(out,
        "usage: herald produce TOPIC [--key K | --key-field N] "
        "[--header NAME=VALUE]...\n"
        "                      [--file F] [--acks 0|1|all] "
        "[--cloudevents --type T --source S\n"
        "                      [--subject X] [--content-type CT] "
        "[--format lines|json]\n"
        "                      [--mode binary|structured]] "
        "[--timeout-ms MS] [--progress]\n"
        "\n"
        "Produces one message per input line (stdin, or --file) to TOPIC.\n"
        "\n"
        "  -b, --brokers HOST:PORT  bootstrap servers "
        "(default " ADMIN_DEFAULT_BROKERS ")\n"
        "  -k, --key K              key of every message\n"
        "      --key-field N        the key is the line's N-th tab-separated\n"
        "                           field (1 is the first); the value is the\n"
        "                           whole line\n"
        "  -H, --header NAME=VALUE  header of every message; repeatable\n"
        "  -f, --file F             read lines from F instead of stdin\n"
        "  -a, --acks 0|1|all       acknowledgements to wait for (default "
        "all)\n"
        "      --timeout-ms MS      fail a message not delivered within MS\n"
        "                           milliseconds (default 30000)\n"
        "      --cloudevents        each line is the data of a CloudEvent\n"
        "                           with the attributes below\n"
        "      --type T             the event type (required)\n"
        "      --source S           the event source (required)\n"
        "      --subject X          the event subject\n"
        "      --content-type CT    the event datacontenttype (default\n"
        "                           text/plain)\n"
        "      --format lines|json  json: each line is a CloudEvent in the\n"
        "                           structured JSON format (default lines)\n"
        "      --mode binary|structured\n"
        "                           CloudEvents Kafka content mode: ce_\n"
        "                           headers, or the JSON event as the value\n"
        "                           (default binary)\n"
        "      --progress           print progress on stderr every second\n"
        "                           (the default when stderr is a terminal)\n"
        "  -h, --help               show this help\n"
        "\n"
        "An event's id and time are generated. With --key, the key is also\n"
        "the event's partitionkey.\n"
        "\n"
        "Exit status: 0 when every message was delivered, 1 when any failed\n"
        "(the count is printed), 2 on a usage error.\n");
}

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *msg,
                        void *opaque)
{
    produce_state_t *st = opaque;

    if (msg->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
        st->delivered++;
        return;
    }
    if (st->failed++ == 0) {
        st->first_error = msg->err;
        snprintf(st->first_error_detail, sizeof(st->first_error_detail),
                 "%s", rd_kafka_err2str(msg->err));
    }
}

/* Counts an input line that cannot become a message and prints why, for
 * the first MAX_INPUT_ERRORS_SHOWN of them. */
static void input_error(produce_state_t *st, const char *fmt,
                        const char *detail)
{
    char message[512];

    snprintf(message, sizeof(message), fmt, detail);
    if (st->failed++ == 0) {
        st->first_error = RD_KAFKA_RESP_ERR__INVALID_ARG;
        snprintf(st->first_error_detail, sizeof(st->first_error_detail),
                 "%s", message);
    }
    if (st->input_errors_shown++ < MAX_INPUT_ERRORS_SHOWN)
        output__error(PROG, "line %lld: %s", st->lines, message);
    else if (st->input_errors_shown == MAX_INPUT_ERRORS_SHOWN + 1)
        output__error(PROG, "further invalid lines are counted, not shown");
}

static double seconds_since(const struct timespec *t)
{
    struct timespec now;

    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t->tv_sec) +
           (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

static void print_progress(const produce_opts_t *opts, produce_state_t *st,
                           int force)
{
    if (!opts->progress || (!force && seconds_since(&st->last_progress) < 1))
        return;
    clock_gettime(CLOCK_MONOTONIC, &st->last_progress);
    fprintf(stderr, PROG ": %lld lines read, %lld delivered, %lld failed\n",
            st->lines, st->delivered, st->failed);
}

/* Adds opts->headers to hdrs. The values were checked by parse_options. */
static void add_flag_headers(rd_kafka_headers_t *hdrs,
                             const produce_opts_t *opts)
{
    for (int i = 0; i < opts->header_count; i++) {
        const char *pair = opts->headers[i];
        const char *eq = strchr(pair, '=');

        rd_kafka_header_add(hdrs, pair, eq - pair, eq + 1, -1);
    }
}

/* Finds the key_field-th tab-separated field of line. Returns 0 and sets
 * *key and *key_len, or -1 when the line has fewer fields. */
static int find_field(const char *line, size_t len, int field,
                      const char **key, size_t *key_len)
{
    const char *start = line, *end = line + len, *tab;

    for (int i = 1; i < field; i++) {
        start = memchr(start, '\t', (size_t)(end - start));
        if (start == NULL)
            return -1;
        start++;
    }
    tab = memchr(start, '\t', (size_t)(end - start));
    *key = start;
    *key_len = (size_t)((tab ? tab : end) - start);
    return 0;
}

/* Builds the CloudEvent that one input line stands for. Returns it, or
 * NULL after counting the line as invalid. */
static herald_event_t *line_event(const produce_opts_t *opts,
                                  produce_state_t *st, const char *line,
                                  size_t len, const char *key, size_t key_len)
{
    herald_event_t *ev = NULL;
    char errbuf[HERALD_ERRBUF_SIZE] = "";
    char *key_text = NULL;
    herald_err_t err;

    if (opts->format == FORMAT_JSON) {
        err = herald_event_from_json(&ev, line, len, errbuf, sizeof(errbuf));
        if (err != HERALD_OK) {
            input_error(st, "invalid CloudEvent: %s", errbuf);
            return NULL;
        }
    } else {
        err = herald_event_new(&ev, opts->type, opts->source);
        if (err == HERALD_OK && opts->subject != NULL)
            err = herald_event_set_attr(ev, "subject", opts->subject);
        if (err == HERALD_OK)
            err = herald_event_set_attr(ev, "datacontenttype",
                                        opts->content_type);
        if (err == HERALD_OK)
            err = herald_event_set_data(ev, line, len);
    }
    if (err == HERALD_OK && key != NULL) {
        key_text = strndup(key, key_len);
        err = key_text ? herald_event_set_attr(ev, "partitionkey", key_text)
                       : HERALD_ENOMEM;
        free(key_text);
    }
    if (err == HERALD_OK)
        err = herald_event_fill_defaults(ev);
    if (err == HERALD_OK)
        err = herald_event_validate(ev, errbuf, sizeof(errbuf));
    if (err != HERALD_OK) {
        input_error(st, "cannot build the CloudEvent: %s",
                    errbuf[0] ? errbuf : herald_strerror(err));
        herald_event_free(ev);
        return NULL;
    }
    return ev;
}

/* Hands one message to librdkafka, waiting while its queue is full.
 * hdrs is consumed. Returns 0, or -1 after counting the failure. */
static int send_message(rd_kafka_t *rk, const produce_opts_t *opts,
                        produce_state_t *st, const void *key, size_t key_len,
                        const void *value, size_t value_len,
                        rd_kafka_headers_t *hdrs)
{
    rd_kafka_resp_err_t err;

    for (;;) {
        err = rd_kafka_producev(
            rk, RD_KAFKA_V_TOPIC(opts->topic),
            RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
            RD_KAFKA_V_KEY(key, key_len),
            RD_KAFKA_V_VALUE((void *)value, value_len),
            RD_KAFKA_V_HEADERS(hdrs), RD_KAFKA_V_END);
        if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL)
            break;
        rd_kafka_poll(rk, 100);
        print_progress(opts, st, 0);
    }
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
        st->sent++;
        return 0;
    }
    rd_kafka_headers_destroy(hdrs);
    if (st->failed++ == 0) {
        st->first_error = err;
        /* librdkafka words its own size check as the broker's. */
        if (err == RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE)
            snprintf(st->first_error_detail,
                     sizeof(st->first_error_detail),
                     "larger than the client's limit of "
                     CLIENT_MAX_BYTES_TEXT " bytes");
        else
            snprintf(st->first_error_detail,
                     sizeof(st->first_error_detail), "%s",
                     rd_kafka_err2str(err));
    }
    return -1;
}

static void produce_event(rd_kafka_t *rk, const produce_opts_t *opts,
                          produce_state_t *st, const herald_event_t *ev)
{
    herald_record_t rec;
    rd_kafka_headers_t *hdrs;
    herald_err_t err = herald_event_to_record(ev, opts->mode, &rec);

    if (err != HERALD_OK) {
        input_error(st, "cannot encode the CloudEvent: %s",
                    herald_strerror(err));
        return;
    }
    hdrs = rd_kafka_headers_new(rec.header_count + (size_t)opts->header_count);
    for (size_t i = 0; i < rec.header_count; i++)
        rd_kafka_header_add(hdrs, rec.headers[i].name, -1,
                            rec.headers[i].value,
                            (ssize_t)rec.headers[i].len);
    add_flag_headers(hdrs, opts);
    send_message(rk, opts, st, rec.key, rec.key_len, rec.value,
                 rec.value_len, hdrs);
    herald_record_clear(&rec);
}

/* Turns one input line (without its line end) into a message. */
static void produce_line(rd_kafka_t *rk, const produce_opts_t *opts,
                         produce_state_t *st, const char *line, size_t len)
{
    const char *key = opts->key;
    size_t key_len = key ? strlen(key) : 0;
    rd_kafka_headers_t *hdrs;
    herald_event_t *ev;

    if (opts->key_field > 0 &&
        find_field(line, len, opts->key_field, &key, &key_len) != 0) {
        char field[16];

        snprintf(field, sizeof(field), "%d", opts->key_field);
        input_error(st, "no key: the line has fewer than %s tab-separated "
                    "fields", field);
        return;
    }
    if (!opts->cloudevents) {
        hdrs = rd_kafka_headers_new((size_t)opts->header_count);
        add_flag_headers(hdrs, opts);
        send_message(rk, opts, st, key, key_len, line, len, hdrs);
        return;
    }
    ev = line_event(opts, st, line, len, key, key_len);
    if (ev != NULL) {
        produce_event(rk, opts, st, ev);
        herald_event_free(ev);
    }
}

static rd_kafka_t *create_producer(const produce_opts_t *opts,
                                   produce_state_t *st)
{
    rd_kafka_conf_t *conf = admin__conf(PROG, opts->brokers);
    char timeout[24], err[512];
    rd_kafka_t *rk;

    if (conf == NULL)
        return NULL;
    snprintf(timeout, sizeof(timeout), "%lld", opts->timeout_ms);
    /* librdkafka's own limit of 1,000,000 bytes would reject records that
     * a broker with Kafka's default of 1,048,588 accepts, so the broker's
     * limit decides instead. */
    if (admin__conf_set(PROG, conf, "acks", opts->acks) != 0 ||
        admin__conf_set(PROG, conf, "message.timeout.ms", timeout) != 0 ||
        admin__conf_set(PROG, conf, "message.max.bytes",
                        CLIENT_MAX_BYTES_TEXT) != 0) {
        rd_kafka_conf_destroy(conf);
        return NULL;
    }
    rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
    rd_kafka_conf_set_opaque(conf, st);
    rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof(err));
    if (rk == NULL) {
        rd_kafka_conf_destroy(conf);
        output__error(PROG, "cannot create a Kafka producer: %s", err);
    }
    return rk;
}

/* Reads every line of in and produces it, then waits for the last
 * delivery reports. */
static void produce_all(rd_kafka_t *rk, const produce_opts_t *opts,
                        produce_state_t *st, FILE *in)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;

    while ((len = getline(&line, &cap, in)) >= 0) {
        st->lines++;
        if (len > 0 && line[len - 1] == '\n')
            len--;
        if (len > 0 && line[len - 1] == '\r')
            len--;
        /* A blank line cannot be a JSON event, but it can be a value. */
        if (opts->format == FORMAT_JSON && len == 0)
            continue;
        produce_line(rk, opts, st, line, (size_t)len);
        rd_kafka_poll(rk, 0);
        print_progress(opts, st, 0);
    }
    free(line);

    /* Every message fails or is delivered by message.timeout.ms. */
    while (rd_kafka_outq_len(rk) > 0) {
        rd_kafka_flush(rk, 200);
        print_progress(opts, st, 0);
    }
    rd_kafka_poll(rk, 0);
}

static int report(const produce_opts_t *opts, produce_state_t *st)
{
    char log_line[512] = "";

    print_progress(opts, st, 1);
    if (st->failed == 0)
        return 0;
    /* A local error such as a timeout gives no reason, and the last client
     * log line often shows why the broker was not reached. An invalid
     * input line is no client failure, so no client line is added. */
    if ((int)st->first_error < 0 &&
        st->first_error != RD_KAFKA_RESP_ERR__INVALID_ARG)
        admin__last_log(log_line, sizeof(log_line));
    output__error(PROG, "%lld of %lld messages failed for topic '%s'; first "
                  "error: %s (%s)%s%s", st->failed,
                  st->delivered + st->failed, opts->topic,
                  rd_kafka_err2name(st->first_error), st->first_error_detail,
                  log_line[0] ? "; last client log: " : "", log_line);
    return 1;
}

static int usage_error(const char *message, const char *arg)
{
    fprintf(stderr, PROG ": ");
    fprintf(stderr, message, arg);
    fprintf(stderr, "\nRun '" PROG " --help' for the options.\n");
    return 2;
}

/* Checks the combinations of options. Returns -1 to go on, or the exit
 * code 2 after a usage error line. */
static int check_options(produce_opts_t *opts)
{
    int attrs = opts->type || opts->source || opts->subject ||
                opts->content_type;

    if (opts->key != NULL && opts->key_field > 0)
        return usage_error("%s", "give --key or --key-field, not both");
    if (opts->format == FORMAT_JSON) {
        opts->cloudevents = 1;
        if (attrs)
            return usage_error("%s", "--type, --source, --subject and "
                               "--content-type do not apply to --format "
                               "json, whose events carry their attributes");
    } else if (opts->cloudevents) {
        if (opts->type == NULL || opts->source == NULL)
            return usage_error("%s", "--cloudevents needs --type and "
                               "--source");
        if (opts->content_type == NULL)
            opts->content_type = "text/plain";
    } else if (attrs) {
        return usage_error("%s", "--type, --source, --subject and "
                           "--content-type need --cloudevents");
    }
    return -1;
}

/* Parses one option into opts. Returns -1 to go on, else the exit code. */
static int parse_option(int c, const char *arg, produce_opts_t *opts,
                        int *mode_set)
{
    long long n;

    switch (c) {
    case 'b': opts->brokers = arg; return -1;
    case 'k': opts->key = arg; return -1;
    case 'f': opts->file = arg; return -1;
    case 'C': opts->cloudevents = 1; return -1;
    case 'T': opts->type = arg; return -1;
    case 'S': opts->source = arg; return -1;
    case 'X': opts->subject = arg; return -1;
    case 'Y': opts->content_type = arg; return -1;
    case 'P': opts->progress = 1; return -1;
    case 'h': usage(stdout); return 0;
    case 'K':
        if (admin__parse_int(PROG, "--key-field", arg, 1, 1000000, &n) != 0)
            return 2;
        opts->key_field = (int)n;
        return -1;
    case 'O':
        if (admin__parse_int(PROG, "--timeout-ms", arg, 1, 2147483647,
                             &opts->timeout_ms) != 0)
            return 2;
        return -1;
    case 'a':
        if (strcmp(arg, "0") && strcmp(arg, "1") && strcmp(arg, "all"))
            return usage_error("invalid --acks '%s': expected 0, 1 or all",
                               arg);
        opts->acks = arg;
        return -1;
    case 'H':
        if (strchr(arg, '=') == NULL || arg[0] == '=')
            return usage_error("invalid --header '%s': expected NAME=VALUE",
                               arg);
        if (opts->header_count == MAX_HEADERS)
            return usage_error("at most %s --header options", "64");
        opts->headers[opts->header_count++] = arg;
        return -1;
    case 'F':
        if (strcmp(arg, "lines") == 0)
            opts->format = FORMAT_LINES;
        else if (strcmp(arg, "json") == 0)
            opts->format = FORMAT_JSON;
        else
            return usage_error("invalid --format '%s': expected lines or "
                               "json", arg);
        return -1;
    case 'M':
        *mode_set = 1;
        if (strcmp(arg, "binary") == 0)
            opts->mode = HERALD_MODE_BINARY;
        else if (strcmp(arg, "structured") == 0)
            opts->mode = HERALD_MODE_STRUCTURED;
        else
            return usage_error("invalid --mode '%s': expected binary or "
                               "structured", arg);
        return -1;
    default:
        /* getopt has printed what is wrong. */
        fprintf(stderr, "Run '" PROG " --help' for the options.\n");
        return 2;
    }
}

/* Parses argv into opts. Returns -1 to go on, else the exit code. */
static int parse_options(int argc, char **argv, produce_opts_t *opts)
{
    static const struct option options[] = {
        {"brokers", required_argument, NULL, 'b'},
        {"key", required_argument, NULL, 'k'},
        {"key-field", required_argument, NULL, 'K'},
        {"header", required_argument, NULL, 'H'},
        {"file", required_argument, NULL, 'f'},
        {"acks", required_argument, NULL, 'a'},
        {"timeout-ms", required_argument, NULL, 'O'},
        {"cloudevents", no_argument, NULL, 'C'},
        {"type", required_argument, NULL, 'T'},
        {"source", required_argument, NULL, 'S'},
        {"subject", required_argument, NULL, 'X'},
        {"content-type", required_argument, NULL, 'Y'},
        {"format", required_argument, NULL, 'F'},
        {"mode", required_argument, NULL, 'M'},
        {"progress", no_argument, NULL, 'P'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int c, rc, mode_set = 0;

    while ((c = getopt_long(argc, argv, "b:k:H:f:a:h", options, NULL)) !=
           -1) {
        rc = parse_option(c, optarg, opts, &mode_set);
        if (rc >= 0)
            return rc;
    }
    if (optind >= argc)
        return usage_error("%s", "missing topic name");
    if (argc - optind > 1)
        return usage_error("unexpected argument '%s'", argv[optind + 1]);
    opts->topic = argv[optind];
    if (mode_set && !opts->cloudevents && opts->format != FORMAT_JSON)
        return usage_error("%s", "--mode needs --cloudevents");
    return check_options(opts);
}

int cmd_produce(int argc, char **argv)
{
    produce_opts_t opts = {.brokers = ADMIN_DEFAULT_BROKERS, .acks = "all",
                           .timeout_ms = 30000,
                           .progress = isatty(STDERR_FILENO)};
    produce_state_t st = {0};
    FILE *in = stdin;
    rd_kafka_t *rk;
    int rc, read_failed;

    argv[0] = PROG; /* getopt's messages start with argv[0] */
    rc = parse_options(argc, argv, &opts);
    if (rc >= 0)
        return rc;
    if (opts.file != NULL) {
        in = fopen(opts.file, "r");
        if (in == NULL) {
            output__error(PROG, "cannot open '%s': %s", opts.file,
                          strerror(errno));
            return 1;
        }
    }
    rk = create_producer(&opts, &st);
    if (rk == NULL) {
        if (in != stdin)
            fclose(in);
        return 1;
    }
    clock_gettime(CLOCK_MONOTONIC, &st.last_progress);
    produce_all(rk, &opts, &st, in);
    read_failed = ferror(in);
    if (read_failed)
        output__error(PROG, "reading %s failed after %lld lines: %s",
                      opts.file ? opts.file : "stdin", st.lines,
                      strerror(errno));
    if (in != stdin)
        fclose(in);
    rd_kafka_destroy(rk);
    rc = report(&opts, &st);
    return read_failed ? 1 : rc;
}

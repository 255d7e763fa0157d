/*
 * herald-bench, run as `herald bench produce|consume|e2e`: load generators
 * for any broker that speaks the Kafka protocol, built on librdkafka. This
 * file owns the command line; the workloads live in bench_produce.c and
 * bench_consume.c and the figures in bench_stats.c. Summaries go to stdout
 * (one JSON object with --json), progress lines to stderr.
 *
 * It is a program of its own so that the broker binary does not load
 * librdkafka and its TLS and SASL libraries. Measured with bench/startup.sh
 * on a 2-core VM, they added about 5 ms to each start and 2.5 MB to the idle
 * resident set.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "bench.h"

static void usage(FILE *out)
{
    fprintf(out,
        "usage: herald bench produce|consume|e2e [options]\n"
        "\n"
        "Measures throughput and latency of a Kafka-protocol broker.\n"
        "  produce  send records as fast as possible, or at --rate\n"
        "  consume  read the topic's backlog from the first offset\n"
        "  e2e      send at --rate and read at once; the latency is from the\n"
        "           intended send time to the record's arrival\n"
        "\n"
        "  -b, --brokers LIST     bootstrap servers (default 127.0.0.1:9092)\n"
        "  -t, --topic NAME       topic (default herald-bench)\n"
        "  -n, --count N          records to send or read (produce default\n"
        "                         1000000, consume default and maximum: the\n"
        "                         backlog)\n"
        "  -d, --duration S       run for S seconds instead (e2e default 10)\n"
        "  -s, --size BYTES       record value size (default 100)\n"
        "  -p, --partitions N     create the topic with N partitions if it\n"
        "                         does not exist\n"
        "  -P, --producers N      producer threads, one client each "
        "(default 1)\n"
        "  -C, --consumers N      consume and e2e: consumer threads, one "
        "client\n"
        "                         each, with the partitions split among them\n"
        "                         round-robin (default 1)\n"
        "  -a, --acks 0|1|all     acknowledgement level (default all)\n"
        "  -z, --compression C    none, gzip, snappy, lz4 or zstd "
        "(default none)\n"
        "      --linger-ms MS     librdkafka linger.ms, 0.1 allowed "
        "(e2e default 0,\n"
        "                         else librdkafka's 5)\n"
        "      --batch-size BYTES librdkafka batch.size\n"
        "  -r, --rate N           target records/s over all producers; "
        "latency\n"
        "                         counts from each record's intended send "
        "time\n"
        "                         (e2e default 1000)\n"
        "      --timeout S        consume and e2e: fail when no record "
        "arrives\n"
        "                         for S seconds (default 10)\n"
        "  -X KEY=VALUE           any other librdkafka client property\n"
        "      --json             print the summary as one JSON object\n"
        "  -h, --help             show this help\n"
        "\n"
        "Exit status: 0 when every record was acknowledged or read, 1 on a\n"
        "failure, 2 on a usage error.\n");
}

static int parse_ll(const char *opt, const char *text, long long min,
                    long long max, long long *out)
{
    char *end;
    long long v;

    errno = 0;
    v = strtoll(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || v < min || v > max) {
        fprintf(stderr, "herald bench: invalid %s '%s': expected an integer "
                "from %lld to %lld\n", opt, text, min, max);
        return -1;
    }
    *out = v;
    return 0;
}

static int parse_int(const char *opt, const char *text, int min, int max,
                     int *out)
{
    long long v;

    if (parse_ll(opt, text, min, max, &v) != 0)
        return -1;
    *out = (int)v;
    return 0;
}

static int parse_double(const char *opt, const char *text, double *out)
{
    char *end;
    double v;

    errno = 0;
    v = strtod(text, &end);
    if (errno != 0 || end == text || *end != '\0' || !(v > 0) || v > 1e9) {
        fprintf(stderr, "herald bench: invalid %s '%s': expected a number "
                "above 0 and at most 1e9\n", opt, text);
        return -1;
    }
    *out = v;
    return 0;
}

/* librdkafka (2.0.2 here) takes linger.ms as a decimal number, such as 0.1. */
static int parse_linger(const char *text, double *out)
{
    char *end;
    double v;

    errno = 0;
    v = strtod(text, &end);
    if (errno != 0 || end == text || *end != '\0' || !(v >= 0) ||
        v > 900000) {
        fprintf(stderr, "herald bench: invalid --linger-ms '%s': expected "
                "a number from 0 to 900000\n", text);
        return -1;
    }
    *out = v;
    return 0;
}

static int parse_acks(const char *text)
{
    return strcmp(text, "0") == 0 || strcmp(text, "1") == 0 ||
           strcmp(text, "all") == 0 || strcmp(text, "-1") == 0;
}

static int parse_mode(const char *text, bench_mode_t *mode)
{
    if (strcmp(text, "produce") == 0)
        *mode = BENCH_PRODUCE;
    else if (strcmp(text, "consume") == 0)
        *mode = BENCH_CONSUME;
    else if (strcmp(text, "e2e") == 0)
        *mode = BENCH_E2E;
    else
        return -1;
    return 0;
}

/* Parses one option into opts. Returns 0, 1 for --help or -1. */
static int parse_option(int c, const char *arg, bench_opts_t *o)
{
    switch (c) {
    case 'b': o->brokers = arg; return 0;
    case 't': o->topic = arg; return 0;
    case 'n': return parse_ll("--count", arg, 1, 1000000000000LL, &o->count);
    case 'd': return parse_double("--duration", arg, &o->duration_s);
    case 's': return parse_int("--size", arg, 1, 100 << 20, &o->size);
    case 'p': return parse_int("--partitions", arg, 1, 100000,
                               &o->partitions);
    case 'P': return parse_int("--producers", arg, 1, 10000, &o->producers);
    case 'C': return parse_int("--consumers", arg, 1, 10000, &o->consumers);
    case 'z': o->compression = arg; return 0;
    case 'L': return parse_linger(arg, &o->linger_ms);
    case 'B': return parse_int("--batch-size", arg, 1, 2147483647,
                               &o->batch_size);
    case 'r': return parse_double("--rate", arg, &o->rate);
    case 'T': return parse_double("--timeout", arg, &o->timeout_s);
    case 'j': o->json = 1; return 0;
    case 'h': return 1;
    case 'a':
        if (!parse_acks(arg)) {
            fprintf(stderr, "herald bench: invalid --acks '%s': expected 0, "
                    "1 or all\n", arg);
            return -1;
        }
        o->acks = arg;
        return 0;
    case 'X':
        if (o->prop_count == BENCH_MAX_PROPS) {
            fprintf(stderr, "herald bench: at most %d -X options\n",
                    BENCH_MAX_PROPS);
            return -1;
        }
        o->props[o->prop_count++] = arg;
        return 0;
    default:
        return -1;
    }
}

/* Fills in the defaults that depend on the mode and checks combinations. */
static int finish_options(bench_opts_t *o)
{
    if (o->count > 0 && o->duration_s > 0) {
        fprintf(stderr, "herald bench: give --count or --duration, "
                        "not both\n");
        return -1;
    }
    if (o->mode == BENCH_PRODUCE && o->count == 0 && o->duration_s == 0)
        o->count = 1000000;
    if (o->mode == BENCH_E2E) {
        if (o->count == 0 && o->duration_s == 0)
            o->duration_s = 10;
        if (o->rate == 0)
            o->rate = 1000;
        /* librdkafka's linger.ms of 5 would add up to 5 ms to every
         * latency this mode measures. */
        if (o->linger_ms < 0)
            o->linger_ms = 0;
        if (o->size < 8) {
            fprintf(stderr, "herald bench: e2e needs --size 8 or more for "
                            "the send time\n");
            return -1;
        }
    }
    return 0;
}

/* librdkafka properties that an option of herald bench sets. -X may not
 * set them as well, so that the summary reports what the clients used. */
static const struct {
    const char *key;
    const char *option;
} owned_props[] = {
    {"bootstrap.servers", "--brokers"},
    {"metadata.broker.list", "--brokers"},
    {"acks", "--acks"},
    {"request.required.acks", "--acks"},
    {"compression.type", "--compression"},
    {"compression.codec", "--compression"},
    {"linger.ms", "--linger-ms"},
    {"queue.buffering.max.ms", "--linger-ms"},
    {"batch.size", "--batch-size"},
};

double bench__default_message_timeout_ms(const bench_opts_t *opts)
{
    return opts->linger_ms < 30000 ? 30000 : opts->linger_ms + 30000;
}

/* Checks that a message.timeout.ms set with -X is above linger.ms, which
 * librdkafka would only report when the producer is created. The last -X
 * for it (or its alias delivery.timeout.ms) counts, as in librdkafka.
 * Returns 0 or -1 with a message printed. */
static int check_message_timeout(const bench_opts_t *o)
{
    /* librdkafka's own linger.ms default is 5 ms. */
    double linger = o->linger_ms >= 0 ? o->linger_ms : 5;
    const char *last = NULL;
    const char *value = NULL;
    long long timeout;
    char *end;

    for (int i = 0; i < o->prop_count; i++) {
        char key[256];
        const char *v = bench__split_prop(o->props[i], key, sizeof(key));
        const char *name = strncmp(key, "topic.", 6) == 0 ? key + 6 : key;

        if (v != NULL && (strcmp(name, "message.timeout.ms") == 0 ||
                          strcmp(name, "delivery.timeout.ms") == 0)) {
            last = o->props[i];
            value = v;
        }
    }
    if (value == NULL)
        return 0;
    /* librdkafka reads an integer and ignores what follows it, so "5.5"
     * is 5. 0 means no timeout. */
    timeout = strtoll(value, &end, 10);
    if (end != value && timeout > 0 && (double)timeout <= linger) {
        fprintf(stderr, "herald bench: -X %s must be above linger.ms "
                "(%.9g)\n", last, linger);
        return -1;
    }
    return 0;
}

/* Checks --compression and each -X setting with librdkafka before any
 * client starts, so that a bad one is a usage error. Returns 0 or -1
 * with a message on stderr. */
static int check_client_settings(const bench_opts_t *o)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char err[512];
    int rc = -1;

    if (rd_kafka_conf_set(conf, "compression.type", o->compression, err,
                          sizeof(err)) != RD_KAFKA_CONF_OK) {
        fprintf(stderr, "herald bench: invalid --compression '%s': "
                "expected none, gzip, snappy, lz4 or zstd\n",
                o->compression);
        goto done;
    }
    for (int i = 0; i < o->prop_count; i++) {
        char key[256];
        const char *value = bench__split_prop(o->props[i], key, sizeof(key));

        if (value == NULL) {
            fprintf(stderr, "herald bench: invalid -X '%s': expected "
                    "KEY=VALUE\n", o->props[i]);
            goto done;
        }
        /* librdkafka also takes topic settings with a "topic." prefix. */
        const char *name = strncmp(key, "topic.", 6) == 0 ? key + 6 : key;

        for (size_t j = 0; j < sizeof(owned_props) / sizeof(owned_props[0]);
             j++) {
            if (strcmp(name, owned_props[j].key) == 0) {
                fprintf(stderr, "herald bench: set %s with %s, not -X\n",
                        key, owned_props[j].option);
                goto done;
            }
        }
        if (rd_kafka_conf_set(conf, key, value, err, sizeof(err)) !=
            RD_KAFKA_CONF_OK) {
            fprintf(stderr, "herald bench: invalid -X %s: %s\n",
                    o->props[i], err);
            goto done;
        }
    }
    rc = check_message_timeout(o);

done:
    rd_kafka_conf_destroy(conf);
    return rc;
}

/* Raises the open file limit to the hard limit: each librdkafka client
 * holds several descriptors, and --producers 500 needs thousands. */
static void raise_fd_limit(void)
{
    struct rlimit rl;

    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
}

int main(int argc, char **argv)
{
    static const struct option options[] = {
        {"brokers", required_argument, NULL, 'b'},
        {"topic", required_argument, NULL, 't'},
        {"count", required_argument, NULL, 'n'},
        {"duration", required_argument, NULL, 'd'},
        {"size", required_argument, NULL, 's'},
        {"partitions", required_argument, NULL, 'p'},
        {"producers", required_argument, NULL, 'P'},
        {"consumers", required_argument, NULL, 'C'},
        {"acks", required_argument, NULL, 'a'},
        {"compression", required_argument, NULL, 'z'},
        {"linger-ms", required_argument, NULL, 'L'},
        {"batch-size", required_argument, NULL, 'B'},
        {"rate", required_argument, NULL, 'r'},
        {"timeout", required_argument, NULL, 'T'},
        {"json", no_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    bench_opts_t o = {
        .brokers = "127.0.0.1:9092",
        .topic = "herald-bench",
        .size = 100,
        .producers = 1,
        .consumers = 1,
        .acks = "all",
        .compression = "none",
        .linger_ms = -1,
        .batch_size = -1,
        .timeout_s = 10,
    };
    int c;

    if (argc >= 2 && (strcmp(argv[1], "--help") == 0 ||
                      strcmp(argv[1], "-h") == 0)) {
        usage(stdout);
        return 0;
    }
    if (argc < 2 || parse_mode(argv[1], &o.mode) != 0) {
        if (argc >= 2)
            fprintf(stderr, "herald bench: unknown workload '%s'\n",
                    argv[1]);
        usage(stderr);
        return 2;
    }
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc - 1, argv + 1, "b:t:n:d:s:p:P:C:a:z:r:X:h",
                            options, NULL)) != -1) {
        int r = parse_option(c, optarg, &o);

        if (r == 1) {
            usage(stdout);
            return 0;
        }
        if (r != 0 && c == '?')
            fprintf(stderr, "herald bench: invalid option '%s' or missing "
                    "value; see 'herald bench --help'\n", argv[optind]);
        if (r != 0)
            return 2;
    }
    if (optind < argc - 1) {
        fprintf(stderr, "herald bench: unexpected argument '%s'\n",
                argv[optind + 1]);
        return 2;
    }
    if (finish_options(&o) != 0 || check_client_settings(&o) != 0)
        return 2;
    raise_fd_limit();
    bench__mark_start();

    switch (o.mode) {
    case BENCH_PRODUCE: return bench__produce(&o);
    case BENCH_CONSUME: return bench__consume(&o);
    case BENCH_E2E: return bench__e2e(&o);
    }
    return 2;
}

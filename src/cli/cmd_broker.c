/*
 * `herald broker`: parses the config file and flags, then runs the broker in
 * the foreground until SIGINT or SIGTERM.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "broker.h"
#include "cli.h"
#include "config.h"
#include "log.h"

static void usage(FILE *out)
{
    fprintf(out,
        "usage: herald broker [--config FILE] [--listen HOST:PORT] "
        "[--data DIR]\n"
        "                     [--set KEY=VALUE]... [--log-level LEVEL] "
        "[--debug LIST]\n"
        "\n"
        "Runs a single-node broker that speaks the Kafka protocol.\n"
        "\n"
        "  -c, --config FILE     read settings from a properties file "
        "(Kafka key names)\n"
        "  -l, --listen HOST:PORT  address to listen on "
        "(default 127.0.0.1:9092)\n"
        "  -d, --data DIR        data directory (default ./data)\n"
        "  -s, --set KEY=VALUE   set one setting; overrides the file\n"
        "      --log-level LEVEL error, warn, info (default) or debug\n"
        "      --debug LIST      debug lines for subsystems: net, wire, "
        "storage, group, all\n"
        "  -h, --help            show this help\n"
        "\n"
        "Settings (file or --set; Kafka's names, sizes in bytes, times in "
        "ms):\n"
        "  listeners, advertised.listeners  HOST:PORT (127.0.0.1:9092)\n"
        "  log.dirs                         data directory (./data)\n"
        "  node.id                          broker id (0)\n"
        "  num.partitions                   partitions of auto-created "
        "topics (1)\n"
        "  auto.create.topics.enable        true\n"
        "  delete.topic.enable              true\n"
        "  message.max.bytes                largest record batch "
        "(1048588)\n"
        "  socket.request.max.bytes         largest request (104857600)\n"
        "  queued.max.request.bytes         requests over 64 KiB read at "
        "once\n"
        "                                   (536870912; -1 no limit)\n"
        "  log.segment.bytes                segment size (1073741824)\n"
        "  log.roll.ms, log.roll.hours      segment age (7 days)\n"
        "  log.retention.ms, .minutes, .hours  age to delete (7 days; -1 "
        "never)\n"
        "  log.retention.bytes              size per partition (-1, no "
        "limit)\n"
        "  log.retention.check.interval.ms  300000\n"
        "  log.index.interval.bytes         4096\n"
        "  offsets.retention.minutes        empty group expiry (10080)\n"
        "  max.connections                  10000\n"
        "  herald.sync.acks.all             fdatasync before answering "
        "acks=all (true)\n"
        "  herald.sync.interval.ms          background sync of other "
        "writes (1000; -1 off)\n"
        "  herald.sync.interval.bytes       ... and after this many bytes "
        "to a partition\n"
        "                                   (4194304; -1 off)\n");
}

int cmd_broker(int argc, char **argv)
{
    static const struct option options[] = {
        {"config", required_argument, NULL, 'c'},
        {"listen", required_argument, NULL, 'l'},
        {"data", required_argument, NULL, 'd'},
        {"set", required_argument, NULL, 's'},
        {"log-level", required_argument, NULL, 'L'},
        {"debug", required_argument, NULL, 'D'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    broker_config_t cfg;
    char err[512];
    const char *config_file = NULL;
    int opt;

    broker_config__defaults(&cfg);

    /* The file is read first so that flags override it, whatever their
     * order on the command line. */
    optind = 1;
    while ((opt = getopt_long(argc, argv, "c:l:d:s:h", options, NULL)) != -1) {
        if (opt == 'c')
            config_file = optarg;
        else if (opt == 'h') {
            usage(stdout);
            return 0;
        } else if (opt == '?') {
            usage(stderr);
            return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "herald broker: unexpected argument '%s'\n",
                argv[optind]);
        return 2;
    }
    if (config_file &&
        broker_config__load(&cfg, config_file, err, sizeof(err)) != 0) {
        fprintf(stderr, "herald broker: %s\n", err);
        return 2;
    }

    optind = 1;
    while ((opt = getopt_long(argc, argv, "c:l:d:s:h", options, NULL)) != -1) {
        char key[256];
        const char *eq;
        int rc = 0;

        switch (opt) {
        case 'l':
            rc = broker_config__set(&cfg, "listeners", optarg, err,
                                    sizeof(err));
            break;
        case 'd':
            rc = broker_config__set(&cfg, "log.dirs", optarg, err,
                                    sizeof(err));
            break;
        case 'L':
            rc = broker_config__set(&cfg, "log.level", optarg, err,
                                    sizeof(err));
            break;
        case 'D':
            rc = broker_config__set(&cfg, "log.debug", optarg, err,
                                    sizeof(err));
            break;
        case 's':
            eq = strchr(optarg, '=');
            if (eq == NULL || eq == optarg ||
                (size_t)(eq - optarg) >= sizeof(key)) {
                fprintf(stderr, "herald broker: --set expects KEY=VALUE, got "
                        "'%s'\n", optarg);
                return 2;
            }
            memcpy(key, optarg, (size_t)(eq - optarg));
            key[eq - optarg] = '\0';
            rc = broker_config__set(&cfg, key, eq + 1, err, sizeof(err));
            break;
        default:
            break;
        }
        if (rc != 0) {
            fprintf(stderr, "herald broker: %s\n", err);
            return 2;
        }
    }
    log__set_level((log_level_t)log__parse_level(cfg.log_level));
    if (cfg.log_debug[0])
        log__set_debug(cfg.log_debug);
    return broker__run(&cfg);
}

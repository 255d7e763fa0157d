/*
 * The herald command: one binary with subcommands.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *out)
{
    fprintf(out,
            "usage: herald <command> [options]\n"
            "\n"
            "commands:\n"
            "  broker     run a Kafka-compatible broker\n"
            "  bench      measure a broker: produce, consume, e2e\n"
            "  topics     list, create, delete and describe topics\n"
            "  groups     list, describe and delete consumer groups\n"
            "  produce    produce lines or CloudEvents to a topic\n"
            "  consume    write the messages of a topic to stdout\n"
            "\n"
            "Run 'herald <command> --help' for the options of a command.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("herald %s\n", HERALD_VERSION);
        return 0;
    }
    if (strcmp(argv[1], "broker") == 0)
        return cmd_broker(argc - 1, argv + 1);
    if (strcmp(argv[1], "bench") == 0)
        return cmd_bench(argc - 1, argv + 1);
    if (strcmp(argv[1], "topics") == 0 || strcmp(argv[1], "groups") == 0 ||
        strcmp(argv[1], "produce") == 0 || strcmp(argv[1], "consume") == 0)
        return cmd_client(argc - 1, argv + 1);
    fprintf(stderr, "herald: unknown command '%s'\n\n", argv[1]);
    usage(stderr);
    return 2;
}

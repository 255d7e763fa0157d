/*
 * herald-client: the Kafka client commands of herald (topics, groups,
 * produce, consume) in a program of their own, which `herald COMMAND` runs
 * (see cmd_client.c). It can also be run directly as
 * `herald-client COMMAND [options]`.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

int main(int argc, char **argv)
{
    if (argc >= 2) {
        if (strcmp(argv[1], "topics") == 0)
            return cmd_topics(argc - 1, argv + 1);
        if (strcmp(argv[1], "groups") == 0)
            return cmd_groups(argc - 1, argv + 1);
        if (strcmp(argv[1], "produce") == 0)
            return cmd_produce(argc - 1, argv + 1);
        if (strcmp(argv[1], "consume") == 0)
            return cmd_consume(argc - 1, argv + 1);
    }
    fprintf(stderr, "usage: herald-client topics|groups|produce|consume "
            "[options]\n"
            "Run 'herald COMMAND --help' for the options of a command.\n");
    return 2;
}

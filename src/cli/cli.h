/* Subcommands of the herald CLI. Each returns the process exit code: 0 on
 * success, 1 on a runtime failure, 2 on a usage error. */
#ifndef HERALD_CLI_H
#define HERALD_CLI_H

int cmd_broker(int argc, char **argv);
int cmd_bench(int argc, char **argv);

/* Runs herald-client with the command and its arguments (argv[0] is the
 * command name); returns only when it cannot be started. */
int cmd_client(int argc, char **argv);

/* The commands of herald-client. */
int cmd_topics(int argc, char **argv);
int cmd_groups(int argc, char **argv);
int cmd_produce(int argc, char **argv);
int cmd_consume(int argc, char **argv);

#endif

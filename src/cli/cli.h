/* Subcommands of the herald CLI. Each returns the process exit code: 0 on
 * success, 1 on a runtime failure, 2 on a usage error. */
#ifndef HERALD_CLI_H
#define HERALD_CLI_H

int cmd_broker(int argc, char **argv);
int cmd_bench(int argc, char **argv);

#endif

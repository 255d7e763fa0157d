/*
 * `herald bench` and `herald topics|groups|produce|consume` run separate
 * programs, herald-bench and herald-client, installed next to the herald
 * binary. Those commands are Kafka clients built on librdkafka. Keeping them
 * out of this binary means the broker never maps librdkafka and the TLS and
 * SASL libraries it pulls in, which doubled the broker's idle RSS.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* Writes the path of `program` in the directory of the running binary into
 * `path`. Returns 0, or -1 when that directory cannot be found. */
static int sibling_path(const char *program, char *path, size_t size)
{
    char self[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", self, sizeof(self) - 1);
    char *slash;

    if (len <= 0)
        return -1;
    self[len] = '\0';
    slash = strrchr(self, '/');
    if (slash == NULL)
        return -1;
    *slash = '\0';
    if ((size_t)snprintf(path, size, "%s/%s", self, program) >= size)
        return -1;
    return 0;
}

/* Replaces this process with `program` and `args` (args[0] is overwritten):
 * the copy next to herald first, then one on the PATH. Returns 1 with a
 * message on stderr when neither can be run. */
static int exec_program(const char *program, char **args)
{
    char path[PATH_MAX];

    if (sibling_path(program, path, sizeof(path)) == 0 &&
        access(path, X_OK) == 0) {
        args[0] = path;
        execv(path, args);
        fprintf(stderr, "herald: cannot run %s: %s\n", path,
                strerror(errno));
        return 1;
    }
    args[0] = (char *)program;
    execvp(program, args);
    fprintf(stderr, "herald: cannot run %s: %s (build the %s target, or put "
            "it next to herald or on the PATH)\n", program, strerror(errno),
            program);
    return 1;
}

int cmd_bench(int argc, char **argv)
{
    (void)argc;
    return exec_program("herald-bench", argv);
}

int cmd_client(int argc, char **argv)
{
    char **args = calloc((size_t)argc + 2, sizeof(char *));
    int rc;

    if (args == NULL) {
        fprintf(stderr, "herald: out of memory\n");
        return 1;
    }
    /* herald-client takes the command as its first argument. */
    memcpy(args + 1, argv, (size_t)argc * sizeof(char *));
    rc = exec_program("herald-client", args);
    free(args);
    return rc;
}

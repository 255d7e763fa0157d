/*
 * `herald topics|groups|produce|consume`: runs the herald-client program
 * that is installed next to the herald binary, passing the command and its
 * arguments on. Those commands are Kafka clients built on librdkafka, and
 * keeping them in a separate program means the broker never maps
 * librdkafka and the TLS and SASL libraries it pulls in.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#define CLIENT_PROGRAM "herald-client"

/* Writes the path of herald-client in the directory of the running binary
 * into path. Returns 0, or -1 when that directory cannot be found. */
static int client_path(char *path, size_t size)
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
    if ((size_t)snprintf(path, size, "%s/%s", self, CLIENT_PROGRAM) >= size)
        return -1;
    return 0;
}

int cmd_client(int argc, char **argv)
{
    char path[PATH_MAX];
    char **args = calloc((size_t)argc + 2, sizeof(char *));

    if (args == NULL) {
        fprintf(stderr, "herald: out of memory\n");
        return 1;
    }
    /* herald-client takes the command as its first argument. */
    memcpy(args + 1, argv, (size_t)argc * sizeof(char *));
    if (client_path(path, sizeof(path)) == 0 && access(path, X_OK) == 0) {
        args[0] = path;
        execv(path, args);
        fprintf(stderr, "herald: cannot run %s: %s\n", path,
                strerror(errno));
        free(args);
        return 1;
    }
    /* Not next to herald: an installation may have it on the PATH. */
    args[0] = CLIENT_PROGRAM;
    execvp(CLIENT_PROGRAM, args);
    fprintf(stderr, "herald: cannot run %s: %s (build the herald-client "
            "target, or put it next to herald or on the PATH)\n",
            CLIENT_PROGRAM, strerror(errno));
    free(args);
    return 1;
}

/*
 * `herald bench`: runs the herald-bench program that is installed next to
 * the herald binary, passing the arguments on. The load generators live in
 * that separate program (see bench_main.c) so the broker never loads
 * librdkafka.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#define BENCH_PROGRAM "herald-bench"

/* Writes the path of herald-bench in the directory of the running binary
 * into `path`. Returns 0, or -1 when that directory cannot be found. */
static int sibling_path(char *path, size_t size)
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
    if ((size_t)snprintf(path, size, "%s/%s", self, BENCH_PROGRAM) >= size)
        return -1;
    return 0;
}

int cmd_bench(int argc, char **argv)
{
    char path[PATH_MAX];

    (void)argc;
    if (sibling_path(path, sizeof(path)) == 0 && access(path, X_OK) == 0) {
        argv[0] = path;
        execv(path, argv);
        fprintf(stderr, "herald: cannot run %s: %s\n", path,
                strerror(errno));
        return 1;
    }
    /* Not next to herald: an installation may have it on the PATH. */
    argv[0] = BENCH_PROGRAM;
    execvp(BENCH_PROGRAM, argv);
    fprintf(stderr, "herald: cannot run %s: %s (build the herald-bench "
            "target, or put it next to herald or on the PATH)\n",
            BENCH_PROGRAM, strerror(errno));
    return 1;
}

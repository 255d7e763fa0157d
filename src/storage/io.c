/*
 * File I/O helpers for the storage module. Every write to a log, index,
 * snapshot or checkpoint file goes through io__pwrite_all(), so that the
 * test write hook can simulate a full disk anywhere.
 */
#include "io.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "herald/error.h"
#include "plog.h"

static plog_write_fn write_hook;

void plog__set_write_hook(plog_write_fn fn)
{
    write_hook = fn;
}

int io__err(int errnum)
{
    if (errnum == ENOSPC || errnum == EDQUOT)
        return HERALD_ENOSPC;
    if (errnum == ENOMEM)
        return HERALD_ENOMEM;
    if (errnum == EMFILE || errnum == ENFILE)
        return HERALD_EMFILE;
    return HERALD_EIO;
}

int io__pwrite_all(int fd, const void *buf, size_t len, int64_t pos)
{
    const uint8_t *p = buf;

    while (len > 0) {
        ssize_t n = write_hook ? write_hook(fd, p, len, (off_t)pos)
                               : pwrite(fd, p, len, (off_t)pos);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return io__err(errno);
        }
        if (n == 0)
            return HERALD_ENOSPC; /* a regular file only stops when full */
        p += n;
        len -= (size_t)n;
        pos += n;
    }
    return 0;
}

int64_t io__pread_full(int fd, void *buf, size_t len, int64_t pos)
{
    uint8_t *p = buf;
    size_t done = 0;

    while (done < len) {
        ssize_t n = pread(fd, p + done, len - done, (off_t)(pos + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return HERALD_EIO;
        }
        if (n == 0)
            break;
        done += (size_t)n;
    }
    return (int64_t)done;
}

int io__sync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int rc = 0;

    if (fd < 0)
        return io__err(errno);
    if (fsync(fd) != 0)
        rc = HERALD_EIO;
    close(fd);
    return rc;
}

int io__replace_file(const char *dir, const char *name, const void *data,
                     size_t len, int sync_dir)
{
    char path[PATH_MAX], tmp[PATH_MAX];
    int fd, rc;

    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >=
            sizeof path ||
        (size_t)snprintf(tmp, sizeof tmp, "%s.tmp", path) >= sizeof tmp)
        return HERALD_EINVAL;

    fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return io__err(errno);
    rc = io__pwrite_all(fd, data, len, 0);
    if (rc == 0 && fsync(fd) != 0)
        rc = io__err(errno);
    close(fd);
    if (rc == 0 && rename(tmp, path) != 0)
        rc = io__err(errno);
    if (rc != 0) {
        unlink(tmp);
        return rc;
    }
    return sync_dir ? io__sync_dir(dir) : 0;
}

int io__read_file(const char *path, size_t max_len, uint8_t **data,
                  size_t *len)
{
    struct stat st;
    uint8_t *buf;
    int64_t n;
    int fd = open(path, O_RDONLY | O_CLOEXEC);

    if (fd < 0)
        return errno == ENOENT ? HERALD_ENOENT : io__err(errno);
    if (fstat(fd, &st) != 0) {
        close(fd);
        return HERALD_EIO;
    }
    if ((uint64_t)st.st_size > max_len) {
        close(fd);
        return HERALD_ETOOBIG;
    }
    buf = malloc(st.st_size > 0 ? (size_t)st.st_size : 1);
    if (buf == NULL) {
        close(fd);
        return HERALD_ENOMEM;
    }
    n = io__pread_full(fd, buf, (size_t)st.st_size, 0);
    close(fd);
    if (n < 0) {
        free(buf);
        return HERALD_EIO;
    }
    *data = buf;
    *len = (size_t)n;
    return 0;
}

int io__offset_path(char *out, size_t size, const char *dir, int64_t offset,
                    const char *suffix)
{
    int n = snprintf(out, size, "%s/%020lld%s", dir, (long long)offset,
                     suffix);

    return n < 0 || (size_t)n >= size ? HERALD_EINVAL : 0;
}

int64_t io__parse_offset_name(const char *name, const char *suffix)
{
    int64_t v = 0;

    for (int i = 0; i < 20; i++) {
        if (name[i] < '0' || name[i] > '9')
            return -1;
        if (v > (INT64_MAX - 9) / 10)
            return -1;
        v = v * 10 + (name[i] - '0');
    }
    return strcmp(name + 20, suffix) == 0 ? v : -1;
}

#include "files.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int files__sync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int rc = 0;

    if (fd < 0)
        return -errno;
    if (fsync(fd) != 0)
        rc = -errno;
    close(fd);
    return rc;
}

static int parent_dir(const char *path, char *out, size_t size)
{
    const char *slash = strrchr(path, '/');
    size_t n;

    if (slash == NULL) {
        snprintf(out, size, ".");
        return 0;
    }
    n = (size_t)(slash - path);
    if (n == 0)
        n = 1;
    if (n >= size)
        return -ENAMETOOLONG;
    memcpy(out, path, n);
    out[n] = '\0';
    return 0;
}

int files__write_atomic(const char *path, const void *data, size_t len)
{
    char tmp[4200];
    char dir[4200];
    const char *p = data;
    int fd;
    int rc = 0;

    /* '~' cannot appear in a Kafka topic name, so the temporary file of one
     * topic's metadata never has another topic's file name. */
    if (snprintf(tmp, sizeof(tmp), "%s~", path) >= (int)sizeof(tmp))
        return -ENAMETOOLONG;
    rc = parent_dir(path, dir, sizeof(dir));
    if (rc != 0)
        return rc;
    fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return -errno;
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            rc = -errno;
            break;
        }
        p += n;
        len -= (size_t)n;
    }
    if (rc == 0 && fsync(fd) != 0)
        rc = -errno;
    if (close(fd) != 0 && rc == 0)
        rc = -errno;
    if (rc == 0 && rename(tmp, path) != 0)
        rc = -errno;
    if (rc != 0) {
        unlink(tmp);
        return rc;
    }
    return files__sync_dir(dir);
}

int files__mkdirs(const char *path)
{
    char buf[4200];
    size_t len = strlen(path);

    if (len >= sizeof(buf))
        return -ENAMETOOLONG;
    memcpy(buf, path, len + 1);
    for (size_t i = 1; i <= len; i++) {
        if (buf[i] != '/' && buf[i] != '\0')
            continue;
        char saved = buf[i];
        buf[i] = '\0';
        if (mkdir(buf, 0755) != 0 && errno != EEXIST)
            return -errno;
        buf[i] = saved;
    }
    return 0;
}

static int remove_entry(const char *path, const struct stat *st, int flag,
                        struct FTW *ftw)
{
    if (remove(path) != 0 && errno != ENOENT)
        return -errno;
    return 0;
}

int files__remove_tree(const char *path)
{
    int rc = nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);

    if (rc != 0 && errno == ENOENT)
        return 0;
    return rc < 0 ? -errno : rc;
}

int files__read_all(const char *path, size_t max, char **out, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *data;
    size_t n = 0;
    size_t cap = 4096;

    if (f == NULL)
        return -errno;
    data = malloc(cap + 1);
    if (data == NULL) {
        fclose(f);
        return -ENOMEM;
    }
    for (;;) {
        size_t got = fread(data + n, 1, cap - n, f);
        n += got;
        if (n < cap)
            break;
        if (cap >= max) {
            free(data);
            fclose(f);
            return -EFBIG;
        }
        cap *= 2;
        char *p = realloc(data, cap + 1);
        if (p == NULL) {
            free(data);
            fclose(f);
            return -ENOMEM;
        }
        data = p;
    }
    if (ferror(f)) {
        free(data);
        fclose(f);
        return -EIO;
    }
    fclose(f);
    if (n > max) {
        free(data);
        return -EFBIG;
    }
    data[n] = '\0';
    *out = data;
    if (len)
        *len = n;
    return 0;
}

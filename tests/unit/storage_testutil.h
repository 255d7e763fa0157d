/*
 * Helpers for the storage unit tests: temporary directories and magic 2
 * record batches built from scratch, so every test controls the exact bytes
 * the log receives.
 */
#ifndef HERALD_TESTS_STORAGE_TESTUTIL_H
#define HERALD_TESTS_STORAGE_TESTUTIL_H

#include <dirent.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "crc32c.h"
#include "plog.h"

/* Optional batch fields. A zeroed struct gives a plain batch. */
typedef struct test_batch_opts {
    int64_t timestamp; /* BaseTimestamp and MaxTimestamp; 0 means 1000 */
    int64_t producer_id; /* 0 means -1 (not idempotent) */
    int16_t epoch;
    int32_t sequence;
    int16_t attributes;
} test_batch_opts_t;

static inline size_t test_put_varint(uint8_t *p, int64_t v)
{
    uint64_t z = ((uint64_t)v << 1) ^ (uint64_t)(v >> 63);
    size_t n = 0;

    while (z >= 0x80) {
        p[n++] = (uint8_t)(z | 0x80);
        z >>= 7;
    }
    p[n++] = (uint8_t)z;
    return n;
}

static inline void test_put_be(uint8_t *p, uint64_t v, int bytes)
{
    for (int i = bytes - 1; i >= 0; i--) {
        p[i] = (uint8_t)v;
        v >>= 8;
    }
}

/* Writes a batch of `records` records with `value_len`-byte values into
 * `out` and returns its size. Record i's value bytes are (seed + i) so
 * batches differ. */
static inline size_t test_batch(uint8_t *out, int records, size_t value_len,
                                uint8_t seed, const test_batch_opts_t *o)
{
    test_batch_opts_t d = {0};
    int64_t ts, pid;
    size_t pos = 61;

    if (o == NULL)
        o = &d;
    ts = o->timestamp ? o->timestamp : 1000;
    pid = o->producer_id ? o->producer_id : -1;
    for (int i = 0; i < records; i++) {
        uint8_t rec[64];
        size_t r = 0;

        rec[r++] = 0;                           /* attributes */
        r += test_put_varint(rec + r, 0);       /* timestamp delta */
        r += test_put_varint(rec + r, i);       /* offset delta */
        r += test_put_varint(rec + r, -1);      /* null key */
        r += test_put_varint(rec + r, (int64_t)value_len);
        pos += test_put_varint(out + pos, (int64_t)(r + value_len + 1));
        memcpy(out + pos, rec, r);
        pos += r;
        memset(out + pos, (uint8_t)(seed + i), value_len);
        pos += value_len;
        out[pos++] = 0;                         /* header count */
    }
    test_put_be(out + 0, 0, 8);
    test_put_be(out + 8, pos - 12, 4);
    test_put_be(out + 12, (uint64_t)-1, 4);
    out[16] = 2;
    test_put_be(out + 21, (uint16_t)o->attributes, 2);
    test_put_be(out + 23, (uint64_t)(records - 1), 4);
    test_put_be(out + 27, (uint64_t)ts, 8);
    test_put_be(out + 35, (uint64_t)ts, 8);
    test_put_be(out + 43, (uint64_t)pid, 8);
    test_put_be(out + 51, (uint16_t)(pid >= 0 ? o->epoch : -1), 2);
    test_put_be(out + 53, (uint64_t)(pid >= 0 ? o->sequence : -1), 4);
    test_put_be(out + 57, (uint64_t)records, 4);
    test_put_be(out + 17, crc32c__compute(out + 21, pos - 21), 4);
    return pos;
}

static inline int64_t test_batch_base(const uint8_t *b)
{
    int64_t v = 0;

    for (int i = 0; i < 8; i++)
        v = v << 8 | b[i];
    return v;
}

/* Makes a fresh directory under /tmp and writes its path into `out`. */
static inline void test_tmpdir(char *out, size_t size, const char *name)
{
    snprintf(out, size, "/tmp/herald-%s-XXXXXX", name);
    if (mkdtemp(out) == NULL) {
        perror("mkdtemp");
        abort();
    }
}

/* Removes `dir` and the files and directories below it. */
static inline void test_rmtree(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[PATH_MAX];

    if (d == NULL)
        return;
    while ((e = readdir(d)) != NULL) {
        struct stat st;

        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >=
            sizeof path)
            continue;
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
            test_rmtree(path);
        else
            unlink(path);
    }
    closedir(d);
    rmdir(dir);
}

/* Reads a whole file into `out`, at most `cap` bytes. Returns the size read
 * or -1. */
static inline int64_t test_read_file(const char *dir, const char *name,
                                     uint8_t *out, size_t cap)
{
    char path[PATH_MAX];
    FILE *fp;
    size_t n;

    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >=
            sizeof path ||
        (fp = fopen(path, "rb")) == NULL)
        return -1;
    n = fread(out, 1, cap, fp);
    fclose(fp);
    return (int64_t)n;
}

static inline void test_write_file(const char *dir, const char *name,
                                   const uint8_t *data, size_t len)
{
    char path[PATH_MAX];
    FILE *fp;

    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >=
            sizeof path ||
        (fp = fopen(path, "wb")) == NULL ||
        fwrite(data, 1, len, fp) != len || fclose(fp) != 0)
        abort();
}

/* Replaces the regular files of `dst` with copies of those in `src`. */
static inline void test_copy_dir(const char *src, const char *dst)
{
    static uint8_t data[1 << 20];
    DIR *d = opendir(dst);
    struct dirent *e;

    while (d != NULL && (e = readdir(d)) != NULL) {
        char path[PATH_MAX];

        if (e->d_name[0] != '.' &&
            (size_t)snprintf(path, sizeof path, "%s/%s", dst, e->d_name) <
                sizeof path)
            unlink(path);
    }
    if (d != NULL)
        closedir(d);
    d = opendir(src);
    while (d != NULL && (e = readdir(d)) != NULL) {
        int64_t n;

        if (e->d_name[0] == '.')
            continue;
        n = test_read_file(src, e->d_name, data, sizeof data);
        if (n < 0)
            abort();
        test_write_file(dst, e->d_name, data, (size_t)n);
    }
    if (d != NULL)
        closedir(d);
}

static inline void test_truncate_file(const char *dir, const char *name,
                                      int64_t size)
{
    char path[PATH_MAX];

    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >=
            sizeof path ||
        truncate(path, size) != 0)
        abort();
}

static inline void test_unlink_file(const char *dir, const char *name)
{
    char path[PATH_MAX];

    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) <
        sizeof path)
        unlink(path);
}

static inline int64_t test_file_size(const char *dir, const char *name)
{
    char path[PATH_MAX];
    struct stat st;

    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >=
        sizeof path)
        return -1;
    return stat(path, &st) == 0 ? (int64_t)st.st_size : -1;
}

/* Reads `len` bytes at `pos` of a slice's file into `out`. */
static inline int test_read_slice(const plog_slice_t *s, uint8_t *out)
{
    return pread(s->fd, out, (size_t)s->len, s->position) == s->len ? 0 : -1;
}

/* A partition log opened clean in a fresh temporary directory, the common
 * cmocka fixture of the storage tests. */
typedef struct log_fixture {
    char dir[PATH_MAX];
    plog_config_t cfg;
    plog_t *log;
} log_fixture_t;

/* Creates the fixture under a directory named after `name`. Needs cmocka's
 * assert macros, so include this header after <cmocka.h>. */
static inline int test_fixture_setup(void **state, const char *name)
{
    log_fixture_t *f = calloc(1, sizeof *f);

    test_tmpdir(f->dir, sizeof f->dir, name);
    plog__config_defaults(&f->cfg);
    assert_int_equal(plog__open(f->dir, &f->cfg, 1, &f->log, NULL), 0);
    *state = f;
    return 0;
}

static inline int test_fixture_teardown(void **state)
{
    log_fixture_t *f = *state;

    if (f->log != NULL)
        plog__close(f->log, 0);
    test_rmtree(f->dir);
    free(f);
    return 0;
}

#endif

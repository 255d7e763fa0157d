/*
 * Partition log: append and read back, batch validation, segment rolling,
 * clean reopen, retention, timestamp lookup and block preallocation.
 */
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "plog_internal.h"
#include "storage_testutil.h"

typedef log_fixture_t fixture_t;

#define BATCH_MAX 4096

static int setup(void **state)
{
    return test_fixture_setup(state, "log");
}

static int teardown(void **state)
{
    return test_fixture_teardown(state);
}

static void reopen(fixture_t *f, int clean)
{
    plog__close(f->log, clean);
    f->log = NULL;
    assert_int_equal(plog__open(f->dir, &f->cfg, clean, &f->log, NULL), 0);
}

/* Appends one batch of `records` records with values of `value_len` bytes
 * and returns its base offset. */
static int64_t append_one(plog_t *log, int records, size_t value_len,
                          uint8_t seed, const test_batch_opts_t *o)
{
    uint8_t b[BATCH_MAX];
    size_t n = test_batch(b, records, value_len, seed, o);
    int64_t base = -1, lat = 0;

    assert_int_equal(plog__append(log, b, n, &base, &lat), 0);
    assert_int_equal(lat, -1);
    return base;
}

/* Reads the slice at `offset` and checks that it starts with `expect`. */
static void assert_reads(plog_t *log, int64_t offset, const uint8_t *expect,
                         size_t len)
{
    plog_slice_t s;
    uint8_t got[BATCH_MAX];

    assert_int_equal(plog__read(log, offset, (int32_t)len, &s), 0);
    assert_int_equal(s.len, (int32_t)len);
    assert_int_equal(test_read_slice(&s, got), 0);
    assert_memory_equal(got, expect, len);
    plog__slice_release(s.segment);
}

static void test_append_read_identical(void **state)
{
    fixture_t *f = *state;
    uint8_t req[8 * BATCH_MAX], copy[8 * BATCH_MAX];
    size_t starts[8], lens[8];
    int64_t expect_offset = 0;

    /* 20 produce calls of 5 batches of 3 records each. */
    for (int call = 0; call < 20; call++) {
        size_t len = 0;
        int64_t base;

        for (int i = 0; i < 5; i++) {
            starts[i] = len;
            lens[i] = test_batch(req + len, 3, 10 + (size_t)i,
                                 (uint8_t)(call * 5 + i), NULL);
            len += lens[i];
        }
        memcpy(copy, req, len);
        assert_int_equal(plog__append(f->log, req, len, &base, NULL), 0);
        assert_int_equal(base, expect_offset);
        for (int i = 0; i < 5; i++) {
            uint8_t want[BATCH_MAX];

            memcpy(want, copy + starts[i], lens[i]);
            test_put_be(want, (uint64_t)(base + 3 * i), 8);
            assert_int_equal(test_batch_base(req + starts[i]), base + 3 * i);
            assert_reads(f->log, base + 3 * i, want, lens[i]);
        }
        expect_offset += 15;
    }
    assert_int_equal(plog__log_start_offset(f->log), 0);
    assert_int_equal(plog__log_end_offset(f->log), 300);
}

static void test_crc_flip_rejected(void **state)
{
    fixture_t *f = *state;
    uint8_t req[2 * BATCH_MAX];
    size_t a = test_batch(req, 2, 30, 1, NULL);
    size_t b = test_batch(req + a, 2, 30, 2, NULL);
    int64_t base = -1;

    append_one(f->log, 1, 20, 9, NULL);
    req[a + 70] ^= 0x01; /* inside the second batch's records */
    assert_int_equal(plog__append(f->log, req, a + b, &base, NULL),
                     HERALD_ECORRUPT);
    assert_int_equal(plog__log_end_offset(f->log), 1);
    assert_int_equal(test_file_size(f->dir, "00000000000000000000.log"),
                     plog__size_bytes(f->log));

    req[a + 70] ^= 0x01;
    req[22] ^= 0x04; /* Attributes are under the CRC too */
    assert_int_equal(plog__append(f->log, req, a + b, &base, NULL),
                     HERALD_ECORRUPT);
    assert_int_equal(plog__log_end_offset(f->log), 1);
}

static void test_bad_headers_rejected(void **state)
{
    fixture_t *f = *state;
    uint8_t req[BATCH_MAX];
    size_t n = test_batch(req, 4, 10, 1, NULL);
    int64_t base;

    req[16] = 1; /* magic */
    assert_int_equal(plog__append(f->log, req, n, &base, NULL),
                     HERALD_ECORRUPT);
    n = test_batch(req, 4, 10, 1, NULL);
    test_put_be(req + 57, 5, 4); /* RecordCount != LastOffsetDelta + 1 */
    assert_int_equal(plog__append(f->log, req, n, &base, NULL),
                     HERALD_ECORRUPT);
    assert_int_equal(plog__append(f->log, req, 0, &base, NULL),
                     HERALD_ECORRUPT);
    assert_int_equal(plog__log_end_offset(f->log), 0);
    assert_int_equal(plog__size_bytes(f->log), 0);
}

static void test_oversize_rejected(void **state)
{
    fixture_t *f = *state;
    uint8_t req[BATCH_MAX];
    size_t n = test_batch(req, 10, 100, 1, NULL);
    int64_t base;

    f->cfg.max_message_bytes = (int32_t)n - 1;
    plog__set_config(f->log, &f->cfg);
    assert_int_equal(plog__append(f->log, req, n, &base, NULL),
                     HERALD_ETOOBIG);
    assert_int_equal(plog__log_end_offset(f->log), 0);

    f->cfg.max_message_bytes = (int32_t)n;
    plog__set_config(f->log, &f->cfg);
    assert_int_equal(plog__append(f->log, req, n, &base, NULL), 0);
    assert_int_equal(plog__log_end_offset(f->log), 10);
}

static void test_truncated_blob_rejected(void **state)
{
    fixture_t *f = *state;
    uint8_t req[2 * BATCH_MAX];
    size_t a = test_batch(req, 3, 10, 1, NULL);
    size_t b = test_batch(req + a, 3, 10, 2, NULL);
    int64_t base;

    for (size_t cut = 1; cut < b; cut += 7) {
        assert_int_equal(plog__append(f->log, req, a + b - cut, &base, NULL),
                         HERALD_ECORRUPT);
        assert_int_equal(plog__log_end_offset(f->log), 0);
    }
    assert_int_equal(plog__append(f->log, req, 40, &base, NULL),
                     HERALD_ECORRUPT);
    assert_int_equal(plog__size_bytes(f->log), 0);
}

static void test_unsupported_batches(void **state)
{
    fixture_t *f = *state;
    uint8_t req[BATCH_MAX];
    test_batch_opts_t txn = {.producer_id = 5, .attributes = 0x10};
    test_batch_opts_t ctl = {.producer_id = 5, .attributes = 0x20};
    size_t n;
    int64_t base;

    n = test_batch(req, 1, 10, 1, &txn);
    assert_int_equal(plog__append(f->log, req, n, &base, NULL),
                     HERALD_EUNSUPPORTED);
    n = test_batch(req, 1, 10, 1, &ctl);
    assert_int_equal(plog__append(f->log, req, n, &base, NULL),
                     HERALD_EUNSUPPORTED);
    assert_int_equal(plog__log_end_offset(f->log), 0);
}

static void test_read_inside_batch(void **state)
{
    fixture_t *f = *state;
    uint8_t b[BATCH_MAX];
    size_t n;
    plog_slice_t first;

    append_one(f->log, 2, 20, 1, NULL);
    n = test_batch(b, 10, 5, 7, NULL);
    assert_int_equal(plog__append(f->log, b, n, &(int64_t){0}, NULL), 0);
    append_one(f->log, 2, 20, 3, NULL);

    assert_int_equal(plog__read(f->log, 2, (int32_t)n, &first), 0);
    for (int64_t off = 2; off < 12; off++) {
        plog_slice_t s;

        assert_int_equal(plog__read(f->log, off, (int32_t)n, &s), 0);
        assert_int_equal(s.position, first.position);
        assert_int_equal(s.len, (int32_t)n);
        plog__slice_release(s.segment);
    }
    plog__slice_release(first.segment);
    assert_reads(f->log, 5, b, n);
}

static void test_read_bounds(void **state)
{
    fixture_t *f = *state;
    plog_slice_t s;

    append_one(f->log, 3, 20, 1, NULL);
    assert_int_equal(plog__read(f->log, 4, 1000, &s), HERALD_ERANGE);
    assert_int_equal(plog__read(f->log, -1, 1000, &s), HERALD_ERANGE);
    assert_int_equal(plog__read(f->log, 3, 1000, &s), 0);
    assert_int_equal(s.len, 0);
    assert_non_null(s.segment);
    plog__slice_release(s.segment);
}

/* An index of more than one 4 KiB block of entries: reads at offsets across
 * the whole index, with limits of 1 to 9 batches, start at the batch of
 * the offset and end at the limit. */
static void test_read_large_index(void **state)
{
    fixture_t *f = *state;
    uint8_t b[BATCH_MAX];
    size_t n = test_batch(b, 1, 40, 1, NULL);
    const int batches = 2000;
    plog_slice_t s;

    f->cfg.index_interval_bytes = 1; /* an entry per batch */
    plog__set_config(f->log, &f->cfg);
    for (int i = 0; i < batches; i++)
        append_one(f->log, 1, 40, (uint8_t)i, NULL);
    assert_true(plog__active(f->log)->index.entries >= batches - 1);

    for (int i = 0; i < batches; i += 7) {
        int32_t want = 1 + i % 9;

        assert_int_equal(plog__read(f->log, i, (int32_t)(want * n + 1), &s),
                         0);
        assert_int_equal(s.position, (int64_t)i * (int64_t)n);
        if (want > batches - i)
            want = batches - i;
        assert_int_equal(s.len, (int32_t)(want * n));
        plog__slice_release(s.segment);
    }
}

static void test_read_max_bytes(void **state)
{
    fixture_t *f = *state;
    uint8_t b[BATCH_MAX];
    size_t n = test_batch(b, 1, 100, 1, NULL);
    plog_slice_t s;

    for (int i = 0; i < 50; i++)
        append_one(f->log, 1, 100, (uint8_t)i, NULL);

    /* KIP-74: one whole batch even when it exceeds max_bytes. */
    assert_int_equal(plog__read(f->log, 10, 1, &s), 0);
    assert_int_equal(s.len, (int32_t)n);
    plog__slice_release(s.segment);

    assert_int_equal(plog__read(f->log, 10, (int32_t)(3 * n + n / 2), &s), 0);
    assert_int_equal(s.len, (int32_t)(3 * n));
    assert_int_equal(s.position, (int64_t)(10 * n));
    plog__slice_release(s.segment);

    /* Past the 4096-byte index interval, so the index bounds the scan. */
    assert_int_equal(plog__read(f->log, 0, (int32_t)(45 * n + 3), &s), 0);
    assert_int_equal(s.len, (int32_t)(45 * n));
    plog__slice_release(s.segment);

    assert_int_equal(plog__read(f->log, 40, 1 << 20, &s), 0);
    assert_int_equal(s.len, (int32_t)(10 * n));
    plog__slice_release(s.segment);
}

static void test_roll_by_size(void **state)
{
    fixture_t *f = *state;
    uint8_t b[BATCH_MAX];
    size_t n = test_batch(b, 2, 50, 1, NULL);
    static const char *const names[] = {
        "00000000000000000000.log", "00000000000000000006.log",
        "00000000000000000012.log", "00000000000000000018.log"};

    /* Three batches of two records fit in a segment. */
    f->cfg.segment_bytes = (int64_t)(3 * n);
    plog__set_config(f->log, &f->cfg);
    for (int i = 0; i < 10; i++)
        append_one(f->log, 2, 50, (uint8_t)i, NULL);

    for (size_t i = 0; i < 4; i++)
        assert_int_equal(test_file_size(f->dir, names[i]),
                         i < 3 ? (int64_t)(3 * n) : (int64_t)n);
    assert_int_equal(test_file_size(f->dir, "00000000000000000006.index"), 0);
    assert_int_equal(test_file_size(f->dir, "00000000000000000006.timeindex"),
                     12);
    assert_int_equal(plog__size_bytes(f->log), (int64_t)(10 * n));

    /* Reads stay within one segment. */
    plog_slice_t s;
    assert_int_equal(plog__read(f->log, 4, 1 << 20, &s), 0);
    assert_int_equal(s.position, (int64_t)(2 * n));
    assert_int_equal(s.len, (int32_t)n);
    plog__slice_release(s.segment);
}

static void test_reopen_clean_keeps_all(void **state)
{
    fixture_t *f = *state;
    uint8_t want[40][BATCH_MAX];
    size_t lens[40];
    plog_open_stats_t st;

    f->cfg.segment_bytes = 2000;
    plog__set_config(f->log, &f->cfg);
    for (int i = 0; i < 40; i++) {
        test_batch_opts_t o = {.timestamp = 5000 + i};
        int64_t base;

        lens[i] = test_batch(want[i], 2, 40, (uint8_t)i, &o);
        assert_int_equal(plog__append(f->log, want[i], lens[i], &base, NULL),
                         0);
    }
    int64_t size = plog__size_bytes(f->log);

    plog__close(f->log, 1);
    assert_int_equal(plog__open(f->dir, &f->cfg, 1, &f->log, &st), 0);
    assert_true(st.segments > 1);
    assert_int_equal(st.bytes_truncated, 0);
    assert_int_equal(st.indexes_rebuilt, 0);
    assert_int_equal(plog__log_start_offset(f->log), 0);
    assert_int_equal(plog__log_end_offset(f->log), 80);
    assert_int_equal(plog__size_bytes(f->log), size);
    assert_int_equal(plog__durable_offset(f->log), 80);
    for (int i = 0; i < 40; i++)
        assert_reads(f->log, 2 * i, want[i], lens[i]);

    assert_int_equal(append_one(f->log, 1, 20, 0, NULL), 80);
    reopen(f, 1);
    assert_int_equal(plog__log_end_offset(f->log), 81);
}

static void test_retention_by_bytes(void **state)
{
    fixture_t *f = *state;
    uint8_t b[BATCH_MAX];
    size_t n = test_batch(b, 1, 50, 1, NULL);
    plog_slice_t s;

    f->cfg.segment_bytes = (int64_t)(2 * n);
    plog__set_config(f->log, &f->cfg);
    for (int i = 0; i < 9; i++)
        append_one(f->log, 1, 50, (uint8_t)i, NULL);
    /* Segments at 0, 2, 4, 6 (full) and 8 (active, one batch). */
    assert_int_equal(plog__size_bytes(f->log), (int64_t)(9 * n));

    f->cfg.retention_bytes = (int64_t)(4 * n);
    f->cfg.retention_ms = -1;
    plog__set_config(f->log, &f->cfg);
    /* Deleting 0 and 2 leaves 5 batches, and deleting 4 would leave 3. */
    assert_int_equal(plog__enforce_retention(f->log, 10000), 2);
    assert_int_equal(plog__log_start_offset(f->log), 4);
    assert_int_equal(plog__size_bytes(f->log), (int64_t)(5 * n));
    assert_int_equal(test_file_size(f->dir, "00000000000000000000.log"), -1);
    assert_int_equal(test_file_size(f->dir, "00000000000000000002.index"),
                     -1);
    assert_int_equal(plog__read(f->log, 3, 1000, &s), HERALD_ERANGE);
    assert_int_equal(plog__read(f->log, 4, 1000, &s), 0);
    assert_int_equal(s.position, 0);
    assert_int_equal(s.len, (int32_t)(2 * n));
    plog__slice_release(s.segment);

    /* Never the active segment. */
    f->cfg.retention_bytes = 0;
    plog__set_config(f->log, &f->cfg);
    assert_int_equal(plog__enforce_retention(f->log, 10000), 2);
    assert_int_equal(plog__log_start_offset(f->log), 8);
    assert_int_equal(plog__log_end_offset(f->log), 9);
}

static void test_retention_by_time(void **state)
{
    fixture_t *f = *state;
    uint8_t b[BATCH_MAX];
    size_t n = test_batch(b, 1, 50, 1, NULL);
    int64_t now = 1700000000000;

    f->cfg.segment_bytes = (int64_t)(2 * n);
    f->cfg.retention_ms = 60000;
    plog__set_config(f->log, &f->cfg);
    /* Segments 0 and 2 are 10 minutes old, 4 is 30 s old. */
    for (int i = 0; i < 6; i++) {
        test_batch_opts_t o = {.timestamp = i < 4 ? now - 600000 + i
                                                  : now - 30000};

        append_one(f->log, 1, 50, (uint8_t)i, &o);
    }
    assert_int_equal(plog__enforce_retention(f->log, now), 2);
    assert_int_equal(plog__log_start_offset(f->log), 4);
    assert_int_equal(plog__enforce_retention(f->log, now), 0);

    /* Once old enough even the last closed one goes, not the active. */
    append_one(f->log, 1, 50, 9, &(test_batch_opts_t){.timestamp = now});
    assert_int_equal(plog__enforce_retention(f->log, now + 3600000), 1);
    assert_int_equal(plog__log_start_offset(f->log), 6);
    assert_int_equal(plog__log_end_offset(f->log), 7);
}

static void test_roll_by_time(void **state)
{
    fixture_t *f = *state;

    f->cfg.segment_ms = 1000;
    plog__set_config(f->log, &f->cfg);
    assert_int_equal(plog__enforce_retention(f->log, INT64_MAX / 2), 0);
    assert_int_equal(test_file_size(f->dir, "00000000000000000000.log"), 0);
    append_one(f->log, 3, 20, 1, NULL);
    assert_int_equal(plog__enforce_retention(f->log, INT64_MAX / 2), 0);
    assert_true(test_file_size(f->dir, "00000000000000000003.log") == 0);
    append_one(f->log, 1, 20, 1, NULL);
    assert_true(test_file_size(f->dir, "00000000000000000003.log") > 0);
}

static void test_offset_for_time(void **state)
{
    fixture_t *f = *state;
    int64_t off, ts;

    f->cfg.segment_bytes = 700;
    f->cfg.index_interval_bytes = 100;
    plog__set_config(f->log, &f->cfg);
    /* Batch i (2 records, offsets 2i and 2i+1) has timestamp 1000 * (i+1),
     * except batch 30, which is older than its predecessors. */
    for (int i = 0; i < 60; i++) {
        test_batch_opts_t o = {.timestamp = i == 30 ? 500 : 1000 * (i + 1)};

        append_one(f->log, 2, 20, (uint8_t)i, &o);
    }
    for (int i = 0; i < 60; i++) {
        int64_t want = i == 30 ? 62 : 2 * i;
        int64_t want_ts = i == 30 ? 32000 : 1000 * (i + 1);

        assert_int_equal(plog__offset_for_time(f->log, 1000 * (i + 1), &off,
                                               &ts), 0);
        assert_int_equal(off, want);
        assert_int_equal(ts, want_ts);
        assert_int_equal(plog__offset_for_time(f->log, 1000 * i + 1, &off,
                                               &ts), 0);
        assert_int_equal(off, want);
    }
    assert_int_equal(plog__offset_for_time(f->log, 1, &off, &ts), 0);
    assert_int_equal(off, 0);
    assert_int_equal(ts, 1000);
    assert_int_equal(plog__offset_for_time(f->log, 60001, &off, &ts), 0);
    assert_int_equal(off, -1);
    assert_int_equal(ts, -1);
    assert_int_equal(plog__offset_for_time(f->log, PLOG_TS_LATEST, &off,
                                           &ts), 0);
    assert_int_equal(off, 120);
    assert_int_equal(plog__offset_for_time(f->log, PLOG_TS_EARLIEST, &off,
                                           &ts), 0);
    assert_int_equal(off, 0);

    /* The same answers after a clean reopen, from the index files. */
    reopen(f, 1);
    assert_int_equal(plog__offset_for_time(f->log, 45000, &off, &ts), 0);
    assert_int_equal(off, 88);
    assert_int_equal(ts, 45000);
    assert_int_equal(plog__offset_for_time(f->log, 31500, &off, &ts), 0);
    assert_int_equal(off, 62);
}

static void test_destroy_removes_dir(void **state)
{
    fixture_t *f = *state;
    struct stat st;

    append_one(f->log, 1, 20, 1, NULL);
    assert_int_equal(plog__destroy(f->log), 0);
    f->log = NULL;
    assert_int_not_equal(stat(f->dir, &st), 0);
}

/* Bytes of disk allocated to `dir`/`name`, or -1. */
static int64_t allocated_bytes(const char *dir, const char *name)
{
    char path[PATH_MAX];
    struct stat st;

    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >=
        sizeof path)
        return -1;
    return stat(path, &st) == 0 ? (int64_t)st.st_blocks * 512 : -1;
}

/* Tells whether the file system of `dir` supports fallocate with
 * FALLOC_FL_KEEP_SIZE. */
static int can_preallocate(const char *dir)
{
    char path[PATH_MAX];
    int fd, ok;

    assert_true((size_t)snprintf(path, sizeof path, "%s/probe", dir) <
                sizeof path);
    fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
    assert_true(fd >= 0);
    ok = fallocate(fd, FALLOC_FL_KEEP_SIZE, 0, 4096) == 0;
    close(fd);
    unlink(path);
    return ok;
}

static void test_preallocation_freed_on_roll(void **state)
{
    fixture_t *f = *state;
    static const char *const seg0 = "00000000000000000000.log";
    static const char *const seg1 = "00000000000000000100.log";
    uint8_t first[BATCH_MAX];
    size_t first_len = test_batch(first, 1, 3000, 0, NULL);
    int64_t size;

    if (!can_preallocate(f->dir)) {
        print_message("fallocate not supported in %s, skipped\n", f->dir);
        skip();
    }
    for (int i = 0; i < 100; i++)
        append_one(f->log, 1, 3000, (uint8_t)i, NULL);

    /* The active segment has blocks allocated past its data, and its size
     * is still that of the data. */
    size = test_file_size(f->dir, seg0);
    assert_int_equal(size, plog__size_bytes(f->log));
    assert_true(allocated_bytes(f->dir, seg0) >= size + (64 << 10));

    /* Rolling frees them, and the data stays readable. */
    assert_int_equal(plog__roll(f->log), 0);
    for (int i = 0; i < 200; i++)
        append_one(f->log, 1, 3000, (uint8_t)i, NULL);
    assert_int_equal(test_file_size(f->dir, seg0), size);
    assert_true(allocated_bytes(f->dir, seg0) < size + 8192);
    assert_true(allocated_bytes(f->dir, seg1) >=
                test_file_size(f->dir, seg1) + (64 << 10));
    assert_reads(f->log, 0, first, first_len);

    /* So does closing the log, for the active segment. */
    size = test_file_size(f->dir, seg1);
    reopen(f, 1);
    assert_int_equal(test_file_size(f->dir, seg1), size);
    assert_true(allocated_bytes(f->dir, seg1) < size + 8192);
    assert_int_equal(plog__log_end_offset(f->log), 300);
}

static void test_preallocation_small_freed(void **state)
{
    fixture_t *f = *state;
    static const char *const seg0 = "00000000000000000000.log";
    int64_t size;

    if (!can_preallocate(f->dir)) {
        print_message("fallocate not supported in %s, skipped\n", f->dir);
        skip();
    }
    /* One small batch gets the minimum of 64 KiB allocated ahead, and all
     * of it is freed at close, down to the one block of its data. */
    append_one(f->log, 1, 50, 1, NULL);
    size = test_file_size(f->dir, seg0);
    assert_true(allocated_bytes(f->dir, seg0) >= size + (64 << 10));
    reopen(f, 1);
    assert_int_equal(test_file_size(f->dir, seg0), size);
    assert_true(allocated_bytes(f->dir, seg0) <= 4096);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_read_large_index, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_append_read_identical, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_crc_flip_rejected, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_bad_headers_rejected, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_oversize_rejected, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_truncated_blob_rejected, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_unsupported_batches, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_read_inside_batch, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_read_bounds, setup, teardown),
        cmocka_unit_test_setup_teardown(test_read_max_bytes, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_roll_by_size, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reopen_clean_keeps_all, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_retention_by_bytes, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_retention_by_time, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_roll_by_time, setup, teardown),
        cmocka_unit_test_setup_teardown(test_offset_for_time, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_preallocation_freed_on_roll,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_preallocation_small_freed,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_destroy_removes_dir, setup,
                                        teardown),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}

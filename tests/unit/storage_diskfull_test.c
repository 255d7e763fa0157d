/*
 * Failed writes (disk full, I/O errors), simulated with the storage write
 * hook: an append that fails leaves the log, its files and its offsets as
 * they were, and the log works again once writes succeed. An append that
 * fails for lack of space frees the blocks preallocated in every open log.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "storage_testutil.h"

#define BATCH_MAX 4096
#define SEG0 "00000000000000000000.log"

/* Hook behaviour: let `hook_pass` writes through, then fail the next one
 * with `hook_errno`, first writing `hook_short` bytes of it for real. */
static int hook_pass;
static int hook_errno;
static size_t hook_short;
static int hook_failures;

static ssize_t failing_write(int fd, const void *buf, size_t len, off_t pos)
{
    if (hook_pass > 0) {
        hook_pass--;
        return pwrite(fd, buf, len, pos);
    }
    if (hook_short > 0 && hook_short < len) {
        ssize_t n = pwrite(fd, buf, hook_short, pos);

        hook_short = 0;
        return n; /* the retry of the rest fails below */
    }
    hook_failures++;
    errno = hook_errno;
    return -1;
}

static void arm_hook(int pass, int err, size_t short_bytes)
{
    hook_pass = pass;
    hook_errno = err;
    hook_short = short_bytes;
    hook_failures = 0;
    plog__set_write_hook(failing_write);
}

typedef struct fixture {
    char dir[PATH_MAX];
    plog_config_t cfg;
    plog_t *log;
    uint8_t first[BATCH_MAX]; /* the batch at offset 0 as written */
    size_t first_len;
} fixture_t;

static int setup(void **state)
{
    fixture_t *f = calloc(1, sizeof *f);
    int64_t base;

    test_tmpdir(f->dir, sizeof f->dir, "diskfull");
    plog__config_defaults(&f->cfg);
    f->cfg.index_interval_bytes = 0; /* an index entry for every batch */
    assert_int_equal(plog__open(f->dir, &f->cfg, 1, &f->log, NULL), 0);
    f->first_len = test_batch(f->first, 3, 50, 1, NULL);
    assert_int_equal(plog__append(f->log, f->first, f->first_len, &base,
                                  NULL), 0);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture_t *f = *state;

    plog__set_write_hook(NULL);
    if (f->log != NULL)
        plog__close(f->log, 0);
    test_rmtree(f->dir);
    free(f);
    return 0;
}

/* Checks that the log is exactly as setup() left it plus `extra` batches
 * of 3 records of `extra_len` bytes each. */
static void assert_unchanged(fixture_t *f, int extra, size_t extra_len)
{
    uint8_t got[BATCH_MAX];
    plog_slice_t s;
    int64_t size = (int64_t)f->first_len + extra * (int64_t)extra_len;

    assert_int_equal(plog__log_end_offset(f->log), 3 + 3 * extra);
    assert_int_equal(plog__size_bytes(f->log), size);
    assert_int_equal(test_file_size(f->dir, SEG0), size);
    assert_int_equal(plog__read(f->log, 0, (int32_t)f->first_len, &s), 0);
    assert_int_equal(s.len, (int32_t)f->first_len);
    assert_int_equal(test_read_slice(&s, got), 0);
    assert_memory_equal(got, f->first, f->first_len);
    plog__slice_release(s.segment);
}

static int append_batch(fixture_t *f, uint8_t seed, size_t *len,
                        int64_t *base)
{
    uint8_t b[BATCH_MAX];

    *len = test_batch(b, 3, 50, seed, NULL);
    return plog__append(f->log, b, *len, base, NULL);
}

static void test_enospc_on_log_write(void **state)
{
    fixture_t *f = *state;
    int64_t base = -7;
    size_t len;

    arm_hook(0, ENOSPC, 0);
    assert_int_equal(append_batch(f, 2, &len, &base), HERALD_ENOSPC);
    assert_int_equal(hook_failures, 1);
    assert_int_equal(base, -7);
    assert_unchanged(f, 0, 0);

    plog__set_write_hook(NULL);
    assert_int_equal(append_batch(f, 3, &len, &base), 0);
    assert_int_equal(base, 3);
    assert_unchanged(f, 1, len);
}

static void test_short_write_cut_back(void **state)
{
    fixture_t *f = *state;
    int64_t base;
    size_t len;

    arm_hook(0, ENOSPC, 40);
    assert_int_equal(append_batch(f, 2, &len, &base), HERALD_ENOSPC);
    assert_int_equal(hook_failures, 1);
    assert_unchanged(f, 0, 0);

    plog__set_write_hook(NULL);
    assert_int_equal(append_batch(f, 3, &len, &base), 0);
    assert_int_equal(base, 3);
    assert_unchanged(f, 1, len);
}

static void test_index_write_failure(void **state)
{
    fixture_t *f = *state;
    int64_t index_size = test_file_size(f->dir,
                                        "00000000000000000000.index");
    int64_t base;
    size_t len;

    /* The .log write passes, the .index entry fails. */
    arm_hook(1, ENOSPC, 0);
    assert_int_equal(append_batch(f, 2, &len, &base), HERALD_ENOSPC);
    assert_int_equal(hook_failures, 1);
    assert_unchanged(f, 0, 0);
    assert_int_equal(test_file_size(f->dir, "00000000000000000000.index"),
                     index_size);

    plog__set_write_hook(NULL);
    assert_int_equal(append_batch(f, 3, &len, &base), 0);
    assert_int_equal(base, 3);
    assert_int_equal(test_file_size(f->dir, "00000000000000000000.index"),
                     index_size + 8);
    assert_unchanged(f, 1, len);
}

static void test_eio_maps_to_eio(void **state)
{
    fixture_t *f = *state;
    int64_t base;
    size_t len;

    arm_hook(0, EIO, 0);
    assert_int_equal(append_batch(f, 2, &len, &base), HERALD_EIO);
    assert_unchanged(f, 0, 0);
}

static void test_failed_roll_writes_nothing(void **state)
{
    fixture_t *f = *state;
    int64_t base;
    size_t len;

    /* The roll's final .timeindex entry fails. */
    f->cfg.segment_bytes = (int64_t)f->first_len;
    plog__set_config(f->log, &f->cfg);
    arm_hook(0, ENOSPC, 0);
    assert_int_equal(append_batch(f, 2, &len, &base), HERALD_ENOSPC);
    assert_unchanged(f, 0, 0);
    assert_int_equal(test_file_size(f->dir, "00000000000000000003.log"), -1);

    plog__set_write_hook(NULL);
    assert_int_equal(append_batch(f, 3, &len, &base), 0);
    assert_int_equal(base, 3);
    assert_int_equal(test_file_size(f->dir, "00000000000000000003.log"),
                     (int64_t)len);
}

static void test_failed_checkpoint_keeps_durable(void **state)
{
    fixture_t *f = *state;
    plog_sync_t *job;

    /* The snapshot write of the job fails. The data was synced before it,
     * so the job succeeds and the durable offset moves; only the
     * checkpoint is missing, and the next job writes it. */
    arm_hook(0, ENOSPC, 0);
    job = plog__sync_prepare(f->log);
    assert_non_null(job);
    assert_int_equal(plog__sync_run(job), 0);
    assert_int_equal(plog__sync_finish(f->log, job), 0);
    assert_int_equal(plog__durable_offset(f->log), 3);
    assert_int_equal(test_file_size(f->dir, "recovery-checkpoint"), -1);

    plog__set_write_hook(NULL);
    job = plog__sync_prepare(f->log);
    assert_non_null(job);
    assert_int_equal(plog__sync_run(job), 0);
    assert_int_equal(plog__sync_finish(f->log, job), 0);
    assert_int_equal(plog__durable_offset(f->log), 3);
    assert_int_equal(test_file_size(f->dir, "recovery-checkpoint"), 30);
}

/* Bytes of disk allocated to the first segment of the log in `dir`. */
static int64_t allocated_seg0(const char *dir)
{
    char path[PATH_MAX + 32];
    struct stat st;

    snprintf(path, sizeof path, "%s/%s", dir, SEG0);
    return stat(path, &st) == 0 ? (int64_t)st.st_blocks * 512 : -1;
}

static void test_enospc_frees_preallocation(void **state)
{
    fixture_t *f = *state;
    char other_dir[PATH_MAX];
    plog_t *other = NULL;
    int64_t base = -1;
    size_t len;
    uint8_t b[BATCH_MAX];
    size_t n = test_batch(b, 1, 50, 9, NULL);

    /* An idle log with blocks preallocated past its one batch. */
    test_tmpdir(other_dir, sizeof other_dir, "diskfull-idle");
    assert_int_equal(plog__open(other_dir, &f->cfg, 1, &other, NULL), 0);
    assert_int_equal(plog__append(other, b, n, &base, NULL), 0);
    if (allocated_seg0(other_dir) < 64 << 10) {
        print_message("no preallocation in %s, skipped\n", other_dir);
        plog__close(other, 0);
        test_rmtree(other_dir);
        skip();
    }

    /* A write of the busy log fails for lack of space: the idle log's
     * blocks are freed, so the retry can have them. */
    arm_hook(0, ENOSPC, 0);
    assert_int_equal(append_batch(f, 2, &len, &base), HERALD_ENOSPC);
    assert_true(allocated_seg0(other_dir) <= 4096);
    assert_true(allocated_seg0(f->dir) <= 4096);
    assert_int_equal(test_file_size(other_dir, SEG0), (int64_t)n);

    plog__set_write_hook(NULL);
    assert_int_equal(append_batch(f, 3, &len, &base), 0);
    assert_unchanged(f, 1, len);
    plog__close(other, 0);
    test_rmtree(other_dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_enospc_frees_preallocation,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_enospc_on_log_write, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_short_write_cut_back, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_index_write_failure, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_eio_maps_to_eio, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_failed_roll_writes_nothing,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_failed_checkpoint_keeps_durable,
                                        setup, teardown),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}

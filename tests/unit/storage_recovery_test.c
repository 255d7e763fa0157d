/*
 * Partition log recovery after an unclean shutdown: torn tails cut at
 * every kind of offset, corrupt bytes, lost index files, a missing
 * checkpoint, and a crash in the middle of a roll.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "storage_testutil.h"

#define BATCHES 40
#define BATCH_MAX 4096
#define SEG0 "00000000000000000000.log"

typedef struct fixture {
    char pristine[PATH_MAX]; /* the log as the crash left it */
    char work[PATH_MAX];     /* a copy that each case damages */
    plog_config_t cfg;
    uint8_t batch[BATCHES][BATCH_MAX]; /* as written, offsets assigned */
    size_t len[BATCHES];
    int64_t pos[BATCHES + 1]; /* pos[BATCHES] is the total size */
    int64_t seg_pos[BATCHES]; /* position inside the batch's segment */
    int64_t base[BATCHES + 1];
} fixture_t;

static void sync_now(plog_t *log)
{
    plog_sync_t *job = plog__sync_prepare(log);

    assert_non_null(job);
    assert_int_equal(plog__sync_run(job), 0);
    assert_int_equal(plog__sync_finish(log, job), 0);
}

/* Writes BATCHES batches of 1 to 5 records and various sizes, syncing
 * after batch `sync_after` (none when negative), and drops the handle
 * without the clean-close steps. */
static void build_log(fixture_t *f, int sync_after)
{
    plog_t *log;
    int64_t seg_size = 0;

    assert_int_equal(plog__open(f->pristine, &f->cfg, 0, &log, NULL), 0);
    f->pos[0] = 0;
    f->base[0] = 0;
    for (int i = 0; i < BATCHES; i++) {
        int64_t base;

        f->len[i] = test_batch(f->batch[i], 1 + i % 5,
                               10 + (size_t)(i * 37) % 200, (uint8_t)i,
                               &(test_batch_opts_t){.timestamp = 1000 + i});
        assert_int_equal(plog__append(log, f->batch[i], f->len[i], &base,
                                      NULL), 0);
        assert_int_equal(base, f->base[i]);
        f->pos[i + 1] = f->pos[i] + (int64_t)f->len[i];
        if (seg_size > 0 &&
            seg_size + (int64_t)f->len[i] > f->cfg.segment_bytes)
            seg_size = 0; /* plog__append() rolled */
        f->seg_pos[i] = seg_size;
        seg_size += (int64_t)f->len[i];
        f->base[i + 1] = f->base[i] + 1 + i % 5;
        if (i == sync_after)
            sync_now(log);
    }
    plog__close(log, 0);
}

static int setup(void **state)
{
    fixture_t *f = calloc(1, sizeof *f);

    test_tmpdir(f->pristine, sizeof f->pristine, "recovery");
    test_tmpdir(f->work, sizeof f->work, "recovery-work");
    plog__config_defaults(&f->cfg);
    f->cfg.index_interval_bytes = 256;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture_t *f = *state;

    test_rmtree(f->pristine);
    test_rmtree(f->work);
    free(f);
    return 0;
}

static void assert_batch_readable(plog_t *log, const fixture_t *f, int i)
{
    uint8_t got[BATCH_MAX];
    plog_slice_t s;

    assert_int_equal(plog__read(log, f->base[i], (int32_t)f->len[i], &s), 0);
    assert_int_equal(s.position, f->seg_pos[i]);
    assert_int_equal(s.len, (int32_t)f->len[i]);
    assert_int_equal(test_read_slice(&s, got), 0);
    assert_memory_equal(got, f->batch[i], f->len[i]);
    plog__slice_release(s.segment);
}

/* Appends one more batch and checks it lands at `end` and reads back. */
static void assert_append_works(plog_t *log, int64_t end)
{
    uint8_t b[BATCH_MAX], copy[BATCH_MAX], got[BATCH_MAX];
    size_t n = test_batch(b, 3, 33, 99, NULL);
    int64_t base;
    plog_slice_t s;

    assert_int_equal(plog__append(log, b, n, &base, NULL), 0);
    assert_int_equal(base, end);
    memcpy(copy, b, n);
    assert_int_equal(plog__log_end_offset(log), end + 3);
    assert_int_equal(plog__read(log, end + 1, (int32_t)n, &s), 0);
    assert_int_equal(s.len, (int32_t)n);
    assert_int_equal(test_read_slice(&s, got), 0);
    assert_memory_equal(got, copy, n);
    plog__slice_release(s.segment);
}

/* Cuts a fresh copy of the pristine log at byte `cut` and checks what an
 * unclean open recovers. */
static void check_cut(fixture_t *f, int64_t cut)
{
    plog_open_stats_t st;
    plog_t *log;
    int whole = 0;

    test_copy_dir(f->pristine, f->work);
    test_truncate_file(f->work, SEG0, cut);
    while (whole < BATCHES && f->pos[whole + 1] <= cut)
        whole++;

    assert_int_equal(plog__open(f->work, &f->cfg, 0, &log, &st), 0);
    assert_int_equal(plog__log_end_offset(log), f->base[whole]);
    assert_int_equal(plog__size_bytes(log), f->pos[whole]);
    assert_int_equal(st.bytes_truncated, cut - f->pos[whole]);
    assert_int_equal(test_file_size(f->work, SEG0), f->pos[whole]);
    for (int i = 0; i < whole; i++)
        assert_batch_readable(log, f, i);
    assert_append_works(log, f->base[whole]);
    plog__close(log, 0);
}

/* At least 200 random cuts with a fixed seed, then every byte offset in
 * the last two batches. */
static void check_all_cuts(fixture_t *f)
{
    uint64_t rng = 0x2545f4914f6cdd1dull;

    for (int i = 0; i < 200; i++) {
        rng = rng * 6364136223846793005ull + 1442695040888963407ull;
        check_cut(f, (int64_t)((rng >> 33) % (uint64_t)(f->pos[BATCHES] + 1)));
    }
    for (int64_t cut = f->pos[BATCHES - 2]; cut <= f->pos[BATCHES]; cut++)
        check_cut(f, cut);
}

static void test_cuts_without_checkpoint(void **state)
{
    fixture_t *f = *state;

    build_log(f, -1);
    assert_int_equal(test_file_size(f->pristine, "recovery-checkpoint"), -1);
    check_all_cuts(f);
}

static void test_cuts_with_checkpoint(void **state)
{
    fixture_t *f = *state;

    /* Cuts below the checkpoint position take the full-scan path. */
    build_log(f, 20);
    assert_int_equal(test_file_size(f->pristine, "recovery-checkpoint"), 30);
    check_all_cuts(f);
}

static void test_scan_starts_at_checkpoint(void **state)
{
    fixture_t *f = *state;
    plog_open_stats_t st;
    plog_t *log;

    build_log(f, 30);
    assert_int_equal(plog__open(f->pristine, &f->cfg, 0, &log, &st), 0);
    /* From the last index entry at or before batch 31, at most one index
     * interval plus one batch before the checkpoint. */
    assert_true(st.bytes_scanned >= f->pos[BATCHES] - f->pos[31]);
    assert_true(st.bytes_scanned <=
                f->pos[BATCHES] - f->pos[31] + 256 + BATCH_MAX);
    assert_true(st.bytes_scanned < f->pos[BATCHES] / 2);
    assert_int_equal(plog__durable_offset(log), f->base[31]);
    assert_int_equal(plog__log_end_offset(log), f->base[BATCHES]);
    for (int i = 0; i < BATCHES; i++)
        assert_batch_readable(log, f, i);
    plog__close(log, 0);
}

static void test_flipped_tail_bytes(void **state)
{
    fixture_t *f = *state;
    static const int64_t spots[] = {0, 7, 9, 17, 20, 22, 30, 45, 58, 61, -1};

    build_log(f, -1);
    for (int i = BATCHES - 3; i < BATCHES; i++) {
        for (size_t k = 0; k < sizeof spots / sizeof spots[0]; k++) {
            uint8_t data[1 << 16];
            int64_t n, at = spots[k] >= 0 ? spots[k] : (int64_t)f->len[i] - 1;
            plog_open_stats_t st;
            plog_t *log;

            /* PartitionLeaderEpoch (bytes 12-15) is under no check. */
            test_copy_dir(f->pristine, f->work);
            n = test_read_file(f->work, SEG0, data, sizeof data);
            assert_int_equal(n, f->pos[BATCHES]);
            data[f->pos[i] + at] ^= 0x10;
            test_write_file(f->work, SEG0, data, (size_t)n);

            assert_int_equal(plog__open(f->work, &f->cfg, 0, &log, &st), 0);
            assert_int_equal(plog__log_end_offset(log), f->base[i]);
            assert_int_equal(st.bytes_truncated, f->pos[BATCHES] - f->pos[i]);
            assert_batch_readable(log, f, i - 1);
            assert_append_works(log, f->base[i]);
            plog__close(log, 0);
        }
    }
}

/* Base offset of the last segment when segments roll at `segment_bytes`,
 * as plog__append() decides it. */
static int64_t last_segment_base(const fixture_t *f, int64_t segment_bytes)
{
    int64_t base = 0, size = 0;

    for (int i = 0; i < BATCHES; i++) {
        if (size > 0 && size + (int64_t)f->len[i] > segment_bytes) {
            base = f->base[i];
            size = 0;
        }
        size += (int64_t)f->len[i];
    }
    return base;
}

static void test_deleted_index_rebuilt(void **state)
{
    fixture_t *f = *state;
    uint8_t idx[2][8192], tidx[2][8192], again[8192];
    int64_t idx_len[2], tidx_len[2];
    char names[2][2][64];
    plog_open_stats_t st;
    plog_t *log;

    /* Several segments: the first is closed, the last active. */
    f->cfg.segment_bytes = 5000;
    build_log(f, -1);
    int64_t bases[2] = {0, last_segment_base(f, f->cfg.segment_bytes)};
    assert_true(bases[1] > 0);
    for (int s = 0; s < 2; s++) {
        snprintf(names[s][0], sizeof names[s][0], "%020lld.index",
                 (long long)bases[s]);
        snprintf(names[s][1], sizeof names[s][1], "%020lld.timeindex",
                 (long long)bases[s]);
        idx_len[s] = test_read_file(f->pristine, names[s][0], idx[s], 8192);
        tidx_len[s] = test_read_file(f->pristine, names[s][1], tidx[s], 8192);
        assert_true(idx_len[s] > 0);
        assert_true(tidx_len[s] > 0);
        test_unlink_file(f->pristine, names[s][0]);
        test_unlink_file(f->pristine, names[s][1]);
    }

    /* The active segment is rebuilt at open, the closed one at first read.
     */
    assert_int_equal(plog__open(f->pristine, &f->cfg, 0, &log, &st), 0);
    assert_int_equal(test_file_size(f->pristine, names[1][0]), idx_len[1]);
    assert_int_equal(test_file_size(f->pristine, names[0][0]), -1);
    for (int i = 0; i < BATCHES; i++)
        assert_batch_readable(log, f, i);
    assert_int_equal(test_file_size(f->pristine, names[0][0]), idx_len[0]);
    plog__close(log, 0);

    /* Rebuilt files equal the ones the appends wrote, final time entry of
     * the closed segment included. */
    for (int s = 0; s < 2; s++) {
        assert_int_equal(test_read_file(f->pristine, names[s][0], again,
                                        sizeof again), idx_len[s]);
        assert_memory_equal(again, idx[s], (size_t)idx_len[s]);
        assert_int_equal(test_read_file(f->pristine, names[s][1], again,
                                        sizeof again), tidx_len[s]);
        assert_memory_equal(again, tidx[s], (size_t)tidx_len[s]);
    }
}

/* A crash can leave an index file longer than what reached the disk, with
 * zeros at the end: entries past the checkpoint are not synced. */
static void test_zeroed_index_tail(void **state)
{
    fixture_t *f = *state;
    const char *name = "00000000000000000000.index";
    uint8_t idx[8192], damaged[8192 + 4096], again[8192];
    int64_t len;
    plog_t *log;

    build_log(f, 20);
    len = test_read_file(f->pristine, name, idx, sizeof idx);
    assert_true(len > 0);
    memcpy(damaged, idx, (size_t)len);
    memset(damaged + len, 0, 4096);
    test_write_file(f->pristine, name, damaged, (size_t)len + 4096);

    assert_int_equal(plog__open(f->pristine, &f->cfg, 0, &log, NULL), 0);
    assert_int_equal(plog__log_end_offset(log), f->base[BATCHES]);
    for (int i = 0; i < BATCHES; i++)
        assert_batch_readable(log, f, i);
    plog__close(log, 0);

    assert_int_equal(test_read_file(f->pristine, name, again, sizeof again),
                     len);
    assert_memory_equal(again, idx, (size_t)len);
}

/* Sets the position of .index entry 2 of the closed first segment to
 * `bad`, or to the position of entry 4 when `bad` is negative, and reads
 * every batch back. */
static void check_damaged_entry(fixture_t *f, int64_t bad)
{
    const char *name = "00000000000000000000.index";
    uint8_t idx[8192];
    int64_t len;
    plog_t *log;

    f->cfg.segment_bytes = 5000;
    build_log(f, -1);
    assert_true(last_segment_base(f, f->cfg.segment_bytes) > 0);
    len = test_read_file(f->pristine, name, idx, sizeof idx);
    assert_true(len >= 5 * 8);
    if (bad < 0)
        memcpy(idx + 2 * 8 + 4, idx + 4 * 8 + 4, 4);
    else
        test_put_be(idx + 2 * 8 + 4, (uint64_t)bad, 4);
    test_write_file(f->pristine, name, idx, (size_t)len);

    assert_int_equal(plog__open(f->pristine, &f->cfg, 0, &log, NULL), 0);
    for (int i = 0; i < BATCHES; i++)
        assert_batch_readable(log, f, i);
    plog__close(log, 0);
}

static void test_index_entry_past_log_end(void **state)
{
    check_damaged_entry(*state, 100000000);
}

static void test_index_entry_at_later_batch(void **state)
{
    check_damaged_entry(*state, -1);
}

/* A zeroed .timeindex of a closed segment is rebuilt, so lookups by time
 * return the offsets the undamaged log returned. */
static void test_zeroed_timeindex_rebuilt(void **state)
{
    fixture_t *f = *state;
    const char *name = "00000000000000000000.timeindex";
    int64_t want[BATCHES], got, ts;
    uint8_t zeros[8192] = {0};
    int64_t len;
    plog_t *log;

    f->cfg.segment_bytes = 5000;
    build_log(f, -1);
    assert_int_equal(plog__open(f->pristine, &f->cfg, 0, &log, NULL), 0);
    for (int i = 0; i < BATCHES; i++)
        assert_int_equal(plog__offset_for_time(log, 1000 + i, &want[i], &ts),
                         0);
    plog__close(log, 1);
    assert_int_equal(want[3], f->base[3]);

    len = test_file_size(f->pristine, name);
    assert_true(len > 0 && len <= (int64_t)sizeof zeros);
    test_write_file(f->pristine, name, zeros, (size_t)len);
    assert_int_equal(plog__open(f->pristine, &f->cfg, 1, &log, NULL), 0);
    for (int i = 0; i < BATCHES; i++) {
        assert_int_equal(plog__offset_for_time(log, 1000 + i, &got, &ts), 0);
        assert_int_equal(got, want[i]);
    }
    plog__close(log, 1);
}

static void test_missing_checkpoint(void **state)
{
    fixture_t *f = *state;
    plog_open_stats_t st;
    plog_t *log;

    build_log(f, 10);
    test_unlink_file(f->pristine, "recovery-checkpoint");
    assert_int_equal(plog__open(f->pristine, &f->cfg, 0, &log, &st), 0);
    assert_int_equal(st.bytes_scanned, f->pos[BATCHES]);
    assert_int_equal(st.bytes_truncated, 0);
    assert_int_equal(plog__log_end_offset(log), f->base[BATCHES]);
    for (int i = 0; i < BATCHES; i++)
        assert_batch_readable(log, f, i);
    assert_append_works(log, f->base[BATCHES]);
    plog__close(log, 0);
}

static void test_crash_during_roll(void **state)
{
    fixture_t *f = *state;
    char name[64];
    plog_t *log;

    /* A roll that created the next .log but none of its index files, a
     * zero-length snapshot and a leftover temporary file. */
    build_log(f, 20);
    snprintf(name, sizeof name, "%020lld.log", (long long)f->base[BATCHES]);
    test_write_file(f->pristine, name, (const uint8_t *)"", 0);
    snprintf(name, sizeof name, "%020lld.snapshot",
             (long long)f->base[BATCHES]);
    test_write_file(f->pristine, name, (const uint8_t *)"", 0);
    test_write_file(f->pristine, "recovery-checkpoint.tmp",
                    (const uint8_t *)"", 0);

    assert_int_equal(plog__open(f->pristine, &f->cfg, 0, &log, NULL), 0);
    assert_int_equal(plog__log_end_offset(log), f->base[BATCHES]);
    assert_int_equal(test_file_size(f->pristine, "recovery-checkpoint.tmp"),
                     -1);
    for (int i = 0; i < BATCHES; i++)
        assert_batch_readable(log, f, i);
    assert_append_works(log, f->base[BATCHES]);
    plog__close(log, 0);
    snprintf(name, sizeof name, "%020lld.log", (long long)f->base[BATCHES]);
    assert_true(test_file_size(f->pristine, name) > 0);
}

static void test_empty_stray_segment(void **state)
{
    fixture_t *f = *state;
    plog_t *log;

    /* A zero-length .log whose base lies inside the first segment. */
    build_log(f, -1);
    test_write_file(f->pristine, "00000000000000000003.log",
                    (const uint8_t *)"", 0);
    test_write_file(f->pristine, "00000000000000000003.index",
                    (const uint8_t *)"", 0);
    assert_int_equal(plog__open(f->pristine, &f->cfg, 1, &log, NULL), 0);
    assert_int_equal(plog__log_end_offset(log), f->base[BATCHES]);
    for (int i = 0; i < BATCHES; i++)
        assert_batch_readable(log, f, i);
    plog__close(log, 0);
}

static void test_torn_tail_before_roll(void **state)
{
    fixture_t *f = *state;
    plog_open_stats_t st;
    plog_t *log;
    int64_t end0;

    /* The checkpoint lies in the first segment and the crash hit after a
     * roll: the first segment's torn tail is cut and the next segment,
     * which follows it, removed. */
    build_log(f, 5);
    assert_int_equal(plog__open(f->pristine, &f->cfg, 1, &log, NULL), 0);
    f->cfg.segment_bytes = 1; /* roll on the next append */
    plog__set_config(log, &f->cfg);
    assert_append_works(log, f->base[BATCHES]);
    end0 = plog__log_end_offset(log);
    plog__close(log, 0);
    f->cfg.segment_bytes = 1 << 30;

    test_truncate_file(f->pristine, SEG0, f->pos[BATCHES] - 1);
    assert_int_equal(plog__open(f->pristine, &f->cfg, 0, &log, &st), 0);
    assert_int_equal(plog__log_end_offset(log), f->base[BATCHES - 1]);
    assert_true(st.bytes_truncated > (int64_t)f->len[BATCHES - 1]);
    assert_true(end0 > f->base[BATCHES]);
    char name[64];
    snprintf(name, sizeof name, "%020lld.log", (long long)f->base[BATCHES]);
    assert_int_equal(test_file_size(f->pristine, name), -1);
    for (int i = 0; i < BATCHES - 1; i++)
        assert_batch_readable(log, f, i);
    assert_append_works(log, f->base[BATCHES - 1]);
    plog__close(log, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_cuts_without_checkpoint, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_cuts_with_checkpoint, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_scan_starts_at_checkpoint,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_flipped_tail_bytes, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_deleted_index_rebuilt, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_zeroed_index_tail, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_index_entry_past_log_end,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_index_entry_at_later_batch,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_zeroed_timeindex_rebuilt,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_missing_checkpoint, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_crash_during_roll, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_empty_stray_segment, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_torn_tail_before_roll, setup,
                                        teardown),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * Idempotent producers (KIP-98) in the partition log: duplicates of recent
 * batches, sequence gaps, fencing by epoch, and producer state across
 * clean and unclean reopens.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "producer.h"
#include "storage_testutil.h"

typedef log_fixture_t fixture_t;

#define BATCH_MAX 4096
#define PID 4242

static int setup(void **state)
{
    return test_fixture_setup(state, "idempotence");
}

static int teardown(void **state)
{
    return test_fixture_teardown(state);
}

/* Appends a batch of `records` records from producer `pid`. Returns the
 * result and the offset plog__append() reported in *offset. */
static int produce(plog_t *log, int64_t pid, int16_t epoch, int32_t seq,
                   int records, int64_t *offset)
{
    uint8_t b[BATCH_MAX];
    test_batch_opts_t o = {.producer_id = pid, .epoch = epoch,
                           .sequence = seq};
    size_t n = test_batch(b, records, 16, (uint8_t)seq, &o);

    *offset = -1;
    return plog__append(log, b, n, offset, NULL);
}

/* Writes 8 batches of 2 records, sequences 0, 2, ... 14, at offsets
 * `first`, `first` + 2, ... */
static void produce_eight(plog_t *log, int64_t first)
{
    int64_t off;

    for (int i = 0; i < 8; i++) {
        assert_int_equal(produce(log, PID, 0, 2 * i, 2, &off), 0);
        assert_int_equal(off, first + 2 * i);
    }
}

/* The checks every state test repeats: the last 5 batches are duplicates,
 * the 6th-last is out of sequence, a gap is rejected, the next sequence
 * is accepted at `end`. */
static void assert_state_after_eight(plog_t *log, int64_t first, int64_t end)
{
    int64_t off;

    for (int i = 3; i < 8; i++) {
        assert_int_equal(produce(log, PID, 0, 2 * i, 2, &off),
                         HERALD_EDUPLICATE);
        assert_int_equal(off, first + 2 * i);
    }
    assert_int_equal(produce(log, PID, 0, 4, 2, &off), HERALD_ESEQUENCE);
    assert_int_equal(produce(log, PID, 0, 17, 2, &off), HERALD_ESEQUENCE);
    assert_int_equal(plog__log_end_offset(log), end);
    assert_int_equal(produce(log, PID, 0, 16, 2, &off), 0);
    assert_int_equal(off, end);
}

static void test_duplicates_of_last_five(void **state)
{
    fixture_t *f = *state;

    produce_eight(f->log, 0);
    assert_state_after_eight(f->log, 0, 16);
}

static void test_duplicate_writes_nothing(void **state)
{
    fixture_t *f = *state;
    int64_t off, size;

    assert_int_equal(produce(f->log, PID, 0, 0, 3, &off), 0);
    size = plog__size_bytes(f->log);
    assert_int_equal(produce(f->log, PID, 0, 0, 3, &off), HERALD_EDUPLICATE);
    assert_int_equal(off, 0);
    assert_int_equal(plog__size_bytes(f->log), size);
    assert_int_equal(plog__log_end_offset(f->log), 3);
}

static void test_gap_and_unknown_producer(void **state)
{
    fixture_t *f = *state;
    int64_t off;

    assert_int_equal(produce(f->log, PID, 0, 5, 1, &off), HERALD_ENOENT);
    assert_int_equal(produce(f->log, PID, 0, 0, 1, &off), 0);
    assert_int_equal(produce(f->log, PID, 0, 2, 1, &off), HERALD_ESEQUENCE);
    assert_int_equal(produce(f->log, PID, 0, 1, 1, &off), 0);
    assert_int_equal(off, 1);
    assert_int_equal(plog__log_end_offset(f->log), 2);

    /* Another producer id has its own sequence. */
    assert_int_equal(produce(f->log, PID + 1, 0, 0, 1, &off), 0);
    assert_int_equal(off, 2);
}

static void test_epochs(void **state)
{
    fixture_t *f = *state;
    int64_t off;

    assert_int_equal(produce(f->log, PID, 3, 0, 2, &off), 0);
    assert_int_equal(produce(f->log, PID, 3, 2, 2, &off), 0);
    assert_int_equal(produce(f->log, PID, 2, 4, 2, &off), HERALD_EFENCED);
    assert_int_equal(produce(f->log, PID, 4, 4, 2, &off), HERALD_ESEQUENCE);
    assert_int_equal(produce(f->log, PID, 4, 0, 2, &off), 0);
    assert_int_equal(off, 4);
    assert_int_equal(produce(f->log, PID, 3, 4, 2, &off), HERALD_EFENCED);
    /* Duplicates are matched within the new epoch only: sequence 0 is the
     * batch at offset 4, not the one at 0, and sequence 2 is new. */
    assert_int_equal(produce(f->log, PID, 4, 0, 2, &off), HERALD_EDUPLICATE);
    assert_int_equal(off, 4);
    assert_int_equal(produce(f->log, PID, 4, 2, 2, &off), 0);
    assert_int_equal(off, 6);
}

static void test_one_request_many_batches(void **state)
{
    fixture_t *f = *state;
    uint8_t req[4 * BATCH_MAX];
    size_t len = 0;
    int64_t off;

    for (int i = 0; i < 3; i++) {
        test_batch_opts_t o = {.producer_id = PID, .sequence = 3 * i};

        len += test_batch(req + len, 3, 10, (uint8_t)i, &o);
    }
    assert_int_equal(plog__append(f->log, req, len, &off, NULL), 0);
    assert_int_equal(off, 0);
    assert_int_equal(produce(f->log, PID, 0, 6, 3, &off), HERALD_EDUPLICATE);
    assert_int_equal(off, 6);
    assert_int_equal(produce(f->log, PID, 0, 9, 1, &off), 0);
    assert_int_equal(off, 9);

    /* A gap inside a request rejects all of it. */
    len = 0;
    for (int i = 0; i < 2; i++) {
        test_batch_opts_t o = {.producer_id = PID, .sequence = 10 + 2 * i};

        len += test_batch(req + len, 1, 10, (uint8_t)i, &o);
    }
    assert_int_equal(plog__append(f->log, req, len, &off, NULL),
                     HERALD_ESEQUENCE);
    assert_int_equal(plog__log_end_offset(f->log), 10);
}

static void test_sequence_wraps(void **state)
{
    producer_entry_t cur = {.id = PID, .epoch = 0, .count = 1};
    producer_entry_t next;
    batch_header_t h = {.producer_id = PID, .producer_epoch = 0,
                        .last_offset_delta = 2, .record_count = 3};
    int64_t dup = -1;

    (void)state;
    cur.batches[0] = (producer_batch_t){.first_seq = INT32_MAX - 4,
                                        .last_seq = INT32_MAX - 2,
                                        .first_offset = 10,
                                        .last_offset = 12};
    /* INT32_MAX - 1, INT32_MAX, 0. */
    h.base_sequence = INT32_MAX - 1;
    assert_int_equal(producer__check(&cur, &h, 13, &next, &dup), 0);
    assert_int_equal(next.count, 2);
    assert_int_equal(next.batches[1].last_seq, 0);
    h.base_sequence = 1;
    assert_int_equal(producer__check(&next, &h, 16, &cur, &dup), 0);
    assert_int_equal(cur.batches[2].last_seq, 3);
    h.base_sequence = 0;
    assert_int_equal(producer__check(&cur, &h, 19, &next, &dup),
                     HERALD_ESEQUENCE);
}

static void test_state_survives_clean_reopen(void **state)
{
    fixture_t *f = *state;

    produce_eight(f->log, 0);
    plog__close(f->log, 1);
    assert_int_equal(plog__open(f->dir, &f->cfg, 1, &f->log, NULL), 0);
    assert_state_after_eight(f->log, 0, 16);
}

static void test_state_survives_unclean_reopen(void **state)
{
    fixture_t *f = *state;

    /* No snapshot at all: the batches are replayed from the log. */
    produce_eight(f->log, 0);
    plog__close(f->log, 0);
    assert_int_equal(plog__open(f->dir, &f->cfg, 0, &f->log, NULL), 0);
    assert_state_after_eight(f->log, 0, 16);
}

static void test_state_from_snapshot_and_replay(void **state)
{
    fixture_t *f = *state;
    plog_sync_t *job;
    int64_t off;
    char name[64];

    /* Batches in older segments, a snapshot taken by a sync job, then more
     * batches after it, then a crash. */
    f->cfg.segment_bytes = 300;
    plog__set_config(f->log, &f->cfg);
    for (int i = 0; i < 4; i++)
        assert_int_equal(produce(f->log, PID, 0, 2 * i, 2, &off), 0);
    job = plog__sync_prepare(f->log);
    assert_non_null(job);
    assert_int_equal(plog__sync_run(job), 0);
    assert_int_equal(plog__sync_finish(f->log, job), 0);
    snprintf(name, sizeof name, "%020d.snapshot", 8);
    assert_true(test_file_size(f->dir, name) > 0);
    for (int i = 4; i < 8; i++)
        assert_int_equal(produce(f->log, PID, 0, 2 * i, 2, &off), 0);
    assert_int_equal(produce(f->log, PID + 1, 0, 0, 1, &off), 0);
    plog__close(f->log, 0);

    assert_int_equal(plog__open(f->dir, &f->cfg, 0, &f->log, NULL), 0);
    assert_int_equal(produce(f->log, PID + 1, 0, 0, 1, &off),
                     HERALD_EDUPLICATE);
    assert_int_equal(off, 16);
    assert_state_after_eight(f->log, 0, 17);
}

static void test_stale_snapshot_ignored(void **state)
{
    fixture_t *f = *state;
    int64_t off;

    /* A snapshot past the log end (the log was cut after it) is deleted,
     * not trusted. */
    produce_eight(f->log, 0);
    plog__close(f->log, 1);
    test_truncate_file(f->dir, "00000000000000000000.log", 10);
    assert_int_equal(plog__open(f->dir, &f->cfg, 0, &f->log, NULL), 0);
    assert_int_equal(plog__log_end_offset(f->log), 0);
    assert_int_equal(test_file_size(f->dir, "00000000000000000016.snapshot"),
                     -1);
    assert_int_equal(produce(f->log, PID, 0, 2, 2, &off), HERALD_ENOENT);
    assert_int_equal(produce(f->log, PID, 0, 0, 2, &off), 0);
    assert_int_equal(off, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_duplicates_of_last_five, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_duplicate_writes_nothing, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_gap_and_unknown_producer, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_epochs, setup, teardown),
        cmocka_unit_test_setup_teardown(test_one_request_many_batches, setup,
                                        teardown),
        cmocka_unit_test(test_sequence_wraps),
        cmocka_unit_test_setup_teardown(test_state_survives_clean_reopen,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_state_survives_unclean_reopen,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_state_from_snapshot_and_replay,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_stale_snapshot_ignored, setup,
                                        teardown),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}

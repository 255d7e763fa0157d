/*
 * Group commit: the durable offset moves only when a sync job finishes,
 * and a job running on a second thread while the loop thread appends,
 * rolls, deletes segments and reads keeps every segment it references.
 */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>

#include <cmocka.h>

#include "plog_internal.h"
#include "storage_testutil.h"

typedef log_fixture_t fixture_t;

#define BATCH_MAX 4096

static int setup(void **state)
{
    return test_fixture_setup(state, "sync");
}

static int teardown(void **state)
{
    return test_fixture_teardown(state);
}

static void append(plog_t *log, int records, uint8_t seed)
{
    uint8_t b[BATCH_MAX];
    size_t n = test_batch(b, records, 40, seed, NULL);
    int64_t base;

    assert_int_equal(plog__append(log, b, n, &base, NULL), 0);
}

static void read_checkpoint(const char *dir, plog_checkpoint_t *ck)
{
    uint8_t data[64];
    int64_t n = test_read_file(dir, CHECKPOINT_NAME, data, sizeof data);

    assert_int_equal(n, CHECKPOINT_BYTES);
    assert_int_equal(checkpoint__decode(data, (size_t)n, ck), 0);
}

static void test_durable_moves_on_finish(void **state)
{
    fixture_t *f = *state;
    plog_sync_t *job;
    plog_checkpoint_t ck;

    assert_int_equal(plog__durable_offset(f->log), 0);
    append(f->log, 5, 1);
    assert_int_equal(plog__durable_offset(f->log), 0);

    job = plog__sync_prepare(f->log);
    assert_non_null(job);
    assert_null(plog__sync_prepare(f->log)); /* one job at a time */
    append(f->log, 2, 2);                      /* not in this job */
    assert_int_equal(plog__sync_run(job), 0);
    assert_int_equal(plog__durable_offset(f->log), 0);
    assert_int_equal(plog__sync_finish(f->log, job), 0);
    assert_int_equal(plog__durable_offset(f->log), 5);
    read_checkpoint(f->dir, &ck);
    assert_int_equal(ck.segment_base, 0);
    assert_int_equal(ck.offset, 5);
    assert_true(test_file_size(f->dir, "00000000000000000005.snapshot") > 0);

    job = plog__sync_prepare(f->log);
    assert_non_null(job);
    assert_int_equal(plog__sync_run(job), 0);
    assert_int_equal(plog__sync_finish(f->log, job), 0);
    assert_int_equal(plog__durable_offset(f->log), 7);
    assert_null(plog__sync_prepare(f->log)); /* nothing left */
}

static void run_job(plog_t *log)
{
    plog_sync_t *job = plog__sync_prepare(log);

    assert_non_null(job);
    assert_int_equal(plog__sync_run(job), 0);
    assert_int_equal(plog__sync_finish(log, job), 0);
}

static void test_checkpoint_by_time_and_bytes(void **state)
{
    fixture_t *f = *state;
    static uint8_t big[1 << 20];
    plog_checkpoint_t ck;
    int64_t base;

    append(f->log, 1, 1);
    run_job(f->log);
    read_checkpoint(f->dir, &ck);
    assert_int_equal(ck.offset, 1);

    /* Within the checkpoint interval a small append is synced but not
     * checkpointed. */
    append(f->log, 1, 2);
    run_job(f->log);
    assert_int_equal(plog__durable_offset(f->log), 2);
    read_checkpoint(f->dir, &ck);
    assert_int_equal(ck.offset, 1);

    /* 64 MiB appended checkpoints at once. */
    for (int i = 0; i < 70; i++) {
        size_t n = test_batch(big, 1, 1000000, (uint8_t)i, NULL);

        assert_int_equal(plog__append(f->log, big, n, &base, NULL), 0);
    }
    run_job(f->log);
    read_checkpoint(f->dir, &ck);
    assert_int_equal(ck.offset, 72);
    assert_int_equal(ck.position, plog__size_bytes(f->log));
}

static void test_index_synced_with_checkpoint(void **state)
{
    fixture_t *f = *state;
    segment_t *seg = plog__active(f->log);
    int64_t synced;

    f->cfg.index_interval_bytes = 64;
    plog__set_config(f->log, &f->cfg);
    append(f->log, 1, 1);
    run_job(f->log); /* the first job writes a checkpoint */
    assert_int_equal(seg->synced_entries, seg->index.entries);

    /* Within the checkpoint interval a job syncs the log data only. */
    for (int i = 0; i < 4; i++)
        append(f->log, 1, (uint8_t)(i + 2));
    synced = seg->synced_entries;
    assert_true(seg->index.entries > synced);
    run_job(f->log);
    assert_int_equal(seg->synced_size, seg->size);
    assert_int_equal(seg->synced_entries, synced);
    /* Index entries alone are no reason for a job. */
    assert_null(plog__sync_prepare(f->log));

    /* The next checkpoint syncs the index files too. */
    append(f->log, 1, 9);
    f->log->checkpoint_ms -= CHECKPOINT_INTERVAL_MS;
    run_job(f->log);
    assert_int_equal(seg->synced_entries, seg->index.entries);
    assert_int_equal(seg->synced_time_entries, seg->index.time_entries);
}

static void test_rolled_segment_synced_next(void **state)
{
    fixture_t *f = *state;
    plog_sync_t *job;

    f->cfg.segment_bytes = 200;
    plog__set_config(f->log, &f->cfg);
    for (int i = 0; i < 6; i++)
        append(f->log, 1, (uint8_t)i);
    assert_true(test_file_size(f->dir, "00000000000000000005.log") > 0);

    /* One job covers every rolled segment: none is left unsynced. */
    job = plog__sync_prepare(f->log);
    assert_non_null(job);
    assert_int_equal(plog__sync_run(job), 0);
    assert_int_equal(plog__sync_finish(f->log, job), 0);
    assert_int_equal(plog__durable_offset(f->log), 6);
    assert_null(plog__sync_prepare(f->log));
    for (size_t i = 0; i < f->log->count; i++)
        assert_int_equal(f->log->segs[i]->synced_size,
                         f->log->segs[i]->size);
}

static void test_job_outlives_deleted_segment(void **state)
{
    fixture_t *f = *state;
    plog_sync_t *job;

    f->cfg.segment_bytes = 200;
    plog__set_config(f->log, &f->cfg);
    for (int i = 0; i < 6; i++)
        append(f->log, 1, (uint8_t)i);
    job = plog__sync_prepare(f->log);
    assert_non_null(job);

    /* Retention unlinks the oldest segments while the job holds them. */
    f->cfg.retention_bytes = 0;
    plog__set_config(f->log, &f->cfg);
    assert_true(plog__enforce_retention(f->log, 0) >= 4);
    assert_int_equal(test_file_size(f->dir, "00000000000000000000.log"), -1);
    assert_int_equal(plog__sync_run(job), 0);
    assert_int_equal(plog__sync_finish(f->log, job), 0);
    assert_int_equal(plog__durable_offset(f->log), 6);
}

/* The sync thread: runs each job handed over and hands it back. */
typedef struct sync_thread {
    pthread_mutex_t lock;
    pthread_cond_t cond;
    plog_sync_t *todo;
    plog_sync_t *done;
    int stop;
    int jobs;
} sync_thread_t;

static void *run_sync_thread(void *arg)
{
    sync_thread_t *t = arg;

    pthread_mutex_lock(&t->lock);
    for (;;) {
        plog_sync_t *job;

        while (t->todo == NULL && !t->stop)
            pthread_cond_wait(&t->cond, &t->lock);
        if (t->todo == NULL)
            break;
        job = t->todo;
        t->todo = NULL;
        pthread_mutex_unlock(&t->lock);
        assert_int_equal(plog__sync_run(job), 0);
        pthread_mutex_lock(&t->lock);
        t->done = job;
        t->jobs++;
    }
    pthread_mutex_unlock(&t->lock);
    return NULL;
}

/* Loop-thread side: finishes a returned job and hands over a new one. */
static void pump(sync_thread_t *t, plog_t *log, int *inflight)
{
    plog_sync_t *done;

    pthread_mutex_lock(&t->lock);
    done = t->done;
    t->done = NULL;
    pthread_mutex_unlock(&t->lock);
    if (done != NULL) {
        assert_int_equal(plog__sync_finish(log, done), 0);
        *inflight = 0;
    }
    if (!*inflight) {
        plog_sync_t *job = plog__sync_prepare(log);

        if (job != NULL) {
            pthread_mutex_lock(&t->lock);
            t->todo = job;
            pthread_cond_signal(&t->cond);
            pthread_mutex_unlock(&t->lock);
            *inflight = 1;
        }
    }
}

static void test_sync_thread_while_appending(void **state)
{
    fixture_t *f = *state;
    sync_thread_t t = {.lock = PTHREAD_MUTEX_INITIALIZER,
                       .cond = PTHREAD_COND_INITIALIZER};
    pthread_t th;
    plog_slice_t held[16];
    int nheld = 0, inflight = 0;
    int64_t deleted = 0;

    /* Small segments and retention, so rolls and deletions happen while
     * jobs hold segments. */
    f->cfg.segment_bytes = 1000;
    f->cfg.retention_bytes = 3000;
    f->cfg.retention_ms = -1;
    plog__set_config(f->log, &f->cfg);
    assert_int_equal(pthread_create(&th, NULL, run_sync_thread, &t), 0);

    for (int i = 0; i < 3000; i++) {
        append(f->log, 1 + i % 3, (uint8_t)i);
        if (i % 7 == 0) {
            int rc = plog__enforce_retention(f->log, 0);

            assert_true(rc >= 0);
            deleted += rc;
        }
        if (i % 50 == 0 && nheld < 16) {
            /* Hold a slice at the log start: retention deletes its
             * segment soon, and the bytes must stay readable. */
            plog_slice_t *s = &held[nheld++];

            assert_int_equal(plog__read(f->log, plog__log_start_offset(f->log),
                                        1 << 20, s), 0);
            assert_true(s->len > 0);
        }
        pump(&t, f->log, &inflight);
    }
    assert_true(deleted > 100);
    for (int i = 0; i < nheld; i++) {
        uint8_t buf[2048];

        assert_true(held[i].len <= (int32_t)sizeof buf);
        assert_int_equal(test_read_slice(&held[i], buf), 0);
        assert_int_equal(buf[16], 2); /* magic of the first batch */
        plog__slice_release(held[i].segment);
    }

    /* Drain: the last job leaves everything durable. */
    while (plog__durable_offset(f->log) != plog__log_end_offset(f->log) ||
           inflight) {
        pump(&t, f->log, &inflight);
        sched_yield();
    }
    pthread_mutex_lock(&t.lock);
    t.stop = 1;
    pthread_cond_signal(&t.cond);
    pthread_mutex_unlock(&t.lock);
    pthread_join(th, NULL);
    assert_true(t.jobs > 1);
    assert_null(plog__sync_prepare(f->log));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_durable_moves_on_finish, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_checkpoint_by_time_and_bytes,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_index_synced_with_checkpoint,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_rolled_segment_synced_next,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_job_outlives_deleted_segment,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_sync_thread_while_appending,
                                        setup, teardown),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * Worker lanes for the asynchronous transports. One mutex guards every
 * lane: jobs are whole event pipelines, long next to a lock hand-off, so a
 * lock per lane would buy little.
 */
#include "pool.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

struct job {
    pool_job_fn fn;
    void *arg;
    struct job *next;
};

struct lane {
    struct job *head;
    struct job *tail;
    pthread_cond_t ready;
    pthread_t thread;
    pool_t *pool;
};

struct pool {
    pthread_mutex_t lock;
    pthread_cond_t room;  /* signalled when pending drops */
    pthread_cond_t idle;  /* signalled when pending reaches 0 */
    struct lane *lanes;
    unsigned workers;
    unsigned started;
    size_t capacity;
    size_t pending; /* queued plus running */
    int stopping;
    int stopped;
};

static _Thread_local const pool_t *current_pool;

static void *worker_main(void *arg)
{
    struct lane *lane = arg;
    pool_t *pool = lane->pool;

    current_pool = pool;
    pthread_mutex_lock(&pool->lock);
    for (;;) {
        struct job *job = lane->head;

        if (job == NULL) {
            /* Exit only when no job runs anywhere: a running job may still
             * queue work on this lane. */
            if (pool->stopping && pool->pending == 0)
                break;
            pthread_cond_wait(&lane->ready, &pool->lock);
            continue;
        }
        lane->head = job->next;
        if (lane->head == NULL)
            lane->tail = NULL;
        pthread_mutex_unlock(&pool->lock);
        job->fn(job->arg);
        free(job);
        pthread_mutex_lock(&pool->lock);
        pool->pending--;
        pthread_cond_signal(&pool->room);
        if (pool->pending == 0) {
            pthread_cond_broadcast(&pool->idle);
            for (unsigned i = 0; pool->stopping && i < pool->started; i++)
                pthread_cond_signal(&pool->lanes[i].ready);
        }
    }
    pthread_mutex_unlock(&pool->lock);
    return NULL;
}

herald_err_t pool__new(pool_t **out, unsigned workers, size_t capacity)
{
    pool_t *pool;

    if (out == NULL || workers == 0 || capacity == 0)
        return HERALD_EINVAL;
    pool = calloc(1, sizeof(*pool));
    if (pool == NULL)
        return HERALD_ENOMEM;
    pool->lanes = calloc(workers, sizeof(*pool->lanes));
    if (pool->lanes == NULL) {
        free(pool);
        return HERALD_ENOMEM;
    }
    pthread_mutex_init(&pool->lock, NULL);
    pthread_cond_init(&pool->room, NULL);
    pthread_cond_init(&pool->idle, NULL);
    pool->workers = workers;
    pool->capacity = capacity;
    for (unsigned i = 0; i < workers; i++) {
        pool->lanes[i].pool = pool;
        pthread_cond_init(&pool->lanes[i].ready, NULL);
        if (pthread_create(&pool->lanes[i].thread, NULL, worker_main,
                           &pool->lanes[i]) != 0)
            break;
        pool->started++;
    }
    if (pool->started < workers) {
        pool__free(pool);
        return HERALD_ENOMEM;
    }
    *out = pool;
    return HERALD_OK;
}

herald_err_t pool__submit(pool_t *pool, uint64_t key, pool_job_fn fn,
                          void *arg, pool_wait_t wait)
{
    struct job *job = malloc(sizeof(*job));
    struct lane *lane;

    if (job == NULL)
        return HERALD_ENOMEM;
    job->fn = fn;
    job->arg = arg;
    job->next = NULL;
    pthread_mutex_lock(&pool->lock);
    while (!pool->stopping && wait == POOL_BLOCK &&
           pool->pending >= pool->capacity)
        pthread_cond_wait(&pool->room, &pool->lock);
    if ((pool->stopping && (wait != POOL_FORCE || pool->pending == 0)) ||
        (wait == POOL_EAGAIN && pool->pending >= pool->capacity)) {
        herald_err_t err = pool->stopping ? HERALD_ECLOSED : HERALD_EAGAIN;

        pthread_mutex_unlock(&pool->lock);
        free(job);
        return err;
    }
    lane = &pool->lanes[key % pool->workers];
    if (lane->tail)
        lane->tail->next = job;
    else
        lane->head = job;
    lane->tail = job;
    pool->pending++;
    pthread_cond_signal(&lane->ready);
    pthread_mutex_unlock(&pool->lock);
    return HERALD_OK;
}

herald_err_t pool__drain(pool_t *pool, int timeout_ms)
{
    struct timespec deadline;
    herald_err_t err = HERALD_OK;

    clock_gettime(CLOCK_REALTIME, &deadline);
    deadline.tv_sec += timeout_ms / 1000;
    deadline.tv_nsec += (long)(timeout_ms % 1000) * 1000000L;
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000L;
    }
    pthread_mutex_lock(&pool->lock);
    while (pool->pending > 0 && err == HERALD_OK) {
        if (timeout_ms < 0)
            pthread_cond_wait(&pool->idle, &pool->lock);
        else if (pthread_cond_timedwait(&pool->idle, &pool->lock,
                                        &deadline) == ETIMEDOUT)
            err = pool->pending > 0 ? HERALD_ETIMEDOUT : HERALD_OK;
    }
    pthread_mutex_unlock(&pool->lock);
    return err;
}

void pool__stop(pool_t *pool)
{
    pthread_mutex_lock(&pool->lock);
    if (pool->stopped) {
        pthread_mutex_unlock(&pool->lock);
        return;
    }
    /* Workers exit only once nothing is queued or running, so every
     * accepted job still runs, and so do the jobs they queue with
     * POOL_FORCE. Other submissions fail from here on. */
    pool->stopping = 1;
    pool->stopped = 1;
    for (unsigned i = 0; i < pool->started; i++)
        pthread_cond_signal(&pool->lanes[i].ready);
    pthread_cond_broadcast(&pool->room);
    pthread_mutex_unlock(&pool->lock);
    for (unsigned i = 0; i < pool->started; i++)
        pthread_join(pool->lanes[i].thread, NULL);
}

void pool__free(pool_t *pool)
{
    if (pool == NULL)
        return;
    pool__stop(pool);
    for (unsigned i = 0; i < pool->workers; i++)
        pthread_cond_destroy(&pool->lanes[i].ready);
    pthread_cond_destroy(&pool->room);
    pthread_cond_destroy(&pool->idle);
    pthread_mutex_destroy(&pool->lock);
    free(pool->lanes);
    free(pool);
}

int pool__in_worker(const pool_t *pool)
{
    return current_pool == pool;
}

size_t pool__pending(pool_t *pool)
{
    size_t n;

    pthread_mutex_lock(&pool->lock);
    n = pool->pending;
    pthread_mutex_unlock(&pool->lock);
    return n;
}

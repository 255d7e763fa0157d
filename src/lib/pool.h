/*
 * A fixed set of worker threads, each with its own FIFO lane, and a bound
 * on the jobs queued or running across all lanes. Jobs with the same lane
 * key run on the same worker in submission order, which keeps the
 * events of one partition key in order. Never installed.
 */
#ifndef HERALD_LIB_POOL_H
#define HERALD_LIB_POOL_H

#include <stddef.h>
#include <stdint.h>

#include "herald/error.h"

typedef struct pool pool_t;
typedef void (*pool_job_fn)(void *arg);

typedef enum pool_wait {
    POOL_BLOCK = 0,  /* wait for room */
    POOL_EAGAIN = 1, /* fail with HERALD_EAGAIN when full */
    POOL_FORCE = 2,  /* queue past the bound (jobs submitted by jobs) */
} pool_wait_t;

/* Starts `workers` threads with room for `capacity` pending jobs.
 * Returns HERALD_OK, HERALD_EINVAL or HERALD_ENOMEM. */
herald_err_t pool__new(pool_t **out, unsigned workers, size_t capacity);

/* Queues fn(arg) on lane key % workers. Returns HERALD_OK, HERALD_EAGAIN
 * (full, POOL_EAGAIN), HERALD_ECLOSED (stopping, except for POOL_FORCE
 * from a running job) or HERALD_ENOMEM; on error the job is not run. Any
 * thread. */
herald_err_t pool__submit(pool_t *pool, uint64_t key, pool_job_fn fn,
                          void *arg, pool_wait_t wait);

/* Waits until no job is queued or running, or timeout_ms passes (negative:
 * no limit). Returns HERALD_OK or HERALD_ETIMEDOUT. Not from a job. */
herald_err_t pool__drain(pool_t *pool, int timeout_ms);

/* Refuses new jobs, runs every queued one, and joins the threads. Not from
 * a job. Safe to call twice. */
void pool__stop(pool_t *pool);

/* Stops the pool if needed and frees it. NULL is ignored. */
void pool__free(pool_t *pool);

/* Returns 1 when called from one of this pool's jobs. */
int pool__in_worker(const pool_t *pool);

/* Returns the number of jobs queued or running. */
size_t pool__pending(pool_t *pool);

#endif

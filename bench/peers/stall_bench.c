/*
 * Scheduling stalls for bench/compare: one thread per CPU, each pinned to
 * its CPU, reads the monotonic clock in a loop for the given number of
 * seconds. Any interval between two readings longer than GAP_NS is time
 * the thread did not run: an interrupt, a kernel thread, another process,
 * or the hypervisor. Prints, as JSON, the time lost per second of one
 * thread, the count of stalls over 1 ms per second, and the longest.
 *
 * Run alone, it shows what the machine takes from a busy thread. Run beside
 * a writer, it shows what disk writes take from it. Latency measured on the
 * same CPUs includes these stalls.
 *
 * usage: stall_bench [SECONDS]
 */
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define GAP_NS 20000u /* shorter gaps are mostly timer ticks and clock reads */
#define LONG_GAP_NS 1000000u

typedef struct {
    int cpu;
    uint64_t run_ns;
    uint64_t lost_ns;
    uint64_t long_gaps;
    uint64_t max_gap_ns;
    int pinned;
} spinner_t;

static uint64_t now_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void *spin(void *arg)
{
    spinner_t *s = arg;
    cpu_set_t set;
    uint64_t start, last, end;

    CPU_ZERO(&set);
    CPU_SET(s->cpu, &set);
    s->pinned = pthread_setaffinity_np(pthread_self(), sizeof(set), &set) == 0;
    start = now_ns();
    end = start + s->run_ns;
    last = start;
    for (;;) {
        uint64_t t = now_ns();
        uint64_t gap = t - last;

        last = t;
        if (gap > GAP_NS) {
            s->lost_ns += gap;
            if (gap > LONG_GAP_NS)
                s->long_gaps++;
            if (gap > s->max_gap_ns)
                s->max_gap_ns = gap;
        }
        if (t >= end)
            break;
    }
    s->run_ns = last - start;
    return NULL;
}

int main(int argc, char **argv)
{
    double seconds = argc > 1 ? atof(argv[1]) : 5.0;
    cpu_set_t allowed;
    spinner_t *spinners;
    pthread_t *threads;
    int n = 0;
    double lost = 0, long_gaps = 0, max_gap = 0;

    if (seconds <= 0 || seconds > 3600) {
        fprintf(stderr, "stall_bench: invalid duration '%s', expected "
                "seconds from 0 to 3600\n", argv[1]);
        return 2;
    }
    if (sched_getaffinity(0, sizeof(allowed), &allowed) != 0) {
        perror("stall_bench: sched_getaffinity");
        return 1;
    }
    spinners = calloc(CPU_SETSIZE, sizeof(*spinners));
    threads = calloc(CPU_SETSIZE, sizeof(*threads));
    if (spinners == NULL || threads == NULL) {
        fprintf(stderr, "stall_bench: out of memory\n");
        return 1;
    }
    for (int cpu = 0; cpu < CPU_SETSIZE; cpu++) {
        if (!CPU_ISSET(cpu, &allowed))
            continue;
        spinners[n].cpu = cpu;
        spinners[n].run_ns = (uint64_t)(seconds * 1e9);
        if (pthread_create(&threads[n], NULL, spin, &spinners[n]) != 0) {
            fprintf(stderr, "stall_bench: failed to start a thread\n");
            return 1;
        }
        n++;
    }
    for (int i = 0; i < n; i++) {
        spinner_t *s = &spinners[i];
        double secs;

        pthread_join(threads[i], NULL);
        if (!s->pinned) {
            fprintf(stderr, "stall_bench: failed to pin a thread to CPU %d\n",
                    s->cpu);
            return 1;
        }
        secs = (double)s->run_ns / 1e9;
        lost += (double)s->lost_ns / 1e6 / secs;
        long_gaps += (double)s->long_gaps / secs;
        if ((double)s->max_gap_ns / 1e6 > max_gap)
            max_gap = (double)s->max_gap_ns / 1e6;
    }
    printf("{\"mode\":\"stalls\",\"threads\":%d,\"seconds\":%.1f,"
           "\"lost_ms_per_sec\":%.2f,\"stalls_over_1ms_per_sec\":%.2f,"
           "\"max_stall_ms\":%.3f}\n",
           n, seconds, lost / n, long_gaps / n, max_gap);
    free(spinners);
    free(threads);
    return 0;
}

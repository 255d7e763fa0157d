/*
 * Preallocating the blocks of the active segment ahead of its appends.
 *
 * On ext4, an append into blocks the file does not have yet only reserves
 * them (delayed allocation), and the blocks are allocated when the data is
 * written back. While an fdatasync writes back a large range, such an
 * append can wait for it. In a test program that appended 100 KB at
 * 85 MB/s and synced every second, a few appends per 5 s took 2 to 28 ms.
 * With the blocks allocated by fallocate first, none took over 1 ms
 * (Linux 6.18, ext4 without a journal on a virtio disk). The broker writes
 * every append on its loop thread, so such a wait stalls every connection.
 *
 * So before an append passes the allocated range, the log allocates blocks
 * past it with fallocate(FALLOC_FL_KEEP_SIZE). The file size does not
 * change, so readers, recovery and the clean-shutdown checks see only the
 * data. The blocks past the end are freed by a truncation to the file's
 * own size when the segment stops being the active one. The range
 * allocated ahead is as large as the segment's data, between
 * PREALLOC_MIN_BYTES and PREALLOC_MAX_BYTES. So a partition holds at most
 * 8 MiB in unused blocks, and a smaller one at most as much as its data or
 * 64 KiB. A kill -9 can leave such a range on the active segment until it
 * rolls.
 *
 * Preallocation only saves time: where the file system cannot do it, or
 * the disk is full, appends go on without it. An append that fails for
 * lack of space stops all preallocation for PREALLOC_PAUSE_US. It also
 * frees the blocks preallocated in every open log, so that unused blocks
 * of idle partitions keep neither busy ones nor the group log from writing.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "clock.h"
#include "herald/error.h"
#include "io.h"
#include "log.h"
#include "plog_internal.h"

#define PREALLOC_MIN_BYTES (64LL << 10)
#define PREALLOC_MAX_BYTES (8LL << 20)
#define PREALLOC_PAUSE_US (10LL * 1000 * 1000)

/* Cleared when a file system rejects fallocate. Loop thread only. */
static int prealloc_supported = 1;

/* No preallocation before this time (clock__mono_us). Loop thread only. */
static int64_t prealloc_paused_until;

void prealloc__pause(void)
{
    prealloc_paused_until = clock__mono_us() + PREALLOC_PAUSE_US;
}

void prealloc__extend(segment_t *seg, int64_t end, int64_t segment_bytes)
{
    int64_t ahead = end, to;

    if (!prealloc_supported || seg->fd < 0 || end <= seg->prealloc_end)
        return;
    if (prealloc_paused_until != 0) {
        if (clock__mono_us() < prealloc_paused_until)
            return;
        prealloc_paused_until = 0;
    }
    if (ahead < PREALLOC_MIN_BYTES)
        ahead = PREALLOC_MIN_BYTES;
    if (ahead > PREALLOC_MAX_BYTES)
        ahead = PREALLOC_MAX_BYTES;
    to = end + ahead;
    if (to > segment_bytes)
        to = segment_bytes > end ? segment_bytes : end;
    if (fallocate(seg->fd, FALLOC_FL_KEEP_SIZE, seg->size,
                  to - seg->size) == 0) {
        seg->prealloc_end = to;
        return;
    }
    if (errno == EOPNOTSUPP || errno == ENOSYS) {
        prealloc_supported = 0;
        LOG_INFO("storage", "preallocation not supported, appending without it",
                 "path=%s.log err=%s", seg->path, strerror(errno));
        return;
    }
    /* ENOSPC may leave part of the range allocated. Freeing it gives the
     * append that follows what space there is. */
    if (errno == ENOSPC || errno == EDQUOT)
        prealloc__pause();
    (void)prealloc__release(seg);
}

int prealloc__release(segment_t *seg)
{
    struct stat st;
    int64_t used;
    int preallocated = seg->prealloc_end > seg->size;

    seg->prealloc_end = 0;
    if (seg->fd < 0)
        return 0;
    if (fstat(seg->fd, &st) != 0)
        return io__err(errno);
    /* Blocks of a range preallocated before a kill -9 show as st_blocks
     * past the data. So can the extent tree blocks of a large file, which
     * makes the truncation below do nothing but update the file times. */
    used = (st.st_size + st.st_blksize - 1) / st.st_blksize * st.st_blksize;
    if (!preallocated && (int64_t)st.st_blocks * 512 <= used)
        return 0;
    /* A truncation to the same size frees the blocks past the end. */
    if (ftruncate(seg->fd, st.st_size) != 0)
        return io__err(errno);
    return 0;
}

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
 * the disk is full, appends go on without it.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "herald/error.h"
#include "io.h"
#include "log.h"
#include "plog_internal.h"

#define PREALLOC_MIN_BYTES (64LL << 10)
#define PREALLOC_MAX_BYTES (8LL << 20)

/* Cleared when a file system rejects fallocate. Loop thread only. */
static int prealloc_supported = 1;

void prealloc__extend(segment_t *seg, int64_t end, int64_t segment_bytes)
{
    int64_t ahead = end, to;

    if (!prealloc_supported || seg->fd < 0 || end <= seg->prealloc_end)
        return;
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
    (void)prealloc__release(seg);
}

int prealloc__release(segment_t *seg)
{
    struct stat st;
    int64_t used;

    seg->prealloc_end = 0;
    if (seg->fd < 0)
        return 0;
    if (fstat(seg->fd, &st) != 0)
        return io__err(errno);
    /* Blocks in use by the data, rounded up, plus a margin for the extent
     * tree blocks that ext4 also counts in st_blocks. */
    used = (st.st_size + st.st_blksize - 1) / st.st_blksize * st.st_blksize;
    if ((int64_t)st.st_blocks * 512 <= used + PREALLOC_MIN_BYTES)
        return 0;
    /* A truncation to the same size frees the blocks past the end. */
    if (ftruncate(seg->fd, st.st_size) != 0)
        return io__err(errno);
    return 0;
}

/*
 * Segment files: creating and opening them, the sparse offset and time
 * indexes, and the batch-header scans that reads, index rebuilds and
 * recovery share. When to roll, recover or delete is decided in plog.c,
 * recovery.c and retention.c.
 *
 * The indexes are read with pread(2) and a binary search, not mmap, so an
 * idle log costs no memory for them. The last .index entry is cached, which
 * serves the common fetch at the log tail without touching the file.
 */
#include "segment.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "clock.h"
#include "crc32c.h"
#include "herald/error.h"
#include "io.h"
#include "log.h"
#include "log_limit.h"

#define SCAN_SMALL_BYTES 4096
#define INDEX_BLOCK_ENTRIES 512 /* 4 KiB of .index entries */
#define SCAN_LARGE_BYTES 65536

static const seg_index_state_t empty_index = {
    .max_ts = -1, .max_ts_offset = -1, .last_time_ts = -1};

void scan__init(seg_scan_t *s, int fd, int64_t limit, uint8_t *buf,
                size_t cap)
{
    s->fd = fd;
    s->limit = limit;
    s->buf = buf;
    s->cap = cap;
    s->buf_pos = 0;
    s->buf_len = 0;
}

/* Points *p at `n` bytes at `pos`, reading from the file when the buffer
 * does not hold them. Returns 0, HERALD_ECORRUPT when the file ends first,
 * or HERALD_EIO. */
static int scan_bytes(seg_scan_t *s, int64_t pos, size_t n, const uint8_t **p)
{
    int64_t got, want;

    if (pos >= s->buf_pos &&
        pos + (int64_t)n <= s->buf_pos + (int64_t)s->buf_len) {
        *p = s->buf + (pos - s->buf_pos);
        return 0;
    }
    want = s->limit - pos;
    if (want > (int64_t)s->cap)
        want = (int64_t)s->cap;
    if (want < (int64_t)n)
        return HERALD_ECORRUPT;
    got = io__pread_full(s->fd, s->buf, (size_t)want, pos);
    if (got < 0)
        return HERALD_EIO;
    s->buf_pos = pos;
    s->buf_len = (size_t)got;
    if (got < (int64_t)n)
        return HERALD_ECORRUPT;
    *p = s->buf;
    return 0;
}

int scan__header(seg_scan_t *s, int64_t pos, batch_header_t *h)
{
    const uint8_t *p;
    int rc;

    if (pos >= s->limit)
        return 0;
    rc = scan_bytes(s, pos, BATCH_HEADER_BYTES, &p);
    if (rc != 0)
        return rc;
    batch__parse(p, h);
    if (batch__check_header(h, s->limit - pos) != 0)
        return HERALD_ECORRUPT;
    return 1;
}

int scan__check_crc(seg_scan_t *s, int64_t pos, const batch_header_t *h)
{
    int64_t cur = pos + BATCH_CRC_START, end = pos + batch__size(h);
    uint32_t crc = 0;

    while (cur < end) {
        size_t n = (size_t)(end - cur);
        const uint8_t *p;
        int rc;

        if (n > s->cap)
            n = s->cap;
        rc = scan_bytes(s, cur, n, &p);
        if (rc != 0)
            return rc;
        crc = crc32c__update(crc, p, n);
        cur += (int64_t)n;
    }
    return crc == h->crc ? 0 : HERALD_ECORRUPT;
}

segment_t *segment__new(const char *dir, int64_t base_offset)
{
    segment_t *seg = calloc(1, sizeof *seg);
    char path[PATH_MAX];

    if (seg == NULL)
        return NULL;
    if (io__offset_path(path, sizeof path, dir, base_offset, "") != 0 ||
        (seg->path = strdup(path)) == NULL) {
        free(seg);
        return NULL;
    }
    atomic_init(&seg->refs, 1);
    seg->base_offset = base_offset;
    seg->fd = seg->index_fd = seg->time_fd = -1;
    seg->end_offset = base_offset;
    seg->index = empty_index;
    return seg;
}

void segment__ref(segment_t *seg)
{
    atomic_fetch_add_explicit(&seg->refs, 1, memory_order_relaxed);
}

void segment__unref(segment_t *seg)
{
    if (seg == NULL ||
        atomic_fetch_sub_explicit(&seg->refs, 1, memory_order_acq_rel) != 1)
        return;
    if (seg->fd >= 0)
        close(seg->fd);
    if (seg->index_fd >= 0)
        close(seg->index_fd);
    if (seg->time_fd >= 0)
        close(seg->time_fd);
    free(seg->path);
    free(seg);
}

static int open_file(const segment_t *seg, const char *suffix, int flags)
{
    char path[PATH_MAX];

    if ((size_t)snprintf(path, sizeof path, "%s%s", seg->path, suffix) >=
        sizeof path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    return open(path, flags | O_CLOEXEC, 0644);
}

int segment__create(segment_t *seg)
{
    seg->fd = open_file(seg, ".log", O_RDWR | O_CREAT | O_EXCL);
    if (seg->fd < 0)
        return errno == EEXIST ? HERALD_EEXIST : io__err(errno);
    seg->index_fd = open_file(seg, ".index", O_RDWR | O_CREAT | O_TRUNC);
    seg->time_fd = open_file(seg, ".timeindex", O_RDWR | O_CREAT | O_TRUNC);
    if (seg->index_fd < 0 || seg->time_fd < 0)
        return io__err(errno);
    seg->index_ready = 1;
    seg->index = empty_index;
    seg->size = 0;
    seg->end_offset = seg->base_offset;
    seg->roll_base_ms = clock__wall_ms();
    seg->mtime_ms = seg->roll_base_ms;
    return 0;
}

int segment__open_log(segment_t *seg)
{
    if (seg->fd >= 0)
        return 0;
    seg->fd = open_file(seg, ".log", O_RDWR);
    return seg->fd < 0 ? io__err(errno) : 0;
}

static int read_index_entry(const segment_t *seg, int64_t i, uint32_t *rel,
                            uint32_t *pos)
{
    uint8_t b[INDEX_ENTRY_BYTES];

    if (io__pread_full(seg->index_fd, b, sizeof b, i * INDEX_ENTRY_BYTES) !=
        (int64_t)sizeof b)
        return HERALD_EIO;
    *rel = be__u32(b);
    *pos = be__u32(b + 4);
    return 0;
}

static int read_time_entry(const segment_t *seg, int64_t i, int64_t *ts,
                           uint32_t *rel)
{
    uint8_t b[TIME_ENTRY_BYTES];

    if (io__pread_full(seg->time_fd, b, sizeof b, i * TIME_ENTRY_BYTES) !=
        (int64_t)sizeof b)
        return HERALD_EIO;
    *ts = (int64_t)be__u64(b);
    *rel = be__u32(b + 8);
    return 0;
}

/* An .index entry passes a search when its field, the relative offset
 * (INDEX_BY_REL) or the position (INDEX_BY_POS), is at most the key. */
enum { INDEX_BY_REL, INDEX_BY_POS };

static int entry_passes(int by, int64_t i, uint32_t rel, uint32_t pos,
                        int64_t key)
{
    if (by == INDEX_BY_REL)
        return (int64_t)rel <= key;
    /* Positions grow from entry to entry, so a zero past the first entry
     * is an unwritten tail left by a crash, not an entry. */
    return (int64_t)pos <= key && (i == 0 || pos > 0);
}

/* Counts the leading .index entries that pass (see entry_passes). Probes
 * one entry per pread while the range spans more than INDEX_BLOCK_ENTRIES,
 * then reads the rest of the range at once: 9 reads instead of 17 on an
 * index of 131,072 entries. Sets *last_pos to the position of the last
 * passing entry, or 0 when none passes. */
static int index_search(const segment_t *seg, int by, int64_t key,
                        int64_t *count, uint32_t *last_pos)
{
    uint8_t block[INDEX_BLOCK_ENTRIES * INDEX_ENTRY_BYTES];
    int64_t lo = 0, hi = seg->index.entries, n;
    uint32_t rel, pos;

    *last_pos = 0;
    while (hi - lo > INDEX_BLOCK_ENTRIES) {
        int64_t mid = lo + (hi - lo) / 2;

        if (read_index_entry(seg, mid, &rel, &pos) != 0)
            return HERALD_EIO;
        if (entry_passes(by, mid, rel, pos, key)) {
            *last_pos = pos;
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    n = (hi - lo) * INDEX_ENTRY_BYTES;
    if (n > 0 && io__pread_full(seg->index_fd, block, (size_t)n,
                                lo * INDEX_ENTRY_BYTES) != n)
        return HERALD_EIO;
    *count = lo;
    for (int64_t i = lo; i < hi; i++) {
        const uint8_t *e = block + (i - lo) * INDEX_ENTRY_BYTES;

        rel = be__u32(e);
        pos = be__u32(e + 4);
        if (!entry_passes(by, i, rel, pos, key))
            break;
        *last_pos = pos;
        *count = i + 1;
    }
    return 0;
}

int segment__open_index(segment_t *seg, int create)
{
    int flags = O_RDWR | (create ? O_CREAT : 0);
    struct stat ist, tst;
    seg_index_state_t st = empty_index;

    if (seg->index_fd < 0)
        seg->index_fd = open_file(seg, ".index", flags);
    if (seg->time_fd < 0)
        seg->time_fd = open_file(seg, ".timeindex", flags);
    if (seg->index_fd < 0 || seg->time_fd < 0)
        return errno == ENOENT ? HERALD_ENOENT : HERALD_EIO;
    if (fstat(seg->index_fd, &ist) != 0 || fstat(seg->time_fd, &tst) != 0)
        return HERALD_EIO;

    st.entries = ist.st_size / INDEX_ENTRY_BYTES;
    st.time_entries = tst.st_size / TIME_ENTRY_BYTES;
    if (st.entries > 0 &&
        read_index_entry(seg, st.entries - 1, &st.last_rel, &st.last_pos))
        return HERALD_EIO;
    if (st.time_entries > 0) {
        uint32_t rel;

        if (read_time_entry(seg, st.time_entries - 1, &st.last_time_ts, &rel))
            return HERALD_EIO;
        st.max_ts = st.last_time_ts;
        st.max_ts_offset = seg->base_offset + rel;
    }
    seg->index = st;
    return 0;
}

int segment__index_count_upto(segment_t *seg, int64_t pos, int64_t *count)
{
    uint32_t last;

    return index_search(seg, INDEX_BY_POS, pos, count, &last);
}

/* Number of leading .timeindex entries whose relative offset is at most
 * `rel`. */
static int time_count_upto(segment_t *seg, uint32_t rel, int64_t *count)
{
    int64_t lo = 0, hi = seg->index.time_entries;

    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2, ts;
        uint32_t r;

        if (read_time_entry(seg, mid, &ts, &r) != 0)
            return HERALD_EIO;
        if (r <= rel)
            lo = mid + 1;
        else
            hi = mid;
    }
    *count = lo;
    return 0;
}

static int write_index_entry(segment_t *seg, uint32_t rel, uint32_t pos)
{
    uint8_t b[INDEX_ENTRY_BYTES];
    int rc;

    be__put_u32(b, rel);
    be__put_u32(b + 4, pos);
    rc = io__pwrite_all(seg->index_fd, b, sizeof b,
                        seg->index.entries * INDEX_ENTRY_BYTES);
    if (rc != 0)
        return rc;
    seg->index.entries++;
    seg->index.last_rel = rel;
    seg->index.last_pos = pos;
    return 0;
}

static int write_time_entry(segment_t *seg)
{
    seg_index_state_t *st = &seg->index;
    uint8_t b[TIME_ENTRY_BYTES];
    int rc;

    be__put_u64(b, (uint64_t)st->max_ts);
    be__put_u32(b + 8, (uint32_t)(st->max_ts_offset - seg->base_offset));
    rc = io__pwrite_all(seg->time_fd, b, sizeof b,
                        st->time_entries * TIME_ENTRY_BYTES);
    if (rc != 0)
        return rc;
    st->time_entries++;
    st->last_time_ts = st->max_ts;
    return 0;
}

/* As Kafka's LogSegment.append: an index entry goes in once more than
 * `interval` bytes were written since the last one, and a time entry with
 * it when the largest timestamp grew. So a .timeindex entry written with
 * .index entry j names a batch after the one of entry j - 1, which
 * segment__rebuild() relies on. */
int segment__track(segment_t *seg, const batch_header_t *h, int64_t pos,
                   int32_t interval)
{
    seg_index_state_t *st = &seg->index;
    int rc;

    if (h->max_timestamp > st->max_ts) {
        st->max_ts = h->max_timestamp;
        st->max_ts_offset = h->base_offset;
    }
    if (st->bytes_since > interval) {
        rc = write_index_entry(seg, (uint32_t)(h->base_offset -
                                               seg->base_offset),
                               (uint32_t)pos);
        if (rc == 0 && st->max_ts > st->last_time_ts)
            rc = write_time_entry(seg);
        if (rc != 0)
            return rc;
        st->bytes_since = 0;
    }
    st->bytes_since += batch__size(h);
    return 0;
}

int segment__restore_index(segment_t *seg, const seg_index_state_t *state)
{
    int rc = 0;

    if (ftruncate(seg->index_fd, state->entries * INDEX_ENTRY_BYTES) != 0 ||
        ftruncate(seg->time_fd, state->time_entries * TIME_ENTRY_BYTES) != 0)
        rc = HERALD_EIO;
    seg->index = *state;
    return rc;
}

int segment__finish_index(segment_t *seg)
{
    if (seg->index.max_ts > seg->index.last_time_ts)
        return write_time_entry(seg);
    return 0;
}

/* Picks where a rebuild starts: .index entry keep - 1 when the batch at its
 * position has the offset it names, else the segment start. Cuts the index
 * files after the kept entries. */
static int rebuild_anchor(segment_t *seg, int64_t keep, seg_scan_t *s,
                          int64_t *pos, int64_t *expected)
{
    seg_index_state_t st = empty_index;
    batch_header_t h;
    uint32_t rel = 0, p = 0;
    int64_t tcount = 0;

    if (keep > 0 && read_index_entry(seg, keep - 1, &rel, &p) == 0 &&
        scan__header(s, p, &h) == 1 &&
        h.base_offset == seg->base_offset + rel &&
        time_count_upto(seg, rel, &tcount) == 0) {
        st.entries = keep;
        st.last_rel = rel;
        st.last_pos = p;
        if (tcount > 0) {
            uint32_t trel;

            if (read_time_entry(seg, tcount - 1, &st.last_time_ts, &trel))
                return HERALD_EIO;
            st.time_entries = tcount;
            st.max_ts = st.last_time_ts;
            st.max_ts_offset = seg->base_offset + trel;
        }
    }
    *pos = st.entries > 0 ? p : 0;
    *expected = seg->base_offset + (st.entries > 0 ? rel : 0);
    return segment__restore_index(seg, &st);
}

int segment__rebuild(segment_t *seg, int64_t keep, int64_t verify_from,
                     int32_t interval, int64_t *scanned)
{
    struct stat sb;
    seg_scan_t s;
    batch_header_t h;
    int64_t pos = 0, start, expected = seg->base_offset;
    int anchored, rc;
    uint8_t *buf;

    if (fstat(seg->fd, &sb) != 0)
        return HERALD_EIO;
    buf = malloc(SCAN_LARGE_BYTES);
    if (buf == NULL)
        return HERALD_ENOMEM;
    scan__init(&s, seg->fd, sb.st_size, buf, SCAN_LARGE_BYTES);
    rc = rebuild_anchor(seg, keep, &s, &pos, &expected);
    anchored = seg->index.entries > 0;
    start = pos;

    while (rc == 0 && scan__header(&s, pos, &h) == 1 &&
           h.base_offset == expected) {
        if (pos >= verify_from && scan__check_crc(&s, pos, &h) != 0)
            break;
        if (anchored) {
            /* The anchor batch already has its entry, and the time entry
             * written with it covers its timestamp. */
            if (h.max_timestamp > seg->index.max_ts) {
                seg->index.max_ts = h.max_timestamp;
                seg->index.max_ts_offset = h.base_offset;
            }
            seg->index.bytes_since = batch__size(&h);
            anchored = 0;
        } else {
            rc = segment__track(seg, &h, pos, interval);
        }
        expected = batch__last_offset(&h) + 1;
        pos += batch__size(&h);
    }
    free(buf);
    if (scanned != NULL)
        *scanned = pos - start;
    seg->size = pos;
    seg->end_offset = expected;
    seg->index_ready = 1;
    return rc;
}

/* Tells whether the index files of a closed segment agree with the batch
 * header at the last .index position. That entry must name the batch's
 * offset. The last .timeindex entry, written when the segment closed, must
 * name an offset of the segment and a timestamp at least the batch's
 * largest. A zeroed, random or cut file fails these checks. */
static int index_matches_log(segment_t *seg)
{
    const seg_index_state_t *st = &seg->index;
    uint8_t buf[SCAN_SMALL_BYTES];
    int64_t pos = st->entries > 0 ? st->last_pos : 0;
    seg_scan_t s;
    batch_header_t h;

    scan__init(&s, seg->fd, seg->size, buf, sizeof buf);
    if (scan__header(&s, pos, &h) != 1)
        return 0;
    if (st->entries > 0 &&
        h.base_offset != seg->base_offset + (int64_t)st->last_rel)
        return 0;
    return st->max_ts_offset >= seg->base_offset &&
           st->max_ts_offset < seg->end_offset &&
           st->max_ts >= h.max_timestamp;
}

int segment__load_index(segment_t *seg, int32_t interval, int *rebuilt)
{
    int rc;

    if (seg->index_ready)
        return 0;
    rc = segment__open_log(seg);
    if (rc != 0)
        return rc;
    rc = segment__open_index(seg, 0);
    /* Every closed segment with a timestamp ends with a .timeindex entry,
     * so an empty one next to a non-empty .log was lost as well. */
    if (rc == 0 && seg->index.time_entries == 0 && seg->size > 0)
        rc = HERALD_ENOENT;
    if (rc == 0 && seg->size > 0 && !index_matches_log(seg)) {
        LOG_WARN("storage", "index files do not match the log, rebuilding",
                 "segment=%s", seg->path);
        rc = HERALD_ENOENT;
    }
    if (rc == HERALD_ENOENT) {
        int64_t end = seg->end_offset;

        rc = segment__open_index(seg, 1);
        if (rc == 0)
            rc = segment__rebuild(seg, 0, INT64_MAX, interval, NULL);
        if (rc == 0)
            rc = segment__finish_index(seg);
        /* A closed segment keeps the end offset the next segment's base
         * gives it, even when its tail turned out unreadable. */
        seg->end_offset = end;
        if (rebuilt != NULL)
            *rebuilt = 1;
    }
    if (rc == 0)
        seg->index_ready = 1;
    return rc;
}

/* Position to start scanning for `offset`: the last .index entry at or
 * before it. */
static int index_lookup(segment_t *seg, int64_t offset, int64_t *pos)
{
    uint32_t target = (uint32_t)(offset - seg->base_offset);
    uint32_t best;
    int64_t count;
    int rc;

    if (seg->index.entries > 0 && target >= seg->index.last_rel) {
        *pos = seg->index.last_pos;
        return 0;
    }
    rc = index_search(seg, INDEX_BY_REL, target, &count, &best);
    if (rc == 0)
        *pos = best;
    return rc;
}

/* Scans batch headers from `p` for the batch holding `offset`. Returns 1,
 * 0 past the last batch, HERALD_ECORRUPT for an invalid header or when the
 * batch at a position p > 0 starts after `offset`, or HERALD_EIO. */
static int scan_for(segment_t *seg, int64_t p, int64_t offset, int64_t *pos,
                    batch_header_t *h)
{
    uint8_t buf[SCAN_SMALL_BYTES];
    seg_scan_t s;
    int64_t start = p;
    int rc;

    scan__init(&s, seg->fd, seg->size, buf, sizeof buf);
    while ((rc = scan__header(&s, p, h)) == 1) {
        if (p == start && p > 0 && h->base_offset > offset)
            return HERALD_ECORRUPT;
        if (batch__last_offset(h) >= offset) {
            *pos = p;
            return 1;
        }
        p += batch__size(h);
    }
    *pos = seg->size;
    return rc;
}

/* A damaged .index entry (a bad disk, an edited file) can point past the
 * end of the log, into a batch, or at a later batch. Its position is then
 * checked against the batch found there, and on a mismatch the segment is
 * scanned from its start, so that a fetch does not skip records. */
int segment__find(segment_t *seg, int64_t offset, int64_t *pos,
                  batch_header_t *h)
{
    static log_limit_t limit = {.interval_us = 10000000};
    int64_t p;
    long skipped;
    int rc = index_lookup(seg, offset, &p);

    if (rc != 0)
        return rc;
    rc = p > 0 && p >= seg->size ? HERALD_ECORRUPT
                                 : scan_for(seg, p, offset, pos, h);
    if (rc == HERALD_ECORRUPT && p > 0) {
        /* NOTE: the .index stays as it is, so every lookup that meets the
         * bad entry scans from the start of the segment. */
        if (log_limit__allow(&limit, clock__mono_us(), &skipped))
            LOG_WARN("storage", "index entry does not match the log, "
                     "scanning the segment", "segment=%s offset=%lld "
                     "position=%lld similar_lines_skipped=%ld", seg->path,
                     (long long)offset, (long long)p, skipped);
        rc = scan_for(seg, 0, offset, pos, h);
    }
    if (rc < 0)
        *pos = seg->size;
    return rc == HERALD_ECORRUPT ? HERALD_EIO : rc;
}

int segment__batches_end(segment_t *seg, int64_t pos, int64_t limit,
                         int64_t *end)
{
    uint8_t buf[SCAN_SMALL_BYTES];
    seg_scan_t s;
    batch_header_t h;
    int64_t e, count;
    int rc;

    if (limit >= seg->size) {
        *end = seg->size;
        return 0;
    }
    scan__init(&s, seg->fd, seg->size, buf, sizeof buf);
    if (scan__header(&s, pos, &h) != 1)
        return HERALD_EIO;
    e = pos + batch__size(&h);

    /* Every batch before the last index entry at or below the limit fits,
     * so the scan can start there. */
    rc = segment__index_count_upto(seg, limit, &count);
    if (rc != 0)
        return rc;
    if (count > 0) {
        uint32_t rel, p;

        if (read_index_entry(seg, count - 1, &rel, &p) != 0)
            return HERALD_EIO;
        if ((int64_t)p > e)
            e = p;
    }
    while (e < limit && (rc = scan__header(&s, e, &h)) == 1 &&
           e + batch__size(&h) <= limit)
        e += batch__size(&h);
    if (rc < 0)
        return HERALD_EIO;
    *end = e;
    return 0;
}

int segment__max_timestamp(segment_t *seg, int32_t interval, int64_t *ts)
{
    int rc = segment__load_index(seg, interval, NULL);

    if (rc == 0)
        *ts = seg->index.max_ts;
    return rc;
}

/* Offset to start scanning for timestamp `ts`: the batch named by the last
 * .timeindex entry below `ts`, as every batch up to it has a smaller
 * MaxTimestamp. */
static int time_lookup(segment_t *seg, int64_t ts, int64_t *offset)
{
    int64_t lo = 0, hi = seg->index.time_entries, t;
    uint32_t rel, best = 0;

    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;

        if (read_time_entry(seg, mid, &t, &rel) != 0)
            return HERALD_EIO;
        if (t < ts) {
            best = rel;
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    *offset = seg->base_offset + best;
    return 0;
}

int segment__find_time(segment_t *seg, int64_t ts, int64_t *offset,
                       int64_t *timestamp)
{
    uint8_t buf[SCAN_SMALL_BYTES];
    seg_scan_t s;
    batch_header_t h;
    int64_t start, pos;
    int rc;

    if (seg->index.max_ts < ts)
        return 0;
    rc = time_lookup(seg, ts, &start);
    if (rc == 0)
        rc = segment__find(seg, start, &pos, &h);
    if (rc <= 0)
        return rc;
    scan__init(&s, seg->fd, seg->size, buf, sizeof buf);
    while ((rc = scan__header(&s, pos, &h)) == 1) {
        if (h.max_timestamp >= ts) {
            *offset = h.base_offset;
            *timestamp = h.max_timestamp;
            return 1;
        }
        pos += batch__size(&h);
    }
    return rc == 0 ? 0 : HERALD_EIO;
}

void segment__unlink(segment_t *seg)
{
    static const char *const suffixes[] = {".log", ".index", ".timeindex"};
    char path[PATH_MAX];

    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        if ((size_t)snprintf(path, sizeof path, "%s%s", seg->path,
                             suffixes[i]) < sizeof path)
            unlink(path);
    }
}

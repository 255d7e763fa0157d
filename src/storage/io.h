/*
 * File I/O helpers shared by the storage module: whole writes and reads that
 * retry on short counts, errno mapping, and atomic small-file replacement.
 */
#ifndef HERALD_STORAGE_IO_H
#define HERALD_STORAGE_IO_H

#include <stddef.h>
#include <stdint.h>

/* Maps errno to HERALD_ENOSPC (ENOSPC, EDQUOT), HERALD_ENOMEM,
 * HERALD_EMFILE (EMFILE, ENFILE) or HERALD_EIO. */
int io__err(int errnum);

/* Writes all `len` bytes at `pos`, through the test write hook when one is
 * set. Returns 0, HERALD_ENOSPC or HERALD_EIO. After an error, an unknown
 * prefix of the data may have been written. */
int io__pwrite_all(int fd, const void *buf, size_t len, int64_t pos);

/* Reads up to `len` bytes at `pos`, retrying short reads. Returns the byte
 * count read (less than `len` only at end of file) or HERALD_EIO. */
int64_t io__pread_full(int fd, void *buf, size_t len, int64_t pos);

/* Replaces `dir`/`name` with `data` atomically: writes `name`.tmp, fsyncs it
 * and renames it over `name`. With `sync_dir` also fsyncs the directory.
 * Returns 0, HERALD_ENOSPC or HERALD_EIO. */
int io__replace_file(const char *dir, const char *name, const void *data,
                     size_t len, int sync_dir);

/* Reads a whole small file into a malloc'ed buffer. Returns 0,
 * HERALD_ENOENT, HERALD_ETOOBIG (over `max_len`), HERALD_ENOMEM or
 * HERALD_EIO. */
int io__read_file(const char *path, size_t max_len, uint8_t **data,
                  size_t *len);

/* fsyncs the directory. Returns 0 or HERALD_EIO. */
int io__sync_dir(const char *dir);

/* Formats "<dir>/<20-digit offset><suffix>" into `out` of `size` bytes.
 * Returns 0, or HERALD_EINVAL when it does not fit. */
int io__offset_path(char *out, size_t size, const char *dir, int64_t offset,
                    const char *suffix);

/* Parses a name of exactly 20 digits followed by `suffix`. Returns the
 * offset, or -1 when the name does not match. */
int64_t io__parse_offset_name(const char *name, const char *suffix);

#endif

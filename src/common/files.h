/* File-system helpers shared by the broker's on-disk state. */
#ifndef HERALD_FILES_H
#define HERALD_FILES_H

#include <stddef.h>

/* Replaces `path` with `len` bytes of `data` so that a crash leaves either
 * the old or the new content: a temporary file (`path` with '~' appended) is
 * written and fsynced, then renamed over `path`, and the directory is
 * fsynced. Returns 0 or -errno. */
int files__write_atomic(const char *path, const void *data, size_t len);

/* fsyncs a directory, making entries created or removed in it durable.
 * Returns 0 or -errno. */
int files__sync_dir(const char *dir);

/* Creates a directory and its missing parents (mode 0755). Returns 0 or
 * -errno. */
int files__mkdirs(const char *path);

/* Removes a directory tree. Returns 0 or -errno (ENOENT counts as done). */
int files__remove_tree(const char *path);

/* Reads a whole file into a NUL-terminated malloc'd buffer. Returns 0 or
 * -errno; files over `max` bytes give -EFBIG. */
int files__read_all(const char *path, size_t max, char **out, size_t *len);

#endif

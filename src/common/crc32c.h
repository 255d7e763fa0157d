/*
 * CRC-32C (Castagnoli), the checksum of Kafka record batches (magic 2).
 *
 * Debian 12 ships no C library for CRC-32C, so it is computed here: with the
 * SSE4.2 crc32 instruction when the CPU has it, and with slicing-by-8 tables
 * otherwise.
 */
#ifndef HERALD_CRC32C_H
#define HERALD_CRC32C_H

#include <stddef.h>
#include <stdint.h>

/* Extends `crc` (0 to start) over `len` bytes of `data`. Thread-safe. */
uint32_t crc32c__update(uint32_t crc, const void *data, size_t len);

static inline uint32_t crc32c__compute(const void *data, size_t len)
{
    return crc32c__update(0, data, len);
}

#endif

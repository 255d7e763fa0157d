/*
 * Symbol visibility for libherald. The shared library is built with
 * -fvisibility=hidden, so only declarations marked HERALD_API are exported.
 */
#ifndef HERALD_EXPORT_H
#define HERALD_EXPORT_H

#if defined(__GNUC__) || defined(__clang__)
#define HERALD_API __attribute__((visibility("default")))
#else
#define HERALD_API
#endif

#endif

/*
 * herald error codes.
 *
 * Every herald function that can fail returns herald_err_t: HERALD_OK (0) on
 * success, a negative HERALD_E* value on failure. These are local failures;
 * Kafka wire error codes are a separate type inside the broker and never
 * appear here.
 */
#ifndef HERALD_ERROR_H
#define HERALD_ERROR_H

#include "herald/export.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum herald_err {
    HERALD_OK = 0,
    HERALD_EINVAL = -1,      /* invalid argument or value */
    HERALD_ENOMEM = -2,      /* out of memory */
    HERALD_EIO = -3,         /* read, write or sync failed */
    HERALD_ENOSPC = -4,      /* no space left on the device */
    HERALD_ENOENT = -5,      /* not found */
    HERALD_EEXIST = -6,      /* already exists */
    HERALD_ECORRUPT = -7,    /* stored or received data failed a check */
    HERALD_ETOOBIG = -8,     /* larger than the configured limit */
    HERALD_ERANGE = -9,      /* offset or index out of range */
    HERALD_EAGAIN = -10,     /* would block; try again later */
    HERALD_ETIMEDOUT = -11,  /* timed out */
    HERALD_ECLOSED = -12,    /* the object was stopped or closed */
    HERALD_EPROTO = -13,     /* malformed message */
    HERALD_EUNSUPPORTED = -14, /* not supported */
    HERALD_ETRANSPORT = -15, /* the transport failed to deliver */
    HERALD_ESEQUENCE = -16,  /* producer sequence out of order */
    HERALD_EDUPLICATE = -17, /* producer batch already written */
    HERALD_EFENCED = -18,    /* producer epoch is stale */
    HERALD_ELOOP = -19,      /* handlers emitted events nested too deep */
    HERALD_EMFILE = -20,     /* too many open files */
} herald_err_t;

/* Returns the constant's name, such as "HERALD_EINVAL". Thread-safe. */
HERALD_API const char *herald_err_name(int err);

/* Returns a short lower-case description, such as "invalid argument".
 * Thread-safe. */
HERALD_API const char *herald_strerror(int err);

#ifdef __cplusplus
}
#endif

#endif

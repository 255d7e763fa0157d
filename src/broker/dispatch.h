/*
 * Request dispatch: decodes the request header, picks the handler for the
 * API key and version, and answers what no handler serves the way Kafka
 * does.
 */
#ifndef HERALD_BROKER_DISPATCH_H
#define HERALD_BROKER_DISPATCH_H

#include <stddef.h>
#include <stdint.h>

#include "net.h"

typedef void (*handler_fn)(req_t *req);

typedef struct api_entry {
    int16_t api_key;
    int16_t min_version;
    int16_t max_version;
    handler_fn handle;
} api_entry_t;

/* Takes ownership of `frame` (the request after its size prefix). */
void dispatch__request(conn_t *c, uint8_t *frame, size_t len);

/* The APIs the broker serves, for ApiVersions. */
const api_entry_t *dispatch__apis(size_t *count);

/* Logs a request body that failed to decode and closes the connection, as
 * Kafka does with a request it cannot parse. */
void dispatch__malformed(req_t *req);

/* Creates the request object for a frame; defined in net.c. */
req_t *net__new_request(conn_t *c, uint8_t *frame, size_t len);

#endif

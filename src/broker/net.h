/*
 * Connections: accepting, framing, request order and response sending.
 *
 * A request is a 4-byte big-endian size and a body. The size is checked
 * against socket.request.max.bytes before any memory is taken for the body.
 * Requests on one connection may be handled concurrently (a Fetch may wait
 * for data, a Produce for a sync), but responses leave in the order the
 * requests came, as Kafka clients require.
 *
 * The net layer runs on the broker's event loop thread only.
 */
#ifndef HERALD_BROKER_NET_H
#define HERALD_BROKER_NET_H

#include <stddef.h>
#include <stdint.h>
#include <uv.h>

#include "buf.h"
#include "kmsg.h"
#include "wire.h"

typedef struct broker broker_t;
typedef struct conn conn_t;
typedef struct req req_t;

enum req_state {
    REQ_HANDLING = 0, /* the handler has not finished the response */
    REQ_DONE = 1,     /* the response is complete and may be sent */
};

struct req {
    req_t *next;     /* in the connection's FIFO */
    conn_t *conn;
    broker_t *broker;
    uint8_t *frame;  /* the request after its size prefix; owned */
    size_t frame_len;
    size_t frame_reserved; /* counted in broker's request_bytes */
    kmsg_request_header_t header;
    wire_reader_t body;
    wire_arena_t arena;
    wire_writer_t out;
    size_t size_pos;
    enum req_state state;
    int no_response; /* Produce with acks=0 */
    int64_t start_us;

    /* Set by a handler that completes later, and called if the connection
     * closes first. It unlinks the request from whatever waits on it and
     * must not touch the connection. The net layer then frees the request. */
    void (*cancel)(req_t *req);
    void *pending;   /* the handler's state while it waits */
};

struct conn {
    conn_t *prev, *next; /* broker's connection list */
    broker_t *broker;
    uint64_t id;
    int fd;
    uv_poll_t poll;
    int poll_events;
    char peer[64];
    char client_id[64];

    buf_t in;            /* bytes read but not yet in a frame */
    uint8_t *frame;      /* the frame being read */
    size_t frame_len;
    size_t frame_have;
    size_t frame_cap;    /* allocated, at most frame_len */
    size_t frame_reserved; /* counted in broker's request_bytes */
    int waiting_memory;  /* on the broker's list of frames that do not fit */
    conn_t *next_memory;

    req_t *head, *tail;  /* requests in arrival order */
    int in_flight;
    size_t chunk_index;  /* progress through head->out while sending */
    size_t chunk_sent;

    int closing;
    int draining;        /* reads no more, closes once earlier ones are sent */
    int paused;
    int flush_queued;    /* on the list of connections to flush */
    conn_t *next_flush;
};

/* Starts listening on the configured address. Returns 0 or a negative errno
 * with a message logged. */
int net__listen(broker_t *b);

/* Stops accepting new connections. */
void net__stop_listening(broker_t *b);

/* Closes a connection, cancelling its waiting requests. `reason` is logged
 * at info level when not NULL. */
void net__close(conn_t *c, const char *reason);

/* Closes a connection after a request it cannot serve: it reads nothing
 * more, sends the responses to the requests before that one, and closes
 * once they are sent. A produce request pipelined ahead of a bad one is
 * then acknowledged, and the client does not send it again. */
void net__close_after_responses(conn_t *c);

/* Stops reading requests on every connection (shutdown); responses to
 * requests already read are still sent. */
void net__pause_all(broker_t *b);

/* Closes every connection (shutdown). */
void net__close_all(broker_t *b);

/* Lifts the arena cap once the request is decoded. The cap bounds what a
 * hostile request can make the decoder allocate; the response is sized by
 * the broker's own state (topics, partitions) and must not hit it. */
void req__decoded(req_t *req);

/* Starts the response: reserves the size field and writes the response
 * header of the right version. The handler then encodes the body into
 * req->out and calls req__finish. */
void req__begin_response(req_t *req);

/* Marks the response complete and sends what is ready on the connection,
 * or queues the connection for net__end_batch(). For a request whose
 * connection is gone, frees the request. */
void req__finish(req_t *req);

/* Between these calls, finished responses wait, and net__end_batch() sends
 * them with as few sendmsg calls as each connection's queue allows. Calls
 * nest, and the outermost end sends. */
void net__begin_batch(void);
void net__end_batch(void);

/* Finishes a response whose body encoder returned `encode_rc`: on 0 as
 * req__finish, otherwise as req__fail. */
void req__complete(req_t *req, int encode_rc);

/* Logs the failure to encode a response and closes the connection. */
void req__fail(req_t *req, const char *what);

#endif

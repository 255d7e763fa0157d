/*
 * The connection layer. Sockets are plain non-blocking file descriptors
 * watched with uv_poll_t rather than uv_tcp_t, because Fetch responses carry
 * ranges of log files that are sent with sendfile(2) straight from the page
 * cache, and libuv's stream writes only take memory buffers.
 *
 * Reading: bytes go into a per-connection buffer. Each frame is copied into
 * its own allocation, because a request may outlive the read buffer while it
 * waits for a sync or for data. A large frame is read into it directly, and
 * the allocation grows with the bytes received.
 *
 * Frames over READ_CHUNK count against queued.max.request.bytes from the
 * moment their size is read until their request is freed. A connection
 * whose next frame does not fit stops reading and waits in line, so many
 * large requests at once cannot take more memory than that. Smaller frames,
 * such as metadata, fetch and group requests, are not counted and keep
 * flowing.
 *
 * Writing: a connection sends the response of its oldest request once that
 * response is complete, chunk by chunk (writev for memory, sendfile for file
 * ranges), and stops reading while too many requests are in flight.
 */
#include "net.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include "broker.h"
#include "clock.h"
#include "dispatch.h"
#include "log.h"
#include "log_limit.h"

#define READ_CHUNK 65536
/* Produce requests are mostly under 1 MiB (message.max.bytes defaults to
 * 1 MB), so their buffers are taken in one allocation. */
#define EAGER_FRAME_BYTES (1024 * 1024)
#define MAX_IN_FLIGHT 128
#define MAX_IOV 64
#define MAX_READS_PER_WAKEUP 32
#define ACCEPT_PAUSE_MS 100
#define LOG_REPEAT_US 10000000

static void on_conn_event(uv_poll_t *handle, int status, int events);
static void on_memory_idle(uv_idle_t *handle);
static void process_input(conn_t *c);
static void flush(conn_t *c);
static void flush_soon(conn_t *c);

/* Connections with responses waiting for net__end_batch(). A closed
 * connection is freed in its close callback, which libuv runs only after
 * the current callback returns, so the list never points at freed memory. */
static int batch_depth;
static conn_t *flush_list;

static void update_poll(conn_t *c)
{
    int events = 0;

    if (c->closing)
        return;
    if (!c->paused && !c->waiting_memory && !c->draining)
        events |= UV_READABLE;
    if (c->head && c->head->state == REQ_DONE && !c->head->no_response)
        events |= UV_WRITABLE;
    if (events == c->poll_events)
        return;
    c->poll_events = events;
    if (events)
        uv_poll_start(&c->poll, events, on_conn_event);
    else
        uv_poll_stop(&c->poll);
}

/* Returns `bytes` of frames to the budget and, when connections wait for
 * it, retries them from the idle handle: the release may come from deep
 * inside another connection's callback. */
static void release_frame(broker_t *b, size_t bytes)
{
    if (bytes == 0)
        return;
    b->request_bytes -= (int64_t)bytes;
    /* After net__stop_listening the handle is closed, and no connection
     * reads any more. */
    if (b->memory_head != NULL && b->listening)
        uv_idle_start(&b->memory_idle, on_memory_idle);
}

static void req_free(req_t *req)
{
    release_frame(req->broker, req->frame_reserved);
    wire__writer_release(&req->out);
    wire__writer_free(&req->out);
    wire__arena_free(&req->arena);
    free(req->frame);
    free(req);
}

/* Takes the connection off the list of those waiting for memory. */
static void stop_waiting(conn_t *c)
{
    broker_t *b = c->broker;
    conn_t **p = &b->memory_head;

    if (!c->waiting_memory)
        return;
    while (*p != c)
        p = &(*p)->next_memory;
    *p = c->next_memory;
    if (b->memory_tail == c) {
        b->memory_tail = NULL;
        for (conn_t *t = b->memory_head; t; t = t->next_memory)
            b->memory_tail = t;
    }
    c->next_memory = NULL;
    c->waiting_memory = 0;
}

static void on_conn_closed(uv_handle_t *handle)
{
    conn_t *c = handle->data;

    release_frame(c->broker, c->frame_reserved);
    close(c->fd);
    buf__free(&c->in);
    free(c->frame);
    free(c);
}

void net__close(conn_t *c, const char *reason)
{
    broker_t *b = c->broker;
    req_t *req, *next;

    if (c->closing)
        return;
    c->closing = 1;
    stop_waiting(c);
    if (reason)
        LOG_INFO("net", "connection closed", "conn=%llu peer=%s reason=\"%s\"",
                 (unsigned long long)c->id, c->peer, reason);
    else
        LOG_DEBUG("net", "connection closed", "conn=%llu peer=%s",
                  (unsigned long long)c->id, c->peer);

    for (req = c->head; req; req = next) {
        next = req->next;
        req->next = NULL;
        if (req->state == REQ_HANDLING && req->cancel == NULL) {
            /* Its handler is running further up the stack; req__finish
             * frees it. */
            req->conn = NULL;
            continue;
        }
        if (req->state == REQ_HANDLING)
            req->cancel(req);
        req_free(req);
    }
    c->head = c->tail = NULL;

    if (c->prev)
        c->prev->next = c->next;
    else
        b->conns = c->next;
    if (c->next)
        c->next->prev = c->prev;
    b->conn_count--;

    uv_poll_stop(&c->poll);
    uv_close((uv_handle_t *)&c->poll, on_conn_closed);
}

void net__pause_all(broker_t *b)
{
    for (conn_t *c = b->conns; c; c = c->next) {
        c->paused = 1;
        update_poll(c);
    }
}

void net__close_all(broker_t *b)
{
    while (b->conns)
        net__close(b->conns, NULL);
}

/* Grows the frame buffer to hold `need` bytes, never past the frame size.
 * A frame of up to EAGER_FRAME_BYTES gets its whole buffer at once. Above
 * that, memory follows the bytes that arrived rather than the size a client
 * announced, so a client that sends only a large size takes no more than
 * EAGER_FRAME_BYTES. */
static int grow_frame(conn_t *c, size_t need)
{
    size_t cap = c->frame_cap ? c->frame_cap : READ_CHUNK;
    uint8_t *p;

    if (c->frame_len <= EAGER_FRAME_BYTES)
        need = c->frame_len;
    if (need > c->frame_len)
        need = c->frame_len;
    if (need <= c->frame_cap)
        return 0;
    while (cap < need)
        cap *= 2;
    if (cap > c->frame_len)
        cap = c->frame_len;
    p = realloc(c->frame, cap);
    if (p == NULL)
        return -1;
    c->frame = p;
    c->frame_cap = cap;
    return 0;
}

/* Tells whether a frame of `bytes` fits in queued.max.request.bytes now.
 * A frame larger than the whole limit fits when no other frame is
 * counted, so it waits but is never refused. */
static int frame_fits(const broker_t *b, size_t bytes)
{
    int64_t limit = b->cfg.queued_max_request_bytes;

    return limit < 0 || b->request_bytes == 0 ||
           b->request_bytes + (int64_t)bytes <= limit;
}

/* Counts a frame of `bytes` against the limit, or puts the connection in
 * line behind those already waiting and stops its reads. Returns 1 when
 * counted, 0 when the connection waits. */
static int reserve_frame(conn_t *c, size_t bytes)
{
    broker_t *b = c->broker;
    long skipped = 0;

    if (b->memory_head == NULL && frame_fits(b, bytes)) {
        b->request_bytes += (int64_t)bytes;
        c->frame_reserved = bytes;
        return 1;
    }
    if (log_limit__allow(&b->memory_limit, clock__mono_us(), &skipped))
        LOG_INFO("net", "request waits for memory", "conn=%llu peer=%s "
                 "size=%zu queued_bytes=%lld queued_max_request_bytes=%lld "
                 "similar_lines_skipped=%ld", (unsigned long long)c->id,
                 c->peer, bytes, (long long)b->request_bytes,
                 (long long)b->cfg.queued_max_request_bytes, skipped);
    c->waiting_memory = 1;
    c->next_memory = NULL;
    if (b->memory_tail)
        b->memory_tail->next_memory = c;
    else
        b->memory_head = c;
    b->memory_tail = c;
    return 0;
}

/* Lets waiting connections read their next frame, in arrival order, as
 * long as the frames fit. Each one's size prefix is still in its input
 * buffer. */
static void on_memory_idle(uv_idle_t *handle)
{
    broker_t *b = handle->data;

    uv_idle_stop(handle);
    while (b->memory_head != NULL) {
        conn_t *c = b->memory_head;
        uint32_t raw;
        size_t size;

        memcpy(&raw, c->in.data, 4);
        size = ntohl(raw);
        if (!frame_fits(b, size))
            break;
        stop_waiting(c);
        b->request_bytes += (int64_t)size;
        c->frame_reserved = size;
        process_input(c);
    }
}

static void start_frame(conn_t *c)
{
    /* At most 10 lines a second of each kind, as for the other requests
     * the broker cannot serve: a client could open connection after
     * connection. */
    static log_limit_t range_lines = {.interval_us = 1000000, .burst = 10};
    static log_limit_t short_lines = {.interval_us = 1000000, .burst = 10};
    broker_t *b = c->broker;
    uint32_t raw;
    int32_t size;
    size_t take;
    long skipped = 0;

    memcpy(&raw, c->in.data, 4);
    size = (int32_t)ntohl(raw);
    if (size < 0 || (int64_t)size > b->cfg.socket_request_max_bytes) {
        if (log_limit__allow(&range_lines, clock__mono_us(), &skipped))
            LOG_INFO("net", "request rejected", "conn=%llu peer=%s size=%d "
                     "max=%lld err=\"frame size out of range\" "
                     "similar_lines_skipped=%ld", (unsigned long long)c->id,
                     c->peer, size,
                     (long long)b->cfg.socket_request_max_bytes, skipped);
        net__close_after_responses(c);
        return;
    }
    /* api_key, api_version, correlation_id and the client id length. */
    if (size < 10) {
        if (log_limit__allow(&short_lines, clock__mono_us(), &skipped))
            LOG_INFO("net", "request rejected", "conn=%llu peer=%s size=%d "
                     "err=\"frame shorter than a request header\" "
                     "similar_lines_skipped=%ld", (unsigned long long)c->id,
                     c->peer, size, skipped);
        net__close_after_responses(c);
        return;
    }
    if (size > READ_CHUNK && c->frame_reserved == 0 &&
        !reserve_frame(c, (size_t)size))
        return;
    c->frame_len = (size_t)size;
    c->frame_have = 0;
    c->frame_cap = 0;
    take = c->in.len - 4;
    if (take > c->frame_len)
        take = c->frame_len;
    if (grow_frame(c, take > READ_CHUNK ? take : READ_CHUNK) != 0) {
        LOG_WARN("net", "out of memory for request",
                 "conn=%llu peer=%s size=%d", (unsigned long long)c->id,
                 c->peer, size);
        net__close(c, NULL);
        return;
    }
    memcpy(c->frame, c->in.data + 4, take);
    c->frame_have = take;
    buf__consume(&c->in, 4 + take);
}

static void process_input(conn_t *c)
{
    net__begin_batch();
    while (!c->closing && !c->paused && !c->waiting_memory && !c->draining) {
        if (c->frame == NULL) {
            if (c->in.len < 4)
                break;
            start_frame(c);
            if (c->closing || c->waiting_memory || c->draining)
                break;
        } else if (c->frame_have < c->frame_len && c->in.len > 0) {
            size_t take = c->frame_len - c->frame_have;
            if (take > c->in.len)
                take = c->in.len;
            if (grow_frame(c, c->frame_have + take) != 0) {
                net__close(c, "out of memory");
                break;
            }
            memcpy(c->frame + c->frame_have, c->in.data, take);
            c->frame_have += take;
            buf__consume(&c->in, take);
        }
        if (c->frame_have < c->frame_len)
            break;

        uint8_t *frame = c->frame;
        size_t len = c->frame_len;
        c->frame = NULL;
        c->frame_len = c->frame_have = c->frame_cap = 0;
        dispatch__request(c, frame, len);
        if (c->in_flight >= MAX_IN_FLIGHT)
            c->paused = 1;
    }
    net__end_batch();
    update_poll(c);
}

static void on_readable(conn_t *c)
{
    for (int i = 0; i < MAX_READS_PER_WAKEUP && !c->closing && !c->paused &&
                    !c->waiting_memory && !c->draining;
         i++) {
        ssize_t n;

        if (c->frame && c->frame_len - c->frame_have >= READ_CHUNK) {
            if (grow_frame(c, c->frame_have + READ_CHUNK) != 0) {
                net__close(c, "out of memory");
                return;
            }
            n = read(c->fd, c->frame + c->frame_have,
                     c->frame_cap - c->frame_have);
            if (n > 0)
                c->frame_have += (size_t)n;
        } else {
            if (buf__reserve(&c->in, READ_CHUNK) != 0) {
                net__close(c, "out of memory");
                return;
            }
            n = read(c->fd, c->in.data + c->in.len, READ_CHUNK);
            if (n > 0)
                c->in.len += (size_t)n;
        }
        if (n == 0) {
            net__close(c, NULL);
            return;
        }
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            if (errno == EINTR)
                continue;
            net__close(c, strerror(errno));
            return;
        }
        process_input(c);
        if ((size_t)n < READ_CHUNK && c->frame == NULL)
            break;
    }
}

/* Frees finished requests at the head that need no bytes sent. */
static void drop_silent(conn_t *c)
{
    while (c->head && c->head->state == REQ_DONE && c->head->no_response) {
        req_t *req = c->head;
        c->head = req->next;
        if (c->head == NULL)
            c->tail = NULL;
        c->in_flight--;
        req_free(req);
    }
}

static void pop_head(conn_t *c)
{
    req_t *req = c->head;

    c->head = req->next;
    if (c->head == NULL)
        c->tail = NULL;
    c->in_flight--;
    c->chunk_index = 0;
    c->chunk_sent = 0;
    req_free(req);
}

static int in_memory(const req_t *req)
{
    for (size_t i = 0; i < req->out.nchunks; i++)
        if (req->out.chunks[i].fd >= 0)
            return 0;
    return 1;
}

/* Fills `iov` with the head response's memory chunks up to its first file
 * chunk. When the head ends in memory, the done responses behind it that
 * lie wholly in memory follow, so that the responses to pipelined requests
 * leave in one sendmsg. Sets *more when bytes are left to send after
 * these. */
static int gather(const conn_t *c, struct iovec *iov, int *more)
{
    size_t skip = c->chunk_sent;
    int cnt = 0;

    *more = 0;
    for (const req_t *r = c->head; r != NULL; r = r->next) {
        const wire_writer_t *w = &r->out;
        size_t i = r == c->head ? c->chunk_index : 0;

        if (r->state != REQ_DONE)
            break;
        if (r != c->head && !in_memory(r)) {
            *more = 1;
            break;
        }
        for (; i < w->nchunks; i++) {
            if (w->chunks[i].fd >= 0 || cnt == MAX_IOV) {
                *more = 1;
                return cnt;
            }
            if (w->chunks[i].len > skip) {
                iov[cnt].iov_base = w->buf.data + w->chunks[i].offset + skip;
                iov[cnt].iov_len = w->chunks[i].len - skip;
                cnt++;
            }
            skip = 0;
        }
    }
    return cnt;
}

/* Moves the send position `n` bytes on, across chunk and response
 * boundaries, and frees the responses sent whole. */
static void advance(conn_t *c, size_t n)
{
    while (c->head != NULL && c->head->state == REQ_DONE) {
        const wire_writer_t *w = &c->head->out;

        while (c->chunk_index < w->nchunks) {
            size_t room = w->chunks[c->chunk_index].len - c->chunk_sent;

            if (n < room) {
                c->chunk_sent += n;
                return;
            }
            n -= room;
            c->chunk_index++;
            c->chunk_sent = 0;
        }
        pop_head(c);
        if (n == 0)
            return;
    }
}

/* Sends what is ready at the head of the queue: a file chunk with
 * sendfile, memory with sendmsg. Returns 1 after progress, 0 when nothing
 * is ready or the socket would block, -1 after closing the connection. */
static int send_ready(conn_t *c)
{
    const wire_chunk_t *ch;
    ssize_t n;

    drop_silent(c);
    if (c->head == NULL || c->head->state != REQ_DONE)
        return 0;
    if (c->chunk_index == c->head->out.nchunks) {
        pop_head(c); /* nothing left of it to send */
        return 1;
    }
    ch = &c->head->out.chunks[c->chunk_index];
    if (ch->fd >= 0) {
        off_t off = (off_t)(ch->offset + (int64_t)c->chunk_sent);

        n = sendfile(c->fd, ch->fd, &off, ch->len - c->chunk_sent);
        if (n == 0 && ch->len > c->chunk_sent) {
            /* The file is shorter than the range: the segment was cut
             * under us. The response cannot be completed. */
            net__close(c, "log segment shorter than the fetched range");
            return -1;
        }
    } else {
        struct iovec iov[MAX_IOV];
        struct msghdr mh = {.msg_iov = iov};
        int more;

        mh.msg_iovlen = (size_t)gather(c, iov, &more);
        /* MSG_MORE delays these bytes when more follows, most often the
         * records of a fetch response. Its header then goes out in the same
         * TCP segments as the records, not as a small packet of its own
         * that wakes the client before the records arrive. */
        n = sendmsg(c->fd, &mh, MSG_NOSIGNAL | (more ? MSG_MORE : 0));
    }
    if (n < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return 0;
        if (errno == EINTR)
            return 1;
        net__close(c, strerror(errno));
        return -1;
    }
    advance(c, (size_t)n);
    return 1;
}

static void flush(conn_t *c)
{
    while (!c->closing && send_ready(c) > 0) {
    }
    if (c->closing)
        return;
    if (c->draining) {
        drop_silent(c);
        if (c->head == NULL)
            net__close(c, NULL);
        else
            update_poll(c);
        return;
    }
    if (c->paused && !c->broker->stopping &&
        c->in_flight < MAX_IN_FLIGHT / 2) {
        c->paused = 0;
        update_poll(c);
        process_input(c);
        if (c->closing)
            return;
    }
    update_poll(c);
}

static void on_conn_event(uv_poll_t *handle, int status, int events)
{
    conn_t *c = handle->data;

    if (status < 0) {
        /* libuv 1.44 reports a socket error (POLLERR) as UV_EBADF, so the
         * cause, such as a reset by the peer, is read from SO_ERROR. */
        int err = 0;
        socklen_t len = sizeof(err);

        if (status == UV_EBADF &&
            getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &len) == 0 &&
            err != 0)
            net__close(c, strerror(err));
        else
            net__close(c, uv_strerror(status));
        return;
    }
    if (events & UV_WRITABLE) {
        flush(c);
        if (c->closing)
            return;
    }
    if (events & UV_READABLE)
        on_readable(c);
}

static void format_peer(const struct sockaddr_storage *ss, char *out,
                        size_t size)
{
    char host[INET6_ADDRSTRLEN];
    int port = 0;

    if (ss->ss_family == AF_INET) {
        const struct sockaddr_in *a = (const struct sockaddr_in *)ss;
        inet_ntop(AF_INET, &a->sin_addr, host, sizeof(host));
        port = ntohs(a->sin_port);
        snprintf(out, size, "%s:%d", host, port);
    } else if (ss->ss_family == AF_INET6) {
        const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)ss;
        inet_ntop(AF_INET6, &a->sin6_addr, host, sizeof(host));
        port = ntohs(a->sin6_port);
        snprintf(out, size, "[%s]:%d", host, port);
    } else {
        snprintf(out, size, "unknown");
    }
}

static void accept_one(broker_t *b, int fd, struct sockaddr_storage *ss)
{
    conn_t *c;
    int one = 1;

    if (b->conn_count >= b->cfg.max_connections) {
        /* A client that reconnects in a loop would fill the log. */
        static log_limit_t limit = {.interval_us = 10000000};
        char peer[sizeof(c->peer)];
        long skipped;

        if (log_limit__allow(&limit, clock__mono_us(), &skipped)) {
            format_peer(ss, peer, sizeof(peer));
            LOG_WARN("net", "connection rejected", "peer=%s "
                     "max_connections=%d similar_lines_skipped=%ld", peer,
                     b->cfg.max_connections, skipped);
        }
        close(fd);
        return;
    }
    c = calloc(1, sizeof(*c));
    if (c == NULL) {
        close(fd);
        return;
    }
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    c->broker = b;
    c->fd = fd;
    c->id = ++b->next_conn_id;
    format_peer(ss, c->peer, sizeof(c->peer));
    buf__init(&c->in);
    if (uv_poll_init(b->loop, &c->poll, fd) != 0) {
        close(fd);
        free(c);
        return;
    }
    c->poll.data = c;
    c->next = b->conns;
    if (b->conns)
        b->conns->prev = c;
    b->conns = c;
    b->conn_count++;
    update_poll(c);
    LOG_DEBUG("net", "connection accepted", "conn=%llu peer=%s",
              (unsigned long long)c->id, c->peer);
}

static void on_listen_event(uv_poll_t *handle, int status, int events);

static void on_accept_timer(uv_timer_t *t)
{
    broker_t *b = t->data;

    if (b->listening)
        uv_poll_start(&b->listen_poll, UV_READABLE, on_listen_event);
}

/* Out of descriptors, the waiting connection stays in the backlog and the
 * listener stays readable, so the loop would retry at once and forever.
 * Accepting stops for ACCEPT_PAUSE_MS instead, and the warning is written
 * at most every LOG_REPEAT_US with the count of lines skipped. */
static void pause_accepting(broker_t *b, int err)
{
    long skipped = 0;

    if (log_limit__allow(&b->accept_limit, clock__mono_us(), &skipped))
        LOG_WARN("net", "accept failed, pausing new connections",
                 "err=\"%s\" connections=%d pause_ms=%d "
                 "similar_lines_skipped=%ld", strerror(err), b->conn_count,
                 ACCEPT_PAUSE_MS, skipped);
    uv_poll_stop(&b->listen_poll);
    uv_timer_start(&b->accept_timer, on_accept_timer, ACCEPT_PAUSE_MS, 0);
}

static void on_listen_event(uv_poll_t *handle, int status, int events)
{
    broker_t *b = handle->data;

    if (status < 0) {
        LOG_ERROR("net", "listener failed", "err=\"%s\"", uv_strerror(status));
        return;
    }
    for (int i = 0; i < 64; i++) {
        struct sockaddr_storage ss;
        socklen_t len = sizeof(ss);
        int fd = accept4(b->listen_fd, (struct sockaddr *)&ss, &len,
                         SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                return;
            if (errno == EMFILE || errno == ENFILE) {
                pause_accepting(b, errno);
                return;
            }
            LOG_INFO("net", "accept failed", "err=\"%s\"", strerror(errno));
            return;
        }
        accept_one(b, fd, &ss);
    }
}

int net__listen(broker_t *b)
{
    struct addrinfo hints, *res = NULL, *ai;
    char port[16];
    int fd = -1;
    int rc;
    int err = 0;

    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    snprintf(port, sizeof(port), "%d", b->cfg.listen_port);
    rc = getaddrinfo(b->cfg.listen_host, port, &hints, &res);
    if (rc != 0) {
        LOG_ERROR("net", "cannot resolve listener address",
                  "host=%s err=\"%s\"", b->cfg.listen_host, gai_strerror(rc));
        return -EINVAL;
    }
    for (ai = res; ai; ai = ai->ai_next) {
        int one = 1;

        fd = socket(ai->ai_family,
                    ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            err = errno;
            continue;
        }
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
        if (bind(fd, ai->ai_addr, ai->ai_addrlen) == 0 &&
            listen(fd, 1024) == 0)
            break;
        err = errno;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    if (fd < 0) {
        LOG_ERROR("net", "cannot listen", "host=%s port=%d err=\"%s\"",
                  b->cfg.listen_host, b->cfg.listen_port, strerror(err));
        return -err;
    }
    if (b->cfg.listen_port == 0) {
        struct sockaddr_storage ss;
        socklen_t len = sizeof(ss);
        getsockname(fd, (struct sockaddr *)&ss, &len);
        if (ss.ss_family == AF_INET)
            b->cfg.listen_port =
                ntohs(((struct sockaddr_in *)&ss)->sin_port);
        else if (ss.ss_family == AF_INET6)
            b->cfg.listen_port =
                ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
    }
    b->listen_fd = fd;
    uv_poll_init(b->loop, &b->listen_poll, fd);
    b->listen_poll.data = b;
    uv_timer_init(b->loop, &b->accept_timer);
    b->accept_timer.data = b;
    b->accept_limit.interval_us = LOG_REPEAT_US;
    uv_idle_init(b->loop, &b->memory_idle);
    b->memory_idle.data = b;
    b->memory_limit.interval_us = LOG_REPEAT_US;
    uv_poll_start(&b->listen_poll, UV_READABLE, on_listen_event);
    b->listening = 1;
    return 0;
}

static void on_listener_closed(uv_handle_t *handle)
{
    broker_t *b = handle->data;
    close(b->listen_fd);
    b->listen_fd = -1;
}

void net__stop_listening(broker_t *b)
{
    if (!b->listening)
        return;
    b->listening = 0;
    uv_poll_stop(&b->listen_poll);
    uv_timer_stop(&b->accept_timer);
    uv_close((uv_handle_t *)&b->accept_timer, NULL);
    uv_idle_stop(&b->memory_idle);
    uv_close((uv_handle_t *)&b->memory_idle, NULL);
    uv_close((uv_handle_t *)&b->listen_poll, on_listener_closed);
}

/* --- requests ------------------------------------------------------------ */

req_t *net__new_request(conn_t *c, uint8_t *frame, size_t len)
{
    req_t *req = calloc(1, sizeof(*req));

    if (req == NULL)
        return NULL;
    req->conn = c;
    req->broker = c->broker;
    req->frame = frame;
    req->frame_len = len;
    req->frame_reserved = c->frame_reserved;
    c->frame_reserved = 0;
    wire__arena_init(&req->arena, len * 4 + 65536);
    wire__writer_init(&req->out);
    if (c->tail)
        c->tail->next = req;
    else
        c->head = req;
    c->tail = req;
    c->in_flight++;
    return req;
}

void req__decoded(req_t *req)
{
    req->arena.cap = SIZE_MAX;
}

void req__begin_response(req_t *req)
{
    int hv = kmsg_response_header_version(req->header.request_api_key,
                                          req->header.request_api_version);

    req->size_pos = wire__reserve_i32(&req->out);
    wire__write_i32(&req->out, req->header.correlation_id);
    if (hv >= 1)
        wire__write_uvarint(&req->out, 0); /* empty tagged fields */
}

void req__finish(req_t *req)
{
    conn_t *c = req->conn;

    if (c == NULL) {
        req_free(req);
        return;
    }
    req->cancel = NULL;
    req->pending = NULL;
    if (!req->no_response) {
        if (req->out.err) {
            req__fail(req, "response encoding failed");
            return;
        }
        wire__patch_i32(&req->out, req->size_pos,
                        (int32_t)(req->out.total - 4));
    }
    req->state = REQ_DONE;
    if (c->head != req)
        return;
    flush_soon(c);
}

/* Flushes `c` now, or when the current batch ends. */
static void flush_soon(conn_t *c)
{
    if (batch_depth == 0) {
        flush(c);
    } else if (!c->flush_queued) {
        c->flush_queued = 1;
        c->next_flush = flush_list;
        flush_list = c;
    }
}

void net__close_after_responses(conn_t *c)
{
    if (c->closing || c->draining)
        return;
    c->draining = 1;
    stop_waiting(c);
    update_poll(c);
    flush_soon(c);
}

void net__begin_batch(void)
{
    batch_depth++;
}

void net__end_batch(void)
{
    if (--batch_depth > 0)
        return;
    while (flush_list != NULL) {
        conn_t *c = flush_list;

        flush_list = c->next_flush;
        c->flush_queued = 0;
        if (!c->closing)
            flush(c);
    }
}

void req__complete(req_t *req, int encode_rc)
{
    if (encode_rc != 0)
        req__fail(req, "response encoder rejected a value");
    else
        req__finish(req);
}

void req__fail(req_t *req, const char *what)
{
    conn_t *c = req->conn;

    if (c == NULL) {
        req_free(req);
        return;
    }
    LOG_WARN("net", "cannot encode response", "conn=%llu api_key=%d "
             "api_version=%d err=\"%s\"", (unsigned long long)c->id,
             req->header.request_api_key, req->header.request_api_version,
             what);
    req->state = REQ_DONE;
    net__close(c, NULL);
}

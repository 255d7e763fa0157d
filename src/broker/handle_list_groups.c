/* ListGroups (API key 16), versions 0-2: every group that is not Dead. */
#include "broker.h"
#include "dispatch.h"
#include "group.h"
#include "handlers.h"
#include "kafka_error.h"

typedef struct listing {
    kmsg_list_groups_response_t *rsp;
    size_t cap;
} listing_t;

static void add_group(group_t *g, void *arg)
{
    listing_t *l = arg;
    kmsg_list_groups_response_listed_group_t *o;

    if ((size_t)l->rsp->groups_count >= l->cap)
        return;
    o = &l->rsp->groups[l->rsp->groups_count++];
    kmsg_list_groups_response_listed_group_init(o);
    handlers__set_str(&o->group_id, g->id);
    handlers__set_str(&o->protocol_type,
                      g->protocol_type ? g->protocol_type : "");
}

static void count_group(group_t *g, void *arg)
{
    (*(size_t *)arg)++;
}

void handle_list_groups(req_t *req)
{
    broker_t *b = req->broker;
    int16_t version = req->header.request_api_version;
    kmsg_list_groups_request_t msg;
    kmsg_list_groups_response_t rsp;
    listing_t l = {&rsp, 0};

    if (kmsg_list_groups_request_decode(&req->body, version, &req->arena,
                                        &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    kmsg_list_groups_response_init(&rsp);
    coord__foreach(b->coord, count_group, &l.cap);
    rsp.groups = wire__arena_alloc(&req->arena,
                                   sizeof(*rsp.groups) * (l.cap + 1));
    if (rsp.groups == NULL) {
        req__fail(req, "out of memory");
        return;
    }
    rsp.error_code = KERR_NONE;
    rsp.groups_count = 0;
    coord__foreach(b->coord, add_group, &l);
    req__begin_response(req);
    req__complete(req, kmsg_list_groups_response_encode(&req->out, version,
                                                        &rsp));
}

/* ListGroups (API key 16), versions 0-4: every group that is not Dead.
 * Version 4 adds each group's state and a filter by state names. */
#include <string.h>
#include <strings.h>

#include "broker.h"
#include "dispatch.h"
#include "group.h"
#include "handlers.h"
#include "kafka_error.h"

typedef struct listing {
    kmsg_list_groups_response_t *rsp;
    size_t cap;
    const kmsg_list_groups_request_t *msg;
    int16_t version;
} listing_t;

/* Version 4 filters by state name; an empty filter lists every group. */
static int state_wanted(const kmsg_list_groups_request_t *msg,
                        const char *state)
{
    size_t len = strlen(state);

    if (msg->states_filter_count <= 0)
        return 1;
    for (int32_t i = 0; i < msg->states_filter_count; i++) {
        const kmsg_str_t *f = &msg->states_filter[i];
        if (f->len >= 0 && (size_t)f->len == len &&
            strncasecmp(f->ptr, state, len) == 0)
            return 1;
    }
    return 0;
}

static void add_group(group_t *g, void *arg)
{
    listing_t *l = arg;
    kmsg_list_groups_response_listed_group_t *o;

    if ((size_t)l->rsp->groups_count >= l->cap ||
        !state_wanted(l->msg, group__state_name(g->state)))
        return;
    o = &l->rsp->groups[l->rsp->groups_count++];
    kmsg_list_groups_response_listed_group_init(o);
    handlers__set_str(&o->group_id, g->id);
    handlers__set_str(&o->protocol_type,
                      g->protocol_type ? g->protocol_type : "");
    if (l->version >= 4)
        handlers__set_str(&o->group_state, group__state_name(g->state));
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
    listing_t l = {&rsp, 0, &msg, version};

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

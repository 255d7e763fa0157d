/*
 * DescribeGroups (API key 15), versions 0-4. As in Kafka, an unknown group
 * is described as Dead with no error, and member metadata, assignments and
 * the protocol name are filled only for a Stable group.
 */
#include <string.h>

#include "broker.h"
#include "dispatch.h"
#include "group.h"
#include "handlers.h"
#include "kafka_error.h"
#include "utf8.h"

/* The operations a group supports, as the bit set of Kafka's AclOperation
 * codes READ (3), DELETE (6) and DESCRIBE (8). */
#define GROUP_AUTHORIZED_OPERATIONS ((1 << 3) | (1 << 6) | (1 << 8))

typedef kmsg_describe_groups_response_described_group_t described_t;
typedef kmsg_describe_groups_response_described_group_member_t member_t;

static const group_protocol_t *selected(const group_t *g,
                                        const group_member_t *m)
{
    for (int i = 0; g->protocol_name && i < m->protocol_count; i++) {
        if (strcmp(m->protocols[i].name, g->protocol_name) == 0)
            return &m->protocols[i];
    }
    return NULL;
}

static int describe(req_t *req, const kmsg_str_t *name, described_t *out)
{
    char *id = NULL;
    group_t *g = NULL;
    int stable, i = 0;

    kmsg_describe_groups_response_described_group_init(out);
    out->group_id = *name;
    handlers__set_str(&out->group_state, "Dead");
    handlers__set_str(&out->protocol_type, "");
    handlers__set_str(&out->protocol_data, "");
    if (name->len < 0 || !utf8__valid(name->ptr, (size_t)name->len)) {
        out->error_code = KERR_INVALID_GROUP_ID;
        return 0;
    }
    id = wire__arena_strndup(&req->arena, name->ptr, (size_t)name->len);
    if (id == NULL)
        return -1;
    g = coord__find(req->broker->coord, id);
    if (g == NULL)
        return 0;
    stable = g->state == GROUP_STABLE;
    handlers__set_str(&out->group_state, group__state_name(g->state));
    handlers__set_str(&out->protocol_type,
                      g->protocol_type ? g->protocol_type : "");
    if (stable && g->protocol_name)
        handlers__set_str(&out->protocol_data, g->protocol_name);
    out->members = wire__arena_alloc(&req->arena, sizeof(*out->members) *
                                                      ((size_t)g->member_count + 1));
    if (out->members == NULL)
        return -1;
    for (const group_member_t *m = g->members; m; m = m->next, i++) {
        member_t *o = &out->members[i];
        const group_protocol_t *p = stable ? selected(g, m) : NULL;

        kmsg_describe_groups_response_described_group_member_init(o);
        handlers__set_str(&o->member_id, m->member_id);
        if (req->header.request_api_version >= 4)
            handlers__set_str(&o->group_instance_id, m->instance_id);
        handlers__set_str(&o->client_id, m->client_id);
        handlers__set_str(&o->client_host, m->client_host);
        o->member_metadata.ptr = p ? p->metadata : (const uint8_t *)"";
        o->member_metadata.len = p ? p->metadata_len : 0;
        o->member_assignment.ptr = stable && m->assignment
                                       ? m->assignment
                                       : (const uint8_t *)"";
        o->member_assignment.len = stable ? m->assignment_len : 0;
    }
    out->members_count = i;
    return 0;
}

void handle_describe_groups(req_t *req)
{
    int16_t version = req->header.request_api_version;
    kmsg_describe_groups_request_t msg;
    kmsg_describe_groups_response_t rsp;
    int32_t n;

    if (kmsg_describe_groups_request_decode(&req->body, version, &req->arena,
                                            &msg) != 0) {
        dispatch__malformed(req);
        return;
    }
    req__decoded(req);
    n = msg.groups_count > 0 ? msg.groups_count : 0;
    kmsg_describe_groups_response_init(&rsp);
    rsp.groups = wire__arena_alloc(&req->arena,
                                   sizeof(*rsp.groups) * ((size_t)n + 1));
    if (rsp.groups == NULL) {
        dispatch__malformed(req);
        return;
    }
    rsp.groups_count = n;
    for (int32_t i = 0; i < n; i++) {
        if (describe(req, &msg.groups[i], &rsp.groups[i]) != 0) {
            req__fail(req, "out of memory");
            return;
        }
        if (version >= 3 && msg.include_authorized_operations)
            rsp.groups[i].authorized_operations = GROUP_AUTHORIZED_OPERATIONS;
    }
    req__begin_response(req);
    req__complete(req, kmsg_describe_groups_response_encode(&req->out, version,
                                                            &rsp));
}

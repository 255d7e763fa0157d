/*
 * `herald groups list|describe|delete`: consumer group administration
 * through librdkafka 2.0's admin API (ListGroups, DescribeGroups,
 * OffsetFetch and DeleteGroups requests). describe joins three responses
 * per partition: the member it is assigned to (DescribeGroups), the
 * committed offset (OffsetFetch) and the log end offset (ListOffsets,
 * through a watermark query). The lag is the difference of the last two.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "cli.h"
#include "output.h"

#define PROG "herald groups"

typedef struct {
    const char *brokers;
    int json;
} groups_opts_t;

static void usage(FILE *out)
{
    fprintf(out,
        "usage: herald groups list [--json]\n"
        "       herald groups describe GROUP [--json]\n"
        "       herald groups delete GROUP...\n"
        "\n"
        "Lists, describes and deletes consumer groups. describe shows the\n"
        "group's state, protocol and members, and for each partition that\n"
        "the group is assigned or has committed: the committed offset, the\n"
        "log end offset and the lag between them. Only a group without\n"
        "members can be deleted.\n"
        "\n"
        "  -b, --brokers HOST:PORT  bootstrap servers "
        "(default " ADMIN_DEFAULT_BROKERS ")\n"
        "      --json               print list and describe output as JSON\n"
        "  -h, --help               show this help\n"
        "\n"
        "Exit status: 0 on success, 1 when a request failed, 2 on a usage\n"
        "error.\n");
}

static int compare_listings(const void *a, const void *b)
{
    const rd_kafka_ConsumerGroupListing_t *const *x = a, *const *y = b;

    return strcmp(rd_kafka_ConsumerGroupListing_group_id(*x),
                  rd_kafka_ConsumerGroupListing_group_id(*y));
}

/* Prints the groups of a ListConsumerGroups result. Returns the exit
 * code. */
static int print_listings(const rd_kafka_ListConsumerGroups_result_t *res,
                          const groups_opts_t *opts)
{
    const char *headers[] = {"GROUP", "STATE"};
    const rd_kafka_ConsumerGroupListing_t **found, **sorted;
    output_table_t *table = NULL;
    json_t *doc = NULL;
    size_t count = 0;

    found = rd_kafka_ListConsumerGroups_result_valid(res, &count);
    sorted = calloc(count + 1, sizeof(*sorted));
    if (sorted == NULL)
        goto fail;
    if (count > 0)
        memcpy(sorted, found, count * sizeof(*sorted));
    qsort(sorted, count, sizeof(*sorted), compare_listings);
    if (opts->json)
        doc = json_array();
    else
        table = output__table_new(2, headers);
    if (doc == NULL && table == NULL)
        goto fail;

    for (size_t i = 0; i < count; i++) {
        const char *cells[] = {
            rd_kafka_ConsumerGroupListing_group_id(sorted[i]),
            rd_kafka_consumer_group_state_name(
                rd_kafka_ConsumerGroupListing_state(sorted[i]))};

        if (doc != NULL)
            json_array_append_new(doc, json_pack(
                "{s:s, s:s, s:b}", "group", cells[0], "state", cells[1],
                "simple", rd_kafka_ConsumerGroupListing_is_simple_consumer_group(
                              sorted[i])));
        else if (output__table_add(table, cells) != 0)
            goto fail;
    }
    free(sorted);
    if (doc != NULL)
        return output__json(doc) == 0 ? 0 : 1;
    output__table_print(table, stdout);
    output__table_free(table);
    return 0;

fail:
    output__error(PROG, "list groups failed: out of memory");
    free(sorted);
    json_decref(doc);
    output__table_free(table);
    return 1;
}

static int groups_list(admin_t *admin, const groups_opts_t *opts)
{
    rd_kafka_AdminOptions_t *options;
    const rd_kafka_ListConsumerGroups_result_t *res;
    const rd_kafka_error_t **errors;
    rd_kafka_event_t *ev;
    size_t error_count = 0;
    int rc;

    options = admin__options(admin, RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS);
    rd_kafka_ListConsumerGroups(admin->rk, options, admin->queue);
    rd_kafka_AdminOptions_destroy(options);
    ev = admin__wait(admin, "list groups");
    if (ev == NULL)
        return 1;

    res = rd_kafka_event_ListConsumerGroups_result(ev);
    errors = rd_kafka_ListConsumerGroups_result_errors(res, &error_count);
    /* On a single broker any error means the list is incomplete. */
    for (size_t i = 0; i < error_count; i++)
        admin__fail(PROG, "list groups", rd_kafka_error_code(errors[i]),
                    rd_kafka_error_string(errors[i]));
    rc = error_count > 0 ? 1 : print_listings(res, opts);
    rd_kafka_event_destroy(ev);
    return rc;
}

/* Writes "ACTION 'NAME'" into what, with the group id as
 * output__printable() shows it, for error lines. */
static void name_action(char *what, size_t size, const char *action,
                        const char *name)
{
    char *printable = output__printable(name);

    snprintf(what, size, "%s '%s'", action, printable ? printable : name);
    free(printable);
}

static int groups_delete(admin_t *admin, char **names, int name_count)
{
    rd_kafka_DeleteGroup_t **groups = calloc((size_t)name_count,
                                             sizeof(*groups));
    rd_kafka_AdminOptions_t *options;
    const rd_kafka_group_result_t **results;
    rd_kafka_event_t *ev;
    size_t count = 0;
    char what[300];
    int rc = 0;

    if (groups == NULL) {
        output__error(PROG, "delete groups failed: out of memory");
        return 1;
    }
    for (int i = 0; i < name_count; i++)
        groups[i] = rd_kafka_DeleteGroup_new(names[i]);
    options = admin__options(admin, RD_KAFKA_ADMIN_OP_DELETEGROUPS);
    rd_kafka_DeleteGroups(admin->rk, groups, (size_t)name_count, options,
                          admin->queue);
    rd_kafka_AdminOptions_destroy(options);
    rd_kafka_DeleteGroup_destroy_array(groups, (size_t)name_count);
    free(groups);

    if (name_count == 1)
        name_action(what, sizeof(what), "delete group", names[0]);
    else
        snprintf(what, sizeof(what), "delete %d groups", name_count);
    ev = admin__wait(admin, what);
    if (ev == NULL)
        return 1;
    results = rd_kafka_DeleteGroups_result_groups(
        rd_kafka_event_DeleteGroups_result(ev), &count);
    for (size_t i = 0; i < count; i++) {
        const rd_kafka_error_t *e = rd_kafka_group_result_error(results[i]);

        if (e == NULL)
            continue;
        name_action(what, sizeof(what), "delete group",
                    rd_kafka_group_result_name(results[i]));
        admin__fail(PROG, what, rd_kafka_error_code(e),
                    rd_kafka_error_string(e));
        rc = 1;
    }
    rd_kafka_event_destroy(ev);
    return rc;
}

/* Requests the description of one group. Returns the result event, which
 * owns *out, or NULL after an error line. A group the coordinator does not
 * know is reported as GROUP_ID_NOT_FOUND: brokers describe it as Dead
 * without an error code (DescribeGroups before version 6). */
static rd_kafka_event_t *describe_group(
    admin_t *admin, const char *name,
    const rd_kafka_ConsumerGroupDescription_t **out)
{
    rd_kafka_AdminOptions_t *options;
    const rd_kafka_ConsumerGroupDescription_t **groups;
    const rd_kafka_error_t *e;
    rd_kafka_event_t *ev;
    size_t count = 0;
    char what[300];

    name_action(what, sizeof(what), "describe group", name);
    options = admin__options(admin, RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS);
    rd_kafka_DescribeConsumerGroups(admin->rk, &name, 1, options,
                                    admin->queue);
    rd_kafka_AdminOptions_destroy(options);
    ev = admin__wait(admin, what);
    if (ev == NULL)
        return NULL;

    groups = rd_kafka_DescribeConsumerGroups_result_groups(
        rd_kafka_event_DescribeConsumerGroups_result(ev), &count);
    e = count == 1 ? rd_kafka_ConsumerGroupDescription_error(groups[0])
                   : NULL;
    if (count != 1 || e != NULL) {
        admin__fail(PROG, what,
                    e ? rd_kafka_error_code(e) : RD_KAFKA_RESP_ERR__BAD_MSG,
                    e ? rd_kafka_error_string(e)
                      : "no group in the response");
        rd_kafka_event_destroy(ev);
        return NULL;
    }
    if (rd_kafka_ConsumerGroupDescription_state(groups[0]) ==
        RD_KAFKA_CONSUMER_GROUP_STATE_DEAD) {
        admin__fail(PROG, what, RD_KAFKA_RESP_ERR_GROUP_ID_NOT_FOUND,
                    "the coordinator has no such group");
        rd_kafka_event_destroy(ev);
        return NULL;
    }
    *out = groups[0];
    return ev;
}

/* Requests the group's committed offsets for parts, or for every
 * partition when parts is NULL. Returns a list to destroy, or NULL after an
 * error line. */
static rd_kafka_topic_partition_list_t *
list_offsets(admin_t *admin, const char *name,
             const rd_kafka_topic_partition_list_t *parts)
{
    rd_kafka_ListConsumerGroupOffsets_t *request;
    rd_kafka_AdminOptions_t *options;
    const rd_kafka_group_result_t **groups;
    const rd_kafka_topic_partition_list_t *found;
    const rd_kafka_error_t *e;
    rd_kafka_topic_partition_list_t *copy;
    rd_kafka_event_t *ev;
    size_t count = 0;
    char what[300];

    name_action(what, sizeof(what), "fetch committed offsets of group",
                name);
    request = rd_kafka_ListConsumerGroupOffsets_new(name, parts);
    options = admin__options(admin,
                             RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS);
    rd_kafka_ListConsumerGroupOffsets(admin->rk, &request, 1, options,
                                      admin->queue);
    rd_kafka_AdminOptions_destroy(options);
    rd_kafka_ListConsumerGroupOffsets_destroy(request);
    ev = admin__wait(admin, what);
    if (ev == NULL)
        return NULL;

    groups = rd_kafka_ListConsumerGroupOffsets_result_groups(
        rd_kafka_event_ListConsumerGroupOffsets_result(ev), &count);
    e = count == 1 ? rd_kafka_group_result_error(groups[0]) : NULL;
    if (count != 1 || e != NULL) {
        admin__fail(PROG, what,
                    e ? rd_kafka_error_code(e) : RD_KAFKA_RESP_ERR__BAD_MSG,
                    e ? rd_kafka_error_string(e)
                      : "no group in the response");
        rd_kafka_event_destroy(ev);
        return NULL;
    }
    found = rd_kafka_group_result_partitions(groups[0]);
    copy = found ? rd_kafka_topic_partition_list_copy(found)
                 : rd_kafka_topic_partition_list_new(0);
    rd_kafka_event_destroy(ev);
    return copy;
}

/* Returns every partition of every topic, or NULL after an error line. */
static rd_kafka_topic_partition_list_t *all_partitions(admin_t *admin)
{
    const struct rd_kafka_metadata *md;
    rd_kafka_topic_partition_list_t *all;

    if (admin__metadata(admin, NULL, "list topics", &md) != 0)
        return NULL;
    all = rd_kafka_topic_partition_list_new(md->topic_cnt + 1);
    for (int t = 0; t < md->topic_cnt; t++)
        for (int p = 0; p < md->topics[t].partition_cnt; p++)
            rd_kafka_topic_partition_list_add(
                all, md->topics[t].topic, md->topics[t].partitions[p].id);
    rd_kafka_metadata_destroy(md);
    return all;
}

/*
 * Fetches every committed offset of the group. Returns a list to destroy,
 * or NULL after an error line.
 *
 * NOTE: librdkafka 2.0.2's OffsetFetch for all partitions returns none
 * from herald's broker (OffsetFetch v1 to v5), although kafka-python's
 * request with null topics returns every offset. Until the cause is found,
 * an empty response is retried with every partition of every topic named.
 */
static rd_kafka_topic_partition_list_t *fetch_committed(admin_t *admin,
                                                        const char *name)
{
    rd_kafka_topic_partition_list_t *committed, *all;

    committed = list_offsets(admin, name, NULL);
    if (committed == NULL || committed->cnt > 0)
        return committed;
    rd_kafka_topic_partition_list_destroy(committed);
    all = all_partitions(admin);
    if (all == NULL)
        return NULL;
    committed = all->cnt > 0 ? list_offsets(admin, name, all)
                             : rd_kafka_topic_partition_list_new(0);
    rd_kafka_topic_partition_list_destroy(all);
    return committed;
}

/* Sets obj[name] to `text` as a string, or as Base64 in
 * obj["<name>_base64"] when it is not UTF-8. NULL sets null. */
static int set_text(json_t *obj, const char *name, const char *text)
{
    return output__json_set_bytes(obj, name, text, text ? strlen(text) : 0);
}

/* Returns the text of obj[name] to free(), decoded from
 * obj["<name>_base64"] when it was not UTF-8, or NULL when absent. */
static char *get_text(const json_t *obj, const char *name)
{
    const char *text = json_string_value(json_object_get(obj, name));
    char field[64];
    size_t len;

    if (text != NULL)
        return strdup(text);
    snprintf(field, sizeof(field), "%s_base64", name);
    text = json_string_value(json_object_get(obj, field));
    return text != NULL ? output__base64_decode(text, &len) : NULL;
}

static json_t *json_members(const rd_kafka_ConsumerGroupDescription_t *desc)
{
    size_t count = rd_kafka_ConsumerGroupDescription_member_count(desc);
    json_t *array = json_array();

    for (size_t i = 0; array != NULL && i < count; i++) {
        const rd_kafka_MemberDescription_t *m =
            rd_kafka_ConsumerGroupDescription_member(desc, i);
        const rd_kafka_topic_partition_list_t *parts =
            rd_kafka_MemberAssignment_partitions(
                rd_kafka_MemberDescription_assignment(m));
        json_t *assigned = json_array();
        json_t *member = json_object();

        for (int p = 0; parts != NULL && p < parts->cnt; p++)
            json_array_append_new(assigned, json_pack(
                "{s:s, s:i}", "topic", parts->elems[p].topic, "partition",
                (int)parts->elems[p].partition));
        if (member == NULL) {
            json_decref(assigned);
            json_decref(array);
            return NULL;
        }
        /* Member, client and instance ids are bytes a client chose, so
         * they go in as Base64 when they are not UTF-8. */
        if (set_text(member, "member_id",
                     rd_kafka_MemberDescription_consumer_id(m)) != 0 ||
            set_text(member, "group_instance_id",
                     rd_kafka_MemberDescription_group_instance_id(m)) != 0 ||
            set_text(member, "client_id",
                     rd_kafka_MemberDescription_client_id(m)) != 0 ||
            set_text(member, "host", rd_kafka_MemberDescription_host(m)) !=
                0) {
            json_decref(assigned);
            json_decref(member);
            json_decref(array);
            return NULL;
        }
        /* The _new calls take the reference even when they fail. */
        if (json_object_set_new(member, "assignment", assigned) != 0) {
            json_decref(member);
            json_decref(array);
            return NULL;
        }
        if (json_array_append_new(array, member) != 0) {
            json_decref(array);
            return NULL;
        }
    }
    return array;
}

/* Returns the partitions the group has committed or is assigned, sorted,
 * with the committed offset in .offset (RD_KAFKA_OFFSET_INVALID when none)
 * and the member index plus one in .opaque (0: not assigned). */
static rd_kafka_topic_partition_list_t *
group_partitions(const rd_kafka_ConsumerGroupDescription_t *desc,
                 const rd_kafka_topic_partition_list_t *committed)
{
    size_t members = rd_kafka_ConsumerGroupDescription_member_count(desc);
    rd_kafka_topic_partition_list_t *all;

    all = rd_kafka_topic_partition_list_new(committed->cnt + 1);
    for (int i = 0; i < committed->cnt; i++) {
        const rd_kafka_topic_partition_t *c = &committed->elems[i];
        rd_kafka_topic_partition_t *row;

        /* A partition named in the request but never committed. */
        if (c->err || c->offset < 0)
            continue;
        row = rd_kafka_topic_partition_list_add(all, c->topic, c->partition);
        row->offset = c->offset;
    }
    for (size_t m = 0; m < members; m++) {
        const rd_kafka_topic_partition_list_t *parts =
            rd_kafka_MemberAssignment_partitions(
                rd_kafka_MemberDescription_assignment(
                    rd_kafka_ConsumerGroupDescription_member(desc, m)));

        for (int p = 0; parts != NULL && p < parts->cnt; p++) {
            rd_kafka_topic_partition_t *row =
                rd_kafka_topic_partition_list_find(
                    all, parts->elems[p].topic, parts->elems[p].partition);

            if (row == NULL) {
                row = rd_kafka_topic_partition_list_add(
                    all, parts->elems[p].topic, parts->elems[p].partition);
                row->offset = RD_KAFKA_OFFSET_INVALID;
            }
            row->opaque = (void *)(m + 1);
        }
    }
    rd_kafka_topic_partition_list_sort(all, NULL, NULL);
    return all;
}

/* Returns the per-partition offsets and lag as JSON and adds the lag of
 * every partition with a committed offset to *total_lag, or returns NULL
 * after an error line. */
static json_t *json_offsets(admin_t *admin,
                            const rd_kafka_ConsumerGroupDescription_t *desc,
                            const rd_kafka_topic_partition_list_t *all,
                            long long *total_lag)
{
    json_t *array = json_array();

    for (int i = 0; array != NULL && i < all->cnt; i++) {
        const rd_kafka_topic_partition_t *row = &all->elems[i];
        size_t member = (size_t)row->opaque;
        int64_t low, high, committed = row->offset;
        rd_kafka_resp_err_t err;
        json_t *lag = json_null();
        json_t *obj;
        char what[300];

        err = rd_kafka_query_watermark_offsets(admin->rk, row->topic,
                                               row->partition, &low, &high,
                                               ADMIN_TIMEOUT_MS);
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            snprintf(what, sizeof(what),
                     "offset query for topic '%s' partition %d", row->topic,
                     (int)row->partition);
            admin__fail(PROG, what, err, NULL);
            json_decref(array);
            return NULL;
        }
        if (committed >= 0) {
            lag = json_integer(high > committed ? high - committed : 0);
            *total_lag += high > committed ? high - committed : 0;
        }
        obj = json_pack("{s:s, s:i, s:o, s:I, s:o}", "topic", row->topic,
                        "partition", (int)row->partition, "committed_offset",
                        committed >= 0 ? json_integer(committed)
                                       : json_null(),
                        "log_end_offset", (json_int_t)high, "lag", lag);
        if (obj == NULL ||
            set_text(obj, "member_id",
                     member ? rd_kafka_MemberDescription_consumer_id(
                                  rd_kafka_ConsumerGroupDescription_member(
                                      desc, member - 1))
                            : NULL) != 0) {
            json_decref(obj);
            json_decref(array);
            return NULL;
        }
        if (json_array_append_new(array, obj) != 0) {
            json_decref(array);
            return NULL;
        }
    }
    return array;
}

/* Builds the describe document. Returns it, or NULL after an error line. */
static json_t *group_doc(admin_t *admin, const char *name,
                         const rd_kafka_ConsumerGroupDescription_t *desc,
                         const rd_kafka_topic_partition_list_t *committed)
{
    const rd_kafka_Node_t *node =
        rd_kafka_ConsumerGroupDescription_coordinator(desc);
    rd_kafka_topic_partition_list_t *all = group_partitions(desc, committed);
    long long total_lag = 0;
    json_t *offsets = json_offsets(admin, desc, all, &total_lag);
    json_t *doc;

    rd_kafka_topic_partition_list_destroy(all);
    if (offsets == NULL)
        return NULL;
    doc = json_pack(
        "{s:s, s:s, s:s, s:b, s:{s:i, s:s, s:i}, s:o, s:o, s:I}", "group",
        name, "state",
        rd_kafka_consumer_group_state_name(
            rd_kafka_ConsumerGroupDescription_state(desc)),
        "protocol", rd_kafka_ConsumerGroupDescription_partition_assignor(desc),
        "simple", rd_kafka_ConsumerGroupDescription_is_simple_consumer_group(
                      desc),
        "coordinator", "id", node ? rd_kafka_Node_id(node) : -1, "host",
        node ? rd_kafka_Node_host(node) : "", "port",
        node ? (int)rd_kafka_Node_port(node) : 0, "members",
        json_members(desc), "offsets", offsets, "total_lag",
        (json_int_t)total_lag);
    if (doc == NULL) {
        char what[300];

        name_action(what, sizeof(what), "describe group", name);
        output__error(PROG, "%s failed: out of memory", what);
    }
    return doc;
}

/* Formats an integer member of obj, or "-" when it is null. */
static const char *format_int(const json_t *obj, const char *key, char *buf,
                              size_t size)
{
    const json_t *v = json_object_get(obj, key);

    if (!json_is_integer(v))
        return "-";
    snprintf(buf, size, "%lld", json_integer_value(v));
    return buf;
}

static void print_group(const json_t *doc)
{
    const char *member_headers[] = {"MEMBER", "CLIENT_ID", "HOST",
                                    "PARTITIONS"};
    const char *offset_headers[] = {"TOPIC", "PARTITION", "COMMITTED",
                                    "LOG_END", "LAG", "MEMBER"};
    output_table_t *members = output__table_new(4, member_headers);
    output_table_t *offsets = output__table_new(6, offset_headers);
    const char *protocol = json_string_value(json_object_get(doc, "protocol"));
    const json_t *m, *o;
    size_t i;

    char *group = output__printable(
        json_string_value(json_object_get(doc, "group")));

    /* A group without members has no assignor yet. */
    printf("group %s, state %s, protocol %s, %zu members, total lag %lld\n\n",
           group ? group : "-",
           json_string_value(json_object_get(doc, "state")),
           protocol != NULL && protocol[0] != '\0' ? protocol : "none",
           json_array_size(json_object_get(doc, "members")),
           json_integer_value(json_object_get(doc, "total_lag")));
    free(group);
    json_array_foreach(json_object_get(doc, "members"), i, m) {
        char count[16];
        char *id = get_text(m, "member_id");
        char *client = get_text(m, "client_id");
        char *host = get_text(m, "host");
        const char *cells[] = {id, client, host, count};

        snprintf(count, sizeof(count), "%zu",
                 json_array_size(json_object_get(m, "assignment")));
        if (members != NULL)
            output__table_add(members, cells);
        free(id);
        free(client);
        free(host);
    }
    json_array_foreach(json_object_get(doc, "offsets"), i, o) {
        char partition[16], committed[24], end[24], lag[24];
        char *member = get_text(o, "member_id");
        const char *cells[] = {
            json_string_value(json_object_get(o, "topic")),
            format_int(o, "partition", partition, sizeof(partition)),
            format_int(o, "committed_offset", committed, sizeof(committed)),
            format_int(o, "log_end_offset", end, sizeof(end)),
            format_int(o, "lag", lag, sizeof(lag)), member ? member : "-"};

        if (offsets != NULL)
            output__table_add(offsets, cells);
        free(member);
    }
    if (members != NULL)
        output__table_print(members, stdout);
    printf("\n");
    if (offsets != NULL)
        output__table_print(offsets, stdout);
    output__table_free(members);
    output__table_free(offsets);
}

static int groups_describe(admin_t *admin, const char *name,
                           const groups_opts_t *opts)
{
    const rd_kafka_ConsumerGroupDescription_t *desc = NULL;
    rd_kafka_topic_partition_list_t *committed;
    rd_kafka_event_t *ev;
    json_t *doc;

    ev = describe_group(admin, name, &desc);
    if (ev == NULL)
        return 1;
    committed = fetch_committed(admin, name);
    doc = committed ? group_doc(admin, name, desc, committed) : NULL;
    if (committed != NULL)
        rd_kafka_topic_partition_list_destroy(committed);
    rd_kafka_event_destroy(ev);
    if (doc == NULL)
        return 1;
    if (opts->json)
        return output__json(doc) == 0 ? 0 : 1;
    print_group(doc);
    json_decref(doc);
    return 0;
}

static int usage_error(const char *message, const char *arg)
{
    fprintf(stderr, PROG ": ");
    fprintf(stderr, message, arg);
    fprintf(stderr, "\nRun '" PROG " --help' for the options.\n");
    return 2;
}

/* Parses argv and checks the action. Returns -1 to go on, else the exit
 * code. */
static int parse_options(int argc, char **argv, groups_opts_t *opts)
{
    static const struct option options[] = {
        {"brokers", required_argument, NULL, 'b'},
        {"json", no_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *action;
    int c, names;

    while ((c = getopt_long(argc, argv, "b:h", options, NULL)) != -1) {
        switch (c) {
        case 'b': opts->brokers = optarg; break;
        case 'j': opts->json = 1; break;
        case 'h': usage(stdout); return 0;
        default:
            /* getopt has printed what is wrong. */
            fprintf(stderr, "Run '" PROG " --help' for the options.\n");
            return 2;
        }
    }
    if (optind >= argc)
        return usage_error("%s", "missing action: list, describe or delete");
    action = argv[optind];
    names = argc - optind - 1;
    if (strcmp(action, "list") == 0) {
        if (names > 0)
            return usage_error("unexpected argument '%s'", argv[optind + 1]);
    } else if (strcmp(action, "describe") == 0) {
        if (names != 1)
            return usage_error("%s takes one group name", action);
    } else if (strcmp(action, "delete") == 0) {
        if (names < 1)
            return usage_error("%s takes one or more group names", action);
        if (opts->json)
            return usage_error("%s", "--json applies only to list and "
                               "describe, not delete");
    } else {
        return usage_error("unknown action '%s': expected list, describe "
                           "or delete", action);
    }
    return -1;
}

int cmd_groups(int argc, char **argv)
{
    groups_opts_t opts = {.brokers = ADMIN_DEFAULT_BROKERS};
    const char *action;
    admin_t admin;
    int rc;

    argv[0] = PROG; /* getopt's messages start with argv[0] */
    rc = parse_options(argc, argv, &opts);
    if (rc >= 0)
        return rc;
    action = argv[optind];
    if (admin__open(&admin, PROG, opts.brokers) != 0)
        return 1;
    if (strcmp(action, "list") == 0)
        rc = groups_list(&admin, &opts);
    else if (strcmp(action, "describe") == 0)
        rc = groups_describe(&admin, argv[optind + 1], &opts);
    else
        rc = groups_delete(&admin, argv + optind + 1, argc - optind - 1);
    admin__close(&admin);
    return rc;
}

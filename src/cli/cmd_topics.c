/*
 * `herald topics list|create|delete|describe`: topic administration through
 * librdkafka's admin API (CreateTopics, DeleteTopics, DescribeConfigs),
 * metadata requests and watermark queries (ListOffsets). This file owns the
 * command line and what each action prints. The client plumbing is in
 * admin.c and the table and JSON helpers are in output.c.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "cli.h"
#include "output.h"

#define PROG "herald topics"
#define MAX_CONFIGS 64

typedef struct {
    const char *brokers;
    int json;
    int partitions; /* -1: the broker's num.partitions */
    const char *configs[MAX_CONFIGS]; /* "key=value" */
    int config_count;
} topics_opts_t;

static void usage(FILE *out)
{
    fprintf(out,
        "usage: herald topics list [--json]\n"
        "       herald topics create NAME [--partitions N] "
        "[--config KEY=VALUE]...\n"
        "       herald topics delete NAME...\n"
        "       herald topics describe NAME [--json]\n"
        "\n"
        "Lists, creates, deletes and describes topics. describe shows each\n"
        "partition's leader, replicas and log start and end offsets, and the\n"
        "topic's configuration.\n"
        "\n"
        "  -b, --brokers HOST:PORT  bootstrap servers "
        "(default " ADMIN_DEFAULT_BROKERS ")\n"
        "  -p, --partitions N       partitions of a new topic (default: the\n"
        "                           broker's num.partitions)\n"
        "  -c, --config KEY=VALUE   topic setting of a new topic, such as\n"
        "                           retention.ms=86400000; repeatable\n"
        "      --json               print list and describe output as JSON\n"
        "  -h, --help               show this help\n"
        "\n"
        "Exit status: 0 on success, 1 when a request failed, 2 on a usage\n"
        "error.\n");
}

static int compare_names(const void *a, const void *b)
{
    const struct rd_kafka_metadata_topic *x = a, *y = b;

    return strcmp(x->topic, y->topic);
}

static int compare_partitions(const void *a, const void *b)
{
    const struct rd_kafka_metadata_partition *x = a, *y = b;

    return (x->id > y->id) - (x->id < y->id);
}

static int topics_list(admin_t *admin, const topics_opts_t *opts)
{
    const struct rd_kafka_metadata *md;
    struct rd_kafka_metadata_topic *topics;
    const char *headers[] = {"TOPIC", "PARTITIONS"};
    output_table_t *table = NULL;
    json_t *doc = NULL;
    int rc = 1;

    if (admin__metadata(admin, NULL, "list topics", &md) != 0)
        return 1;
    topics = calloc((size_t)md->topic_cnt + 1, sizeof(*topics));
    if (topics == NULL)
        goto done;
    if (md->topic_cnt > 0)
        memcpy(topics, md->topics,
               (size_t)md->topic_cnt * sizeof(*topics));
    qsort(topics, (size_t)md->topic_cnt, sizeof(*topics), compare_names);

    if (opts->json)
        doc = json_array();
    else
        table = output__table_new(2, headers);
    if (doc == NULL && table == NULL)
        goto done;
    for (int i = 0; i < md->topic_cnt; i++) {
        char count[16];
        const char *cells[] = {topics[i].topic, count};

        snprintf(count, sizeof(count), "%d", topics[i].partition_cnt);
        if (doc != NULL)
            json_array_append_new(doc, json_pack("{s:s, s:i}", "name",
                                                 topics[i].topic, "partitions",
                                                 topics[i].partition_cnt));
        else if (output__table_add(table, cells) != 0)
            goto done;
    }
    if (doc != NULL) {
        rc = output__json(doc) == 0 ? 0 : 1;
        doc = NULL;
    } else {
        output__table_print(table, stdout);
        rc = 0;
    }

done:
    if (rc != 0)
        output__error(PROG, "list topics failed: out of memory");
    json_decref(doc);
    output__table_free(table);
    free(topics);
    rd_kafka_metadata_destroy(md);
    return rc;
}

/* Adds opts->configs to the new topic. Returns 0, or -1 after a usage
 * error line. */
static int set_configs(rd_kafka_NewTopic_t *topic, const topics_opts_t *opts)
{
    for (int i = 0; i < opts->config_count; i++) {
        char key[256];
        const char *pair = opts->configs[i];
        const char *eq = strchr(pair, '=');
        size_t len = eq ? (size_t)(eq - pair) : 0;

        if (len == 0 || len >= sizeof(key)) {
            output__error(PROG, "invalid --config '%s': expected KEY=VALUE",
                          pair);
            return -1;
        }
        memcpy(key, pair, len);
        key[len] = '\0';
        rd_kafka_NewTopic_set_config(topic, key, eq + 1);
    }
    return 0;
}

static int topics_create(admin_t *admin, const char *name,
                         const topics_opts_t *opts)
{
    rd_kafka_NewTopic_t *topic;
    rd_kafka_AdminOptions_t *options;
    rd_kafka_event_t *ev;
    const rd_kafka_topic_result_t **results;
    size_t count = 0;
    char what[300];
    char err[512];
    int rc = 0;

    snprintf(what, sizeof(what), "create topic '%s'", name);
    topic = rd_kafka_NewTopic_new(name, opts->partitions, -1, err,
                                  sizeof(err));
    if (topic == NULL) {
        output__error(PROG, "%s failed: %s", what, err);
        return 1;
    }
    if (set_configs(topic, opts) != 0) {
        rd_kafka_NewTopic_destroy(topic);
        return 2;
    }
    options = admin__options(admin, RD_KAFKA_ADMIN_OP_CREATETOPICS);
    rd_kafka_CreateTopics(admin->rk, &topic, 1, options, admin->queue);
    rd_kafka_AdminOptions_destroy(options);
    rd_kafka_NewTopic_destroy(topic);

    ev = admin__wait(admin, what);
    if (ev == NULL)
        return 1;
    results = rd_kafka_CreateTopics_result_topics(
        rd_kafka_event_CreateTopics_result(ev), &count);
    for (size_t i = 0; i < count; i++) {
        rd_kafka_resp_err_t e = rd_kafka_topic_result_error(results[i]);

        if (e != RD_KAFKA_RESP_ERR_NO_ERROR) {
            admin__fail(PROG, what, e,
                        rd_kafka_topic_result_error_string(results[i]));
            rc = 1;
        }
    }
    rd_kafka_event_destroy(ev);
    return rc;
}

static int topics_delete(admin_t *admin, char **names, int name_count)
{
    rd_kafka_DeleteTopic_t **topics = calloc((size_t)name_count,
                                             sizeof(*topics));
    rd_kafka_AdminOptions_t *options;
    rd_kafka_event_t *ev;
    const rd_kafka_topic_result_t **results;
    size_t count = 0;
    char what[300];
    int rc = 0;

    if (topics == NULL) {
        output__error(PROG, "delete topics failed: out of memory");
        return 1;
    }
    for (int i = 0; i < name_count; i++)
        topics[i] = rd_kafka_DeleteTopic_new(names[i]);
    options = admin__options(admin, RD_KAFKA_ADMIN_OP_DELETETOPICS);
    rd_kafka_DeleteTopics(admin->rk, topics, (size_t)name_count, options,
                          admin->queue);
    rd_kafka_AdminOptions_destroy(options);
    rd_kafka_DeleteTopic_destroy_array(topics, (size_t)name_count);
    free(topics);

    if (name_count == 1)
        snprintf(what, sizeof(what), "delete topic '%s'", names[0]);
    else
        snprintf(what, sizeof(what), "delete %d topics", name_count);
    ev = admin__wait(admin, what);
    if (ev == NULL)
        return 1;
    results = rd_kafka_DeleteTopics_result_topics(
        rd_kafka_event_DeleteTopics_result(ev), &count);
    for (size_t i = 0; i < count; i++) {
        rd_kafka_resp_err_t e = rd_kafka_topic_result_error(results[i]);

        if (e == RD_KAFKA_RESP_ERR_NO_ERROR)
            continue;
        snprintf(what, sizeof(what), "delete topic '%s'",
                 rd_kafka_topic_result_name(results[i]));
        admin__fail(PROG, what, e,
                    rd_kafka_topic_result_error_string(results[i]));
        rc = 1;
    }
    rd_kafka_event_destroy(ev);
    return rc;
}

/* Returns a JSON array of the broker ids, or NULL when out of memory. */
static json_t *json_ids(const int32_t *ids, int count)
{
    json_t *array = json_array();

    for (int i = 0; array != NULL && i < count; i++)
        json_array_append_new(array, json_integer(ids[i]));
    return array;
}

/* Formats a JSON array of broker ids as "1,2,3" into buf. */
static const char *join_ids(const json_t *ids, char *buf, size_t size)
{
    size_t used = 0, i;
    json_t *id;

    buf[0] = '\0';
    json_array_foreach(ids, i, id) {
        int n = snprintf(buf + used, size - used, "%s%lld", i ? "," : "",
                         json_integer_value(id));

        if (n < 0 || (size_t)n >= size - used)
            break;
        used += (size_t)n;
    }
    return buf;
}

/* The partitions of one topic with their watermarks, as JSON objects. */
static json_t *describe_partitions(admin_t *admin,
                                   const struct rd_kafka_metadata_topic *t)
{
    json_t *array = json_array();
    struct rd_kafka_metadata_partition *parts;

    parts = calloc((size_t)t->partition_cnt + 1, sizeof(*parts));
    if (array == NULL || parts == NULL)
        goto fail;
    if (t->partition_cnt > 0)
        memcpy(parts, t->partitions,
               (size_t)t->partition_cnt * sizeof(*parts));
    qsort(parts, (size_t)t->partition_cnt, sizeof(*parts),
          compare_partitions);

    for (int i = 0; i < t->partition_cnt; i++) {
        const struct rd_kafka_metadata_partition *p = &parts[i];
        int64_t low = -1, high = -1;
        rd_kafka_resp_err_t err;
        char what[300];

        err = rd_kafka_query_watermark_offsets(admin->rk, t->topic, p->id,
                                               &low, &high,
                                               ADMIN_TIMEOUT_MS);
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            snprintf(what, sizeof(what),
                     "offset query for topic '%s' partition %d", t->topic,
                     p->id);
            admin__fail(admin->prog, what, err, NULL);
            goto fail;
        }
        json_array_append_new(array, json_pack(
            "{s:i, s:i, s:o, s:o, s:I, s:I}", "partition", p->id, "leader",
            p->leader, "replicas", json_ids(p->replicas, p->replica_cnt),
            "isr", json_ids(p->isrs, p->isr_cnt), "log_start_offset",
            (json_int_t)low, "log_end_offset", (json_int_t)high));
    }
    free(parts);
    return array;

fail:
    free(parts);
    json_decref(array);
    return NULL;
}

/* The topic's configuration from DescribeConfigs, as JSON objects. */
static json_t *describe_configs(admin_t *admin, const char *name)
{
    rd_kafka_ConfigResource_t *res;
    rd_kafka_AdminOptions_t *options;
    const rd_kafka_ConfigResource_t **results;
    const rd_kafka_ConfigEntry_t **entries;
    rd_kafka_event_t *ev;
    json_t *array;
    size_t count = 0, entry_count = 0;
    char what[300];

    snprintf(what, sizeof(what), "describe configs of topic '%s'", name);
    res = rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, name);
    options = admin__options(admin, RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS);
    rd_kafka_DescribeConfigs(admin->rk, &res, 1, options, admin->queue);
    rd_kafka_AdminOptions_destroy(options);
    rd_kafka_ConfigResource_destroy(res);

    ev = admin__wait(admin, what);
    if (ev == NULL)
        return NULL;
    results = rd_kafka_DescribeConfigs_result_resources(
        rd_kafka_event_DescribeConfigs_result(ev), &count);
    if (count != 1 || rd_kafka_ConfigResource_error(results[0])) {
        admin__fail(admin->prog, what,
                    count ? rd_kafka_ConfigResource_error(results[0])
                          : RD_KAFKA_RESP_ERR__BAD_MSG,
                    count ? rd_kafka_ConfigResource_error_string(results[0])
                          : "no resource in the response");
        rd_kafka_event_destroy(ev);
        return NULL;
    }
    array = json_array();
    entries = rd_kafka_ConfigResource_configs(results[0], &entry_count);
    for (size_t i = 0; array != NULL && i < entry_count; i++) {
        const rd_kafka_ConfigEntry_t *e = entries[i];
        const char *value = rd_kafka_ConfigEntry_value(e);

        json_array_append_new(array, json_pack(
            "{s:s, s:s?, s:s, s:b, s:b}", "name",
            rd_kafka_ConfigEntry_name(e), "value", value, "source",
            rd_kafka_ConfigSource_name(rd_kafka_ConfigEntry_source(e)),
            "read_only", rd_kafka_ConfigEntry_is_read_only(e), "sensitive",
            rd_kafka_ConfigEntry_is_sensitive(e)));
    }
    rd_kafka_event_destroy(ev);
    return array;
}

static void print_description(const json_t *doc)
{
    const char *part_headers[] = {"PARTITION", "LEADER", "REPLICAS", "ISR",
                                  "LOG_START", "LOG_END"};
    const char *config_headers[] = {"CONFIG", "VALUE", "SOURCE"};
    output_table_t *parts = output__table_new(6, part_headers);
    output_table_t *configs = output__table_new(3, config_headers);
    json_t *p, *c;
    size_t i;

    printf("topic %s, %zu partitions\n",
           json_string_value(json_object_get(doc, "name")),
           json_array_size(json_object_get(doc, "partitions")));
    json_array_foreach(json_object_get(doc, "partitions"), i, p) {
        char id[16], leader[16], replicas[256], isr[256], low[24], high[24];
        const char *cells[] = {id, leader, replicas, isr, low, high};

        snprintf(id, sizeof(id), "%lld",
                 json_integer_value(json_object_get(p, "partition")));
        snprintf(leader, sizeof(leader), "%lld",
                 json_integer_value(json_object_get(p, "leader")));
        join_ids(json_object_get(p, "replicas"), replicas, sizeof(replicas));
        join_ids(json_object_get(p, "isr"), isr, sizeof(isr));
        snprintf(low, sizeof(low), "%lld",
                 json_integer_value(json_object_get(p, "log_start_offset")));
        snprintf(high, sizeof(high), "%lld",
                 json_integer_value(json_object_get(p, "log_end_offset")));
        if (parts != NULL)
            output__table_add(parts, cells);
    }
    json_array_foreach(json_object_get(doc, "configs"), i, c) {
        const char *value = json_string_value(json_object_get(c, "value"));
        const char *cells[] = {
            json_string_value(json_object_get(c, "name")),
            value ? value : "(unset)",
            json_string_value(json_object_get(c, "source"))};

        if (configs != NULL)
            output__table_add(configs, cells);
    }
    if (parts != NULL)
        output__table_print(parts, stdout);
    printf("\n");
    if (configs != NULL)
        output__table_print(configs, stdout);
    output__table_free(parts);
    output__table_free(configs);
}

static int topics_describe(admin_t *admin, const char *name,
                           const topics_opts_t *opts)
{
    const struct rd_kafka_metadata *md;
    const struct rd_kafka_metadata_topic *t;
    json_t *parts, *configs, *doc;
    char what[300];
    int rc = 1;

    snprintf(what, sizeof(what), "describe topic '%s'", name);
    if (admin__metadata(admin, name, what, &md) != 0)
        return 1;
    t = md->topic_cnt == 1 ? &md->topics[0] : NULL;
    if (t == NULL || t->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        admin__fail(PROG, what, t ? t->err : RD_KAFKA_RESP_ERR__BAD_MSG,
                    t ? NULL : "no topic in the metadata response");
        rd_kafka_metadata_destroy(md);
        return 1;
    }
    parts = describe_partitions(admin, t);
    configs = parts != NULL ? describe_configs(admin, name) : NULL;
    rd_kafka_metadata_destroy(md);
    if (parts == NULL || configs == NULL) {
        json_decref(parts);
        return 1;
    }

    doc = json_pack("{s:s, s:o, s:o}", "name", name, "partitions", parts,
                    "configs", configs);
    if (doc == NULL)
        output__error(PROG, "%s failed: out of memory", what);
    else if (opts->json)
        rc = output__json(json_incref(doc)) == 0 ? 0 : 1;
    else {
        print_description(doc);
        rc = 0;
    }
    json_decref(doc);
    return rc;
}

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, PROG ": ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nRun '" PROG " --help' for the options.\n");
    return 2;
}

/* Parses the options into opts and leaves the action and names at
 * argv[optind]. Returns -1 to go on, else the exit code. */
static int parse_options(int argc, char **argv, topics_opts_t *opts,
                         int *only_create, int *only_output)
{
    static const struct option options[] = {
        {"brokers", required_argument, NULL, 'b'},
        {"partitions", required_argument, NULL, 'p'},
        {"config", required_argument, NULL, 'c'},
        {"json", no_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    long long n;
    int c;

    while ((c = getopt_long(argc, argv, "b:p:c:h", options, NULL)) != -1) {
        switch (c) {
        case 'b': opts->brokers = optarg; break;
        case 'j': opts->json = 1; *only_output = 1; break;
        case 'h': usage(stdout); return 0;
        case 'p':
            if (admin__parse_int(PROG, "--partitions", optarg, 1, 100000,
                                 &n) != 0)
                return 2;
            opts->partitions = (int)n;
            *only_create = 1;
            break;
        case 'c':
            if (opts->config_count == MAX_CONFIGS)
                return usage_error("at most %s --config options", "64");
            opts->configs[opts->config_count++] = optarg;
            *only_create = 1;
            break;
        default:
            /* getopt has printed what is wrong. */
            fprintf(stderr, "Run '" PROG " --help' for the options.\n");
            return 2;
        }
    }
    return -1;
}

int cmd_topics(int argc, char **argv)
{
    topics_opts_t opts = {.brokers = ADMIN_DEFAULT_BROKERS,
                          .partitions = -1};
    int only_create = 0, only_output = 0;
    const char *action;
    char **names;
    int name_count, rc;
    admin_t admin;

    argv[0] = PROG; /* getopt's messages start with argv[0] */
    rc = parse_options(argc, argv, &opts, &only_create, &only_output);
    if (rc >= 0)
        return rc;
    if (optind >= argc)
        return usage_error("%s", "missing action: list, create, delete or "
                                 "describe");
    action = argv[optind];
    names = argv + optind + 1;
    name_count = argc - optind - 1;

    if (strcmp(action, "list") == 0) {
        if (name_count > 0)
            return usage_error("unexpected argument '%s'", names[0]);
    } else if (strcmp(action, "create") == 0 ||
               strcmp(action, "describe") == 0) {
        if (name_count != 1)
            return usage_error("%s takes one topic name", action);
    } else if (strcmp(action, "delete") == 0) {
        if (name_count < 1)
            return usage_error("%s takes one or more topic names", action);
    } else {
        return usage_error("unknown action '%s': expected list, create, "
                           "delete or describe", action);
    }
    if (only_create && strcmp(action, "create") != 0)
        return usage_error("--partitions and --config apply only to "
                           "create, not %s", action);
    if (only_output && strcmp(action, "list") != 0 &&
        strcmp(action, "describe") != 0)
        return usage_error("--json applies only to list and describe, "
                           "not %s", action);

    if (admin__open(&admin, PROG, opts.brokers) != 0)
        return 1;
    if (strcmp(action, "list") == 0)
        rc = topics_list(&admin, &opts);
    else if (strcmp(action, "create") == 0)
        rc = topics_create(&admin, names[0], &opts);
    else if (strcmp(action, "delete") == 0)
        rc = topics_delete(&admin, names, name_count);
    else
        rc = topics_describe(&admin, names[0], &opts);
    admin__close(&admin);
    return rc;
}

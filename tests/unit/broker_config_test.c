/* Tests for the broker's settings: defaults, --set values, properties files
 * and listener addresses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "config.h"

static char *write_file(const char *text)
{
    static char path[64];
    int fd;

    snprintf(path, sizeof(path), "/tmp/herald-config-XXXXXX");
    fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    return path;
}

static void test_defaults(void **state)
{
    broker_config_t c;

    broker_config__defaults(&c);
    assert_string_equal(c.listen_host, "127.0.0.1");
    assert_int_equal(c.listen_port, 9092);
    assert_string_equal(c.data_dir, "./data");
    assert_int_equal(c.num_partitions, 1);
    assert_int_equal(c.auto_create_topics, 1);
    assert_int_equal(c.socket_request_max_bytes, 104857600);
    assert_int_equal(c.message_max_bytes, 1048588);
    assert_int_equal(c.log.max_message_bytes, 1048588);
    assert_int_equal(c.sync_acks_all, 1);
    assert_int_equal(c.sync_interval_ms, 1000);
    assert_int_equal(c.sync_interval_bytes, 4 * 1024 * 1024);
}

static void test_set_values(void **state)
{
    broker_config_t c;
    char err[256];

    broker_config__defaults(&c);
    assert_int_equal(broker_config__set(&c, "num.partitions", "4", err,
                                        sizeof(err)), 0);
    assert_int_equal(c.num_partitions, 4);
    assert_int_equal(broker_config__set(&c, "auto.create.topics.enable",
                                        "false", err, sizeof(err)), 0);
    assert_int_equal(c.auto_create_topics, 0);
    assert_int_equal(broker_config__set(&c, "log.retention.hours", "2", err,
                                        sizeof(err)), 0);
    assert_int_equal(c.log.retention_ms, 2 * 3600 * 1000);
    assert_int_equal(broker_config__set(&c, "message.max.bytes", "5000", err,
                                        sizeof(err)), 0);
    assert_int_equal(c.log.max_message_bytes, 5000);
    assert_int_equal(broker_config__set(&c, "listeners",
                                        "PLAINTEXT://0.0.0.0:19092", err,
                                        sizeof(err)), 0);
    assert_string_equal(c.listen_host, "0.0.0.0");
    assert_int_equal(c.listen_port, 19092);
    assert_int_equal(broker_config__set(&c, "herald.sync.interval.bytes",
                                        "65536", err, sizeof(err)), 0);
    assert_int_equal(c.sync_interval_bytes, 65536);
    assert_int_equal(broker_config__set(&c, "herald.sync.interval.bytes",
                                        "-1", err, sizeof(err)), 0);
    assert_int_equal(c.sync_interval_bytes, -1);
}

static void test_set_rejects_bad_values(void **state)
{
    broker_config_t c;
    char err[256];

    broker_config__defaults(&c);
    assert_int_equal(broker_config__set(&c, "num.partitions", "0", err,
                                        sizeof(err)), -1);
    assert_non_null(strstr(err, "num.partitions"));
    assert_int_equal(c.num_partitions, 1);
    assert_int_equal(broker_config__set(&c, "num.partitions", "3x", err,
                                        sizeof(err)), -1);
    assert_int_equal(broker_config__set(&c, "auto.create.topics.enable",
                                        "yes", err, sizeof(err)), -1);
    assert_non_null(strstr(err, "true or false"));
    assert_int_equal(broker_config__set(&c, "herald.sync.interval.bytes",
                                        "-2", err, sizeof(err)), -1);
    assert_int_equal(c.sync_interval_bytes, 4 * 1024 * 1024);
    /* 0 would read as "always" but mean off, so it is rejected. */
    assert_int_equal(broker_config__set(&c, "herald.sync.interval.bytes",
                                        "0", err, sizeof(err)), -1);
    assert_non_null(strstr(err, "-1 to turn it off"));
    assert_int_equal(broker_config__set(&c, "herald.sync.interval.ms", "0",
                                        err, sizeof(err)), -1);
    assert_int_equal(c.sync_interval_ms, 1000);
    assert_int_equal(broker_config__set(&c, "log.dirs", "/a,/b", err,
                                        sizeof(err)), -1);
    assert_int_equal(broker_config__set(&c, "listeners", "nohostport", err,
                                        sizeof(err)), -1);
    assert_int_equal(broker_config__set(&c, "no.such.key", "1", err,
                                        sizeof(err)),
                     BROKER_CONFIG_UNKNOWN);
    assert_non_null(strstr(err, "no.such.key"));
}

static void test_load_skips_unknown_keys(void **state)
{
    broker_config_t c;
    char err[256];
    char *path = write_file("# a Kafka server.properties\n"
                            "num.network.threads=3\n"
                            "! another comment\n"
                            "\n"
                            "num.partitions = 6\n"
                            "log.dirs: /tmp/herald-data\n"
                            "zookeeper.connect=localhost:2181\n");

    broker_config__defaults(&c);
    assert_int_equal(broker_config__load(&c, path, err, sizeof(err)), 0);
    assert_int_equal(c.num_partitions, 6);
    assert_string_equal(c.data_dir, "/tmp/herald-data");
    unlink(path);
}

static void test_load_reports_line_of_bad_value(void **state)
{
    broker_config_t c;
    char err[256];
    char *path = write_file("num.partitions=2\n"
                            "log.segment.bytes=tiny\n");

    broker_config__defaults(&c);
    assert_int_equal(broker_config__load(&c, path, err, sizeof(err)), -1);
    assert_non_null(strstr(err, ":2:"));
    assert_non_null(strstr(err, "log.segment.bytes"));
    unlink(path);
    assert_int_equal(broker_config__load(&c, "/nonexistent/herald.conf", err,
                                         sizeof(err)), -1);
    assert_non_null(strstr(err, "/nonexistent/herald.conf"));
}

static void test_parse_listener_forms(void **state)
{
    char host[64];
    int port;

    assert_int_equal(broker_config__parse_listener("localhost:9093", host,
                                                   sizeof(host), &port), 0);
    assert_string_equal(host, "localhost");
    assert_int_equal(port, 9093);
    assert_int_equal(broker_config__parse_listener("[::1]:9094", host,
                                                   sizeof(host), &port), 0);
    assert_string_equal(host, "::1");
    assert_int_equal(port, 9094);
    assert_int_equal(broker_config__parse_listener(":9095", host,
                                                   sizeof(host), &port), 0);
    assert_string_equal(host, "0.0.0.0");
    assert_int_equal(broker_config__parse_listener("host:99999", host,
                                                   sizeof(host), &port), -1);
    assert_int_equal(broker_config__parse_listener("[::1:9", host,
                                                   sizeof(host), &port), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_set_values),
        cmocka_unit_test(test_set_rejects_bad_values),
        cmocka_unit_test(test_load_skips_unknown_keys),
        cmocka_unit_test(test_load_reports_line_of_bad_value),
        cmocka_unit_test(test_parse_listener_forms),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

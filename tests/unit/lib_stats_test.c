/*
 * Handler counters and the latency histogram, and the library's log
 * callback: quiet by default, one logfmt line per outcome once installed,
 * with event strings escaped and no payload.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "herald.h"
#include "log_limit.h"
#include "stats.h"

static void bucket_bounds_cover_values(void **state)
{
    for (uint64_t us = 0; us < 100000; us += 7) {
        unsigned b = stats__bucket(us);

        assert_true(stats__bucket_upper(b) >= us);
        /* At most 12.5% above the value, or exact below 8 us. */
        assert_true(stats__bucket_upper(b) <= us + us / 8);
        if (b > 0)
            assert_true(stats__bucket_upper(b - 1) < us);
    }
    assert_int_equal(stats__bucket(UINT64_MAX), STATS_BUCKETS - 1);
}

static void percentiles_from_histogram(void **state)
{
    stats_t s;
    herald_handler_stats_t out;

    stats__init(&s);
    /* 98 fast events at 100 us, 2 slow at 10 ms. */
    for (int i = 0; i < 98; i++)
        stats__record_latency(&s, 100);
    stats__record_latency(&s, 10000);
    stats__record_latency(&s, 10000);
    stats__snapshot(&s, &out);
    assert_int_equal(out.latency_count, 100);
    assert_in_range(out.p50_us, 100, 112);
    assert_in_range(out.p99_us, 10000, 10000);
    assert_int_equal(out.max_us, 10000);
}

struct captured {
    int lines;
    char last[1024];
    char all[8192];
};

static void capture(herald_log_level_t level, const char *line, void *user)
{
    struct captured *c = user;

    c->lines++;
    snprintf(c->last, sizeof(c->last), "%s", line);
    strncat(c->all, line, sizeof(c->all) - strlen(c->all) - 2);
    strcat(c->all, "\n");
}

static herald_result_t fail_once(herald_ctx_t *ctx, const herald_event_t *ev,
                                 void *decoded)
{
    if (herald_ctx_attempt(ctx) == 1) {
        herald_ctx_set_reason(ctx, "try again");
        return HERALD_RESULT_RETRY;
    }
    return HERALD_RESULT_OK;
}

static void log_lines_per_outcome(void **state)
{
    struct captured c = {0};
    herald_bus_t *bus;
    herald_event_t *ev;
    herald_handler_t h = {.name = "logged", .handle = fail_once,
                          .backoff_initial_ms = 1, .backoff_max_ms = 1};

    assert_int_equal(herald_bus_open(&bus, "inproc:", NULL), HERALD_OK);
    assert_int_equal(herald_bus_subscribe(bus, "order.created", NULL, &h,
                                          NULL, NULL),
                     HERALD_OK);
    assert_int_equal(herald_event_new(&ev, "order.created", "/t"), HERALD_OK);
    assert_int_equal(herald_event_set_attr(ev, "id", "id with \"quotes\""),
                     HERALD_OK);
    assert_int_equal(herald_event_set_data(ev, "SECRET-PAYLOAD", 14),
                     HERALD_OK);
    assert_int_equal(herald_event_set_attr(ev, "datacontenttype",
                                           "text/plain"),
                     HERALD_OK);

    /* Nothing reaches anyone before a callback is installed. */
    assert_int_equal(herald_bus_publish(bus, ev), HERALD_OK);
    assert_int_equal(c.lines, 0);

    herald_set_log_cb(capture, &c, HERALD_LOG_INFO);
    assert_int_equal(herald_bus_publish(bus, ev), HERALD_OK);
    herald_set_log_cb(NULL, NULL, HERALD_LOG_INFO);
    assert_int_equal(c.lines, 2);
    assert_non_null(strstr(c.all, "level=info sub=handler "
                                  "msg=\"event retry scheduled\" "
                                  "handler=logged"));
    assert_non_null(strstr(c.last, "msg=\"event handled\""));
    assert_non_null(strstr(c.last, "attempt=2"));
    assert_non_null(strstr(c.last, "id=\"id with \\\"quotes\\\"\""));
    assert_null(strstr(c.all, "SECRET-PAYLOAD"));

    /* Removed again: quiet. */
    assert_int_equal(herald_bus_publish(bus, ev), HERALD_OK);
    assert_int_equal(c.lines, 2);
    herald_event_free(ev);
    herald_bus_close(bus);
}

static void error_names_cover_new_codes(void **state)
{
    assert_string_equal(herald_err_name(HERALD_ELOOP), "HERALD_ELOOP");
    assert_string_equal(herald_err_name(HERALD_EMFILE), "HERALD_EMFILE");
    assert_string_equal(herald_strerror(HERALD_EAGAIN), "would block");
}

/* A line repeating every 100 ms under a 10 s limit: the first one is
 * written, the next 99 are counted, and the one at 10 s reports them. */
static void log_limit_counts_repeats(void **state)
{
    log_limit_t limit = {.interval_us = 10 * 1000000LL};
    int64_t start = 5 * 1000000LL;
    long suppressed = -1;
    int written = 0;

    assert_int_equal(log_limit__allow(&limit, start, &suppressed), 1);
    assert_int_equal(suppressed, 0);
    for (int i = 1; i < 100; i++)
        written += log_limit__allow(&limit, start + i * 100000LL,
                                    &suppressed);
    assert_int_equal(written, 0);
    assert_int_equal(limit.suppressed, 99);
    assert_int_equal(log_limit__allow(&limit, start + 10 * 1000000LL,
                                      &suppressed),
                     1);
    assert_int_equal(suppressed, 99);
    assert_int_equal(limit.suppressed, 0);
    /* A clock that starts at 0 still limits the second line. */
    limit = (log_limit_t){.interval_us = 1000};
    assert_int_equal(log_limit__allow(&limit, 0, &suppressed), 1);
    assert_int_equal(log_limit__allow(&limit, 500, &suppressed), 0);
}

static void log_limit_allows_burst(void **state)
{
    log_limit_t limit = {.interval_us = 1000000, .burst = 3};
    long suppressed = -1;
    int written = 0;

    (void)state;
    for (int i = 0; i < 10; i++)
        written += log_limit__allow(&limit, 1000 + i * 1000LL, &suppressed);
    assert_int_equal(written, 3);
    assert_int_equal(limit.suppressed, 7);
    /* The next interval writes again and reports the 7 left out. */
    assert_int_equal(log_limit__allow(&limit, 1001000, &suppressed), 1);
    assert_int_equal(suppressed, 7);
    assert_int_equal(log_limit__allow(&limit, 1002000, &suppressed), 1);
    assert_int_equal(suppressed, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bucket_bounds_cover_values),
        cmocka_unit_test(percentiles_from_histogram),
        cmocka_unit_test(log_lines_per_outcome),
        cmocka_unit_test(error_names_cover_new_codes),
        cmocka_unit_test(log_limit_counts_repeats),
        cmocka_unit_test(log_limit_allows_burst),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}

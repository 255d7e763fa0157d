/*
 * output__table_print: columns line up by the terminal width of their
 * cells, so UTF-8 names with accents or wide characters do not shift the
 * columns after them, and control characters are printed as escapes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "output.h"

/* Prints `rows` (three cells each, the first row the header) and returns
 * the text to free(). */
static char *print_table(const char *const rows[][3], size_t count)
{
    output_table_t *table = output__table_new(3, rows[0]);
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);

    assert_non_null(table);
    assert_non_null(out);
    for (size_t i = 1; i < count; i++)
        assert_int_equal(output__table_add(table, rows[i]), 0);
    output__table_print(table, out);
    fclose(out);
    output__table_free(table);
    return text;
}

static void test_table_ascii(void **state)
{
    const char *const rows[][3] = {
        {"GROUP", "STATE", "MEMBERS"},
        {"orders", "Stable", "2"},
        {"ab", "Empty", "0"},
    };
    char *text = print_table(rows, 3);

    (void)state;
    assert_string_equal(text, "GROUP   STATE   MEMBERS\n"
                              "orders  Stable  2\n"
                              "ab      Empty   0\n");
    free(text);
}

static void test_table_utf8_widths(void **state)
{
    const char *const rows[][3] = {
        {"GROUP", "STATE", "MEMBERS"},
        {"gr\xc3\xbc\xc3\x9f" "e", "Stable", "2"}, /* 5 columns, 7 bytes */
        {"\xe6\xb3\xa8\xe6\x96\x87", "Empty", "0"}, /* 2 wide, 4 columns */
    };
    char *text = print_table(rows, 3);

    (void)state;
    assert_string_equal(text, "GROUP  STATE   MEMBERS\n"
                              "gr\xc3\xbc\xc3\x9f" "e  Stable  2\n"
                              "\xe6\xb3\xa8\xe6\x96\x87   Empty   0\n");
    free(text);
}

static void test_table_escapes_controls(void **state)
{
    /* ESC would change the terminal's colours, a newline would split the
     * row, U+009B is the one-character CSI, and 0xff is not UTF-8. */
    const char *const rows[][3] = {
        {"GROUP", "STATE", "MEMBERS"},
        {"esc\x1b[31m", "Empty", "0"},
        {"new\nline", "Empty", "0"},
        {"c1\xc2\x9b", "Empty", "0"},
        {"bad\xff", "Dead", "1"},
    };
    char *text = print_table(rows, 5);

    (void)state;
    assert_string_equal(text, "GROUP        STATE  MEMBERS\n"
                              "esc\\x1b[31m  Empty  0\n"
                              "new\\x0aline  Empty  0\n"
                              "c1\\u009b     Empty  0\n"
                              "bad\\xff      Dead   1\n");
    free(text);
}

static void test_printable_backslash_and_format(void **state)
{
    /* A typed "\\x1b" must not look like an escaped ESC, and U+202E
     * (right-to-left override) would reverse what follows it. */
    char *typed = output__printable("lit\\x1b");
    char *override = output__printable("a\xe2\x80\xae" "b");

    (void)state;
    assert_string_equal(typed, "lit\\\\x1b");
    assert_string_equal(override, "a\\u202eb");
    free(typed);
    free(override);
}

static void test_printable_hidden_characters(void **state)
{
    /* Word joiner, Arabic letter mark, soft hyphen, Hangul filler and a
     * tag character draw nothing or reorder text; F4 90 80 80 would be
     * U+110000, past the end of Unicode, so it is four bad bytes. */
    const char *in[] = {"a\xe2\x81\xa0" "b", "a\xd8\x9c" "b",
                        "a\xc2\xad" "b", "a\xe3\x85\xa4" "b",
                        "a\xf3\xa0\x81\x81" "b", "\xf4\x90\x80\x80" "big"};
    const char *want[] = {"a\\u2060b", "a\\u061cb", "a\\u00adb",
                          "a\\u3164b", "a\\U000e0041b",
                          "\\xf4\\x90\\x80\\x80big"};

    (void)state;
    for (size_t i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
        char *printable = output__printable(in[i]);

        assert_string_equal(printable, want[i]);
        free(printable);
    }
}

static void test_base64_round_trip(void **state)
{
    const char *samples[] = {"", "c", "cl", "cli", "cli\xff\xfe", "any text"};

    (void)state;
    for (size_t i = 0; i < sizeof(samples) / sizeof(samples[0]); i++) {
        char *encoded = output__base64(samples[i], strlen(samples[i]));
        size_t len = 0;
        char *decoded = output__base64_decode(encoded, &len);

        assert_non_null(decoded);
        assert_int_equal(len, strlen(samples[i]));
        assert_memory_equal(decoded, samples[i], len);
        free(encoded);
        free(decoded);
    }
    assert_null(output__base64_decode("bad*", &(size_t){0}));
}

static void test_base64_decode_unpadded(void **state)
{
    size_t len = 0;
    char *decoded = output__base64_decode("Y2xp//4", &len);

    (void)state;
    assert_non_null(decoded);
    assert_int_equal(len, 5);
    assert_memory_equal(decoded, "cli\xff\xfe", 5);
    free(decoded);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_ascii),
        cmocka_unit_test(test_table_utf8_widths),
        cmocka_unit_test(test_table_escapes_controls),
        cmocka_unit_test(test_printable_backslash_and_format),
        cmocka_unit_test(test_printable_hidden_characters),
        cmocka_unit_test(test_base64_round_trip),
        cmocka_unit_test(test_base64_decode_unpadded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

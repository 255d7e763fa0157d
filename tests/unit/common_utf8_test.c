/*
 * utf8__valid: well-formed UTF-8 passes, and each kind of malformed input
 * RFC 3629 names fails, as does a NUL byte.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "utf8.h"

static int valid(const char *bytes, size_t len)
{
    return utf8__valid(bytes, len);
}

static void test_utf8_accepts_well_formed(void **state)
{
    (void)state;
    assert_true(valid("", 0));
    assert_true(valid("orders", 6));
    assert_true(valid("caf\xc3\xa9", 5));             /* U+00E9 */
    assert_true(valid("\xe2\x82\xac", 3));            /* U+20AC */
    assert_true(valid("\xf0\x9f\x98\x80", 4));        /* U+1F600 */
    assert_true(valid("\xf4\x8f\xbf\xbf", 4));        /* U+10FFFF */
}

static void test_utf8_rejects_malformed(void **state)
{
    (void)state;
    assert_false(valid("a\0b", 3));                   /* NUL byte */
    assert_false(valid("\xff\xfe", 2));               /* never valid */
    assert_false(valid("\x80", 1));                   /* lone continuation */
    assert_false(valid("\xc3", 1));                   /* truncated */
    assert_false(valid("\xe2\x82", 2));               /* truncated */
    assert_false(valid("\xc0\xaf", 2));               /* overlong '/' */
    assert_false(valid("\xe0\x80\xaf", 3));           /* overlong '/' */
    assert_false(valid("\xf0\x80\x80\xaf", 4));       /* overlong '/' */
    assert_false(valid("\xed\xa0\x80", 3));           /* surrogate U+D800 */
    assert_false(valid("\xf4\x90\x80\x80", 4));       /* U+110000 */
    assert_false(valid("\xc3\x28", 2));               /* bad continuation */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8_accepts_well_formed),
        cmocka_unit_test(test_utf8_rejects_malformed),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}

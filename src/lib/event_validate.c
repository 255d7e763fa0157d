/*
 * Validation of CloudEvents 1.0.2 context attributes. Each check names the
 * attribute at fault, because the message reaches producers through
 * dead-letter reasons and publish errors.
 */
#include "event_internal.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Parses exactly n digits at *p, advancing it. Returns -1 on a non-digit. */
static int digits(const char **p, int n)
{
    int value = 0;

    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)**p))
            return -1;
        value = value * 10 + (**p - '0');
        (*p)++;
    }
    return value;
}

static int days_in_month(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30,
                               31, 31, 30, 31, 30, 31};
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    return month == 2 && leap ? 29 : days[month - 1];
}

/* Returns 1 for an RFC 3339 date-time such as 2018-04-05T17:31:00Z or
 * 2018-04-05T17:31:00.123+02:00 ('t' and 'z' may be lower case). */
static int valid_rfc3339(const char *s)
{
    const char *p = s;
    int year, month, day, hour, minute, second;

    year = digits(&p, 4);
    if (year < 0 || *p++ != '-')
        return 0;
    month = digits(&p, 2);
    if (month < 1 || month > 12 || *p++ != '-')
        return 0;
    day = digits(&p, 2);
    if (day < 1 || day > days_in_month(year, month))
        return 0;
    if (*p != 'T' && *p != 't')
        return 0;
    p++;
    hour = digits(&p, 2);
    if (hour < 0 || hour > 23 || *p++ != ':')
        return 0;
    minute = digits(&p, 2);
    if (minute < 0 || minute > 59 || *p++ != ':')
        return 0;
    /* 60 is a leap second. */
    second = digits(&p, 2);
    if (second < 0 || second > 60)
        return 0;
    if (*p == '.') {
        p++;
        if (!isdigit((unsigned char)*p))
            return 0;
        while (isdigit((unsigned char)*p))
            p++;
    }
    if (*p == 'Z' || *p == 'z')
        return p[1] == '\0';
    if (*p != '+' && *p != '-')
        return 0;
    p++;
    hour = digits(&p, 2);
    if (hour < 0 || hour > 23 || *p++ != ':')
        return 0;
    minute = digits(&p, 2);
    return minute >= 0 && minute <= 59 && *p == '\0';
}

/* Returns 1 when s holds no control bytes or spaces, which no URI
 * reference (RFC 3986) may contain. */
static int uri_chars_ok(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p <= ' ' || *p == 0x7f)
            return 0;
    }
    return 1;
}

/* Returns 1 for an absolute URI: a scheme (a letter, then letters, digits,
 * '+', '-' or '.'), a colon, and no forbidden characters. */
static int valid_absolute_uri(const char *s)
{
    const char *p = s;

    if (!isalpha((unsigned char)*p))
        return 0;
    while (isalnum((unsigned char)*p) || *p == '+' || *p == '-' || *p == '.')
        p++;
    return *p == ':' && uri_chars_ok(s);
}

/* Returns 1 for "type/subtype" optionally followed by parameters, as
 * RFC 2046 media types are written. */
static int valid_media_type(const char *s)
{
    const char *slash = strchr(s, '/');
    const char *end = strchr(s, ';');

    if (end == NULL)
        end = s + strlen(s);
    if (slash == NULL || slash == s || slash + 1 >= end)
        return 0;
    for (const char *p = s; p < end; p++) {
        if (*p <= ' ' || *p == 0x7f)
            return 0;
    }
    return 1;
}

int event__is_json_type(const char *media_type)
{
    const char *slash, *end;
    size_t n;

    if (media_type == NULL)
        return 1;
    slash = strchr(media_type, '/');
    if (slash == NULL)
        return 0;
    end = strchr(slash, ';');
    if (end == NULL)
        end = slash + strlen(slash);
    while (end > slash && (end[-1] == ' ' || end[-1] == '\t'))
        end--;
    n = (size_t)(end - slash - 1);
    if (n == 4 && strncasecmp(slash + 1, "json", 4) == 0)
        return 1;
    return n > 5 && strncasecmp(end - 5, "+json", 5) == 0;
}

/* CloudEvents Integer values are signed 32-bit. */
static int int32_text(const char *s)
{
    char *end;
    long long v;

    errno = 0;
    v = strtoll(s, &end, 10);
    return errno == 0 && *end == '\0' && v >= INT32_MIN && v <= INT32_MAX;
}

static int check_required(const char *name, const char *value, char *errbuf,
                          size_t errlen)
{
    if (value == NULL) {
        event__errf(errbuf, errlen, "attribute '%s' is missing", name);
        return 0;
    }
    if (value[0] == '\0') {
        event__errf(errbuf, errlen, "attribute '%s' is empty", name);
        return 0;
    }
    return 1;
}

static int check_optional(const herald_event_t *ev, char *errbuf,
                          size_t errlen)
{
    if (ev->time && !valid_rfc3339(ev->time)) {
        event__errf(errbuf, errlen,
                    "attribute 'time' is not an RFC 3339 timestamp");
        return 0;
    }
    if (ev->dataschema && !valid_absolute_uri(ev->dataschema)) {
        event__errf(errbuf, errlen,
                    "attribute 'dataschema' is not an absolute URI");
        return 0;
    }
    if (ev->datacontenttype && !valid_media_type(ev->datacontenttype)) {
        event__errf(errbuf, errlen,
                    "attribute 'datacontenttype' is not a media type");
        return 0;
    }
    if (ev->subject && ev->subject[0] == '\0') {
        event__errf(errbuf, errlen, "attribute 'subject' is empty");
        return 0;
    }
    return 1;
}

herald_err_t herald_event_validate(const herald_event_t *ev, char *errbuf,
                                   size_t errlen)
{
    event__errf(errbuf, errlen, "ok");
    if (ev == NULL) {
        event__errf(errbuf, errlen, "event is NULL");
        return HERALD_EINVAL;
    }
    if (!check_required("specversion", ev->specversion, errbuf, errlen) ||
        !check_required("id", ev->id, errbuf, errlen) ||
        !check_required("source", ev->source, errbuf, errlen) ||
        !check_required("type", ev->type, errbuf, errlen))
        return HERALD_EINVAL;
    if (strcmp(ev->specversion, "1.0") != 0) {
        event__errf(errbuf, errlen,
                    "attribute 'specversion' must be \"1.0\"");
        return HERALD_EINVAL;
    }
    if (!uri_chars_ok(ev->source)) {
        event__errf(errbuf, errlen,
                    "attribute 'source' is not a URI reference");
        return HERALD_EINVAL;
    }
    if (!check_optional(ev, errbuf, errlen))
        return HERALD_EINVAL;
    for (size_t i = 0; i < ev->ext_count; i++) {
        const struct event_ext *ext = &ev->exts[i];

        if (!event__valid_name(ext->name)) {
            event__errf(errbuf, errlen,
                        "extension name is not lower-case letters and "
                        "digits");
            return HERALD_EINVAL;
        }
        if (ext->kind == HERALD_EXT_INTEGER && !int32_text(ext->value)) {
            event__errf(errbuf, errlen,
                        "attribute '%s' is outside the 32-bit Integer range",
                        ext->name);
            return HERALD_EINVAL;
        }
    }
    return HERALD_OK;
}

/*
 * Output of the data commands: error lines on stderr, JSON on stdout (one
 * compact document per line, so a line-oriented tool can read a stream of
 * them), and padded text tables for people. Record keys, values and header
 * values are bytes, so they go into JSON as strings only when they are
 * UTF-8, and as Base64 otherwise.
 */
#include <locale.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "output.h"

struct output_table {
    int columns;
    size_t rows;     /* header row included */
    size_t capacity; /* rows that cells has room for */
    char **cells;    /* rows * columns, row-major */
};

void output__error(const char *prog, const char *fmt, ...)
{
    va_list ap;

    fprintf(stderr, "%s: ", prog);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int output__json(json_t *doc)
{
    int rc;

    if (doc == NULL)
        return -1;
    rc = json_dumpf(doc, stdout, JSON_COMPACT | JSON_ENSURE_ASCII);
    json_decref(doc);
    if (rc != 0 || fputc('\n', stdout) == EOF)
        return -1;
    return 0;
}

json_t *output__json_bytes(const void *data, size_t len)
{
    /* json_stringn() validates UTF-8 and returns NULL for anything else. */
    return json_stringn(len ? data : "", len);
}

int output__json_set_bytes(json_t *obj, const char *name, const void *data,
                           size_t len)
{
    json_t *text;
    char *encoded;
    char field[128];
    int rc;

    if (data == NULL)
        return json_object_set_new(obj, name, json_null());
    text = output__json_bytes(data, len);
    if (text != NULL)
        return json_object_set_new(obj, name, text);

    encoded = output__base64(data, len);
    if (encoded == NULL)
        return -1;
    snprintf(field, sizeof(field), "%s_base64", name);
    rc = json_object_set_new(obj, name, json_null());
    if (rc == 0)
        rc = json_object_set_new(obj, field, json_string(encoded));
    free(encoded);
    return rc;
}

char *output__base64(const void *data, size_t len)
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const uint8_t *in = data;
    char *out = malloc((len + 2) / 3 * 4 + 1);
    char *p = out;
    size_t i;

    if (out == NULL)
        return NULL;
    for (i = 0; i + 2 < len; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 |
                     in[i + 2];
        *p++ = alphabet[v >> 18];
        *p++ = alphabet[(v >> 12) & 63];
        *p++ = alphabet[(v >> 6) & 63];
        *p++ = alphabet[v & 63];
    }
    if (i < len) {
        uint32_t v = (uint32_t)in[i] << 16;

        if (i + 1 < len)
            v |= (uint32_t)in[i + 1] << 8;
        *p++ = alphabet[v >> 18];
        *p++ = alphabet[(v >> 12) & 63];
        *p++ = i + 1 < len ? alphabet[(v >> 6) & 63] : '=';
        *p++ = '=';
    }
    *p = '\0';
    return out;
}

char *output__base64_decode(const char *text, size_t *len)
{
    size_t n = strlen(text);
    /* Text without its "=" padding still decodes, so round up. */
    char *out = malloc((n + 3) / 4 * 3 + 1);
    uint32_t v = 0;
    int bits = 0;

    if (out == NULL)
        return NULL;
    *len = 0;
    for (; *text != '\0' && *text != '='; text++) {
        const char c = *text;
        int d = c >= 'A' && c <= 'Z'   ? c - 'A'
                : c >= 'a' && c <= 'z' ? c - 'a' + 26
                : c >= '0' && c <= '9' ? c - '0' + 52
                : c == '+'             ? 62
                : c == '/'             ? 63
                                       : -1;

        if (d < 0) {
            free(out);
            return NULL;
        }
        v = v << 6 | (uint32_t)d;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[(*len)++] = (char)(v >> bits & 0xff);
        }
    }
    out[*len] = '\0';
    return out;
}

output_table_t *output__table_new(int columns, const char *const *headers)
{
    output_table_t *table;

    if (columns < 1 || columns > OUTPUT_TABLE_MAX_COLUMNS)
        return NULL;
    table = calloc(1, sizeof(*table));
    if (table == NULL)
        return NULL;
    table->columns = columns;
    if (output__table_add(table, headers) != 0) {
        output__table_free(table);
        return NULL;
    }
    return table;
}

int output__table_add(output_table_t *table, const char *const *cells)
{
    size_t base;

    if (table->rows == table->capacity) {
        size_t capacity = table->capacity ? table->capacity * 2 : 16;
        char **grown = realloc(table->cells, capacity *
                               (size_t)table->columns * sizeof(char *));

        if (grown == NULL)
            return -1;
        table->cells = grown;
        table->capacity = capacity;
    }
    base = table->rows * (size_t)table->columns;
    for (int c = 0; c < table->columns; c++) {
        table->cells[base + (size_t)c] =
            output__printable(cells[c] ? cells[c] : "");
        if (table->cells[base + (size_t)c] == NULL) {
            while (c-- > 0)
                free(table->cells[base + (size_t)c]);
            return -1;
        }
    }
    table->rows++;
    return 0;
}

/* Returns the C.UTF-8 locale, or (locale_t)0 where it is missing. */
static locale_t utf8_locale(void)
{
    static locale_t utf8;

    if (utf8 == (locale_t)0)
        utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    return utf8;
}

/* Tells whether `wc` can reorder or hide text on a terminal although
 * iswprint() accepts it. These are the format characters of Unicode 15
 * (category Cf), such as direction marks and overrides, zero-width spaces
 * and joiners, the soft hyphen and tag characters. The combining grapheme
 * joiner and the Hangul fillers, which draw as blanks, count too.
 * Variation selectors do not, since they choose how an emoji is drawn. */
static int invisible(wchar_t wc)
{
    static const wchar_t ranges[][2] = {
        {0x00ad, 0x00ad},   {0x034f, 0x034f},   {0x0600, 0x0605},
        {0x061c, 0x061c},   {0x06dd, 0x06dd},   {0x070f, 0x070f},
        {0x0890, 0x0891},   {0x08e2, 0x08e2},   {0x115f, 0x1160},
        {0x180e, 0x180e},   {0x200b, 0x200f},   {0x202a, 0x202e},
        {0x2060, 0x2064},   {0x2066, 0x206f},   {0x3164, 0x3164},
        {0xfeff, 0xfeff},   {0xffa0, 0xffa0},   {0xfff9, 0xfffb},
        {0x110bd, 0x110bd}, {0x110cd, 0x110cd}, {0x13430, 0x1343f},
        {0x1bca0, 0x1bca3}, {0x1d173, 0x1d17a}, {0xe0001, 0xe0001},
        {0xe0020, 0xe007f},
    };

    for (size_t i = 0; i < sizeof(ranges) / sizeof(ranges[0]); i++) {
        if (wc >= ranges[i][0] && wc <= ranges[i][1])
            return 1;
    }
    return 0;
}

char *output__printable(const char *s)
{
    size_t left = strlen(s);
    /* No input byte takes more than 4 bytes of output: \xNN for one
     * byte, \uNNNN for 2 or 3 and \UNNNNNNNN for 4. */
    char *out = malloc(left * 4 + 1);
    size_t n = 0;
    locale_t utf8 = utf8_locale();
    locale_t previous = (locale_t)0;
    mbstate_t state;

    if (out == NULL)
        return NULL;
    if (utf8 != (locale_t)0)
        previous = uselocale(utf8);
    memset(&state, 0, sizeof(state));
    while (left > 0) {
        unsigned char byte = (unsigned char)*s;
        wchar_t wc;
        size_t len;

        if (byte < 0x80) {
            if (byte < 0x20 || byte == 0x7f) {
                n += (size_t)sprintf(out + n, "\\x%02x", byte);
            } else if (byte == '\\') {
                out[n++] = '\\';
                out[n++] = '\\';
            } else {
                out[n++] = (char)byte;
            }
            s++;
            left--;
            continue;
        }
        len = utf8 != (locale_t)0 ? mbrtowc(&wc, s, left, &state)
                                  : (size_t)-1;
        /* glibc decodes F4 90 80 80 as U+110000, past the end of
         * Unicode, so such sequences count as bad bytes. */
        if (len == (size_t)-1 || len == (size_t)-2 || len == 0 ||
            (unsigned long)wc > 0x10ffff) {
            memset(&state, 0, sizeof(state));
            n += (size_t)sprintf(out + n, "\\x%02x", byte);
            len = 1;
        } else if (!iswprint((wint_t)wc) || invisible(wc)) {
            n += (size_t)sprintf(out + n, wc <= 0xffff ? "\\u%04x"
                                                        : "\\U%08x",
                                 (unsigned)wc);
        } else {
            memcpy(out + n, s, len);
            n += len;
        }
        s += len;
        left -= len;
    }
    out[n] = '\0';
    if (utf8 != (locale_t)0)
        uselocale(previous);
    return out;
}

/* Returns the terminal columns that an output__printable() string takes, so
 * that a cell such as "grüße" or "注文" is padded to the same width as
 * others. Counting bytes would pad such a cell too little and shift the
 * columns after it. */
static size_t display_width(const char *s)
{
    size_t left = strlen(s);
    size_t width = 0;
    locale_t utf8 = utf8_locale();
    mbstate_t state;
    locale_t previous;

    if (utf8 == (locale_t)0)
        return left;
    previous = uselocale(utf8);
    memset(&state, 0, sizeof(state));
    while (left > 0) {
        wchar_t wc;
        size_t n = mbrtowc(&wc, s, left, &state);

        if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
            memset(&state, 0, sizeof(state));
            width++;
            n = 1;
        } else {
            int w = wcwidth(wc);

            width += w < 0 ? 1 : (size_t)w;
        }
        s += n;
        left -= n;
    }
    uselocale(previous);
    return width;
}

void output__table_print(const output_table_t *table, FILE *out)
{
    size_t widths[OUTPUT_TABLE_MAX_COLUMNS] = {0};
    int columns = table->columns;

    for (size_t r = 0; r < table->rows; r++)
        for (int c = 0; c < columns; c++) {
            size_t width = display_width(
                table->cells[r * (size_t)table->columns + (size_t)c]);
            if (width > widths[c])
                widths[c] = width;
        }

    for (size_t r = 0; r < table->rows; r++) {
        for (int c = 0; c < columns; c++) {
            const char *cell = table->cells[r * (size_t)table->columns +
                                            (size_t)c];

            /* The last column is not padded, so lines end without blanks. */
            fputs(cell, out);
            if (c == columns - 1) {
                fputc('\n', out);
                continue;
            }
            for (size_t pad = display_width(cell); pad < widths[c] + 2; pad++)
                fputc(' ', out);
        }
    }
}

void output__table_free(output_table_t *table)
{
    if (table == NULL)
        return;
    for (size_t i = 0; i < table->rows * (size_t)table->columns; i++)
        free(table->cells[i]);
    free(table->cells);
    free(table);
}

/* Output helpers of the data commands (topics, groups, produce, consume):
 * one-line errors on stderr, JSON documents and aligned text tables on
 * stdout. */
#ifndef HERALD_CLI_OUTPUT_H
#define HERALD_CLI_OUTPUT_H

#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

/* Prints "PROG: MESSAGE\n" on stderr. */
void output__error(const char *prog, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Prints doc as one line of compact JSON on stdout and releases the
 * reference. Returns 0, or -1 when doc is NULL (out of memory) or stdout
 * failed. */
int output__json(json_t *doc);

/* Returns a JSON string for len bytes, or NULL when they are not valid
 * UTF-8 (jansson accepts only UTF-8 strings). */
json_t *output__json_bytes(const void *data, size_t len);

/* Sets obj[name] to the bytes as a string when they are UTF-8, else sets
 * obj[name] to null and obj["<name>_base64"] to their Base64 encoding.
 * data NULL (absent, as a record without a key) sets null. Returns 0 or -1
 * when out of memory. */
int output__json_set_bytes(json_t *obj, const char *name, const void *data,
                           size_t len);

/* Returns the standard Base64 encoding (RFC 4648, with padding) of len
 * bytes as a NUL-terminated string to free(), or NULL when out of memory. */
char *output__base64(const void *data, size_t len);

/* Decodes output__base64() text. Returns the bytes, NUL-terminated, to
 * free() with their count in *len, or NULL for a character outside the
 * alphabet or when out of memory. */
char *output__base64_decode(const char *text, size_t *len);

/* Returns a copy of `s` to free() that is safe to print on a terminal, or
 * NULL when out of memory. Control characters, such as ESC or a newline in
 * a group id, become \xNN or \uNNNN, and so do bytes that are not part of
 * a UTF-8 character and format characters that reorder or hide text. A
 * backslash becomes two, so an escape cannot be mistaken for the same text
 * typed in. */
char *output__printable(const char *s);

/* A text table whose columns are padded to their widest cell; cells are
 * printed as output__printable() shows them. */
typedef struct output_table output_table_t;

#define OUTPUT_TABLE_MAX_COLUMNS 16

/* Creates a table with `columns` (1 to OUTPUT_TABLE_MAX_COLUMNS) columns
 * named by headers. Returns NULL for another column count or when out of
 * memory. */
output_table_t *output__table_new(int columns, const char *const *headers);

/* Appends a row of `columns` cells, each copied. Returns 0 or -1. */
int output__table_add(output_table_t *table, const char *const *cells);

/* Prints the header line and rows to out, two spaces between columns. */
void output__table_print(const output_table_t *table, FILE *out);

void output__table_free(output_table_t *table);

#endif

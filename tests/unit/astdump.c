/*
 * tests/unit/astdump.c -- parse a file (or stdin) and print its tree.
 *
 *   astdump [-e|-s] [-q] [FILE]   -e: eval mode, -s: single (REPL) mode,
 *                                 -q: errors as one "line:col:Kind:msg" line
 *
 * On a parse error prints CPython's report (file, line, source line, carets,
 * "Kind: message") and exits 1.
 */
#include "grammar/ast.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_all(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    for (;;) {
        if (n == cap) {
            char *b = realloc(buf, cap *= 2);
            if (!b) {
                free(buf);
                return NULL;
            }
            buf = b;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        if (got == 0)
            break;
        n += got;
    }
    *len = n;
    return buf;
}

/* The source line `line` (1-based) of src, with its length in bytes. */
static const char *source_line(const char *src, size_t len, int line, size_t *line_len)
{
    const char *s = src, *end = src + len;
    for (int l = 1; l < line && s < end; l++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        if (!nl)
            return NULL;
        s = nl + 1;
    }
    const char *e = s;
    while (e < end && *e != '\n' && *e != '\r')
        e++;
    *line_len = (size_t)(e - s);
    return s;
}

static void print_error(const char *name, const char *src, size_t len, const ParseError *err)
{
    printf("File \"%s\", line %d\n", name, err->line);
    size_t n = 0;
    const char *line = source_line(src, len, err->line, &n);
    if (line) {
        /* like CPython: strip leading blanks and shift the carets with them */
        int skipped = 0;
        while (n > 0 && (*line == ' ' || *line == '\t' || *line == '\f')) {
            line++;
            n--;
            skipped++;
        }
        printf("  %.*s\n  ", (int)n, line);
        int col = err->col - skipped, end = err->end_col - skipped;
        for (int i = 0; i < col; i++)
            putchar(' ');
        for (int i = col < 0 ? 0 : col; i < (end > col ? end : col + 1); i++)
            putchar('^');
        putchar('\n');
    }
    printf("%s: %s\n", err->kind, err->msg);
}

int main(int argc, char **argv)
{
    ParseMode mode = PARSE_FILE;
    const char *path = NULL;
    bool terse = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-e") == 0)
            mode = PARSE_EVAL;
        else if (strcmp(argv[i], "-s") == 0)
            mode = PARSE_SINGLE;
        else if (strcmp(argv[i], "-q") == 0)
            terse = true;
        else
            path = argv[i];
    }
    FILE *f = path ? fopen(path, "rb") : stdin;
    if (!f) {
        perror(path);
        return 2;
    }
    size_t len = 0;
    char *src = read_all(f, &len);
    if (path)
        fclose(f);
    if (!src) {
        fputs("astdump: out of memory\n", stderr);
        return 2;
    }
    Module mod;
    ParseError err;
    int status = 0;
    if (ast_parse(src, len, mode, &mod, &err)) {
        ast_dump(stdout, &mod);
        ast_free(&mod);
    } else {
        if (terse)
            printf("%d:%d:%s:%s\n", err.line, err.col, err.kind, err.msg);
        else
            print_error(path ? path : "<stdin>", src, len, &err);
        if (err.incomplete)
            printf("(incomplete input)\n");
        status = 1;
    }
    free(src);
    return status;
}

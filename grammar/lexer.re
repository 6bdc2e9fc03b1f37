/*
 * grammar/lexer.re -- UTF-8 source to tokens (re2c).
 *
 * Mirrors CPython 3.11's tokenizer (Parser/tokenizer.c) closely enough that
 * error messages and their columns match: the number scanner is a direct port
 * because its error positions depend on exactly how far it has read.
 *
 * The buffer is NUL-terminated and contains no other NUL (ast_parse checks),
 * so NUL is the end-of-input sentinel for re2c.  Lines end in '\n' only
 * (ast_parse normalises \r\n and \r).
 */
#include "grammar/internal.h"
#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- positions --------------------------------------------------------------- */

static int count_code_points(const char *from, const char *to)
{
    int n = 0;
    for (const char *s = from; s < to; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Incremental: tokens come in order, so a 10 MB line costs O(n), not O(n^2). */
int lexer_col(Lexer *lx, const char *pos)
{
    if (pos < lx->line_start)
        pos = lx->line_start;
    if (lx->col_pos < lx->line_start || pos < lx->col_pos) {
        lx->col_pos = lx->line_start;
        lx->col_count = 0;
    }
    lx->col_count += count_code_points(lx->col_pos, pos);
    lx->col_pos = pos;
    return lx->col_count + (lx->line == lx->first_line_no ? lx->first_line_col : 0);
}

static void start_new_line(Lexer *lx, const char *after_newline)
{
    lx->line++;
    lx->prev_line_start = lx->line_start;
    lx->line_start = after_newline;
    lx->col_pos = after_newline;
    lx->col_count = 0;
}

/* Where CPython puts ENDMARKER: the end of the last line of the source. */
static Loc eof_loc(Lexer *lx)
{
    Loc l;
    if (lx->cur == lx->line_start && lx->line > lx->first_line_no) {
        l.line = lx->line - 1;
        l.col = count_code_points(lx->prev_line_start, lx->line_start - 1);
        if (l.line == lx->first_line_no)
            l.col += lx->first_line_col;
    } else {
        l.line = lx->line;
        l.col = lexer_col(lx, lx->cur);
    }
    l.end_line = l.line;
    l.end_col = l.col;
    return l;
}

/* ---- errors ------------------------------------------------------------------ */

static void lex_verror(Lexer *lx, Token *t, int err_class, const char *kind, int line, int col,
                       int end_col, const char *fmt, va_list ap)
{
    if (!lx->failed) {
        lx->failed = true;
        lx->err_class = err_class;
        memset(&lx->err, 0, sizeof lx->err);
        vsnprintf(lx->err.msg, sizeof lx->err.msg, fmt, ap);
        lx->err.kind = kind;
        lx->err.line = line;
        lx->err.col = col < 0 ? 0 : col;
        lx->err.end_col = end_col > lx->err.col ? end_col : lx->err.col + 1;
    }
    t->kind = T_ERRORTOKEN;
    t->loc.line = t->loc.end_line = line;
    t->loc.col = col;
    t->loc.end_col = end_col;
}

#if defined(__GNUC__)
__attribute__((format(printf, 7, 8)))
#endif
static void lex_error(Lexer *lx, Token *t, int err_class, int line, int col, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lex_verror(lx, t, err_class, "SyntaxError", line, col, end_col, fmt, ap);
    va_end(ap);
}

#if defined(__GNUC__)
__attribute__((format(printf, 4, 5)))
#endif
static void lex_indent_error(Lexer *lx, Token *t, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    bool tab = strstr(fmt, "tabs") != NULL;
    lex_verror(lx, t, LEXERR_INDENT, tab ? "TabError" : "IndentationError", lx->line, col, col + 1, fmt, ap);
    va_end(ap);
}

/* CPython's syntaxerror(tok, ...): the caret goes under the character just
 * before the tokenizer's cursor. */
#if defined(__GNUC__)
__attribute__((format(printf, 4, 5)))
#endif
static void lex_error_at_cursor(Lexer *lx, Token *t, const char *cursor, const char *fmt, ...)
{
    int col = lexer_col(lx, cursor) - 1;
    va_list ap;
    va_start(ap, fmt);
    lex_verror(lx, t, LEXERR_RAISE, "SyntaxError", lx->line, col, col + 1, fmt, ap);
    va_end(ap);
}

/* ---- identifiers --------------------------------------------------------------- */

static uint32_t decode_utf8(const char *s, int *len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) { *len = 1; return u[0]; }
    if (u[0] < 0xE0) { *len = 2; return ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F); }
    if (u[0] < 0xF0) {
        *len = 3;
        return ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    }
    *len = 4;
    return ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) |
           ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
}

/* Without the Unicode database this approximates XID_Continue: letters of all
 * scripts pass, the common punctuation/symbol/space blocks do not. */
static bool is_identifier_code_point(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (c < 0xC0)
        return c == 0xAA || c == 0xB5 || c == 0xB7 || c == 0xBA;
    if (c == 0xD7 || c == 0xF7)
        return false;
    if (c >= 0x2000 && c <= 0x206F)
        return c == 0x203F || c == 0x2040 || c == 0x2054;
    if ((c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2190 && c <= 0x2BFF))
        return false;
    if ((c >= 0x3000 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) || c == 0x3030)
        return false;
    if ((c >= 0xD800 && c <= 0xF8FF) || (c >= 0xFE10 && c <= 0xFE6F && c != 0xFE33 && c != 0xFE34 &&
                                         !(c >= 0xFE4D && c <= 0xFE4F)))
        return false;
    if ((c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40 && c != 0xFF3F) ||
        (c >= 0xFF5B && c <= 0xFF65) || c >= 0xFFF0)
        return c > 0xFFFF && !(c >= 0x1F000 && c <= 0x1FAFF) && c < 0xF0000;
    return true;
}

static bool is_printable_code_point(uint32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD)
        return false;
    if ((c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F))
        return false;
    if (c == 0x3000 || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) || (c >= 0xE000 && c <= 0xF8FF))
        return false;
    return true;
}

/* Checks the non-ASCII characters of an identifier; false after reporting. */
static bool verify_identifier(Lexer *lx, Token *t, const char *start, const char *end)
{
    for (const char *s = start; s < end;) {
        int len;
        uint32_t c = decode_utf8(s, &len);
        if (!is_identifier_code_point(c)) {
            int col = lexer_col(lx, s);
            if (is_printable_code_point(c))
                lex_error(lx, t, LEXERR_RAISE, lx->line, col, col + 1, "invalid character '%.*s' (U+%04X)", len, s,
                          (unsigned)c);
            else
                lex_error(lx, t, LEXERR_RAISE, lx->line, col, col + 1, "invalid non-printable character U+%04X",
                          (unsigned)c);
            return false;
        }
        s += len;
    }
    return true;
}

static const struct { const char *word; int kind; } keywords[] = {
    {"False", T_FALSE}, {"None", T_NONE}, {"True", T_TRUE}, {"and", T_AND}, {"as", T_AS},
    {"assert", T_ASSERT}, {"async", T_ASYNC}, {"await", T_AWAIT}, {"break", T_BREAK},
    {"class", T_CLASS}, {"continue", T_CONTINUE}, {"def", T_DEF}, {"del", T_DEL},
    {"elif", T_ELIF}, {"else", T_ELSE}, {"except", T_EXCEPT}, {"finally", T_FINALLY},
    {"for", T_FOR}, {"from", T_FROM}, {"global", T_GLOBAL}, {"if", T_IF}, {"import", T_IMPORT},
    {"in", T_IN}, {"is", T_IS}, {"lambda", T_LAMBDA}, {"nonlocal", T_NONLOCAL}, {"not", T_NOT},
    {"or", T_OR}, {"pass", T_PASS}, {"raise", T_RAISE}, {"return", T_RETURN}, {"try", T_TRY},
    {"while", T_WHILE}, {"with", T_WITH}, {"yield", T_YIELD},
};

static int keyword_kind(const char *s, size_t n)
{
    if (n < 2 || n > 8)
        return 0;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strlen(keywords[i].word) == n && memcmp(keywords[i].word, s, n) == 0)
            return keywords[i].kind;
    return 0;
}

/* ---- numbers (port of tok_get's number branch) ------------------------------------ */

static bool is_potential_identifier_char(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
}

static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_xdigit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

typedef struct NumScan { Lexer *lx; Token *t; const char *s; } NumScan;

static int num_next(NumScan *n) { return (unsigned char)*n->s++; }
static void num_back(NumScan *n) { n->s--; }

static bool looking_at(const char *s, const char *word) { return strncmp(s, word, strlen(word)) == 0; }

/* A number may be directly followed by a keyword (`1if x else y`); otherwise an
 * identifier character right after it is an error. */
static bool verify_end_of_number(NumScan *n, int c, const char *kind)
{
    const char *after = n->s;   /* just past c */
    bool keyword_follows = (c == 'a' && looking_at(after, "nd")) || (c == 'e' && looking_at(after, "lse")) ||
                           (c == 'f' && looking_at(after, "or")) || (c == 'o' && looking_at(after, "r")) ||
                           (c == 'n' && looking_at(after, "ot")) ||
                           (c == 'i' && (*after == 'f' || *after == 'n' || *after == 's'));
    if (keyword_follows)
        return true;
    if (is_potential_identifier_char(c)) {
        num_back(n);
        lex_error_at_cursor(n->lx, n->t, n->s, "invalid %s literal", kind);
        return false;
    }
    return true;
}

static int decimal_tail(NumScan *n)
{
    int c;
    for (;;) {
        do
            c = num_next(n);
        while (is_digit(c));
        if (c != '_')
            break;
        c = num_next(n);
        if (!is_digit(c)) {
            num_back(n);
            lex_error_at_cursor(n->lx, n->t, n->s, "invalid decimal literal");
            return -1;
        }
    }
    return c;
}

/* Hex, octal and binary share a shape; only the digit set and the names differ. */
static bool radix_tail(NumScan *n, int radix, const char *kind)
{
    int c = num_next(n);
    do {
        if (c == '_')
            c = num_next(n);
        bool ok = radix == 16 ? is_xdigit(c) : (c >= '0' && c < '0' + radix);
        if (!ok) {
            if (radix != 16 && is_digit(c)) {
                lex_error_at_cursor(n->lx, n->t, n->s, "invalid digit '%c' in %s literal", c, kind);
                return false;
            }
            num_back(n);
            lex_error_at_cursor(n->lx, n->t, n->s, "invalid %s literal", kind);
            return false;
        }
        do
            c = num_next(n);
        while (radix == 16 ? is_xdigit(c) : (c >= '0' && c < '0' + radix));
    } while (c == '_');
    if (radix != 16 && is_digit(c)) {
        lex_error_at_cursor(n->lx, n->t, n->s, "invalid digit '%c' in %s literal", c, kind);
        return false;
    }
    if (!verify_end_of_number(n, c, kind))
        return false;
    num_back(n);
    return true;
}

/* Fraction/exponent/imaginary part; `c` is the character after the digits so far. */
static bool float_tail(NumScan *n, int c, bool in_fraction)
{
    if (in_fraction && is_digit(c)) {
        c = decimal_tail(n);
        if (c < 0)
            return false;
    }
    if (c == 'e' || c == 'E') {
        int e = c;
        c = num_next(n);
        if (c == '+' || c == '-') {
            c = num_next(n);
            if (!is_digit(c)) {
                num_back(n);
                lex_error_at_cursor(n->lx, n->t, n->s, "invalid decimal literal");
                return false;
            }
        } else if (!is_digit(c)) {
            num_back(n);
            if (!verify_end_of_number(n, e, "decimal"))
                return false;
            num_back(n);   /* the 'e' starts a keyword: the number ends before it */
            return true;
        }
        c = decimal_tail(n);
        if (c < 0)
            return false;
    }
    if (c == 'j' || c == 'J') {
        c = num_next(n);
        if (!verify_end_of_number(n, c, "imaginary"))
            return false;
    } else if (!verify_end_of_number(n, c, "decimal")) {
        return false;
    }
    num_back(n);
    return true;
}

static bool zero_prefixed(NumScan *n, int c)
{
    if (c == 'x' || c == 'X')
        return radix_tail(n, 16, "hexadecimal");
    if (c == 'o' || c == 'O')
        return radix_tail(n, 8, "octal");
    if (c == 'b' || c == 'B')
        return radix_tail(n, 2, "binary");
    bool nonzero = false;
    for (;;) {
        if (c == '_') {
            c = num_next(n);
            if (!is_digit(c)) {
                num_back(n);
                lex_error_at_cursor(n->lx, n->t, n->s, "invalid decimal literal");
                return false;
            }
        }
        if (c != '0')
            break;
        c = num_next(n);
    }
    const char *zeros_end = n->s;
    if (is_digit(c)) {
        nonzero = true;
        c = decimal_tail(n);
        if (c < 0)
            return false;
    }
    if (c == '.')
        return float_tail(n, num_next(n), true);
    if (c == 'e' || c == 'E' || c == 'j' || c == 'J')
        return float_tail(n, c, false);
    if (nonzero) {
        Lexer *lx = n->lx;
        int col = lexer_col(lx, n->t->start);
        lex_error(lx, n->t, LEXERR_RAISE, lx->line, col, lexer_col(lx, zeros_end - 1),
                  "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
        return false;
    }
    if (!verify_end_of_number(n, c, "decimal"))
        return false;
    num_back(n);
    return true;
}

/* Scans the number starting at t->start; returns the end or NULL after an error. */
static const char *scan_number(Lexer *lx, Token *t)
{
    NumScan n = { lx, t, t->start };
    int c = num_next(&n);
    bool ok;
    if (c == '.')
        ok = float_tail(&n, num_next(&n), true);
    else if (c == '0')
        ok = zero_prefixed(&n, num_next(&n));
    else {
        c = decimal_tail(&n);
        ok = c >= 0 && (c == '.' ? float_tail(&n, num_next(&n), true) : float_tail(&n, c, false));
    }
    return ok ? n.s : NULL;
}

/* ---- strings -------------------------------------------------------------------- */

static int string_prefix_flags(const char *s, const char *quote)
{
    int flags = 0;
    for (; s < quote; s++) {
        switch (*s | 0x20) {
        case 'r': flags |= STR_RAW; break;
        case 'b': flags |= STR_BYTES; break;
        case 'f': flags |= STR_FMT; break;
        case 'u': flags |= STR_UNICODE; break;
        }
    }
    return flags;
}

/* Finds the end of a string literal whose opening quote is at `quote`. */
static void scan_string(Lexer *lx, Token *t, const char *quote)
{
    char q = *quote;
    int qlen = (quote[1] == q && quote[2] == q) ? 3 : 1;
    const char *s = quote + qlen;
    /* draining: the value is never read */
    StrTok *st = lx->draining ? &lx->scratch_str : arena_alloc(lx->p->arena, sizeof *st);
    st->flags = string_prefix_flags(t->start, quote);
    st->quote_len = qlen;
    st->body = s;
    st->body_loc.line = lx->line;
    st->body_loc.col = lexer_col(lx, s);
    for (;;) {
        char c = *s;
        if ((c == '\0' && s >= lx->lim) || (c == '\n' && qlen == 1)) {
            int detected = lx->line;
            if (c == '\0' && s == lx->line_start && lx->line > lx->first_line_no)
                detected--;
            if (qlen == 3)
                lx->ended_in_triple_string = true;
            lex_error(lx, t, LEXERR_RAISE, t->loc.line, t->loc.col, t->loc.col + 1,
                      qlen == 3 ? "unterminated triple-quoted string literal (detected at line %d)"
                                : "unterminated string literal (detected at line %d)",
                      detected);
            lx->cur = s;
            return;
        }
        if (c == '\n') {
            start_new_line(lx, ++s);
            continue;
        }
        if (c == '\\') {
            s++;
            if (*s == '\0' && s >= lx->lim)
                continue;
            if (*s == '\n') {
                start_new_line(lx, ++s);
                continue;
            }
            s++;
            continue;
        }
        if (c == q && (qlen == 1 || (s[1] == q && s[2] == q))) {
            st->body_len = (size_t)(s - st->body);
            s += qlen;
            break;
        }
        s++;
    }
    lx->cur = s;
    t->kind = T_STRING;
    t->end = s;
    t->loc.end_line = lx->line;
    t->loc.end_col = lexer_col(lx, s);
    st->loc = t->loc;
    t->val.str = st;
}

/* ---- brackets ------------------------------------------------------------------- */

static void open_bracket(Lexer *lx, Token *t, char c)
{
    if (lx->level >= MAX_PAREN_LEVEL) {
        lex_error(lx, t, LEXERR_RAISE, lx->line, t->loc.col, t->loc.col + 1, "too many nested parentheses");
        return;
    }
    lx->paren[lx->level] = c;
    lx->paren_line[lx->level] = lx->line;
    lx->paren_col[lx->level] = t->loc.col;
    lx->level++;
}

static void close_bracket(Lexer *lx, Token *t, char c)
{
    if (lx->level == 0) {
        lex_error(lx, t, LEXERR_RAISE, lx->line, t->loc.col, t->loc.col + 1, "unmatched '%c'", c);
        return;
    }
    char open = lx->paren[lx->level - 1];
    bool match = (open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}');
    if (!match) {
        if (lx->paren_line[lx->level - 1] != lx->line)
            lex_error(lx, t, LEXERR_RAISE, lx->line, t->loc.col, t->loc.col + 1,
                      "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open,
                      lx->paren_line[lx->level - 1]);
        else
            lex_error(lx, t, LEXERR_RAISE, lx->line, t->loc.col, t->loc.col + 1,
                      "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
        return;
    }
    lx->level--;
}

/* ---- the re2c scanner for one token ----------------------------------------------- */

static void finish(Lexer *lx, Token *t, int kind, const char *end)
{
    t->kind = kind;
    t->end = end;
    lx->cur = end;
    t->loc.end_line = lx->line;
    t->loc.end_col = lexer_col(lx, end);
}

static void scan_name(Lexer *lx, Token *t, const char *end)
{
    bool ascii = true;
    for (const char *s = t->start; s < end; s++)
        ascii &= (unsigned char)*s < 0x80;
    if (!ascii && !verify_identifier(lx, t, t->start, end)) {
        lx->cur = end;
        return;
    }
    size_t n = (size_t)(end - t->start);
    int kw = keyword_kind(t->start, n);
    finish(lx, t, kw ? kw : T_NAME, end);
    if (!kw && !lx->draining)
        t->val.name = arena_strndup(lx->p->arena, t->start, n);
}

/* One token starting at lx->cur, which is not whitespace, comment or newline. */
static void scan_token(Lexer *lx, Token *t)
{
    const unsigned char *YYCURSOR = (const unsigned char *)lx->cur;
    const unsigned char *YYMARKER = YYCURSOR;
    const unsigned char *quote;
#define END ((const char *)YYCURSOR)
#define OP(kind) do { finish(lx, t, (kind), END); return; } while (0)
    /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:yyfill:enable = 0;
        re2c:flags:tags = 1;
        re2c:define:YYMARKER = YYMARKER;

        id_start = [a-zA-Z_\x80-\xff];
        id_cont = [a-zA-Z0-9_\x80-\xff];
        prefix = 'r' | 'u' | 'f' | 'b' | 'br' | 'rb' | 'fr' | 'rf';

        prefix? @quote ['"]   { scan_string(lx, t, (const char *)quote); return; }
        id_start id_cont*     { scan_name(lx, t, END); return; }
        [0-9] | "." [0-9]     {
            const char *end = scan_number(lx, t);
            if (!end) { lx->cur = t->start + 1; return; }
            finish(lx, t, T_NUMBER, end);
            if (!lx->draining)
                t->val.expr = ast_number(lx->p, t->start, (size_t)(end - t->start), t->loc);
            return;
        }
        [([{]     { open_bracket(lx, t, (char)YYCURSOR[-1]); if (!lx->failed) OP(YYCURSOR[-1]); return; }
        [)\]}]    { close_bracket(lx, t, (char)YYCURSOR[-1]); if (!lx->failed) OP(YYCURSOR[-1]); return; }
        "..."     { OP(T_ELLIPSIS); }
        "->"      { OP(T_ARROW); }
        ":="      { OP(T_WALRUS); }
        "**"      { OP(T_POW); }
        "//"      { OP(T_FLOORDIV); }
        "<<"      { OP(T_LSHIFT); }
        ">>"      { OP(T_RSHIFT); }
        "=="      { OP(T_EQEQ); }
        "!="      { OP(T_NE); }
        "<="      { OP(T_LE); }
        ">="      { OP(T_GE); }
        "+="      { t->val.op = OP_ADD; OP(T_AUGASSIGN); }
        "-="      { t->val.op = OP_SUB; OP(T_AUGASSIGN); }
        "*="      { t->val.op = OP_MUL; OP(T_AUGASSIGN); }
        "@="      { t->val.op = OP_MATMUL; OP(T_AUGASSIGN); }
        "/="      { t->val.op = OP_TRUEDIV; OP(T_AUGASSIGN); }
        "//="     { t->val.op = OP_FLOORDIV; OP(T_AUGASSIGN); }
        "%="      { t->val.op = OP_MOD; OP(T_AUGASSIGN); }
        "**="     { t->val.op = OP_POW; OP(T_AUGASSIGN); }
        "<<="     { t->val.op = OP_LSHIFT; OP(T_AUGASSIGN); }
        ">>="     { t->val.op = OP_RSHIFT; OP(T_AUGASSIGN); }
        "|="      { t->val.op = OP_BITOR; OP(T_AUGASSIGN); }
        "^="      { t->val.op = OP_BITXOR; OP(T_AUGASSIGN); }
        "&="      { t->val.op = OP_BITAND; OP(T_AUGASSIGN); }
        [-+*/%@&|^~<>=.,:;]  { OP(YYCURSOR[-1]); }
        *         { OP(T_BADCHAR); }
    */
#undef OP
#undef END
}

/* ---- layout: indentation, newlines, continuation ------------------------------------ */

static void set_token_start(Lexer *lx, Token *t, const char *start)
{
    memset(t, 0, sizeof *t);
    t->start = t->end = start;
    t->loc.line = t->loc.end_line = lx->line;
    t->loc.col = t->loc.end_col = lexer_col(lx, start);
}

/* Measures the indentation at the start of a line and queues INDENT/DEDENTs.
 * Returns false for a blank or comment-only line (which has no indentation). */
static bool measure_indentation(Lexer *lx, Token *t)
{
    int col = 0, altcol = 0;
    const char *s = lx->cur;
    for (;; s++) {
        if (*s == ' ')
            col++, altcol++;
        else if (*s == '\t')
            col = (col / 8 + 1) * 8, altcol++;
        else if (*s == '\f')
            col = altcol = 0;
        else
            break;
    }
    lx->cur = s;
    if (*s == '#' || *s == '\n' || (*s == '\0' && s >= lx->lim))
        return false;
    int top = lx->n_indents;
    if (col == lx->indents[top]) {
        if (altcol != lx->alt_indents[top])
            lex_indent_error(lx, t, 0, "inconsistent use of tabs and spaces in indentation");
    } else if (col > lx->indents[top]) {
        if (top + 1 >= MAX_INDENT_LEVEL) {
            lex_indent_error(lx, t, 0, "too many levels of indentation");
            return true;
        }
        if (altcol <= lx->alt_indents[top]) {
            lex_indent_error(lx, t, 0, "inconsistent use of tabs and spaces in indentation");
            return true;
        }
        lx->n_indents++;
        lx->indents[lx->n_indents] = col;
        lx->alt_indents[lx->n_indents] = altcol;
        lx->pending = 1;
    } else {
        while (lx->n_indents > 0 && col < lx->indents[lx->n_indents]) {
            lx->n_indents--;
            lx->pending--;
        }
        if (col != lx->indents[lx->n_indents]) {
            /* CPython points past the end of the offending line */
            const char *eol = s;
            while (*eol != '\n' && !(*eol == '\0' && eol >= lx->lim))
                eol++;
            lex_indent_error(lx, t, (int)(eol - lx->line_start), "unindent does not match any outer indentation level");
            return true;
        }
        if (altcol != lx->alt_indents[lx->n_indents])
            lex_indent_error(lx, t, 0, "inconsistent use of tabs and spaces in indentation");
    }
    return true;
}

static bool emit_pending(Lexer *lx, Token *t)
{
    if (lx->pending == 0)
        return false;
    set_token_start(lx, t, lx->cur);
    if (lx->pending > 0) {
        lx->pending--;
        t->kind = T_INDENT;
        /* CPython's caret for "unexpected indent" sits on the last indentation character */
        t->loc.col = t->loc.col > 0 ? t->loc.col - 1 : 0;
        t->loc.end_col = t->loc.col + 1;
    } else {
        lx->pending++;
        t->kind = T_DEDENT;
    }
    return true;
}

static void emit_eof(Lexer *lx, Token *t)
{
    set_token_start(lx, t, lx->cur);
    t->loc = eof_loc(lx);
    if (lx->level > 0 && !lx->no_indent) {
        int i = lx->level - 1;
        lex_error(lx, t, LEXERR_EOF_PAREN, lx->paren_line[i], lx->paren_col[i], lx->paren_col[i] + 1,
                  "'%c' was never closed", lx->paren[i]);
        return;
    }
    if (lx->line_has_tokens) {
        lx->line_has_tokens = false;
        t->kind = T_NEWLINE;
        lx->head_kind = lx->cur_head_kind;
        lx->head_line = lx->cur_head_line;
        return;
    }
    if (lx->n_indents > 0) {
        lx->n_indents--;
        t->kind = T_DEDENT;
        return;
    }
    lx->eof = true;
    t->kind = T_END;
}

/* The raw token stream, before the parenthesised-`with` lookahead. */
static void scan(Lexer *lx, Token *t)
{
    if (lx->failed) {
        set_token_start(lx, t, lx->cur);
        t->kind = T_ERRORTOKEN;
        return;
    }
    if (lx->start_token) {
        set_token_start(lx, t, lx->cur);
        t->kind = lx->start_token;
        lx->start_token = 0;
        return;
    }
    if (emit_pending(lx, t))
        return;
    for (;;) {
        if (lx->at_bol && lx->level == 0 && !lx->no_indent) {
            set_token_start(lx, t, lx->cur);
            bool has_code = measure_indentation(lx, t);
            if (lx->failed)
                return;
            if (has_code) {
                lx->at_bol = false;
                if (emit_pending(lx, t))
                    return;
            }
        }
        const char *s = lx->cur;
        while (*s == ' ' || *s == '\t' || *s == '\f')
            s++;
        const char *comment = NULL;
        if (*s == '#') {
            comment = s;
            while (*s != '\n' && !(*s == '\0' && s >= lx->lim))
                s++;
        }
        lx->cur = s;
        if (*s == '\0' && s >= lx->lim) {
            if (lx->no_indent && lx->line_has_tokens) {
                /* sub-lexers end without a NEWLINE */
                lx->line_has_tokens = false;
            }
            emit_eof(lx, t);
            return;
        }
        if (*s == '\n') {
            if (lx->level == 0 && lx->line_has_tokens && !lx->no_indent) {
                set_token_start(lx, t, comment ? comment : s);
                t->kind = T_NEWLINE;
                t->loc.end_col = t->loc.col + 1;
                lx->line_has_tokens = false;
                lx->head_kind = lx->cur_head_kind;
                lx->head_line = lx->cur_head_line;
                lx->at_bol = true;
                start_new_line(lx, s + 1);
                lx->cur = s + 1;
                return;
            }
            if (lx->level == 0)
                lx->at_bol = true;
            start_new_line(lx, s + 1);
            lx->cur = s + 1;
            continue;
        }
        if (*s == '\\') {
            if (s[1] != '\n') {
                /* CPython measures this one from the start of the whole input */
                set_token_start(lx, t, s);
                int col = (int)(s + 1 - lx->buf) + (s[1] != '\0' ? 1 : 0) - 1;
                lex_error(lx, t, LEXERR_RAISE, lx->line, col, col + 1,
                          "unexpected character after line continuation character");
                return;
            }
            start_new_line(lx, s + 2);
            lx->cur = s + 2;
            if (*lx->cur == '\0' && lx->cur >= lx->lim) {
                set_token_start(lx, t, lx->cur);
                lx->ended_after_backslash = true;
                if (lx->level > 0) {
                    emit_eof(lx, t);
                    return;
                }
                Loc l = eof_loc(lx);
                lex_error(lx, t, LEXERR_EOF_CONT, l.line, l.col, l.col + 1, "unexpected EOF while parsing");
                return;
            }
            continue;
        }
        break;
    }
    set_token_start(lx, t, lx->cur);
    scan_token(lx, t);
    if (t->kind != T_ERRORTOKEN && !lx->line_has_tokens) {
        lx->line_has_tokens = true;
        lx->cur_head_kind = t->kind;
        lx->cur_head_line = t->loc.line;
    }
}

/* ---- lookahead queue: `with (a as b, c as d):` ---------------------------------------- */

static void queue_push(Lexer *lx, const Token *t)
{
    if (lx->q_head + lx->q_len == lx->q_cap) {
        if (lx->q_head > 0) {
            memmove(lx->queue, lx->queue + lx->q_head, (size_t)lx->q_len * sizeof *lx->queue);
            lx->q_head = 0;
        } else {
            int cap = lx->q_cap ? lx->q_cap * 2 : 16;
            Token *q = realloc(lx->queue, (size_t)cap * sizeof *q);
            if (!q)
                abort();
            lx->queue = q;
            lx->q_cap = cap;
        }
    }
    lx->queue[lx->q_head + lx->q_len++] = *t;
}

/* After `with (`, an LALR(1) parser cannot tell a parenthesised list of with
 * items from a parenthesised expression.  Scan to the matching ')': when ':'
 * follows and the contents are not a bare generator or yield, the '(' becomes
 * WITH_LPAREN and the grammar takes the item-list form. */
static void classify_with_paren(Lexer *lx, Token *open)
{
    int depth = 1;
    bool expression_only = false, empty = true;
    Token t;
    while (depth > 0) {
        scan(lx, &t);
        queue_push(lx, &t);
        lx->prev_kind = t.kind;
        if (t.kind == T_ERRORTOKEN || t.kind == T_END || t.kind == T_NEWLINE)
            return;
        if (t.kind == '(' || t.kind == '[' || t.kind == '{')
            depth++;
        else if (t.kind == ')' || t.kind == ']' || t.kind == '}')
            depth--;
        else if (depth == 1 && (t.kind == T_FOR || t.kind == T_YIELD))
            expression_only = true;
        if (depth > 0)
            empty = false;
    }
    scan(lx, &t);
    queue_push(lx, &t);
    lx->prev_kind = t.kind;
    if (t.kind == ':' && !expression_only && !empty)
        open->kind = T_WITH_LPAREN;
}

void lexer_next(Lexer *lx, Token *t)
{
    if (lx->q_len > 0) {
        *t = lx->queue[lx->q_head++];
        lx->q_len--;
        if (lx->q_len == 0)
            lx->q_head = 0;
        return;
    }
    int prev = lx->prev_kind;
    scan(lx, t);
    lx->prev_kind = t->kind;
    if (t->kind == '(' && prev == T_WITH)
        classify_with_paren(lx, t);
}

void lexer_init(Lexer *lx, Parser *p, const char *buf, size_t len, int first_line, int first_col)
{
    memset(lx, 0, sizeof *lx);
    lx->p = p;
    lx->buf = lx->cur = buf;
    lx->lim = buf + len;
    lx->line = lx->first_line_no = first_line;
    lx->first_line_col = first_col;
    lx->line_start = lx->prev_line_start = lx->col_pos = buf;
    lx->at_bol = true;
}

void lexer_free(Lexer *lx)
{
    free(lx->queue);
    lx->queue = NULL;
}

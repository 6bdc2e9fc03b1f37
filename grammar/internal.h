/*
 * grammar/internal.h -- what lexer.re, parser.y and ast.c share.
 *
 * Nothing here is visible outside grammar/.  The lexer and the parser talk
 * through `Parser`, which owns the arena of one parse, the first error seen and
 * the lexer state.  F-string expressions are parsed by running a second Parser
 * over the substring; it shares the arena and the error slot of its parent.
 */
#ifndef PITH_GRAMMAR_INTERNAL_H
#define PITH_GRAMMAR_INTERNAL_H

#include "grammar/ast.h"

#include <stdint.h>

/* ---- arena ---------------------------------------------------------------- */

Arena *arena_new(void);
void arena_delete(Arena *a);
void *arena_alloc(Arena *a, size_t size);            /* zeroed, max-aligned */
char *arena_strndup(Arena *a, const char *s, size_t n);

/* A growable array of pointers living in the arena (old storage is abandoned
 * on growth, which costs at most twice the final size). */
typedef struct Vec { int n, cap; void **v; } Vec;
Vec *vec_new(Arena *a);
Vec *vec_push(Arena *a, Vec *vec, void *item);

/* ---- limits (CPython's where it has one) ------------------------------------ */

enum {
    MAX_PAREN_LEVEL = 200,     /* tokenizer MAXLEVEL */
    MAX_INDENT_LEVEL = 100,    /* tokenizer MAXINDENT */
    MAX_EXPR_DEPTH = 2000,     /* keeps recursive tree walkers off the C stack's end */
    MAX_FSTRING_NESTING = 2    /* "f-string: expressions nested too deeply" */
};

/* ---- tokens ---------------------------------------------------------------- */

/* A string literal as the lexer saw it; decoding happens in the parser because
 * f-strings need the expression parser. */
enum { STR_RAW = 1, STR_BYTES = 2, STR_FMT = 4, STR_UNICODE = 8 };
typedef struct StrTok {
    int flags;
    int quote_len;             /* 1 or 3 */
    const char *body;          /* the raw text between the quotes */
    size_t body_len;
    Loc loc;                   /* the whole literal, prefix included */
    Loc body_loc;              /* line/col where `body` starts */
} StrTok;

/* Every semantic value of the grammar; bison uses it via api.value.type. */
typedef union SemVal {
    const char *name;
    Expr *expr;
    Stmt *stmt;
    Vec *vec;
    StrTok *str;
    int op;
    struct ParamItem *param;
    struct ArgItem *arg;
    Comprehension *comp;
    ExceptHandler *handler;
    WithItem *withitem;
    Alias *alias;
    Arguments *arguments;
} SemVal;

typedef struct Token {
    int kind;                  /* a bison token kind or a character */
    Loc loc;
    SemVal val;
    const char *start, *end;   /* source bytes (for diagnostics) */
} Token;

/* ---- lexer ----------------------------------------------------------------- */

typedef struct Parser Parser;

/* How a tokenizer error ranks against an earlier parser error (CPython
 * re-tokenises the rest of the file after a parser error, see ast.c). */
enum { LEXERR_RAISE, LEXERR_INDENT, LEXERR_EOF_PAREN, LEXERR_EOF_CONT };

typedef struct Lexer {
    Parser *p;
    const char *buf, *cur, *lim;   /* *lim == '\0' */
    int line;                      /* line of `cur` */
    const char *line_start;
    const char *col_pos;           /* column cache: col_count code points before col_pos */
    int col_count;
    int first_line_no, first_line_col;  /* sub-lexers: where buf sits in the source */
    const char *prev_line_start;   /* start of the line before `line` */

    int indents[MAX_INDENT_LEVEL + 1], alt_indents[MAX_INDENT_LEVEL + 1];
    int n_indents;
    int pending;                   /* >0: INDENTs to emit, <0: DEDENTs */
    bool at_bol;                   /* at the beginning of a logical line */
    bool line_has_tokens;
    bool no_indent;                /* eval / f-string sub-lexer */

    char paren[MAX_PAREN_LEVEL];
    int paren_line[MAX_PAREN_LEVEL], paren_col[MAX_PAREN_LEVEL];
    int level;

    /* first keyword of the current / last logical line: "expected an indented block after ..." */
    int head_kind, head_line, cur_head_kind, cur_head_line;

    Token *queue;                  /* lookahead buffer (parenthesised `with`) */
    int q_head, q_len, q_cap;
    int prev_kind;                 /* last token produced by the scanner */

    /* a tokenizer error ends the token stream; the parser copies it when the
       error token reaches it (so a lookahead scan cannot report out of order) */
    bool failed;
    int err_class;                 /* LEXERR_* */
    ParseError err;

    bool eof;                      /* ENDMARKER produced */
    bool ended_in_triple_string, ended_after_backslash;
    int start_token;               /* sent first: selects the grammar's entry */
    bool draining;                 /* only looking for errors: no token values */
    StrTok scratch_str;
} Lexer;

void lexer_init(Lexer *lx, Parser *p, const char *buf, size_t len, int first_line, int first_col);
void lexer_free(Lexer *lx);
/* The next token for the parser. */
void lexer_next(Lexer *lx, Token *t);
/* Code-point column of a position on the current line of the lexer. */
int lexer_col(Lexer *lx, const char *pos);

/* ---- parser ---------------------------------------------------------------- */

struct Parser {
    Arena *arena;
    ParseMode mode;
    ParseError *err;
    bool failed;
    bool lexer_failed;             /* the first error came from the tokenizer */
    Lexer lx;
    StmtList body;
    Token last;                    /* last token handed to bison ("last token fetched") */
    Token prev;                    /* the one before it */
    Expr *last_disjunction;        /* most recently reduced or_test (comma hint) */
    Expr *ifexp_body;              /* body of the latest `x if`: "expected 'else'" */
    int fstring_depth;
    bool no_retokenize;            /* "unexpected indent": CPython does not look further */
    const char *src_begin;         /* the whole normalised source, for error lines */
};

/* Records an error unless one is already recorded (first error wins). */
void parser_error(Parser *p, const char *kind, int line, int col, int end_col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;
void parser_error_at(Parser *p, Loc loc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Runs the bison parser; returns 0 on success. */
int parser_run(Parser *p);

/* ---- node construction (ast.c) --------------------------------------------- */

Expr *ast_expr(Parser *p, ExprKind kind, Loc loc);
Expr *ast_name(Parser *p, const char *name, Loc loc);
Expr *ast_binop(Parser *p, Expr *l, BinOp op, Expr *r, Loc loc);
Expr *ast_unary(Parser *p, UnaryOp op, Expr *e, Loc loc);
Expr *ast_boolop(Parser *p, bool is_and, Expr *l, Expr *r, Loc loc);
Expr *ast_compare(Parser *p, Expr *l, CmpOp op, Expr *r, Loc loc);
Expr *ast_seq(Parser *p, ExprKind kind, Vec *elts, Loc loc);
Expr *ast_tuple_of(Parser *p, Vec *elts, Loc loc);
Expr *ast_group(Parser *p, Expr *e, Loc loc);        /* "( e )": marks e parenthesised */
Expr *ast_strings(Parser *p, Vec *strtoks, Loc loc);
Expr *ast_number(Parser *p, const char *start, size_t len, Loc loc);
Expr *ast_named(Parser *p, Expr *target, Expr *value, Loc loc);
Expr *ast_ifexp(Parser *p, Expr *body, Expr *test, Expr *orelse, Loc loc);
Expr *ast_starred(Parser *p, Expr *value, Loc loc);
Expr *ast_attribute(Parser *p, Expr *value, const char *attr, Loc loc);
Expr *ast_subscript(Parser *p, Expr *value, Expr *index, Loc loc);
Expr *ast_slice(Parser *p, Expr *lo, Expr *hi, Expr *step, Loc loc);
Expr *ast_call(Parser *p, Expr *func, Vec *args, Loc loc);
Expr *ast_lambda(Parser *p, Arguments *args, Expr *body, Loc loc);
Expr *ast_comp(Parser *p, ExprKind kind, Expr *elt, Expr *value, Vec *gens, Loc loc);
Expr *ast_dict(Parser *p, Vec *pairs, Loc loc);
Expr *ast_yield(Parser *p, ExprKind kind, Expr *value, Loc loc);
Expr *ast_await(Parser *p, Expr *value, Loc loc);
bool ast_is_parenthesized(const Expr *e);
Comprehension *ast_comprehension(Parser *p, Expr *target, Expr *iter);

/* Function / lambda parameters: collected as items, checked in order. */
typedef enum { PI_PLAIN, PI_SLASH, PI_STAR, PI_STARSTAR } ParamItemKind;
typedef struct ParamItem {
    ParamItemKind kind;
    Arg *arg;                  /* NULL for '/' and a bare '*' */
    Expr *deflt;
    Loc loc;
} ParamItem;
ParamItem *ast_param(Parser *p, ParamItemKind kind, const char *name, Expr *annotation, Expr *deflt, Loc loc);
Arguments *ast_arguments(Parser *p, Vec *items, bool is_lambda);

/* Call arguments: collected as items, checked and split into args/keywords. */
typedef enum { AI_POS, AI_STAR, AI_KEYWORD, AI_STARSTAR, AI_GENEXP } ArgItemKind;
typedef struct ArgItem { ArgItemKind kind; Expr *value; Expr *key; Loc loc; } ArgItem;
ArgItem *ast_argitem(Parser *p, ArgItemKind kind, Expr *key, Expr *value, Loc loc);

Stmt *ast_stmt(Parser *p, StmtKind kind, Loc loc);
Stmt *ast_expr_stmt(Parser *p, Expr *e, Loc loc);
Stmt *ast_assign(Parser *p, Vec *targets, Expr *value, Loc loc);
Stmt *ast_augassign(Parser *p, Expr *target, int op, Expr *value, Loc loc);
Stmt *ast_annassign(Parser *p, Expr *target, Expr *annotation, Expr *value, Loc loc);
Stmt *ast_del(Parser *p, Expr *targets, Loc loc);
Stmt *ast_for(Parser *p, Expr *target, Expr *iter, StmtList body, StmtList orelse, Loc loc);
Stmt *ast_with(Parser *p, Vec *items, StmtList body, Loc loc);
WithItem *ast_withitem(Parser *p, Expr *context, Expr *target);
Stmt *ast_funcdef(Parser *p, const char *name, Arguments *args, Expr *returns, StmtList body, Loc loc);
Stmt *ast_classdef(Parser *p, const char *name, Vec *args, StmtList body, Loc loc);
Stmt *ast_decorated(Parser *p, Vec *decorators, Stmt *def);
ExceptHandler *ast_handler(Parser *p, Expr *type, const char *name, StmtList body, Loc loc);
Alias *ast_alias(Parser *p, const char *name, const char *asname, Loc loc);

/* Expression targets (assignment, for, with, comprehension); reports CPython's
 * message and returns false when `e` cannot be assigned to. */
bool ast_check_target(Parser *p, Expr *e, bool is_del);

ExprList ast_exprlist(Vec *v);
/* CPython's name for an expression in messages: "function call", "literal", ... */
const char *ast_expr_name(const Expr *e);
StmtList ast_stmtlist(Vec *v);

/* Sub-parse of an f-string replacement field: fills *out with the expression. */
Expr *ast_parse_fstring_expr(Parser *parent, const char *start, size_t len, int line, int col);

#endif

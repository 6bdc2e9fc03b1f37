/*
 * grammar/ -- source text to abstract syntax tree.
 *
 * This is the one public header of grammar/.  The lexer (lexer.re, re2c) turns
 * UTF-8 source into tokens, producing NEWLINE / INDENT / DEDENT itself; the
 * parser (parser.y, a pure bison parser with locations) builds the tree
 * declared here.  Nothing outside grammar/ sees tokens.
 *
 * Invariants:
 *  - Every node, string and array of one parse lives in that parse's Arena and
 *    is freed all at once by ast_free(); no node is shared between parses.
 *  - Identifiers are NUL-terminated UTF-8.  String constants are decoded
 *    (escapes resolved, adjacent literals concatenated) and carry an explicit
 *    length because they may contain NUL.
 *  - Lines are 1-based; columns are 0-based and count code points, so a caret
 *    under column c sits under the c-th character of the source line.
 *  - The tree is what the source says, nothing more: scope analysis and
 *    constant folding belong to vm/compile.c.
 */
#ifndef PITH_GRAMMAR_AST_H
#define PITH_GRAMMAR_AST_H

#include <stddef.h>
#include <stdbool.h>

typedef struct Loc { int line, col, end_line, end_col; } Loc;

typedef struct Expr Expr;
typedef struct Stmt Stmt;

typedef struct ExprList { int n; Expr **v; } ExprList;
typedef struct StmtList { int n; Stmt **v; } StmtList;
typedef struct NameList { int n; const char **v; } NameList;

typedef enum BinOp {
    OP_ADD, OP_SUB, OP_MUL, OP_MATMUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW,
    OP_LSHIFT, OP_RSHIFT, OP_BITOR, OP_BITXOR, OP_BITAND,
    BINOP_COUNT
} BinOp;

typedef enum UnaryOp { UOP_NOT, UOP_NEG, UOP_POS, UOP_INVERT } UnaryOp;

typedef enum CmpOp {
    CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE,   /* order = rich-compare op codes */
    CMP_IS, CMP_IS_NOT, CMP_IN, CMP_NOT_IN
} CmpOp;

typedef enum ExprKind {
    E_NAME,          /* name */
    E_INT,           /* text: the literal as written ("0x_ff", "10", "1_000") */
    E_FLOAT,         /* text: the literal as written ("1e3", "1_0.5") */
    E_IMAG,          /* text: imaginary literal ("3j"); the compiler rejects it */
    E_STR,           /* str.s, str.len: decoded UTF-8 */
    E_BYTES,         /* str.s, str.len: decoded bytes */
    E_NONE, E_TRUE, E_FALSE, E_ELLIPSIS,
    E_FSTRING,       /* elts: parts, each an E_STR or an E_FORMATTED */
    E_FORMATTED,     /* formatted: value, conversion ('s','r','a' or 0), spec (an E_FSTRING or NULL) */
    E_BINOP,         /* binop */
    E_UNARY,         /* unary */
    E_BOOLOP,        /* boolop: is_and, values (n >= 2) */
    E_COMPARE,       /* compare: left, ops[n], rights (n >= 1) */
    E_IFEXP,         /* ifexp: test ? body : orelse */
    E_LAMBDA,        /* lambda: args, body */
    E_CALL,          /* call: func, args (may hold E_STARRED), keywords */
    E_ATTRIBUTE,     /* attribute: value.attr */
    E_SUBSCRIPT,     /* subscript: value[index]; a[1, 2] has an E_TUPLE index */
    E_SLICE,         /* slice: lower, upper, step, each may be NULL */
    E_STARRED,       /* starred: value (in calls, displays, assignment targets) */
    E_LIST, E_TUPLE, E_SET,  /* elts */
    E_DICT,          /* dict: keys, values; a NULL key means **values[i] */
    E_LISTCOMP, E_SETCOMP, E_GENEXP,  /* comp: elt, generators */
    E_DICTCOMP,      /* comp: key = elt, value, generators */
    E_YIELD,         /* yield_: value (may be NULL) */
    E_YIELD_FROM,    /* yield_: value */
    E_NAMED,         /* named: target (an E_NAME) := value */
    E_AWAIT          /* parsed only to be rejected by the compiler */
} ExprKind;

typedef struct Keyword { const char *arg; Expr *value; Loc loc; } Keyword;  /* arg NULL: **value */
typedef struct KeywordList { int n; Keyword **v; } KeywordList;

typedef struct Comprehension {
    Expr *target, *iter;
    ExprList ifs;
    bool is_async;
} Comprehension;
typedef struct ComprehensionList { int n; Comprehension **v; } ComprehensionList;

typedef struct Arg { const char *name; Expr *annotation; Loc loc; } Arg;
typedef struct ArgList { int n; Arg **v; } ArgList;

typedef struct Arguments {
    ArgList posonly;       /* before '/' */
    ArgList args;          /* ordinary positional-or-keyword */
    Arg *vararg;           /* *args or NULL */
    ArgList kwonly;        /* after '*' or '*args' */
    ExprList kw_defaults;  /* same length as kwonly; NULL entry = required */
    Arg *kwarg;            /* **kwargs or NULL */
    ExprList defaults;     /* defaults of the last posonly+args parameters */
} Arguments;

struct Expr {
    ExprKind kind;
    Loc loc;
    union {
        const char *name;
        const char *text;
        struct { const char *s; size_t len; } str;
        ExprList elts;
        struct { Expr *value; int conversion; Expr *spec; } formatted;
        struct { BinOp op; Expr *left, *right; } binop;
        struct { UnaryOp op; Expr *operand; } unary;
        struct { bool is_and; ExprList values; } boolop;
        struct { Expr *left; CmpOp *ops; ExprList rights; } compare;
        struct { Expr *test, *body, *orelse; } ifexp;
        struct { Arguments *args; Expr *body; } lambda;
        struct { Expr *func; ExprList args; KeywordList keywords; } call;
        struct { Expr *value; const char *attr; } attribute;
        struct { Expr *value, *index; } subscript;
        struct { Expr *lower, *upper, *step; } slice;
        struct { Expr *value; } starred;
        struct { ExprList keys, values; } dict;
        struct { Expr *elt, *value; ComprehensionList generators; } comp;
        struct { Expr *value; } yield_;
        struct { Expr *target, *value; } named;
    } u;
};

typedef enum StmtKind {
    S_EXPR,       /* expr */
    S_ASSIGN,     /* assign: targets (a = b = value has 2), value */
    S_AUGASSIGN,  /* augassign: target op= value */
    S_ANNASSIGN,  /* annassign: target: annotation [= value]; simple: target is a bare name */
    S_DEL,        /* del_: targets */
    S_PASS, S_BREAK, S_CONTINUE,
    S_RETURN,     /* expr (may be NULL) */
    S_RAISE,      /* raise: exc (may be NULL), cause (may be NULL) */
    S_GLOBAL, S_NONLOCAL,  /* names */
    S_IF, S_WHILE,         /* cond: test, body, orelse (elif = an S_IF alone in orelse) */
    S_FOR,        /* for_: target, iter, body, orelse */
    S_FUNCDEF,    /* funcdef */
    S_CLASSDEF,   /* classdef */
    S_TRY,        /* try_ */
    S_WITH,       /* with: items, body */
    S_ASSERT,     /* assert_: test, msg (may be NULL) */
    S_IMPORT,     /* import: names (module "a.b.c" with asname or NULL) */
    S_IMPORTFROM  /* import: module (NULL for "from . import x"), level, names ("*" alone for star) */
} StmtKind;

typedef struct ExceptHandler {
    Expr *type;            /* NULL for a bare except: */
    const char *name;      /* as NAME, or NULL */
    StmtList body;
    Loc loc;
} ExceptHandler;
typedef struct HandlerList { int n; ExceptHandler **v; } HandlerList;

typedef struct WithItem { Expr *context; Expr *target; } WithItem;  /* target may be NULL */
typedef struct WithItemList { int n; WithItem **v; } WithItemList;

typedef struct Alias { const char *name; const char *asname; Loc loc; } Alias;
typedef struct AliasList { int n; Alias **v; } AliasList;

struct Stmt {
    StmtKind kind;
    Loc loc;
    union {
        Expr *expr;
        struct { ExprList targets; Expr *value; } assign;
        struct { Expr *target; BinOp op; Expr *value; } augassign;
        struct { Expr *target, *annotation, *value; bool simple; } annassign;
        struct { ExprList targets; } del_;
        struct { Expr *exc, *cause; } raise;
        NameList names;
        struct { Expr *test; StmtList body, orelse; } cond;
        struct { Expr *target, *iter; StmtList body, orelse; } for_;
        struct {
            const char *name; Arguments *args; StmtList body;
            ExprList decorators; Expr *returns; bool is_async;
        } funcdef;
        struct {
            const char *name; ExprList bases; KeywordList keywords;
            StmtList body; ExprList decorators;
        } classdef;
        struct { StmtList body; HandlerList handlers; StmtList orelse, finalbody; } try_;
        struct { WithItemList items; StmtList body; bool is_async; } with;
        struct { Expr *test, *msg; } assert_;
        struct { const char *module; int level; AliasList names; } import;
    } u;
};

typedef struct Arena Arena;

/* The result of one parse.  On failure `body` is empty and `error` says why. */
typedef struct ParseError {
    char msg[256];        /* CPython's wording: "invalid syntax", "expected ':'", ... */
    const char *kind;     /* "SyntaxError" or "IndentationError" or "TabError" */
    int line, col;        /* where the caret goes (col 0-based, in code points) */
    int end_col;          /* CPython prints carets from col to end_col (>= col+1) */
    bool incomplete;      /* input ended inside an open block/bracket/string:
                             the REPL asks for another line instead of failing */
} ParseError;

typedef enum ParseMode {
    PARSE_FILE,     /* a module: statements to end of input */
    PARSE_SINGLE,   /* one interactive statement (REPL); compound ones end at a blank line */
    PARSE_EVAL      /* one expression (eval()): body holds a single S_EXPR */
} ParseMode;

typedef struct Module {
    Arena *arena;
    StmtList body;
} Module;

/* Parses `len` bytes of UTF-8 source.  Returns true and fills *mod on success;
 * false and fills *err on failure (mod->arena is then already freed). */
bool ast_parse(const char *src, size_t len, ParseMode mode, Module *mod, ParseError *err);

/* Frees everything one parse allocated. */
void ast_free(Module *mod);

/* Writes the tree in a compact indented form (for tests and `pith --dump-ast`). */
#include <stdio.h>
void ast_dump(FILE *out, const Module *mod);

#endif

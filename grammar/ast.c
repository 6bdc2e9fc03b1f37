/*
 * grammar/ast.c -- the arena, node constructors with CPython's parse-time
 * checks, string literal decoding and f-strings, ast_parse and ast_dump.
 */
#include "grammar/internal.h"
#include "parser.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ==== arena ===================================================================== */

typedef struct Chunk { struct Chunk *next; size_t used, size; max_align_t data[]; } Chunk;
struct Arena { Chunk *head; };

enum { CHUNK_SIZE = 64 * 1024 };

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fputs("pith: out of memory while parsing\n", stderr);
        abort();
    }
    return p;
}

Arena *arena_new(void)
{
    Arena *a = xmalloc(sizeof *a);
    a->head = NULL;
    return a;
}

void arena_delete(Arena *a)
{
    if (!a)
        return;
    for (Chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(a);
}

void *arena_alloc(Arena *a, size_t size)
{
    const size_t align = sizeof(max_align_t);
    size = (size + align - 1) / align * align;
    Chunk *c = a->head;
    if (!c || c->size - c->used < size) {
        size_t cap = size > CHUNK_SIZE / 4 ? size : CHUNK_SIZE;
        Chunk *n = xmalloc(sizeof *n + cap);
        n->size = cap;
        n->used = 0;
        if (c && size > CHUNK_SIZE / 4) {
            /* a big block goes behind the current chunk, which keeps filling */
            n->next = c->next;
            c->next = n;
        } else {
            n->next = c;
            a->head = n;
        }
        c = n;
    }
    void *p = (char *)c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *d = arena_alloc(a, n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

Vec *vec_new(Arena *a)
{
    return arena_alloc(a, sizeof(Vec));
}

Vec *vec_push(Arena *a, Vec *vec, void *item)
{
    if (vec->n == vec->cap) {
        int cap = vec->cap ? vec->cap * 2 : 4;
        void **v = arena_alloc(a, (size_t)cap * sizeof *v);
        if (vec->n)
            memcpy(v, vec->v, (size_t)vec->n * sizeof *v);
        vec->v = v;
        vec->cap = cap;
    }
    vec->v[vec->n++] = item;
    return vec;
}

ExprList ast_exprlist(Vec *v)
{
    ExprList l = { v ? v->n : 0, v ? (Expr **)v->v : NULL };
    return l;
}

StmtList ast_stmtlist(Vec *v)
{
    StmtList l = { v ? v->n : 0, v ? (Stmt **)v->v : NULL };
    return l;
}

/* ==== errors ==================================================================== */

static void verror(Parser *p, const char *kind, int line, int col, int end_col, const char *fmt, va_list ap)
{
    if (p->failed)
        return;
    p->failed = true;
    ParseError *e = p->err;
    memset(e, 0, sizeof *e);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    e->kind = kind;
    e->line = line;
    e->col = col < 0 ? 0 : col;
    e->end_col = end_col > e->col ? end_col : e->col + 1;
}

void parser_error(Parser *p, const char *kind, int line, int col, int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, kind, line, col, end_col, fmt, ap);
    va_end(ap);
}

void parser_error_at(Parser *p, Loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, "SyntaxError", loc.line, loc.col, loc.end_line == loc.line ? loc.end_col : loc.col + 1, fmt, ap);
    va_end(ap);
}

/* ==== expression nodes ============================================================ */

/* Every Expr is the head of an ExprNode: the extra fields serve the parser only. */
typedef struct ExprNode {
    Expr e;
    int depth;          /* height of the subtree: bounded so tree walkers cannot overflow */
    int cap;            /* capacity of boolop.values / compare arrays being extended */
    bool parenthesized;
} ExprNode;

static ExprNode *node(const Expr *e) { return (ExprNode *)e; }

bool ast_is_parenthesized(const Expr *e) { return e && node(e)->parenthesized; }

static void grow_depth(Parser *p, Expr *e, const Expr *child)
{
    if (!child)
        return;
    int d = node(child)->depth + 1;
    if (d > node(e)->depth) {
        node(e)->depth = d;
        if (d > MAX_EXPR_DEPTH)
            parser_error_at(p, e->loc, "too many nested parentheses");
    }
}

Expr *ast_expr(Parser *p, ExprKind kind, Loc loc)
{
    ExprNode *n = arena_alloc(p->arena, sizeof *n);
    n->e.kind = kind;
    n->e.loc = loc;
    n->depth = 1;
    return &n->e;
}

Expr *ast_name(Parser *p, const char *name, Loc loc)
{
    Expr *e = ast_expr(p, E_NAME, loc);
    e->u.name = name;
    return e;
}

Expr *ast_number(Parser *p, const char *start, size_t len, Loc loc)
{
    ExprKind kind = E_INT;
    char last = start[len - 1];
    bool hex = len > 1 && start[0] == '0' && (start[1] == 'x' || start[1] == 'X');
    if (last == 'j' || last == 'J')
        kind = E_IMAG;
    else if (!hex && (memchr(start, '.', len) || memchr(start, 'e', len) || memchr(start, 'E', len)))
        kind = E_FLOAT;
    Expr *e = ast_expr(p, kind, loc);
    e->u.text = arena_strndup(p->arena, start, len);
    return e;
}

Expr *ast_binop(Parser *p, Expr *l, BinOp op, Expr *r, Loc loc)
{
    Expr *e = ast_expr(p, E_BINOP, loc);
    e->u.binop.op = op;
    e->u.binop.left = l;
    e->u.binop.right = r;
    grow_depth(p, e, l);
    grow_depth(p, e, r);
    return e;
}

Expr *ast_unary(Parser *p, UnaryOp op, Expr *operand, Loc loc)
{
    Expr *e = ast_expr(p, E_UNARY, loc);
    e->u.unary.op = op;
    e->u.unary.operand = operand;
    grow_depth(p, e, operand);
    return e;
}

/* Appends to an ExprList whose capacity is kept in the owning node. */
static void list_append(Parser *p, Expr *owner, ExprList *list, Expr *item)
{
    ExprNode *n = node(owner);
    if (list->n == n->cap) {
        int cap = n->cap ? n->cap * 2 : 4;
        Expr **v = arena_alloc(p->arena, (size_t)cap * sizeof *v);
        if (list->n)
            memcpy(v, list->v, (size_t)list->n * sizeof *v);
        list->v = v;
        n->cap = cap;
    }
    list->v[list->n++] = item;
    grow_depth(p, owner, item);
}

/* `a or b or c` is one BoolOp with three values, as in CPython. */
Expr *ast_boolop(Parser *p, bool is_and, Expr *l, Expr *r, Loc loc)
{
    Expr *e = l;
    if (!(l->kind == E_BOOLOP && l->u.boolop.is_and == is_and && !ast_is_parenthesized(l))) {
        e = ast_expr(p, E_BOOLOP, loc);
        e->u.boolop.is_and = is_and;
        list_append(p, e, &e->u.boolop.values, l);
    }
    e->loc = loc;
    list_append(p, e, &e->u.boolop.values, r);
    return e;
}

/* `a < b < c` is one Compare with two operators. */
Expr *ast_compare(Parser *p, Expr *l, CmpOp op, Expr *r, Loc loc)
{
    Expr *e = l;
    if (!(l->kind == E_COMPARE && !ast_is_parenthesized(l))) {
        e = ast_expr(p, E_COMPARE, loc);
        e->u.compare.left = l;
        grow_depth(p, e, l);
    }
    e->loc = loc;
    int n = e->u.compare.rights.n;
    if (n == node(e)->cap) {
        int cap = n ? n * 2 : 4;
        CmpOp *ops = arena_alloc(p->arena, (size_t)cap * sizeof *ops);
        if (n)
            memcpy(ops, e->u.compare.ops, (size_t)n * sizeof *ops);
        e->u.compare.ops = ops;
    }
    e->u.compare.ops[n] = op;
    list_append(p, e, &e->u.compare.rights, r);
    return e;
}

Expr *ast_seq(Parser *p, ExprKind kind, Vec *elts, Loc loc)
{
    Expr *e = ast_expr(p, kind, loc);
    e->u.elts = ast_exprlist(elts);
    for (int i = 0; i < elts->n; i++)
        grow_depth(p, e, elts->v[i]);
    return e;
}

Expr *ast_tuple_of(Parser *p, Vec *elts, Loc loc)
{
    return ast_seq(p, E_TUPLE, elts, loc);
}

Expr *ast_group(Parser *p, Expr *e, Loc loc)
{
    (void)p;
    (void)loc;
    node(e)->parenthesized = true;
    return e;
}

Expr *ast_named(Parser *p, Expr *target, Expr *value, Loc loc)
{
    if (target->kind != E_NAME || ast_is_parenthesized(target))
        parser_error_at(p, target->loc, "cannot use assignment expressions with %s", ast_expr_name(target));
    Expr *e = ast_expr(p, E_NAMED, loc);
    e->u.named.target = target;
    e->u.named.value = value;
    grow_depth(p, e, value);
    return e;
}

Expr *ast_ifexp(Parser *p, Expr *body, Expr *test, Expr *orelse, Loc loc)
{
    Expr *e = ast_expr(p, E_IFEXP, loc);
    e->u.ifexp.test = test;
    e->u.ifexp.body = body;
    e->u.ifexp.orelse = orelse;
    grow_depth(p, e, test);
    grow_depth(p, e, body);
    grow_depth(p, e, orelse);
    return e;
}

Expr *ast_starred(Parser *p, Expr *value, Loc loc)
{
    Expr *e = ast_expr(p, E_STARRED, loc);
    e->u.starred.value = value;
    grow_depth(p, e, value);
    return e;
}

Expr *ast_attribute(Parser *p, Expr *value, const char *attr, Loc loc)
{
    Expr *e = ast_expr(p, E_ATTRIBUTE, loc);
    e->u.attribute.value = value;
    e->u.attribute.attr = attr;
    grow_depth(p, e, value);
    return e;
}

Expr *ast_subscript(Parser *p, Expr *value, Expr *index, Loc loc)
{
    Expr *e = ast_expr(p, E_SUBSCRIPT, loc);
    e->u.subscript.value = value;
    e->u.subscript.index = index;
    grow_depth(p, e, value);
    grow_depth(p, e, index);
    return e;
}

Expr *ast_slice(Parser *p, Expr *lo, Expr *hi, Expr *step, Loc loc)
{
    Expr *e = ast_expr(p, E_SLICE, loc);
    e->u.slice.lower = lo;
    e->u.slice.upper = hi;
    e->u.slice.step = step;
    grow_depth(p, e, lo);
    grow_depth(p, e, hi);
    grow_depth(p, e, step);
    return e;
}

Expr *ast_lambda(Parser *p, Arguments *args, Expr *body, Loc loc)
{
    Expr *e = ast_expr(p, E_LAMBDA, loc);
    e->u.lambda.args = args;
    e->u.lambda.body = body;
    grow_depth(p, e, body);
    for (int i = 0; i < args->defaults.n; i++)
        grow_depth(p, e, args->defaults.v[i]);
    for (int i = 0; i < args->kw_defaults.n; i++)
        grow_depth(p, e, args->kw_defaults.v[i]);
    return e;
}

Comprehension *ast_comprehension(Parser *p, Expr *target, Expr *iter)
{
    ast_check_target(p, target, false);
    Comprehension *c = arena_alloc(p->arena, sizeof *c);
    c->target = target;
    c->iter = iter;
    return c;
}

Expr *ast_comp(Parser *p, ExprKind kind, Expr *elt, Expr *value, Vec *gens, Loc loc)
{
    if (elt->kind == E_STARRED && !ast_is_parenthesized(elt))
        parser_error_at(p, elt->loc, "iterable unpacking cannot be used in comprehension");
    Expr *e = ast_expr(p, kind, loc);
    e->u.comp.elt = elt;
    e->u.comp.value = value;
    e->u.comp.generators.n = gens->n;
    e->u.comp.generators.v = (Comprehension **)gens->v;
    grow_depth(p, e, elt);
    grow_depth(p, e, value);
    for (int i = 0; i < gens->n; i++) {
        Comprehension *c = gens->v[i];
        grow_depth(p, e, c->target);
        grow_depth(p, e, c->iter);
        for (int j = 0; j < c->ifs.n; j++)
            grow_depth(p, e, c->ifs.v[j]);
    }
    return e;
}

Expr *ast_dict(Parser *p, Vec *pairs, Loc loc)
{
    Expr *e = ast_expr(p, E_DICT, loc);
    int n = pairs->n / 2;
    Expr **keys = arena_alloc(p->arena, (size_t)(n ? n : 1) * sizeof *keys);
    Expr **values = arena_alloc(p->arena, (size_t)(n ? n : 1) * sizeof *values);
    for (int i = 0; i < n; i++) {
        keys[i] = pairs->v[2 * i];
        values[i] = pairs->v[2 * i + 1];
        grow_depth(p, e, keys[i]);
        grow_depth(p, e, values[i]);
    }
    e->u.dict.keys.n = e->u.dict.values.n = n;
    e->u.dict.keys.v = keys;
    e->u.dict.values.v = values;
    return e;
}

Expr *ast_yield(Parser *p, ExprKind kind, Expr *value, Loc loc)
{
    Expr *e = ast_expr(p, kind, loc);
    e->u.yield_.value = value;
    grow_depth(p, e, value);
    return e;
}

Expr *ast_await(Parser *p, Expr *value, Loc loc)
{
    Expr *e = ast_expr(p, E_AWAIT, loc);
    e->u.yield_.value = value;
    grow_depth(p, e, value);
    return e;
}

/* ==== names and targets =========================================================== */

const char *ast_expr_name(const Expr *e)
{
    switch (e->kind) {
    case E_NAME: return "name";
    case E_INT: case E_FLOAT: case E_IMAG: case E_STR: case E_BYTES: return "literal";
    case E_NONE: return "None";
    case E_TRUE: return "True";
    case E_FALSE: return "False";
    case E_ELLIPSIS: return "ellipsis";
    case E_FSTRING: case E_FORMATTED: return "f-string expression";
    case E_BINOP: case E_UNARY: case E_BOOLOP: return "expression";
    case E_COMPARE: return "comparison";
    case E_IFEXP: return "conditional expression";
    case E_LAMBDA: return "lambda";
    case E_CALL: return "function call";
    case E_ATTRIBUTE: return "attribute";
    case E_SUBSCRIPT: return "subscript";
    case E_SLICE: return "slice";
    case E_STARRED: return "starred";
    case E_LIST: return "list";
    case E_TUPLE: return "tuple";
    case E_SET: return "set display";
    case E_DICT: return "dict literal";
    case E_LISTCOMP: return "list comprehension";
    case E_SETCOMP: return "set comprehension";
    case E_DICTCOMP: return "dict comprehension";
    case E_GENEXP: return "generator expression";
    case E_YIELD: case E_YIELD_FROM: return "yield expression";
    case E_NAMED: return "named expression";
    case E_AWAIT: return "await expression";
    }
    return "expression";
}

/* CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot
 * be a target, or NULL.  Only lists and tuples are searched. */
static Expr *invalid_target(Expr *e, bool is_del)
{
    switch (e->kind) {
    case E_LIST:
    case E_TUPLE:
        for (int i = 0; i < e->u.elts.n; i++) {
            Expr *bad = invalid_target(e->u.elts.v[i], is_del);
            if (bad)
                return bad;
        }
        return NULL;
    case E_STARRED:
        return is_del ? e : invalid_target(e->u.starred.value, is_del);
    case E_NAME:
    case E_SUBSCRIPT:
    case E_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

bool ast_check_target(Parser *p, Expr *e, bool is_del)
{
    Expr *bad = invalid_target(e, is_del);
    if (!bad)
        return true;
    parser_error_at(p, bad->loc, is_del ? "cannot delete %s" : "cannot assign to %s", ast_expr_name(bad));
    return false;
}

/* Would CPython's `bitwise_or` rule match at the start of `e`? */
static bool starts_with_bitwise_or(const Expr *e)
{
    for (;;) {
        if (ast_is_parenthesized(e))
            return true;
        switch (e->kind) {
        case E_TUPLE: if (e->u.elts.n == 0) return true; e = e->u.elts.v[0]; break;
        case E_IFEXP: e = e->u.ifexp.body; break;
        case E_BOOLOP: e = e->u.boolop.values.v[0]; break;
        case E_COMPARE: e = e->u.compare.left; break;
        case E_UNARY: return e->u.unary.op != UOP_NOT;
        case E_STARRED: case E_YIELD: case E_YIELD_FROM: case E_LAMBDA: case E_NAMED: return false;
        default: return true;
        }
    }
}

/* Is `e` entirely a bitwise_or (no comparison, not, and/or, if-else, lambda)? */
static bool is_bitwise_or_level(const Expr *e)
{
    if (ast_is_parenthesized(e))
        return true;
    switch (e->kind) {
    case E_COMPARE: case E_BOOLOP: case E_IFEXP: case E_LAMBDA: case E_STARRED: case E_NAMED:
    case E_YIELD: case E_YIELD_FROM: case E_TUPLE:
        return false;
    case E_UNARY:
        return e->u.unary.op != UOP_NOT;
    default:
        return true;
    }
}

/* CPython's lookahead !(list|tuple|genexp|'True'|'None'|'False') at the start of e. */
static bool starts_with_excluded_atom(const Expr *e)
{
    for (;;) {
        if (ast_is_parenthesized(e))
            return e->kind == E_TUPLE || e->kind == E_GENEXP;
        switch (e->kind) {
        case E_BINOP: e = e->u.binop.left; break;
        case E_CALL: e = e->u.call.func; break;
        case E_ATTRIBUTE: e = e->u.attribute.value; break;
        case E_SUBSCRIPT: e = e->u.subscript.value; break;
        case E_LIST: case E_TUPLE: case E_GENEXP: case E_TRUE: case E_NONE: case E_FALSE: return true;
        default: return false;
        }
    }
}

/* The "here. Maybe you meant '=='" family fires for `target = value` with a
 * single '=' (CPython's invalid_named_expression). */
static bool report_single_assignment(Parser *p, Expr *target, Expr *value)
{
    if (!starts_with_bitwise_or(value))
        return false;
    bool tuple = target->kind == E_TUPLE && !ast_is_parenthesized(target);
    Expr *last = tuple ? target->u.elts.v[target->u.elts.n - 1] : target;
    if (tuple && last->kind == E_NAME && !ast_is_parenthesized(last)) {
        parser_error(p, "SyntaxError", last->loc.line, last->loc.col, value->loc.end_col,
                     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return true;
    }
    if (!is_bitwise_or_level(last) || starts_with_excluded_atom(last))
        return false;
    parser_error_at(p, last->loc, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                    ast_expr_name(last));
    return true;
}

/* ==== statements =================================================================== */

Stmt *ast_stmt(Parser *p, StmtKind kind, Loc loc)
{
    Stmt *s = arena_alloc(p->arena, sizeof *s);
    s->kind = kind;
    s->loc = loc;
    return s;
}

Stmt *ast_expr_stmt(Parser *p, Expr *e, Loc loc)
{
    Stmt *s = ast_stmt(p, S_EXPR, loc);
    s->u.expr = e;
    return s;
}

Stmt *ast_assign(Parser *p, Vec *targets, Expr *value, Loc loc)
{
    for (int i = 0; i < targets->n; i++) {
        Expr *t = targets->v[i];
        if ((t->kind == E_YIELD || t->kind == E_YIELD_FROM) && !ast_is_parenthesized(t)) {
            parser_error_at(p, t->loc, "assignment to yield expression not possible");
            break;
        }
        if (invalid_target(t, false)) {
            if (!(targets->n == 1 && report_single_assignment(p, t, value)))
                ast_check_target(p, t, false);
            break;
        }
    }
    Stmt *s = ast_stmt(p, S_ASSIGN, loc);
    s->u.assign.targets = ast_exprlist(targets);
    s->u.assign.value = value;
    return s;
}

Stmt *ast_augassign(Parser *p, Expr *target, int op, Expr *value, Loc loc)
{
    if (target->kind != E_NAME && target->kind != E_ATTRIBUTE && target->kind != E_SUBSCRIPT)
        parser_error_at(p, target->loc, "'%s' is an illegal expression for augmented assignment",
                        ast_expr_name(target));
    Stmt *s = ast_stmt(p, S_AUGASSIGN, loc);
    s->u.augassign.target = target;
    s->u.augassign.op = (BinOp)op;
    s->u.augassign.value = value;
    return s;
}

Stmt *ast_annassign(Parser *p, Expr *target, Expr *annotation, Expr *value, Loc loc)
{
    if (target->kind == E_TUPLE || target->kind == E_LIST)
        parser_error_at(p, target->loc, "only single target (not %s) can be annotated",
                        target->kind == E_TUPLE ? "tuple" : "list");
    else if (target->kind != E_NAME && target->kind != E_ATTRIBUTE && target->kind != E_SUBSCRIPT)
        parser_error_at(p, target->loc, "illegal target for annotation");
    Stmt *s = ast_stmt(p, S_ANNASSIGN, loc);
    s->u.annassign.target = target;
    s->u.annassign.annotation = annotation;
    s->u.annassign.value = value;
    s->u.annassign.simple = target->kind == E_NAME && !ast_is_parenthesized(target);
    return s;
}

Stmt *ast_del(Parser *p, Expr *targets, Loc loc)
{
    Stmt *s = ast_stmt(p, S_DEL, loc);
    ast_check_target(p, targets, true);
    if (targets->kind == E_TUPLE && !ast_is_parenthesized(targets)) {
        s->u.del_.targets = targets->u.elts;
    } else {
        Expr **v = arena_alloc(p->arena, sizeof *v);
        v[0] = targets;
        s->u.del_.targets.n = 1;
        s->u.del_.targets.v = v;
    }
    return s;
}

Stmt *ast_for(Parser *p, Expr *target, Expr *iter, StmtList body, StmtList orelse, Loc loc)
{
    ast_check_target(p, target, false);
    Stmt *s = ast_stmt(p, S_FOR, loc);
    s->u.for_.target = target;
    s->u.for_.iter = iter;
    s->u.for_.body = body;
    s->u.for_.orelse = orelse;
    return s;
}

WithItem *ast_withitem(Parser *p, Expr *context, Expr *target)
{
    if (target)
        ast_check_target(p, target, false);
    WithItem *w = arena_alloc(p->arena, sizeof *w);
    w->context = context;
    w->target = target;
    return w;
}

Stmt *ast_with(Parser *p, Vec *items, StmtList body, Loc loc)
{
    Stmt *s = ast_stmt(p, S_WITH, loc);
    s->u.with.items.n = items->n;
    s->u.with.items.v = (WithItem **)items->v;
    s->u.with.body = body;
    return s;
}

Stmt *ast_funcdef(Parser *p, const char *name, Arguments *args, Expr *returns, StmtList body, Loc loc)
{
    Stmt *s = ast_stmt(p, S_FUNCDEF, loc);
    s->u.funcdef.name = name;
    s->u.funcdef.args = args;
    s->u.funcdef.returns = returns;
    s->u.funcdef.body = body;
    return s;
}

/* Splits checked call arguments into positional ones and keywords. */
static void split_call_args(Parser *p, Vec *items, Loc close, ExprList *args, KeywordList *keywords)
{
    Vec *pos = vec_new(p->arena), *kws = vec_new(p->arena);
    bool seen_keyword = false, seen_kwunpack = false;
    for (int i = 0; i < items->n; i++) {
        ArgItem *a = items->v[i];
        switch (a->kind) {
        case AI_GENEXP:
            if (items->n > 1)
                parser_error_at(p, a->value->loc, "Generator expression must be parenthesized");
            /* fall through */
        case AI_POS:
            /* CPython reports these at the last token read: the closing paren */
            if (seen_kwunpack)
                parser_error_at(p, close, "positional argument follows keyword argument unpacking");
            else if (seen_keyword)
                parser_error_at(p, close, "positional argument follows keyword argument");
            vec_push(p->arena, pos, a->value);
            break;
        case AI_STAR:
            if (seen_kwunpack)
                parser_error_at(p, a->loc, "iterable argument unpacking follows keyword argument unpacking");
            vec_push(p->arena, pos, a->value);
            break;
        case AI_KEYWORD:
        case AI_STARSTAR: {
            seen_keyword |= a->kind == AI_KEYWORD;
            seen_kwunpack |= a->kind == AI_STARSTAR;
            Keyword *k = arena_alloc(p->arena, sizeof *k);
            k->arg = a->key ? a->key->u.name : NULL;
            k->value = a->value;
            k->loc = a->loc;
            vec_push(p->arena, kws, k);
            break;
        }
        }
    }
    *args = ast_exprlist(pos);
    keywords->n = kws->n;
    keywords->v = (Keyword **)kws->v;
}

ArgItem *ast_argitem(Parser *p, ArgItemKind kind, Expr *key, Expr *value, Loc loc)
{
    if (kind == AI_KEYWORD && (key->kind != E_NAME || ast_is_parenthesized(key))) {
        Loc l = { key->loc.line, key->loc.col, value->loc.end_line, value->loc.end_col };
        if ((key->kind == E_TRUE || key->kind == E_FALSE || key->kind == E_NONE) && !ast_is_parenthesized(key))
            parser_error_at(p, l, "cannot assign to %s", ast_expr_name(key));
        else
            parser_error_at(p, l, "expression cannot contain assignment, perhaps you meant \"==\"?");
        kind = AI_POS;
    }
    ArgItem *a = arena_alloc(p->arena, sizeof *a);
    a->kind = kind;
    a->key = key;
    a->value = value;
    a->loc = loc;
    return a;
}

Expr *ast_call(Parser *p, Expr *func, Vec *items, Loc loc)
{
    Expr *e = ast_expr(p, E_CALL, loc);
    e->u.call.func = func;
    Loc close = { loc.end_line, loc.end_col - 1, loc.end_line, loc.end_col };
    split_call_args(p, items, close, &e->u.call.args, &e->u.call.keywords);
    grow_depth(p, e, func);
    for (int i = 0; i < items->n; i++)
        grow_depth(p, e, ((ArgItem *)items->v[i])->value);
    return e;
}

Stmt *ast_classdef(Parser *p, const char *name, Vec *args, StmtList body, Loc loc)
{
    Stmt *s = ast_stmt(p, S_CLASSDEF, loc);
    s->u.classdef.name = name;
    s->u.classdef.body = body;
    if (args)
        split_call_args(p, args, p->last.loc, &s->u.classdef.bases, &s->u.classdef.keywords);
    return s;
}

Stmt *ast_decorated(Parser *p, Vec *decorators, Stmt *def)
{
    (void)p;
    if (def->kind == S_FUNCDEF)
        def->u.funcdef.decorators = ast_exprlist(decorators);
    else
        def->u.classdef.decorators = ast_exprlist(decorators);
    return def;
}

ExceptHandler *ast_handler(Parser *p, Expr *type, const char *name, StmtList body, Loc loc)
{
    ExceptHandler *h = arena_alloc(p->arena, sizeof *h);
    h->type = type;
    h->name = name;
    h->body = body;
    h->loc = loc;
    return h;
}

Alias *ast_alias(Parser *p, const char *name, const char *asname, Loc loc)
{
    Alias *a = arena_alloc(p->arena, sizeof *a);
    a->name = name;
    a->asname = asname;
    a->loc = loc;
    return a;
}

/* ==== parameters ==================================================================== */

ParamItem *ast_param(Parser *p, ParamItemKind kind, const char *name, Expr *annotation, Expr *deflt, Loc loc)
{
    ParamItem *it = arena_alloc(p->arena, sizeof *it);
    it->kind = kind;
    it->loc = loc;
    it->deflt = deflt;
    if (name) {
        it->arg = arena_alloc(p->arena, sizeof *it->arg);
        it->arg->name = name;
        it->arg->annotation = annotation;
        it->arg->loc = loc;
    }
    return it;
}

static ArgList arglist_of(Vec *v)
{
    ArgList l = { v->n, (Arg **)v->v };
    return l;
}

/* Walks the items in order with CPython's checks (invalid_parameters and
 * invalid_star_etc in python.gram). */
Arguments *ast_arguments(Parser *p, Vec *items, bool is_lambda)
{
    Arena *a = p->arena;
    Arguments *args = arena_alloc(a, sizeof *args);
    Vec *posonly = vec_new(a), *plain = vec_new(a), *kwonly = vec_new(a);
    Vec *kw_defaults = vec_new(a), *defaults = vec_new(a);
    bool seen_slash = false, seen_star = false, seen_default = false;
    ParamItem *bare_star = NULL;
    for (int i = 0; i < items->n; i++) {
        ParamItem *it = items->v[i];
        if (args->kwarg) {
            parser_error_at(p, it->loc, "arguments cannot follow var-keyword argument");
            break;
        }
        switch (it->kind) {
        case PI_SLASH:
            if (seen_slash)
                parser_error_at(p, it->loc, "/ may appear only once");
            else if (seen_star)
                parser_error_at(p, it->loc, "/ must be ahead of *");
            else if (plain->n == 0)
                parser_error_at(p, it->loc, "at least one argument must precede /");
            seen_slash = true;
            for (int j = 0; j < plain->n; j++)
                vec_push(a, posonly, plain->v[j]);
            plain->n = 0;
            break;
        case PI_STAR:
            if (seen_star)
                parser_error_at(p, it->loc, "* argument may appear only once");
            seen_star = true;
            args->vararg = it->arg;
            if (!it->arg)
                bare_star = it;
            break;
        case PI_STARSTAR:
            if (bare_star && kwonly->n == 0)
                parser_error_at(p, is_lambda ? p->last.loc : bare_star->loc, "named arguments must follow bare *");
            args->kwarg = it->arg;
            break;
        case PI_PLAIN:
            if (seen_star) {
                vec_push(a, kwonly, it->arg);
                vec_push(a, kw_defaults, it->deflt);
            } else {
                if (it->deflt) {
                    seen_default = true;
                    vec_push(a, defaults, it->deflt);
                } else if (seen_default) {
                    parser_error_at(p, it->loc, "non-default argument follows default argument");
                }
                vec_push(a, plain, it->arg);
            }
            break;
        }
    }
    if (bare_star && kwonly->n == 0 && !args->kwarg)
        parser_error_at(p, is_lambda ? p->last.loc : bare_star->loc, "named arguments must follow bare *");
    args->posonly = arglist_of(posonly);
    args->args = arglist_of(plain);
    args->kwonly = arglist_of(kwonly);
    args->kw_defaults = ast_exprlist(kw_defaults);
    args->defaults = ast_exprlist(defaults);
    return args;
}

/* ==== string literals =============================================================== */

typedef struct StrBuf { char *s; size_t n, cap; } StrBuf;

static void sb_reserve(StrBuf *b, size_t extra)
{
    if (b->n + extra <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->n + extra)
        cap *= 2;
    char *s = realloc(b->s, cap);
    if (!s)
        abort();
    b->s = s;
    b->cap = cap;
}

static void sb_add(StrBuf *b, const char *s, size_t n)
{
    if (n == 0)
        return;   /* b->s may still be NULL: memcpy(NULL, s, 0) is undefined */
    sb_reserve(b, n);
    memcpy(b->s + b->n, s, n);
    b->n += n;
}

static void sb_addc(StrBuf *b, char c) { sb_add(b, &c, 1); }

static void sb_add_utf8(StrBuf *b, uint32_t c)
{
    char u[4];
    size_t n;
    if (c < 0x80) { u[0] = (char)c; n = 1; }
    else if (c < 0x800) { u[0] = (char)(0xC0 | (c >> 6)); u[1] = (char)(0x80 | (c & 0x3F)); n = 2; }
    else if (c < 0x10000) {
        /* lone surrogates from \ud800 are kept, encoded like any BMP code point */
        u[0] = (char)(0xE0 | (c >> 12)); u[1] = (char)(0x80 | ((c >> 6) & 0x3F)); u[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (c >> 18)); u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((c >> 6) & 0x3F)); u[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    sb_add(b, u, n);
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Error from decoding a literal: CPython reports it at the last token fetched. */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void decode_error(Parser *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, "SyntaxError", p->last.loc.line, p->last.loc.col, p->last.loc.end_col, fmt, ap);
    va_end(ap);
}

/* Resolves the escapes of s[0..n) into out; false after reporting. */
static bool decode_escapes(Parser *p, const char *s, size_t n, bool bytes, StrBuf *out)
{
    const char *codec = bytes ? "(value error)" : "(unicode error) 'unicodeescape' codec can't decode bytes in";
    for (size_t i = 0; i < n;) {
        char c = s[i];
        if (c != '\\' || i + 1 >= n) {
            sb_addc(out, c);
            i++;
            continue;
        }
        size_t at = i;
        char e = s[i + 1];
        i += 2;
        switch (e) {
        case '\n': break;
        case '\\': sb_addc(out, '\\'); break;
        case '\'': sb_addc(out, '\''); break;
        case '"': sb_addc(out, '"'); break;
        case 'a': sb_addc(out, '\a'); break;
        case 'b': sb_addc(out, '\b'); break;
        case 'f': sb_addc(out, '\f'); break;
        case 'n': sb_addc(out, '\n'); break;
        case 'r': sb_addc(out, '\r'); break;
        case 't': sb_addc(out, '\t'); break;
        case 'v': sb_addc(out, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(e - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                v = v * 8 + (unsigned)(s[i++] - '0');
            if (bytes)
                sb_addc(out, (char)(v & 0xFF));
            else
                sb_add_utf8(out, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            if (bytes && e != 'x') {
                sb_addc(out, '\\');
                sb_addc(out, e);
                break;
            }
            int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            uint32_t v = 0;
            for (int k = 0; k < digits; k++) {
                int h = i + (size_t)k < n ? hex_value(s[i + (size_t)k]) : -1;
                if (h < 0) {
                    if (bytes)
                        decode_error(p, "%s invalid \\x escape at position %zu", codec, at);
                    else
                        decode_error(p, "%s position %zu-%zu: truncated \\%c%s escape", codec, at, i + (size_t)k - 1, e,
                                     e == 'x' ? "XX" : e == 'u' ? "XXXX" : "XXXXXXXX");
                    return false;
                }
                v = v * 16 + (uint32_t)h;
            }
            i += (size_t)digits;
            if (v > 0x10FFFF) {
                decode_error(p, "%s position %zu-%zu: illegal Unicode character", codec, at, i - 1);
                return false;
            }
            if (bytes)
                sb_addc(out, (char)v);
            else
                sb_add_utf8(out, v);
            break;
        }
        case 'N':
            if (!bytes) {
                /* no Unicode name table in pith */
                size_t end = i;
                while (end < n && s[end] != '}')
                    end++;
                decode_error(p, "%s position %zu-%zu: unknown Unicode character name", codec, at,
                             end < n ? end : n - 1);
                return false;
            }
            /* fall through */
        default:
            /* unknown escapes stay as written (CPython only warns) */
            sb_addc(out, '\\');
            i--;
            break;
        }
    }
    return true;
}

static bool decode_piece(Parser *p, const StrTok *st, const char *s, size_t n, StrBuf *out)
{
    if (st->flags & STR_RAW) {
        sb_add(out, s, n);
        return true;
    }
    return decode_escapes(p, s, n, (st->flags & STR_BYTES) != 0, out);
}

/* ---- f-strings ---- */

/* Tracks line/column while walking a literal body, so replacement fields know
 * where they are in the source. */
typedef struct FCursor { const char *pos; int line, col; } FCursor;

static void fcursor_advance(FCursor *c, const char *to)
{
    for (; c->pos < to; c->pos++) {
        if (*c->pos == '\n') {
            c->line++;
            c->col = 0;
        } else if (((unsigned char)*c->pos & 0xC0) != 0x80) {
            c->col++;
        }
    }
}

typedef struct FState {
    Parser *p;
    const StrTok *st;
    FCursor cur;
    Vec *parts;      /* E_STR / E_FORMATTED parts of the JoinedStr being built */
    StrBuf lit;      /* pending literal text */
    Loc loc;
} FState;

static void flush_literal(FState *f, StrBuf *lit, Vec *parts)
{
    if (lit->n == 0)
        return;
    Expr *e = ast_expr(f->p, E_STR, f->loc);
    e->u.str.s = arena_strndup(f->p->arena, lit->s, lit->n);
    e->u.str.len = lit->n;
    vec_push(f->p->arena, parts, e);
    lit->n = 0;
}

static Expr *fstring_body(FState *f, const char **sp, const char *end, int level, Vec *parts, StrBuf *lit);

/* One replacement field starting at '{'; port of CPython 3.11's fstring_find_expr. */
static bool fstring_field(FState *f, const char **sp, const char *end, int level, Vec *parts, StrBuf *lit)
{
    Parser *p = f->p;
    if (level >= MAX_FSTRING_NESTING) {
        decode_error(p, "f-string: expressions nested too deeply");
        return false;
    }
    const char *s = *sp + 1, *expr_start = s;
    char quote = 0, stack[MAX_PAREN_LEVEL];
    int qlen = 0, depth = 0;
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\') {
            decode_error(p, "f-string expression part cannot include a backslash");
            return false;
        }
        if (quote) {
            if (ch == quote && (qlen == 1 || (s + 2 < end && s[1] == quote && s[2] == quote))) {
                s += qlen - 1;
                quote = 0;
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            qlen = (s + 2 < end && s[1] == ch && s[2] == ch) ? 3 : 1;
            s += qlen - 1;
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= MAX_PAREN_LEVEL) {
                decode_error(p, "f-string: too many nested parenthesis");
                return false;
            }
            stack[depth++] = ch;
        } else if (ch == '#') {
            decode_error(p, "f-string expression part cannot include '#'");
            return false;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (s + 1 < end && s[1] == '=' && ch != ':' && ch != '}') {
                s++;
                continue;
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth) {
                decode_error(p, "f-string: unmatched '%c'", ch);
                return false;
            }
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                decode_error(p, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, open);
                return false;
            }
        }
    }
    const char *expr_end = s;
    if (quote) {
        decode_error(p, "f-string: unterminated string");
        return false;
    }
    if (depth) {
        decode_error(p, "f-string: unmatched '%c'", stack[depth - 1]);
        return false;
    }
    if (s >= end) {
        decode_error(p, "f-string: expecting '}'");
        return false;
    }
    bool blank = true;
    for (const char *q = expr_start; q < expr_end; q++)
        blank &= (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f' || *q == '\r');
    if (blank) {
        decode_error(p, "f-string: empty expression not allowed");
        return false;
    }
    fcursor_advance(&f->cur, expr_start);
    Expr *value = ast_parse_fstring_expr(p, expr_start, (size_t)(expr_end - expr_start), f->cur.line, f->cur.col);
    if (!value)
        return false;

    bool self_documenting = false;
    if (*s == '=') {
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f' || *s == '\r' || *s == '\v'))
            s++;
        if (s >= end) {
            decode_error(p, "f-string: expecting '}'");
            return false;
        }
        sb_add(lit, expr_start, (size_t)(s - expr_start));
        self_documenting = true;
    }
    int conversion = 0;
    if (*s == '!') {
        s++;
        if (s >= end) {
            decode_error(p, "f-string: expecting '}'");
            return false;
        }
        conversion = (unsigned char)*s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            decode_error(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return false;
        }
    }
    Expr *spec = NULL;
    if (s < end && *s == ':') {
        s++;
        if (s >= end) {
            decode_error(p, "f-string: expecting '}'");
            return false;
        }
        Vec *spec_parts = vec_new(p->arena);
        StrBuf spec_lit = { 0 };
        spec = fstring_body(f, &s, end, level + 1, spec_parts, &spec_lit);
        free(spec_lit.s);
        if (!spec)
            return false;
    }
    if (s >= end || *s != '}') {
        decode_error(p, "f-string: expecting '}'");
        return false;
    }
    s++;
    if (self_documenting && !spec && !conversion)
        conversion = 'r';
    flush_literal(f, lit, parts);
    Expr *fv = ast_expr(p, E_FORMATTED, f->loc);
    fv->u.formatted.value = value;
    fv->u.formatted.conversion = conversion;
    fv->u.formatted.spec = spec;
    grow_depth(p, fv, value);
    grow_depth(p, fv, spec);
    vec_push(p->arena, parts, fv);
    *sp = s;
    return true;
}

/* Literal text and fields up to `end` (level 0) or the '}' closing a format
 * spec (level 1).  Returns an E_FSTRING of the parts, or NULL after an error. */
static Expr *fstring_body(FState *f, const char **sp, const char *end, int level, Vec *parts, StrBuf *lit)
{
    Parser *p = f->p;
    const char *s = *sp;
    while (s < end) {
        const char *chunk = s;
        while (s < end && *s != '{' && *s != '}') {
            /* \N{...} owns its braces */
            if (*s == '\\' && !(f->st->flags & STR_RAW) && s + 1 < end) {
                s += 2;
                continue;
            }
            s++;
        }
        if (!decode_piece(p, f->st, chunk, (size_t)(s - chunk), lit))
            return NULL;
        if (s >= end)
            break;
        if (level == 0 && s + 1 < end && s[1] == *s) {
            sb_addc(lit, *s);
            s += 2;
            continue;
        }
        if (*s == '}') {
            if (level == 0) {
                decode_error(p, "f-string: single '}' is not allowed");
                return NULL;
            }
            break;
        }
        if (!fstring_field(f, &s, end, level, parts, lit))
            return NULL;
    }
    *sp = s;
    if (level > 0)   /* top-level literal text may continue in the next literal */
        flush_literal(f, lit, parts);
    Expr *e = ast_expr(p, E_FSTRING, f->loc);
    e->u.elts = ast_exprlist(parts);
    for (int i = 0; i < parts->n; i++)
        grow_depth(p, e, parts->v[i]);
    return e;
}

static bool add_fstring_piece(FState *f, const StrTok *st)
{
    f->st = st;
    f->cur.pos = st->body;
    f->cur.line = st->body_loc.line;
    f->cur.col = st->body_loc.col;
    const char *s = st->body;
    return fstring_body(f, &s, st->body + st->body_len, 0, f->parts, &f->lit) != NULL;
}

static bool check_bytes_ascii(Parser *p, const StrTok *st)
{
    for (size_t i = 0; i < st->body_len; i++)
        if ((unsigned char)st->body[i] >= 0x80) {
            parser_error_at(p, st->loc, "bytes can only contain ASCII literal characters");
            return false;
        }
    return true;
}

Expr *ast_strings(Parser *p, Vec *toks, Loc loc)
{
    bool any_bytes = false, any_text = false, any_fmt = false;
    for (int i = 0; i < toks->n; i++) {
        const StrTok *st = toks->v[i];
        any_bytes |= (st->flags & STR_BYTES) != 0;
        any_text |= !(st->flags & STR_BYTES);
        any_fmt |= (st->flags & STR_FMT) != 0;
    }
    Expr *e = ast_expr(p, any_bytes ? E_BYTES : E_STR, loc);
    e->u.str.s = "";
    if (any_bytes && any_text) {
        decode_error(p, "cannot mix bytes and nonbytes literals");
        return e;
    }
    if (!any_fmt) {
        StrBuf b = { 0 };
        for (int i = 0; i < toks->n && !p->failed; i++) {
            const StrTok *st = toks->v[i];
            if ((st->flags & STR_BYTES) && !check_bytes_ascii(p, st))
                break;
            decode_piece(p, st, st->body, st->body_len, &b);
        }
        e->u.str.s = arena_strndup(p->arena, b.s ? b.s : "", b.n);
        e->u.str.len = b.n;
        free(b.s);
        return e;
    }
    FState f = { 0 };
    f.p = p;
    f.parts = vec_new(p->arena);
    f.loc = loc;
    for (int i = 0; i < toks->n && !p->failed; i++) {
        const StrTok *st = toks->v[i];
        if (st->flags & STR_FMT) {
            if (!add_fstring_piece(&f, st))
                break;
        } else {
            f.st = st;
            if (!decode_piece(p, st, st->body, st->body_len, &f.lit))
                break;
        }
    }
    flush_literal(&f, &f.lit, f.parts);
    free(f.lit.s);
    e->kind = E_FSTRING;
    e->u.elts = ast_exprlist(f.parts);
    for (int i = 0; i < f.parts->n; i++)
        grow_depth(p, e, f.parts->v[i]);
    return e;
}

/* Parses one replacement field's expression with a child parser sharing the
 * arena; errors come back with CPython's "f-string: " prefix. */
Expr *ast_parse_fstring_expr(Parser *parent, const char *start, size_t len, int line, int col)
{
    if (parent->failed)
        return NULL;
    char *buf = arena_strndup(parent->arena, start, len);
    ParseError err;
    memset(&err, 0, sizeof err);
    Parser child;
    memset(&child, 0, sizeof child);
    child.arena = parent->arena;
    child.mode = PARSE_EVAL;
    child.err = &err;
    child.fstring_depth = parent->fstring_depth + 1;
    child.src_begin = parent->src_begin;
    lexer_init(&child.lx, &child, buf, len, line, col);
    child.lx.no_indent = true;
    child.lx.start_token = T_START_FSTRING;
    int rc = parser_run(&child);
    lexer_free(&child.lx);
    if (rc != 0 || child.failed || child.body.n != 1) {
        if (!child.failed)
            snprintf(err.msg, sizeof err.msg, "invalid syntax");
        /* CPython measures columns from the '{' (it parses "(expr)") */
        if (err.line == line) {
            err.col -= col - 1;
            err.end_col -= col - 1;
        }
        if (strncmp(err.msg, "f-string", 8) == 0)
            parser_error(parent, err.kind ? err.kind : "SyntaxError", err.line, err.col, err.end_col, "%s", err.msg);
        else
            parser_error(parent, err.kind ? err.kind : "SyntaxError", err.line, err.col, err.end_col, "f-string: %s",
                         err.msg);
        return NULL;
    }
    return child.body.v[0]->u.expr;
}

/* ==== ast_parse ======================================================================= */

/* Validates UTF-8 (no overlongs, surrogates or values past U+10FFFF); returns
 * the offset of the first bad byte or `len`, with the reason. */
static size_t find_invalid_utf8(const unsigned char *s, size_t len, const char **why)
{
    for (size_t i = 0; i < len;) {
        unsigned c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) n = 1;
        else if (c >= 0xE0 && c <= 0xEF) { n = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
        else if (c >= 0xF0 && c <= 0xF4) { n = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
        else { *why = "invalid start byte"; return i; }
        for (size_t k = 1; k <= n; k++) {
            if (i + k >= len) {
                *why = "unexpected end of data";
                return i;
            }
            unsigned b = s[i + k];
            if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) {
                *why = "invalid continuation byte";
                return i;
            }
        }
        i += n + 1;
    }
    return len;
}

static void position_of(const char *src, size_t off, int *line, int *col)
{
    *line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < off; i++)
        if (src[i] == '\n') {
            (*line)++;
            line_start = i + 1;
        }
    *col = 0;
    for (size_t i = line_start; i < off; i++)
        *col += ((unsigned char)src[i] & 0xC0) != 0x80;
}

static bool check_encoding(const char *src, size_t len, ParseError *err)
{
    const char *nul = memchr(src, '\0', len);
    if (nul) {
        position_of(src, (size_t)(nul - src), &err->line, &err->col);
        err->end_col = err->col + 1;
        err->kind = "SyntaxError";
        snprintf(err->msg, sizeof err->msg, "source code cannot contain null bytes");
        return false;
    }
    const char *why = NULL;
    size_t bad = find_invalid_utf8((const unsigned char *)src, len, &why);
    if (bad < len) {
        position_of(src, bad, &err->line, &err->col);
        err->end_col = err->col + 1;
        err->kind = "SyntaxError";
        snprintf(err->msg, sizeof err->msg, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position 0: %s",
                 (unsigned char)src[bad], why);
        return false;
    }
    return true;
}

/* Drops a BOM, turns \r\n and \r into \n and makes sure the text ends in \n. */
static char *normalize_source(const char *src, size_t len, size_t *out_len)
{
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
    }
    char *buf = xmalloc(len + 2);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '\r') {
            buf[n++] = '\n';
            if (i + 1 < len && src[i + 1] == '\n')
                i++;
        } else {
            buf[n++] = src[i];
        }
    }
    if (n == 0 || buf[n - 1] != '\n')
        buf[n++] = '\n';
    buf[n] = '\0';
    *out_len = n;
    return buf;
}

/* After a parser error CPython tokenises the rest of the input: a tokenizer
 * error there wins, and so does an unclosed bracket opened on an earlier line
 * (_PyPegen_tokenize_full_source_to_check_for_errors). */
static void retokenize_rest(Parser *p, bool may_override)
{
    Lexer *lx = &p->lx;
    int err_line = p->last.loc.line;   /* CPython compares with the last token read */
    Token t;
    lx->draining = true;
    for (;;) {
        lexer_next(lx, &t);
        if (t.kind == T_END)
            return;
        if (t.kind == T_ERRORTOKEN)
            break;
    }
    if (!lx->failed || !may_override)
        return;
    if (lx->err_class == LEXERR_RAISE || (lx->err_class == LEXERR_EOF_PAREN && lx->err.line < err_line))
        *p->err = lx->err;
}

static bool input_ended_incomplete(const Lexer *lx)
{
    if (!lx->failed)
        return false;
    return lx->err_class == LEXERR_EOF_PAREN || lx->err_class == LEXERR_EOF_CONT || lx->ended_in_triple_string;
}

static bool is_compound(const Stmt *s)
{
    switch (s->kind) {
    case S_IF: case S_WHILE: case S_FOR: case S_TRY: case S_WITH: case S_FUNCDEF: case S_CLASSDEF:
        return true;
    default:
        return false;
    }
}

/* Interactive input: one statement; a compound one needs a blank line after it. */
static bool check_single(Parser *p, const char *buf, size_t n)
{
    StmtList *body = &p->body;
    for (int i = 1; i < body->n; i++) {
        if (body->v[i]->loc.line != body->v[0]->loc.line || is_compound(body->v[0])) {
            parser_error_at(p, body->v[i]->loc, "multiple statements found while compiling a single statement");
            return false;
        }
    }
    if (body->n == 1 && is_compound(body->v[0])) {
        /* the last line (buf ends in '\n') must be blank */
        size_t end = n - 1, start = end;
        while (start > 0 && buf[start - 1] != '\n')
            start--;
        bool blank = start > 0;
        for (size_t i = start; i < end; i++)
            blank &= buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\f';
        if (!blank) {
            Loc l = p->last.loc;
            parser_error(p, "SyntaxError", l.line, l.col, l.col + 1, "incomplete input");
            p->err->incomplete = true;
            return false;
        }
    }
    return true;
}

bool ast_parse(const char *src, size_t len, ParseMode mode, Module *mod, ParseError *err)
{
    memset(err, 0, sizeof *err);
    mod->arena = NULL;
    mod->body.n = 0;
    mod->body.v = NULL;
    if (!check_encoding(src, len, err))
        return false;
    size_t n;
    char *buf = normalize_source(src, len, &n);
    Parser p;
    memset(&p, 0, sizeof p);
    p.arena = arena_new();
    p.mode = mode;
    p.err = err;
    p.src_begin = buf;
    lexer_init(&p.lx, &p, buf, n, 1, 0);
    p.lx.start_token = mode == PARSE_EVAL ? T_START_EVAL : T_START_FILE;
    if (mode == PARSE_EVAL)
        p.lx.at_bol = false;   /* eval() ignores leading blanks */
    int rc = parser_run(&p);
    if (rc != 0 && !p.failed)
        parser_error(&p, "SyntaxError", p.last.loc.line, p.last.loc.col, p.last.loc.col + 1, "invalid syntax");
    bool ok = !p.failed && (mode != PARSE_SINGLE || check_single(&p, buf, n));
    if (!ok) {
        if (!p.lexer_failed)
            retokenize_rest(&p, !p.no_retokenize && mode != PARSE_SINGLE);
        if (input_ended_incomplete(&p.lx))
            err->incomplete = true;
        if (!err->kind)
            err->kind = "SyntaxError";
    }
    lexer_free(&p.lx);
    free(buf);
    if (!ok) {
        arena_delete(p.arena);
        return false;
    }
    mod->arena = p.arena;
    mod->body = p.body;
    return true;
}

void ast_free(Module *mod)
{
    arena_delete(mod->arena);
    mod->arena = NULL;
    mod->body.n = 0;
    mod->body.v = NULL;
}

/* ==== ast_dump ========================================================================= */

static const char *const binop_names[] = { "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "|", "^", "&" };
static const char *const unary_names[] = { "not", "-", "+", "~" };
static const char *const cmp_names[] = { "<", "<=", "==", "!=", ">", ">=", "is", "is not", "in", "not in" };

static void indent(FILE *out, int depth)
{
    for (int i = 0; i < depth; i++)
        fputs("  ", out);
}

static void dump_loc(FILE *out, Loc l)
{
    fprintf(out, " @%d:%d-%d:%d\n", l.line, l.col, l.end_line, l.end_col);
}

static void dump_quoted(FILE *out, const char *s, size_t n)
{
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c < 0x20 || c == 0x7F)
            fprintf(out, "\\x%02x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

static void dump_expr(FILE *out, const Expr *e, int depth);
static void dump_stmts(FILE *out, const char *label, const StmtList *l, int depth);

static void dump_label(FILE *out, const char *label, int depth)
{
    indent(out, depth);
    fprintf(out, "%s:\n", label);
}

static void dump_opt(FILE *out, const char *label, const Expr *e, int depth)
{
    if (!e)
        return;
    dump_label(out, label, depth);
    dump_expr(out, e, depth + 1);
}

static void dump_exprs(FILE *out, const ExprList *l, int depth)
{
    for (int i = 0; i < l->n; i++) {
        if (l->v[i])
            dump_expr(out, l->v[i], depth);
        else {
            indent(out, depth);
            fputs("(none)\n", out);
        }
    }
}

static void dump_arg(FILE *out, const char *what, const Arg *a, int depth)
{
    indent(out, depth);
    fprintf(out, "%s %s", what, a->name);
    dump_loc(out, a->loc);
    dump_opt(out, "annotation", a->annotation, depth + 1);
}

static void dump_arguments(FILE *out, const Arguments *a, int depth)
{
    indent(out, depth);
    fputs("Arguments\n", out);
    for (int i = 0; i < a->posonly.n; i++)
        dump_arg(out, "posonly", a->posonly.v[i], depth + 1);
    for (int i = 0; i < a->args.n; i++)
        dump_arg(out, "arg", a->args.v[i], depth + 1);
    if (a->vararg)
        dump_arg(out, "vararg", a->vararg, depth + 1);
    for (int i = 0; i < a->kwonly.n; i++)
        dump_arg(out, "kwonly", a->kwonly.v[i], depth + 1);
    if (a->kw_defaults.n) {
        dump_label(out, "kw_defaults", depth + 1);
        dump_exprs(out, &a->kw_defaults, depth + 2);
    }
    if (a->kwarg)
        dump_arg(out, "kwarg", a->kwarg, depth + 1);
    if (a->defaults.n) {
        dump_label(out, "defaults", depth + 1);
        dump_exprs(out, &a->defaults, depth + 2);
    }
}

static void dump_keywords(FILE *out, const KeywordList *l, int depth)
{
    for (int i = 0; i < l->n; i++) {
        indent(out, depth);
        fprintf(out, "keyword %s", l->v[i]->arg ? l->v[i]->arg : "**");
        dump_loc(out, l->v[i]->loc);
        dump_expr(out, l->v[i]->value, depth + 1);
    }
}

static void dump_expr(FILE *out, const Expr *e, int depth)
{
    indent(out, depth);
    switch (e->kind) {
    case E_NAME: fprintf(out, "Name %s", e->u.name); break;
    case E_INT: fprintf(out, "Int %s", e->u.text); break;
    case E_FLOAT: fprintf(out, "Float %s", e->u.text); break;
    case E_IMAG: fprintf(out, "Imag %s", e->u.text); break;
    case E_STR: fputs("Str ", out); dump_quoted(out, e->u.str.s, e->u.str.len); break;
    case E_BYTES: fputs("Bytes ", out); dump_quoted(out, e->u.str.s, e->u.str.len); break;
    case E_NONE: fputs("None", out); break;
    case E_TRUE: fputs("True", out); break;
    case E_FALSE: fputs("False", out); break;
    case E_ELLIPSIS: fputs("Ellipsis", out); break;
    case E_FSTRING: fputs("FString", out); break;
    case E_FORMATTED:
        fputs("Formatted", out);
        if (e->u.formatted.conversion)
            fprintf(out, " !%c", e->u.formatted.conversion);
        break;
    case E_BINOP: fprintf(out, "BinOp %s", binop_names[e->u.binop.op]); break;
    case E_UNARY: fprintf(out, "Unary %s", unary_names[e->u.unary.op]); break;
    case E_BOOLOP: fprintf(out, "BoolOp %s", e->u.boolop.is_and ? "and" : "or"); break;
    case E_COMPARE:
        fputs("Compare", out);
        for (int i = 0; i < e->u.compare.rights.n; i++)
            fprintf(out, " %s", cmp_names[e->u.compare.ops[i]]);
        break;
    case E_IFEXP: fputs("IfExp", out); break;
    case E_LAMBDA: fputs("Lambda", out); break;
    case E_CALL: fputs("Call", out); break;
    case E_ATTRIBUTE: fprintf(out, "Attribute .%s", e->u.attribute.attr); break;
    case E_SUBSCRIPT: fputs("Subscript", out); break;
    case E_SLICE: fputs("Slice", out); break;
    case E_STARRED: fputs("Starred", out); break;
    case E_LIST: fputs("List", out); break;
    case E_TUPLE: fputs("Tuple", out); break;
    case E_SET: fputs("Set", out); break;
    case E_DICT: fputs("Dict", out); break;
    case E_LISTCOMP: fputs("ListComp", out); break;
    case E_SETCOMP: fputs("SetComp", out); break;
    case E_GENEXP: fputs("GenExp", out); break;
    case E_DICTCOMP: fputs("DictComp", out); break;
    case E_YIELD: fputs("Yield", out); break;
    case E_YIELD_FROM: fputs("YieldFrom", out); break;
    case E_NAMED: fputs("NamedExpr", out); break;
    case E_AWAIT: fputs("Await", out); break;
    }
    dump_loc(out, e->loc);
    int d = depth + 1;
    switch (e->kind) {
    case E_FSTRING: case E_LIST: case E_TUPLE: case E_SET:
        dump_exprs(out, &e->u.elts, d);
        break;
    case E_FORMATTED:
        dump_expr(out, e->u.formatted.value, d);
        dump_opt(out, "spec", e->u.formatted.spec, d);
        break;
    case E_BINOP:
        dump_expr(out, e->u.binop.left, d);
        dump_expr(out, e->u.binop.right, d);
        break;
    case E_UNARY: dump_expr(out, e->u.unary.operand, d); break;
    case E_BOOLOP: dump_exprs(out, &e->u.boolop.values, d); break;
    case E_COMPARE:
        dump_expr(out, e->u.compare.left, d);
        dump_exprs(out, &e->u.compare.rights, d);
        break;
    case E_IFEXP:
        dump_expr(out, e->u.ifexp.test, d);
        dump_expr(out, e->u.ifexp.body, d);
        dump_expr(out, e->u.ifexp.orelse, d);
        break;
    case E_LAMBDA:
        dump_arguments(out, e->u.lambda.args, d);
        dump_expr(out, e->u.lambda.body, d);
        break;
    case E_CALL:
        dump_expr(out, e->u.call.func, d);
        dump_exprs(out, &e->u.call.args, d);
        dump_keywords(out, &e->u.call.keywords, d);
        break;
    case E_ATTRIBUTE: dump_expr(out, e->u.attribute.value, d); break;
    case E_SUBSCRIPT:
        dump_expr(out, e->u.subscript.value, d);
        dump_expr(out, e->u.subscript.index, d);
        break;
    case E_SLICE:
        dump_opt(out, "lower", e->u.slice.lower, d);
        dump_opt(out, "upper", e->u.slice.upper, d);
        dump_opt(out, "step", e->u.slice.step, d);
        break;
    case E_STARRED: dump_expr(out, e->u.starred.value, d); break;
    case E_DICT:
        for (int i = 0; i < e->u.dict.keys.n; i++) {
            if (e->u.dict.keys.v[i])
                dump_expr(out, e->u.dict.keys.v[i], d);
            else
                dump_label(out, "**", d);
            dump_expr(out, e->u.dict.values.v[i], d + 1);
        }
        break;
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP: case E_DICTCOMP:
        dump_expr(out, e->u.comp.elt, d);
        if (e->u.comp.value)
            dump_expr(out, e->u.comp.value, d);
        for (int i = 0; i < e->u.comp.generators.n; i++) {
            const Comprehension *c = e->u.comp.generators.v[i];
            dump_label(out, c->is_async ? "async for" : "for", d);
            dump_expr(out, c->target, d + 1);
            dump_expr(out, c->iter, d + 1);
            for (int j = 0; j < c->ifs.n; j++) {
                dump_label(out, "if", d + 1);
                dump_expr(out, c->ifs.v[j], d + 2);
            }
        }
        break;
    case E_YIELD: case E_YIELD_FROM: case E_AWAIT:
        if (e->u.yield_.value)
            dump_expr(out, e->u.yield_.value, d);
        break;
    case E_NAMED:
        dump_expr(out, e->u.named.target, d);
        dump_expr(out, e->u.named.value, d);
        break;
    default:
        break;
    }
}

static const char *stmt_name(StmtKind k)
{
    static const char *const names[] = {
        "Expr", "Assign", "AugAssign", "AnnAssign", "Delete", "Pass", "Break", "Continue", "Return",
        "Raise", "Global", "Nonlocal", "If", "While", "For", "FunctionDef", "ClassDef", "Try", "With",
        "Assert", "Import", "ImportFrom",
    };
    return names[k];
}

static void dump_stmt(FILE *out, const Stmt *s, int depth)
{
    indent(out, depth);
    fputs(stmt_name(s->kind), out);
    switch (s->kind) {
    case S_AUGASSIGN: fprintf(out, " %s=", binop_names[s->u.augassign.op]); break;
    case S_ANNASSIGN: if (s->u.annassign.simple) fputs(" simple", out); break;
    case S_GLOBAL: case S_NONLOCAL:
        for (int i = 0; i < s->u.names.n; i++)
            fprintf(out, " %s", s->u.names.v[i]);
        break;
    case S_FUNCDEF: fprintf(out, " %s", s->u.funcdef.name); break;
    case S_CLASSDEF: fprintf(out, " %s", s->u.classdef.name); break;
    case S_IMPORTFROM:
        fprintf(out, " %.*s%s", s->u.import.level, "........................................",
                s->u.import.module ? s->u.import.module : "");
        /* fall through */
    case S_IMPORT:
        for (int i = 0; i < s->u.import.names.n; i++) {
            const Alias *a = s->u.import.names.v[i];
            fprintf(out, " %s", a->name);
            if (a->asname)
                fprintf(out, " as %s", a->asname);
            if (i + 1 < s->u.import.names.n)
                fputc(',', out);
        }
        break;
    default:
        break;
    }
    dump_loc(out, s->loc);
    int d = depth + 1;
    switch (s->kind) {
    case S_EXPR: case S_RETURN: if (s->u.expr) dump_expr(out, s->u.expr, d); break;
    case S_ASSIGN:
        dump_label(out, "targets", d);
        dump_exprs(out, &s->u.assign.targets, d + 1);
        dump_expr(out, s->u.assign.value, d);
        break;
    case S_AUGASSIGN:
        dump_expr(out, s->u.augassign.target, d);
        dump_expr(out, s->u.augassign.value, d);
        break;
    case S_ANNASSIGN:
        dump_expr(out, s->u.annassign.target, d);
        dump_opt(out, "annotation", s->u.annassign.annotation, d);
        dump_opt(out, "value", s->u.annassign.value, d);
        break;
    case S_DEL: dump_exprs(out, &s->u.del_.targets, d); break;
    case S_RAISE:
        dump_opt(out, "exc", s->u.raise.exc, d);
        dump_opt(out, "cause", s->u.raise.cause, d);
        break;
    case S_IF: case S_WHILE:
        dump_expr(out, s->u.cond.test, d);
        dump_stmts(out, "body", &s->u.cond.body, d);
        dump_stmts(out, "orelse", &s->u.cond.orelse, d);
        break;
    case S_FOR:
        dump_expr(out, s->u.for_.target, d);
        dump_expr(out, s->u.for_.iter, d);
        dump_stmts(out, "body", &s->u.for_.body, d);
        dump_stmts(out, "orelse", &s->u.for_.orelse, d);
        break;
    case S_FUNCDEF:
        if (s->u.funcdef.decorators.n) {
            dump_label(out, "decorators", d);
            dump_exprs(out, &s->u.funcdef.decorators, d + 1);
        }
        dump_arguments(out, s->u.funcdef.args, d);
        dump_opt(out, "returns", s->u.funcdef.returns, d);
        dump_stmts(out, "body", &s->u.funcdef.body, d);
        break;
    case S_CLASSDEF:
        if (s->u.classdef.decorators.n) {
            dump_label(out, "decorators", d);
            dump_exprs(out, &s->u.classdef.decorators, d + 1);
        }
        if (s->u.classdef.bases.n) {
            dump_label(out, "bases", d);
            dump_exprs(out, &s->u.classdef.bases, d + 1);
        }
        dump_keywords(out, &s->u.classdef.keywords, d);
        dump_stmts(out, "body", &s->u.classdef.body, d);
        break;
    case S_TRY:
        dump_stmts(out, "body", &s->u.try_.body, d);
        for (int i = 0; i < s->u.try_.handlers.n; i++) {
            const ExceptHandler *h = s->u.try_.handlers.v[i];
            indent(out, d);
            fprintf(out, "except%s%s", h->name ? " as " : "", h->name ? h->name : "");
            dump_loc(out, h->loc);
            if (h->type)
                dump_expr(out, h->type, d + 1);
            dump_stmts(out, "body", &h->body, d + 1);
        }
        dump_stmts(out, "orelse", &s->u.try_.orelse, d);
        dump_stmts(out, "finally", &s->u.try_.finalbody, d);
        break;
    case S_WITH:
        for (int i = 0; i < s->u.with.items.n; i++) {
            dump_label(out, "item", d);
            dump_expr(out, s->u.with.items.v[i]->context, d + 1);
            dump_opt(out, "as", s->u.with.items.v[i]->target, d + 1);
        }
        dump_stmts(out, "body", &s->u.with.body, d);
        break;
    case S_ASSERT:
        dump_expr(out, s->u.assert_.test, d);
        dump_opt(out, "msg", s->u.assert_.msg, d);
        break;
    default:
        break;
    }
}

static void dump_stmts(FILE *out, const char *label, const StmtList *l, int depth)
{
    if (l->n == 0)
        return;
    dump_label(out, label, depth);
    for (int i = 0; i < l->n; i++)
        dump_stmt(out, l->v[i], depth + 1);
}

void ast_dump(FILE *out, const Module *mod)
{
    fputs("Module\n", out);
    for (int i = 0; i < mod->body.n; i++)
        dump_stmt(out, mod->body.v[i], 1);
}

/*
 * Symbol tables: which names a scope binds, declares and uses, and from
 * that where each name lives (fast local, cell, free variable, global).
 * Two passes, as CPython's symtable.c: collect, then analyze.
 */
#include <stdlib.h>
#include <string.h>

#include "vm/internal.h"

/* ---- scopes and symbols ------------------------------------------------------- */

static void *grow(void *arr, int *cap, size_t elem)
{
    int n = *cap ? *cap * 2 : 8;
    void *p = realloc(arr, (size_t)n * elem);
    if (!p) abort();
    *cap = n;
    return p;
}

Symbol *scope_find(const Scope *s, const char *name)
{
    for (int i = 0; i < s->nsyms; i++)
        if (strcmp(s->syms[i].name, name) == 0) return &s->syms[i];
    return NULL;
}

static Symbol *scope_add(Scope *s, const char *name, int flags, Loc loc)
{
    Symbol *sym = scope_find(s, name);
    if (!sym) {
        if (s->nsyms == s->cap) s->syms = grow(s->syms, &s->cap, sizeof(Symbol));
        sym = &s->syms[s->nsyms++];
        *sym = (Symbol){.name = name, .loc = loc};
    }
    sym->flags |= flags;
    return sym;
}

static Scope *scope_new(SymTable *st, ScopeKind kind, const char *name, const void *node, Scope *parent)
{
    Scope *s = calloc(1, sizeof(Scope));
    if (!s) abort();
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = parent;
    if (parent) {
        if (parent->nchildren == parent->childcap)
            parent->children = grow(parent->children, &parent->childcap, sizeof(Scope *));
        parent->children[parent->nchildren++] = s;
    }
    if (st->nall == st->allcap) st->all = grow(st->all, &st->allcap, sizeof(Scope *));
    st->all[st->nall++] = s;
    return s;
}

Scope *symtable_lookup(const SymTable *st, const void *node)
{
    for (int i = 0; i < st->nall; i++)
        if (st->all[i]->node == node) return st->all[i];
    return NULL;
}

static void scope_free(Scope *s)
{
    for (int i = 0; i < s->nchildren; i++) scope_free(s->children[i]);
    free(s->children);
    free(s->syms);
    free(s);
}

void symtable_free(SymTable *st)
{
    if (st->top) scope_free(st->top);
    free(st->all);
    for (int i = 0; i < st->nowned; i++) free(st->owned[i]);
    free(st->owned);
    st->top = NULL;
    st->all = NULL;
}

static void fail(SymTable *st, Loc loc, const char *fmt, const char *name)
{
    if (st->failed) return;
    st->failed = true;
    st->error_loc = loc;
    snprintf(st->error, sizeof st->error, fmt, name);
}

/* ---- pass 1: collect ------------------------------------------------------------ */

typedef struct Collector { SymTable *st; Scope *cur; } Collector;

static void visit_expr(Collector *c, const Expr *e);
static void visit_stmts(Collector *c, const StmtList *body);

static void visit_exprs(Collector *c, const ExprList *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->v[i]) visit_expr(c, l->v[i]);
}

static void bind(Collector *c, const char *name, Loc loc)
{
    Symbol *sym = scope_find(c->cur, name);
    if (sym && (sym->flags & (SYM_GLOBAL | SYM_NONLOCAL))) {
        sym->flags |= SYM_ASSIGNED;
        return;
    }
    scope_add(c->cur, name, SYM_ASSIGNED, loc);
}

static void use(Collector *c, const char *name, Loc loc)
{
    scope_add(c->cur, name, SYM_USED, loc);
    /* super() and __class__ inside a method need the class cell. */
    if (c->cur->kind == SCOPE_FUNCTION && (strcmp(name, "super") == 0 || strcmp(name, "__class__") == 0)) {
        for (Scope *s = c->cur->parent; s; s = s->parent)
            if (s->kind == SCOPE_CLASS) {
                c->cur->uses_class_cell = true;
                break;
            }
    }
}

static void bind_target(Collector *c, const Expr *t)
{
    switch (t->kind) {
    case E_NAME: bind(c, t->u.name, t->loc); break;
    case E_TUPLE:
    case E_LIST:
        for (int i = 0; i < t->u.elts.n; i++) bind_target(c, t->u.elts.v[i]);
        break;
    case E_STARRED: bind_target(c, t->u.starred.value); break;
    default: visit_expr(c, t); break;   /* attribute/subscript: their parts are uses */
    }
}

static void visit_arguments_defaults(Collector *c, const Arguments *a)
{
    visit_exprs(c, &a->defaults);
    visit_exprs(c, &a->kw_defaults);
}

static void bind_params(Collector *c, const Arguments *a)
{
    const ArgList *lists[] = {&a->posonly, &a->args, &a->kwonly};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->n; i++) {
            Symbol *s = scope_find(c->cur, lists[k]->v[i]->name);
            if (s && (s->flags & SYM_PARAM)) {
                fail(c->st, lists[k]->v[i]->loc, "duplicate argument '%s' in function definition", lists[k]->v[i]->name);
                return;
            }
            scope_add(c->cur, lists[k]->v[i]->name, SYM_PARAM | SYM_ASSIGNED, lists[k]->v[i]->loc);
        }
    if (a->vararg) {
        scope_add(c->cur, a->vararg->name, SYM_PARAM | SYM_ASSIGNED, a->vararg->loc);
        c->cur->has_varargs = true;
    }
    if (a->kwarg) {
        scope_add(c->cur, a->kwarg->name, SYM_PARAM | SYM_ASSIGNED, a->kwarg->loc);
        c->cur->has_varkw = true;
    }
}

static void visit_function(Collector *c, const void *node, const char *name, const Arguments *args,
                           const StmtList *body, const Expr *lambda_body)
{
    Scope *saved = c->cur;
    c->cur = scope_new(c->st, SCOPE_FUNCTION, name, node, saved);
    bind_params(c, args);
    if (body) visit_stmts(c, body);
    else visit_expr(c, lambda_body);
    c->cur = saved;
}

static void visit_comprehension(Collector *c, const Expr *e)
{
    const ComprehensionList *gens = &e->u.comp.generators;
    /* The first iterable is evaluated in the enclosing scope. */
    visit_expr(c, gens->v[0]->iter);
    Scope *saved = c->cur;
    const char *names[] = {"<listcomp>", "<setcomp>", "<genexpr>", "<dictcomp>"};
    int k = e->kind == E_LISTCOMP ? 0 : e->kind == E_SETCOMP ? 1 : e->kind == E_GENEXP ? 2 : 3;
    c->cur = scope_new(c->st, SCOPE_COMPREHENSION, names[k], e, saved);
    if (e->kind == E_GENEXP) c->cur->is_generator = true;
    scope_add(c->cur, ".0", SYM_PARAM | SYM_ASSIGNED | SYM_COMP_ITER, e->loc);
    for (int i = 0; i < gens->n; i++) {
        bind_target(c, gens->v[i]->target);
        if (i > 0) visit_expr(c, gens->v[i]->iter);
        visit_exprs(c, &gens->v[i]->ifs);
    }
    visit_expr(c, e->u.comp.elt);
    if (e->u.comp.value) visit_expr(c, e->u.comp.value);
    c->cur = saved;
}

/* `x := v` inside a comprehension binds x in the nearest enclosing
 * function or module scope. */
static void visit_named(Collector *c, const Expr *e)
{
    visit_expr(c, e->u.named.value);
    const char *name = e->u.named.target->u.name;
    if (c->cur->kind != SCOPE_COMPREHENSION) {
        bind(c, name, e->loc);
        return;
    }
    Scope *target = c->cur;
    while (target->kind == SCOPE_COMPREHENSION) {
        Symbol *s = scope_find(target, name);
        if (s && (s->flags & SYM_ASSIGNED) && !(s->flags & (SYM_NONLOCAL | SYM_GLOBAL))) {
            fail(c->st, e->loc, "assignment expression cannot rebind comprehension iteration variable '%s'", name);
            return;
        }
        target = target->parent;
    }
    if (target->kind == SCOPE_CLASS) {
        fail(c->st, e->loc, "assignment expression within a comprehension cannot be used in a class body%s", "");
        return;
    }
    Symbol *ts = scope_add(target, name, SYM_ASSIGNED, e->loc);
    int decl = target->kind == SCOPE_MODULE || (ts->flags & SYM_GLOBAL) ? SYM_GLOBAL : SYM_NONLOCAL;
    for (Scope *s = c->cur; s != target; s = s->parent) scope_add(s, name, decl | SYM_ASSIGNED, e->loc);
}

static void visit_expr(Collector *c, const Expr *e)
{
    switch (e->kind) {
    case E_NAME: use(c, e->u.name, e->loc); break;
    case E_FSTRING: visit_exprs(c, &e->u.elts); break;
    case E_FORMATTED:
        visit_expr(c, e->u.formatted.value);
        if (e->u.formatted.spec) visit_expr(c, e->u.formatted.spec);
        break;
    case E_BINOP: visit_expr(c, e->u.binop.left); visit_expr(c, e->u.binop.right); break;
    case E_UNARY: visit_expr(c, e->u.unary.operand); break;
    case E_BOOLOP: visit_exprs(c, &e->u.boolop.values); break;
    case E_COMPARE: visit_expr(c, e->u.compare.left); visit_exprs(c, &e->u.compare.rights); break;
    case E_IFEXP:
        visit_expr(c, e->u.ifexp.test); visit_expr(c, e->u.ifexp.body); visit_expr(c, e->u.ifexp.orelse);
        break;
    case E_LAMBDA:
        visit_arguments_defaults(c, e->u.lambda.args);
        visit_function(c, e, "<lambda>", e->u.lambda.args, NULL, e->u.lambda.body);
        break;
    case E_CALL:
        visit_expr(c, e->u.call.func);
        visit_exprs(c, &e->u.call.args);
        for (int i = 0; i < e->u.call.keywords.n; i++) visit_expr(c, e->u.call.keywords.v[i]->value);
        break;
    case E_ATTRIBUTE: visit_expr(c, e->u.attribute.value); break;
    case E_SUBSCRIPT: visit_expr(c, e->u.subscript.value); visit_expr(c, e->u.subscript.index); break;
    case E_SLICE:
        if (e->u.slice.lower) visit_expr(c, e->u.slice.lower);
        if (e->u.slice.upper) visit_expr(c, e->u.slice.upper);
        if (e->u.slice.step) visit_expr(c, e->u.slice.step);
        break;
    case E_STARRED: visit_expr(c, e->u.starred.value); break;
    case E_LIST: case E_TUPLE: case E_SET: visit_exprs(c, &e->u.elts); break;
    case E_DICT: visit_exprs(c, &e->u.dict.keys); visit_exprs(c, &e->u.dict.values); break;
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP: case E_DICTCOMP: visit_comprehension(c, e); break;
    case E_YIELD: case E_YIELD_FROM:
        if (c->cur->kind == SCOPE_MODULE || c->cur->kind == SCOPE_CLASS) {
            fail(c->st, e->loc, "'%s' outside function", e->kind == E_YIELD ? "yield" : "yield from");
            return;
        }
        if (c->cur->kind == SCOPE_COMPREHENSION) {
            fail(c->st, e->loc, "'yield' inside %s", c->cur->name[1] == 'l' ? "list comprehension" :
                 c->cur->name[1] == 's' ? "set comprehension" : c->cur->name[1] == 'd' ? "dict comprehension" :
                 "generator expression");
            return;
        }
        c->cur->is_generator = true;
        if (e->u.yield_.value) visit_expr(c, e->u.yield_.value);
        break;
    case E_NAMED: visit_named(c, e); break;
    default: break;
    }
}

static void declare(Collector *c, const Stmt *s, int flag)
{
    const char *what = flag == SYM_GLOBAL ? "global" : "nonlocal";
    for (int i = 0; i < s->u.names.n; i++) {
        const char *name = s->u.names.v[i];
        Symbol *sym = scope_find(c->cur, name);
        if (flag == SYM_NONLOCAL && c->cur->kind == SCOPE_MODULE) {
            fail(c->st, s->loc, "nonlocal declaration not allowed at module level%s", "");
            return;
        }
        if (sym) {
            static char msg[160];
            if (sym->flags & SYM_PARAM) {
                snprintf(msg, sizeof msg, "name '%%s' is parameter and %s", what);
                fail(c->st, s->loc, msg, name);
                return;
            }
            if ((sym->flags & (SYM_GLOBAL | SYM_NONLOCAL)) && !(sym->flags & flag)) {
                snprintf(msg, sizeof msg, "name '%%s' is nonlocal and global");
                fail(c->st, s->loc, msg, name);
                return;
            }
            if (sym->flags & SYM_USED && !(sym->flags & flag)) {
                snprintf(msg, sizeof msg, "name '%%s' is used prior to %s declaration", what);
                fail(c->st, s->loc, msg, name);
                return;
            }
            if (sym->flags & SYM_ASSIGNED && !(sym->flags & flag)) {
                snprintf(msg, sizeof msg, "name '%%s' is assigned to before %s declaration", what);
                fail(c->st, s->loc, msg, name);
                return;
            }
        }
        scope_add(c->cur, name, flag, s->loc);
    }
}

static void bind_import(Collector *c, const Alias *a)
{
    if (a->asname) {
        bind(c, a->asname, a->loc);
        return;
    }
    const char *dot = strchr(a->name, '.');
    if (!dot) {
        bind(c, a->name, a->loc);
        return;
    }
    /* `import a.b` binds `a`, a name the source never spells alone: the
     * symbol table owns that copy. */
    SymTable *st = c->st;
    if (st->nowned == st->ownedcap) st->owned = grow(st->owned, &st->ownedcap, sizeof(char *));
    size_t n = (size_t)(dot - a->name);
    char *buf = malloc(n + 1);
    if (!buf) abort();
    memcpy(buf, a->name, n);
    buf[n] = 0;
    st->owned[st->nowned++] = buf;
    bind(c, buf, a->loc);
}

static void visit_stmt(Collector *c, const Stmt *s)
{
    switch (s->kind) {
    case S_EXPR: visit_expr(c, s->u.expr); break;
    case S_ASSIGN:
        visit_expr(c, s->u.assign.value);
        for (int i = 0; i < s->u.assign.targets.n; i++) bind_target(c, s->u.assign.targets.v[i]);
        break;
    case S_AUGASSIGN:
        visit_expr(c, s->u.augassign.value);
        if (s->u.augassign.target->kind == E_NAME) {
            use(c, s->u.augassign.target->u.name, s->loc);
            bind(c, s->u.augassign.target->u.name, s->loc);
        } else {
            visit_expr(c, s->u.augassign.target);
        }
        break;
    case S_ANNASSIGN:
        if (s->u.annassign.value) {
            visit_expr(c, s->u.annassign.value);
            bind_target(c, s->u.annassign.target);
        } else if (s->u.annassign.target->kind == E_NAME) {
            bind(c, s->u.annassign.target->u.name, s->loc);
        } else {
            visit_expr(c, s->u.annassign.target);
        }
        break;
    case S_DEL:
        for (int i = 0; i < s->u.del_.targets.n; i++) bind_target(c, s->u.del_.targets.v[i]);
        break;
    case S_RETURN: if (s->u.expr) visit_expr(c, s->u.expr); break;
    case S_RAISE:
        if (s->u.raise.exc) visit_expr(c, s->u.raise.exc);
        if (s->u.raise.cause) visit_expr(c, s->u.raise.cause);
        break;
    case S_GLOBAL: declare(c, s, SYM_GLOBAL); break;
    case S_NONLOCAL: declare(c, s, SYM_NONLOCAL); break;
    case S_IF: case S_WHILE:
        visit_expr(c, s->u.cond.test);
        visit_stmts(c, &s->u.cond.body);
        visit_stmts(c, &s->u.cond.orelse);
        break;
    case S_FOR:
        visit_expr(c, s->u.for_.iter);
        bind_target(c, s->u.for_.target);
        visit_stmts(c, &s->u.for_.body);
        visit_stmts(c, &s->u.for_.orelse);
        break;
    case S_FUNCDEF:
        visit_exprs(c, &s->u.funcdef.decorators);
        visit_arguments_defaults(c, s->u.funcdef.args);
        visit_function(c, s, s->u.funcdef.name, s->u.funcdef.args, &s->u.funcdef.body, NULL);
        bind(c, s->u.funcdef.name, s->loc);
        break;
    case S_CLASSDEF: {
        visit_exprs(c, &s->u.classdef.decorators);
        visit_exprs(c, &s->u.classdef.bases);
        for (int i = 0; i < s->u.classdef.keywords.n; i++) visit_expr(c, s->u.classdef.keywords.v[i]->value);
        Scope *saved = c->cur;
        c->cur = scope_new(c->st, SCOPE_CLASS, s->u.classdef.name, s, saved);
        visit_stmts(c, &s->u.classdef.body);
        c->cur = saved;
        bind(c, s->u.classdef.name, s->loc);
        break;
    }
    case S_TRY:
        visit_stmts(c, &s->u.try_.body);
        for (int i = 0; i < s->u.try_.handlers.n; i++) {
            ExceptHandler *h = s->u.try_.handlers.v[i];
            if (h->type) visit_expr(c, h->type);
            if (h->name) bind(c, h->name, h->loc);
            visit_stmts(c, &h->body);
        }
        visit_stmts(c, &s->u.try_.orelse);
        visit_stmts(c, &s->u.try_.finalbody);
        break;
    case S_WITH:
        for (int i = 0; i < s->u.with.items.n; i++) {
            visit_expr(c, s->u.with.items.v[i]->context);
            if (s->u.with.items.v[i]->target) bind_target(c, s->u.with.items.v[i]->target);
        }
        visit_stmts(c, &s->u.with.body);
        break;
    case S_ASSERT:
        visit_expr(c, s->u.assert_.test);
        if (s->u.assert_.msg) visit_expr(c, s->u.assert_.msg);
        break;
    case S_IMPORT:
        for (int i = 0; i < s->u.import.names.n; i++) bind_import(c, s->u.import.names.v[i]);
        break;
    case S_IMPORTFROM:
        for (int i = 0; i < s->u.import.names.n; i++) {
            Alias *a = s->u.import.names.v[i];
            if (strcmp(a->name, "*") == 0) {
                if (c->cur->kind != SCOPE_MODULE) fail(c->st, s->loc, "import * only allowed at module level%s", "");
                continue;
            }
            bind(c, a->asname ? a->asname : a->name, a->loc);
        }
        break;
    default: break;
    }
}

static void visit_stmts(Collector *c, const StmtList *body)
{
    for (int i = 0; i < body->n && !c->st->failed; i++) visit_stmt(c, body->v[i]);
}

/* ---- pass 2: analyze ---------------------------------------------------------------- */

static bool is_function_scope(const Scope *s) { return s->kind == SCOPE_FUNCTION || s->kind == SCOPE_COMPREHENSION; }

/* The enclosing function scope that binds `name` as its own local, or NULL. */
static Scope *find_binding_scope(Scope *from, const char *name)
{
    for (Scope *s = from->parent; s; s = s->parent) {
        if (!is_function_scope(s)) continue;
        Symbol *sym = scope_find(s, name);
        if (!sym) continue;
        if (sym->flags & SYM_GLOBAL) return NULL;
        if (sym->flags & SYM_NONLOCAL) continue;   /* it passes the variable through */
        if (sym->flags & (SYM_ASSIGNED | SYM_PARAM)) return s;
    }
    return NULL;
}

/* Marks `name` free in every scope from `inner` up to (not including) `owner`, and a cell in `owner`. */
static void thread_free_var(Scope *inner, Scope *owner, const char *name, Loc loc)
{
    for (Scope *s = inner; s != owner; s = s->parent) {
        Symbol *sym = scope_find(s, name);
        if (s->kind == SCOPE_CLASS) {
            sym = scope_add(s, name, 0, loc);
            sym->free_in_class = true;
            continue;
        }
        if (!sym) sym = scope_add(s, name, 0, loc);
        sym->scope = NS_FREE;
    }
    Symbol *o = scope_find(owner, name);
    o->scope = NS_CELL;
}

static void analyze_scope(SymTable *st, Scope *s)
{
    for (int i = 0; i < s->nsyms && !st->failed; i++) {
        Symbol *sym = &s->syms[i];
        if (sym->scope == NS_FREE || sym->scope == NS_CELL) continue;   /* set by an inner scope */
        if (sym->flags & SYM_GLOBAL) {
            sym->scope = NS_GLOBAL_EXPLICIT;
        } else if (sym->flags & SYM_NONLOCAL) {
            Scope *owner = find_binding_scope(s, sym->name);
            if (!owner) {
                fail(st, sym->loc, "no binding for nonlocal '%s' found", sym->name);
                return;
            }
            thread_free_var(s, owner, sym->name, sym->loc);
        } else if (sym->flags & (SYM_ASSIGNED | SYM_PARAM)) {
            sym->scope = NS_LOCAL;
        } else if (s->kind == SCOPE_MODULE) {
            sym->scope = NS_GLOBAL_IMPLICIT;
        } else {
            Scope *owner = find_binding_scope(s, sym->name);
            if (owner) thread_free_var(s, owner, sym->name, sym->loc);
            else sym->scope = s->kind == SCOPE_CLASS ? NS_LOCAL : NS_GLOBAL_IMPLICIT;
        }
    }
    for (int i = 0; i < s->nchildren && !st->failed; i++) analyze_scope(st, s->children[i]);
}

/* Methods using super()/__class__ get a free __class__ bound to the class's cell. */
static void add_class_cells(Scope *s)
{
    for (int i = 0; i < s->nchildren; i++) add_class_cells(s->children[i]);
    if (s->kind != SCOPE_FUNCTION || !s->uses_class_cell) return;
    Scope *cls = s->parent;
    while (cls && cls->kind != SCOPE_CLASS) cls = cls->parent;
    if (!cls) return;
    cls->needs_class_cell = true;
    for (Scope *x = s; x != cls; x = x->parent) {
        Symbol *sym = scope_add(x, "__class__", 0, (Loc){0, 0, 0, 0});
        sym->scope = NS_FREE;
    }
}

bool symtable_build(SymTable *st, const Module *mod, ParseMode mode)
{
    (void)mode;
    memset(st, 0, sizeof *st);
    st->top = scope_new(st, SCOPE_MODULE, "<module>", mod, NULL);
    Collector c = {st, st->top};
    visit_stmts(&c, &mod->body);
    if (!st->failed) analyze_scope(st, st->top);
    if (!st->failed) add_class_cells(st->top);
    return !st->failed;
}

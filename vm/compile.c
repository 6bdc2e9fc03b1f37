/*
 * The code generator: AST to code objects.
 *
 * One Unit per code object being built (module, class body, function,
 * lambda, comprehension).  Instructions are appended with emit(), which
 * also tracks the stack depth (to size the frame) and records, for every
 * instruction, its source position and the exception handler covering it;
 * the exception table is derived from those records at the end, as ranges
 * of consecutive instructions sharing a handler.
 *
 * break/continue/return leave blocks through the "fblock" stack, as in
 * CPython's compiler: each block knows how to unwind itself (pop the loop
 * iterator, run the finally body inline, restore the handled exception,
 * call __exit__).
 */
#include <stdlib.h>
#include <string.h>

#include "vm/internal.h"

#define MAX_FBLOCKS 40

typedef enum FBlockKind { FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_HANDLER, FB_WITH } FBlockKind;

typedef struct Handler { int label; int depth; } Handler;   /* label -1: none */

typedef struct FBlock {
    FBlockKind kind;
    int break_label, continue_label;
    Handler outer;                /* the handler active outside this block */
    const StmtList *finalbody;    /* FB_FINALLY_TRY */
    const char *name;             /* FB_HANDLER: the `as` name to clear */
} FBlock;

typedef struct Unit {
    struct Unit *parent;
    Scope *scope;
    uint32_t *code;
    CodePos *pos;
    Handler *handlers;            /* per instruction */
    int ncode, cap;
    int *label_pos, *label_depth;
    int nlabels, labelcap;
    int depth, maxdepth;
    bool unreachable;
    Value consts, names, varnames, cellvars, freevars;   /* lists */
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    Handler handler;
    Value qualname;
    int argcount, posonly, kwonly, flags, firstlineno;
    Loc loc;
} Unit;

typedef struct Compiler {
    VM *vm;
    SymTable st;
    Unit *u;
    Value filename;
    const char *src;
    ParseMode mode;
    bool failed;
    int nesting;
} Compiler;

#define MAX_NESTING 400
#define STACK_USE_GUIDELINE 30   /* CPython builds bigger displays item by item */

/* ---- errors -------------------------------------------------------------------- */

static void compile_error(Compiler *c, Loc loc, const char *fmt, ...)
{
    if (c->failed) return;
    c->failed = true;
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (!err_occurred(c->vm))
        vm_syntax_error(c->vm, &exc_SyntaxError, msg, c->filename, loc.line, loc.col, loc.end_line, loc.end_col, c->src);
}

static bool oom(Compiler *c)
{
    c->failed = true;
    if (!err_occurred(c->vm)) err_no_memory(c->vm);
    return false;
}

/* ---- emitting ------------------------------------------------------------------ */

static int stack_effect(Opcode op, int arg)
{
    static const int effects[] = {
#define OPCODE_EFFECT(name, effect) effect,
        OPCODES(OPCODE_EFFECT)
#undef OPCODE_EFFECT
    };
    switch (op) {
    case OP_BUILD_SLICE: case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET: case OP_BUILD_STRING:
        return 1 - arg;
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case OP_CALL: return -arg - 1;
    case OP_CALL_KW: return -arg - 2;
    case OP_CALL_EX: return -2 - (arg & 1);
    case OP_MAKE_FUNCTION: return -1 - __builtin_popcount((unsigned)arg);
    case OP_RAISE: return -arg;
    case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    default: return effects[op];
    }
}

static bool ensure_code_space(Compiler *c)
{
    Unit *u = c->u;
    if (u->ncode < u->cap) return true;
    int cap = u->cap ? u->cap * 2 : 64;
    uint32_t *code = realloc(u->code, (size_t)cap * sizeof *code);
    if (code) u->code = code;
    CodePos *pos = realloc(u->pos, (size_t)cap * sizeof *pos);
    if (pos) u->pos = pos;
    Handler *h = realloc(u->handlers, (size_t)cap * sizeof *h);
    if (h) u->handlers = h;
    if (!code || !pos || !h) return oom(c);
    u->cap = cap;
    return true;
}

static void note_depth(Unit *u)
{
    if (u->depth < 0) u->depth = 0;
    if (u->depth > u->maxdepth) u->maxdepth = u->depth;
}

static void emit(Compiler *c, Opcode op, int arg)
{
    if (c->failed || !ensure_code_space(c)) return;
    Unit *u = c->u;
    if ((unsigned)arg > MAX_ARG) {
        compile_error(c, u->loc, "too many constants, names or instructions in one code object");
        return;
    }
    u->code[u->ncode] = INSTR(op, arg);
    u->pos[u->ncode] = (CodePos){u->loc.line, u->loc.end_line, u->loc.col, u->loc.end_col};
    u->handlers[u->ncode] = u->handler;
    u->ncode++;
    u->depth += stack_effect(op, arg);
    note_depth(u);
    if (op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE || op == OP_RERAISE) u->unreachable = true;
}

static int new_label(Compiler *c)
{
    Unit *u = c->u;
    if (u->nlabels == u->labelcap) {
        int cap = u->labelcap ? u->labelcap * 2 : 16;
        int *p = realloc(u->label_pos, (size_t)cap * sizeof(int));
        if (p) u->label_pos = p;
        int *d = realloc(u->label_depth, (size_t)cap * sizeof(int));
        if (d) u->label_depth = d;
        if (!p || !d) {
            oom(c);
            return 0;
        }
        u->labelcap = cap;
    }
    u->label_pos[u->nlabels] = -1;
    u->label_depth[u->nlabels] = -1;
    return u->nlabels++;
}

static void record_label_depth(Compiler *c, int label, int depth)
{
    if (c->failed) return;
    if (depth > c->u->label_depth[label]) c->u->label_depth[label] = depth;
}

static void place_label(Compiler *c, int label)
{
    if (c->failed) return;
    Unit *u = c->u;
    u->label_pos[label] = u->ncode;
    if (u->unreachable && u->label_depth[label] >= 0) u->depth = u->label_depth[label];
    u->unreachable = false;
    note_depth(u);
}

/* Jumps carry a label id until the unit is assembled. */
static void emit_jump(Compiler *c, Opcode op, int label)
{
    if (c->failed) return;
    int before = c->u->depth;
    int target_depth;
    switch (op) {
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: target_depth = before; break;
    case OP_FOR_ITER: target_depth = before - 1; break;
    case OP_SEND: target_depth = before - 1; break;
    case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: target_depth = before - 1; break;
    default: target_depth = before; break;
    }
    record_label_depth(c, label, target_depth);
    emit(c, op, label);
}

static void set_handler(Compiler *c, int label, int depth)
{
    c->u->handler = (Handler){label, depth};
    if (label >= 0) record_label_depth(c, label, depth + 1);
}

/* ---- constants and names ---------------------------------------------------------- */

static bool same_constant(Value a, Value b)
{
    if (a == b) return true;
    if (type_of(a) != type_of(b) || is_small(a)) return false;
    Type *t = type_of(a);
    if (t == &type_str) return str_eq(a, b);
    if (t == &type_float) {
        double x = float_val(a), y = float_val(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (t == &type_int) return int_compare(a, b) == 0;
    return false;
}

static int add_const(Compiler *c, Value v)
{
    ListObj *l = as_list(c->u->consts);
    for (size_t i = 0; i < l->len; i++)
        if (same_constant(l->items[i], v)) return (int)i;
    if (list_append(c->vm, c->u->consts, v) < 0) return oom(c), 0;
    return (int)l->len - 1;
}

static int add_const_steal(Compiler *c, Value v)
{
    if (!v) return oom(c), 0;
    int i = add_const(c, v);
    decref(c->vm, v);
    return i;
}

static void emit_const(Compiler *c, Value v) { emit(c, OP_LOAD_CONST, add_const(c, v)); }
static void emit_const_steal(Compiler *c, Value v) { emit(c, OP_LOAD_CONST, add_const_steal(c, v)); }

static int name_index(Compiler *c, Value list, const char *name)
{
    ListObj *l = as_list(list);
    for (size_t i = 0; i < l->len; i++)
        if (strcmp(str_cstr(l->items[i]), name) == 0) return (int)i;
    Value s = str_intern_cstr(c->vm, name);
    if (!s || list_append_steal(c->vm, list, s) < 0) return oom(c), 0;
    return (int)l->len - 1;
}

static int find_name(Value list, const char *name)
{
    ListObj *l = as_list(list);
    for (size_t i = 0; i < l->len; i++)
        if (strcmp(str_cstr(l->items[i]), name) == 0) return (int)i;
    return -1;
}

/* ---- units ------------------------------------------------------------------------ */

static Value make_qualname(Compiler *c, const char *name)
{
    Unit *p = c->u;
    if (!p || p->scope->kind == SCOPE_MODULE) return str_from_cstr(c->vm, name);
    /* A name declared global in the parent is qualified from the top. */
    Symbol *sym = scope_find(p->scope, name);
    if (sym && sym->scope == NS_GLOBAL_EXPLICIT) return str_from_cstr(c->vm, name);
    if (p->scope->kind == SCOPE_CLASS) return str_format(c->vm, "%U.%s", p->qualname, name);
    return str_format(c->vm, "%U.<locals>.%s", p->qualname, name);
}

static bool enter_unit(Compiler *c, Scope *scope, const char *name, int firstlineno)
{
    Unit *u = calloc(1, sizeof(Unit));
    if (!u) return oom(c);
    u->scope = scope;
    u->handler = (Handler){-1, 0};
    u->firstlineno = firstlineno;
    u->loc = (Loc){firstlineno, 0, firstlineno, 0};
    u->qualname = make_qualname(c, name);
    u->consts = list_new(c->vm, 0);
    u->names = list_new(c->vm, 0);
    u->varnames = list_new(c->vm, 0);
    u->cellvars = list_new(c->vm, 0);
    u->freevars = list_new(c->vm, 0);
    u->parent = c->u;
    c->u = u;
    if (!u->qualname || !u->consts || !u->names || !u->varnames || !u->cellvars || !u->freevars) return oom(c);
    /* Cells and free variables in a stable order: sorted by name, as CPython. */
    for (int pass = 0; pass < 2; pass++) {
        Value list = pass == 0 ? u->cellvars : u->freevars;
        for (;;) {
            const char *best = NULL;
            for (int i = 0; i < scope->nsyms; i++) {
                Symbol *s = &scope->syms[i];
                bool want = pass == 0 ? s->scope == NS_CELL : (s->scope == NS_FREE || s->free_in_class);
                if (!want || find_name(list, s->name) >= 0) continue;
                if (!best || strcmp(s->name, best) < 0) best = s->name;
            }
            if (pass == 0 && scope->kind == SCOPE_CLASS && scope->needs_class_cell && find_name(list, "__class__") < 0 &&
                (!best || strcmp("__class__", best) < 0))
                best = "__class__";
            if (!best) break;
            name_index(c, list, best);
        }
    }
    return !c->failed;
}

static void free_unit(Compiler *c, Unit *u)
{
    free(u->code);
    free(u->pos);
    free(u->handlers);
    free(u->label_pos);
    free(u->label_depth);
    Value *fields[] = {&u->consts, &u->names, &u->varnames, &u->cellvars, &u->freevars, &u->qualname};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) clear_slot(c->vm, fields[i]);
    free(u);
}

static Value list_to_tuple(VM *vm, Value list)
{
    return tuple_from_array(vm, as_list(list)->items, as_list(list)->len);
}

static bool build_exc_table(Compiler *c, CodeObj *co)
{
    Unit *u = c->u;
    size_t n = 0;
    for (int i = 0; i < u->ncode; i++)
        if (u->handlers[i].label >= 0 && (i == 0 || u->handlers[i].label != u->handlers[i - 1].label ||
                                          u->handlers[i].depth != u->handlers[i - 1].depth))
            n++;
    if (!n) return true;
    co->exc_table = gc_mem_alloc(c->vm, n * sizeof(ExcEntry));
    if (!co->exc_table) return oom(c);
    co->exc_table_len = n;
    size_t k = 0;
    for (int i = 0; i < u->ncode; i++) {
        Handler h = u->handlers[i];
        if (h.label < 0) continue;
        if (k > 0 && i > 0 && co->exc_table[k - 1].end == (uint32_t)i && u->handlers[i - 1].label == h.label &&
            u->handlers[i - 1].depth == h.depth) {
            co->exc_table[k - 1].end = (uint32_t)i + 1;
            continue;
        }
        co->exc_table[k++] = (ExcEntry){(uint32_t)i, (uint32_t)i + 1, (uint32_t)u->label_pos[h.label], (uint32_t)h.depth};
    }
    co->exc_table_len = k;
    return true;
}

/* Turns the current unit into a code object and leaves it. */
static Value leave_unit(Compiler *c, const char *name)
{
    Unit *u = c->u;
    VM *vm = c->vm;
    Value result = VAL_NULL;
    CodeObj *co = NULL;
    if (c->failed) goto done;
    for (int i = 0; i < u->ncode; i++) {
        Opcode op = INSTR_OP(u->code[i]);
        if (op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE || op == OP_FOR_ITER ||
            op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP || op == OP_SEND)
            u->code[i] = INSTR(op, u->label_pos[INSTR_ARG(u->code[i])]);
    }
    co = gc_mem_alloc(vm, sizeof(CodeObj));
    if (!co) goto done;
    memset(co, 0, sizeof *co);
    co->ob.refcnt = 1;
    co->ob.type = &type_code;
    co->ncode = (size_t)u->ncode;
    co->code = gc_mem_alloc(vm, co->ncode * sizeof(uint32_t));
    co->positions = gc_mem_alloc(vm, co->ncode * sizeof(CodePos));
    if (!co->code || !co->positions) goto done;
    memcpy(co->code, u->code, co->ncode * sizeof(uint32_t));
    memcpy(co->positions, u->pos, co->ncode * sizeof(CodePos));
    if (!build_exc_table(c, co)) goto done;
    co->consts = list_to_tuple(vm, u->consts);
    co->names = list_to_tuple(vm, u->names);
    co->varnames = list_to_tuple(vm, u->varnames);
    co->cellvars = list_to_tuple(vm, u->cellvars);
    co->freevars = list_to_tuple(vm, u->freevars);
    co->filename = incref(c->filename);
    co->name = str_intern_cstr(vm, name);
    co->qualname = incref(u->qualname);
    if (!co->consts || !co->names || !co->varnames || !co->cellvars || !co->freevars || !co->name) goto done;
    co->name_cache = gc_mem_alloc(vm, as_tuple(co->names)->len * sizeof(NameCache));
    if (!co->name_cache) goto done;
    memset(co->name_cache, 0, as_tuple(co->names)->len * sizeof(NameCache));
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonly;
    co->kwonlyargcount = u->kwonly;
    co->nlocals = (int)as_list(u->varnames)->len;
    co->ncells = (int)as_list(u->cellvars)->len;
    co->nfree = (int)as_list(u->freevars)->len;
    co->stacksize = u->maxdepth + 2;
    co->flags = u->flags;
    co->firstlineno = u->firstlineno;
    if (co->ncells) {
        co->cell2arg = gc_mem_alloc(vm, (size_t)co->ncells * sizeof(int));
        if (!co->cell2arg) goto done;
        int nargs = co->argcount + co->kwonlyargcount + !!(co->flags & CO_VARARGS) + !!(co->flags & CO_VARKEYWORDS);
        for (int i = 0; i < co->ncells; i++) {
            co->cell2arg[i] = -1;
            const char *cell = str_cstr(as_tuple(co->cellvars)->items[i]);
            for (int a = 0; a < nargs; a++)
                if (strcmp(cell, str_cstr(as_tuple(co->varnames)->items[a])) == 0) co->cell2arg[i] = a;
        }
    }
    result = val(co);
    co = NULL;
done:
    if (co) {
        co->ncode = co->code ? co->ncode : 0;
        decref(vm, val(co));
    }
    if (!result && !err_occurred(vm)) err_no_memory(vm);
    c->u = u->parent;
    free_unit(c, u);
    return result;
}

/* ---- names ------------------------------------------------------------------------ */

typedef enum Ctx { CTX_LOAD, CTX_STORE, CTX_DEL } Ctx;

static void name_op(Compiler *c, const char *name, Ctx ctx)
{
    Unit *u = c->u;
    Symbol *sym = scope_find(u->scope, name);
    NameScope ns = sym ? sym->scope : NS_GLOBAL_IMPLICIT;
    static const Opcode fast[] = {OP_LOAD_FAST, OP_STORE_FAST, OP_DELETE_FAST};
    static const Opcode deref[] = {OP_LOAD_DEREF, OP_STORE_DEREF, OP_DELETE_DEREF};
    static const Opcode global[] = {OP_LOAD_GLOBAL, OP_STORE_GLOBAL, OP_DELETE_GLOBAL};
    static const Opcode byname[] = {OP_LOAD_NAME, OP_STORE_NAME, OP_DELETE_NAME};

    if (ns == NS_GLOBAL_EXPLICIT) {
        emit(c, global[ctx], name_index(c, u->names, name));
        return;
    }
    if (u->scope->kind == SCOPE_MODULE) {
        emit(c, byname[ctx], name_index(c, u->names, name));
        return;
    }
    if (u->scope->kind == SCOPE_CLASS) {
        if (ctx == CTX_LOAD && sym && sym->free_in_class && !(sym->flags & SYM_ASSIGNED)) {
            emit(c, OP_LOAD_CLASSDEREF, (int)as_list(u->cellvars)->len + find_name(u->freevars, name));
            return;
        }
        emit(c, byname[ctx], name_index(c, u->names, name));
        return;
    }
    switch (ns) {
    case NS_LOCAL: emit(c, fast[ctx], name_index(c, u->varnames, name)); break;
    case NS_CELL: emit(c, deref[ctx], find_name(u->cellvars, name)); break;
    case NS_FREE: emit(c, deref[ctx], (int)as_list(u->cellvars)->len + find_name(u->freevars, name)); break;
    default: emit(c, global[ctx], name_index(c, u->names, name)); break;
    }
}

/* ---- expressions -------------------------------------------------------------------- */

static void compile_expr(Compiler *c, const Expr *e);
static void compile_stmts(Compiler *c, const StmtList *body);
static void compile_store(Compiler *c, const Expr *target);

static bool enter_nesting(Compiler *c, Loc loc)
{
    if (++c->nesting > MAX_NESTING) {
        c->nesting--;
        if (!c->failed) {
            c->failed = true;
            err_set_str(c->vm, &exc_RecursionError, "maximum recursion depth exceeded during compilation");
        }
        (void)loc;
        return false;
    }
    return true;
}

static Value literal_int(Compiler *c, const Expr *e)
{
    return int_from_string(c->vm, e->u.text, strlen(e->u.text), 0);
}

static Value literal_float(Compiler *c, const Expr *e)
{
    char buf[128];
    size_t n = 0;
    for (const char *p = e->u.text; *p && n < sizeof buf - 1; p++)
        if (*p != '_') buf[n++] = *p;
    buf[n] = 0;
    return float_new(c->vm, strtod(buf, NULL));
}

static Value constant_value(Compiler *c, const Expr *e);

/* CPython's AST optimizer folds operations on constants unless the result
 * could be huge: ints beyond 128 bits, sequences beyond 4096 items. */
#define FOLD_MAX_INT_BITS 128
#define FOLD_MAX_SEQ 4096

static size_t int_bits(Value v)
{
    if (v == TRUE_V) return 1;
    if (v == FALSE_V) return 0;
    if (is_small(v)) {
        intptr_t x = small_val(v);
        uintptr_t m = x < 0 ? (uintptr_t)0 - (uintptr_t)x : (uintptr_t)x;
        size_t n = 0;
        while (m) {
            n++;
            m >>= 1;
        }
        return n;
    }
    IntObj *o = (IntObj *)as_obj(v);
    size_t nd = (size_t)(o->size < 0 ? -o->size : o->size);
    if (!nd) return 0;
    size_t n = (nd - 1) * INT_DIGIT_BITS;
    for (uint32_t top = o->digits[nd - 1]; top; top >>= 1) n++;
    return n;
}

static bool fold_is_safe(BinOp op, Value a, Value b)
{
    bool ints = is_int(a) && is_int(b);
    switch (op) {
    case OP_MUL:
        if (ints) return int_sign(a) == 0 || int_sign(b) == 0 || int_bits(a) + int_bits(b) <= FOLD_MAX_INT_BITS;
        if ((is_str(a) || is_tuple(a)) && is_int(b)) {
            if (int_bits(b) > 32) return int_sign(b) < 0;
            intptr_t n = is_small(b) ? small_val(b) : b == TRUE_V;
            size_t len = is_str(a) ? str_len(as_str(a)) : as_tuple(a)->len;
            return n <= 0 || len == 0 || (n <= FOLD_MAX_SEQ && len * (size_t)n <= FOLD_MAX_SEQ);
        }
        return !is_str(b) && !is_tuple(b);
    case OP_POW:
        if (ints) {
            if (int_sign(b) < 0 || int_sign(a) == 0) return true;
            size_t wbits = int_bits(b) > 20 ? SIZE_MAX : (size_t)small_val(b);
            return wbits == 0 || int_bits(a) <= FOLD_MAX_INT_BITS / wbits;
        }
        return true;
    case OP_LSHIFT:
        if (ints) {
            if (int_sign(b) < 0) return false;
            size_t vbits = int_bits(a);
            return int_sign(a) == 0 ||
                   (vbits <= FOLD_MAX_INT_BITS && int_bits(b) <= 20 && (size_t)small_val(b) <= FOLD_MAX_INT_BITS - vbits);
        }
        return true;
    case OP_MOD:
        return !is_str(a);   /* '%s' % x is formatting, left to run time */
    case OP_ADD:
        if (is_str(a) && is_str(b)) return str_len(as_str(a)) + str_len(as_str(b)) <= FOLD_MAX_SEQ;
        if (is_tuple(a) && is_tuple(b)) return as_tuple(a)->len + as_tuple(b)->len <= FOLD_MAX_SEQ;
        return true;
    case OP_MATMUL: return false;
    default: return true;
    }
}

static Value fold_binop(Compiler *c, const Expr *e)
{
    Value a = constant_value(c, e->u.binop.left);
    if (!a) return VAL_NULL;
    Value b = constant_value(c, e->u.binop.right);
    Value r = VAL_NULL;
    if (b && fold_is_safe(e->u.binop.op, a, b)) {
        r = obj_binop(c->vm, (NumOp)e->u.binop.op, a, b);
        if (!r) err_clear(c->vm);   /* 1/0 raises at run time, not now */
    }
    decref(c->vm, a);
    xdecref(c->vm, b);
    return r;
}

/* The value of a literal expression, or VAL_NULL if it is not constant.
 * Tuples of constants fold into one constant, as CPython does. */
static Value constant_value(Compiler *c, const Expr *e)
{
    switch (e->kind) {
    case E_INT: return literal_int(c, e);
    case E_FLOAT: return literal_float(c, e);
    case E_STR: return str_new(c->vm, e->u.str.s, e->u.str.len);
    case E_BYTES: return bytes_new(c->vm, e->u.str.s, e->u.str.len);
    case E_NONE: return NONE;
    case E_TRUE: return TRUE_V;
    case E_FALSE: return FALSE_V;
    case E_ELLIPSIS: return ELLIPSIS;
    case E_UNARY: {
        /* -1, +2.5, ~3: CPython's AST optimizer folds these into constants */
        const Expr *x = e->u.unary.operand;
        if (e->u.unary.op == UOP_NOT || (x->kind != E_INT && x->kind != E_FLOAT)) return VAL_NULL;
        Value v = constant_value(c, x);
        if (!v) return VAL_NULL;
        Value r = e->u.unary.op == UOP_NEG ? obj_neg(c->vm, v) : e->u.unary.op == UOP_POS ? obj_pos(c->vm, v)
                                                                                           : obj_invert(c->vm, v);
        decref(c->vm, v);
        return r;
    }
    case E_BINOP: return fold_binop(c, e);
    case E_TUPLE: {
        int n = e->u.elts.n;
        if (n == 0) return tuple_empty(c->vm);
        Value t = tuple_new(c->vm, (size_t)n);
        if (!t) return VAL_NULL;
        for (int i = 0; i < n; i++) {
            Value item = constant_value(c, e->u.elts.v[i]);
            if (!item) {
                decref(c->vm, t);
                return VAL_NULL;
            }
            as_tuple(t)->items[i] = item;
        }
        tuple_done(c->vm, t);
        return t;
    }
    default: return VAL_NULL;
    }
}

/* The folded tuple of a display whose items are all constants, or VAL_NULL. */
static Value constant_tuple(Compiler *c, const ExprList *elts)
{
    Value t = tuple_new(c->vm, (size_t)elts->n);
    if (!t) return VAL_NULL;
    for (int i = 0; i < elts->n; i++) {
        Value item = constant_value(c, elts->v[i]);
        if (!item) {
            decref(c->vm, t);   /* releases the items filled so far */
            return VAL_NULL;
        }
        as_tuple(t)->items[i] = item;
    }
    tuple_done(c->vm, t);
    return t;
}

static bool has_starred(const ExprList *l)
{
    for (int i = 0; i < l->n; i++)
        if (l->v[i]->kind == E_STARRED) return true;
    return false;
}

/* Builds a list from items that may contain *starred ones. */
static void compile_starred_sequence(Compiler *c, const ExprList *elts, Opcode build, Opcode add, Opcode extend)
{
    emit(c, build, 0);
    for (int i = 0; i < elts->n; i++) {
        if (elts->v[i]->kind == E_STARRED) {
            compile_expr(c, elts->v[i]->u.starred.value);
            emit(c, extend, 1);
        } else {
            compile_expr(c, elts->v[i]);
            emit(c, add, 1);
        }
    }
}

static void compile_sequence(Compiler *c, const Expr *e)
{
    const ExprList *elts = &e->u.elts;
    if (e->kind == E_TUPLE && !has_starred(elts)) {
        Value k = constant_value(c, e);
        if (k) {
            emit_const_steal(c, k);
            return;
        }
        if (err_occurred(c->vm)) err_clear(c->vm);
    }
    /* CPython 3.11 builds displays of more than two constants from one
     * folded constant (a frozenset for sets), and displays too big for the
     * stack item by item; both show in set order and list capacity. */
    if (e->kind != E_TUPLE && elts->n > 2 && !has_starred(elts)) {
        Value k = constant_tuple(c, elts);
        if (k) {
            if (e->kind == E_SET) {
                Value fs = set_new(c->vm, &type_frozenset);
                if (!fs || set_update(c->vm, fs, k) < 0) {
                    xdecref(c->vm, fs);
                    decref(c->vm, k);
                    oom(c);
                    return;
                }
                decref(c->vm, k);
                /* CPython canonicalises the constant by rebuilding it from its
                 * own iteration order, which can reorder it once more. */
                Value again = set_new(c->vm, &type_frozenset);
                Value items = list_from_iterable(c->vm, fs);
                bool ok = again && items && set_update(c->vm, again, items) == 0;
                xdecref(c->vm, items);
                if (!ok) {
                    xdecref(c->vm, again);
                    decref(c->vm, fs);
                    oom(c);
                    return;
                }
                decref(c->vm, fs);
                k = again;
            }
            emit(c, e->kind == E_SET ? OP_BUILD_SET : OP_BUILD_LIST, 0);
            emit_const_steal(c, k);
            emit(c, e->kind == E_SET ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
            return;
        }
        if (err_occurred(c->vm)) err_clear(c->vm);
    }
    if (has_starred(elts) || (e->kind != E_TUPLE && elts->n >= STACK_USE_GUIDELINE)) {
        if (e->kind == E_SET) {
            compile_starred_sequence(c, elts, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE);
        } else {
            compile_starred_sequence(c, elts, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND);
            if (e->kind == E_TUPLE) emit(c, OP_LIST_TO_TUPLE, 0);
        }
        return;
    }
    for (int i = 0; i < elts->n; i++) compile_expr(c, elts->v[i]);
    emit(c, e->kind == E_TUPLE ? OP_BUILD_TUPLE : e->kind == E_LIST ? OP_BUILD_LIST : OP_BUILD_SET, elts->n);
}

static void compile_dict(Compiler *c, const Expr *e)
{
    const ExprList *keys = &e->u.dict.keys, *values = &e->u.dict.values;
    bool has_unpack = false;
    for (int i = 0; i < keys->n; i++)
        if (!keys->v[i]) has_unpack = true;
    if (!has_unpack) {
        for (int i = 0; i < keys->n; i++) {
            compile_expr(c, keys->v[i]);
            compile_expr(c, values->v[i]);
        }
        emit(c, OP_BUILD_MAP, keys->n);
        return;
    }
    emit(c, OP_BUILD_MAP, 0);
    for (int i = 0; i < keys->n; i++) {
        if (!keys->v[i]) {
            compile_expr(c, values->v[i]);
            emit(c, OP_DICT_UPDATE, 1);
        } else {
            compile_expr(c, keys->v[i]);
            compile_expr(c, values->v[i]);
            emit(c, OP_MAP_ADD, 1);
        }
    }
}

static void compile_compare(Compiler *c, const Expr *e)
{
    static const struct { Opcode op; int arg; } ops[] = {
        [CMP_LT] = {OP_COMPARE_OP, CMP_CODE_LT}, [CMP_LE] = {OP_COMPARE_OP, CMP_CODE_LE},
        [CMP_EQ] = {OP_COMPARE_OP, CMP_CODE_EQ}, [CMP_NE] = {OP_COMPARE_OP, CMP_CODE_NE},
        [CMP_GT] = {OP_COMPARE_OP, CMP_CODE_GT}, [CMP_GE] = {OP_COMPARE_OP, CMP_CODE_GE},
        [CMP_IS] = {OP_IS_OP, 0}, [CMP_IS_NOT] = {OP_IS_OP, 1},
        [CMP_IN] = {OP_CONTAINS_OP, 0}, [CMP_NOT_IN] = {OP_CONTAINS_OP, 1},
    };
    int n = e->u.compare.rights.n;
    compile_expr(c, e->u.compare.left);
    if (n == 1) {
        compile_expr(c, e->u.compare.rights.v[0]);
        emit(c, ops[e->u.compare.ops[0]].op, ops[e->u.compare.ops[0]].arg);
        return;
    }
    int cleanup = new_label(c), end = new_label(c);
    for (int i = 0; i < n - 1; i++) {
        compile_expr(c, e->u.compare.rights.v[i]);
        emit(c, OP_SWAP, 2);
        emit(c, OP_COPY, 2);
        emit(c, ops[e->u.compare.ops[i]].op, ops[e->u.compare.ops[i]].arg);
        emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    compile_expr(c, e->u.compare.rights.v[n - 1]);
    emit(c, ops[e->u.compare.ops[n - 1]].op, ops[e->u.compare.ops[n - 1]].arg);
    emit_jump(c, OP_JUMP, end);
    place_label(c, cleanup);
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_TOP, 0);
    place_label(c, end);
}

/* Jumps to `label` if the truth of e equals `when`; otherwise falls through. */
static void compile_jump_if(Compiler *c, const Expr *e, bool when, int label)
{
    if (e->kind == E_UNARY && e->u.unary.op == UOP_NOT) {
        compile_jump_if(c, e->u.unary.operand, !when, label);
        return;
    }
    if (e->kind == E_BOOLOP) {
        bool is_and = e->u.boolop.is_and;
        const ExprList *vals = &e->u.boolop.values;
        if (is_and != when) {
            /* (a and b) jump-if-false / (a or b) jump-if-true: any operand decides */
            for (int i = 0; i < vals->n; i++) compile_jump_if(c, vals->v[i], when, label);
        } else {
            int skip = new_label(c);
            for (int i = 0; i < vals->n - 1; i++) compile_jump_if(c, vals->v[i], !when, skip);
            compile_jump_if(c, vals->v[vals->n - 1], when, label);
            place_label(c, skip);
        }
        return;
    }
    compile_expr(c, e);
    emit_jump(c, when ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static void compile_keywords_dict(Compiler *c, const KeywordList *kws)
{
    emit(c, OP_BUILD_MAP, 0);
    for (int i = 0; i < kws->n; i++) {
        Keyword *k = kws->v[i];
        if (!k->arg) {
            compile_expr(c, k->value);
            emit(c, OP_DICT_MERGE, 1);
        } else {
            emit_const_steal(c, str_intern_cstr(c->vm, k->arg));
            compile_expr(c, k->value);
            emit(c, OP_BUILD_MAP, 1);
            emit(c, OP_DICT_MERGE, 1);
        }
    }
}

static bool check_repeated_keywords(Compiler *c, const KeywordList *kws)
{
    for (int i = 0; i < kws->n; i++)
        for (int j = 0; j < i; j++)
            if (kws->v[i]->arg && kws->v[j]->arg && strcmp(kws->v[i]->arg, kws->v[j]->arg) == 0) {
                compile_error(c, kws->v[i]->loc, "keyword argument repeated: %s", kws->v[i]->arg);
                return false;
            }
    return true;
}

/* Arguments after [callable, self|NULL] are on the stack: emit the call. */
static void compile_call_args(Compiler *c, const ExprList *args, const KeywordList *kws, int extra)
{
    if (!check_repeated_keywords(c, kws)) return;
    bool star = has_starred(args);
    bool dstar = false;
    for (int i = 0; i < kws->n; i++)
        if (!kws->v[i]->arg) dstar = true;
    if (star && !extra && args->n == 1 && args->v[0]->kind == E_STARRED) {
        /* f(*x): x itself, so CALL_EX can name f if x is not iterable */
        compile_expr(c, args->v[0]->u.starred.value);
        if (kws->n) compile_keywords_dict(c, kws);
        emit(c, OP_CALL_EX, (kws->n ? 1 : 0) | 2);
        return;
    }
    if (star || dstar) {
        if (extra) {
            emit(c, OP_BUILD_TUPLE, extra);
            emit(c, OP_BUILD_LIST, 0);
            emit(c, OP_SWAP, 2);
            emit(c, OP_LIST_EXTEND, 1);
        } else {
            emit(c, OP_BUILD_LIST, 0);
        }
        for (int i = 0; i < args->n; i++) {
            if (args->v[i]->kind == E_STARRED) {
                compile_expr(c, args->v[i]->u.starred.value);
                emit(c, OP_LIST_EXTEND, 1);
            } else {
                compile_expr(c, args->v[i]);
                emit(c, OP_LIST_APPEND, 1);
            }
        }
        emit(c, OP_LIST_TO_TUPLE, 0);
        if (kws->n) compile_keywords_dict(c, kws);
        emit(c, OP_CALL_EX, kws->n ? 1 : 0);
        return;
    }
    for (int i = 0; i < args->n; i++) compile_expr(c, args->v[i]);
    if (kws->n) {
        Value names = tuple_new(c->vm, (size_t)kws->n);
        if (!names) {
            oom(c);
            return;
        }
        for (int i = 0; i < kws->n; i++) {
            compile_expr(c, kws->v[i]->value);
            as_tuple(names)->items[i] = str_intern_cstr(c->vm, kws->v[i]->arg);
        }
        tuple_done(c->vm, names);
        emit_const_steal(c, names);
        emit(c, OP_CALL_KW, extra + args->n + kws->n);
        return;
    }
    emit(c, OP_CALL, extra + args->n);
}

static void compile_call(Compiler *c, const Expr *e)
{
    const Expr *f = e->u.call.func;
    if (f->kind == E_ATTRIBUTE && !has_starred(&e->u.call.args)) {
        bool dstar = false;
        for (int i = 0; i < e->u.call.keywords.n; i++)
            if (!e->u.call.keywords.v[i]->arg) dstar = true;
        if (!dstar) {
            compile_expr(c, f->u.attribute.value);
            Loc saved = c->u->loc;
            c->u->loc = f->loc;
            emit(c, OP_LOAD_METHOD, name_index(c, c->u->names, f->u.attribute.attr));
            c->u->loc = saved;
            compile_call_args(c, &e->u.call.args, &e->u.call.keywords, 0);
            return;
        }
    }
    compile_expr(c, f);
    emit(c, OP_PUSH_NULL, 0);
    compile_call_args(c, &e->u.call.args, &e->u.call.keywords, 0);
}

static void compile_fstring(Compiler *c, const Expr *e)
{
    const ExprList *parts = &e->u.elts;
    if (parts->n == 0) {
        emit_const_steal(c, str_new(c->vm, "", 0));
        return;
    }
    for (int i = 0; i < parts->n; i++) compile_expr(c, parts->v[i]);
    if (parts->n > 1 || parts->v[0]->kind != E_FORMATTED) {
        if (parts->n > 1) emit(c, OP_BUILD_STRING, parts->n);
    }
}

static void compile_formatted(Compiler *c, const Expr *e)
{
    compile_expr(c, e->u.formatted.value);
    int conv = e->u.formatted.conversion;
    int arg = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    if (e->u.formatted.spec) {
        compile_expr(c, e->u.formatted.spec);
        arg |= 4;
    }
    emit(c, OP_FORMAT_VALUE, arg);
}

static void compile_slice_parts(Compiler *c, const Expr *e)
{
    const Expr *parts[3] = {e->u.slice.lower, e->u.slice.upper, e->u.slice.step};
    for (int i = 0; i < 3; i++) {
        if (i == 2 && !parts[2]) break;
        if (parts[i]) compile_expr(c, parts[i]);
        else emit_const(c, NONE);
    }
    emit(c, OP_BUILD_SLICE, parts[2] ? 3 : 2);
}

static Value compile_function_code(Compiler *c, const void *node, const char *name, const Arguments *args,
                                   const StmtList *body, const Expr *lambda_body, int firstlineno);
static void make_closure(Compiler *c, Value code, int flags);

static void compile_comprehension_loop(Compiler *c, const Expr *e, int k)
{
    const ComprehensionList *gens = &e->u.comp.generators;
    Comprehension *g = gens->v[k];
    int top = new_label(c), end = new_label(c);
    if (k == 0) {
        emit(c, OP_LOAD_FAST, 0);
    } else {
        compile_expr(c, g->iter);
        emit(c, OP_GET_ITER, 0);
    }
    place_label(c, top);
    emit_jump(c, OP_FOR_ITER, end);
    compile_store(c, g->target);
    for (int i = 0; i < g->ifs.n; i++) compile_jump_if(c, g->ifs.v[i], false, top);
    if (k + 1 < gens->n) {
        compile_comprehension_loop(c, e, k + 1);
    } else {
        int depth = gens->n + 1;
        switch (e->kind) {
        case E_LISTCOMP: compile_expr(c, e->u.comp.elt); emit(c, OP_LIST_APPEND, depth); break;
        case E_SETCOMP: compile_expr(c, e->u.comp.elt); emit(c, OP_SET_ADD, depth); break;
        case E_DICTCOMP:
            compile_expr(c, e->u.comp.elt);
            compile_expr(c, e->u.comp.value);
            emit(c, OP_MAP_ADD, depth);
            break;
        default:
            compile_expr(c, e->u.comp.elt);
            emit(c, OP_YIELD_VALUE, 0);
            emit(c, OP_POP_TOP, 0);
            break;
        }
    }
    emit_jump(c, OP_JUMP, top);
    place_label(c, end);
}

static void compile_comprehension(Compiler *c, const Expr *e)
{
    Scope *scope = symtable_lookup(&c->st, e);
    if (!scope) {
        compile_error(c, e->loc, "internal error: no scope for comprehension");
        return;
    }
    if (!enter_unit(c, scope, scope->name, e->loc.line)) return;
    Unit *u = c->u;
    u->argcount = 1;
    u->flags = CO_NESTED | CO_COMPREHENSION | (e->kind == E_GENEXP ? CO_GENERATOR : 0);
    name_index(c, u->varnames, ".0");
    u->loc = e->loc;
    if (e->kind == E_LISTCOMP) emit(c, OP_BUILD_LIST, 0);
    else if (e->kind == E_SETCOMP) emit(c, OP_BUILD_SET, 0);
    else if (e->kind == E_DICTCOMP) emit(c, OP_BUILD_MAP, 0);
    compile_comprehension_loop(c, e, 0);
    if (e->kind == E_GENEXP) emit_const(c, NONE);
    emit(c, OP_RETURN_VALUE, 0);
    Value code = leave_unit(c, scope->name);
    if (!code) {
        c->failed = true;
        return;
    }
    make_closure(c, code, 0);
    decref(c->vm, code);
    emit(c, OP_PUSH_NULL, 0);
    compile_expr(c, e->u.comp.generators.v[0]->iter);
    emit(c, OP_GET_ITER, 0);
    emit(c, OP_CALL, 1);
}

static void compile_lambda(Compiler *c, const Expr *e);

static void compile_expr_inner(Compiler *c, const Expr *e)
{
    switch (e->kind) {
    case E_NAME: name_op(c, e->u.name, CTX_LOAD); break;
    case E_INT: case E_FLOAT: case E_STR: case E_BYTES: case E_NONE: case E_TRUE: case E_FALSE: case E_ELLIPSIS: {
        Value v = constant_value(c, e);
        if (!v) {
            c->failed = true;
            if (err_matches(c->vm, &exc_ValueError)) {
                Value exc = err_fetch(c->vm);
                Value msg = obj_str(c->vm, exc);
                decref(c->vm, exc);
                if (msg) {
                    compile_error(c, e->loc, "%s", str_cstr(msg));
                    decref(c->vm, msg);
                }
            }
            return;
        }
        emit_const_steal(c, v);
        break;
    }
    case E_IMAG: compile_error(c, e->loc, "complex numbers are not supported by pith"); break;
    case E_FSTRING: compile_fstring(c, e); break;
    case E_FORMATTED: compile_formatted(c, e); break;
    case E_BINOP: {
        Value k = constant_value(c, e);
        if (k) {
            emit_const_steal(c, k);
            break;
        }
        if (err_occurred(c->vm)) err_clear(c->vm);
        compile_expr(c, e->u.binop.left);
        compile_expr(c, e->u.binop.right);
        emit(c, OP_BINARY_OP, (int)e->u.binop.op);
        break;
    }
    case E_UNARY: {
        const Expr *x = e->u.unary.operand;
        if (e->u.unary.op != UOP_NOT && (x->kind == E_INT || x->kind == E_FLOAT)) {
            emit_const_steal(c, constant_value(c, e));
            break;
        }
        compile_expr(c, x);
        static const Opcode ops[] = {OP_UNARY_NOT, OP_UNARY_NEG, OP_UNARY_POS, OP_UNARY_INVERT};
        emit(c, ops[e->u.unary.op], 0);
        break;
    }
    case E_BOOLOP: {
        int end = new_label(c);
        const ExprList *vals = &e->u.boolop.values;
        for (int i = 0; i < vals->n - 1; i++) {
            compile_expr(c, vals->v[i]);
            emit_jump(c, e->u.boolop.is_and ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP, end);
        }
        compile_expr(c, vals->v[vals->n - 1]);
        place_label(c, end);
        break;
    }
    case E_COMPARE: compile_compare(c, e); break;
    case E_IFEXP: {
        int orelse = new_label(c), end = new_label(c);
        compile_jump_if(c, e->u.ifexp.test, false, orelse);
        compile_expr(c, e->u.ifexp.body);
        emit_jump(c, OP_JUMP, end);
        place_label(c, orelse);
        compile_expr(c, e->u.ifexp.orelse);
        place_label(c, end);
        break;
    }
    case E_LAMBDA: compile_lambda(c, e); break;
    case E_CALL: compile_call(c, e); break;
    case E_ATTRIBUTE:
        compile_expr(c, e->u.attribute.value);
        emit(c, OP_LOAD_ATTR, name_index(c, c->u->names, e->u.attribute.attr));
        break;
    case E_SUBSCRIPT:
        compile_expr(c, e->u.subscript.value);
        compile_expr(c, e->u.subscript.index);
        emit(c, OP_BINARY_SUBSCR, 0);
        break;
    case E_SLICE: compile_slice_parts(c, e); break;
    case E_STARRED: compile_error(c, e->loc, "can't use starred expression here"); break;
    case E_LIST: case E_TUPLE: case E_SET: compile_sequence(c, e); break;
    case E_DICT: compile_dict(c, e); break;
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP: case E_DICTCOMP: compile_comprehension(c, e); break;
    case E_YIELD:
        if (e->u.yield_.value) compile_expr(c, e->u.yield_.value);
        else emit_const(c, NONE);
        emit(c, OP_YIELD_VALUE, 0);
        break;
    case E_YIELD_FROM: {
        int loop = new_label(c), end = new_label(c);
        compile_expr(c, e->u.yield_.value);
        emit(c, OP_GET_YIELD_FROM_ITER, 0);
        emit_const(c, NONE);
        place_label(c, loop);
        emit_jump(c, OP_SEND, end);
        emit(c, OP_YIELD_VALUE, 0);
        emit_jump(c, OP_JUMP, loop);
        place_label(c, end);
        c->u->depth = c->u->label_depth[end];
        break;
    }
    case E_NAMED:
        compile_expr(c, e->u.named.value);
        emit(c, OP_COPY, 1);
        compile_store(c, e->u.named.target);
        break;
    case E_AWAIT: compile_error(c, e->loc, "'await' outside async function"); break;
    }
}

static void compile_expr(Compiler *c, const Expr *e)
{
    if (c->failed || !enter_nesting(c, e->loc)) return;
    Loc saved = c->u->loc;
    c->u->loc = e->loc;
    compile_expr_inner(c, e);
    c->u->loc = saved;
    c->nesting--;
}

/* ---- assignment targets -------------------------------------------------------------- */

static void compile_unpack(Compiler *c, const Expr *t)
{
    const ExprList *elts = &t->u.elts;
    int star = -1;
    for (int i = 0; i < elts->n; i++)
        if (elts->v[i]->kind == E_STARRED) {
            if (star >= 0) {
                compile_error(c, elts->v[i]->loc, "multiple starred expressions in assignment");
                return;
            }
            star = i;
        }
    if (star < 0) {
        emit(c, OP_UNPACK_SEQUENCE, elts->n);
    } else {
        if (star > 255 || elts->n - star - 1 > 255) {
            compile_error(c, t->loc, "too many expressions in star-unpacking assignment");
            return;
        }
        emit(c, OP_UNPACK_EX, star | ((elts->n - star - 1) << 8));
    }
    for (int i = 0; i < elts->n; i++)
        compile_store(c, elts->v[i]->kind == E_STARRED ? elts->v[i]->u.starred.value : elts->v[i]);
}

static void compile_store(Compiler *c, const Expr *t)
{
    if (c->failed) return;
    Loc saved = c->u->loc;
    c->u->loc = t->loc;
    switch (t->kind) {
    case E_NAME: name_op(c, t->u.name, CTX_STORE); break;
    case E_ATTRIBUTE:
        compile_expr(c, t->u.attribute.value);
        emit(c, OP_STORE_ATTR, name_index(c, c->u->names, t->u.attribute.attr));
        break;
    case E_SUBSCRIPT:
        compile_expr(c, t->u.subscript.value);
        compile_expr(c, t->u.subscript.index);
        emit(c, OP_STORE_SUBSCR, 0);
        break;
    case E_TUPLE: case E_LIST: compile_unpack(c, t); break;
    case E_STARRED: compile_error(c, t->loc, "starred assignment target must be in a list or tuple"); break;
    default: compile_error(c, t->loc, "cannot assign to expression"); break;
    }
    c->u->loc = saved;
}

static void compile_delete(Compiler *c, const Expr *t)
{
    Loc saved = c->u->loc;
    c->u->loc = t->loc;
    switch (t->kind) {
    case E_NAME: name_op(c, t->u.name, CTX_DEL); break;
    case E_ATTRIBUTE:
        compile_expr(c, t->u.attribute.value);
        emit(c, OP_DELETE_ATTR, name_index(c, c->u->names, t->u.attribute.attr));
        break;
    case E_SUBSCRIPT:
        compile_expr(c, t->u.subscript.value);
        compile_expr(c, t->u.subscript.index);
        emit(c, OP_DELETE_SUBSCR, 0);
        break;
    case E_TUPLE: case E_LIST:
        for (int i = 0; i < t->u.elts.n; i++) compile_delete(c, t->u.elts.v[i]);
        break;
    default: compile_error(c, t->loc, "cannot delete expression"); break;
    }
    c->u->loc = saved;
}

static void compile_augassign(Compiler *c, const Stmt *s)
{
    const Expr *t = s->u.augassign.target;
    int op = (int)s->u.augassign.op | INPLACE_FLAG;
    switch (t->kind) {
    case E_NAME:
        name_op(c, t->u.name, CTX_LOAD);
        compile_expr(c, s->u.augassign.value);
        emit(c, OP_BINARY_OP, op);
        name_op(c, t->u.name, CTX_STORE);
        break;
    case E_ATTRIBUTE: {
        int name = name_index(c, c->u->names, t->u.attribute.attr);
        compile_expr(c, t->u.attribute.value);
        emit(c, OP_COPY, 1);
        emit(c, OP_LOAD_ATTR, name);
        compile_expr(c, s->u.augassign.value);
        emit(c, OP_BINARY_OP, op);
        emit(c, OP_SWAP, 2);
        emit(c, OP_STORE_ATTR, name);
        break;
    }
    case E_SUBSCRIPT:
        compile_expr(c, t->u.subscript.value);
        compile_expr(c, t->u.subscript.index);
        emit(c, OP_COPY, 2);
        emit(c, OP_COPY, 2);
        emit(c, OP_BINARY_SUBSCR, 0);
        compile_expr(c, s->u.augassign.value);
        emit(c, OP_BINARY_OP, op);
        emit(c, OP_SWAP, 3);
        emit(c, OP_SWAP, 2);
        emit(c, OP_STORE_SUBSCR, 0);
        break;
    default: compile_error(c, t->loc, "'%s' is an illegal expression for augmented assignment", "expression"); break;
    }
}

/* ---- functions and classes ------------------------------------------------------------ */

static void add_params(Compiler *c, const Arguments *a)
{
    Unit *u = c->u;
    for (int i = 0; i < a->posonly.n; i++) name_index(c, u->varnames, a->posonly.v[i]->name);
    for (int i = 0; i < a->args.n; i++) name_index(c, u->varnames, a->args.v[i]->name);
    for (int i = 0; i < a->kwonly.n; i++) name_index(c, u->varnames, a->kwonly.v[i]->name);
    if (a->vararg) name_index(c, u->varnames, a->vararg->name);
    if (a->kwarg) name_index(c, u->varnames, a->kwarg->name);
    u->posonly = a->posonly.n;
    u->argcount = a->posonly.n + a->args.n;
    u->kwonly = a->kwonly.n;
    if (a->vararg) u->flags |= CO_VARARGS;
    if (a->kwarg) u->flags |= CO_VARKEYWORDS;
}

static bool is_docstring(const StmtList *body)
{
    return body->n > 0 && body->v[0]->kind == S_EXPR && body->v[0]->u.expr->kind == E_STR;
}

static Value compile_function_code(Compiler *c, const void *node, const char *name, const Arguments *args,
                                   const StmtList *body, const Expr *lambda_body, int firstlineno)
{
    Scope *scope = symtable_lookup(&c->st, node);
    if (!scope) {
        compile_error(c, (Loc){firstlineno, 0, firstlineno, 0}, "internal error: no scope for function");
        return VAL_NULL;
    }
    if (!enter_unit(c, scope, name, firstlineno)) return VAL_NULL;
    Unit *u = c->u;
    add_params(c, args);
    for (int i = 0; i < scope->nsyms; i++)
        if (scope->syms[i].scope == NS_LOCAL || scope->syms[i].scope == NS_CELL)
            if (scope->syms[i].flags & (SYM_ASSIGNED | SYM_PARAM)) name_index(c, u->varnames, scope->syms[i].name);
    if (u->parent && u->parent->scope->kind != SCOPE_MODULE) u->flags |= CO_NESTED;
    if (scope->is_generator) u->flags |= CO_GENERATOR;
    if (lambda_body) {
        u->flags |= CO_LAMBDA;
        add_const(c, NONE);
        compile_expr(c, lambda_body);
        if (scope->is_generator) {
            emit(c, OP_POP_TOP, 0);
            emit_const(c, NONE);
        }
        emit(c, OP_RETURN_VALUE, 0);
    } else {
        if (is_docstring(body)) {
            const Expr *d = body->v[0]->u.expr;
            add_const_steal(c, str_new(c->vm, d->u.str.s, d->u.str.len));
            u->flags |= CO_DOCSTRING;
        } else {
            add_const(c, NONE);
        }
        compile_stmts(c, body);
        if (!u->unreachable) {
            emit_const(c, NONE);
            emit(c, OP_RETURN_VALUE, 0);
        }
    }
    return leave_unit(c, name);
}

/* Pushes the function for `code` (with its closure cells) on the stack.
 * Defaults/kwdefaults already pushed as `flags` says. */
static void make_closure(Compiler *c, Value code, int flags)
{
    CodeObj *co = (CodeObj *)as_obj(code);
    if (co->nfree) {
        for (int i = 0; i < co->nfree; i++) {
            const char *name = str_cstr(as_tuple(co->freevars)->items[i]);
            int idx = find_name(c->u->cellvars, name);
            if (idx < 0) {
                idx = find_name(c->u->freevars, name);
                if (idx < 0) {
                    compile_error(c, c->u->loc, "internal error: free variable '%s' not found", name);
                    return;
                }
                idx += (int)as_list(c->u->cellvars)->len;
            }
            emit(c, OP_LOAD_CLOSURE, idx);
        }
        emit(c, OP_BUILD_TUPLE, co->nfree);
        flags |= MF_CLOSURE;
    }
    emit_const(c, code);
    emit_const(c, co->qualname);
    emit(c, OP_MAKE_FUNCTION, flags);
}

static int compile_defaults(Compiler *c, const Arguments *a)
{
    int flags = 0;
    if (a->defaults.n) {
        for (int i = 0; i < a->defaults.n; i++) compile_expr(c, a->defaults.v[i]);
        emit(c, OP_BUILD_TUPLE, a->defaults.n);
        flags |= MF_DEFAULTS;
    }
    int nkw = 0;
    for (int i = 0; i < a->kwonly.n; i++) {
        if (!a->kw_defaults.v[i]) continue;
        emit_const_steal(c, str_intern_cstr(c->vm, a->kwonly.v[i]->name));
        compile_expr(c, a->kw_defaults.v[i]);
        nkw++;
    }
    if (nkw) {
        emit(c, OP_BUILD_MAP, nkw);
        flags |= MF_KWDEFAULTS;
    }
    return flags;
}

static void compile_lambda(Compiler *c, const Expr *e)
{
    int flags = compile_defaults(c, e->u.lambda.args);
    Value code = compile_function_code(c, e, "<lambda>", e->u.lambda.args, NULL, e->u.lambda.body, e->loc.line);
    if (!code) {
        c->failed = true;
        return;
    }
    make_closure(c, code, flags);
    decref(c->vm, code);
}

static void compile_decorators(Compiler *c, const ExprList *decorators)
{
    for (int i = 0; i < decorators->n; i++) {
        compile_expr(c, decorators->v[i]);
        emit(c, OP_PUSH_NULL, 0);
    }
}

static void apply_decorators(Compiler *c, const ExprList *decorators)
{
    for (int i = decorators->n; i-- > 0;) {
        Loc saved = c->u->loc;
        c->u->loc = decorators->v[i]->loc;
        emit(c, OP_CALL, 1);
        c->u->loc = saved;
    }
}

static void compile_funcdef(Compiler *c, const Stmt *s)
{
    compile_decorators(c, &s->u.funcdef.decorators);
    int flags = compile_defaults(c, s->u.funcdef.args);
    int firstline = s->u.funcdef.decorators.n ? s->u.funcdef.decorators.v[0]->loc.line : s->loc.line;
    Value code = compile_function_code(c, s, s->u.funcdef.name, s->u.funcdef.args, &s->u.funcdef.body, NULL,
                                       firstline);
    if (!code) {
        c->failed = true;
        return;
    }
    make_closure(c, code, flags);
    decref(c->vm, code);
    apply_decorators(c, &s->u.funcdef.decorators);
    name_op(c, s->u.funcdef.name, CTX_STORE);
}

static void compile_classdef(Compiler *c, const Stmt *s)
{
    compile_decorators(c, &s->u.classdef.decorators);
    Scope *scope = symtable_lookup(&c->st, s);
    if (!scope) {
        compile_error(c, s->loc, "internal error: no scope for class");
        return;
    }
    int firstline = s->u.classdef.decorators.n ? s->u.classdef.decorators.v[0]->loc.line : s->loc.line;
    if (!enter_unit(c, scope, s->u.classdef.name, firstline)) return;
    Unit *u = c->u;
    u->flags |= CO_CLASS;
    u->loc = s->loc;
    name_op(c, "__name__", CTX_LOAD);
    name_op(c, "__module__", CTX_STORE);
    emit_const(c, u->qualname);
    name_op(c, "__qualname__", CTX_STORE);
    if (is_docstring(&s->u.classdef.body)) {
        const Expr *d = s->u.classdef.body.v[0]->u.expr;
        emit_const_steal(c, str_new(c->vm, d->u.str.s, d->u.str.len));
        name_op(c, "__doc__", CTX_STORE);
    }
    compile_stmts(c, &s->u.classdef.body);
    if (scope->needs_class_cell) {
        emit(c, OP_LOAD_CLOSURE, find_name(u->cellvars, "__class__"));
        emit(c, OP_COPY, 1);
        emit(c, OP_STORE_NAME, name_index(c, u->names, "__classcell__"));
    } else {
        emit_const(c, NONE);
    }
    emit(c, OP_RETURN_VALUE, 0);
    Value code = leave_unit(c, s->u.classdef.name);
    if (!code) {
        c->failed = true;
        return;
    }
    emit(c, OP_LOAD_BUILD_CLASS, 0);
    emit(c, OP_PUSH_NULL, 0);
    make_closure(c, code, 0);
    decref(c->vm, code);
    emit_const_steal(c, str_intern_cstr(c->vm, s->u.classdef.name));
    compile_call_args(c, &s->u.classdef.bases, &s->u.classdef.keywords, 2);
    apply_decorators(c, &s->u.classdef.decorators);
    name_op(c, s->u.classdef.name, CTX_STORE);
}

/* ---- blocks and unwinding --------------------------------------------------------------- */

static FBlock *push_fblock(Compiler *c, FBlockKind kind, Loc loc)
{
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS) {
        compile_error(c, loc, "too many statically nested blocks");
        return NULL;
    }
    FBlock *b = &u->fblocks[u->nfblocks++];
    *b = (FBlock){.kind = kind, .outer = u->handler, .break_label = -1, .continue_label = -1};
    return b;
}

static void pop_fblock(Compiler *c) { c->u->nfblocks--; }

static void emit_exit_call(Compiler *c)
{
    emit(c, OP_PUSH_NULL, 0);
    emit_const(c, NONE);
    emit_const(c, NONE);
    emit_const(c, NONE);
    emit(c, OP_CALL, 3);
    emit(c, OP_POP_TOP, 0);
}

static void clear_handler_name(Compiler *c, const char *name)
{
    emit_const(c, NONE);
    name_op(c, name, CTX_STORE);
    name_op(c, name, CTX_DEL);
}

/* Emits the code that leaves block `b`; `preserve_tos` keeps a return value on top. */
static void unwind_fblock(Compiler *c, FBlock *b, bool preserve_tos)
{
    switch (b->kind) {
    case FB_WHILE: case FB_TRY_EXCEPT: break;
    case FB_FOR:
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0);
        break;
    case FB_FINALLY_TRY: compile_stmts(c, b->finalbody); break;
    case FB_FINALLY_END:
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit(c, OP_POP_TOP, 0);   /* the exception */
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit(c, OP_POP_EXCEPT, 0);
        break;
    case FB_HANDLER:
        if (b->name) clear_handler_name(c, b->name);
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit(c, OP_POP_EXCEPT, 0);
        break;
    case FB_WITH:
        if (preserve_tos) emit(c, OP_SWAP, 2);
        emit_exit_call(c);
        break;
    }
}

/* Unwinds blocks from the innermost out to (not including) index `stop`. */
static void unwind_to(Compiler *c, int stop, bool preserve_tos)
{
    Unit *u = c->u;
    Handler saved_handler = u->handler;
    int saved_n = u->nfblocks;
    /* Code emitted while leaving block i (an inline finally body, say) is
     * outside blocks i.. and may push blocks of its own there: keep a copy. */
    FBlock saved[MAX_FBLOCKS];
    memcpy(saved, u->fblocks, (size_t)saved_n * sizeof(FBlock));
    for (int i = saved_n - 1; i > stop && !c->failed; i--) {
        FBlock b = saved[i];
        u->nfblocks = i;
        u->handler = b.outer;
        unwind_fblock(c, &b, preserve_tos);
    }
    memcpy(u->fblocks, saved, (size_t)saved_n * sizeof(FBlock));
    u->nfblocks = saved_n;
    u->handler = saved_handler;
}

static int innermost_loop(Compiler *c)
{
    for (int i = c->u->nfblocks - 1; i >= 0; i--)
        if (c->u->fblocks[i].kind == FB_WHILE || c->u->fblocks[i].kind == FB_FOR) return i;
    return -1;
}

static void compile_break_continue(Compiler *c, const Stmt *s, bool is_break)
{
    int loop = innermost_loop(c);
    if (loop < 0) {
        compile_error(c, s->loc, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    Handler saved = c->u->handler;
    unwind_to(c, loop, false);
    FBlock *b = &c->u->fblocks[loop];
    if (is_break) {
        c->u->handler = b->outer;
        if (b->kind == FB_FOR) emit(c, OP_POP_TOP, 0);
        emit_jump(c, OP_JUMP, b->break_label);
    } else {
        c->u->handler = b->outer;
        emit_jump(c, OP_JUMP, b->continue_label);
    }
    c->u->handler = saved;
}

static void compile_return(Compiler *c, const Stmt *s)
{
    if (c->u->scope->kind != SCOPE_FUNCTION) {
        compile_error(c, s->loc, "'return' outside function");
        return;
    }
    if (s->u.expr) compile_expr(c, s->u.expr);
    else emit_const(c, NONE);
    Handler saved = c->u->handler;
    unwind_to(c, -1, true);
    c->u->handler = c->u->nfblocks ? c->u->fblocks[0].outer : c->u->handler;
    emit(c, OP_RETURN_VALUE, 0);
    c->u->handler = saved;
}

/* ---- statements ------------------------------------------------------------------------- */

static void compile_while(Compiler *c, const Stmt *s)
{
    int top = new_label(c), orelse = new_label(c), end = new_label(c);
    place_label(c, top);
    compile_jump_if(c, s->u.cond.test, false, orelse);
    FBlock *b = push_fblock(c, FB_WHILE, s->loc);
    if (!b) return;
    b->break_label = end;
    b->continue_label = top;
    compile_stmts(c, &s->u.cond.body);
    pop_fblock(c);
    emit_jump(c, OP_JUMP, top);
    place_label(c, orelse);
    compile_stmts(c, &s->u.cond.orelse);
    place_label(c, end);
}

static void compile_for(Compiler *c, const Stmt *s)
{
    int top = new_label(c), orelse = new_label(c), end = new_label(c);
    compile_expr(c, s->u.for_.iter);
    emit(c, OP_GET_ITER, 0);
    place_label(c, top);
    /* As CPython: FOR_ITER is located at the whole statement, so an error
     * from the iterator (a generator's, say) shows the line, no carets. */
    Loc saved = c->u->loc;
    c->u->loc = s->loc;
    emit_jump(c, OP_FOR_ITER, orelse);
    c->u->loc = saved;
    compile_store(c, s->u.for_.target);
    FBlock *b = push_fblock(c, FB_FOR, s->loc);
    if (!b) return;
    b->break_label = end;
    b->continue_label = top;
    compile_stmts(c, &s->u.for_.body);
    pop_fblock(c);
    emit_jump(c, OP_JUMP, top);
    place_label(c, orelse);
    compile_stmts(c, &s->u.for_.orelse);
    place_label(c, end);
}

static void compile_if(Compiler *c, const Stmt *s)
{
    int orelse = new_label(c), end = new_label(c);
    compile_jump_if(c, s->u.cond.test, false, orelse);
    compile_stmts(c, &s->u.cond.body);
    if (s->u.cond.orelse.n) emit_jump(c, OP_JUMP, end);
    place_label(c, orelse);
    compile_stmts(c, &s->u.cond.orelse);
    place_label(c, end);
}

/* The code every exceptional path ends with: [prev, exc] -> restore prev, re-raise exc. */
static void emit_exception_cleanup(Compiler *c)
{
    emit(c, OP_SWAP, 2);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
}

static void compile_try_except(Compiler *c, const Stmt *s)
{
    Unit *u = c->u;
    int handler = new_label(c), orelse = new_label(c), end = new_label(c), cleanup = new_label(c);
    int depth = u->depth;
    Handler outer = u->handler;

    FBlock *b = push_fblock(c, FB_TRY_EXCEPT, s->loc);
    if (!b) return;
    set_handler(c, handler, depth);
    compile_stmts(c, &s->u.try_.body);
    u->handler = outer;
    pop_fblock(c);
    emit_jump(c, OP_JUMP, orelse);

    place_label(c, handler);
    set_handler(c, cleanup, depth + 1);
    emit(c, OP_PUSH_EXC_INFO, 0);
    for (int i = 0; i < s->u.try_.handlers.n; i++) {
        ExceptHandler *h = s->u.try_.handlers.v[i];
        if (!h->type && i + 1 < s->u.try_.handlers.n) {
            compile_error(c, h->loc, "default 'except:' must be last");
            return;
        }
        Loc saved = u->loc;
        u->loc = h->loc;
        int next = new_label(c);
        if (h->type) {
            compile_expr(c, h->type);
            emit(c, OP_CHECK_EXC_MATCH, 0);
            emit_jump(c, OP_POP_JUMP_IF_FALSE, next);
        }
        if (h->name) {
            int name_cleanup = new_label(c);
            name_op(c, h->name, CTX_STORE);
            FBlock *hb = push_fblock(c, FB_HANDLER, h->loc);
            if (!hb) return;
            hb->name = h->name;
            set_handler(c, name_cleanup, depth + 1);
            compile_stmts(c, &h->body);
            set_handler(c, cleanup, depth + 1);
            pop_fblock(c);
            clear_handler_name(c, h->name);
            u->handler = outer;
            emit(c, OP_POP_EXCEPT, 0);
            emit_jump(c, OP_JUMP, end);
            set_handler(c, cleanup, depth + 1);
            place_label(c, name_cleanup);
            clear_handler_name(c, h->name);
            emit(c, OP_RERAISE, 0);
        } else {
            emit(c, OP_POP_TOP, 0);
            FBlock *hb = push_fblock(c, FB_HANDLER, h->loc);
            if (!hb) return;
            compile_stmts(c, &h->body);
            pop_fblock(c);
            u->handler = outer;
            emit(c, OP_POP_EXCEPT, 0);
            emit_jump(c, OP_JUMP, end);
            set_handler(c, cleanup, depth + 1);
        }
        place_label(c, next);
        u->loc = saved;
    }
    emit(c, OP_RERAISE, 0);
    u->handler = outer;
    place_label(c, cleanup);
    emit_exception_cleanup(c);

    place_label(c, orelse);
    compile_stmts(c, &s->u.try_.orelse);
    place_label(c, end);
}

static void compile_try_finally(Compiler *c, const Stmt *s)
{
    Unit *u = c->u;
    int exc_path = new_label(c), end = new_label(c), cleanup = new_label(c);
    int depth = u->depth;
    Handler outer = u->handler;

    FBlock *b = push_fblock(c, FB_FINALLY_TRY, s->loc);
    if (!b) return;
    b->finalbody = &s->u.try_.finalbody;
    set_handler(c, exc_path, depth);
    if (s->u.try_.handlers.n) compile_try_except(c, s);
    else compile_stmts(c, &s->u.try_.body);
    u->handler = outer;
    pop_fblock(c);
    compile_stmts(c, &s->u.try_.finalbody);
    emit_jump(c, OP_JUMP, end);

    place_label(c, exc_path);
    set_handler(c, cleanup, depth + 1);
    emit(c, OP_PUSH_EXC_INFO, 0);
    FBlock *fe = push_fblock(c, FB_FINALLY_END, s->loc);
    if (!fe) return;
    compile_stmts(c, &s->u.try_.finalbody);
    pop_fblock(c);
    emit(c, OP_RERAISE, 0);
    u->handler = outer;
    place_label(c, cleanup);
    emit_exception_cleanup(c);
    place_label(c, end);
}

static void compile_with_items(Compiler *c, const Stmt *s, int item)
{
    Unit *u = c->u;
    WithItem *w = s->u.with.items.v[item];
    int exc_path = new_label(c), end = new_label(c), cleanup = new_label(c), suppress = new_label(c);
    Handler outer = u->handler;

    compile_expr(c, w->context);
    Loc saved = u->loc;
    u->loc = w->context->loc;
    emit(c, OP_BEFORE_WITH, 0);
    u->loc = saved;
    int depth = u->depth - 1;   /* [exit] below the __enter__ result */
    FBlock *b = push_fblock(c, FB_WITH, s->loc);
    if (!b) return;
    set_handler(c, exc_path, depth);
    if (w->target) compile_store(c, w->target);
    else emit(c, OP_POP_TOP, 0);
    if (item + 1 < s->u.with.items.n) compile_with_items(c, s, item + 1);
    else compile_stmts(c, &s->u.with.body);
    u->handler = outer;
    pop_fblock(c);
    u->loc = s->loc;
    emit_exit_call(c);
    emit_jump(c, OP_JUMP, end);

    place_label(c, exc_path);
    set_handler(c, cleanup, depth + 1);
    emit(c, OP_PUSH_EXC_INFO, 0);
    emit(c, OP_WITH_EXCEPT_START, 0);
    emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress);
    emit(c, OP_RERAISE, 0);
    place_label(c, suppress);
    u->handler = outer;
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_POP_TOP, 0);
    emit_jump(c, OP_JUMP, end);
    place_label(c, cleanup);
    emit_exception_cleanup(c);
    place_label(c, end);
    u->loc = saved;
}

static void compile_raise(Compiler *c, const Stmt *s)
{
    int n = 0;
    if (s->u.raise.exc) {
        compile_expr(c, s->u.raise.exc);
        n = 1;
        if (s->u.raise.cause) {
            compile_expr(c, s->u.raise.cause);
            n = 2;
        }
    }
    emit(c, OP_RAISE, n);
}

static void compile_assert(Compiler *c, const Stmt *s)
{
    int end = new_label(c);
    compile_jump_if(c, s->u.assert_.test, true, end);
    emit(c, OP_LOAD_ASSERTION_ERROR, 0);
    if (s->u.assert_.msg) {
        emit(c, OP_PUSH_NULL, 0);
        compile_expr(c, s->u.assert_.msg);
        emit(c, OP_CALL, 1);
    }
    emit(c, OP_RAISE, 1);
    place_label(c, end);
}

static void compile_import(Compiler *c, const Stmt *s)
{
    for (int i = 0; i < s->u.import.names.n; i++) {
        Alias *a = s->u.import.names.v[i];
        emit_const(c, small(0));
        emit_const(c, NONE);
        emit(c, OP_IMPORT_NAME, name_index(c, c->u->names, a->name));
        if (a->asname) {
            /* import a.b.c as d: walk down from the top-level package */
            const char *p = strchr(a->name, '.');
            while (p) {
                const char *q = strchr(p + 1, '.');
                size_t n = q ? (size_t)(q - p - 1) : strlen(p + 1);
                char part[256];
                if (n >= sizeof part) n = sizeof part - 1;
                memcpy(part, p + 1, n);
                part[n] = 0;
                emit(c, OP_IMPORT_FROM, name_index(c, c->u->names, part));
                emit(c, OP_SWAP, 2);
                emit(c, OP_POP_TOP, 0);
                p = q;
            }
            name_op(c, a->asname, CTX_STORE);
        } else {
            const char *dot = strchr(a->name, '.');
            if (!dot) {
                name_op(c, a->name, CTX_STORE);
            } else {
                char top[256];
                size_t n = (size_t)(dot - a->name) < sizeof top - 1 ? (size_t)(dot - a->name) : sizeof top - 1;
                memcpy(top, a->name, n);
                top[n] = 0;
                name_op(c, top, CTX_STORE);
            }
        }
    }
}

static void compile_import_from(Compiler *c, const Stmt *s)
{
    const AliasList *names = &s->u.import.names;
    emit_const(c, small(s->u.import.level));
    Value fromlist = tuple_new(c->vm, (size_t)names->n);
    if (!fromlist) {
        oom(c);
        return;
    }
    for (int i = 0; i < names->n; i++) as_tuple(fromlist)->items[i] = str_intern_cstr(c->vm, names->v[i]->name);
    tuple_done(c->vm, fromlist);
    emit_const_steal(c, fromlist);
    emit(c, OP_IMPORT_NAME, name_index(c, c->u->names, s->u.import.module ? s->u.import.module : ""));
    if (names->n == 1 && strcmp(names->v[0]->name, "*") == 0) {
        emit(c, OP_IMPORT_STAR, 0);
        return;
    }
    for (int i = 0; i < names->n; i++) {
        Alias *a = names->v[i];
        emit(c, OP_IMPORT_FROM, name_index(c, c->u->names, a->name));
        name_op(c, a->asname ? a->asname : a->name, CTX_STORE);
    }
    emit(c, OP_POP_TOP, 0);
}

static void compile_stmt(Compiler *c, const Stmt *s)
{
    if (c->failed || !enter_nesting(c, s->loc)) return;
    Unit *u = c->u;
    Loc saved = u->loc;
    u->loc = s->loc;
    switch (s->kind) {
    case S_EXPR:
        if (c->mode == PARSE_SINGLE && u->scope->kind == SCOPE_MODULE && !u->parent) {
            compile_expr(c, s->u.expr);
            emit(c, OP_PRINT_EXPR, 0);
        } else if (s->u.expr->kind != E_STR || u->scope->kind == SCOPE_MODULE) {
            compile_expr(c, s->u.expr);
            emit(c, OP_POP_TOP, 0);
        }
        break;
    case S_ASSIGN: {
        compile_expr(c, s->u.assign.value);
        int n = s->u.assign.targets.n;
        for (int i = 0; i < n; i++) {
            if (i < n - 1) emit(c, OP_COPY, 1);
            compile_store(c, s->u.assign.targets.v[i]);
        }
        break;
    }
    case S_AUGASSIGN: compile_augassign(c, s); break;
    case S_ANNASSIGN:
        if (s->u.annassign.value) {
            compile_expr(c, s->u.annassign.value);
            compile_store(c, s->u.annassign.target);
        }
        break;
    case S_DEL:
        for (int i = 0; i < s->u.del_.targets.n; i++) compile_delete(c, s->u.del_.targets.v[i]);
        break;
    case S_PASS: case S_GLOBAL: case S_NONLOCAL: break;
    case S_BREAK: compile_break_continue(c, s, true); break;
    case S_CONTINUE: compile_break_continue(c, s, false); break;
    case S_RETURN: compile_return(c, s); break;
    case S_RAISE: compile_raise(c, s); break;
    case S_IF: compile_if(c, s); break;
    case S_WHILE: compile_while(c, s); break;
    case S_FOR: compile_for(c, s); break;
    case S_FUNCDEF:
        if (s->u.funcdef.is_async) compile_error(c, s->loc, "async functions are not supported by pith");
        else compile_funcdef(c, s);
        break;
    case S_CLASSDEF: compile_classdef(c, s); break;
    case S_TRY:
        if (s->u.try_.finalbody.n) compile_try_finally(c, s);
        else compile_try_except(c, s);
        break;
    case S_WITH: compile_with_items(c, s, 0); break;
    case S_ASSERT: compile_assert(c, s); break;
    case S_IMPORT: compile_import(c, s); break;
    case S_IMPORTFROM: compile_import_from(c, s); break;
    }
    u->loc = saved;
    c->nesting--;
}

static void compile_stmts(Compiler *c, const StmtList *body)
{
    for (int i = 0; i < body->n && !c->failed; i++) compile_stmt(c, body->v[i]);
}

/* ---- entry points --------------------------------------------------------------------------- */

static void symtable_error(Compiler *c)
{
    compile_error(c, c->st.error_loc, "%s", c->st.error);
}

Value vm_compile_ast(VM *vm, Module *mod, const char *filename, ParseMode mode, const char *src)
{
    Compiler c = {.vm = vm, .src = src, .mode = mode};
    c.filename = str_from_cstr(vm, filename);
    if (!c.filename) return VAL_NULL;
    Value code = VAL_NULL;
    if (!symtable_build(&c.st, mod, mode)) {
        symtable_error(&c);
        goto done;
    }
    if (!enter_unit(&c, c.st.top, "<module>", 1)) goto done;
    c.u->flags |= CO_MODULE;
    int last_line = 1;
    if (mode == PARSE_EVAL) {
        const Stmt *s = mod->body.n ? mod->body.v[0] : NULL;
        if (s && s->kind == S_EXPR) {
            compile_expr(&c, s->u.expr);
            last_line = s->loc.line;
        } else {
            emit_const(&c, NONE);
        }
    } else {
        compile_stmts(&c, &mod->body);
        if (mod->body.n) last_line = mod->body.v[mod->body.n - 1]->loc.line;
        c.u->loc = (Loc){last_line, 0, last_line, 0};
        emit_const(&c, NONE);
    }
    emit(&c, OP_RETURN_VALUE, 0);
    code = leave_unit(&c, "<module>");
done:
    while (c.u) {
        Unit *u = c.u;
        c.u = u->parent;
        free_unit(&c, u);
    }
    if (c.failed) xdecref(vm, code), code = VAL_NULL;
    symtable_free(&c.st);
    decref(vm, c.filename);
    if (!code && !err_occurred(vm)) err_no_memory(vm);
    return code;
}

/*
 * tuple: an immutable array of references.
 */
#include <string.h>

#include "runtime/object.h"
#include "vm/vm.h"

static size_t tuple_size(size_t len) { return sizeof(TupleObj) + len * sizeof(Value); }

Value tuple_new(VM *vm, size_t len)
{
    if (len > (SIZE_MAX - sizeof(TupleObj)) / sizeof(Value) / 2) return err_no_memory(vm);
    TupleObj *t = (TupleObj *)gc_new_object(vm, &type_tuple, tuple_size(len));
    if (!t) return VAL_NULL;
    t->len = len;
    return val(t);
}

void tuple_done(VM *vm, Value t) { gc_track(vm, as_obj(t)); }

Value tuple_empty(VM *vm) { return incref(vm->empty_tuple); }

Value tuple_from_array(VM *vm, const Value *items, size_t n)
{
    if (n == 0 && vm->empty_tuple) return tuple_empty(vm);
    Value t = tuple_new(vm, n);
    if (!t) return VAL_NULL;
    for (size_t i = 0; i < n; i++) as_tuple(t)->items[i] = incref(items[i]);
    tuple_done(vm, t);
    return t;
}

Value tuple_pack(VM *vm, size_t n, ...)
{
    Value items[8];
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n && i < 8; i++) items[i] = va_arg(ap, Value);
    va_end(ap);
    return tuple_from_array(vm, items, n);
}

static void tuple_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    TupleObj *t = (TupleObj *)o;
    /* Last to first, as CPython releases tuple items. */
    for (size_t i = t->len; i-- > 0;) xdecref(vm, t->items[i]);
    obj_free(vm, o, o->type->size + t->len * sizeof(Value));
}

static int tuple_traverse(Obj *o, VisitFn visit, void *arg)
{
    TupleObj *t = (TupleObj *)o;
    for (size_t i = t->len; i-- > 0;)
        if (t->items[i]) {
            int r = visit(t->items[i], arg);
            if (r) return r;
        }
    return 0;
}

static Value tuple_repr(VM *vm, Value v)
{
    TupleObj *t = as_tuple(v);
    if (t->len == 0) return str_from_cstr(vm, "()");
    int busy = repr_enter(vm, v);
    if (busy) return busy < 0 ? VAL_NULL : str_from_cstr(vm, "(...)");
    StrBuf b;
    strbuf_init(&b, vm);
    strbuf_add_char(&b, '(');
    for (size_t i = 0; i < t->len; i++) {
        if (i) strbuf_add(&b, ", ", 2);
        if (!strbuf_add_repr(&b, t->items[i])) break;
    }
    if (t->len == 1) strbuf_add_char(&b, ',');
    strbuf_add_char(&b, ')');
    repr_leave(vm, v);
    return strbuf_finish(&b);
}

/* CPython's xxHash-based tuple hash, so hash((1, 2)) matches. */
static bool tuple_hash(VM *vm, Value v, intptr_t *out)
{
    TupleObj *t = as_tuple(v);
    const uint64_t P1 = 11400714785074694791ull, P2 = 14029467366897019727ull, P5 = 2870177450012600261ull;
    uint64_t acc = P5;
    for (size_t i = 0; i < t->len; i++) {
        intptr_t h;
        if (!obj_hash(vm, t->items[i], &h)) return false;
        acc += (uint64_t)h * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    acc += t->len ^ (P5 ^ 3527539ull);
    if (acc == (uint64_t)-1) acc = 1546275796;
    *out = (intptr_t)acc;
    return true;
}

/* Compares two sequences item by item (tuples and lists share this). */
Value seq_richcompare(VM *vm, const Value *a, size_t na, const Value *b, size_t nb, CmpCode op)
{
    if ((op == CMP_CODE_EQ || op == CMP_CODE_NE) && na != nb) return bool_val(op == CMP_CODE_NE);
    size_t i;
    for (i = 0; i < na && i < nb; i++) {
        int eq = obj_eq(vm, a[i], b[i]);
        if (eq < 0) return VAL_NULL;
        if (!eq) break;
    }
    if (i >= na || i >= nb) {
        int c = na < nb ? -1 : na > nb;
        switch (op) {
        case CMP_CODE_LT: return bool_val(c < 0);
        case CMP_CODE_LE: return bool_val(c <= 0);
        case CMP_CODE_EQ: return bool_val(c == 0);
        case CMP_CODE_NE: return bool_val(c != 0);
        case CMP_CODE_GT: return bool_val(c > 0);
        default: return bool_val(c >= 0);
        }
    }
    if (op == CMP_CODE_EQ) return FALSE_V;
    if (op == CMP_CODE_NE) return TRUE_V;
    return obj_richcompare(vm, a[i], b[i], op);
}

static Value tuple_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    if (!is_tuple(a) || !is_tuple(b)) return NOTIMPL;
    return seq_richcompare(vm, as_tuple(a)->items, as_tuple(a)->len, as_tuple(b)->items, as_tuple(b)->len, op);
}

static intptr_t tuple_len(VM *vm, Value v) { (void)vm; return (intptr_t)as_tuple(v)->len; }

static Value tuple_getitem(VM *vm, Value v, Value key)
{
    TupleObj *t = as_tuple(v);
    if (is_type(key, &type_slice)) {
        intptr_t start, stop, step;
        intptr_t n = slice_indices(vm, key, (intptr_t)t->len, &start, &stop, &step);
        if (n < 0) return VAL_NULL;
        if (step == 1 && n == (intptr_t)t->len && is_type(v, &type_tuple)) return incref(v);
        Value r = tuple_new(vm, (size_t)n);
        if (!r) return VAL_NULL;
        for (intptr_t i = 0; i < n; i++) as_tuple(r)->items[i] = incref(t->items[start + i * step]);
        tuple_done(vm, r);
        return r;
    }
    if (!is_int(key) && !type_of(key)->index)
        return err_format(vm, &exc_TypeError, "tuple indices must be integers or slices, not %T", key);
    intptr_t i;
    if (!obj_as_index(vm, key, &i)) return VAL_NULL;
    if (i < 0) i += (intptr_t)t->len;
    if (i < 0 || i >= (intptr_t)t->len) return err_set_str(vm, &exc_IndexError, "tuple index out of range");
    return incref(t->items[i]);
}

static int tuple_contains(VM *vm, Value v, Value item)
{
    TupleObj *t = as_tuple(v);
    for (size_t i = 0; i < t->len; i++) {
        int eq = obj_eq(vm, t->items[i], item);
        if (eq) return eq;
    }
    return 0;
}

static Value tuple_concat(VM *vm, Value a, Value b)
{
    if (!is_tuple(a) || !is_tuple(b)) return NOTIMPL;
    TupleObj *x = as_tuple(a), *y = as_tuple(b);
    Value r = tuple_new(vm, x->len + y->len);
    if (!r) return VAL_NULL;
    for (size_t i = 0; i < x->len; i++) as_tuple(r)->items[i] = incref(x->items[i]);
    for (size_t i = 0; i < y->len; i++) as_tuple(r)->items[x->len + i] = incref(y->items[i]);
    tuple_done(vm, r);
    return r;
}

static Value tuple_repeat(VM *vm, Value a, Value b)
{
    Value seq = is_tuple(a) ? a : b, count = is_tuple(a) ? b : a;
    if (!is_tuple(seq) || !is_int(count)) return NOTIMPL;
    intptr_t n;
    if (!obj_as_index(vm, count, &n)) return VAL_NULL;
    TupleObj *t = as_tuple(seq);
    if (n <= 0 || t->len == 0) return tuple_empty(vm);
    if ((size_t)n > SIZE_MAX / 16 / t->len) return err_no_memory(vm);
    Value r = tuple_new(vm, t->len * (size_t)n);
    if (!r) return VAL_NULL;
    for (size_t k = 0; k < (size_t)n; k++)
        for (size_t i = 0; i < t->len; i++) as_tuple(r)->items[k * t->len + i] = incref(t->items[i]);
    tuple_done(vm, r);
    return r;
}

/* ---- iterator ------------------------------------------------------------- */

typedef struct SeqIndexIterObj { Obj ob; Value seq; size_t index; } SeqIndexIterObj;

static void tuple_iter_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    xdecref(vm, ((SeqIndexIterObj *)o)->seq);
    obj_free(vm, o, sizeof(SeqIndexIterObj));
}
static int tuple_iter_traverse(Obj *o, VisitFn visit, void *arg)
{
    SeqIndexIterObj *it = (SeqIndexIterObj *)o;
    return it->seq ? visit(it->seq, arg) : 0;
}
static Value iter_self(VM *vm, Value v) { (void)vm; return incref(v); }
static Value tuple_iter_next(VM *vm, Value v)
{
    SeqIndexIterObj *it = (SeqIndexIterObj *)as_obj(v);
    if (!it->seq) return VAL_NULL;
    TupleObj *t = as_tuple(it->seq);
    if (it->index < t->len) return incref(t->items[it->index++]);
    clear_slot(vm, &it->seq);
    return VAL_NULL;
}

static Value tuple_iter_length_hint(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "tuple_iterator.__length_hint__", nargs, kw, 0, 0)) return VAL_NULL;
    SeqIndexIterObj *it = (SeqIndexIterObj *)as_obj(self);
    size_t len = it->seq ? as_tuple(it->seq)->len : 0;
    return small(it->seq && len > it->index ? (intptr_t)(len - it->index) : 0);
}
static const MethodDef tuple_iter_methods[] = {{"__length_hint__", tuple_iter_length_hint, 0}, {NULL, NULL, 0}};

Type type_tuple_iter = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "tuple_iterator", .size = sizeof(SeqIndexIterObj),
    .flags = TF_GC, .dealloc = tuple_iter_dealloc, .traverse = tuple_iter_traverse,
    .iter = iter_self, .iternext = tuple_iter_next, .methods = tuple_iter_methods,
};

static Value tuple_iter(VM *vm, Value v)
{
    SeqIndexIterObj *it = (SeqIndexIterObj *)gc_new_object(vm, &type_tuple_iter, sizeof(SeqIndexIterObj));
    if (!it) return VAL_NULL;
    it->seq = incref(v);
    gc_track(vm, &it->ob);
    return val(it);
}

static Value tuple_exact_new(VM *vm, Value *args, size_t nargs, Value kwnames);

/* tuple(...) for a subclass: the items of an exact tuple in a block of the
 * class's size (runtime/class.c lays tuple subclasses out with nothing after). */
static Value tuple_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    Value src = tuple_exact_new(vm, args, nargs, kwnames);
    if (!src || t == &type_tuple) return src;
    size_t n = as_tuple(src)->len;
    TupleObj *o = (TupleObj *)gc_new_object(vm, t, t->size + n * sizeof(Value));
    if (o) {
        o->len = n;
        for (size_t i = 0; i < n; i++) o->items[i] = incref(as_tuple(src)->items[i]);
        if (t->flags & TF_HEAP) incref(val(t));
        gc_track(vm, &o->ob);
    }
    decref(vm, src);
    return o ? val(o) : VAL_NULL;
}

static Value tuple_exact_new(VM *vm, Value *args, size_t nargs, Value kwnames)
{
    if (!args_check(vm, "tuple", nargs, kwnames, 0, 1)) return VAL_NULL;
    if (nargs == 0) return tuple_empty(vm);
    if (is_type(args[0], &type_tuple)) return incref(args[0]);
    Value l = list_from_iterable(vm, args[0]);
    if (!l) return VAL_NULL;
    Value r = tuple_from_array(vm, as_list(l)->items, as_list(l)->len);
    decref(vm, l);
    return r;
}

static Value tuple_index_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "tuple.index", nargs, kw, 1, 3)) return VAL_NULL;
    TupleObj *t = as_tuple(self);
    size_t start, stop;
    if (!seq_index_bounds(vm, args, nargs, t->len, &start, &stop)) return VAL_NULL;
    for (size_t i = start; i < stop; i++) {
        int eq = obj_eq(vm, t->items[i], args[0]);
        if (eq < 0) return VAL_NULL;
        if (eq) return small((intptr_t)i);
    }
    return err_set_str(vm, &exc_ValueError, "tuple.index(x): x not in tuple");
}

static Value tuple_count_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "tuple.count", nargs, kw, 1, 1)) return VAL_NULL;
    TupleObj *t = as_tuple(self);
    intptr_t n = 0;
    for (size_t i = 0; i < t->len; i++) {
        int eq = obj_eq(vm, t->items[i], args[0]);
        if (eq < 0) return VAL_NULL;
        n += eq;
    }
    return small(n);
}

static const MethodDef tuple_methods[] = {
    {"index", tuple_index_m, 0}, {"count", tuple_count_m, 0}, {NULL, NULL, 0},
};

static size_t tuple_sizeof(Value v)
{
    return as_obj(v)->type->size + as_tuple(v)->len * sizeof(Value);
}

Type type_tuple = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "tuple", .size = sizeof(TupleObj),
    .flags = TF_GC | TF_BASETYPE | TF_TUPLE_SUB, .base = &type_object,
    .dealloc = tuple_dealloc, .traverse = tuple_traverse, .repr = tuple_repr, .hash = tuple_hash,
    .sizeof_ = tuple_sizeof,
    .richcompare = tuple_richcompare, .len = tuple_len, .getitem = tuple_getitem,
    .contains = tuple_contains, .iter = tuple_iter, .new_ = tuple_type_new,
    .binop = {[NB_ADD] = tuple_concat, [NB_MUL] = tuple_repeat},
    .getattr = obj_generic_getattr, .methods = tuple_methods,
};

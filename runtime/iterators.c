/*
 * The builtin iterator types: enumerate, zip, map, filter, reversed.
 */
#include <string.h>

#include "runtime/object.h"
#include "vm/vm.h"

#define MAX_ZIP 32

typedef struct IterObj {
    Obj ob;
    Value it;          /* the underlying iterator (enumerate, filter, map's first) */
    Value func;        /* map/filter function */
    Value count;       /* enumerate: the next index (an int Value) */
    size_t n;          /* zip/map: number of iterators */
    intptr_t index;    /* reversed: next index, -1 when done */
    Value seq;         /* reversed: the sequence */
    bool strict;
    Value its[MAX_ZIP];
} IterObj;

static void iter_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    IterObj *x = (IterObj *)o;
    clear_slot(vm, &x->it);
    clear_slot(vm, &x->func);
    clear_slot(vm, &x->count);
    clear_slot(vm, &x->seq);
    for (size_t i = 0; i < x->n; i++) clear_slot(vm, &x->its[i]);
    obj_free(vm, o, sizeof(IterObj));
}

static int iter_traverse(Obj *o, VisitFn visit, void *arg)
{
    IterObj *x = (IterObj *)o;
    Value fields[] = {x->it, x->func, x->count, x->seq};
    for (size_t i = 0; i < 4; i++)
        if (fields[i]) {
            int r = visit(fields[i], arg);
            if (r) return r;
        }
    for (size_t i = 0; i < x->n; i++)
        if (x->its[i]) {
            int r = visit(x->its[i], arg);
            if (r) return r;
        }
    return 0;
}

static Value iter_self(VM *vm, Value v) { (void)vm; return incref(v); }

static IterObj *iter_alloc(VM *vm, Type *t)
{
    IterObj *x = (IterObj *)gc_new_object(vm, t, sizeof(IterObj));
    return x;
}

static Value iter_done(VM *vm, IterObj *x)
{
    gc_track(vm, &x->ob);
    return val(x);
}

/* ---- enumerate ----------------------------------------------------------------- */

static bool enumerate_keyword(VM *vm, Value kwnames, size_t k, const char *want)
{
    Value name = as_tuple(kwnames)->items[k];
    if (strcmp(str_cstr(name), want) == 0) return true;
    err_format(vm, &exc_TypeError, "'%U' is an invalid keyword argument for enumerate()", name);
    return false;
}

/* enumerate(iterable, start=0), checked by hand as CPython's enum_vectorcall
 * does (its messages differ from the argument clinic's). */
static bool enumerate_args(VM *vm, Value *args, size_t nargs, Value kw, Value *iterable, Value *start)
{
    size_t nkw = kw ? as_tuple(kw)->len : 0;
    *start = VAL_NULL;
    if (nargs + nkw == 2) {
        *iterable = args[0];
        *start = args[1];
        if (nkw == 1) return enumerate_keyword(vm, kw, 0, "start");
        if (nkw == 2) {
            if (strcmp(str_cstr(as_tuple(kw)->items[0]), "start") == 0) {
                *iterable = args[1];
                *start = args[0];
                return enumerate_keyword(vm, kw, 1, "iterable");
            }
            return enumerate_keyword(vm, kw, 0, "iterable") && enumerate_keyword(vm, kw, 1, "start");
        }
        return true;
    }
    if (nargs + nkw == 1) {
        *iterable = args[0];
        return nkw == 0 || enumerate_keyword(vm, kw, 0, "iterable");
    }
    if (nargs == 0) {
        err_set_str(vm, &exc_TypeError, "enumerate() missing required argument 'iterable'");
        return false;
    }
    err_format(vm, &exc_TypeError, "enumerate() takes at most 2 arguments (%zu given)", nargs + nkw);
    return false;
}

static Value enumerate_new(VM *vm, Type *t, Value *args, size_t nargs, Value kw)
{
    Value iterable, start;
    if (!enumerate_args(vm, args, nargs, kw, &iterable, &start)) return VAL_NULL;
    Value count = start ? obj_index(vm, start) : small(0);
    if (!count) return VAL_NULL;
    Value it = obj_iter(vm, iterable);
    IterObj *x = it ? iter_alloc(vm, t) : NULL;
    if (!x) {
        decref(vm, count);
        xdecref(vm, it);
        return VAL_NULL;
    }
    x->it = it;
    x->count = count;
    return iter_done(vm, x);
}

static Value enumerate_next(VM *vm, Value v)
{
    IterObj *x = (IterObj *)as_obj(v);
    Value item = obj_iternext(vm, x->it);
    if (!item) return VAL_NULL;
    Value next = obj_binop(vm, NB_ADD, x->count, small(1));
    if (!next) {
        decref(vm, item);
        return VAL_NULL;
    }
    Value r = tuple_pack(vm, 2, x->count, item);
    decref(vm, item);
    set_slot(vm, &x->count, next);
    return r;
}

Type type_enumerate = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "enumerate", .size = sizeof(IterObj), .flags = TF_GC,
    .base = &type_object, .dealloc = iter_dealloc, .traverse = iter_traverse, .new_ = enumerate_new,
    .iter = iter_self, .iternext = enumerate_next, .getattr = obj_generic_getattr,
};

/* ---- zip ---------------------------------------------------------------------- */

static Value zip_new(VM *vm, Type *t, Value *args, size_t nargs, Value kw)
{
    Value a[1];
    if (!args_parse(vm, "zip", args + nargs, 0, kw, "$strict", a)) return VAL_NULL;
    if (nargs > MAX_ZIP) return err_format(vm, &exc_TypeError, "zip() supports at most %d iterables", MAX_ZIP);
    IterObj *x = iter_alloc(vm, t);
    if (!x) return VAL_NULL;
    for (size_t i = 0; i < nargs; i++) {
        x->its[i] = obj_iter(vm, args[i]);
        if (!x->its[i]) {
            if (err_matches(vm, &exc_TypeError)) {
                err_clear(vm);
                err_format(vm, &exc_TypeError, "'%s' object is not iterable", type_name(type_of(args[i])));
            }
            x->n = i;
            decref(vm, val(x));
            return VAL_NULL;
        }
        x->n = i + 1;
    }
    int strict = a[0] ? obj_truth(vm, a[0]) : 0;
    x->strict = strict > 0;
    return iter_done(vm, x);
}

static Value zip_next(VM *vm, Value v)
{
    IterObj *x = (IterObj *)as_obj(v);
    if (x->n == 0) return VAL_NULL;
    Value t = tuple_new(vm, x->n);
    if (!t) return VAL_NULL;
    for (size_t i = 0; i < x->n; i++) {
        Value item = obj_iternext(vm, x->its[i]);
        if (!item) {
            decref(vm, t);   /* releases the items filled so far */
            if (!err_occurred(vm) && x->strict) {
                if (i > 0)
                    return err_format(vm, &exc_ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                                      i == 1 ? " " : "s 1-", i);
                for (size_t j = 1; j < x->n; j++) {
                    Value more = obj_iternext(vm, x->its[j]);
                    if (more) {
                        decref(vm, more);
                        return err_format(vm, &exc_ValueError, "zip() argument %zu is longer than argument%s%zu", j + 1,
                                          j == 1 ? " " : "s 1-", j);
                    }
                    if (err_occurred(vm)) return VAL_NULL;
                }
            }
            return VAL_NULL;
        }
        as_tuple(t)->items[i] = item;
    }
    tuple_done(vm, t);
    return t;
}

Type type_zip = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "zip", .size = sizeof(IterObj), .flags = TF_GC,
    .base = &type_object, .dealloc = iter_dealloc, .traverse = iter_traverse, .new_ = zip_new,
    .iter = iter_self, .iternext = zip_next, .getattr = obj_generic_getattr,
};

/* ---- map ---------------------------------------------------------------------- */

static Value map_new(VM *vm, Type *t, Value *args, size_t nargs, Value kw)
{
    if (!args_no_kw(vm, "map", kw)) return VAL_NULL;
    if (nargs < 2) return err_set_str(vm, &exc_TypeError, "map() must have at least two arguments.");
    if (nargs - 1 > MAX_ZIP) return err_format(vm, &exc_TypeError, "map() supports at most %d iterables", MAX_ZIP);
    IterObj *x = iter_alloc(vm, t);
    if (!x) return VAL_NULL;
    x->func = incref(args[0]);
    for (size_t i = 1; i < nargs; i++) {
        x->its[i - 1] = obj_iter(vm, args[i]);
        if (!x->its[i - 1]) {
            x->n = i - 1;
            decref(vm, val(x));
            return VAL_NULL;
        }
        x->n = i;
    }
    return iter_done(vm, x);
}

static Value map_next(VM *vm, Value v)
{
    IterObj *x = (IterObj *)as_obj(v);
    Value args[MAX_ZIP];
    size_t k;
    for (k = 0; k < x->n; k++) {
        args[k] = obj_iternext(vm, x->its[k]);
        if (!args[k]) break;
    }
    Value r = VAL_NULL;
    if (k == x->n) r = obj_call(vm, x->func, args, x->n, VAL_NULL);
    for (size_t i = 0; i < k; i++) decref(vm, args[i]);
    return r;
}

Type type_map = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "map", .size = sizeof(IterObj), .flags = TF_GC,
    .base = &type_object, .dealloc = iter_dealloc, .traverse = iter_traverse, .new_ = map_new,
    .iter = iter_self, .iternext = map_next, .getattr = obj_generic_getattr,
};

/* ---- filter ---------------------------------------------------------------------- */

static Value filter_new(VM *vm, Type *t, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "filter", nargs, kw, 2, 2)) return VAL_NULL;
    Value it = obj_iter(vm, args[1]);
    if (!it) return VAL_NULL;
    IterObj *x = iter_alloc(vm, t);
    if (!x) {
        decref(vm, it);
        return VAL_NULL;
    }
    x->func = incref(args[0]);
    x->it = it;
    return iter_done(vm, x);
}

static Value filter_next(VM *vm, Value v)
{
    IterObj *x = (IterObj *)as_obj(v);
    for (;;) {
        Value item = obj_iternext(vm, x->it);
        if (!item) return VAL_NULL;
        int keep;
        if (x->func == NONE || x->func == val(&type_bool)) {
            keep = obj_truth(vm, item);
        } else {
            Value r = obj_call1(vm, x->func, item);
            keep = r ? obj_truth(vm, r) : -1;
            xdecref(vm, r);
        }
        if (keep > 0) return item;
        decref(vm, item);
        if (keep < 0) return VAL_NULL;
    }
}

Type type_filter = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "filter", .size = sizeof(IterObj), .flags = TF_GC,
    .base = &type_object, .dealloc = iter_dealloc, .traverse = iter_traverse, .new_ = filter_new,
    .iter = iter_self, .iternext = filter_next, .getattr = obj_generic_getattr,
};

/* ---- reversed ---------------------------------------------------------------------- */

static Value reversed_new(VM *vm, Type *t, Value *args, size_t nargs, Value kw)
{
    if (!args_positional(vm, "reversed", nargs, kw, 1, 1)) return VAL_NULL;
    Value seq = args[0];
    Value rev = obj_lookup_attr(vm, seq, vm->s.__reversed__);
    if (rev) {
        Value r = obj_call0(vm, rev);
        decref(vm, rev);
        return r;
    }
    if (err_occurred(vm)) return VAL_NULL;
    Type *st = type_of(seq);
    if (!st->getitem || !st->len || st == &type_dict)
        return err_format(vm, &exc_TypeError, "'%s' object is not reversible", type_name(st));
    intptr_t n = obj_len(vm, seq);
    if (n < 0) return VAL_NULL;
    IterObj *x = iter_alloc(vm, t);
    if (!x) return VAL_NULL;
    x->seq = incref(seq);
    x->index = n - 1;
    return iter_done(vm, x);
}

static Value reversed_next(VM *vm, Value v)
{
    IterObj *x = (IterObj *)as_obj(v);
    if (x->index < 0 || !x->seq) return VAL_NULL;
    if (is_list(x->seq) && (size_t)x->index >= as_list(x->seq)->len) {
        x->index = -1;
        clear_slot(vm, &x->seq);
        return VAL_NULL;
    }
    Value r = obj_getitem(vm, x->seq, small(x->index));
    if (!r) {
        if (err_matches(vm, &exc_IndexError) || err_matches(vm, &exc_StopIteration)) {
            err_clear(vm);
            x->index = -1;
            clear_slot(vm, &x->seq);
        }
        return VAL_NULL;
    }
    x->index--;
    return r;
}

Type type_reversed = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "reversed", .size = sizeof(IterObj), .flags = TF_GC,
    .base = &type_object, .dealloc = iter_dealloc, .traverse = iter_traverse, .new_ = reversed_new,
    .iter = iter_self, .iternext = reversed_next, .getattr = obj_generic_getattr,
};

/* list.__reversed__(): reversed's iterator under CPython's own type name. */
Type type_list_reverseiter = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "list_reverseiterator", .size = sizeof(IterObj), .flags = TF_GC,
    .base = &type_object, .dealloc = iter_dealloc, .traverse = iter_traverse,
    .iter = iter_self, .iternext = reversed_next, .getattr = obj_generic_getattr,
};

Value list_reversed_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "list.__reversed__", nargs, kw, 0, 0)) return VAL_NULL;
    IterObj *x = iter_alloc(vm, &type_list_reverseiter);
    if (!x) return VAL_NULL;
    x->seq = incref(self);
    x->index = (intptr_t)as_list(self)->len - 1;
    return iter_done(vm, x);
}

/*
 * range and slice.
 */
#include <string.h>

#include "runtime/object.h"
#include "vm/vm.h"

static void plain_dealloc(VM *vm, Obj *o) { obj_free(vm, o, o->type->size); }

/* ---- slice ---------------------------------------------------------------------- */

Value slice_new(VM *vm, Value start, Value stop, Value step)
{
    SliceObj *s = (SliceObj *)gc_new_object(vm, &type_slice, sizeof(SliceObj));
    if (!s) return VAL_NULL;
    s->start = incref(start ? start : NONE);
    s->stop = incref(stop ? stop : NONE);
    s->step = incref(step ? step : NONE);
    return val(s);
}

static void slice_dealloc(VM *vm, Obj *o)
{
    SliceObj *s = (SliceObj *)o;
    decref(vm, s->start);
    decref(vm, s->stop);
    decref(vm, s->step);
    obj_free(vm, o, sizeof(SliceObj));
}

static const char SLICE_INDEX_ERROR[] = "slice indices must be integers or None or have an __index__ method";

/* CPython's _PyEval_SliceIndex: huge bounds clamp; `error` is the message
 * for a value without __index__. */
static bool clamped_index(VM *vm, Value v, intptr_t *out, const char *error)
{
    if (is_small(v)) {
        *out = small_val(v);
        return true;
    }
    if (!is_int(v) && !type_of(v)->index) {
        err_set_str(vm, &exc_TypeError, error);
        return false;
    }
    Value i = obj_index(vm, v);
    if (!i) return false;
    /* Huge bounds clamp, as CPython's _PyEval_SliceIndex does. */
    int sign = int_sign(i);
    intptr_t x;
    if (!int_as_ssize(vm, i, &x)) {
        err_clear(vm);
        x = sign < 0 ? -INTPTR_MAX : INTPTR_MAX;
    }
    decref(vm, i);
    *out = x;
    return true;
}

static bool slice_bound(VM *vm, Value v, intptr_t *out) { return clamped_index(vm, v, out, SLICE_INDEX_ERROR); }

bool seq_index_bounds(VM *vm, Value *args, size_t nargs, size_t len, size_t *start, size_t *stop)
{
    static const char error[] = "slice indices must be integers or have an __index__ method";
    intptr_t bounds[2] = {0, (intptr_t)len};
    for (size_t k = 0; k + 1 < nargs && k < 2; k++) {
        if (!clamped_index(vm, args[k + 1], &bounds[k], error)) return false;
        if (bounds[k] < 0) {
            bounds[k] += (intptr_t)len;
            if (bounds[k] < 0) bounds[k] = 0;
        }
        if (bounds[k] > (intptr_t)len) bounds[k] = (intptr_t)len;
    }
    *start = (size_t)bounds[0];
    *stop = (size_t)bounds[1];
    return true;
}

intptr_t slice_indices(VM *vm, Value slice, intptr_t len, intptr_t *start, intptr_t *stop, intptr_t *step)
{
    SliceObj *s = (SliceObj *)as_obj(slice);
    *step = 1;
    if (s->step != NONE) {
        if (!slice_bound(vm, s->step, step)) return -1;
        if (*step == 0) {
            err_set_str(vm, &exc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INTPTR_MAX) *step = -INTPTR_MAX;
    }
    bool neg = *step < 0;
    if (s->start == NONE) *start = neg ? len - 1 : 0;
    else {
        if (!slice_bound(vm, s->start, start)) return -1;
        if (*start < 0) {
            *start += len;
            if (*start < 0) *start = neg ? -1 : 0;
        } else if (*start >= len) *start = neg ? len - 1 : len;
    }
    if (s->stop == NONE) *stop = neg ? -1 : len;
    else {
        if (!slice_bound(vm, s->stop, stop)) return -1;
        if (*stop < 0) {
            *stop += len;
            if (*stop < 0) *stop = neg ? -1 : 0;
        } else if (*stop >= len) *stop = neg ? len - 1 : len;
    }
    if (neg) return *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
    return *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
}

static Value slice_repr(VM *vm, Value v)
{
    SliceObj *s = (SliceObj *)as_obj(v);
    return str_format(vm, "slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Value slice_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    (void)t;
    if (!args_check(vm, "slice", nargs, kwnames, 1, 3)) return VAL_NULL;
    if (nargs == 1) return slice_new(vm, NONE, args[0], NONE);
    return slice_new(vm, args[0], args[1], nargs == 3 ? args[2] : NONE);
}

static Value slice_indices_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "slice.indices", nargs, kw, 1, 1)) return VAL_NULL;
    intptr_t len, start, stop, step;
    if (!obj_as_index(vm, args[0], &len)) return VAL_NULL;
    if (len < 0) return err_set_str(vm, &exc_ValueError, "length should not be negative");
    if (slice_indices(vm, self, len, &start, &stop, &step) < 0) return VAL_NULL;
    Value t = tuple_new(vm, 3);
    if (!t) return VAL_NULL;
    as_tuple(t)->items[0] = small(start);
    as_tuple(t)->items[1] = small(stop);
    as_tuple(t)->items[2] = small(step);
    tuple_done(vm, t);
    return t;
}
static const MethodDef slice_methods[] = {{"indices", slice_indices_m, 0}, {NULL, NULL, 0}};

static Value slice_get_start(VM *vm, Value s) { (void)vm; return incref(((SliceObj *)as_obj(s))->start); }
static Value slice_get_stop(VM *vm, Value s) { (void)vm; return incref(((SliceObj *)as_obj(s))->stop); }
static Value slice_get_step(VM *vm, Value s) { (void)vm; return incref(((SliceObj *)as_obj(s))->step); }
static const GetSetDef slice_getset[] = {
    {"start", slice_get_start, NULL}, {"stop", slice_get_stop, NULL}, {"step", slice_get_step, NULL},
    {NULL, NULL, NULL},
};

static Value slice_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    if (!is_type(a, &type_slice) || !is_type(b, &type_slice)) return NOTIMPL;
    SliceObj *x = (SliceObj *)as_obj(a), *y = (SliceObj *)as_obj(b);
    Value xs[3] = {x->start, x->stop, x->step}, ys[3] = {y->start, y->stop, y->step};
    return seq_richcompare(vm, xs, 3, ys, 3, op);
}

Type type_slice = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "slice", .size = sizeof(SliceObj),
    .flags = TF_GC, .base = &type_object, .dealloc = slice_dealloc, .repr = slice_repr,
    .new_ = slice_type_new, .getattr = obj_generic_getattr, .getset = slice_getset, .methods = slice_methods,
    .richcompare = slice_richcompare,
};

/* ---- range ---------------------------------------------------------------------- */

enum { B_START, B_STOP, B_STEP, B_LEN };

static void range_dealloc(VM *vm, Obj *o)
{
    RangeObj *r = (RangeObj *)o;
    if (r->big) {
        for (int i = 0; i < 4; i++) decref(vm, r->big[i]);
        gc_mem_free(vm, r->big, 4 * sizeof(Value));
    }
    obj_free(vm, o, sizeof(RangeObj));
}

static RangeObj *range_alloc(VM *vm)
{
    RangeObj *r = gc_mem_alloc(vm, sizeof(RangeObj));
    if (!r) return NULL;
    memset(r, 0, sizeof *r);
    r->ob.refcnt = 1;
    r->ob.type = &type_range;
    return r;
}

static bool small_length(intptr_t start, intptr_t stop, intptr_t step, intptr_t *out)
{
    /* Computed in unsigned arithmetic: the distance can exceed INTPTR_MAX. */
    uintptr_t n;
    if (step > 0) n = start < stop ? ((uintptr_t)stop - (uintptr_t)start - 1) / (uintptr_t)step + 1 : 0;
    else n = start > stop ? ((uintptr_t)start - (uintptr_t)stop - 1) / (0 - (uintptr_t)step) + 1 : 0;
    if (n > (uintptr_t)SMALL_MAX) return false;
    *out = (intptr_t)n;
    return true;
}

/* max(0, (stop - start + step - sign(step)) // step), in Python ints. */
static Value big_length(VM *vm, Value start, Value stop, Value step)
{
    int sign = int_sign(step);
    Value diff = sign > 0 ? obj_binop(vm, NB_SUB, stop, start) : obj_binop(vm, NB_SUB, start, stop);
    if (!diff) return VAL_NULL;
    if (int_sign(diff) <= 0) {
        decref(vm, diff);
        return small(0);
    }
    Value astep = sign > 0 ? incref(step) : obj_neg(vm, step);
    Value d1 = astep ? obj_binop(vm, NB_SUB, diff, small(1)) : VAL_NULL;
    Value q = d1 ? obj_binop(vm, NB_FLOORDIV, d1, astep) : VAL_NULL;
    Value n = q ? obj_binop(vm, NB_ADD, q, small(1)) : VAL_NULL;
    decref(vm, diff);
    xdecref(vm, astep);
    xdecref(vm, d1);
    xdecref(vm, q);
    return n;
}

static Value range_arg(VM *vm, Value v)
{
    if (is_small(v)) return v;
    if (!is_int(v) && !type_of(v)->index)
        return err_format(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(type_of(v)));
    return obj_index(vm, v);
}

static Value make_range(VM *vm, Value start, Value stop, Value step)
{
    if (int_sign(step) == 0) return err_set_str(vm, &exc_ValueError, "range() arg 3 must not be zero");
    RangeObj *r = range_alloc(vm);
    if (!r) return VAL_NULL;
    if (is_small(start) && is_small(stop) && is_small(step) &&
        small_length(small_val(start), small_val(stop), small_val(step), &r->len)) {
        r->start = small_val(start);
        r->stop = small_val(stop);
        r->step = small_val(step);
        return val(r);
    }
    Value len = big_length(vm, start, stop, step);
    r->big = len ? gc_mem_alloc(vm, 4 * sizeof(Value)) : NULL;
    if (!r->big) {
        xdecref(vm, len);
        obj_free(vm, &r->ob, sizeof(RangeObj));
        return VAL_NULL;
    }
    r->big[B_START] = incref(start);
    r->big[B_STOP] = incref(stop);
    r->big[B_STEP] = incref(step);
    r->big[B_LEN] = len;
    return val(r);
}

static Value range_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    (void)t;
    if (!args_no_kw(vm, "range", kwnames)) return VAL_NULL;
    if (nargs == 0) return err_set_str(vm, &exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3) return err_format(vm, &exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
    Value v[3] = {VAL_NULL, VAL_NULL, VAL_NULL};
    for (size_t i = 0; i < nargs; i++) {
        v[i] = range_arg(vm, args[i]);
        if (!v[i]) {
            for (size_t j = 0; j < i; j++) decref(vm, v[j]);
            return VAL_NULL;
        }
    }
    Value r = nargs == 1 ? make_range(vm, small(0), v[0], small(1))
                         : make_range(vm, v[0], v[1], nargs == 3 ? v[2] : small(1));
    for (size_t i = 0; i < nargs; i++) decref(vm, v[i]);
    return r;
}

/* The range's bounds as int Values (new references). */
static Value field(RangeObj *r, int which)
{
    if (r->big) return incref(r->big[which]);
    intptr_t x = which == B_START ? r->start : which == B_STOP ? r->stop : which == B_STEP ? r->step : r->len;
    return small(x);
}

static Value range_repr(VM *vm, Value v)
{
    RangeObj *r = (RangeObj *)as_obj(v);
    Value a = field(r, B_START), b = field(r, B_STOP), c = field(r, B_STEP);
    Value s = c == small(1) ? str_format(vm, "range(%S, %S)", a, b) : str_format(vm, "range(%S, %S, %S)", a, b, c);
    decref(vm, a);
    decref(vm, b);
    decref(vm, c);
    return s;
}

static intptr_t range_len(VM *vm, Value v)
{
    RangeObj *r = (RangeObj *)as_obj(v);
    if (!r->big) return r->len;
    intptr_t n;
    if (!int_as_ssize(vm, r->big[B_LEN], &n)) return -1;
    return n;
}

static int range_truth(VM *vm, Value v)
{
    (void)vm;
    RangeObj *r = (RangeObj *)as_obj(v);
    return r->big ? int_sign(r->big[B_LEN]) != 0 : r->len != 0;
}

/* start + i * step for an in-range index i (an int Value). */
static Value range_item(VM *vm, RangeObj *r, Value i)
{
    if (!r->big && is_small(i)) return small(r->start + small_val(i) * r->step);
    Value start = field(r, B_START), step = field(r, B_STEP);
    Value off = obj_binop(vm, NB_MUL, i, step);
    Value x = off ? obj_binop(vm, NB_ADD, start, off) : VAL_NULL;
    xdecref(vm, off);
    decref(vm, start);
    decref(vm, step);
    return x;
}

static Value range_slice(VM *vm, RangeObj *r, Value key)
{
    intptr_t start, stop, step, len;
    if (r->big) {
        /* Slicing a huge range: compute through a small stand-in when the
         * length fits, else refuse as CPython would for non-index sizes. */
        if (!int_as_ssize(vm, r->big[B_LEN], &len)) return VAL_NULL;
    } else {
        len = r->len;
    }
    intptr_t n = slice_indices(vm, key, len, &start, &stop, &step);
    if (n < 0) return VAL_NULL;
    Value rstep = field(r, B_STEP);
    Value new_step = obj_binop(vm, NB_MUL, rstep, small(step));
    Value new_start = range_item(vm, r, small(start));
    Value new_stop = range_item(vm, r, small(stop));
    Value result = new_step && new_start && new_stop ? make_range(vm, new_start, new_stop, new_step) : VAL_NULL;
    decref(vm, rstep);
    xdecref(vm, new_step);
    xdecref(vm, new_start);
    xdecref(vm, new_stop);
    return result;
}

static Value range_getitem(VM *vm, Value v, Value key)
{
    RangeObj *r = (RangeObj *)as_obj(v);
    if (is_type(key, &type_slice)) return range_slice(vm, r, key);
    if (!is_int(key) && !type_of(key)->index)
        return err_format(vm, &exc_TypeError, "range indices must be integers or slices, not %T", key);
    Value i = obj_index(vm, key);
    if (!i) return VAL_NULL;
    Value len = field(r, B_LEN);
    if (int_sign(i) < 0) {
        Value j = obj_binop(vm, NB_ADD, i, len);
        decref(vm, i);
        i = j;
    }
    Value r_item = VAL_NULL;
    if (i) {
        if (int_sign(i) < 0 || int_compare(i, len) >= 0)
            err_set_str(vm, &exc_IndexError, "range object index out of range");
        else
            r_item = range_item(vm, r, i);
    }
    xdecref(vm, i);
    decref(vm, len);
    return r_item;
}

static int range_contains(VM *vm, Value v, Value item)
{
    RangeObj *r = (RangeObj *)as_obj(v);
    if (is_type(item, &type_int) || is_small(item) || is_type(item, &type_bool)) {
        Value x = obj_index(vm, item);
        Value start = field(r, B_START), stop = field(r, B_STOP), step = field(r, B_STEP);
        int found = -1;
        if (x) {
            bool inside = int_sign(step) > 0 ? int_compare(x, start) >= 0 && int_compare(x, stop) < 0
                                             : int_compare(x, start) <= 0 && int_compare(x, stop) > 0;
            found = 0;
            if (inside) {
                Value d = obj_binop(vm, NB_SUB, x, start);
                Value m = d ? obj_binop(vm, NB_MOD, d, step) : VAL_NULL;
                found = m ? int_sign(m) == 0 : -1;
                xdecref(vm, d);
                xdecref(vm, m);
            }
        }
        xdecref(vm, x);
        decref(vm, start);
        decref(vm, stop);
        decref(vm, step);
        return found;
    }
    Value it = obj_iter(vm, v);
    if (!it) return -1;
    int found = iter_contains(vm, it, item);
    decref(vm, it);
    return found;
}

static Value range_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    if (!is_type(a, &type_range) || !is_type(b, &type_range)) return NOTIMPL;
    if (op != CMP_CODE_EQ && op != CMP_CODE_NE) return NOTIMPL;
    RangeObj *x = (RangeObj *)as_obj(a), *y = (RangeObj *)as_obj(b);
    Value lx = field(x, B_LEN), ly = field(y, B_LEN);
    bool eq = int_compare(lx, ly) == 0;
    if (eq && int_sign(lx) != 0) {
        Value sx = field(x, B_START), sy = field(y, B_START);
        eq = int_compare(sx, sy) == 0;
        decref(vm, sx);
        decref(vm, sy);
        if (eq && int_compare(lx, small(1)) != 0) {
            Value tx = field(x, B_STEP), ty = field(y, B_STEP);
            eq = int_compare(tx, ty) == 0;
            decref(vm, tx);
            decref(vm, ty);
        }
    }
    decref(vm, lx);
    decref(vm, ly);
    return bool_val(op == CMP_CODE_EQ ? eq : !eq);
}

/* ---- iterators: a word-sized one, and CPython's longrange_iterator ---------------- */

typedef struct RangeIterObj { Obj ob; intptr_t next, step, remaining; } RangeIterObj;
typedef struct LongRangeIterObj { Obj ob; Value next, step, remaining; } LongRangeIterObj;

static Value iter_self(VM *vm, Value v) { (void)vm; return incref(v); }

static Value range_iter_next(VM *vm, Value v)
{
    (void)vm;
    RangeIterObj *it = (RangeIterObj *)as_obj(v);
    if (it->remaining <= 0) return VAL_NULL;
    intptr_t x = it->next;
    it->next += it->step;
    it->remaining--;
    return small(x);
}

static Value range_iter_length_hint(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "range_iterator.__length_hint__", nargs, kw, 0, 0)) return VAL_NULL;
    return small(((RangeIterObj *)as_obj(self))->remaining);
}

static const MethodDef range_iter_methods[] = {{"__length_hint__", range_iter_length_hint, 0}, {NULL, NULL, 0}};

Type type_range_iter = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "range_iterator", .size = sizeof(RangeIterObj),
    .base = &type_object, .dealloc = plain_dealloc, .iter = iter_self, .iternext = range_iter_next,
    .getattr = obj_generic_getattr, .methods = range_iter_methods,
};

static void longrange_iter_dealloc(VM *vm, Obj *o)
{
    LongRangeIterObj *it = (LongRangeIterObj *)o;
    decref(vm, it->next);
    decref(vm, it->step);
    decref(vm, it->remaining);
    obj_free(vm, o, sizeof(LongRangeIterObj));
}

static Value longrange_iter_next(VM *vm, Value v)
{
    LongRangeIterObj *it = (LongRangeIterObj *)as_obj(v);
    if (int_sign(it->remaining) <= 0) return VAL_NULL;
    Value x = incref(it->next);
    Value next = obj_binop(vm, NB_ADD, it->next, it->step);
    Value rem = next ? obj_binop(vm, NB_SUB, it->remaining, small(1)) : VAL_NULL;
    if (!rem) {
        xdecref(vm, next);
        decref(vm, x);
        return VAL_NULL;
    }
    set_slot(vm, &it->next, next);
    set_slot(vm, &it->remaining, rem);
    return x;
}

Type type_longrange_iter = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "longrange_iterator", .size = sizeof(LongRangeIterObj),
    .base = &type_object, .dealloc = longrange_iter_dealloc, .iter = iter_self,
    .iternext = longrange_iter_next, .getattr = obj_generic_getattr,
};

static Value range_iter(VM *vm, Value v)
{
    RangeObj *r = (RangeObj *)as_obj(v);
    if (!r->big) {
        RangeIterObj *it = gc_mem_alloc(vm, sizeof(RangeIterObj));
        if (!it) return VAL_NULL;
        it->ob.refcnt = 1;
        it->ob.type = &type_range_iter;
        it->next = r->start;
        it->step = r->step;
        it->remaining = r->len;
        return val(it);
    }
    LongRangeIterObj *it = gc_mem_alloc(vm, sizeof(LongRangeIterObj));
    if (!it) return VAL_NULL;
    it->ob.refcnt = 1;
    it->ob.type = &type_longrange_iter;
    it->next = incref(r->big[B_START]);
    it->step = incref(r->big[B_STEP]);
    it->remaining = incref(r->big[B_LEN]);
    return val(it);
}

static Value range_get_start(VM *vm, Value v) { (void)vm; return field((RangeObj *)as_obj(v), B_START); }
static Value range_get_stop(VM *vm, Value v) { (void)vm; return field((RangeObj *)as_obj(v), B_STOP); }
static Value range_get_step(VM *vm, Value v) { (void)vm; return field((RangeObj *)as_obj(v), B_STEP); }
static const GetSetDef range_getset[] = {
    {"start", range_get_start, NULL}, {"stop", range_get_stop, NULL}, {"step", range_get_step, NULL},
    {NULL, NULL, NULL},
};

static Value range_count_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "range.count", nargs, kw, 1, 1)) return VAL_NULL;
    int r = range_contains(vm, self, args[0]);
    return r < 0 ? VAL_NULL : small(r);
}

static Value range_index_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "range.index", nargs, kw, 1, 1)) return VAL_NULL;
    int r = range_contains(vm, self, args[0]);
    if (r < 0) return VAL_NULL;
    if (!r) return err_format(vm, &exc_ValueError, "%R is not in range", args[0]);
    RangeObj *rg = (RangeObj *)as_obj(self);
    Value start = field(rg, B_START), step = field(rg, B_STEP);
    Value d = obj_binop(vm, NB_SUB, args[0], start);
    Value q = d ? obj_binop(vm, NB_FLOORDIV, d, step) : VAL_NULL;
    xdecref(vm, d);
    decref(vm, start);
    decref(vm, step);
    return q;
}

static const MethodDef range_methods[] = {
    {"count", range_count_m, 0}, {"index", range_index_m, 0}, {NULL, NULL, 0},
};

static bool range_hash(VM *vm, Value v, intptr_t *out)
{
    RangeObj *r = (RangeObj *)as_obj(v);
    Value len = field(r, B_LEN), start = field(r, B_START), step = field(r, B_STEP);
    Value t;
    if (int_sign(len) == 0) t = tuple_pack(vm, 3, len, NONE, NONE);
    else if (int_compare(len, small(1)) == 0) t = tuple_pack(vm, 3, len, start, NONE);
    else t = tuple_pack(vm, 3, len, start, step);
    decref(vm, len);
    decref(vm, start);
    decref(vm, step);
    if (!t) return false;
    bool ok = obj_hash(vm, t, out);
    decref(vm, t);
    return ok;
}

static size_t range_sizeof(Value v)
{
    return sizeof(RangeObj) + (((RangeObj *)as_obj(v))->big ? 4 * sizeof(Value) : 0);
}

Type type_range = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "range", .size = sizeof(RangeObj),
    .base = &type_object, .dealloc = range_dealloc, .repr = range_repr, .len = range_len,
    .sizeof_ = range_sizeof,
    .truth = range_truth, .getitem = range_getitem, .contains = range_contains,
    .richcompare = range_richcompare, .hash = range_hash, .iter = range_iter, .new_ = range_type_new,
    .getattr = obj_generic_getattr, .getset = range_getset, .methods = range_methods,
};

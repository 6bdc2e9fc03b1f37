/*
 * range and slice.
 */
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

static bool slice_bound(VM *vm, Value v, intptr_t *out)
{
    if (is_small(v)) {
        *out = small_val(v);
        return true;
    }
    if (!is_int(v) && !type_of(v)->index) {
        err_set_str(vm, &exc_TypeError, "slice indices must be integers or None or have an __index__ method");
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
    .new_ = slice_type_new, .getattr = obj_generic_getattr, .getset = slice_getset,
    .richcompare = slice_richcompare,
};

/* ---- range ---------------------------------------------------------------------- */

static intptr_t range_length(intptr_t start, intptr_t stop, intptr_t step)
{
    if (step > 0) return start < stop ? (intptr_t)(((uintptr_t)stop - (uintptr_t)start - 1) / (uintptr_t)step + 1) : 0;
    return start > stop ? (intptr_t)(((uintptr_t)start - (uintptr_t)stop - 1) / (0 - (uintptr_t)step) + 1) : 0;
}

static bool range_arg(VM *vm, Value v, intptr_t *out)
{
    if (is_small(v)) {
        *out = small_val(v);
        return true;
    }
    if (!is_int(v) && !type_of(v)->index)
        return err_format(vm, &exc_TypeError, "'%T' object cannot be interpreted as an integer", v), false;
    if (!obj_as_index(vm, v, out)) return false;
    if (!fits_small(*out)) {
        err_set_str(vm, &exc_OverflowError, "range() arguments beyond 62 bits are not supported yet");
        return false;
    }
    return true;
}

static Value range_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    (void)t;
    if (!args_no_kw(vm, "range", kwnames)) return VAL_NULL;
    if (nargs == 0) return err_set_str(vm, &exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3) return err_format(vm, &exc_TypeError, "range expected at most 3 arguments, got %zu", nargs);
    intptr_t start = 0, stop, step = 1;
    if (nargs == 1) {
        if (!range_arg(vm, args[0], &stop)) return VAL_NULL;
    } else {
        if (!range_arg(vm, args[0], &start) || !range_arg(vm, args[1], &stop)) return VAL_NULL;
        if (nargs == 3 && !range_arg(vm, args[2], &step)) return VAL_NULL;
    }
    if (step == 0) return err_set_str(vm, &exc_ValueError, "range() arg 3 must not be zero");
    RangeObj *r = gc_mem_alloc(vm, sizeof(RangeObj));
    if (!r) return VAL_NULL;
    r->ob.refcnt = 1;
    r->ob.type = &type_range;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_length(start, stop, step);
    return val(r);
}

static Value range_repr(VM *vm, Value v)
{
    RangeObj *r = (RangeObj *)as_obj(v);
    if (r->step == 1) return str_format(vm, "range(%zd, %zd)", r->start, r->stop);
    return str_format(vm, "range(%zd, %zd, %zd)", r->start, r->stop, r->step);
}

static intptr_t range_len(VM *vm, Value v) { (void)vm; return ((RangeObj *)as_obj(v))->len; }
static int range_truth(VM *vm, Value v) { (void)vm; return ((RangeObj *)as_obj(v))->len != 0; }

static Value range_getitem(VM *vm, Value v, Value key)
{
    RangeObj *r = (RangeObj *)as_obj(v);
    if (is_type(key, &type_slice)) {
        intptr_t start, stop, step;
        intptr_t n = slice_indices(vm, key, r->len, &start, &stop, &step);
        if (n < 0) return VAL_NULL;
        RangeObj *s = gc_mem_alloc(vm, sizeof(RangeObj));
        if (!s) return VAL_NULL;
        s->ob.refcnt = 1;
        s->ob.type = &type_range;
        s->step = r->step * step;
        s->start = r->start + start * r->step;
        s->stop = r->start + stop * r->step;
        s->len = n;
        return val(s);
    }
    intptr_t i;
    if (!is_int(key) && !type_of(key)->index)
        return err_format(vm, &exc_TypeError, "range indices must be integers or slices, not %T", key);
    if (!obj_as_index(vm, key, &i)) return VAL_NULL;
    if (i < 0) i += r->len;
    if (i < 0 || i >= r->len) return err_set_str(vm, &exc_IndexError, "range object index out of range");
    return small(r->start + i * r->step);
}

static int range_contains(VM *vm, Value v, Value item)
{
    RangeObj *r = (RangeObj *)as_obj(v);
    if (is_small(item) || is_type(item, &type_bool)) {
        intptr_t x = is_small(item) ? small_val(item) : item == TRUE_V;
        if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return 0;
        return (x - r->start) % r->step == 0;
    }
    for (intptr_t i = 0; i < r->len; i++) {
        int eq = obj_eq(vm, small(r->start + i * r->step), item);
        if (eq) return eq;
    }
    return 0;
}

static Value range_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    (void)vm;
    if (!is_type(a, &type_range) || !is_type(b, &type_range)) return NOTIMPL;
    if (op != CMP_CODE_EQ && op != CMP_CODE_NE) return NOTIMPL;
    RangeObj *x = (RangeObj *)as_obj(a), *y = (RangeObj *)as_obj(b);
    bool eq = x->len == y->len && (x->len == 0 || (x->start == y->start && (x->len == 1 || x->step == y->step)));
    return bool_val(op == CMP_CODE_EQ ? eq : !eq);
}

typedef struct RangeIterObj { Obj ob; intptr_t next, step, remaining; } RangeIterObj;

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

Type type_range_iter = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "range_iterator", .size = sizeof(RangeIterObj),
    .dealloc = plain_dealloc, .iter = iter_self, .iternext = range_iter_next,
};

static Value range_iter(VM *vm, Value v)
{
    RangeObj *r = (RangeObj *)as_obj(v);
    RangeIterObj *it = gc_mem_alloc(vm, sizeof(RangeIterObj));
    if (!it) return VAL_NULL;
    it->ob.refcnt = 1;
    it->ob.type = &type_range_iter;
    it->next = r->start;
    it->step = r->step;
    it->remaining = r->len;
    return val(it);
}

static Value range_get_start(VM *vm, Value v) { (void)vm; return small(((RangeObj *)as_obj(v))->start); }
static Value range_get_stop(VM *vm, Value v) { (void)vm; return small(((RangeObj *)as_obj(v))->stop); }
static Value range_get_step(VM *vm, Value v) { (void)vm; return small(((RangeObj *)as_obj(v))->step); }
static const GetSetDef range_getset[] = {
    {"start", range_get_start, NULL}, {"stop", range_get_stop, NULL}, {"step", range_get_step, NULL},
    {NULL, NULL, NULL},
};

Type type_range = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "range", .size = sizeof(RangeObj),
    .base = &type_object, .dealloc = plain_dealloc, .repr = range_repr, .len = range_len,
    .truth = range_truth, .getitem = range_getitem, .contains = range_contains,
    .richcompare = range_richcompare, .iter = range_iter, .new_ = range_type_new,
    .getattr = obj_generic_getattr, .getset = range_getset,
};

/*
 * list: a growable array of references, over-allocated like CPython's
 * (so sys.getsizeof grows in the same steps).
 */
#include <string.h>

#include "runtime/object.h"
#include "vm/vm.h"

Value list_new(VM *vm, size_t cap)
{
    ListObj *l = (ListObj *)gc_new_object(vm, &type_list, sizeof(ListObj));
    if (!l) return VAL_NULL;
    if (cap) {
        l->items = gc_mem_alloc(vm, cap * sizeof(Value));
        if (!l->items) {
            gc_free_object(vm, &l->ob, sizeof(ListObj));
            return VAL_NULL;
        }
        l->cap = cap;
    }
    gc_track(vm, &l->ob);
    return val(l);
}

/* CPython's list_resize growth pattern: new_allocated = n + n/8 + 6, rounded down to a multiple of 4. */
static int list_resize(VM *vm, ListObj *l, size_t newlen)
{
    if (newlen <= l->cap && newlen >= l->cap / 2) return 0;
    size_t cap = (newlen + (newlen >> 3) + 6) & ~(size_t)3;
    if (newlen - l->len > cap - newlen) cap = (newlen + 3) & ~(size_t)3;
    if (newlen == 0) cap = 0;
    if (cap > SIZE_MAX / sizeof(Value) / 2) {
        err_no_memory(vm);
        return -1;
    }
    Value *items = gc_mem_realloc(vm, l->items, l->cap * sizeof(Value), cap * sizeof(Value));
    if (!items && cap) return -1;
    l->items = items;
    l->cap = cap;
    return 0;
}

int list_append_steal(VM *vm, Value list, Value item)
{
    ListObj *l = as_list(list);
    if (l->len == l->cap && list_resize(vm, l, l->len + 1) < 0) {
        decref(vm, item);
        return -1;
    }
    l->items[l->len++] = item;
    return 0;
}

int list_append(VM *vm, Value list, Value item) { return list_append_steal(vm, list, incref(item)); }

int list_extend(VM *vm, Value list, Value iterable)
{
    if (is_list(iterable) || is_tuple(iterable)) {
        /* Snapshot the source first: l.extend(l) must double the list. */
        size_t n = is_list(iterable) ? as_list(iterable)->len : as_tuple(iterable)->len;
        Value *src = is_list(iterable) ? as_list(iterable)->items : as_tuple(iterable)->items;
        ListObj *l = as_list(list);
        if (!l->items && n) {
            /* CPython's list_preallocate_exact: [1, 2, 3] has room for 4. */
            size_t cap = (n + 1) & ~(size_t)1;
            Value *items = gc_mem_alloc(vm, cap * sizeof(Value));
            if (!items) return -1;
            l->items = items;
            l->cap = cap;
        } else if (list_resize(vm, l, l->len + n) < 0) {
            return -1;
        }
        if (iterable == list) src = l->items;
        for (size_t i = 0; i < n; i++) l->items[l->len + i] = incref(src[i]);
        l->len += n;
        return 0;
    }
    Value it = obj_iter(vm, iterable);
    if (!it) return -1;
    for (;;) {
        Value x = obj_iternext(vm, it);
        if (!x) break;
        if (list_append_steal(vm, list, x) < 0) break;
    }
    decref(vm, it);
    return err_occurred(vm) ? -1 : 0;
}

Value list_from_iterable(VM *vm, Value iterable)
{
    Value l = list_new(vm, 0);
    if (!l) return VAL_NULL;
    if (list_extend(vm, l, iterable) < 0) {
        decref(vm, l);
        return VAL_NULL;
    }
    return l;
}

/* Drops items [lo, hi) last to first, as CPython does, after removing them
 * from the list so finalisers see the list already changed. */
static void release_items(VM *vm, Value *items, size_t n)
{
    for (size_t i = n; i-- > 0;) xdecref(vm, items[i]);
}

static void list_clear_items(VM *vm, ListObj *l)
{
    Value *items = l->items;
    size_t n = l->len, cap = l->cap;
    l->items = NULL;
    l->len = l->cap = 0;
    release_items(vm, items, n);
    gc_mem_free(vm, items, cap * sizeof(Value));
}

static void list_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    list_clear_items(vm, (ListObj *)o);
    obj_free(vm, o, o->type->size);   /* a subclass's instances are bigger */
}

static int list_traverse(Obj *o, VisitFn visit, void *arg)
{
    ListObj *l = (ListObj *)o;
    for (size_t i = l->len; i-- > 0;) {
        int r = visit(l->items[i], arg);
        if (r) return r;
    }
    return 0;
}

static void list_gc_clear(VM *vm, Obj *o) { list_clear_items(vm, (ListObj *)o); }

static Value list_repr(VM *vm, Value v)
{
    ListObj *l = as_list(v);
    if (l->len == 0) return str_from_cstr(vm, "[]");
    int busy = repr_enter(vm, v);
    if (busy) return busy < 0 ? VAL_NULL : str_from_cstr(vm, "[...]");
    StrBuf b;
    strbuf_init(&b, vm);
    strbuf_add_char(&b, '[');
    for (size_t i = 0; i < l->len; i++) {
        if (i) strbuf_add(&b, ", ", 2);
        Value item = incref(l->items[i]);   /* repr may run code that shrinks the list */
        bool ok = strbuf_add_repr(&b, item);
        decref(vm, item);
        if (!ok) break;
    }
    strbuf_add_char(&b, ']');
    repr_leave(vm, v);
    return strbuf_finish(&b);
}

static Value list_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    if (!is_list(a) || !is_list(b)) return NOTIMPL;
    return seq_richcompare(vm, as_list(a)->items, as_list(a)->len, as_list(b)->items, as_list(b)->len, op);
}

static intptr_t list_len(VM *vm, Value v) { (void)vm; return (intptr_t)as_list(v)->len; }

static bool list_index_arg(VM *vm, Value key, intptr_t *i)
{
    if (!is_int(key) && !type_of(key)->index) {
        err_format(vm, &exc_TypeError, "list indices must be integers or slices, not %T", key);
        return false;
    }
    if (!obj_as_index(vm, key, i)) {
        if (err_matches(vm, &exc_OverflowError)) {
            err_clear(vm);
            err_format(vm, &exc_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        return false;
    }
    return true;
}

static Value list_getitem(VM *vm, Value v, Value key)
{
    ListObj *l = as_list(v);
    if (is_small(key)) {
        intptr_t i = small_val(key);
        if (i < 0) i += (intptr_t)l->len;
        if (i < 0 || i >= (intptr_t)l->len) return err_set_str(vm, &exc_IndexError, "list index out of range");
        return incref(l->items[i]);
    }
    if (is_type(key, &type_slice)) {
        intptr_t start, stop, step;
        intptr_t n = slice_indices(vm, key, (intptr_t)l->len, &start, &stop, &step);
        if (n < 0) return VAL_NULL;
        Value r = list_new(vm, (size_t)n);
        if (!r) return VAL_NULL;
        for (intptr_t i = 0; i < n; i++) as_list(r)->items[i] = incref(l->items[start + i * step]);
        as_list(r)->len = (size_t)n;
        return r;
    }
    intptr_t i;
    if (!list_index_arg(vm, key, &i)) return VAL_NULL;
    if (i < 0) i += (intptr_t)l->len;
    if (i < 0 || i >= (intptr_t)l->len) return err_set_str(vm, &exc_IndexError, "list index out of range");
    return incref(l->items[i]);
}

/* Replaces items [lo, hi) by `with` (n items, borrowed).  Old items are
 * released last to first after the list is consistent again. */
static int list_replace_range(VM *vm, ListObj *l, size_t lo, size_t hi, const Value *with, size_t n)
{
    size_t removed = hi - lo;
    Value small_buf[8];
    Value *old = removed <= 8 ? small_buf : gc_mem_alloc(vm, removed * sizeof(Value));
    if (!old) return -1;
    memcpy(old, l->items + lo, removed * sizeof(Value));
    size_t newlen = l->len - removed + n;
    if (n > removed) {
        if (list_resize(vm, l, newlen) < 0) {
            if (old != small_buf) gc_mem_free(vm, old, removed * sizeof(Value));
            return -1;
        }
    }
    memmove(l->items + lo + n, l->items + hi, (l->len - hi) * sizeof(Value));
    for (size_t i = 0; i < n; i++) l->items[lo + i] = incref(with[i]);
    l->len = newlen;
    if (n < removed) list_resize(vm, l, newlen);
    release_items(vm, old, removed);
    if (old != small_buf) gc_mem_free(vm, old, removed * sizeof(Value));
    return 0;
}

static int list_del_extended(VM *vm, ListObj *l, intptr_t start, intptr_t step, intptr_t n)
{
    if (step < 0) {
        start = start + step * (n - 1);
        step = -step;
    }
    Value *old = gc_mem_alloc(vm, (size_t)n * sizeof(Value));
    if (!old) return -1;
    size_t w = (size_t)start, k = 0;
    for (size_t r = (size_t)start; r < l->len; r++) {
        if (k < (size_t)n && r == (size_t)(start + (intptr_t)k * step)) {
            old[k++] = l->items[r];
            continue;
        }
        l->items[w++] = l->items[r];
    }
    l->len = w;
    for (size_t i = 0; i < (size_t)n; i++) decref(vm, old[i]);   /* first to first, as CPython */
    gc_mem_free(vm, old, (size_t)n * sizeof(Value));
    return 0;
}

static int list_ass_slice(VM *vm, Value v, Value slice, Value item)
{
    ListObj *l = as_list(v);
    intptr_t start, stop, step;
    intptr_t n = slice_indices(vm, slice, (intptr_t)l->len, &start, &stop, &step);
    if (n < 0) return -1;
    if (!item) {
        if (step == 1) return list_replace_range(vm, l, (size_t)start, (size_t)(start + n), NULL, 0);
        if (n == 0) return 0;
        return list_del_extended(vm, l, start, step, n);
    }
    Value seq = list_from_iterable(vm, item);
    if (!seq) {
        if (err_matches(vm, &exc_TypeError)) {
            err_clear(vm);
            err_set_str(vm, &exc_TypeError, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        }
        return -1;
    }
    ListObj *s = as_list(seq);
    int r = 0;
    if (step == 1) {
        if (stop < start) stop = start;
        r = list_replace_range(vm, l, (size_t)start, (size_t)start + (size_t)n, s->items, s->len);
    } else if ((intptr_t)s->len != n) {
        err_format(vm, &exc_ValueError, "attempt to assign sequence of size %zu to extended slice of size %zd",
                   s->len, n);
        r = -1;
    } else {
        for (intptr_t i = 0; i < n; i++) set_slot(vm, &l->items[start + i * step], incref(s->items[i]));
    }
    decref(vm, seq);
    return r;
}

static int list_setitem(VM *vm, Value v, Value key, Value item)
{
    if (is_type(key, &type_slice)) return list_ass_slice(vm, v, key, item);
    ListObj *l = as_list(v);
    intptr_t i;
    if (!list_index_arg(vm, key, &i)) return -1;
    if (i < 0) i += (intptr_t)l->len;
    if (i < 0 || i >= (intptr_t)l->len) {
        err_set_str(vm, &exc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (item) {
        set_slot(vm, &l->items[i], incref(item));
        return 0;
    }
    return list_replace_range(vm, l, (size_t)i, (size_t)i + 1, NULL, 0);
}

static int list_contains(VM *vm, Value v, Value item)
{
    ListObj *l = as_list(v);
    for (size_t i = 0; i < l->len; i++) {
        Value x = incref(l->items[i]);
        int eq = obj_eq(vm, x, item);
        decref(vm, x);
        if (eq) return eq;
    }
    return 0;
}

static Value list_concat(VM *vm, Value a, Value b)
{
    if (!is_list(a) || !is_list(b)) return NOTIMPL;
    ListObj *x = as_list(a), *y = as_list(b);
    Value r = list_new(vm, x->len + y->len);
    if (!r) return VAL_NULL;
    ListObj *l = as_list(r);
    for (size_t i = 0; i < x->len; i++) l->items[i] = incref(x->items[i]);
    for (size_t i = 0; i < y->len; i++) l->items[x->len + i] = incref(y->items[i]);
    l->len = x->len + y->len;
    return r;
}

static Value list_repeat(VM *vm, Value a, Value b)
{
    Value seq = is_list(a) ? a : b, count = is_list(a) ? b : a;
    if (!is_list(seq) || !is_int(count)) return NOTIMPL;
    intptr_t n;
    if (!obj_as_index(vm, count, &n)) return VAL_NULL;
    ListObj *x = as_list(seq);
    if (n <= 0 || x->len == 0) return list_new(vm, 0);
    if ((size_t)n > SIZE_MAX / 16 / x->len) return err_no_memory(vm);
    size_t total = x->len * (size_t)n;
    Value r = list_new(vm, total);
    if (!r) return VAL_NULL;
    ListObj *l = as_list(r);
    for (size_t k = 0; k < (size_t)n; k++)
        for (size_t i = 0; i < x->len; i++) l->items[k * x->len + i] = incref(x->items[i]);
    l->len = total;
    return r;
}

static Value list_inplace_concat(VM *vm, Value a, Value b)
{
    if (!is_list(a)) return NOTIMPL;
    if (list_extend(vm, a, b) < 0) return VAL_NULL;
    return incref(a);
}

static Value list_inplace_repeat(VM *vm, Value a, Value b)
{
    if (!is_list(a) || !is_int(b)) return NOTIMPL;
    intptr_t n;
    if (!obj_as_index(vm, b, &n)) return VAL_NULL;
    ListObj *l = as_list(a);
    if (n <= 0) {
        list_clear_items(vm, l);
        return incref(a);
    }
    size_t len = l->len;
    if (len && (size_t)n > SIZE_MAX / 16 / len) return err_no_memory(vm);
    if (list_resize(vm, l, len * (size_t)n) < 0) return VAL_NULL;
    for (size_t k = 1; k < (size_t)n; k++)
        for (size_t i = 0; i < len; i++) l->items[k * len + i] = incref(l->items[i]);
    l->len = len * (size_t)n;
    return incref(a);
}

/* ---- iterator ------------------------------------------------------------------ */

typedef struct ListIterObj { Obj ob; Value list; size_t index; } ListIterObj;

static void list_iter_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    xdecref(vm, ((ListIterObj *)o)->list);
    obj_free(vm, o, sizeof(ListIterObj));
}
static int list_iter_traverse(Obj *o, VisitFn visit, void *arg)
{
    ListIterObj *it = (ListIterObj *)o;
    return it->list ? visit(it->list, arg) : 0;
}
static Value iter_self(VM *vm, Value v) { (void)vm; return incref(v); }
static Value list_iter_next(VM *vm, Value v)
{
    ListIterObj *it = (ListIterObj *)as_obj(v);
    if (!it->list) return VAL_NULL;
    ListObj *l = as_list(it->list);
    if (it->index < l->len) return incref(l->items[it->index++]);
    clear_slot(vm, &it->list);
    return VAL_NULL;
}

static Value list_iter_length_hint(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "list_iterator.__length_hint__", nargs, kw, 0, 0)) return VAL_NULL;
    ListIterObj *it = (ListIterObj *)as_obj(self);
    size_t len = it->list ? as_list(it->list)->len : 0;
    return small(it->list && len > it->index ? (intptr_t)(len - it->index) : 0);
}
static const MethodDef list_iter_methods[] = {{"__length_hint__", list_iter_length_hint, 0}, {NULL, NULL, 0}};

Type type_list_iter = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "list_iterator", .size = sizeof(ListIterObj),
    .flags = TF_GC, .dealloc = list_iter_dealloc, .traverse = list_iter_traverse,
    .iter = iter_self, .iternext = list_iter_next, .methods = list_iter_methods,
};

static Value list_iter(VM *vm, Value v)
{
    ListIterObj *it = (ListIterObj *)gc_new_object(vm, &type_list_iter, sizeof(ListIterObj));
    if (!it) return VAL_NULL;
    it->list = incref(v);
    gc_track(vm, &it->ob);
    return val(it);
}

/* ---- methods ------------------------------------------------------------------- */

static Value list_append_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "list.append", nargs, kw, 1, 1)) return VAL_NULL;
    if (list_append(vm, self, args[0]) < 0) return VAL_NULL;
    return NONE;
}

static Value list_extend_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "list.extend", nargs, kw, 1, 1)) return VAL_NULL;
    if (list_extend(vm, self, args[0]) < 0) return VAL_NULL;
    return NONE;
}

static Value list_insert_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "list.insert", nargs, kw, 2, 2)) return VAL_NULL;
    intptr_t i;
    if (!obj_as_index(vm, args[0], &i)) return VAL_NULL;
    ListObj *l = as_list(self);
    intptr_t n = (intptr_t)l->len;
    if (i < 0) i = i + n < 0 ? 0 : i + n;
    if (i > n) i = n;
    if (list_replace_range(vm, l, (size_t)i, (size_t)i, &args[1], 1) < 0) return VAL_NULL;
    return NONE;
}

static Value list_pop_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "list.pop", nargs, kw, 0, 1)) return VAL_NULL;
    ListObj *l = as_list(self);
    intptr_t i = -1;
    if (nargs && !obj_as_index(vm, args[0], &i)) return VAL_NULL;
    if (l->len == 0) return err_set_str(vm, &exc_IndexError, "pop from empty list");
    if (i < 0) i += (intptr_t)l->len;
    if (i < 0 || i >= (intptr_t)l->len) return err_set_str(vm, &exc_IndexError, "pop index out of range");
    Value item = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->len - (size_t)i - 1) * sizeof(Value));
    l->len--;
    list_resize(vm, l, l->len);
    return item;
}

static Value list_remove_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "list.remove", nargs, kw, 1, 1)) return VAL_NULL;
    ListObj *l = as_list(self);
    for (size_t i = 0; i < l->len; i++) {
        Value x = incref(l->items[i]);
        int eq = obj_eq(vm, x, args[0]);
        decref(vm, x);
        if (eq < 0) return VAL_NULL;
        if (eq) {
            if (i >= l->len) break;
            if (list_replace_range(vm, l, i, i + 1, NULL, 0) < 0) return VAL_NULL;
            return NONE;
        }
    }
    return err_set_str(vm, &exc_ValueError, "list.remove(x): x not in list");
}

static Value list_index_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "list.index", nargs, kw, 1, 3)) return VAL_NULL;
    ListObj *l = as_list(self);
    size_t start, stop;
    if (!seq_index_bounds(vm, args, nargs, l->len, &start, &stop)) return VAL_NULL;
    for (size_t i = start; i < stop && i < l->len; i++) {
        Value x = incref(l->items[i]);
        int eq = obj_eq(vm, x, args[0]);
        decref(vm, x);
        if (eq < 0) return VAL_NULL;
        if (eq) return small((intptr_t)i);
    }
    return err_format(vm, &exc_ValueError, "%R is not in list", args[0]);
}

static Value list_count_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "list.count", nargs, kw, 1, 1)) return VAL_NULL;
    ListObj *l = as_list(self);
    intptr_t n = 0;
    for (size_t i = 0; i < l->len; i++) {
        Value x = incref(l->items[i]);
        int eq = obj_eq(vm, x, args[0]);
        decref(vm, x);
        if (eq < 0) return VAL_NULL;
        n += eq;
    }
    return small(n);
}

static Value list_reverse_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "list.reverse", nargs, kw, 0, 0)) return VAL_NULL;
    ListObj *l = as_list(self);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return NONE;
}

static Value list_clear_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "list.clear", nargs, kw, 0, 0)) return VAL_NULL;
    list_clear_items(vm, as_list(self));
    return NONE;
}

static Value list_copy_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "list.copy", nargs, kw, 0, 0)) return VAL_NULL;
    ListObj *l = as_list(self);
    Value r = list_new(vm, l->len);
    if (!r) return VAL_NULL;
    for (size_t i = 0; i < l->len; i++) as_list(r)->items[i] = incref(l->items[i]);
    as_list(r)->len = l->len;
    return r;
}

Value list_sort_method(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    Value a[2];
    if (!args_parse(vm, "sort", args, nargs, kw, "$key,reverse", a)) return VAL_NULL;
    int rev = 0;
    if (a[1] && !args_c_int(vm, a[1], &rev)) return VAL_NULL;
    if (list_sort(vm, self, a[0] && a[0] != NONE ? a[0] : VAL_NULL, rev) < 0) return VAL_NULL;
    return NONE;
}

/* list.__init__(self, iterable=()): what a subclass's __init__ and
 * type_call of a subclass run (list_type_new leaves the list empty). */
static Value list_init_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "list", nargs, kw, 0, 1)) return VAL_NULL;
    list_clear_items(vm, as_list(self));
    if (nargs && list_extend(vm, self, args[0]) < 0) return VAL_NULL;
    return NONE;
}

static const MethodDef list_methods[] = {
    {"__init__", list_init_m, 0},
    {"append", list_append_m, 0}, {"extend", list_extend_m, 0}, {"insert", list_insert_m, 0},
    {"pop", list_pop_m, 0}, {"remove", list_remove_m, 0}, {"index", list_index_m, 0},
    {"count", list_count_m, 0}, {"reverse", list_reverse_m, 0}, {"clear", list_clear_m, 0},
    {"copy", list_copy_m, 0}, {"sort", list_sort_method, 0},
    {"__reversed__", list_reversed_m, 0},
    {NULL, NULL, 0},
};

static Value list_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    if (t != &type_list) {
        /* A subclass instance starts empty; list.__init__ fills it. */
        Obj *o = gc_new_object(vm, t, t->size);
        if (!o) return VAL_NULL;
        if (t->flags & TF_HEAP) incref(val(t));
        gc_track(vm, o);
        return val(o);
    }
    if (!args_check(vm, "list", nargs, kwnames, 0, 1)) return VAL_NULL;
    if (nargs == 0) return list_new(vm, 0);
    return list_from_iterable(vm, args[0]);
}

/* The header plus the whole items buffer, spare capacity included. */
static size_t list_sizeof(Value v)
{
    return as_obj(v)->type->size + as_list(v)->cap * sizeof(Value);
}

Type type_list = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "list", .size = sizeof(ListObj),
    .flags = TF_GC | TF_BASETYPE | TF_LIST_SUB, .base = &type_object,
    .dealloc = list_dealloc, .traverse = list_traverse, .clear = list_gc_clear, .sizeof_ = list_sizeof,
    .repr = list_repr, .richcompare = list_richcompare, .len = list_len,
    .getitem = list_getitem, .setitem = list_setitem, .contains = list_contains,
    .iter = list_iter, .new_ = list_type_new,
    .binop = {[NB_ADD] = list_concat, [NB_MUL] = list_repeat},
    .inplace = {[NB_ADD] = list_inplace_concat, [NB_MUL] = list_inplace_repeat},
    .getattr = obj_generic_getattr, .methods = list_methods,
};

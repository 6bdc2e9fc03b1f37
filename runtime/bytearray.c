/*
 * runtime/bytearray.c -- the mutable bytearray type.
 *
 * The buffer (ByteArrayObj.data, `cap` bytes, counted as CPython's ob_alloc
 * so a trailing NUL fits) comes from gc_mem_alloc and grows/shrinks with
 * CPython 3.11's PyByteArray_Resize policy, so allocation sizes match
 * CPython's (sys.getsizeof can be computed from `cap`).  Read-only methods
 * are shared with bytes (bytes_common_methods in runtime/bytes.c).
 */
#include <string.h>

#include "runtime/str_internal.h"
#include "vm/vm.h"

static inline ByteArrayObj *as_ba(Value v) { return (ByteArrayObj *)as_obj(v); }

/* Sets a new allocation of exactly `alloc` bytes (0: none). */
static bool ba_realloc(VM *vm, ByteArrayObj *b, size_t alloc)
{
    if (alloc == b->cap) return true;
    if (alloc == 0) {
        gc_mem_free(vm, b->data, b->cap);
        b->data = NULL;
        b->cap = 0;
        return true;
    }
    unsigned char *d = b->data ? gc_mem_realloc(vm, b->data, b->cap, alloc) : gc_mem_alloc(vm, alloc);
    if (!d) return false;
    b->data = d;
    b->cap = alloc;
    return true;
}

/* PyByteArray_Resize: over-allocates on moderate growth, shrinks to fit
 * only when less than half is used. */
static bool ba_resize(VM *vm, ByteArrayObj *b, size_t size)
{
    size_t alloc = b->cap;
    if (size + 1 <= alloc) {
        if (size >= alloc / 2) {
            b->len = size;
            b->data[size] = 0;
            return true;
        }
        alloc = size + 1;
    } else if ((double)size <= (double)alloc * 1.125) {
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
    } else {
        alloc = size + 1;
    }
    if (size > (SIZE_MAX >> 2)) { err_no_memory(vm); return false; }
    if (!ba_realloc(vm, b, alloc)) return false;
    b->len = size;
    b->data[size] = 0;
    return true;
}

static ByteArrayObj *ba_alloc(VM *vm, Type *t)
{
    ByteArrayObj *b = gc_mem_alloc(vm, sizeof(ByteArrayObj));
    if (!b) return NULL;
    b->ob.refcnt = 1;
    b->ob.type = t;
    b->len = b->cap = 0;
    b->data = NULL;
    return b;
}

Value bytearray_new(VM *vm, const void *data, size_t len)
{
    ByteArrayObj *b = ba_alloc(vm, &type_bytearray);
    if (!b) return VAL_NULL;
    if (len) {
        if (!ba_realloc(vm, b, len + 1)) {
            gc_mem_free(vm, b, sizeof(ByteArrayObj));
            return VAL_NULL;
        }
        if (data) memcpy(b->data, data, len);
        else memset(b->data, 0, len);
        b->data[len] = 0;
        b->len = len;
    }
    return val(b);
}

static void ba_dealloc(VM *vm, Obj *o)
{
    ByteArrayObj *b = (ByteArrayObj *)o;
    gc_mem_free(vm, b->data, b->cap);
    gc_mem_free(vm, o, sizeof(ByteArrayObj));
}

static Value ba_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    (void)t;
    Value a[3];
    if (!args_parse(vm, "bytearray", args, nargs, kwnames, "|source,encoding,errors", a)) return VAL_NULL;
    unsigned char *data;
    size_t len, cap;
    if (!bytes_from_object(vm, a[0], a[1], a[2], "bytearray", &data, &len, &cap)) return VAL_NULL;
    Value r = bytearray_new(vm, data, len);
    gc_mem_free(vm, data, cap);
    return r;
}

static Value ba_repr(VM *vm, Value v)
{
    ByteArrayObj *b = as_ba(v);
    return bytes_repr_data(vm, b->data ? b->data : (const unsigned char *)"", b->len, "bytearray(b", ")");
}

static intptr_t ba_len(VM *vm, Value v) { (void)vm; return (intptr_t)as_ba(v)->len; }

static bool ba_index(VM *vm, ByteArrayObj *b, Value key, intptr_t *i)
{
    if (!is_int(key) && !type_of(key)->index) {
        err_format(vm, &exc_TypeError, "bytearray indices must be integers or slices, not %T", key);
        return false;
    }
    if (!obj_as_index(vm, key, i)) {
        if (!err_matches(vm, &exc_OverflowError)) return false;
        err_clear(vm);
        *i = INTPTR_MAX;
    }
    if (*i < 0) *i += (intptr_t)b->len;
    if (*i < 0 || *i >= (intptr_t)b->len) {
        err_set_str(vm, &exc_IndexError, "bytearray index out of range");
        return false;
    }
    return true;
}

static Value ba_getitem(VM *vm, Value v, Value key)
{
    ByteArrayObj *b = as_ba(v);
    if (is_type(key, &type_slice)) {
        intptr_t start, stop, step;
        intptr_t n = slice_indices(vm, key, (intptr_t)b->len, &start, &stop, &step);
        if (n < 0) return VAL_NULL;
        Value r = bytearray_new(vm, NULL, (size_t)n);
        if (!r) return VAL_NULL;
        for (intptr_t i = 0; i < n; i++) as_ba(r)->data[i] = b->data[start + i * step];
        return r;
    }
    intptr_t i;
    if (!ba_index(vm, b, key, &i)) return VAL_NULL;
    return small(b->data[i]);
}

/* Bytes of an assigned value: a copy (the source may be self). */
static bool assigned_bytes(VM *vm, Value v, unsigned char **data, size_t *len, size_t *cap)
{
    ByteBuf view;
    *data = NULL;
    *len = *cap = 0;
    if (bytes_view(v, &view)) {
        if (!view.len) return true;
        *data = gc_mem_alloc(vm, view.len);
        if (!*data) return false;
        memcpy(*data, view.data, view.len);
        *len = *cap = view.len;
        return true;
    }
    if (is_int(v) || is_str(v) || (!type_of(v)->iter && !type_of(v)->getitem)) {
        err_set_str(vm, &exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return false;
    }
    if (!bytes_from_object(vm, v, VAL_NULL, VAL_NULL, "bytearray", data, len, cap)) {
        if (err_matches(vm, &exc_ValueError)) {
            err_clear(vm);
            err_set_str(vm, &exc_ValueError, "byte must be in range(0, 256)");
        }
        return false;
    }
    return true;
}

/* Replaces b[lo:hi] by n bytes from src. */
static bool ba_splice(VM *vm, ByteArrayObj *b, size_t lo, size_t hi, const unsigned char *src, size_t n)
{
    size_t old_len = b->len, tail = old_len - hi, new_len = old_len - (hi - lo) + n;
    if (new_len > old_len) {
        if (!ba_resize(vm, b, new_len)) return false;
        memmove(b->data + lo + n, b->data + hi, tail);
    } else if (new_len < old_len) {
        memmove(b->data + lo + n, b->data + hi, tail);
        if (!ba_resize(vm, b, new_len)) return false;
    }
    if (n) memcpy(b->data + lo, src, n);
    return true;
}

static int ba_set_slice(VM *vm, ByteArrayObj *b, Value key, Value item)
{
    intptr_t start, stop, step;
    intptr_t n = slice_indices(vm, key, (intptr_t)b->len, &start, &stop, &step);
    if (n < 0) return -1;
    unsigned char *data = NULL;
    size_t len = 0, cap = 0;
    if (item && !assigned_bytes(vm, item, &data, &len, &cap)) return -1;
    bool ok = true;
    if (step == 1) {
        if (stop < start) stop = start;
        ok = ba_splice(vm, b, (size_t)start, (size_t)stop, data, len);
    } else if (item) {
        if (len != (size_t)n) {
            err_format(vm, &exc_ValueError, "attempt to assign bytes of size %zu to extended slice of size %zd", len, n);
            ok = false;
        } else {
            for (intptr_t i = 0; i < n; i++) b->data[start + i * step] = data[i];
        }
    } else if (n > 0) {
        /* delete an extended slice: compact the survivors */
        if (step < 0) { start += step * (n - 1); step = -step; }
        size_t w = (size_t)start;
        for (size_t r = (size_t)start, k = 0; r < b->len; r++) {
            if (k < (size_t)n && r == (size_t)start + k * (size_t)step) { k++; continue; }
            b->data[w++] = b->data[r];
        }
        ok = ba_resize(vm, b, w);
    }
    gc_mem_free(vm, data, cap);
    return ok ? 0 : -1;
}

static int ba_setitem(VM *vm, Value v, Value key, Value item)
{
    ByteArrayObj *b = as_ba(v);
    if (is_type(key, &type_slice)) return ba_set_slice(vm, b, key, item);
    intptr_t i;
    if (!ba_index(vm, b, key, &i)) return -1;
    if (!item) return ba_splice(vm, b, (size_t)i, (size_t)i + 1, NULL, 0) ? 0 : -1;
    unsigned char c;
    if (!byte_from_value(vm, item, &c)) return -1;
    b->data[i] = c;
    return 0;
}

static int ba_contains(VM *vm, Value v, Value item)
{
    ByteBuf s;
    bytes_view(v, &s);
    return bytes_contains_view(vm, &s, item);
}

static Value ba_iter(VM *vm, Value v) { return bytes_iter_new(vm, v); }

static Value ba_add(VM *vm, Value a, Value b)
{
    ByteBuf x, y;
    if (!bytes_view(a, &x)) return NOTIMPL;
    if (!bytes_view(b, &y)) return err_format(vm, &exc_TypeError, "can't concat %T to %T", b, a);
    Value r = bytearray_new(vm, NULL, x.len + y.len);
    if (!r) return VAL_NULL;
    if (x.len) memcpy(as_ba(r)->data, x.data, x.len);
    if (y.len) memcpy(as_ba(r)->data + x.len, y.data, y.len);
    return r;
}

static Value ba_iadd(VM *vm, Value a, Value b)
{
    ByteBuf y;
    if (!bytes_view(b, &y)) return err_format(vm, &exc_TypeError, "can't concat %T to %T", b, a);
    ByteArrayObj *x = as_ba(a);
    size_t old = x->len, n = y.len;
    if (b == a) {   /* b += b: the view moves when we resize */
        if (!ba_resize(vm, x, old * 2)) return VAL_NULL;
        memcpy(x->data + old, x->data, old);
        return incref(a);
    }
    if (!ba_resize(vm, x, old + n)) return VAL_NULL;
    if (n) memcpy(x->data + old, y.data, n);
    return incref(a);
}

static bool count_arg(VM *vm, Value v, intptr_t *n)
{
    if (!is_int(v) && !type_of(v)->index) {
        err_format(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(type_of(v)));
        return false;
    }
    if (!obj_as_index(vm, v, n)) return false;
    if (*n < 0) *n = 0;
    return true;
}

static Value ba_mul(VM *vm, Value a, Value b)
{
    Value seq = is_instance_of(a, &type_bytearray) ? a : b, count = seq == a ? b : a;
    if (!is_int(count) && !type_of(count)->index) return NOTIMPL;
    intptr_t n;
    if (!count_arg(vm, count, &n)) return VAL_NULL;
    ByteArrayObj *x = as_ba(seq);
    if (x->len && (size_t)n > (SIZE_MAX / 4) / x->len) return err_no_memory(vm);
    Value r = bytearray_new(vm, NULL, x->len * (size_t)n);
    if (!r) return VAL_NULL;
    for (intptr_t i = 0; i < n; i++) memcpy(as_ba(r)->data + (size_t)i * x->len, x->data, x->len);
    return r;
}

static Value ba_imul(VM *vm, Value a, Value b)
{
    intptr_t n;
    if (!count_arg(vm, b, &n)) return VAL_NULL;
    ByteArrayObj *x = as_ba(a);
    size_t old = x->len;
    if (old && (size_t)n > (SIZE_MAX / 4) / old) return err_no_memory(vm);
    if (!ba_resize(vm, x, old * (size_t)n)) return VAL_NULL;
    for (intptr_t i = 1; i < n; i++) memcpy(x->data + (size_t)i * old, x->data, old);
    return incref(a);
}

static Value ba_mod_slot(VM *vm, Value a, Value b)
{
    if (!is_instance_of(a, &type_bytearray)) return NOTIMPL;
    return bytes_mod(vm, a, b);
}

/* ---- mutating methods ------------------------------------------------------- */

Value bytearray_append_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "bytearray.append", nargs, kw, 1, 1)) return VAL_NULL;
    unsigned char c;
    if (!byte_from_value(vm, args[0], &c)) return VAL_NULL;
    ByteArrayObj *b = as_ba(self);
    if (!ba_resize(vm, b, b->len + 1)) return VAL_NULL;
    b->data[b->len - 1] = c;
    return NONE;
}

Value bytearray_extend_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "bytearray.extend", nargs, kw, 1, 1)) return VAL_NULL;
    Value x = args[0];
    if (!bytes_view(x, &(ByteBuf){0}) && !type_of(x)->iter && !type_of(x)->getitem)
        return err_format(vm, &exc_TypeError, "can't extend bytearray with %T", x);
    if (is_str(x))
        return err_set_str(vm, &exc_TypeError, "'str' object cannot be interpreted as an integer");
    unsigned char *data;
    size_t len, cap;
    if (!bytes_from_object(vm, x, VAL_NULL, VAL_NULL, "bytearray", &data, &len, &cap)) {
        if (err_matches(vm, &exc_ValueError)) {
            err_clear(vm);
            err_set_str(vm, &exc_ValueError, "byte must be in range(0, 256)");
        }
        return VAL_NULL;
    }
    ByteArrayObj *b = as_ba(self);
    size_t old = b->len;
    bool ok = ba_resize(vm, b, old + len);
    if (ok && len) memcpy(b->data + old, data, len);
    gc_mem_free(vm, data, cap);
    return ok ? NONE : VAL_NULL;
}

Value bytearray_pop_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "bytearray.pop", nargs, kw, 0, 1)) return VAL_NULL;
    ByteArrayObj *b = as_ba(self);
    intptr_t i = -1;
    if (nargs && !obj_as_index(vm, args[0], &i)) return VAL_NULL;
    if (b->len == 0) return err_set_str(vm, &exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += (intptr_t)b->len;
    if (i < 0 || i >= (intptr_t)b->len) return err_set_str(vm, &exc_IndexError, "pop index out of range");
    unsigned char c = b->data[i];
    if (!ba_splice(vm, b, (size_t)i, (size_t)i + 1, NULL, 0)) return VAL_NULL;
    return small(c);
}

Value bytearray_remove_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "bytearray.remove", nargs, kw, 1, 1)) return VAL_NULL;
    unsigned char c;
    if (!byte_from_value(vm, args[0], &c)) return VAL_NULL;
    ByteArrayObj *b = as_ba(self);
    unsigned char *hit = b->len ? memchr(b->data, c, b->len) : NULL;
    if (!hit) return err_set_str(vm, &exc_ValueError, "value not found in bytearray");
    size_t i = (size_t)(hit - b->data);
    if (!ba_splice(vm, b, i, i + 1, NULL, 0)) return VAL_NULL;
    return NONE;
}

Value bytearray_insert_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "bytearray.insert", nargs, kw, 2, 2)) return VAL_NULL;
    intptr_t i;
    if (!obj_as_index(vm, args[0], &i)) return VAL_NULL;
    unsigned char c;
    if (!byte_from_value(vm, args[1], &c)) return VAL_NULL;
    ByteArrayObj *b = as_ba(self);
    intptr_t n = (intptr_t)b->len;
    if (i < 0 && (i += n) < 0) i = 0;
    if (i > n) i = n;
    if (!ba_splice(vm, b, (size_t)i, (size_t)i, &c, 1)) return VAL_NULL;
    return NONE;
}

Value bytearray_clear_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "bytearray.clear", nargs, kw, 0, 0)) return VAL_NULL;
    return ba_resize(vm, as_ba(self), 0) ? NONE : VAL_NULL;
}

Value bytearray_reverse_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "bytearray.reverse", nargs, kw, 0, 0)) return VAL_NULL;
    ByteArrayObj *b = as_ba(self);
    for (size_t i = 0, j = b->len; i + 1 < j; i++, j--) {
        unsigned char t = b->data[i];
        b->data[i] = b->data[j - 1];
        b->data[j - 1] = t;
    }
    return NONE;
}

Value bytearray_copy_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "bytearray.copy", nargs, kw, 0, 0)) return VAL_NULL;
    return bytearray_new(vm, as_ba(self)->data, as_ba(self)->len);
}

Value bytearray_alloc_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "bytearray.__alloc__", nargs, kw, 0, 0)) return VAL_NULL;
    return small((intptr_t)as_ba(self)->cap);
}

static Value ba_new_slot(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    return ba_type_new(vm, t, args, nargs, kwnames);
}

/* Its method table (shared read-only methods plus the mutating ones below)
 * is bytearray_methods in runtime/bytes.c. */
static size_t ba_sizeof(Value v) { return as_obj(v)->type->size + ((ByteArrayObj *)as_obj(v))->cap; }

Type type_bytearray = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "bytearray", .size = sizeof(ByteArrayObj),
    .flags = TF_BASETYPE, .base = &type_object, .dealloc = ba_dealloc, .repr = ba_repr,
    .sizeof_ = ba_sizeof,
    .len = ba_len, .getitem = ba_getitem, .setitem = ba_setitem, .contains = ba_contains,
    .iter = ba_iter, .richcompare = bytes_richcompare_views,
    .binop = {[NB_ADD] = ba_add, [NB_MUL] = ba_mul, [NB_MOD] = ba_mod_slot},
    .inplace = {[NB_ADD] = ba_iadd, [NB_MUL] = ba_imul},
    .getattr = obj_generic_getattr, .new_ = ba_new_slot, .methods = bytearray_methods,
};


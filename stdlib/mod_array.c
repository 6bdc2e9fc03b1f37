/*
 * The array module: compact sequences of C numbers (CPython's type codes
 * b B u h H i I l L q Q f d), with CPython 3.11's methods, conversions and
 * error messages.  The items live in one gc_mem_alloc block that grows with
 * CPython's array_resize policy, so array_sizeof() (the __sizeof__ method)
 * shows how compact an array is: the object plus cap * itemsize bytes.
 * Arrays hold no references, so they are not tracked by the collector.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "stdlib/stdlib.h"
#include "vm/vm.h"

typedef struct ArrayDesc {
    char code;
    size_t itemsize;
    bool is_signed;      /* integer codes */
    int64_t min;         /* signed codes b h i: CPython's range checks */
    uint64_t max;        /* unsigned codes B H I: idem */
    const char *cname;   /* the C type named in the range messages */
} ArrayDesc;

static const ArrayDesc descs[] = {
    {'b', 1, true, INT8_MIN, INT8_MAX, "signed char"},
    {'B', 1, false, 0, UINT8_MAX, "unsigned byte integer"},
    {'u', 4, false, 0, 0, NULL},
    {'h', 2, true, INT16_MIN, INT16_MAX, "signed short integer"},
    {'H', 2, false, 0, UINT16_MAX, "unsigned short"},
    {'i', 4, true, INT32_MIN, INT32_MAX, "signed integer"},
    {'I', 4, false, 0, UINT32_MAX, "unsigned int"},
    {'l', 8, true, INT64_MIN, INT64_MAX, NULL},
    {'L', 8, false, 0, UINT64_MAX, NULL},
    {'q', 8, true, INT64_MIN, INT64_MAX, NULL},
    {'Q', 8, false, 0, UINT64_MAX, NULL},
    {'f', 4, false, 0, 0, NULL},
    {'d', 8, false, 0, 0, NULL},
};
#define TYPECODES "bBuhHiIlLqQfd"

typedef struct ArrayObj {
    Obj ob;
    const ArrayDesc *d;
    size_t len, cap;     /* items */
    char *data;          /* cap * itemsize bytes, or NULL */
} ArrayObj;

typedef struct ArrayIterObj { Obj ob; Value array; size_t index; } ArrayIterObj;

extern Type type_array, type_array_iter;

static inline ArrayObj *as_array(Value v) { return (ArrayObj *)as_obj(v); }
static inline bool is_array(Value v) { return is_type(v, &type_array); }
static inline char *item_ptr(ArrayObj *a, size_t i) { return a->data + i * a->d->itemsize; }

#define FN(name) static Value name(VM *vm, Value self, Value *args, size_t nargs, Value kw)

/* Bytes of the object and its item block, as CPython's array.__sizeof__
 * (the type's sizeof_ slot, behind __sizeof__ and sys.getsizeof). */
size_t array_sizeof(Value v)
{
    ArrayObj *a = as_array(v);
    return sizeof(ArrayObj) + a->cap * a->d->itemsize;
}

/* ---- storage ------------------------------------------------------------------------------- */

static bool set_capacity(VM *vm, ArrayObj *a, size_t cap)
{
    size_t isz = a->d->itemsize;
    if (cap == a->cap) return true;
    if (cap == 0) {
        gc_mem_free(vm, a->data, a->cap * isz);
        a->data = NULL;
        a->cap = 0;
        return true;
    }
    if (cap > (SIZE_MAX >> 2) / isz) {
        err_no_memory(vm);
        return false;
    }
    char *p = a->data ? gc_mem_realloc(vm, a->data, a->cap * isz, cap * isz) : gc_mem_alloc(vm, cap * isz);
    if (!p) return false;
    a->data = p;
    a->cap = cap;
    return true;
}

/* CPython's array_resize: keeps the block while it is big enough and not
 * far too big, else over-allocates by about 1/16. */
static bool array_resize(VM *vm, ArrayObj *a, size_t n)
{
    if (a->cap >= n && a->len < n + 16 && a->data) {
        a->len = n;
        return true;
    }
    if (n == 0) {
        a->len = 0;
        return set_capacity(vm, a, 0);
    }
    if (n > (SIZE_MAX >> 3)) {
        err_no_memory(vm);
        return false;
    }
    if (!set_capacity(vm, a, (n >> 4) + (a->len < 8 ? 3 : 7) + n)) return false;
    a->len = n;
    return true;
}

static ArrayObj *array_alloc(VM *vm, const ArrayDesc *d, size_t len)
{
    ArrayObj *a = gc_mem_alloc(vm, sizeof(ArrayObj));
    if (!a) return NULL;
    a->ob.refcnt = 1;
    a->ob.type = &type_array;
    a->d = d;
    a->len = a->cap = 0;
    a->data = NULL;
    if (len && !set_capacity(vm, a, len)) {
        gc_mem_free(vm, a, sizeof(ArrayObj));
        return NULL;
    }
    a->len = len;
    return a;
}

static Value array_from_data(VM *vm, const ArrayDesc *d, const void *data, size_t len)
{
    ArrayObj *a = array_alloc(vm, d, len);
    if (!a) return VAL_NULL;
    if (len) memcpy(a->data, data, len * d->itemsize);
    return val(a);
}

static void array_dealloc(VM *vm, Obj *o)
{
    ArrayObj *a = (ArrayObj *)o;
    gc_mem_free(vm, a->data, a->cap * a->d->itemsize);
    gc_mem_free(vm, o, sizeof(ArrayObj));
}

/* Replaces items [lo, hi) by n items from src (which must not point into a). */
static bool array_splice(VM *vm, ArrayObj *a, size_t lo, size_t hi, const char *src, size_t n)
{
    size_t isz = a->d->itemsize, old = a->len, tail = old - hi, len = old - (hi - lo) + n;
    if (len > old) {
        if (!array_resize(vm, a, len)) return false;
        memmove(item_ptr(a, lo + n), item_ptr(a, hi), tail * isz);
    } else if (len < old) {
        memmove(item_ptr(a, lo + n), item_ptr(a, hi), tail * isz);
        if (!array_resize(vm, a, len)) return false;
    }
    if (n) memcpy(item_ptr(a, lo), src, n * isz);
    return true;
}

/* ---- items: C values <-> Values ----------------------------------------------------------- */

static Value item_get(VM *vm, const ArrayDesc *d, const char *p)
{
    switch (d->code) {
    case 'b': return small(*(const int8_t *)p);
    case 'B': return small(*(const uint8_t *)p);
    case 'u': return str_from_codepoint(vm, *(const uint32_t *)p);
    case 'h': return small(*(const int16_t *)p);
    case 'H': return small(*(const uint16_t *)p);
    case 'i': return small(*(const int32_t *)p);
    case 'I': return small(*(const uint32_t *)p);
    case 'l': case 'q': { int64_t x; memcpy(&x, p, 8); return int_from_i64(vm, x); }
    case 'L': case 'Q': { uint64_t x; memcpy(&x, p, 8); return int_from_u64(vm, x); }
    case 'f': { float x; memcpy(&x, p, 4); return float_new(vm, x); }
    default: { double x; memcpy(&x, p, 8); return float_new(vm, x); }
    }
}

static Value overflow(VM *vm, const char *msg) { return err_set_str(vm, &exc_OverflowError, msg); }

/* v's magnitude if it is a non-negative int below 2**64. */
static bool int_as_u64(Value v, uint64_t *out)
{
    int64_t s;
    if (is_small(v)) {
        s = small_val(v);
        *out = (uint64_t)s;
        return s >= 0;
    }
    IntObj *o = (IntObj *)as_obj(v);
    if (o->size < 0 || o->size > 3 || (o->size == 3 && o->digits[2] >= 16)) return false;
    uint64_t m = 0;
    for (intptr_t k = o->size; k-- > 0;) m = (m << INT_DIGIT_BITS) | o->digits[k];
    *out = m;
    return true;
}

/* An integer item: range checks and messages as CPython's *_setitem. */
static bool int_item(VM *vm, const ArrayDesc *d, Value v, char *out)
{
    Value n;
    if (is_int(v)) {
        n = incref(v);
    } else if (type_of(v)->index && !is_instance_of(v, &type_float)) {
        if (!(n = obj_index(vm, v))) return false;
    } else {
        err_format(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(type_of(v)));
        return false;
    }
    if (!is_small(n) && as_obj(n)->type == &type_bool) {
        Value b = small(n == TRUE_V);
        decref(vm, n);
        n = b;
    }
    bool ok = true;
    int64_t s = 0;
    uint64_t u = 0;
    int sign = int_sign(n);
    if (d->is_signed) {
        if (!int_to_i64(vm, n, &s)) {
            err_clear(vm);
            overflow(vm, d->code == 'q' ? "int too big to convert" : "Python int too large to convert to C long");
            ok = false;
        } else if (s > (int64_t)d->max) {
            err_format(vm, &exc_OverflowError, "%s is greater than maximum", d->cname);
            ok = false;
        } else if (s < d->min) {
            err_format(vm, &exc_OverflowError, "%s is less than minimum", d->cname);
            ok = false;
        }
    } else if (d->code == 'B' || d->code == 'H') {
        /* converted through a C long first */
        if (!int_to_i64(vm, n, &s)) {
            ok = false;
        } else if (s < 0) {
            err_format(vm, &exc_OverflowError, "%s is less than minimum", d->cname);
            ok = false;
        } else if ((uint64_t)s > d->max) {
            err_format(vm, &exc_OverflowError, "%s is greater than maximum", d->cname);
            ok = false;
        }
        u = (uint64_t)s;
    } else if (sign < 0) {
        overflow(vm, d->code == 'Q' ? "can't convert negative int to unsigned"
                                    : "can't convert negative value to unsigned int");
        ok = false;
    } else if (!int_as_u64(n, &u)) {
        overflow(vm, d->code == 'Q' ? "int too big to convert" : "Python int too large to convert to C unsigned long");
        ok = false;
    } else if (u > d->max) {
        err_format(vm, &exc_OverflowError, "%s is greater than maximum", d->cname);
        ok = false;
    }
    decref(vm, n);
    if (!ok) return false;
    switch (d->itemsize) {
    case 1: { uint8_t x = (uint8_t)(d->is_signed ? (uint64_t)s : u); memcpy(out, &x, 1); break; }
    case 2: { uint16_t x = (uint16_t)(d->is_signed ? (uint64_t)s : u); memcpy(out, &x, 2); break; }
    case 4: { uint32_t x = (uint32_t)(d->is_signed ? (uint64_t)s : u); memcpy(out, &x, 4); break; }
    default: { uint64_t x = d->is_signed ? (uint64_t)s : u; memcpy(out, &x, 8); break; }
    }
    return true;
}

/* Converts v to one item of type d into out (itemsize bytes). */
static bool item_set(VM *vm, const ArrayDesc *d, Value v, char *out)
{
    if (d->code == 'u') {
        if (!is_str(v) || str_len(as_str(v)) != 1) {
            err_set_str(vm, &exc_TypeError, "array item must be unicode character");
            return false;
        }
        uint32_t cp;
        str_utf8_decode(str_cstr(v), &cp);
        memcpy(out, &cp, 4);
        return true;
    }
    if (d->code == 'f' || d->code == 'd') {
        double x;
        if (is_instance_of(v, &type_float)) {
            x = float_val(v);
        } else if (is_int(v)) {
            bool ok;
            x = int_to_double(vm, v, &ok);
            if (!ok) return false;
        } else {
            err_format(vm, &exc_TypeError, "must be real number, not %s", type_name(type_of(v)));
            return false;
        }
        if (d->code == 'f') {
            float f = (float)x;
            memcpy(out, &f, 4);
        } else {
            memcpy(out, &x, 8);
        }
        return true;
    }
    return int_item(vm, d, v, out);
}

static const ArrayDesc *desc_for(char code)
{
    for (size_t i = 0; i < sizeof descs / sizeof *descs; i++)
        if (descs[i].code == code) return &descs[i];
    return NULL;
}

/* ---- growing from other objects --------------------------------------------------------- */

static bool append_value(VM *vm, ArrayObj *a, Value v)
{
    char buf[8];
    if (!item_set(vm, a->d, v, buf)) return false;
    if (!array_resize(vm, a, a->len + 1)) return false;
    memcpy(item_ptr(a, a->len - 1), buf, a->d->itemsize);
    return true;
}

/* Appends every item of an iterable (items appended before an error stay, as CPython). */
static bool extend_iterable(VM *vm, ArrayObj *a, Value iterable)
{
    Value it = obj_iter(vm, iterable);
    if (!it) return false;
    Value x;
    bool ok = true;
    while (ok && (x = obj_iternext(vm, it))) {
        ok = append_value(vm, a, x);
        decref(vm, x);
    }
    decref(vm, it);
    return ok && !err_occurred(vm);
}

/* Appends the items of another array of the same type (which may be a itself). */
static bool extend_array(VM *vm, ArrayObj *a, ArrayObj *b)
{
    if (a->d != b->d) {
        err_set_str(vm, &exc_TypeError, "can only extend with array of same kind");
        return false;
    }
    size_t old = a->len, n = b->len;
    if (!array_resize(vm, a, old + n)) return false;
    if (n) memmove(item_ptr(a, old), b->data, n * a->d->itemsize);
    return true;
}

static bool extend_any(VM *vm, ArrayObj *a, Value v)
{
    return is_array(v) ? extend_array(vm, a, as_array(v)) : extend_iterable(vm, a, v);
}

/* Raw bytes of a bytes-like object (bytes, bytearray, array). */
static bool bytes_like(Value v, const char **data, size_t *len)
{
    if (is_instance_of(v, &type_bytes)) {
        *data = (const char *)((BytesObj *)as_obj(v))->data;
        *len = ((BytesObj *)as_obj(v))->len;
    } else if (is_instance_of(v, &type_bytearray)) {
        *data = (const char *)((ByteArrayObj *)as_obj(v))->data;
        *len = ((ByteArrayObj *)as_obj(v))->len;
    } else if (is_array(v)) {
        *data = as_array(v)->data;
        *len = as_array(v)->len * as_array(v)->d->itemsize;
    } else {
        return false;
    }
    return true;
}

static bool from_bytes(VM *vm, ArrayObj *a, Value v)
{
    const char *data;
    size_t len;
    if (!bytes_like(v, &data, &len)) {
        err_format(vm, &exc_TypeError, "a bytes-like object is required, not '%s'", type_name(type_of(v)));
        return false;
    }
    size_t isz = a->d->itemsize;
    if (len % isz) {
        err_set_str(vm, &exc_ValueError, "bytes length not a multiple of item size");
        return false;
    }
    size_t old = a->len, n = len / isz;
    if (!n) return true;
    /* copy first: v may be a itself */
    char *tmp = gc_mem_alloc(vm, len);
    if (!tmp) return false;
    memcpy(tmp, data, len);
    bool ok = array_resize(vm, a, old + n);
    if (ok) memcpy(item_ptr(a, old), tmp, len);
    gc_mem_free(vm, tmp, len);
    return ok;
}

static bool from_unicode(VM *vm, ArrayObj *a, Value s)
{
    StrObj *so = as_str(s);
    size_t old = a->len;
    if (!array_resize(vm, a, old + str_len(so))) return false;
    const char *p = str_data(so);
    for (size_t i = 0; i < str_len(so); i++) {
        uint32_t cp;
        p += str_utf8_decode(p, &cp);
        memcpy(item_ptr(a, old + i), &cp, 4);
    }
    return true;
}

/* ---- construction -------------------------------------------------------------------------- */

static Value array_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kw)
{
    (void)t;
    if (kw && as_tuple(kw)->len) return err_set_str(vm, &exc_TypeError, "array.array() takes no keyword arguments");
    if (nargs < 1 || nargs > 2)
        return err_format(vm, &exc_TypeError, "array() takes %s %d argument%s (%zu given)",
                          nargs < 1 ? "at least" : "at most", nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s", nargs);
    Value code = args[0];
    if (!is_str(code) || str_len(as_str(code)) != 1)
        return err_format(vm, &exc_TypeError, "array() argument 1 must be a unicode character, not %s",
                          type_name(type_of(code)));
    const ArrayDesc *d = str_is_ascii(as_str(code)) ? desc_for(str_cstr(code)[0]) : NULL;
    if (!d)
        return err_set_str(vm, &exc_ValueError,
                           "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    Value init = nargs == 2 ? args[1] : VAL_NULL;
    if (init && is_str(init) && d->code != 'u')
        return err_format(vm, &exc_TypeError, "cannot use a str to initialize an array with typecode '%c'",
                          d->code);
    if (init && is_array(init) && as_array(init)->d->code == 'u' && d->code != 'u')
        return err_format(vm, &exc_TypeError,
                          "cannot use a unicode array to initialize an array with typecode '%c'", d->code);
    /* a list, tuple or array initializer gets an exact allocation, as CPython's newarrayobject */
    size_t exact = !init ? 0 : is_list(init) ? as_list(init)->len : is_tuple(init) ? as_tuple(init)->len
                 : is_array(init) ? as_array(init)->len : 0;
    ArrayObj *a = array_alloc(vm, d, exact);
    if (!a) return VAL_NULL;
    a->len = 0;
    bool ok = true;
    const char *bdata;
    size_t blen;
    if (!init) {
        ok = true;
    } else if (is_str(init)) {
        ok = from_unicode(vm, a, init);
    } else if (is_array(init) && as_array(init)->d == d) {
        ok = extend_array(vm, a, as_array(init));
    } else if (!is_array(init) && bytes_like(init, &bdata, &blen)) {
        ok = from_bytes(vm, a, init);
    } else {
        ok = extend_iterable(vm, a, init);
    }
    if (!ok) {
        decref(vm, val(a));
        return VAL_NULL;
    }
    return val(a);
}

/* ---- sequence slots -------------------------------------------------------------------------- */

static intptr_t array_len(VM *vm, Value v) { (void)vm; return (intptr_t)as_array(v)->len; }

/* An integer index, made non-negative; IndexError with msg when out of range. */
static bool array_index_arg(VM *vm, ArrayObj *a, Value key, intptr_t *i, const char *msg)
{
    if (!is_int(key) && !type_of(key)->index) {
        err_set_str(vm, &exc_TypeError, "array indices must be integers");
        return false;
    }
    if (!obj_as_index(vm, key, i)) {
        if (!err_matches(vm, &exc_OverflowError)) return false;
        err_clear(vm);
        *i = INTPTR_MAX;
    }
    if (*i < 0) *i += (intptr_t)a->len;
    if (*i < 0 || *i >= (intptr_t)a->len) {
        err_set_str(vm, &exc_IndexError, msg);
        return false;
    }
    return true;
}

static Value array_getitem(VM *vm, Value v, Value key)
{
    ArrayObj *a = as_array(v);
    if (is_type(key, &type_slice)) {
        intptr_t start, stop, step;
        intptr_t n = slice_indices(vm, key, (intptr_t)a->len, &start, &stop, &step);
        if (n < 0) return VAL_NULL;
        ArrayObj *r = array_alloc(vm, a->d, (size_t)n);
        if (!r) return VAL_NULL;
        for (intptr_t k = 0; k < n; k++)
            memcpy(item_ptr(r, (size_t)k), item_ptr(a, (size_t)(start + k * step)), a->d->itemsize);
        return val(r);
    }
    intptr_t i;
    if (!array_index_arg(vm, a, key, &i, "array index out of range")) return VAL_NULL;
    return item_get(vm, a->d, item_ptr(a, (size_t)i));
}

static int array_set_slice(VM *vm, ArrayObj *a, Value key, Value item)
{
    intptr_t start, stop, step;
    intptr_t n = slice_indices(vm, key, (intptr_t)a->len, &start, &stop, &step);
    if (n < 0) return -1;
    size_t isz = a->d->itemsize, len = 0;
    char *src = NULL;
    if (item) {
        if (!is_array(item)) {
            err_format(vm, &exc_TypeError, "can only assign array (not \"%s\") to array slice",
                       type_name(type_of(item)));
            return -1;
        }
        ArrayObj *b = as_array(item);
        if (b->d != a->d) {
            err_set_str(vm, &exc_TypeError, "bad argument type for built-in operation");
            return -1;
        }
        len = b->len;
        if (len) {   /* a copy: item may be a itself */
            if (!(src = gc_mem_alloc(vm, len * isz))) return -1;
            memcpy(src, b->data, len * isz);
        }
    }
    bool ok = true;
    if (step == 1) {
        if (stop < start) stop = start;
        ok = array_splice(vm, a, (size_t)start, (size_t)stop, src, len);
    } else if (item) {
        if (len != (size_t)n) {
            err_format(vm, &exc_ValueError, "attempt to assign array of size %zu to extended slice of size %zd",
                       len, n);
            ok = false;
        } else {
            for (intptr_t k = 0; k < n; k++) memcpy(item_ptr(a, (size_t)(start + k * step)), src + k * isz, isz);
        }
    } else if (n > 0) {
        /* delete an extended slice: compact the survivors */
        if (step < 0) {
            start += step * (n - 1);
            step = -step;
        }
        size_t w = (size_t)start, k = 0;
        for (size_t r = (size_t)start; r < a->len; r++) {
            if (k < (size_t)n && r == (size_t)start + k * (size_t)step) {
                k++;
                continue;
            }
            memmove(item_ptr(a, w++), item_ptr(a, r), isz);
        }
        ok = array_resize(vm, a, w);
    }
    if (src) gc_mem_free(vm, src, len * isz);
    return ok ? 0 : -1;
}

static int array_setitem(VM *vm, Value v, Value key, Value item)
{
    ArrayObj *a = as_array(v);
    if (is_type(key, &type_slice)) return array_set_slice(vm, a, key, item);
    intptr_t i;
    if (!array_index_arg(vm, a, key, &i, "array assignment index out of range")) return -1;
    if (!item) return array_splice(vm, a, (size_t)i, (size_t)i + 1, NULL, 0) ? 0 : -1;
    return item_set(vm, a->d, item, item_ptr(a, (size_t)i)) ? 0 : -1;
}

/* The index of the first item in [start, stop) equal to x, -1 if none, -2 on error. */
static intptr_t find_item(VM *vm, ArrayObj *a, Value x, size_t start, size_t stop)
{
    for (size_t i = start; i < stop && i < a->len; i++) {
        Value y = item_get(vm, a->d, item_ptr(a, i));
        if (!y) return -2;
        int eq = obj_richcompare_bool(vm, y, x, CMP_CODE_EQ);
        decref(vm, y);
        if (eq < 0) return -2;
        if (eq) return (intptr_t)i;
    }
    return -1;
}

static int array_contains(VM *vm, Value v, Value x)
{
    intptr_t i = find_item(vm, as_array(v), x, 0, SIZE_MAX);
    return i == -2 ? -1 : i >= 0;
}

static Value array_repr(VM *vm, Value v)
{
    ArrayObj *a = as_array(v);
    if (a->len == 0) return str_format(vm, "array('%c')", a->d->code);
    Value items = VAL_NULL;
    if (a->d->code == 'u') {
        StrBuf b;
        strbuf_init(&b, vm);
        for (size_t i = 0; i < a->len; i++) {
            char enc[4];
            uint32_t cp;
            memcpy(&cp, item_ptr(a, i), 4);
            strbuf_add(&b, enc, str_utf8_encode(cp, enc));
        }
        items = strbuf_finish(&b);
    } else {
        items = list_new(vm, a->len);
        for (size_t i = 0; items && i < a->len; i++) {
            Value x = item_get(vm, a->d, item_ptr(a, i));
            if (!x || list_append_steal(vm, items, x) < 0) clear_slot(vm, &items);
        }
    }
    if (!items) return VAL_NULL;
    Value r = str_format(vm, "array('%c', %R)", a->d->code, items);
    decref(vm, items);
    return r;
}

static bool array_hash(VM *vm, Value v, intptr_t *out)
{
    (void)v; (void)out;
    err_set_str(vm, &exc_TypeError, "unhashable type: 'array.array'");
    return false;
}

/* Compares item by item as Python values, as CPython's array_richcompare. */
static Value array_richcompare(VM *vm, Value x, Value y, CmpCode op)
{
    if (!is_array(x) || !is_array(y)) return NOTIMPL;
    ArrayObj *a = as_array(x), *b = as_array(y);
    if (a->len != b->len && (op == CMP_CODE_EQ || op == CMP_CODE_NE)) return bool_val(op == CMP_CODE_NE);
    size_t i;
    for (i = 0; i < a->len && i < b->len; i++) {
        Value p = item_get(vm, a->d, item_ptr(a, i)), q = p ? item_get(vm, b->d, item_ptr(b, i)) : VAL_NULL;
        int eq = q ? obj_richcompare_bool(vm, p, q, CMP_CODE_EQ) : -1;
        if (eq == 0) {
            Value r = op == CMP_CODE_EQ ? FALSE_V : op == CMP_CODE_NE ? TRUE_V : obj_richcompare(vm, p, q, op);
            decref(vm, p);
            decref(vm, q);
            return r;
        }
        xdecref(vm, p);
        xdecref(vm, q);
        if (eq < 0) return VAL_NULL;
    }
    size_t na = a->len, nb = b->len;
    bool r;
    switch (op) {
    case CMP_CODE_LT: r = na < nb; break;
    case CMP_CODE_LE: r = na <= nb; break;
    case CMP_CODE_EQ: r = na == nb; break;
    case CMP_CODE_NE: r = na != nb; break;
    case CMP_CODE_GT: r = na > nb; break;
    default: r = na >= nb; break;
    }
    return bool_val(r);
}

static Value array_concat(VM *vm, Value x, Value y)
{
    if (!is_array(x)) return NOTIMPL;
    if (!is_array(y))
        return err_format(vm, &exc_TypeError, "can only append array (not \"%s\") to array", type_name(type_of(y)));
    ArrayObj *a = as_array(x), *b = as_array(y);
    if (a->d != b->d) return err_set_str(vm, &exc_TypeError, "bad argument type for built-in operation");
    ArrayObj *r = array_alloc(vm, a->d, a->len + b->len);
    if (!r) return VAL_NULL;
    size_t isz = a->d->itemsize;
    if (a->len) memcpy(r->data, a->data, a->len * isz);
    if (b->len) memcpy(r->data + a->len * isz, b->data, b->len * isz);
    return val(r);
}

static Value array_inplace_concat(VM *vm, Value x, Value y)
{
    if (!is_array(y))
        return err_format(vm, &exc_TypeError, "can only extend array with array (not \"%s\")", type_name(type_of(y)));
    if (!extend_array(vm, as_array(x), as_array(y))) return VAL_NULL;
    return incref(x);
}

static bool repeat_count(VM *vm, Value v, intptr_t *n)
{
    if (!obj_as_index(vm, v, n)) return false;
    if (*n < 0) *n = 0;
    return true;
}

static Value array_repeat(VM *vm, Value x, Value y)
{
    Value seq = is_array(x) ? x : y, count = seq == x ? y : x;
    if (!is_int(count) && !type_of(count)->index)
        return err_format(vm, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                          seq == x ? type_name(type_of(count)) : "array.array");   /* the left one's repeat wins */
    intptr_t n;
    if (!repeat_count(vm, count, &n)) return VAL_NULL;
    ArrayObj *a = as_array(seq);
    if (a->len && (size_t)n > (SIZE_MAX >> 4) / (a->len * a->d->itemsize)) return err_no_memory(vm);
    ArrayObj *r = array_alloc(vm, a->d, a->len * (size_t)n);
    if (!r) return VAL_NULL;
    size_t bytes = a->len * a->d->itemsize;
    for (intptr_t k = 0; k < n; k++) memcpy(r->data + (size_t)k * bytes, a->data, bytes);
    return val(r);
}

static Value array_inplace_repeat(VM *vm, Value x, Value y)
{
    if (!is_int(y) && !type_of(y)->index)
        return err_format(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(type_of(y)));
    intptr_t n;
    if (!repeat_count(vm, y, &n)) return VAL_NULL;
    ArrayObj *a = as_array(x);
    size_t old = a->len, bytes = old * a->d->itemsize;
    if (old && (size_t)n > (SIZE_MAX >> 4) / bytes) return err_no_memory(vm);
    if (!array_resize(vm, a, old * (size_t)n)) return VAL_NULL;
    for (intptr_t k = 1; k < n; k++) memcpy(a->data + (size_t)k * bytes, a->data, bytes);
    return incref(x);
}

/* ---- iterator ------------------------------------------------------------------------------ */

static Value array_iter(VM *vm, Value v)
{
    ArrayIterObj *it = (ArrayIterObj *)gc_new_object(vm, &type_array_iter, sizeof(ArrayIterObj));
    if (!it) return VAL_NULL;
    it->array = incref(v);
    gc_track(vm, &it->ob);
    return val(it);
}

static void array_iter_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    xdecref(vm, ((ArrayIterObj *)o)->array);
    obj_free(vm, o, sizeof(ArrayIterObj));
}

static int array_iter_traverse(Obj *o, VisitFn visit, void *arg)
{
    ArrayIterObj *it = (ArrayIterObj *)o;
    return it->array ? visit(it->array, arg) : 0;
}

static Value array_iter_self(VM *vm, Value v) { (void)vm; return incref(v); }

static Value array_iter_next(VM *vm, Value v)
{
    ArrayIterObj *it = (ArrayIterObj *)as_obj(v);
    if (!it->array) return VAL_NULL;
    ArrayObj *a = as_array(it->array);
    if (it->index < a->len) return item_get(vm, a->d, item_ptr(a, it->index++));
    clear_slot(vm, &it->array);
    return VAL_NULL;
}

Type type_array_iter = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "arrayiterator", .size = sizeof(ArrayIterObj),
    .flags = TF_GC, .dealloc = array_iter_dealloc, .traverse = array_iter_traverse,
    .iter = array_iter_self, .iternext = array_iter_next,
};

/* ---- methods ------------------------------------------------------------------------------- */

/* METH_O / METH_NOARGS methods: CPython's messages come from args_check,
 * which wants the qualified name, built only when the call is wrong. */
static bool exact_args(VM *vm, const char *name, size_t nargs, Value kw, size_t n)
{
    if (nargs == n && !(kw && as_tuple(kw)->len)) return true;
    char fname[64];
    snprintf(fname, sizeof fname, "array.%s", name);
    return args_check(vm, fname, nargs, kw, n, n);
}

static bool one_arg(VM *vm, const char *name, size_t nargs, Value kw) { return exact_args(vm, name, nargs, kw, 1); }
static bool no_args(VM *vm, const char *name, size_t nargs, Value kw) { return exact_args(vm, name, nargs, kw, 0); }

FN(array_append)
{
    if (!one_arg(vm, "append", nargs, kw) || !append_value(vm, as_array(self), args[0])) return VAL_NULL;
    return NONE;
}

FN(array_extend)
{
    if (!one_arg(vm, "extend", nargs, kw) || !extend_any(vm, as_array(self), args[0])) return VAL_NULL;
    return NONE;
}

FN(array_insert)
{
    if (!args_check(vm, "insert", nargs, kw, 2, 2)) return VAL_NULL;
    intptr_t i;
    if (!obj_as_index(vm, args[0], &i)) return VAL_NULL;
    ArrayObj *a = as_array(self);
    char buf[8];
    if (!item_set(vm, a->d, args[1], buf)) return VAL_NULL;
    intptr_t n = (intptr_t)a->len;
    if (i < 0 && (i += n) < 0) i = 0;
    if (i > n) i = n;
    return array_splice(vm, a, (size_t)i, (size_t)i, buf, 1) ? NONE : VAL_NULL;
}

FN(array_pop)
{
    if (!args_check(vm, "pop", nargs, kw, 0, 1)) return VAL_NULL;
    ArrayObj *a = as_array(self);
    intptr_t i = -1;
    if (nargs && !obj_as_index(vm, args[0], &i)) return VAL_NULL;
    if (a->len == 0) return err_set_str(vm, &exc_IndexError, "pop from empty array");
    if (i < 0) i += (intptr_t)a->len;
    if (i < 0 || i >= (intptr_t)a->len) return err_set_str(vm, &exc_IndexError, "pop index out of range");
    Value x = item_get(vm, a->d, item_ptr(a, (size_t)i));
    if (x && !array_splice(vm, a, (size_t)i, (size_t)i + 1, NULL, 0)) clear_slot(vm, &x);
    return x;
}

FN(array_remove)
{
    if (!one_arg(vm, "remove", nargs, kw)) return VAL_NULL;
    ArrayObj *a = as_array(self);
    intptr_t i = find_item(vm, a, args[0], 0, SIZE_MAX);
    if (i == -2) return VAL_NULL;
    if (i < 0) return err_set_str(vm, &exc_ValueError, "array.remove(x): x not in array");
    return array_splice(vm, a, (size_t)i, (size_t)i + 1, NULL, 0) ? NONE : VAL_NULL;
}

/* A start/stop bound as list.index's: negative counts from the end, clamped. */
static bool bound_arg(VM *vm, Value v, size_t len, size_t *out)
{
    intptr_t i;
    if (!obj_as_index(vm, v, &i)) {
        if (!err_matches(vm, &exc_OverflowError)) return false;
        err_clear(vm);
        i = int_sign(v) < 0 ? INTPTR_MIN / 2 : INTPTR_MAX;
    }
    if (i < 0 && (i += (intptr_t)len) < 0) i = 0;
    *out = (size_t)i;
    return true;
}

FN(array_index)
{
    if (!args_check(vm, "index", nargs, kw, 1, 3)) return VAL_NULL;
    ArrayObj *a = as_array(self);
    size_t start = 0, stop = SIZE_MAX;
    if ((nargs > 1 && !bound_arg(vm, args[1], a->len, &start)) || (nargs > 2 && !bound_arg(vm, args[2], a->len, &stop)))
        return VAL_NULL;
    intptr_t i = find_item(vm, a, args[0], start, stop);
    if (i == -2) return VAL_NULL;
    if (i < 0) return err_set_str(vm, &exc_ValueError, "array.index(x): x not in array");
    return small(i);
}

FN(array_count)
{
    if (!one_arg(vm, "count", nargs, kw)) return VAL_NULL;
    ArrayObj *a = as_array(self);
    intptr_t n = 0;
    for (size_t at = 0;; at++) {
        intptr_t i = find_item(vm, a, args[0], at, SIZE_MAX);
        if (i == -2) return VAL_NULL;
        if (i < 0) break;
        n++;
        at = (size_t)i;
    }
    return small(n);
}

FN(array_reverse)
{
    (void)args;
    if (!no_args(vm, "reverse", nargs, kw)) return VAL_NULL;
    ArrayObj *a = as_array(self);
    size_t isz = a->d->itemsize;
    char tmp[8];
    for (size_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        memcpy(tmp, item_ptr(a, i), isz);
        memcpy(item_ptr(a, i), item_ptr(a, j - 1), isz);
        memcpy(item_ptr(a, j - 1), tmp, isz);
    }
    return NONE;
}

FN(array_byteswap)
{
    (void)args;
    if (!no_args(vm, "byteswap", nargs, kw)) return VAL_NULL;
    ArrayObj *a = as_array(self);
    size_t isz = a->d->itemsize;
    for (size_t i = 0; i < a->len; i++) {
        char *p = item_ptr(a, i);
        for (size_t k = 0; k < isz / 2; k++) {
            char t = p[k];
            p[k] = p[isz - 1 - k];
            p[isz - 1 - k] = t;
        }
    }
    return NONE;
}

FN(array_tolist)
{
    (void)args;
    if (!no_args(vm, "tolist", nargs, kw)) return VAL_NULL;
    ArrayObj *a = as_array(self);
    Value l = list_new(vm, a->len);
    for (size_t i = 0; l && i < a->len; i++) {
        Value x = item_get(vm, a->d, item_ptr(a, i));
        if (!x || list_append_steal(vm, l, x) < 0) clear_slot(vm, &l);
    }
    return l;
}

FN(array_fromlist)
{
    if (!one_arg(vm, "fromlist", nargs, kw)) return VAL_NULL;
    if (!is_list(args[0])) return err_set_str(vm, &exc_TypeError, "arg must be list");
    ArrayObj *a = as_array(self);
    size_t old = a->len;
    ListObj *l = as_list(args[0]);
    for (size_t i = 0; i < l->len; i++) {
        if (!append_value(vm, a, l->items[i])) {
            array_resize(vm, a, old);   /* all or nothing, as CPython */
            return VAL_NULL;
        }
    }
    return NONE;
}

FN(array_tobytes)
{
    (void)args;
    if (!no_args(vm, "tobytes", nargs, kw)) return VAL_NULL;
    ArrayObj *a = as_array(self);
    return bytes_new(vm, a->data, a->len * a->d->itemsize);
}

FN(array_frombytes)
{
    if (!one_arg(vm, "frombytes", nargs, kw) || !from_bytes(vm, as_array(self), args[0])) return VAL_NULL;
    return NONE;
}

FN(array_tofile)
{
    if (!one_arg(vm, "tofile", nargs, kw)) return VAL_NULL;
    ArrayObj *a = as_array(self);
    Value b = bytes_new(vm, a->data, a->len * a->d->itemsize);
    Value r = b ? obj_call_method(vm, args[0], "write", &b, 1) : VAL_NULL;
    xdecref(vm, b);
    if (!r) return VAL_NULL;
    decref(vm, r);
    return NONE;
}

/* fromfile(f, n): n items read from f (EOFError, after appending what was read, if fewer). */
FN(array_fromfile)
{
    if (!args_check(vm, "fromfile", nargs, kw, 2, 2)) return VAL_NULL;
    intptr_t n;
    if (!obj_as_index(vm, args[1], &n)) return VAL_NULL;
    if (n < 0) return err_set_str(vm, &exc_ValueError, "negative count");
    ArrayObj *a = as_array(self);
    size_t isz = a->d->itemsize;
    if ((size_t)n > (SIZE_MAX >> 4) / isz) return err_no_memory(vm);
    Value want = int_from_u64(vm, (uint64_t)n * isz);
    Value b = want ? obj_call_method(vm, args[0], "read", &want, 1) : VAL_NULL;
    xdecref(vm, want);
    if (!b) return VAL_NULL;
    if (!is_instance_of(b, &type_bytes)) {
        decref(vm, b);
        return err_set_str(vm, &exc_TypeError, "read() didn't return bytes");
    }
    size_t got = ((BytesObj *)as_obj(b))->len;
    bool ok = true;
    if (got >= isz) {
        Value part = got == (size_t)n * isz ? incref(b) : bytes_new(vm, ((BytesObj *)as_obj(b))->data, got / isz * isz);
        ok = part && from_bytes(vm, a, part);
        xdecref(vm, part);
    }
    decref(vm, b);
    if (!ok) return VAL_NULL;
    if (got != (size_t)n * isz) return err_set_str(vm, &exc_EOFError, "read() didn't return enough bytes");
    return NONE;
}

FN(array_tounicode)
{
    (void)args;
    if (!no_args(vm, "tounicode", nargs, kw)) return VAL_NULL;
    ArrayObj *a = as_array(self);
    if (a->d->code != 'u')
        return err_set_str(vm, &exc_ValueError, "tounicode() may only be called on unicode type arrays");
    StrBuf b;
    strbuf_init(&b, vm);
    for (size_t i = 0; i < a->len; i++) {
        char enc[4];
        uint32_t cp;
        memcpy(&cp, item_ptr(a, i), 4);
        strbuf_add(&b, enc, str_utf8_encode(cp, enc));
    }
    return strbuf_finish(&b);
}

FN(array_fromunicode)
{
    if (!one_arg(vm, "fromunicode", nargs, kw)) return VAL_NULL;
    if (!is_str(args[0]))
        return err_format(vm, &exc_TypeError, "fromunicode() argument must be str, not %s",
                          type_name(type_of(args[0])));
    ArrayObj *a = as_array(self);
    if (a->d->code != 'u')
        return err_set_str(vm, &exc_ValueError, "fromunicode() may only be called on unicode type arrays");
    return from_unicode(vm, a, args[0]) ? NONE : VAL_NULL;
}

FN(array_buffer_info)
{
    (void)args;
    if (!no_args(vm, "buffer_info", nargs, kw)) return VAL_NULL;
    ArrayObj *a = as_array(self);
    Value addr = int_from_u64(vm, (uint64_t)(uintptr_t)a->data);
    if (!addr) return VAL_NULL;
    Value r = tuple_pack(vm, 2, addr, small((intptr_t)a->len));
    decref(vm, addr);
    return r;
}

FN(array_copy)
{
    (void)args;
    if (!args_check(vm, "__copy__", nargs, kw, 0, 0)) return VAL_NULL;
    ArrayObj *a = as_array(self);
    return array_from_data(vm, a->d, a->data, a->len);
}

FN(array_deepcopy)
{
    (void)args;
    if (!one_arg(vm, "__deepcopy__", nargs, kw)) return VAL_NULL;
    ArrayObj *a = as_array(self);
    return array_from_data(vm, a->d, a->data, a->len);
}

static const MethodDef array_methods[] = {
    {"append", array_append, 0}, {"extend", array_extend, 0}, {"insert", array_insert, 0},
    {"pop", array_pop, 0}, {"remove", array_remove, 0}, {"index", array_index, 0},
    {"count", array_count, 0}, {"reverse", array_reverse, 0}, {"byteswap", array_byteswap, 0},
    {"tolist", array_tolist, 0}, {"fromlist", array_fromlist, 0}, {"tobytes", array_tobytes, 0},
    {"frombytes", array_frombytes, 0}, {"tofile", array_tofile, 0}, {"fromfile", array_fromfile, 0}, {"tounicode", array_tounicode, 0},
    {"fromunicode", array_fromunicode, 0}, {"buffer_info", array_buffer_info, 0},
    {"__copy__", array_copy, 0}, {"__deepcopy__", array_deepcopy, 0},
    {NULL, NULL, 0},
};

static Value get_typecode(VM *vm, Value self) { return str_from_codepoint(vm, (uint32_t)as_array(self)->d->code); }
static Value get_itemsize(VM *vm, Value self) { (void)vm; return small((intptr_t)as_array(self)->d->itemsize); }

static const GetSetDef array_getset[] = {
    {"typecode", get_typecode, NULL}, {"itemsize", get_itemsize, NULL}, {NULL, NULL, NULL},
};

Type type_array = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "array", .size = sizeof(ArrayObj), .base = &type_object,
    .dealloc = array_dealloc, .new_ = array_type_new, .repr = array_repr, .hash = array_hash,
    .sizeof_ = array_sizeof,
    .richcompare = array_richcompare, .getattr = obj_generic_getattr, .iter = array_iter, .len = array_len,
    .getitem = array_getitem, .setitem = array_setitem, .contains = array_contains,
    .binop = {[NB_ADD] = array_concat, [NB_MUL] = array_repeat},
    .inplace = {[NB_ADD] = array_inplace_concat, [NB_MUL] = array_inplace_repeat},
    .methods = array_methods, .getset = array_getset,
};

/* The types say they come from module array (<class 'array.array'>). */
static int set_module(VM *vm, Type *t)
{
    if (t->module) return 0;
    t->module = str_intern_cstr(vm, "array");
    return t->module ? 0 : -1;
}

Value stdlib_array_init(VM *vm)
{
    if (type_ready(vm, &type_array) < 0 || type_ready(vm, &type_array_iter) < 0 || set_module(vm, &type_array) < 0 ||
        set_module(vm, &type_array_iter) < 0)
        return VAL_NULL;
    Value name = str_intern_cstr(vm, "array");
    if (!name) return VAL_NULL;
    Value m = module_new(vm, name);
    decref(vm, name);
    Value codes = m ? str_from_cstr(vm, TYPECODES) : VAL_NULL;
    if (!codes || module_add_object(vm, m, "array", val(&type_array)) < 0 ||
        module_add_object(vm, m, "ArrayType", val(&type_array)) < 0 || module_add_object(vm, m, "typecodes", codes) < 0) {
        xdecref(vm, codes);
        xdecref(vm, m);
        return VAL_NULL;
    }
    decref(vm, codes);
    return m;
}

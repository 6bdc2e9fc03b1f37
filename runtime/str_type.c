/*
 * The str type: its slots (compare, index, slice, concatenate, iterate,
 * %-format) and its methods, with CPython 3.11's signatures and messages.
 *
 * Text is UTF-8 (runtime/str.c): searching works on bytes (a valid UTF-8
 * needle can only match at a code point boundary), and positions are turned
 * into code point indices only where Python sees them.  Unicode properties
 * and case mappings come from runtime/unicode_db.c.  Formatting (% and
 * format()) lives in runtime/str_format.c.
 */
#include <stdio.h>
#include <string.h>

#include "runtime/str_internal.h"
#include "vm/vm.h"

static void str_dealloc(VM *vm, Obj *o)
{
    StrObj *s = (StrObj *)o;
    str_free_index(vm, s);
    obj_free(vm, o, str_block_size(s));
}

static Value str_str(VM *vm, Value v)
{
    if (is_type(v, &type_str)) return incref(v);
    return str_new(vm, str_data(as_str(v)), str_nbytes(as_str(v)));
}

static bool str_hash_slot(VM *vm, Value v, intptr_t *out)
{
    (void)vm;
    *out = str_hash(v);
    return true;
}

/* UTF-8 byte order equals code point order, so memcmp compares as Python does. */
static int str_cmp(Value a, Value b)
{
    StrObj *x = as_str(a), *y = as_str(b);
    size_t n = str_nbytes(x) < str_nbytes(y) ? str_nbytes(x) : str_nbytes(y);
    int c = memcmp(str_data(x), str_data(y), n);
    if (c) return c < 0 ? -1 : 1;
    return str_nbytes(x) < str_nbytes(y) ? -1 : str_nbytes(x) > str_nbytes(y);
}

static Value str_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    (void)vm;
    if (!is_str(a) || !is_str(b)) return NOTIMPL;
    if (op == CMP_CODE_EQ) return bool_val(str_eq(a, b));
    if (op == CMP_CODE_NE) return bool_val(!str_eq(a, b));
    int c = str_cmp(a, b);
    switch (op) {
    case CMP_CODE_LT: return bool_val(c < 0);
    case CMP_CODE_LE: return bool_val(c <= 0);
    case CMP_CODE_GT: return bool_val(c > 0);
    default: return bool_val(c >= 0);
    }
}

static intptr_t str_len_slot(VM *vm, Value v) { (void)vm; return (intptr_t)str_len(as_str(v)); }
static int str_truth(VM *vm, Value v) { (void)vm; return str_len(as_str(v)) != 0; }

/* ---- small helpers -------------------------------------------------------------- */

static inline bool is_cont(unsigned char c) { return (c & 0xc0) == 0x80; }

static size_t count_cps(const StrObj *s, size_t from, size_t to)
{
    if (str_is_ascii(s)) return to - from;
    size_t n = 0;
    for (size_t i = from; i < to; i++) n += !is_cont((unsigned char)str_data(s)[i]);
    return n;
}

/* Byte offset of the code point before byte i (i > 0). */
static size_t prev_cp(const StrObj *s, size_t i)
{
    do i--; while (i > 0 && is_cont((unsigned char)str_data(s)[i]));
    return i;
}

static uint32_t cp_at(const StrObj *s, size_t i)
{
    uint32_t cp;
    str_utf8_decode(str_data(s) + i, &cp);
    return cp;
}

static void add_cp(StrBuf *b, uint32_t cp)
{
    char buf[4];
    strbuf_add(b, buf, str_utf8_encode(cp, buf));
}

static Value new_substr_bytes(VM *vm, Value self, size_t b0, size_t b1)
{
    StrObj *s = as_str(self);
    if (b0 == 0 && b1 == str_nbytes(s) && is_type(self, &type_str)) return incref(self);
    if (str_is_ascii(s)) return str_new_known(vm, str_data(s) + b0, b1 - b0, b1 - b0, true);
    return str_new(vm, str_data(s) + b0, b1 - b0);
}

static const char *find_bytes(const char *hay, size_t hn, const char *needle, size_t nn)
{
    if (nn == 0) return hay;
    if (nn > hn) return NULL;
    if (nn == 1) return memchr(hay, needle[0], hn);
    return memmem(hay, hn, needle, nn);
}

static const char *rfind_bytes(const char *hay, size_t hn, const char *needle, size_t nn)
{
    if (nn > hn) return NULL;
    if (nn == 0) return hay + hn;
    for (const char *p = hay + hn - nn;; p--) {
        if (*p == *needle && memcmp(p, needle, nn) == 0) return p;
        if (p == hay) return NULL;
    }
}

/* PyArg_ParseTuple-style count checks ("find() takes at least 1 argument (0 given)"). */
static bool check_args(VM *vm, const char *name, size_t nargs, Value kw, size_t min, size_t max)
{
    if (kw && as_tuple(kw)->len) {
        err_format(vm, &exc_TypeError, "str.%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs < min) {
        err_format(vm, &exc_TypeError, "%s() takes at least %zu argument%s (%zu given)", name, min,
                   min == 1 ? "" : "s", nargs);
        return false;
    }
    if (nargs > max) {
        err_format(vm, &exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", name, max,
                   max == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

/* METH_NOARGS / METH_O methods. */
static bool check_exact(VM *vm, const char *name, size_t nargs, Value kw, size_t n)
{
    if (nargs == n && !(kw && as_tuple(kw)->len)) return true;
    char fname[64];
    snprintf(fname, sizeof fname, "str.%s", name);
    return args_check(vm, fname, nargs, kw, n, n);
}

/* Argument Clinic methods with keywords: count check, then args_parse. */
static bool parse_kw(VM *vm, const char *name, Value *args, size_t nargs, Value kw, const char *spec,
                     size_t max, Value *out)
{
    if (nargs > max) {
        err_format(vm, &exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", name, max,
                   max == 1 ? "" : "s", nargs);
        return false;
    }
    size_t nkw = kw ? as_tuple(kw)->len : 0;
    if (nargs + nkw > max) {
        err_format(vm, &exc_TypeError, "%s() takes at most %zu keyword argument%s (%zu given)", name, max,
                   max == 1 ? "" : "s", nargs + nkw);
        return false;
    }
    return args_parse(vm, name, args, nargs, kw, spec, out);
}

/* _PyEval_SliceIndex: None keeps the default; huge ints clamp. */
static bool slice_index(VM *vm, Value v, intptr_t *out)
{
    if (!v || v == NONE) return true;
    if (!is_int(v) && !type_of(v)->index) {
        err_set_str(vm, &exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    Value i = obj_index(vm, v);
    if (!i) return false;
    if (is_small(i)) *out = small_val(i);
    else *out = int_sign(i) < 0 ? -INTPTR_MAX : INTPTR_MAX;
    decref(vm, i);
    return true;
}

/* Optional start/end at args[first], args[first+1], adjusted as CPython's
 * ADJUST_INDICES (start may end up past len). */
static bool parse_range(VM *vm, StrObj *s, Value *args, size_t nargs, size_t first, intptr_t *start, intptr_t *end)
{
    intptr_t len = (intptr_t)str_len(s);
    *start = 0;
    *end = INTPTR_MAX;
    if (nargs > first && !slice_index(vm, args[first], start)) return false;
    if (nargs > first + 1 && !slice_index(vm, args[first + 1], end)) return false;
    if (*end > len) *end = len;
    else if (*end < 0 && (*end += len) < 0) *end = 0;
    if (*start < 0 && (*start += len) < 0) *start = 0;
    return true;
}

/* int-like argument (width, count, tabsize...). */
static bool index_arg(VM *vm, Value v, intptr_t *out)
{
    if (!is_int(v) && !type_of(v)->index) {
        err_format(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(type_of(v)));
        return false;
    }
    return obj_as_index(vm, v, out);
}

/* ---- indexing, slicing ------------------------------------------------------------ */

static Value str_char_at(VM *vm, Value v, size_t i)
{
    StrObj *s = as_str(v);
    if (str_is_ascii(s)) return str_new_known(vm, str_data(s) + i, 1, 1, true);
    size_t b = str_byte_offset(vm, s, i);
    uint32_t cp;
    size_t n = str_utf8_decode(str_data(s) + b, &cp);
    return str_new_known(vm, str_data(s) + b, n, 1, cp < 0x80);
}

static Value str_slice_step(VM *vm, Value v, intptr_t start, intptr_t step, intptr_t n)
{
    StrObj *s = as_str(v);
    StrBuf b;
    strbuf_init(&b, vm);
    if (str_is_ascii(s)) {
        for (intptr_t i = 0, at = start; i < n; i++, at += step) strbuf_add_char(&b, str_data(s)[at]);
        return strbuf_finish(&b);
    }
    size_t off = str_byte_offset(vm, s, (size_t)start);
    for (intptr_t i = 0, at = start; i < n; i++, at += step) {
        if (i) off = step > 0 ? str_advance(s, off, (size_t)step) : str_byte_offset(vm, s, (size_t)at);
        uint32_t cp;
        strbuf_add(&b, str_data(s) + off, str_utf8_decode(str_data(s) + off, &cp));
    }
    return strbuf_finish(&b);
}

static Value str_getitem(VM *vm, Value v, Value key)
{
    StrObj *s = as_str(v);
    if (is_type(key, &type_slice)) {
        intptr_t start, stop, step;
        intptr_t n = slice_indices(vm, key, (intptr_t)str_len(s), &start, &stop, &step);
        if (n < 0) return VAL_NULL;
        if (n == 0) return str_new(vm, "", 0);
        if (step == 1) return str_substr(vm, v, (size_t)start, (size_t)stop);
        return str_slice_step(vm, v, start, step, n);
    }
    if (!is_int(key) && !type_of(key)->index)
        return err_format(vm, &exc_TypeError, "string indices must be integers, not '%T'", key);
    intptr_t i;
    if (!obj_as_index(vm, key, &i)) {
        if (err_matches(vm, &exc_OverflowError)) {
            err_clear(vm);
            return err_set_str(vm, &exc_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        return VAL_NULL;
    }
    if (i < 0) i += (intptr_t)str_len(s);
    if (i < 0 || i >= (intptr_t)str_len(s)) return err_set_str(vm, &exc_IndexError, "string index out of range");
    return str_char_at(vm, v, (size_t)i);
}

static int str_contains(VM *vm, Value v, Value item)
{
    if (!is_str(item)) {
        err_format(vm, &exc_TypeError, "'in <string>' requires string as left operand, not %T", item);
        return -1;
    }
    StrObj *s = as_str(v), *n = as_str(item);
    return find_bytes(str_data(s), str_nbytes(s), str_data(n), str_nbytes(n)) != NULL;
}

/* ---- operators ------------------------------------------------------------------ */

static Value str_repeat(VM *vm, Value s, Value count)
{
    intptr_t n;
    if (!obj_as_index(vm, count, &n)) return VAL_NULL;
    StrObj *x = as_str(s);
    if (n <= 0 || str_nbytes(x) == 0) return str_new(vm, "", 0);
    if (n == 1 && is_type(s, &type_str)) return incref(s);
    if ((size_t)n > (SIZE_MAX / 4) / str_nbytes(x)) return err_no_memory(vm);
    size_t total = str_nbytes(x) * (size_t)n;
    StrObj *r = str_alloc_raw(vm, total);
    if (!r) return VAL_NULL;
    if (str_nbytes(x) == 1) {
        memset(str_buf(r), str_data(x)[0], total);
    } else {
        /* doubling copies */
        memcpy(str_buf(r), str_data(x), str_nbytes(x));
        size_t done = str_nbytes(x);
        while (done < total) {
            size_t chunk = done < total - done ? done : total - done;
            memcpy(str_buf(r) + done, str_buf(r), chunk);
            done += chunk;
        }
    }
    str_set_len(r, str_len(x) * (size_t)n, str_is_ascii(x));
    return val(r);
}

static Value str_add(VM *vm, Value a, Value b)
{
    if (!is_str(a) || !is_str(b)) return NOTIMPL;
    return str_concat(vm, a, b);
}

static Value str_mul(VM *vm, Value a, Value b)
{
    if (is_str(a) && (is_int(b) || type_of(b)->index)) return str_repeat(vm, a, b);
    if (is_str(b) && (is_int(a) || type_of(a)->index)) return str_repeat(vm, b, a);
    return NOTIMPL;
}

static Value str_mod_slot(VM *vm, Value a, Value b)
{
    if (!is_str(a)) return NOTIMPL;
    return str_mod(vm, a, b);
}

/* ---- iterator ---------------------------------------------------------------------- */

typedef struct StrIterObj { Obj ob; Value s; size_t byte, index; } StrIterObj;

static void str_iter_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    xdecref(vm, ((StrIterObj *)o)->s);
    obj_free(vm, o, sizeof(StrIterObj));
}
static int str_iter_traverse(Obj *o, VisitFn visit, void *arg)
{
    StrIterObj *it = (StrIterObj *)o;
    return it->s ? visit(it->s, arg) : 0;
}
static Value iter_self(VM *vm, Value v) { (void)vm; return incref(v); }
static Value str_iter_next(VM *vm, Value v)
{
    StrIterObj *it = (StrIterObj *)as_obj(v);
    if (!it->s) return VAL_NULL;
    StrObj *s = as_str(it->s);
    if (it->byte >= str_nbytes(s)) {
        clear_slot(vm, &it->s);
        return VAL_NULL;
    }
    uint32_t cp;
    size_t n = str_utf8_decode(str_data(s) + it->byte, &cp);
    Value c = str_new_known(vm, str_data(s) + it->byte, n, 1, cp < 0x80);
    it->byte += n;
    it->index++;
    return c;
}

static Value str_iter_length_hint(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "str_ascii_iterator.__length_hint__", nargs, kw, 0, 0)) return VAL_NULL;
    StrIterObj *it = (StrIterObj *)as_obj(self);
    size_t len = it->s ? str_len(as_str(it->s)) : 0;
    return small(it->s && len > it->index ? (intptr_t)(len - it->index) : 0);
}
static const MethodDef str_iter_methods[] = {{"__length_hint__", str_iter_length_hint, 0}, {NULL, NULL, 0}};

Type type_str_iter = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "str_ascii_iterator", .size = sizeof(StrIterObj),
    .flags = TF_GC, .dealloc = str_iter_dealloc, .traverse = str_iter_traverse,
    .iter = iter_self, .iternext = str_iter_next, .methods = str_iter_methods,
};

static Value str_iter(VM *vm, Value v)
{
    StrIterObj *it = (StrIterObj *)gc_new_object(vm, &type_str_iter, sizeof(StrIterObj));
    if (!it) return VAL_NULL;
    it->s = incref(v);
    gc_track(vm, &it->ob);
    return val(it);
}

/* ---- construction: str(x), str(b, encoding, errors) ----------------------------------- */

static Value str_exact_new(VM *vm, Value *args, size_t nargs, Value kwnames);

/* str(...) for a subclass: the text of an exact str in a block of the
 * class's size (runtime/class.c lays str subclasses out with nothing after). */
static Value str_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    Value s = str_exact_new(vm, args, nargs, kwnames);
    if (!s || t == &type_str) return s;
    StrObj *src = as_str(s);
    StrFull *o = (StrFull *)gc_new_object(vm, t, t->size + str_nbytes(src) + 1);
    if (o) {
        /* always the full layout (zeroed: no index yet) */
        o->ob.aux = src->ob.aux & STR_ASCII;
        o->hash = -1;
        o->len = str_len(src);
        o->nbytes = str_nbytes(src);
        memcpy(o->data, str_data(src), str_nbytes(src) + 1);
        if (t->flags & TF_HEAP) incref(val(t));
        gc_track(vm, &o->ob);
    }
    decref(vm, s);
    return o ? val(o) : VAL_NULL;
}

static Value str_exact_new(VM *vm, Value *args, size_t nargs, Value kwnames)
{
    Value a[3];
    if (nargs > 3) return err_format(vm, &exc_TypeError, "str() takes at most 3 arguments (%zu given)", nargs);
    for (size_t k = 0; kwnames && k < as_tuple(kwnames)->len; k++) {
        const char *kn = str_cstr(as_tuple(kwnames)->items[k]);
        if (strcmp(kn, "object") && strcmp(kn, "encoding") && strcmp(kn, "errors"))
            return err_format(vm, &exc_TypeError, "'%s' is an invalid keyword argument for str()", kn);
    }
    if (!args_parse(vm, "str", args, nargs, kwnames, "|object,encoding,errors", a)) return VAL_NULL;
    if (!a[0]) return str_new(vm, "", 0);
    if (!a[1] && !a[2]) return obj_str(vm, a[0]);
    if (is_str(a[0])) return err_set_str(vm, &exc_TypeError, "decoding str is not supported");
    ByteBuf view;
    if (!bytes_view(a[0], &view))
        return err_format(vm, &exc_TypeError, "decoding to str: need a bytes-like object, %T found", a[0]);
    if (a[1] && !is_str(a[1]))
        return err_format(vm, &exc_TypeError, "str() argument 'encoding' must be str, not %s", arg_type_name(a[1]));
    if (a[2] && !is_str(a[2]))
        return err_format(vm, &exc_TypeError, "str() argument 'errors' must be str, not %s", arg_type_name(a[2]));
    return bytes_decode(vm, view.data, view.len, a[1], a[2]);
}

/* ---- find, index, count, startswith, endswith ---------------------------------------- */

/* Code point index of sub in s[start:end], or -1. */
static intptr_t find_in(VM *vm, StrObj *s, StrObj *sub, intptr_t start, intptr_t end, bool reverse)
{
    if (end - start < (intptr_t)str_len(sub)) return -1;
    if (str_nbytes(sub) == 0) return reverse ? end : start;
    size_t b0 = str_byte_offset(vm, s, (size_t)start), b1 = str_byte_offset(vm, s, (size_t)end);
    if (!reverse) {
        const char *hit = find_bytes(str_data(s) + b0, b1 - b0, str_data(sub), str_nbytes(sub));
        return hit ? start + (intptr_t)count_cps(s, b0, (size_t)(hit - str_data(s))) : -1;
    }
    const char *hit = rfind_bytes(str_data(s) + b0, b1 - b0, str_data(sub), str_nbytes(sub));
    return hit ? end - (intptr_t)count_cps(s, (size_t)(hit - str_data(s)), b1) : -1;
}

static Value find_impl(VM *vm, Value self, Value *args, size_t nargs, Value kw, const char *name, bool raise,
                       bool reverse)
{
    if (!check_args(vm, name, nargs, kw, 1, 3)) return VAL_NULL;
    if (!is_str(args[0])) return err_format(vm, &exc_TypeError, "must be str, not %T", args[0]);
    StrObj *s = as_str(self);
    intptr_t start, end;
    if (!parse_range(vm, s, args, nargs, 1, &start, &end)) return VAL_NULL;
    intptr_t r = find_in(vm, s, as_str(args[0]), start, end, reverse);
    if (r < 0 && raise) return err_set_str(vm, &exc_ValueError, "substring not found");
    return small(r);
}
static Value str_find_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return find_impl(vm, self, args, nargs, kw, "find", false, false); }
static Value str_rfind_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return find_impl(vm, self, args, nargs, kw, "rfind", false, true); }
static Value str_index_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return find_impl(vm, self, args, nargs, kw, "index", true, false); }
static Value str_rindex_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return find_impl(vm, self, args, nargs, kw, "rindex", true, true); }

static Value str_count_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!check_args(vm, "count", nargs, kw, 1, 3)) return VAL_NULL;
    if (!is_str(args[0])) return err_format(vm, &exc_TypeError, "must be str, not %T", args[0]);
    StrObj *s = as_str(self), *sub = as_str(args[0]);
    intptr_t start, end;
    if (!parse_range(vm, s, args, nargs, 1, &start, &end)) return VAL_NULL;
    if (end - start < (intptr_t)str_len(sub)) return small(0);
    if (str_nbytes(sub) == 0) return small(end - start + 1);
    size_t i = str_byte_offset(vm, s, (size_t)start), b1 = str_byte_offset(vm, s, (size_t)end);
    intptr_t count = 0;
    const char *hit;
    while ((hit = find_bytes(str_data(s) + i, b1 - i, str_data(sub), str_nbytes(sub)))) {
        count++;
        i = (size_t)(hit - str_data(s)) + str_nbytes(sub);
    }
    return small(count);
}

/* CPython's tailmatch. */
static bool tail_match(VM *vm, StrObj *s, StrObj *x, intptr_t start, intptr_t end, bool suffix)
{
    end -= (intptr_t)str_len(x);
    if (end < start) return false;
    if (str_nbytes(x) == 0) return true;
    size_t at = suffix ? str_byte_offset(vm, s, (size_t)end) : str_byte_offset(vm, s, (size_t)start);
    return at + str_nbytes(x) <= str_nbytes(s) && memcmp(str_data(s) + at, str_data(x), str_nbytes(x)) == 0;
}

static Value prefix_suffix(VM *vm, Value self, Value *args, size_t nargs, Value kw, bool suffix)
{
    const char *name = suffix ? "endswith" : "startswith";
    if (!check_args(vm, name, nargs, kw, 1, 3)) return VAL_NULL;
    StrObj *s = as_str(self);
    intptr_t start, end;
    if (!parse_range(vm, s, args, nargs, 1, &start, &end)) return VAL_NULL;
    Value arg = args[0];
    if (is_tuple(arg)) {
        for (size_t k = 0; k < as_tuple(arg)->len; k++) {
            Value p = as_tuple(arg)->items[k];
            if (!is_str(p))
                return err_format(vm, &exc_TypeError, "tuple for %s must only contain str, not %T", name, p);
            if (tail_match(vm, s, as_str(p), start, end, suffix)) return TRUE_V;
        }
        return FALSE_V;
    }
    if (!is_str(arg))
        return err_format(vm, &exc_TypeError, "%s first arg must be str or a tuple of str, not %T", name, arg);
    return bool_val(tail_match(vm, s, as_str(arg), start, end, suffix));
}
static Value str_startswith_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return prefix_suffix(vm, self, args, nargs, kw, false); }
static Value str_endswith_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return prefix_suffix(vm, self, args, nargs, kw, true); }

/* ---- split family -------------------------------------------------------------------- */

static bool append_part(VM *vm, Value out, Value self, size_t b0, size_t b1)
{
    Value part = new_substr_bytes(vm, self, b0, b1);
    return part && list_append_steal(vm, out, part) == 0;
}

static bool space_at(const StrObj *s, size_t i, size_t *len)
{
    unsigned char c = (unsigned char)str_data(s)[i];
    if (c < 0x80) { *len = 1; return uni_is_space(c); }
    uint32_t cp;
    *len = str_utf8_decode(str_data(s) + i, &cp);
    return uni_is_space(cp);
}

static bool split_whitespace(VM *vm, Value self, intptr_t maxsplit, Value out)
{
    StrObj *s = as_str(self);
    size_t i = 0, n = str_nbytes(s), k;
    while (i < n) {
        while (i < n && space_at(s, i, &k)) i += k;
        if (i >= n) break;
        size_t j = i;
        if (maxsplit == 0) return append_part(vm, out, self, i, n);   /* the rest, as is */
        while (j < n && !space_at(s, j, &k)) j += k;
        if (!append_part(vm, out, self, i, j)) return false;
        maxsplit--;
        i = j;
    }
    return true;
}

static bool rsplit_whitespace(VM *vm, Value self, intptr_t maxsplit, Value out)
{
    StrObj *s = as_str(self);
    size_t j = str_nbytes(s), k;
    while (j > 0) {
        while (j > 0 && space_at(s, prev_cp(s, j), &k)) j = prev_cp(s, j);
        if (j == 0) break;
        size_t i = j;
        if (maxsplit == 0) return append_part(vm, out, self, 0, j);
        while (i > 0 && !space_at(s, prev_cp(s, i), &k)) i = prev_cp(s, i);
        if (!append_part(vm, out, self, i, j)) return false;
        maxsplit--;
        j = i;
    }
    return true;
}

static bool list_reverse_in_place(Value list)
{
    ListObj *l = as_list(list);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
    return true;
}

static Value split_impl(VM *vm, Value self, Value *args, size_t nargs, Value kw, bool reverse)
{
    const char *name = reverse ? "rsplit" : "split";
    Value a[2];
    if (!parse_kw(vm, name, args, nargs, kw, "|sep,maxsplit", 2, a)) return VAL_NULL;
    intptr_t maxsplit = -1;
    if (a[0] && a[0] != NONE && !is_str(a[0]))
        return err_format(vm, &exc_TypeError, "must be str or None, not %T", a[0]);
    if (a[1] && !index_arg(vm, a[1], &maxsplit)) return VAL_NULL;
    if (maxsplit < 0) maxsplit = INTPTR_MAX;
    if (a[0] && a[0] != NONE && str_nbytes(as_str(a[0])) == 0)
        return err_set_str(vm, &exc_ValueError, "empty separator");
    Value out = list_new(vm, 0);
    if (!out) return VAL_NULL;
    StrObj *s = as_str(self);
    bool ok = true;
    if (!a[0] || a[0] == NONE) {
        ok = reverse ? rsplit_whitespace(vm, self, maxsplit, out) : split_whitespace(vm, self, maxsplit, out);
    } else {
        StrObj *sep = as_str(a[0]);
        if (!reverse) {
            size_t i = 0;
            const char *hit;
            while (ok && maxsplit-- > 0 && (hit = find_bytes(str_data(s) + i, str_nbytes(s) - i, str_data(sep), str_nbytes(sep)))) {
                ok = append_part(vm, out, self, i, (size_t)(hit - str_data(s)));
                i = (size_t)(hit - str_data(s)) + str_nbytes(sep);
            }
            ok = ok && append_part(vm, out, self, i, str_nbytes(s));
        } else {
            size_t j = str_nbytes(s);
            const char *hit;
            while (ok && maxsplit-- > 0 && (hit = rfind_bytes(str_data(s), j, str_data(sep), str_nbytes(sep)))) {
                ok = append_part(vm, out, self, (size_t)(hit - str_data(s)) + str_nbytes(sep), j);
                j = (size_t)(hit - str_data(s));
            }
            ok = ok && append_part(vm, out, self, 0, j);
        }
    }
    if (!ok) { decref(vm, out); return VAL_NULL; }
    if (reverse) list_reverse_in_place(out);
    return out;
}
static Value str_split_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return split_impl(vm, self, args, nargs, kw, false); }
static Value str_rsplit_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return split_impl(vm, self, args, nargs, kw, true); }

static Value str_splitlines_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    Value a[1];
    if (!parse_kw(vm, "splitlines", args, nargs, kw, "|keepends", 1, a)) return VAL_NULL;
    intptr_t keep = 0;
    if (a[0] && !index_arg(vm, a[0], &keep)) return VAL_NULL;
    StrObj *s = as_str(self);
    Value out = list_new(vm, 0);
    if (!out) return VAL_NULL;
    size_t i = 0, n = str_nbytes(s);
    while (i < n) {
        size_t j = i, eol = 0;
        while (j < n) {
            uint32_t cp;
            size_t k = str_utf8_decode(str_data(s) + j, &cp);
            if (cp < 0x80 ? (cp == '\n' || cp == '\r' || (cp >= 0x0b && cp <= 0x0c) || (cp >= 0x1c && cp <= 0x1e))
                          : uni_is(cp, UNI_LINEBREAK)) {
                eol = k;
                if (cp == '\r' && j + 1 < n && str_data(s)[j + 1] == '\n') eol = 2;
                break;
            }
            j += k;
        }
        if (!append_part(vm, out, self, i, keep ? j + eol : j)) { decref(vm, out); return VAL_NULL; }
        i = j + eol;
    }
    return out;
}

static Value partition_impl(VM *vm, Value self, Value *args, size_t nargs, Value kw, bool reverse)
{
    if (!check_exact(vm, reverse ? "rpartition" : "partition", nargs, kw, 1)) return VAL_NULL;
    if (!is_str(args[0])) return err_format(vm, &exc_TypeError, "must be str, not %T", args[0]);
    StrObj *s = as_str(self), *sep = as_str(args[0]);
    if (str_nbytes(sep) == 0) return err_set_str(vm, &exc_ValueError, "empty separator");
    const char *hit = reverse ? rfind_bytes(str_data(s), str_nbytes(s), str_data(sep), str_nbytes(sep))
                              : find_bytes(str_data(s), str_nbytes(s), str_data(sep), str_nbytes(sep));
    Value parts[3];
    if (!hit) {
        Value empty = str_new(vm, "", 0);
        if (!empty) return VAL_NULL;
        parts[reverse ? 2 : 0] = incref(self);
        parts[1] = incref(empty);
        parts[reverse ? 0 : 2] = empty;
    } else {
        size_t at = (size_t)(hit - str_data(s));
        parts[0] = new_substr_bytes(vm, self, 0, at);
        parts[1] = incref(args[0]);
        parts[2] = new_substr_bytes(vm, self, at + str_nbytes(sep), str_nbytes(s));
    }
    Value t = parts[0] && parts[2] ? tuple_from_array(vm, parts, 3) : VAL_NULL;
    for (int i = 0; i < 3; i++) xdecref(vm, parts[i]);
    return t;
}
static Value str_partition_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return partition_impl(vm, self, args, nargs, kw, false); }
static Value str_rpartition_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return partition_impl(vm, self, args, nargs, kw, true); }

/* ---- join, replace --------------------------------------------------------------------- */

static Value join_items(VM *vm, Value self, const Value *items, size_t n)
{
    StrObj *sep = as_str(self);
    if (n == 1 && is_type(items[0], &type_str)) return incref(items[0]);
    size_t total = 0, len = 0;
    bool ascii = str_is_ascii(sep);
    for (size_t i = 0; i < n; i++) {
        if (!is_str(items[i]))
            return err_format(vm, &exc_TypeError, "sequence item %zu: expected str instance, %T found", i, items[i]);
        StrObj *x = as_str(items[i]);
        total += str_nbytes(x);
        len += str_len(x);
        ascii = ascii && str_is_ascii(x);
    }
    if (n > 1) {
        total += str_nbytes(sep) * (n - 1);
        len += str_len(sep) * (n - 1);
    }
    StrObj *r = str_alloc_raw(vm, total);
    if (!r) return VAL_NULL;
    char *p = str_buf(r);
    for (size_t i = 0; i < n; i++) {
        if (i && str_nbytes(sep)) { memcpy(p, str_data(sep), str_nbytes(sep)); p += str_nbytes(sep); }
        StrObj *x = as_str(items[i]);
        memcpy(p, str_data(x), str_nbytes(x));
        p += str_nbytes(x);
    }
    str_set_len(r, len, ascii);
    return val(r);
}

static Value str_join_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!check_exact(vm, "join", nargs, kw, 1)) return VAL_NULL;
    Value x = args[0];
    if (is_list(x)) {
        /* items may not change under us: join_items calls no Python code */
        return join_items(vm, self, as_list(x)->items, as_list(x)->len);
    }
    if (is_tuple(x)) return join_items(vm, self, as_tuple(x)->items, as_tuple(x)->len);
    if (!type_of(x)->iter && !type_of(x)->getitem) return err_set_str(vm, &exc_TypeError, "can only join an iterable");
    Value items = list_from_iterable(vm, x);
    if (!items) return VAL_NULL;
    Value r = join_items(vm, self, as_list(items)->items, as_list(items)->len);
    decref(vm, items);
    return r;
}

static Value replace_empty(VM *vm, Value self, StrObj *new_, intptr_t count)
{
    StrObj *s = as_str(self);
    StrBuf b;
    strbuf_init(&b, vm);
    size_t i = 0;
    for (size_t k = 0; k <= str_len(s); k++) {
        if (count < 0 || (intptr_t)k < count) strbuf_add(&b, str_data(new_), str_nbytes(new_));
        if (k == str_len(s)) break;
        size_t j = str_advance(s, i, 1);
        strbuf_add(&b, str_data(s) + i, j - i);
        i = j;
    }
    return strbuf_finish(&b);
}

static Value str_replace_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "replace", nargs, kw, 2, 3)) return VAL_NULL;
    if (!is_str(args[0])) return err_format(vm, &exc_TypeError, "replace() argument 1 must be str, not %s", arg_type_name(args[0]));
    if (!is_str(args[1])) return err_format(vm, &exc_TypeError, "replace() argument 2 must be str, not %s", arg_type_name(args[1]));
    intptr_t count = -1;
    if (nargs == 3 && !index_arg(vm, args[2], &count)) return VAL_NULL;
    StrObj *s = as_str(self), *old = as_str(args[0]), *new_ = as_str(args[1]);
    if (str_nbytes(old) == 0) return replace_empty(vm, self, new_, count);
    /* pass 1: count the matches, so the result is allocated once */
    size_t hits = 0, i = 0;
    const char *hit;
    while ((count < 0 || (intptr_t)hits < count) &&
           (hit = find_bytes(str_data(s) + i, str_nbytes(s) - i, str_data(old), str_nbytes(old)))) {
        hits++;
        i = (size_t)(hit - str_data(s)) + str_nbytes(old);
    }
    if (hits == 0) return new_substr_bytes(vm, self, 0, str_nbytes(s));
    size_t total = str_nbytes(s) - hits * str_nbytes(old);
    if (str_nbytes(new_) && hits > (SIZE_MAX / 4 - total) / str_nbytes(new_)) return err_no_memory(vm);
    total += hits * str_nbytes(new_);
    StrObj *r = str_alloc_raw(vm, total);
    if (!r) return VAL_NULL;
    char *p = str_buf(r);
    i = 0;
    for (size_t k = 0; k < hits; k++) {
        hit = find_bytes(str_data(s) + i, str_nbytes(s) - i, str_data(old), str_nbytes(old));
        size_t at = (size_t)(hit - str_data(s));
        memcpy(p, str_data(s) + i, at - i);
        p += at - i;
        memcpy(p, str_data(new_), str_nbytes(new_));
        p += str_nbytes(new_);
        i = at + str_nbytes(old);
    }
    memcpy(p, str_data(s) + i, str_nbytes(s) - i);
    bool ascii = str_is_ascii(s) && str_is_ascii(new_);
    if (!ascii) {   /* removing all non-ASCII text can leave ASCII */
        ascii = true;
        for (size_t k = 0; k < total && ascii; k++) ascii = (unsigned char)str_buf(r)[k] < 0x80;
    }
    str_set_len(r, str_len(s) - hits * str_len(old) + hits * str_len(new_), ascii);
    return val(r);
}

/* ---- strip ------------------------------------------------------------------------------ */

static bool cp_in(const StrObj *chars, const char *p, size_t n)
{
    return find_bytes(str_data(chars), str_nbytes(chars), p, n) != NULL;
}

static Value strip_impl(VM *vm, Value self, Value *args, size_t nargs, Value kw, int which, const char *name)
{
    if (!args_check(vm, name, nargs, kw, 0, 1)) return VAL_NULL;
    StrObj *s = as_str(self);
    Value chars = nargs && args[0] != NONE ? args[0] : VAL_NULL;
    if (chars && !is_str(chars)) return err_format(vm, &exc_TypeError, "%s arg must be None or str", name);
    size_t lo = 0, hi = str_nbytes(s), k;
    if (!chars) {
        if (which & 1) while (lo < hi && space_at(s, lo, &k)) lo += k;
        if (which & 2) while (hi > lo && space_at(s, prev_cp(s, hi), &k)) hi = prev_cp(s, hi);
    } else {
        StrObj *c = as_str(chars);
        if (which & 1) {
            while (lo < hi) {
                uint32_t cp;
                size_t n = str_utf8_decode(str_data(s) + lo, &cp);
                if (!cp_in(c, str_data(s) + lo, n)) break;
                lo += n;
            }
        }
        if (which & 2) {
            while (hi > lo) {
                size_t start = prev_cp(s, hi);
                if (!cp_in(c, str_data(s) + start, hi - start)) break;
                hi = start;
            }
        }
    }
    return new_substr_bytes(vm, self, lo, hi);
}
static Value str_strip_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return strip_impl(vm, self, args, nargs, kw, 3, "strip"); }
static Value str_lstrip_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return strip_impl(vm, self, args, nargs, kw, 1, "lstrip"); }
static Value str_rstrip_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return strip_impl(vm, self, args, nargs, kw, 2, "rstrip"); }

static Value affix_impl(VM *vm, Value self, Value *args, size_t nargs, Value kw, bool suffix)
{
    const char *name = suffix ? "removesuffix" : "removeprefix";
    if (!check_exact(vm, name, nargs, kw, 1)) return VAL_NULL;
    if (!is_str(args[0])) return err_format(vm, &exc_TypeError, "%s() argument must be str, not %s", name, arg_type_name(args[0]));
    StrObj *s = as_str(self), *x = as_str(args[0]);
    if (str_nbytes(x) && str_nbytes(x) <= str_nbytes(s)) {
        if (!suffix && memcmp(str_data(s), str_data(x), str_nbytes(x)) == 0)
            return new_substr_bytes(vm, self, str_nbytes(x), str_nbytes(s));
        if (suffix && memcmp(str_data(s) + str_nbytes(s) - str_nbytes(x), str_data(x), str_nbytes(x)) == 0)
            return new_substr_bytes(vm, self, 0, str_nbytes(s) - str_nbytes(x));
    }
    return new_substr_bytes(vm, self, 0, str_nbytes(s));
}
static Value str_removeprefix_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return affix_impl(vm, self, args, nargs, kw, false); }
static Value str_removesuffix_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return affix_impl(vm, self, args, nargs, kw, true); }

/* ---- case mapping ------------------------------------------------------------------------- */

/* CPython's handle_capital_sigma: U+03A3 lowers to final sigma after a cased
 * letter (skipping case-ignorables) when no cased letter follows. */
static uint32_t lower_sigma(const StrObj *s, size_t at, size_t next)
{
    size_t j = at;
    uint32_t c = 0;
    bool found = false;
    while (j > 0) {
        j = prev_cp(s, j);
        c = cp_at(s, j);
        if (!uni_is(c, UNI_CASE_IGNORABLE)) { found = true; break; }
    }
    bool final = found && uni_is(c, UNI_CASED);
    if (final) {
        for (j = next; j < str_nbytes(s);) {
            j += str_utf8_decode(str_data(s) + j, &c);
            if (!uni_is(c, UNI_CASE_IGNORABLE)) {
                final = !uni_is(c, UNI_CASED);
                break;
            }
        }
    }
    return final ? 0x3c2 : 0x3c3;
}

static int lower_full(const StrObj *s, size_t at, size_t next, uint32_t cp, uint32_t out[3])
{
    if (cp == 0x3a3) { out[0] = lower_sigma(s, at, next); return 1; }
    return uni_to_lower_full(cp, out);
}

enum CaseOp { CASE_UPPER, CASE_LOWER, CASE_TITLE, CASE_CAPITALIZE, CASE_SWAP, CASE_FOLD };

static Value ascii_case(VM *vm, Value self, enum CaseOp op)
{
    StrObj *s = as_str(self);
    StrObj *r = str_alloc_raw(vm, str_nbytes(s));
    if (!r) return VAL_NULL;
    bool prev_cased = false;
    for (size_t i = 0; i < str_nbytes(s); i++) {
        char c = str_data(s)[i];
        bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
        bool to_upper = false, to_lower = false;
        switch (op) {
        case CASE_UPPER: to_upper = lower; break;
        case CASE_LOWER: case CASE_FOLD: to_lower = upper; break;
        case CASE_TITLE: to_upper = lower && !prev_cased; to_lower = upper && prev_cased; break;
        case CASE_CAPITALIZE: to_upper = lower && i == 0; to_lower = upper && i > 0; break;
        case CASE_SWAP: to_upper = lower; to_lower = upper; break;
        }
        str_buf(r)[i] = to_upper ? (char)(c - 32) : to_lower ? (char)(c + 32) : c;
        prev_cased = lower || upper;
    }
    str_set_len(r, str_len(s), true);
    return val(r);
}

static Value change_case(VM *vm, Value self, enum CaseOp op)
{
    StrObj *s = as_str(self);
    if (str_is_ascii(s)) return ascii_case(vm, self, op);
    StrBuf b;
    strbuf_init(&b, vm);
    bool prev_cased = false;
    for (size_t i = 0, first = 1; i < str_nbytes(s); first = 0) {
        uint32_t cp, out[3];
        size_t next = i + str_utf8_decode(str_data(s) + i, &cp);
        int n = 1;
        out[0] = cp;
        switch (op) {
        case CASE_UPPER: n = uni_to_upper_full(cp, out); break;
        case CASE_LOWER: n = lower_full(s, i, next, cp, out); break;
        case CASE_FOLD: n = uni_to_fold_full(cp, out); break;
        case CASE_TITLE:
            n = prev_cased ? lower_full(s, i, next, cp, out) : uni_to_title_full(cp, out);
            prev_cased = uni_is(cp, UNI_CASED);
            break;
        case CASE_CAPITALIZE:
            n = first ? uni_to_title_full(cp, out) : lower_full(s, i, next, cp, out);
            break;
        case CASE_SWAP:
            if (uni_is(cp, UNI_UPPER)) n = lower_full(s, i, next, cp, out);
            else if (uni_is(cp, UNI_LOWER)) n = uni_to_upper_full(cp, out);
            break;
        }
        for (int k = 0; k < n; k++) add_cp(&b, out[k]);
        i = next;
    }
    return strbuf_finish(&b);
}

#define CASE_METHOD(fn, pyname, op)                                              \
    static Value fn(VM *vm, Value self, Value *args, size_t nargs, Value kw)     \
    {                                                                            \
        (void)args;                                                              \
        if (!check_exact(vm, pyname, nargs, kw, 0)) return VAL_NULL;             \
        return change_case(vm, self, op);                                        \
    }
CASE_METHOD(str_upper_m, "upper", CASE_UPPER)
CASE_METHOD(str_lower_m, "lower", CASE_LOWER)
CASE_METHOD(str_title_m, "title", CASE_TITLE)
CASE_METHOD(str_capitalize_m, "capitalize", CASE_CAPITALIZE)
CASE_METHOD(str_swapcase_m, "swapcase", CASE_SWAP)
CASE_METHOD(str_casefold_m, "casefold", CASE_FOLD)

/* ---- predicates ---------------------------------------------------------------------------- */

enum Pred { P_SPACE, P_ALPHA, P_ALNUM, P_DECIMAL, P_DIGIT, P_NUMERIC, P_PRINTABLE };

static bool pred_cp(uint32_t cp, enum Pred p)
{
    switch (p) {
    case P_SPACE: return uni_is_space(cp);
    case P_ALPHA: return uni_is(cp, UNI_ALPHA);
    case P_ALNUM: return uni_is(cp, UNI_ALPHA | UNI_DECIMAL | UNI_DIGIT | UNI_NUMERIC);
    case P_DECIMAL: return uni_is(cp, UNI_DECIMAL);
    case P_DIGIT: return uni_is(cp, UNI_DIGIT);
    case P_NUMERIC: return uni_is(cp, UNI_NUMERIC);
    default: return str_is_printable(cp);
    }
}

static Value all_pred(VM *vm, Value self, size_t nargs, Value kw, const char *name, enum Pred p)
{
    if (!check_exact(vm, name, nargs, kw, 0)) return VAL_NULL;
    StrObj *s = as_str(self);
    if (str_nbytes(s) == 0) return bool_val(p == P_PRINTABLE);
    for (size_t i = 0; i < str_nbytes(s);) {
        uint32_t cp;
        i += str_utf8_decode(str_data(s) + i, &cp);
        if (!pred_cp(cp, p)) return FALSE_V;
    }
    return TRUE_V;
}

#define PRED_METHOD(fn, pyname, p)                                                                   \
    static Value fn(VM *vm, Value self, Value *args, size_t nargs, Value kw)                         \
    {                                                                                                \
        (void)args;                                                                                  \
        return all_pred(vm, self, nargs, kw, pyname, p);                                             \
    }
PRED_METHOD(str_isspace_m, "isspace", P_SPACE)
PRED_METHOD(str_isalpha_m, "isalpha", P_ALPHA)
PRED_METHOD(str_isalnum_m, "isalnum", P_ALNUM)
PRED_METHOD(str_isdecimal_m, "isdecimal", P_DECIMAL)
PRED_METHOD(str_isdigit_m, "isdigit", P_DIGIT)
PRED_METHOD(str_isnumeric_m, "isnumeric", P_NUMERIC)
PRED_METHOD(str_isprintable_m, "isprintable", P_PRINTABLE)

/* islower / isupper: no cased character of the other kind (or titlecase), and one of this kind. */
static Value case_pred(VM *vm, Value self, size_t nargs, Value kw, const char *name, unsigned want, unsigned reject)
{
    if (!check_exact(vm, name, nargs, kw, 0)) return VAL_NULL;
    StrObj *s = as_str(self);
    bool cased = false;
    for (size_t i = 0; i < str_nbytes(s);) {
        uint32_t cp;
        i += str_utf8_decode(str_data(s) + i, &cp);
        unsigned f = uni_flags(cp);
        if (f & reject) return FALSE_V;
        if (f & want) cased = true;
    }
    return bool_val(cased);
}
static Value str_islower_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { (void)args; return case_pred(vm, self, nargs, kw, "islower", UNI_LOWER, UNI_UPPER | UNI_TITLE); }
static Value str_isupper_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { (void)args; return case_pred(vm, self, nargs, kw, "isupper", UNI_UPPER, UNI_LOWER | UNI_TITLE); }

static Value str_istitle_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!check_exact(vm, "istitle", nargs, kw, 0)) return VAL_NULL;
    StrObj *s = as_str(self);
    bool cased = false, prev_cased = false;
    for (size_t i = 0; i < str_nbytes(s);) {
        uint32_t cp;
        i += str_utf8_decode(str_data(s) + i, &cp);
        unsigned f = uni_flags(cp);
        if (f & (UNI_UPPER | UNI_TITLE)) {
            if (prev_cased) return FALSE_V;
            prev_cased = cased = true;
        } else if (f & UNI_LOWER) {
            if (!prev_cased) return FALSE_V;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return bool_val(cased);
}

static Value str_isidentifier_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!check_exact(vm, "isidentifier", nargs, kw, 0)) return VAL_NULL;
    StrObj *s = as_str(self);
    if (str_nbytes(s) == 0) return FALSE_V;
    for (size_t i = 0; i < str_nbytes(s);) {
        uint32_t cp;
        bool first = i == 0;
        i += str_utf8_decode(str_data(s) + i, &cp);
        if (!uni_is(cp, first ? UNI_XID_START : UNI_XID_CONTINUE)) return FALSE_V;
    }
    return TRUE_V;
}

static Value str_isascii_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!check_exact(vm, "isascii", nargs, kw, 0)) return VAL_NULL;
    return bool_val(str_is_ascii(as_str(self)));
}

/* ---- padding ------------------------------------------------------------------------------- */

static Value pad(VM *vm, Value self, size_t left, size_t right, const char *fill, size_t fill_n)
{
    StrObj *s = as_str(self);
    StrBuf b;
    strbuf_init(&b, vm);
    for (size_t i = 0; i < left; i++) strbuf_add(&b, fill, fill_n);
    strbuf_add(&b, str_data(s), str_nbytes(s));
    for (size_t i = 0; i < right; i++) strbuf_add(&b, fill, fill_n);
    return strbuf_finish(&b);
}

static Value justify(VM *vm, Value self, Value *args, size_t nargs, Value kw, const char *name, char how)
{
    if (!args_check(vm, name, nargs, kw, 1, 2)) return VAL_NULL;
    intptr_t width;
    if (!index_arg(vm, args[0], &width)) return VAL_NULL;
    const char *fill = " ";
    size_t fill_n = 1;
    if (nargs == 2) {
        if (!is_str(args[1]))
            return err_format(vm, &exc_TypeError, "The fill character must be a unicode character, not %T", args[1]);
        if (str_len(as_str(args[1])) != 1)
            return err_set_str(vm, &exc_TypeError, "The fill character must be exactly one character long");
        fill = str_cstr(args[1]);
        fill_n = str_nbytes(as_str(args[1]));
    }
    StrObj *s = as_str(self);
    if (width <= (intptr_t)str_len(s)) return new_substr_bytes(vm, self, 0, str_nbytes(s));
    size_t marg = (size_t)width - str_len(s), left;
    if (how == '<') left = 0;
    else if (how == '>') left = marg;
    else left = marg / 2 + (marg & (size_t)width & 1);
    return pad(vm, self, left, marg - left, fill, fill_n);
}
static Value str_center_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return justify(vm, self, args, nargs, kw, "center", '^'); }
static Value str_ljust_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return justify(vm, self, args, nargs, kw, "ljust", '<'); }
static Value str_rjust_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return justify(vm, self, args, nargs, kw, "rjust", '>'); }

static Value str_zfill_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!check_exact(vm, "zfill", nargs, kw, 1)) return VAL_NULL;
    intptr_t width;
    if (!index_arg(vm, args[0], &width)) return VAL_NULL;
    StrObj *s = as_str(self);
    if (width <= (intptr_t)str_len(s)) return new_substr_bytes(vm, self, 0, str_nbytes(s));
    size_t fill = (size_t)width - str_len(s);
    StrBuf b;
    strbuf_init(&b, vm);
    size_t start = 0;
    if (str_nbytes(s) && (str_data(s)[0] == '+' || str_data(s)[0] == '-')) {
        strbuf_add_char(&b, str_data(s)[0]);
        start = 1;
    }
    for (size_t i = 0; i < fill; i++) strbuf_add_char(&b, '0');
    strbuf_add(&b, str_data(s) + start, str_nbytes(s) - start);
    return strbuf_finish(&b);
}

static Value str_expandtabs_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    Value a[1];
    if (!parse_kw(vm, "expandtabs", args, nargs, kw, "|tabsize", 1, a)) return VAL_NULL;
    intptr_t tabsize = 8;
    if (a[0] && !index_arg(vm, a[0], &tabsize)) return VAL_NULL;
    StrObj *s = as_str(self);
    StrBuf b;
    strbuf_init(&b, vm);
    size_t col = 0;
    for (size_t i = 0; i < str_nbytes(s);) {
        uint32_t cp;
        size_t k = str_utf8_decode(str_data(s) + i, &cp);
        if (cp == '\t') {
            if (tabsize > 0) {
                size_t n = (size_t)tabsize - col % (size_t)tabsize;
                for (size_t j = 0; j < n; j++) strbuf_add_char(&b, ' ');
                col += n;
            }
        } else {
            strbuf_add(&b, str_data(s) + i, k);
            col = cp == '\n' || cp == '\r' ? 0 : col + 1;
        }
        i += k;
    }
    return strbuf_finish(&b);
}

/* ---- encode, maketrans, translate, __format__ -------------------------------------------------- */

static Value str_encode_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    Value a[2];
    if (!parse_kw(vm, "encode", args, nargs, kw, "|encoding,errors", 2, a)) return VAL_NULL;
    return str_encode(vm, self, a[0], a[1]);
}

static bool maketrans_dict(VM *vm, Value table, Value x)
{
    size_t pos = 0;
    Value k, v;
    while (dict_next(x, &pos, &k, &v)) {
        Value key;
        if (is_str(k)) {
            if (str_len(as_str(k)) != 1) {
                err_set_str(vm, &exc_ValueError, "string keys in translate table must be of length 1");
                return false;
            }
            uint32_t cp;
            str_utf8_decode(str_cstr(k), &cp);
            key = small(cp);
        } else if (is_int(k)) {
            key = k;
        } else {
            err_set_str(vm, &exc_TypeError, "keys in translate table must be strings or integers");
            return false;
        }
        if (dict_set(vm, table, key, v) < 0) return false;
    }
    return true;
}

static Value str_maketrans_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_check(vm, "maketrans", nargs, kw, 1, 3)) return VAL_NULL;
    Value table = dict_new(vm);
    if (!table) return VAL_NULL;
    if (nargs == 1) {
        if (!is_dict(args[0])) {
            decref(vm, table);
            return err_set_str(vm, &exc_TypeError, "if you give only one argument to maketrans it must be a dict");
        }
        if (!maketrans_dict(vm, table, args[0])) { decref(vm, table); return VAL_NULL; }
        return table;
    }
    for (size_t i = 1; i < nargs; i++) {
        if (!is_str(args[i])) {
            decref(vm, table);
            return err_format(vm, &exc_TypeError, "maketrans() argument %zu must be str, not %s", i + 1, arg_type_name(args[i]));
        }
    }
    if (!is_str(args[0])) {
        decref(vm, table);
        return err_set_str(vm, &exc_TypeError, "first maketrans argument must be a string if there is a second argument");
    }
    StrObj *x = as_str(args[0]), *y = as_str(args[1]);
    if (str_len(x) != str_len(y)) {
        decref(vm, table);
        return err_set_str(vm, &exc_ValueError, "the first two maketrans arguments must have equal length");
    }
    for (size_t i = 0, j = 0; i < str_nbytes(x);) {
        uint32_t a, b;
        i += str_utf8_decode(str_data(x) + i, &a);
        j += str_utf8_decode(str_data(y) + j, &b);
        if (dict_set(vm, table, small(a), small(b)) < 0) { decref(vm, table); return VAL_NULL; }
    }
    if (nargs == 3) {
        StrObj *z = as_str(args[2]);
        for (size_t i = 0; i < str_nbytes(z);) {
            uint32_t c;
            i += str_utf8_decode(str_data(z) + i, &c);
            if (dict_set(vm, table, small(c), NONE) < 0) { decref(vm, table); return VAL_NULL; }
        }
    }
    return table;
}

/* One code point through the table: 1 kept/mapped, 0 deleted, -1 error. */
static int translate_cp(VM *vm, Value table, uint32_t cp, StrBuf *b)
{
    Value m = obj_getitem(vm, table, small(cp));
    if (!m) {
        if (!err_matches(vm, &exc_LookupError)) return -1;
        err_clear(vm);
        add_cp(b, cp);
        return 1;
    }
    int r = 1;
    if (m == NONE) {
        r = 0;
    } else if (is_int(m)) {
        intptr_t v;
        if (!is_small(m) || (v = small_val(m)) < 0 || v > 0x10ffff) {
            err_set_str(vm, &exc_ValueError, "character mapping must be in range(0x110000)");
            r = -1;
        } else {
            add_cp(b, (uint32_t)v);
        }
    } else if (is_str(m)) {
        strbuf_add_str(b, m);
    } else {
        err_set_str(vm, &exc_TypeError, "character mapping must return integer, None or str");
        r = -1;
    }
    decref(vm, m);
    return r;
}

static Value str_translate_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!check_exact(vm, "translate", nargs, kw, 1)) return VAL_NULL;
    StrObj *s = as_str(self);
    StrBuf b;
    strbuf_init(&b, vm);
    for (size_t i = 0; i < str_nbytes(s);) {
        uint32_t cp;
        i += str_utf8_decode(str_data(s) + i, &cp);
        if (translate_cp(vm, args[0], cp, &b) < 0) {
            strbuf_discard(&b);
            return VAL_NULL;
        }
    }
    return strbuf_finish(&b);
}

static Value str_format_dunder_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "str.__format__", nargs, kw, 1, 1)) return VAL_NULL;
    if (!is_str(args[0]))
        return err_format(vm, &exc_TypeError, "__format__() argument must be str, not %s", arg_type_name(args[0]));
    if (str_nbytes(as_str(args[0])) == 0) return str_str(vm, self);
    return obj_format(vm, self, args[0]);
}

static Value str_getnewargs_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!check_exact(vm, "__getnewargs__", nargs, kw, 0)) return VAL_NULL;
    Value copy = str_new(vm, str_data(as_str(self)), str_nbytes(as_str(self)));
    if (!copy) return VAL_NULL;
    Value t = tuple_pack(vm, 1, copy);
    decref(vm, copy);
    return t;
}

static const MethodDef str_methods[] = {
    {"strip", str_strip_m, 0}, {"lstrip", str_lstrip_m, 0}, {"rstrip", str_rstrip_m, 0},
    {"upper", str_upper_m, 0}, {"lower", str_lower_m, 0}, {"title", str_title_m, 0},
    {"capitalize", str_capitalize_m, 0}, {"swapcase", str_swapcase_m, 0}, {"casefold", str_casefold_m, 0},
    {"join", str_join_m, 0}, {"split", str_split_m, 0}, {"rsplit", str_rsplit_m, 0},
    {"splitlines", str_splitlines_m, 0}, {"partition", str_partition_m, 0},
    {"rpartition", str_rpartition_m, 0}, {"replace", str_replace_m, 0},
    {"startswith", str_startswith_m, 0}, {"endswith", str_endswith_m, 0},
    {"find", str_find_m, 0}, {"rfind", str_rfind_m, 0}, {"index", str_index_m, 0},
    {"rindex", str_rindex_m, 0}, {"count", str_count_m, 0},
    {"isdigit", str_isdigit_m, 0}, {"isdecimal", str_isdecimal_m, 0}, {"isnumeric", str_isnumeric_m, 0},
    {"isalpha", str_isalpha_m, 0}, {"isalnum", str_isalnum_m, 0}, {"isspace", str_isspace_m, 0},
    {"islower", str_islower_m, 0}, {"isupper", str_isupper_m, 0}, {"istitle", str_istitle_m, 0},
    {"isidentifier", str_isidentifier_m, 0}, {"isprintable", str_isprintable_m, 0},
    {"isascii", str_isascii_m, 0},
    {"center", str_center_m, 0}, {"ljust", str_ljust_m, 0}, {"rjust", str_rjust_m, 0},
    {"zfill", str_zfill_m, 0}, {"expandtabs", str_expandtabs_m, 0},
    {"removeprefix", str_removeprefix_m, 0}, {"removesuffix", str_removesuffix_m, 0},
    {"encode", str_encode_m, 0}, {"maketrans", str_maketrans_m, METH_STATIC},
    {"translate", str_translate_m, 0}, {"format", str_format_method, 0},
    {"format_map", str_format_map_method, 0}, {"__format__", str_format_dunder_m, 0},
    {"__getnewargs__", str_getnewargs_m, 0},
    {NULL, NULL, 0},
};

Type type_str = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "str", .size = sizeof(StrFull),
    .flags = TF_BASETYPE | TF_STR_SUB, .base = &type_object,
    .dealloc = str_dealloc, .repr = str_repr, .str = str_str, .hash = str_hash_slot, .sizeof_ = str_sizeof,
    .richcompare = str_richcompare, .len = str_len_slot, .truth = str_truth,
    .getitem = str_getitem, .contains = str_contains, .iter = str_iter,
    .binop = {[NB_ADD] = str_add, [NB_MUL] = str_mul, [NB_MOD] = str_mod_slot},
    .new_ = str_type_new, .getattr = obj_generic_getattr, .methods = str_methods,
};

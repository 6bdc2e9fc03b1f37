/*
 * runtime/bytes.c -- the immutable bytes type, plus the methods bytes and
 * bytearray share (bytes_common_methods: they read self through a ByteBuf
 * view and build results of self's type), the bytes()/bytearray()
 * argument conversion, and the byte-sequence iterator.
 *
 * Messages follow CPython 3.11's Objects/bytesobject.c, bytearrayobject.c and
 * bytes_methods.c.
 */
#include <string.h>

#include "runtime/str_internal.h"
#include "vm/vm.h"

static inline BytesObj *as_bytes(Value v) { return (BytesObj *)as_obj(v); }

bool is_bytes_like(Value v) { return is_instance_of(v, &type_bytes) || is_instance_of(v, &type_bytearray); }

bool bytes_view(Value v, ByteBuf *out)
{
    if (is_small(v)) return false;
    if (is_instance_of(v, &type_bytes)) {
        out->data = as_bytes(v)->data;
        out->len = as_bytes(v)->len;
        return true;
    }
    if (is_instance_of(v, &type_bytearray)) {
        ByteArrayObj *b = (ByteArrayObj *)as_obj(v);
        out->data = b->data ? b->data : (const unsigned char *)"";
        out->len = b->len;
        return true;
    }
    return false;
}

Value bytes_new(VM *vm, const void *data, size_t len)
{
    BytesObj *b = gc_mem_alloc(vm, sizeof(BytesObj) + len + 1);
    if (!b) return VAL_NULL;
    b->ob.refcnt = 1;
    b->ob.type = &type_bytes;
    b->hash = -1;
    b->len = len;
    if (len && data) memcpy(b->data, data, len);
    b->data[len] = 0;
    return val(b);
}

Value bytes_like_new(VM *vm, Type *t, const void *data, size_t len)
{
    if (t == &type_bytearray || type_is_subtype(t, &type_bytearray)) return bytearray_new(vm, data, len);
    return bytes_new(vm, data, len);
}

static size_t bytes_sizeof(Value v) { return as_obj(v)->type->size + ((BytesObj *)as_obj(v))->len + 1; }
static void bytes_dealloc(VM *vm, Obj *o) { gc_mem_free(vm, o, sizeof(BytesObj) + ((BytesObj *)o)->len + 1); }

/* bytearray's repr (suffix ")") escapes every single quote, even inside
 * double quotes, as CPython's bytearray_repr does. */
Value bytes_repr_data(VM *vm, const unsigned char *data, size_t len, const char *prefix, const char *suffix)
{
    bool has_single = memchr(data, '\'', len) != NULL, has_double = memchr(data, '"', len) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    bool escape_single = suffix[0] != 0;
    StrBuf sb;
    strbuf_init(&sb, vm);
    strbuf_add_cstr(&sb, prefix);
    strbuf_add_char(&sb, quote);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = data[i];
        if (c == quote || c == '\\' || (c == '\'' && escape_single)) { strbuf_add_char(&sb, '\\'); strbuf_add_char(&sb, (char)c); }
        else if (c == '\n') strbuf_add(&sb, "\\n", 2);
        else if (c == '\r') strbuf_add(&sb, "\\r", 2);
        else if (c == '\t') strbuf_add(&sb, "\\t", 2);
        else if (c < 0x20 || c >= 0x7f) strbuf_printf(&sb, "\\x%02x", c);
        else strbuf_add_char(&sb, (char)c);
    }
    strbuf_add_char(&sb, quote);
    strbuf_add_cstr(&sb, suffix);
    return strbuf_finish(&sb);
}

static Value bytes_repr(VM *vm, Value v) { return bytes_repr_data(vm, as_bytes(v)->data, as_bytes(v)->len, "b", ""); }

static intptr_t bytes_len(VM *vm, Value v) { (void)vm; return (intptr_t)as_bytes(v)->len; }

static Value bytes_getitem(VM *vm, Value v, Value key)
{
    BytesObj *b = as_bytes(v);
    if (is_type(key, &type_slice)) {
        intptr_t start, stop, step;
        intptr_t n = slice_indices(vm, key, (intptr_t)b->len, &start, &stop, &step);
        if (n < 0) return VAL_NULL;
        if (step == 1) {
            if (n == (intptr_t)b->len && is_type(v, &type_bytes)) return incref(v);
            return bytes_new(vm, b->data + start, (size_t)n);
        }
        Value r = bytes_new(vm, NULL, (size_t)n);
        if (!r) return VAL_NULL;
        for (intptr_t i = 0; i < n; i++) as_bytes(r)->data[i] = b->data[start + i * step];
        return r;
    }
    if (!is_int(key) && !type_of(key)->index)
        return err_format(vm, &exc_TypeError, "byte indices must be integers or slices, not %T", key);
    intptr_t i;
    if (!obj_as_index(vm, key, &i)) return VAL_NULL;
    if (i < 0) i += (intptr_t)b->len;
    if (i < 0 || i >= (intptr_t)b->len) return err_set_str(vm, &exc_IndexError, "index out of range");
    return small(b->data[i]);
}

Value bytes_richcompare_views(VM *vm, Value a, Value b, CmpCode op)
{
    (void)vm;
    ByteBuf x, y;
    if (!bytes_view(a, &x) || !bytes_view(b, &y)) return NOTIMPL;
    size_t n = x.len < y.len ? x.len : y.len;
    int c = n ? memcmp(x.data, y.data, n) : 0;
    if (!c) c = x.len < y.len ? -1 : x.len > y.len;
    switch (op) {
    case CMP_CODE_LT: return bool_val(c < 0);
    case CMP_CODE_LE: return bool_val(c <= 0);
    case CMP_CODE_EQ: return bool_val(c == 0);
    case CMP_CODE_NE: return bool_val(c != 0);
    case CMP_CODE_GT: return bool_val(c > 0);
    default: return bool_val(c >= 0);
    }
}

static bool bytes_hash(VM *vm, Value v, intptr_t *out)
{
    (void)vm;
    BytesObj *b = as_bytes(v);
    if (b->hash == -1) {
        uint64_t h = 14695981039346656037ull;
        for (size_t i = 0; i < b->len; i++) h = (h ^ b->data[i]) * 1099511628211ull;
        b->hash = (intptr_t)(h ^ (h >> 29));
        if (b->hash == -1) b->hash = -2;
    }
    *out = b->hash;
    return true;
}

static Value concat_views(VM *vm, Type *t, const ByteBuf *x, const ByteBuf *y)
{
    Value r = bytes_like_new(vm, t, NULL, x->len + y->len);
    if (!r) return VAL_NULL;
    ByteBuf out;
    bytes_view(r, &out);
    unsigned char *d = (unsigned char *)out.data;
    if (x->len) memcpy(d, x->data, x->len);
    if (y->len) memcpy(d + x->len, y->data, y->len);
    return r;
}

static Value bytes_add(VM *vm, Value a, Value b)
{
    ByteBuf x, y;
    if (!bytes_view(a, &x)) return NOTIMPL;
    if (!bytes_view(b, &y)) return err_format(vm, &exc_TypeError, "can't concat %T to %T", b, a);
    if (y.len == 0 && is_type(a, &type_bytes)) return incref(a);
    return concat_views(vm, &type_bytes, &x, &y);
}

static Value repeat_view(VM *vm, Type *t, const ByteBuf *x, Value count)
{
    intptr_t n;
    if (!obj_as_index(vm, count, &n)) return VAL_NULL;
    if (n < 0) n = 0;
    if (x->len && (size_t)n > (SIZE_MAX / 4) / x->len) return err_no_memory(vm);
    size_t total = x->len * (size_t)n;
    Value r = bytes_like_new(vm, t, NULL, total);
    if (!r) return VAL_NULL;
    ByteBuf out;
    bytes_view(r, &out);
    for (intptr_t i = 0; i < n; i++) memcpy((unsigned char *)out.data + (size_t)i * x->len, x->data, x->len);
    return r;
}

static Value bytes_mul(VM *vm, Value a, Value b)
{
    ByteBuf x;
    if (bytes_view(a, &x) && (is_int(b) || type_of(b)->index)) {
        if (is_small(b) && small_val(b) == 1 && is_type(a, &type_bytes)) return incref(a);
        return repeat_view(vm, &type_bytes, &x, b);
    }
    if (bytes_view(b, &x) && (is_int(a) || type_of(a)->index)) return repeat_view(vm, &type_bytes, &x, a);
    return NOTIMPL;
}

static Value bytes_mod_slot(VM *vm, Value a, Value b)
{
    if (!is_instance_of(a, &type_bytes)) return NOTIMPL;
    return bytes_mod(vm, a, b);
}

bool byte_from_value(VM *vm, Value v, unsigned char *out)
{
    if (!is_int(v) && !type_of(v)->index) {
        err_format(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(type_of(v)));
        return false;
    }
    intptr_t i;
    if (!obj_as_index(vm, v, &i)) {
        if (!err_matches(vm, &exc_OverflowError)) return false;
        err_clear(vm);
        i = -1;
    }
    if (i < 0 || i > 255) {
        err_set_str(vm, &exc_ValueError, "byte must be in range(0, 256)");
        return false;
    }
    *out = (unsigned char)i;
    return true;
}

static const unsigned char *find_view(const ByteBuf *h, size_t from, size_t to, const unsigned char *n, size_t nn)
{
    if (to < from || to - from < nn) return NULL;
    if (nn == 0) return h->data + from;
    if (nn == 1) return memchr(h->data + from, n[0], to - from);
    return memmem(h->data + from, to - from, n, nn);
}

static const unsigned char *rfind_view(const ByteBuf *h, size_t from, size_t to, const unsigned char *n, size_t nn)
{
    if (to < from || to - from < nn) return NULL;
    if (nn == 0) return h->data + to;
    for (size_t i = to - nn + 1; i-- > from;)
        if (h->data[i] == n[0] && memcmp(h->data + i, n, nn) == 0) return h->data + i;
    return NULL;
}

int bytes_contains_view(VM *vm, const ByteBuf *self, Value item)
{
    ByteBuf sub;
    if (bytes_view(item, &sub)) return find_view(self, 0, self->len, sub.data, sub.len) != NULL;
    if (!is_int(item) && !type_of(item)->index) {
        err_format(vm, &exc_TypeError, "a bytes-like object is required, not '%s'", type_name(type_of(item)));
        return -1;
    }
    unsigned char c;
    if (!byte_from_value(vm, item, &c)) return -1;
    return self->len && memchr(self->data, c, self->len) != NULL;
}

static int bytes_contains(VM *vm, Value v, Value item)
{
    ByteBuf self;
    bytes_view(v, &self);
    return bytes_contains_view(vm, &self, item);
}

/* ---- iterator ------------------------------------------------------------- */

typedef struct BytesIterObj { Obj ob; Value seq; size_t index; } BytesIterObj;

static void bytes_iter_dealloc(VM *vm, Obj *o)
{
    gc_untrack(o);
    xdecref(vm, ((BytesIterObj *)o)->seq);
    obj_free(vm, o, sizeof(BytesIterObj));
}
static int bytes_iter_traverse(Obj *o, VisitFn visit, void *arg)
{
    BytesIterObj *it = (BytesIterObj *)o;
    return it->seq ? visit(it->seq, arg) : 0;
}
static Value bytes_iter_self(VM *vm, Value v) { (void)vm; return incref(v); }
static Value bytes_iter_next(VM *vm, Value v)
{
    BytesIterObj *it = (BytesIterObj *)as_obj(v);
    if (!it->seq) return VAL_NULL;
    ByteBuf view;
    bytes_view(it->seq, &view);
    if (it->index >= view.len) {
        clear_slot(vm, &it->seq);
        return VAL_NULL;
    }
    return small(view.data[it->index++]);
}

static Type type_bytes_iter = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "bytes_iterator", .size = sizeof(BytesIterObj),
    .flags = TF_GC, .dealloc = bytes_iter_dealloc, .traverse = bytes_iter_traverse,
    .iter = bytes_iter_self, .iternext = bytes_iter_next,
};
static Type type_bytearray_iter = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "bytearray_iterator", .size = sizeof(BytesIterObj),
    .flags = TF_GC, .dealloc = bytes_iter_dealloc, .traverse = bytes_iter_traverse,
    .iter = bytes_iter_self, .iternext = bytes_iter_next,
};

Value bytes_iter_new(VM *vm, Value seq)
{
    Type *t = is_instance_of(seq, &type_bytearray) ? &type_bytearray_iter : &type_bytes_iter;
    if (!t->dict && type_ready(vm, t) < 0) return VAL_NULL;
    BytesIterObj *it = (BytesIterObj *)gc_new_object(vm, t, sizeof(BytesIterObj));
    if (!it) return VAL_NULL;
    it->seq = incref(seq);
    gc_track(vm, &it->ob);
    return val(it);
}

/* ---- construction -------------------------------------------------------------- */

static bool grow_buf(VM *vm, unsigned char **data, size_t *cap, size_t need)
{
    if (need <= *cap) return true;
    size_t ncap = *cap ? *cap : 16;
    while (ncap < need) ncap *= 2;
    unsigned char *d = gc_mem_realloc(vm, *data, *cap, ncap);
    if (!d) return false;
    *data = d;
    *cap = ncap;
    return true;
}

static bool from_iterable(VM *vm, Value x, unsigned char **data, size_t *len, size_t *cap)
{
    Value it = obj_iter(vm, x);
    if (!it) return false;
    Value item;
    while ((item = obj_iternext(vm, it))) {
        unsigned char c;
        bool ok = byte_from_value(vm, item, &c);
        if (ok && err_matches(vm, &exc_ValueError)) ok = false;
        decref(vm, item);
        if (!ok) {
            if (err_matches(vm, &exc_ValueError)) {
                err_clear(vm);
                err_set_str(vm, &exc_ValueError, "bytes must be in range(0, 256)");
            }
            decref(vm, it);
            return false;
        }
        if (!grow_buf(vm, data, cap, *len + 1)) { decref(vm, it); return false; }
        (*data)[(*len)++] = c;
    }
    decref(vm, it);
    return !err_occurred(vm);
}

bool bytes_from_object(VM *vm, Value x, Value encoding, Value errors, const char *tname, unsigned char **data,
                       size_t *len, size_t *cap)
{
    *data = NULL;
    *len = *cap = 0;
    if (!x) {
        if (encoding || errors) {
            err_set_str(vm, &exc_TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
            return false;
        }
        return true;
    }
    if (is_str(x)) {
        if (!encoding) { err_set_str(vm, &exc_TypeError, "string argument without an encoding"); return false; }
        if (!is_str(encoding)) {
            err_format(vm, &exc_TypeError, "%s() argument 'encoding' must be str, not %s", tname, arg_type_name(encoding));
            return false;
        }
        Value b = str_encode(vm, x, encoding, errors);
        if (!b) return false;
        ByteBuf v;
        bytes_view(b, &v);
        bool ok = grow_buf(vm, data, cap, v.len ? v.len : 1);
        if (ok) { memcpy(*data, v.data, v.len); *len = v.len; }
        decref(vm, b);
        return ok;
    }
    if (encoding || errors) {
        err_set_str(vm, &exc_TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
        return false;
    }
    ByteBuf v;
    if (bytes_view(x, &v)) {
        if (!grow_buf(vm, data, cap, v.len ? v.len : 1)) return false;
        if (v.len) memcpy(*data, v.data, v.len);
        *len = v.len;
        return true;
    }
    if (is_int(x) || type_of(x)->index) {
        intptr_t n;
        if (!obj_as_index(vm, x, &n)) return false;
        if (n < 0) { err_set_str(vm, &exc_ValueError, "negative count"); return false; }
        if (!grow_buf(vm, data, cap, n ? (size_t)n : 1)) return false;
        memset(*data, 0, (size_t)n);
        *len = (size_t)n;
        return true;
    }
    if (!type_of(x)->iter && !type_of(x)->getitem) {
        err_format(vm, &exc_TypeError, "cannot convert '%s' object to %s", type_name(type_of(x)), tname);
        return false;
    }
    if (!from_iterable(vm, x, data, len, cap)) {
        gc_mem_free(vm, *data, *cap);
        *data = NULL;
        *len = *cap = 0;
        return false;
    }
    return true;
}

static Value bytes_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    (void)t;
    Value a[3];
    if (!args_parse(vm, "bytes", args, nargs, kwnames, "|source,encoding,errors", a)) return VAL_NULL;
    if (a[0] && is_type(a[0], &type_bytes) && !a[1] && !a[2]) return incref(a[0]);
    if (a[0] && !a[1] && !a[2] && !is_str(a[0]) && !is_bytes_like(a[0])) {
        /* __bytes__ first, as CPython's bytes_new does */
        Value name = str_intern_cstr(vm, "__bytes__");
        if (!name) return VAL_NULL;
        Value m = type_lookup_borrowed(type_of(a[0]), name);
        decref(vm, name);
        if (m) {
            Value r = obj_call_method(vm, a[0], "__bytes__", NULL, 0);
            if (r && !is_instance_of(r, &type_bytes)) {
                err_format(vm, &exc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
                decref(vm, r);
                return VAL_NULL;
            }
            return r;
        }
    }
    unsigned char *data;
    size_t len, cap;
    if (!bytes_from_object(vm, a[0], a[1], a[2], "bytes", &data, &len, &cap)) return VAL_NULL;
    Value r = bytes_new(vm, data, len);
    gc_mem_free(vm, data, cap);
    return r;
}

/* ======================================================================
 * Methods shared by bytes and bytearray
 * ====================================================================== */

static ByteBuf self_view(Value self)
{
    ByteBuf v;
    bytes_view(self, &v);
    return v;
}

static Value result(VM *vm, Value self, const void *data, size_t len)
{
    return bytes_like_new(vm, type_of(self), data, len);
}

/* The whole of self, shared when immutable. */
static Value self_copy(VM *vm, Value self)
{
    if (is_type(self, &type_bytes)) return incref(self);
    ByteBuf v = self_view(self);
    return result(vm, self, v.data, v.len);
}

static bool need_buffer(VM *vm, Value v, ByteBuf *out)
{
    if (bytes_view(v, out)) return true;
    err_format(vm, &exc_TypeError, "a bytes-like object is required, not '%s'", type_name(type_of(v)));
    return false;
}

static bool b_slice_index(VM *vm, Value v, intptr_t *out)
{
    if (!v || v == NONE) return true;
    if (!is_int(v) && !type_of(v)->index) {
        err_set_str(vm, &exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    Value i = obj_index(vm, v);
    if (!i) return false;
    *out = is_small(i) ? small_val(i) : int_sign(i) < 0 ? -INTPTR_MAX : INTPTR_MAX;
    decref(vm, i);
    return true;
}

static bool b_range(VM *vm, size_t len, Value *args, size_t nargs, size_t first, intptr_t *start, intptr_t *end)
{
    *start = 0;
    *end = INTPTR_MAX;
    if (nargs > first && !b_slice_index(vm, args[first], start)) return false;
    if (nargs > first + 1 && !b_slice_index(vm, args[first + 1], end)) return false;
    intptr_t n = (intptr_t)len;
    if (*end > n) *end = n;
    else if (*end < 0 && (*end += n) < 0) *end = 0;
    if (*start < 0 && (*start += n) < 0) *start = 0;
    return true;
}

static bool b_check(VM *vm, const char *name, size_t nargs, Value kw, size_t min, size_t max)
{
    if (kw && as_tuple(kw)->len) {
        err_format(vm, &exc_TypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs < min) {
        err_format(vm, &exc_TypeError, "%s() takes at least %zu argument%s (%zu given)", name, min, min == 1 ? "" : "s", nargs);
        return false;
    }
    if (nargs > max) {
        err_format(vm, &exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", name, max, max == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

/* find/count's first argument: bytes-like or an int (one byte). */
static bool sub_arg(VM *vm, Value v, ByteBuf *out, unsigned char *one)
{
    if (bytes_view(v, out)) return true;
    if (is_int(v) || type_of(v)->index) {
        if (!byte_from_value(vm, v, one)) return false;
        out->data = one;
        out->len = 1;
        return true;
    }
    err_format(vm, &exc_TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(type_of(v)));
    return false;
}

static Value b_find_impl(VM *vm, Value self, Value *args, size_t nargs, Value kw, const char *name, bool raise, bool reverse)
{
    if (!b_check(vm, name, nargs, kw, 1, 3)) return VAL_NULL;
    ByteBuf s = self_view(self), sub;
    unsigned char one;
    if (!sub_arg(vm, args[0], &sub, &one)) return VAL_NULL;
    intptr_t start, end;
    if (!b_range(vm, s.len, args, nargs, 1, &start, &end)) return VAL_NULL;
    const unsigned char *hit = NULL;
    if (start <= end)
        hit = reverse ? rfind_view(&s, (size_t)start, (size_t)end, sub.data, sub.len)
                      : find_view(&s, (size_t)start, (size_t)end, sub.data, sub.len);
    if (!hit) {
        if (raise) return err_set_str(vm, &exc_ValueError, "subsection not found");
        return small(-1);
    }
    return small(hit - s.data);
}
static Value b_find(VM *vm, Value self, Value *a, size_t n, Value kw) { return b_find_impl(vm, self, a, n, kw, "find", false, false); }
static Value b_rfind(VM *vm, Value self, Value *a, size_t n, Value kw) { return b_find_impl(vm, self, a, n, kw, "rfind", false, true); }
static Value b_index(VM *vm, Value self, Value *a, size_t n, Value kw) { return b_find_impl(vm, self, a, n, kw, "index", true, false); }
static Value b_rindex(VM *vm, Value self, Value *a, size_t n, Value kw) { return b_find_impl(vm, self, a, n, kw, "rindex", true, true); }

static Value b_count(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!b_check(vm, "count", nargs, kw, 1, 3)) return VAL_NULL;
    ByteBuf s = self_view(self), sub;
    unsigned char one;
    if (!sub_arg(vm, args[0], &sub, &one)) return VAL_NULL;
    intptr_t start, end;
    if (!b_range(vm, s.len, args, nargs, 1, &start, &end)) return VAL_NULL;
    if (end - start < (intptr_t)sub.len) return small(0);
    if (sub.len == 0) return small(end - start + 1);
    intptr_t count = 0;
    size_t i = (size_t)start;
    const unsigned char *hit;
    while ((hit = find_view(&s, i, (size_t)end, sub.data, sub.len))) {
        count++;
        i = (size_t)(hit - s.data) + sub.len;
    }
    return small(count);
}

static Value b_affix_match(VM *vm, Value self, Value *args, size_t nargs, Value kw, bool suffix)
{
    const char *name = suffix ? "endswith" : "startswith";
    if (!b_check(vm, name, nargs, kw, 1, 3)) return VAL_NULL;
    ByteBuf s = self_view(self);
    intptr_t start, end;
    if (!b_range(vm, s.len, args, nargs, 1, &start, &end)) return VAL_NULL;
    Value arg = args[0];
    size_t n = is_tuple(arg) ? as_tuple(arg)->len : 1;
    for (size_t k = 0; k < n; k++) {
        Value p = is_tuple(arg) ? as_tuple(arg)->items[k] : arg;
        ByteBuf x;
        if (!bytes_view(p, &x)) {
            if (is_tuple(arg))
                return err_format(vm, &exc_TypeError, "a bytes-like object is required, not '%s'", type_name(type_of(p)));
            return err_format(vm, &exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %T", name, p);
        }
        intptr_t e = end - (intptr_t)x.len;
        if (e < start) continue;
        size_t at = suffix ? (size_t)e : (size_t)start;
        if (x.len == 0 || memcmp(s.data + at, x.data, x.len) == 0) return TRUE_V;
    }
    return FALSE_V;
}
static Value b_startswith(VM *vm, Value self, Value *a, size_t n, Value kw) { return b_affix_match(vm, self, a, n, kw, false); }
static Value b_endswith(VM *vm, Value self, Value *a, size_t n, Value kw) { return b_affix_match(vm, self, a, n, kw, true); }

static bool is_bspace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static bool b_append_part(VM *vm, Value out, Value self, const ByteBuf *s, size_t i, size_t j)
{
    Value part = result(vm, self, s->data + i, j - i);
    return part && list_append_steal(vm, out, part) == 0;
}

static Value b_split_impl(VM *vm, Value self, Value *args, size_t nargs, Value kw, bool reverse)
{
    Value a[2];
    if (!args_parse(vm, reverse ? "rsplit" : "split", args, nargs, kw, "|sep,maxsplit", a)) return VAL_NULL;
    intptr_t maxsplit = -1;
    ByteBuf sep = {NULL, 0};
    bool have_sep = a[0] && a[0] != NONE;
    if (have_sep && !need_buffer(vm, a[0], &sep)) return VAL_NULL;
    if (a[1] && !obj_as_index(vm, a[1], &maxsplit)) return VAL_NULL;
    if (maxsplit < 0) maxsplit = INTPTR_MAX;
    if (have_sep && sep.len == 0) return err_set_str(vm, &exc_ValueError, "empty separator");
    ByteBuf s = self_view(self);
    Value out = list_new(vm, 0);
    if (!out) return VAL_NULL;
    bool ok = true;
    if (!have_sep) {
        if (!reverse) {
            size_t i = 0, n = s.len;
            while (ok && i < n) {
                while (i < n && is_bspace(s.data[i])) i++;
                if (i >= n) break;
                size_t j = i;
                if (maxsplit-- <= 0) {
                    ok = b_append_part(vm, out, self, &s, i, n);
                    break;
                }
                while (j < n && !is_bspace(s.data[j])) j++;
                ok = b_append_part(vm, out, self, &s, i, j);
                i = j;
            }
        } else {
            size_t j = s.len;
            while (ok && j > 0) {
                while (j > 0 && is_bspace(s.data[j - 1])) j--;
                if (j == 0) break;
                size_t i = j;
                if (maxsplit-- <= 0) {
                    ok = b_append_part(vm, out, self, &s, 0, j);
                    break;
                }
                while (i > 0 && !is_bspace(s.data[i - 1])) i--;
                ok = b_append_part(vm, out, self, &s, i, j);
                j = i;
            }
        }
    } else if (!reverse) {
        size_t i = 0;
        const unsigned char *hit;
        while (ok && maxsplit-- > 0 && (hit = find_view(&s, i, s.len, sep.data, sep.len))) {
            ok = b_append_part(vm, out, self, &s, i, (size_t)(hit - s.data));
            i = (size_t)(hit - s.data) + sep.len;
        }
        ok = ok && b_append_part(vm, out, self, &s, i, s.len);
    } else {
        size_t j = s.len;
        const unsigned char *hit;
        while (ok && maxsplit-- > 0 && (hit = rfind_view(&s, 0, j, sep.data, sep.len))) {
            ok = b_append_part(vm, out, self, &s, (size_t)(hit - s.data) + sep.len, j);
            j = (size_t)(hit - s.data);
        }
        ok = ok && b_append_part(vm, out, self, &s, 0, j);
    }
    if (!ok) { decref(vm, out); return VAL_NULL; }
    if (reverse) {
        ListObj *l = as_list(out);
        for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
            Value t = l->items[i];
            l->items[i] = l->items[j - 1];
            l->items[j - 1] = t;
        }
    }
    return out;
}
static Value b_split(VM *vm, Value self, Value *a, size_t n, Value kw) { return b_split_impl(vm, self, a, n, kw, false); }
static Value b_rsplit(VM *vm, Value self, Value *a, size_t n, Value kw) { return b_split_impl(vm, self, a, n, kw, true); }

static Value b_splitlines(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    Value a[1];
    if (!args_parse(vm, "splitlines", args, nargs, kw, "|keepends", a)) return VAL_NULL;
    intptr_t keep = 0;
    if (a[0] && !obj_as_index(vm, a[0], &keep)) return VAL_NULL;
    ByteBuf s = self_view(self);
    Value out = list_new(vm, 0);
    if (!out) return VAL_NULL;
    size_t i = 0;
    while (i < s.len) {
        size_t j = i, eol = 0;
        while (j < s.len && s.data[j] != '\n' && s.data[j] != '\r') j++;
        if (j < s.len) eol = s.data[j] == '\r' && j + 1 < s.len && s.data[j + 1] == '\n' ? 2 : 1;
        if (!b_append_part(vm, out, self, &s, i, keep ? j + eol : j)) { decref(vm, out); return VAL_NULL; }
        i = j + eol;
    }
    return out;
}

static Value b_join(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!b_check(vm, "join", nargs, kw, 1, 1)) return VAL_NULL;
    Value items = list_from_iterable(vm, args[0]);
    if (!items) return VAL_NULL;
    ByteBuf sep = self_view(self);
    ListObj *l = as_list(items);
    size_t total = 0;
    for (size_t i = 0; i < l->len; i++) {
        ByteBuf x;
        if (!bytes_view(l->items[i], &x)) {
            err_format(vm, &exc_TypeError, "sequence item %zu: expected a bytes-like object, %T found", i, l->items[i]);
            decref(vm, items);
            return VAL_NULL;
        }
        total += x.len + (i ? sep.len : 0);
    }
    Value r = result(vm, self, NULL, total);
    if (r) {
        ByteBuf out = self_view(r);
        unsigned char *p = (unsigned char *)out.data;
        for (size_t i = 0; i < l->len; i++) {
            ByteBuf x;
            bytes_view(l->items[i], &x);
            if (i && sep.len) { memcpy(p, sep.data, sep.len); p += sep.len; }
            if (x.len) memcpy(p, x.data, x.len);
            p += x.len;
        }
    }
    decref(vm, items);
    return r;
}

static Value b_strip_impl(VM *vm, Value self, Value *args, size_t nargs, Value kw, int which, const char *name)
{
    if (!args_check(vm, name, nargs, kw, 0, 1)) return VAL_NULL;
    ByteBuf s = self_view(self), chars = {NULL, 0};
    bool have = nargs && args[0] != NONE;
    if (have && !need_buffer(vm, args[0], &chars)) return VAL_NULL;
    size_t lo = 0, hi = s.len;
    if (which & 1)
        while (lo < hi && (have ? chars.len && memchr(chars.data, s.data[lo], chars.len) != NULL : is_bspace(s.data[lo]))) lo++;
    if (which & 2)
        while (hi > lo && (have ? chars.len && memchr(chars.data, s.data[hi - 1], chars.len) != NULL : is_bspace(s.data[hi - 1]))) hi--;
    if (lo == 0 && hi == s.len) return self_copy(vm, self);
    return result(vm, self, s.data + lo, hi - lo);
}
static Value b_strip(VM *vm, Value self, Value *a, size_t n, Value kw) { return b_strip_impl(vm, self, a, n, kw, 3, "strip"); }
static Value b_lstrip(VM *vm, Value self, Value *a, size_t n, Value kw) { return b_strip_impl(vm, self, a, n, kw, 1, "lstrip"); }
static Value b_rstrip(VM *vm, Value self, Value *a, size_t n, Value kw) { return b_strip_impl(vm, self, a, n, kw, 2, "rstrip"); }

static Value b_replace(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "replace", nargs, kw, 2, 3)) return VAL_NULL;
    ByteBuf s = self_view(self), old, new_;
    if (!need_buffer(vm, args[0], &old) || !need_buffer(vm, args[1], &new_)) return VAL_NULL;
    intptr_t count = -1;
    if (nargs == 3 && !obj_as_index(vm, args[2], &count)) return VAL_NULL;
    StrBuf b;
    strbuf_init(&b, vm);
    if (old.len == 0) {
        for (size_t k = 0; k <= s.len; k++) {
            if (count < 0 || (intptr_t)k < count) strbuf_add(&b, (const char *)new_.data, new_.len);
            if (k < s.len) strbuf_add_char(&b, (char)s.data[k]);
        }
    } else {
        size_t i = 0;
        const unsigned char *hit;
        while (count != 0 && (hit = find_view(&s, i, s.len, old.data, old.len))) {
            size_t at = (size_t)(hit - s.data);
            strbuf_add(&b, (const char *)s.data + i, at - i);
            strbuf_add(&b, (const char *)new_.data, new_.len);
            i = at + old.len;
            if (count > 0) count--;
        }
        strbuf_add(&b, (const char *)s.data + i, s.len - i);
    }
    if (b.failed) { strbuf_discard(&b); return err_no_memory(vm); }
    Value r = result(vm, self, b.data ? b.data : "", b.len);
    strbuf_discard(&b);
    return r;
}

static Value b_partition_impl(VM *vm, Value self, Value *args, size_t nargs, Value kw, bool reverse)
{
    if (!b_check(vm, reverse ? "rpartition" : "partition", nargs, kw, 1, 1)) return VAL_NULL;
    ByteBuf s = self_view(self), sep;
    if (!need_buffer(vm, args[0], &sep)) return VAL_NULL;
    if (sep.len == 0) return err_set_str(vm, &exc_ValueError, "empty separator");
    const unsigned char *hit = reverse ? rfind_view(&s, 0, s.len, sep.data, sep.len) : find_view(&s, 0, s.len, sep.data, sep.len);
    Value parts[3];
    if (!hit) {
        parts[reverse ? 2 : 0] = self_copy(vm, self);
        parts[1] = result(vm, self, "", 0);
        parts[reverse ? 0 : 2] = result(vm, self, "", 0);
    } else {
        size_t at = (size_t)(hit - s.data);
        parts[0] = result(vm, self, s.data, at);
        parts[1] = result(vm, self, sep.data, sep.len);
        parts[2] = result(vm, self, s.data + at + sep.len, s.len - at - sep.len);
    }
    Value t = parts[0] && parts[1] && parts[2] ? tuple_from_array(vm, parts, 3) : VAL_NULL;
    for (int i = 0; i < 3; i++) xdecref(vm, parts[i]);
    return t;
}
static Value b_partition(VM *vm, Value self, Value *a, size_t n, Value kw) { return b_partition_impl(vm, self, a, n, kw, false); }
static Value b_rpartition(VM *vm, Value self, Value *a, size_t n, Value kw) { return b_partition_impl(vm, self, a, n, kw, true); }

static Value b_affix_remove(VM *vm, Value self, Value *args, size_t nargs, Value kw, bool suffix)
{
    if (!b_check(vm, suffix ? "removesuffix" : "removeprefix", nargs, kw, 1, 1)) return VAL_NULL;
    ByteBuf s = self_view(self), x;
    if (!need_buffer(vm, args[0], &x)) return VAL_NULL;
    if (x.len && x.len <= s.len) {
        if (!suffix && memcmp(s.data, x.data, x.len) == 0) return result(vm, self, s.data + x.len, s.len - x.len);
        if (suffix && memcmp(s.data + s.len - x.len, x.data, x.len) == 0) return result(vm, self, s.data, s.len - x.len);
    }
    return self_copy(vm, self);
}
static Value b_removeprefix(VM *vm, Value self, Value *a, size_t n, Value kw) { return b_affix_remove(vm, self, a, n, kw, false); }
static Value b_removesuffix(VM *vm, Value self, Value *a, size_t n, Value kw) { return b_affix_remove(vm, self, a, n, kw, true); }

enum { BC_UPPER, BC_LOWER, BC_SWAP, BC_TITLE, BC_CAPITALIZE };

static Value b_case(VM *vm, Value self, size_t nargs, Value kw, const char *name, int op)
{
    if (!b_check(vm, name, nargs, kw, 0, 0)) return VAL_NULL;
    ByteBuf s = self_view(self);
    Value r = result(vm, self, s.data, s.len);
    if (!r) return VAL_NULL;
    unsigned char *d = (unsigned char *)self_view(r).data;
    bool prev_cased = false;
    for (size_t i = 0; i < s.len; i++) {
        unsigned char c = d[i];
        bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
        bool to_up = false, to_lo = false;
        switch (op) {
        case BC_UPPER: to_up = lo; break;
        case BC_LOWER: to_lo = up; break;
        case BC_SWAP: to_up = lo; to_lo = up; break;
        case BC_TITLE: to_up = lo && !prev_cased; to_lo = up && prev_cased; break;
        default: to_up = lo && i == 0; to_lo = up && i > 0; break;
        }
        if (to_up) d[i] = (unsigned char)(c - 32);
        if (to_lo) d[i] = (unsigned char)(c + 32);
        prev_cased = lo || up;
    }
    return r;
}
static Value b_upper(VM *vm, Value self, Value *a, size_t n, Value kw) { (void)a; return b_case(vm, self, n, kw, "upper", BC_UPPER); }
static Value b_lower(VM *vm, Value self, Value *a, size_t n, Value kw) { (void)a; return b_case(vm, self, n, kw, "lower", BC_LOWER); }
static Value b_swapcase(VM *vm, Value self, Value *a, size_t n, Value kw) { (void)a; return b_case(vm, self, n, kw, "swapcase", BC_SWAP); }
static Value b_title(VM *vm, Value self, Value *a, size_t n, Value kw) { (void)a; return b_case(vm, self, n, kw, "title", BC_TITLE); }
static Value b_capitalize(VM *vm, Value self, Value *a, size_t n, Value kw) { (void)a; return b_case(vm, self, n, kw, "capitalize", BC_CAPITALIZE); }

enum { BP_DIGIT, BP_ALPHA, BP_ALNUM, BP_SPACE, BP_LOWER, BP_UPPER, BP_TITLE, BP_ASCII };

static Value b_pred(VM *vm, Value self, size_t nargs, Value kw, const char *name, int p)
{
    if (!b_check(vm, name, nargs, kw, 0, 0)) return VAL_NULL;
    ByteBuf s = self_view(self);
    if (p == BP_ASCII) {
        for (size_t i = 0; i < s.len; i++) if (s.data[i] >= 0x80) return FALSE_V;
        return TRUE_V;
    }
    if (s.len == 0) return FALSE_V;
    bool cased = false, prev_cased = false;
    for (size_t i = 0; i < s.len; i++) {
        unsigned char c = s.data[i];
        bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z', dg = c >= '0' && c <= '9';
        switch (p) {
        case BP_DIGIT: if (!dg) return FALSE_V; break;
        case BP_ALPHA: if (!lo && !up) return FALSE_V; break;
        case BP_ALNUM: if (!lo && !up && !dg) return FALSE_V; break;
        case BP_SPACE: if (!is_bspace(c)) return FALSE_V; break;
        case BP_LOWER: if (up) return FALSE_V; cased |= lo; break;
        case BP_UPPER: if (lo) return FALSE_V; cased |= up; break;
        case BP_TITLE:
            if (up) { if (prev_cased) return FALSE_V; prev_cased = cased = true; }
            else if (lo) { if (!prev_cased) return FALSE_V; prev_cased = cased = true; }
            else prev_cased = false;
            break;
        }
    }
    return bool_val(p >= BP_LOWER ? cased : true);
}
#define BPRED(fn, name, p) static Value fn(VM *vm, Value self, Value *a, size_t n, Value kw) { (void)a; return b_pred(vm, self, n, kw, name, p); }
BPRED(b_isdigit, "isdigit", BP_DIGIT)
BPRED(b_isalpha, "isalpha", BP_ALPHA)
BPRED(b_isalnum, "isalnum", BP_ALNUM)
BPRED(b_isspace, "isspace", BP_SPACE)
BPRED(b_islower, "islower", BP_LOWER)
BPRED(b_isupper, "isupper", BP_UPPER)
BPRED(b_istitle, "istitle", BP_TITLE)
BPRED(b_isascii, "isascii", BP_ASCII)

static Value b_justify(VM *vm, Value self, Value *args, size_t nargs, Value kw, const char *name, char how)
{
    if (!args_check(vm, name, nargs, kw, 1, 2)) return VAL_NULL;
    intptr_t width;
    if (!obj_as_index(vm, args[0], &width)) return VAL_NULL;
    unsigned char fill = ' ';
    if (nargs == 2) {
        ByteBuf f;
        if (!bytes_view(args[1], &f) || f.len != 1)
            return err_format(vm, &exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, arg_type_name(args[1]));
        fill = f.data[0];
    }
    ByteBuf s = self_view(self);
    if (width <= (intptr_t)s.len) return self_copy(vm, self);
    size_t marg = (size_t)width - s.len, left = how == '<' ? 0 : how == '>' ? marg : marg / 2 + (marg & (size_t)width & 1);
    Value r = result(vm, self, NULL, (size_t)width);
    if (!r) return VAL_NULL;
    unsigned char *d = (unsigned char *)self_view(r).data;
    memset(d, fill, (size_t)width);
    if (s.len) memcpy(d + left, s.data, s.len);
    return r;
}
static Value b_center(VM *vm, Value self, Value *a, size_t n, Value kw) { return b_justify(vm, self, a, n, kw, "center", '^'); }
static Value b_ljust(VM *vm, Value self, Value *a, size_t n, Value kw) { return b_justify(vm, self, a, n, kw, "ljust", '<'); }
static Value b_rjust(VM *vm, Value self, Value *a, size_t n, Value kw) { return b_justify(vm, self, a, n, kw, "rjust", '>'); }

static Value b_zfill(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!b_check(vm, "zfill", nargs, kw, 1, 1)) return VAL_NULL;
    intptr_t width;
    if (!obj_as_index(vm, args[0], &width)) return VAL_NULL;
    ByteBuf s = self_view(self);
    if (width <= (intptr_t)s.len) return self_copy(vm, self);
    size_t fill = (size_t)width - s.len;
    Value r = result(vm, self, NULL, (size_t)width);
    if (!r) return VAL_NULL;
    unsigned char *d = (unsigned char *)self_view(r).data;
    memset(d, '0', fill);
    if (s.len) memcpy(d + fill, s.data, s.len);
    if (s.len && (s.data[0] == '+' || s.data[0] == '-')) { d[0] = s.data[0]; d[fill] = '0'; }
    return r;
}

static Value b_decode(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    Value a[2];
    if (!args_parse(vm, "decode", args, nargs, kw, "|encoding,errors", a)) return VAL_NULL;
    ByteBuf s = self_view(self);
    return bytes_decode(vm, s.data, s.len, a[0], a[1]);
}

static Value b_hex(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    Value a[2];
    if (!args_parse(vm, "hex", args, nargs, kw, "|sep,bytes_per_sep", a)) return VAL_NULL;
    ByteBuf s = self_view(self);
    char sep = 0;
    intptr_t per = 1;
    if (a[0]) {
        ByteBuf sv;
        if (is_str(a[0])) { sv.data = (const unsigned char *)str_cstr(a[0]); sv.len = str_len(as_str(a[0])); }
        else if (!bytes_view(a[0], &sv)) return err_set_str(vm, &exc_TypeError, "sep must be str or bytes.");
        if (sv.len != 1) return err_set_str(vm, &exc_ValueError, "sep must be length 1.");
        if (sv.data[0] >= 0x80) return err_set_str(vm, &exc_ValueError, "sep must be ASCII.");
        sep = (char)sv.data[0];
    }
    if (a[1] && !obj_as_index(vm, a[1], &per)) return VAL_NULL;
    StrBuf b;
    strbuf_init(&b, vm);
    size_t group = (size_t)(per < 0 ? -per : per);
    for (size_t i = 0; i < s.len; i++) {
        if (sep && group && i) {
            /* positive: groups counted from the right; negative: from the left */
            bool boundary = per > 0 ? (s.len - i) % group == 0 : i % group == 0;
            if (boundary) strbuf_add_char(&b, sep);
        }
        strbuf_printf(&b, "%02x", s.data[i]);
    }
    return strbuf_finish(&b);
}

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Value b_fromhex(VM *vm, Value cls, Value *args, size_t nargs, Value kw)
{
    if (!b_check(vm, "fromhex", nargs, kw, 1, 1)) return VAL_NULL;
    if (!is_str(args[0])) return err_format(vm, &exc_TypeError, "fromhex() argument must be str, not %s", arg_type_name(args[0]));
    StrObj *s = as_str(args[0]);
    StrBuf b;
    strbuf_init(&b, vm);
    const unsigned char *p = (const unsigned char *)str_data(s);
    size_t n = str_nbytes(s), i = 0;
    while (i < n) {
        if (p[i] == ' ' || (p[i] >= '\t' && p[i] <= '\r')) { i++; continue; }
        int hi = hexval(p[i]), lo = i + 1 < n ? hexval(p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            strbuf_discard(&b);
            size_t pos = hi < 0 ? i : i + 1;
            return err_format(vm, &exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                              str_cp_index(vm, s, pos));
        }
        strbuf_add_char(&b, (char)(hi * 16 + lo));
        i += 2;
    }
    if (b.failed) { strbuf_discard(&b); return err_no_memory(vm); }
    Type *t = is_type(cls, &type_type) ? (Type *)as_obj(cls) : &type_bytes;
    Value r = bytes_like_new(vm, t, b.data ? b.data : "", b.len);
    strbuf_discard(&b);
    return r;
}

static Value b_expandtabs(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    Value a[1];
    if (!args_parse(vm, "expandtabs", args, nargs, kw, "|tabsize", a)) return VAL_NULL;
    intptr_t tabsize = 8;
    if (a[0] && !obj_as_index(vm, a[0], &tabsize)) return VAL_NULL;
    ByteBuf s = self_view(self);
    StrBuf b;
    strbuf_init(&b, vm);
    size_t col = 0;
    for (size_t i = 0; i < s.len; i++) {
        unsigned char c = s.data[i];
        if (c == '\t') {
            if (tabsize > 0) {
                size_t k = (size_t)tabsize - col % (size_t)tabsize;
                for (size_t j = 0; j < k; j++) strbuf_add_char(&b, ' ');
                col += k;
            }
        } else {
            strbuf_add_char(&b, (char)c);
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
    }
    if (b.failed) { strbuf_discard(&b); return err_no_memory(vm); }
    Value r = result(vm, self, b.data ? b.data : "", b.len);
    strbuf_discard(&b);
    return r;
}

static Value b_translate(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    Value a[2];
    if (!args_parse(vm, "translate", args, nargs, kw, "table/|delete", a)) return VAL_NULL;
    ByteBuf table = {NULL, 0}, del = {NULL, 0};
    if (a[0] != NONE) {
        if (!need_buffer(vm, a[0], &table)) return VAL_NULL;
        if (table.len != 256) return err_set_str(vm, &exc_ValueError, "translation table must be 256 characters long");
    }
    if (a[1] && !need_buffer(vm, a[1], &del)) return VAL_NULL;
    ByteBuf s = self_view(self);
    StrBuf b;
    strbuf_init(&b, vm);
    for (size_t i = 0; i < s.len; i++) {
        if (del.len && memchr(del.data, s.data[i], del.len)) continue;
        strbuf_add_char(&b, (char)(table.data ? table.data[s.data[i]] : s.data[i]));
    }
    if (b.failed) { strbuf_discard(&b); return err_no_memory(vm); }
    Value r = result(vm, self, b.data ? b.data : "", b.len);
    strbuf_discard(&b);
    return r;
}

static Value b_maketrans(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)self;
    if (!args_check(vm, "maketrans", nargs, kw, 2, 2)) return VAL_NULL;
    ByteBuf from, to;
    if (!need_buffer(vm, args[0], &from) || !need_buffer(vm, args[1], &to)) return VAL_NULL;
    if (from.len != to.len) return err_set_str(vm, &exc_ValueError, "maketrans arguments must have same length");
    unsigned char t[256];
    for (int i = 0; i < 256; i++) t[i] = (unsigned char)i;
    for (size_t i = 0; i < from.len; i++) t[from.data[i]] = to.data[i];
    return bytes_new(vm, t, 256);
}

#define COMMON_METHODS \
    {"decode", b_decode, 0}, {"hex", b_hex, 0}, {"fromhex", b_fromhex, METH_CLASS}, \
    {"find", b_find, 0}, {"rfind", b_rfind, 0}, {"index", b_index, 0}, {"rindex", b_rindex, 0}, \
    {"count", b_count, 0}, {"startswith", b_startswith, 0}, {"endswith", b_endswith, 0}, \
    {"split", b_split, 0}, {"rsplit", b_rsplit, 0}, {"splitlines", b_splitlines, 0}, {"join", b_join, 0}, \
    {"strip", b_strip, 0}, {"lstrip", b_lstrip, 0}, {"rstrip", b_rstrip, 0}, {"replace", b_replace, 0}, \
    {"partition", b_partition, 0}, {"rpartition", b_rpartition, 0}, \
    {"removeprefix", b_removeprefix, 0}, {"removesuffix", b_removesuffix, 0}, \
    {"upper", b_upper, 0}, {"lower", b_lower, 0}, {"swapcase", b_swapcase, 0}, {"title", b_title, 0}, \
    {"capitalize", b_capitalize, 0}, \
    {"isdigit", b_isdigit, 0}, {"isalpha", b_isalpha, 0}, {"isalnum", b_isalnum, 0}, {"isspace", b_isspace, 0}, \
    {"islower", b_islower, 0}, {"isupper", b_isupper, 0}, {"istitle", b_istitle, 0}, {"isascii", b_isascii, 0}, \
    {"center", b_center, 0}, {"ljust", b_ljust, 0}, {"rjust", b_rjust, 0}, {"zfill", b_zfill, 0}, \
    {"expandtabs", b_expandtabs, 0}, {"translate", b_translate, 0}, {"maketrans", b_maketrans, METH_STATIC}, \

const MethodDef bytes_methods[] = {
    COMMON_METHODS
    {NULL, NULL, 0},
};

const MethodDef bytearray_methods[] = {
    COMMON_METHODS
    {"append", bytearray_append_m, 0}, {"extend", bytearray_extend_m, 0}, {"pop", bytearray_pop_m, 0},
    {"remove", bytearray_remove_m, 0}, {"insert", bytearray_insert_m, 0}, {"clear", bytearray_clear_m, 0},
    {"reverse", bytearray_reverse_m, 0}, {"copy", bytearray_copy_m, 0}, {"__alloc__", bytearray_alloc_m, 0},
    {NULL, NULL, 0},
};

static Value bytes_iter(VM *vm, Value v) { return bytes_iter_new(vm, v); }

static Value bytes_new_slot(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    return bytes_type_new(vm, t, args, nargs, kwnames);
}

Type type_bytes = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "bytes", .size = sizeof(BytesObj),
    .flags = TF_BASETYPE, .base = &type_object, .dealloc = bytes_dealloc, .repr = bytes_repr,
    .sizeof_ = bytes_sizeof,
    .len = bytes_len, .getitem = bytes_getitem, .richcompare = bytes_richcompare_views,
    .hash = bytes_hash, .binop = {[NB_ADD] = bytes_add, [NB_MUL] = bytes_mul, [NB_MOD] = bytes_mod_slot},
    .getattr = obj_generic_getattr, .contains = bytes_contains, .iter = bytes_iter,
    .new_ = bytes_new_slot, .methods = bytes_methods,
};

/*
 * bytes: an immutable byte string.  (The full method set comes with the
 * data-model work.)
 */
#include <string.h>

#include "runtime/object.h"
#include "vm/vm.h"

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

static void bytes_dealloc(VM *vm, Obj *o) { gc_mem_free(vm, o, sizeof(BytesObj) + ((BytesObj *)o)->len + 1); }

static Value bytes_repr(VM *vm, Value v)
{
    BytesObj *b = (BytesObj *)as_obj(v);
    bool has_single = memchr(b->data, '\'', b->len) != NULL, has_double = memchr(b->data, '"', b->len) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    StrBuf sb;
    strbuf_init(&sb, vm);
    strbuf_add_char(&sb, 'b');
    strbuf_add_char(&sb, quote);
    for (size_t i = 0; i < b->len; i++) {
        unsigned char c = b->data[i];
        if (c == quote || c == '\\') { strbuf_add_char(&sb, '\\'); strbuf_add_char(&sb, (char)c); }
        else if (c == '\n') strbuf_add(&sb, "\\n", 2);
        else if (c == '\r') strbuf_add(&sb, "\\r", 2);
        else if (c == '\t') strbuf_add(&sb, "\\t", 2);
        else if (c < 0x20 || c >= 0x7f) strbuf_printf(&sb, "\\x%02x", c);
        else strbuf_add_char(&sb, (char)c);
    }
    strbuf_add_char(&sb, quote);
    return strbuf_finish(&sb);
}

static intptr_t bytes_len(VM *vm, Value v) { (void)vm; return (intptr_t)((BytesObj *)as_obj(v))->len; }

static Value bytes_getitem(VM *vm, Value v, Value key)
{
    BytesObj *b = (BytesObj *)as_obj(v);
    if (is_type(key, &type_slice)) {
        intptr_t start, stop, step;
        intptr_t n = slice_indices(vm, key, (intptr_t)b->len, &start, &stop, &step);
        if (n < 0) return VAL_NULL;
        if (step == 1) return bytes_new(vm, b->data + start, (size_t)n);
        Value r = bytes_new(vm, NULL, (size_t)n);
        if (!r) return VAL_NULL;
        for (intptr_t i = 0; i < n; i++) ((BytesObj *)as_obj(r))->data[i] = b->data[start + i * step];
        return r;
    }
    intptr_t i;
    if (!obj_as_index(vm, key, &i)) return VAL_NULL;
    if (i < 0) i += (intptr_t)b->len;
    if (i < 0 || i >= (intptr_t)b->len) return err_set_str(vm, &exc_IndexError, "index out of range");
    return small(b->data[i]);
}

static Value bytes_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    (void)vm;
    if (!is_type(a, &type_bytes) || !is_type(b, &type_bytes)) return NOTIMPL;
    BytesObj *x = (BytesObj *)as_obj(a), *y = (BytesObj *)as_obj(b);
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, n);
    if (!c) c = x->len < y->len ? -1 : x->len > y->len;
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
    BytesObj *b = (BytesObj *)as_obj(v);
    if (b->hash == -1) {
        uint64_t h = 14695981039346656037ull;
        for (size_t i = 0; i < b->len; i++) h = (h ^ b->data[i]) * 1099511628211ull;
        b->hash = (intptr_t)(h ^ (h >> 29));
        if (b->hash == -1) b->hash = -2;
    }
    *out = b->hash;
    return true;
}

static Value bytes_add(VM *vm, Value a, Value b)
{
    if (!is_type(a, &type_bytes) || !is_type(b, &type_bytes)) return NOTIMPL;
    BytesObj *x = (BytesObj *)as_obj(a), *y = (BytesObj *)as_obj(b);
    Value r = bytes_new(vm, NULL, x->len + y->len);
    if (!r) return VAL_NULL;
    memcpy(((BytesObj *)as_obj(r))->data, x->data, x->len);
    memcpy(((BytesObj *)as_obj(r))->data + x->len, y->data, y->len);
    return r;
}

static Value bytes_decode_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    Value a[2];
    if (!args_parse(vm, "decode", args, nargs, kw, "|encoding,errors", a)) return VAL_NULL;
    BytesObj *b = (BytesObj *)as_obj(self);
    return str_new(vm, (const char *)b->data, b->len);
}

static const MethodDef bytes_methods[] = {{"decode", bytes_decode_m, 0}, {NULL, NULL, 0}};

Type type_bytes = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "bytes", .size = sizeof(BytesObj),
    .flags = TF_BASETYPE, .base = &type_object, .dealloc = bytes_dealloc, .repr = bytes_repr,
    .len = bytes_len, .getitem = bytes_getitem, .richcompare = bytes_richcompare,
    .hash = bytes_hash, .binop = {[NB_ADD] = bytes_add}, .getattr = obj_generic_getattr,
    .methods = bytes_methods,
};

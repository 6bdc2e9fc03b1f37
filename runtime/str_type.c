/*
 * The str type: its slots (compare, index, slice, concatenate, iterate) and
 * its methods.
 */
#include <string.h>

#include "runtime/object.h"
#include "vm/vm.h"

static void str_dealloc(VM *vm, Obj *o)
{
    StrObj *s = (StrObj *)o;
    gc_mem_free(vm, o, sizeof(StrObj) + s->nbytes + 1);
}

static Value str_str(VM *vm, Value v)
{
    if (is_type(v, &type_str)) return incref(v);
    return str_new(vm, as_str(v)->data, as_str(v)->nbytes);
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
    size_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int c = memcmp(x->data, y->data, n);
    if (c) return c < 0 ? -1 : 1;
    return x->nbytes < y->nbytes ? -1 : x->nbytes > y->nbytes;
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

static intptr_t str_len(VM *vm, Value v) { (void)vm; return (intptr_t)as_str(v)->len; }
static int str_truth(VM *vm, Value v) { (void)vm; return as_str(v)->len != 0; }

static Value str_char_at(VM *vm, Value v, size_t i)
{
    StrObj *s = as_str(v);
    if (s->ascii) return str_new(vm, s->data + i, 1);
    return str_substr(vm, v, i, i + 1);
}

static Value str_getitem(VM *vm, Value v, Value key)
{
    StrObj *s = as_str(v);
    if (is_type(key, &type_slice)) {
        intptr_t start, stop, step;
        intptr_t n = slice_indices(vm, key, (intptr_t)s->len, &start, &stop, &step);
        if (n < 0) return VAL_NULL;
        if (step == 1) return str_substr(vm, v, (size_t)start, (size_t)stop);
        StrBuf b;
        strbuf_init(&b, vm);
        for (intptr_t i = 0, at = start; i < n; i++, at += step) {
            Value c = str_char_at(vm, v, (size_t)at);
            if (!c) { strbuf_discard(&b); return VAL_NULL; }
            strbuf_add_str(&b, c);
            decref(vm, c);
        }
        return strbuf_finish(&b);
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
    if (i < 0) i += (intptr_t)s->len;
    if (i < 0 || i >= (intptr_t)s->len) return err_set_str(vm, &exc_IndexError, "string index out of range");
    return str_char_at(vm, v, (size_t)i);
}

static const char *find_bytes(const char *hay, size_t hn, const char *needle, size_t nn)
{
    if (nn == 0) return hay;
    if (nn > hn) return NULL;
    return memmem(hay, hn, needle, nn);
}

static int str_contains(VM *vm, Value v, Value item)
{
    if (!is_str(item)) {
        err_format(vm, &exc_TypeError, "'in <string>' requires string as left operand, not %T", item);
        return -1;
    }
    StrObj *s = as_str(v), *n = as_str(item);
    return find_bytes(s->data, s->nbytes, n->data, n->nbytes) != NULL;
}

static Value str_repeat(VM *vm, Value s, Value count)
{
    intptr_t n;
    if (!obj_as_index(vm, count, &n)) return VAL_NULL;
    StrObj *x = as_str(s);
    if (n <= 0 || x->nbytes == 0) return str_new(vm, "", 0);
    if (n == 1 && is_type(s, &type_str)) return incref(s);
    if ((size_t)n > (SIZE_MAX / 2) / x->nbytes) return err_no_memory(vm);
    size_t total = x->nbytes * (size_t)n;
    char *buf = gc_mem_alloc(vm, total);
    if (!buf) return VAL_NULL;
    for (intptr_t i = 0; i < n; i++) memcpy(buf + (size_t)i * x->nbytes, x->data, x->nbytes);
    Value r = str_new(vm, buf, total);
    gc_mem_free(vm, buf, total);
    return r;
}

static Value str_add(VM *vm, Value a, Value b)
{
    if (!is_str(a) || !is_str(b)) return NOTIMPL;
    return str_concat(vm, a, b);
}

static Value str_mul(VM *vm, Value a, Value b)
{
    if (is_str(a) && is_int(b)) return str_repeat(vm, a, b);
    if (is_str(b) && is_int(a)) return str_repeat(vm, b, a);
    return NOTIMPL;
}

/* ---- iterator -------------------------------------------------------------------- */

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
    if (it->byte >= s->nbytes) {
        clear_slot(vm, &it->s);
        return VAL_NULL;
    }
    uint32_t cp;
    size_t n = str_utf8_decode(s->data + it->byte, &cp);
    Value c = str_new(vm, s->data + it->byte, n);
    it->byte += n;
    it->index++;
    return c;
}

Type type_str_iter = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "str_ascii_iterator", .size = sizeof(StrIterObj),
    .flags = TF_GC, .dealloc = str_iter_dealloc, .traverse = str_iter_traverse,
    .iter = iter_self, .iternext = str_iter_next,
};

static Value str_iter(VM *vm, Value v)
{
    StrIterObj *it = (StrIterObj *)gc_new_object(vm, &type_str_iter, sizeof(StrIterObj));
    if (!it) return VAL_NULL;
    it->s = incref(v);
    gc_track(vm, &it->ob);
    return val(it);
}

/* ---- construction: str(x) ---------------------------------------------------------- */

static Value str_type_new(VM *vm, Type *t, Value *args, size_t nargs, Value kwnames)
{
    (void)t;
    Value a[3];
    if (!args_parse(vm, "str", args, nargs, kwnames, "|object,encoding,errors", a)) return VAL_NULL;
    if (!a[0]) return str_new(vm, "", 0);
    return obj_str(vm, a[0]);
}

/* ---- methods ------------------------------------------------------------------------ */

static bool is_space_byte(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

static Value str_arg(VM *vm, Value v, const char *fname)
{
    if (!is_str(v)) return err_format(vm, &exc_TypeError, "%s arg must be None or str", fname);
    return v;
}

static Value strip_impl(VM *vm, Value self, Value *args, size_t nargs, Value kwnames, int which, const char *name)
{
    if (!args_check(vm, name, nargs, kwnames, 0, 1)) return VAL_NULL;
    StrObj *s = as_str(self);
    Value chars = nargs && args[0] != NONE ? args[0] : VAL_NULL;
    if (chars && !str_arg(vm, chars, name)) return VAL_NULL;
    size_t lo = 0, hi = s->nbytes;
    if (!chars) {
        if (which & 1) while (lo < hi && is_space_byte((unsigned char)s->data[lo])) lo++;
        if (which & 2) while (hi > lo && is_space_byte((unsigned char)s->data[hi - 1])) hi--;
    } else {
        StrObj *c = as_str(chars);
        /* Strip whole code points that occur in chars. */
        if (which & 1) {
            while (lo < hi) {
                uint32_t cp;
                size_t n = str_utf8_decode(s->data + lo, &cp);
                if (!find_bytes(c->data, c->nbytes, s->data + lo, n)) break;
                lo += n;
            }
        }
        if (which & 2) {
            while (hi > lo) {
                size_t start = hi - 1;
                while (start > lo && ((unsigned char)s->data[start] & 0xc0) == 0x80) start--;
                if (!find_bytes(c->data, c->nbytes, s->data + start, hi - start)) break;
                hi = start;
            }
        }
    }
    if (lo == 0 && hi == s->nbytes && is_type(self, &type_str)) return incref(self);
    return str_new(vm, s->data + lo, hi - lo);
}

static Value str_strip_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return strip_impl(vm, self, args, nargs, kw, 3, "strip"); }
static Value str_lstrip_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return strip_impl(vm, self, args, nargs, kw, 1, "lstrip"); }
static Value str_rstrip_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return strip_impl(vm, self, args, nargs, kw, 2, "rstrip"); }

static Value map_ascii(VM *vm, Value self, int (*fn)(int))
{
    StrObj *s = as_str(self);
    StrBuf b;
    strbuf_init(&b, vm);
    for (size_t i = 0; i < s->nbytes; i++) {
        unsigned char c = (unsigned char)s->data[i];
        strbuf_add_char(&b, c < 0x80 ? (char)fn(c) : (char)c);
    }
    return strbuf_finish(&b);
}
static int to_upper(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
static int to_lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static Value str_upper_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "upper", nargs, kw, 0, 0)) return VAL_NULL;
    return map_ascii(vm, self, to_upper);
}
static Value str_lower_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(vm, "lower", nargs, kw, 0, 0)) return VAL_NULL;
    return map_ascii(vm, self, to_lower);
}

static Value str_join_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "join", nargs, kw, 1, 1)) return VAL_NULL;
    Value items = list_from_iterable(vm, args[0]);
    if (!items) return VAL_NULL;
    StrBuf b;
    strbuf_init(&b, vm);
    ListObj *l = as_list(items);
    for (size_t i = 0; i < l->len; i++) {
        if (!is_str(l->items[i])) {
            err_format(vm, &exc_TypeError, "sequence item %zu: expected str instance, %T found", i, l->items[i]);
            strbuf_discard(&b);
            decref(vm, items);
            return VAL_NULL;
        }
        if (i) strbuf_add_str(&b, self);
        strbuf_add_str(&b, l->items[i]);
    }
    decref(vm, items);
    return strbuf_finish(&b);
}

static Value split_whitespace(VM *vm, StrObj *s, intptr_t maxsplit, Value out)
{
    size_t i = 0, n = s->nbytes;
    while (i < n) {
        while (i < n && is_space_byte((unsigned char)s->data[i])) i++;
        if (i >= n) break;
        size_t j = i;
        if (maxsplit == 0) {
            j = n;
            while (j > i && is_space_byte((unsigned char)s->data[j - 1])) j--;
        } else {
            while (j < n && !is_space_byte((unsigned char)s->data[j])) j++;
        }
        Value part = str_new(vm, s->data + i, j - i);
        if (!part || list_append_steal(vm, out, part) < 0) return VAL_NULL;
        if (maxsplit > 0) maxsplit--;
        i = j;
    }
    return out;
}

static Value str_split_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    Value a[2];
    if (!args_parse(vm, "split", args, nargs, kw, "|sep,maxsplit", a)) return VAL_NULL;
    intptr_t maxsplit = -1;
    if (a[1] && !obj_as_index(vm, a[1], &maxsplit)) return VAL_NULL;
    Value out = list_new(vm, 0);
    if (!out) return VAL_NULL;
    StrObj *s = as_str(self);
    if (!a[0] || a[0] == NONE) {
        if (!split_whitespace(vm, s, maxsplit, out)) { decref(vm, out); return VAL_NULL; }
        return out;
    }
    if (!is_str(a[0])) {
        decref(vm, out);
        return err_format(vm, &exc_TypeError, "must be str or None, not %T", a[0]);
    }
    StrObj *sep = as_str(a[0]);
    if (sep->nbytes == 0) {
        decref(vm, out);
        return err_set_str(vm, &exc_ValueError, "empty separator");
    }
    size_t i = 0;
    for (;;) {
        const char *hit = maxsplit != 0 ? find_bytes(s->data + i, s->nbytes - i, sep->data, sep->nbytes) : NULL;
        size_t end = hit ? (size_t)(hit - s->data) : s->nbytes;
        Value part = str_new(vm, s->data + i, end - i);
        if (!part || list_append_steal(vm, out, part) < 0) { decref(vm, out); return VAL_NULL; }
        if (!hit) break;
        i = end + sep->nbytes;
        if (maxsplit > 0) maxsplit--;
    }
    return out;
}

static Value str_replace_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "replace", nargs, kw, 2, 3)) return VAL_NULL;
    if (!is_str(args[0])) return err_format(vm, &exc_TypeError, "replace() argument 1 must be str, not %T", args[0]);
    if (!is_str(args[1])) return err_format(vm, &exc_TypeError, "replace() argument 2 must be str, not %T", args[1]);
    intptr_t count = -1;
    if (nargs == 3 && !obj_as_index(vm, args[2], &count)) return VAL_NULL;
    StrObj *s = as_str(self), *old = as_str(args[0]), *new_ = as_str(args[1]);
    StrBuf b;
    strbuf_init(&b, vm);
    if (old->nbytes == 0) {
        size_t i = 0;
        for (size_t k = 0; k <= s->len; k++) {
            if (count < 0 || (intptr_t)k < count) strbuf_add_str(&b, args[1]);
            if (k == s->len) break;
            size_t j = str_advance(s, i, 1);
            strbuf_add(&b, s->data + i, j - i);
            i = j;
        }
        return strbuf_finish(&b);
    }
    size_t i = 0;
    while (count != 0) {
        const char *hit = find_bytes(s->data + i, s->nbytes - i, old->data, old->nbytes);
        if (!hit) break;
        size_t at = (size_t)(hit - s->data);
        strbuf_add(&b, s->data + i, at - i);
        strbuf_add(&b, new_->data, new_->nbytes);
        i = at + old->nbytes;
        if (count > 0) count--;
    }
    strbuf_add(&b, s->data + i, s->nbytes - i);
    return strbuf_finish(&b);
}

static Value prefix_suffix(VM *vm, Value self, Value *args, size_t nargs, Value kw, bool suffix)
{
    const char *name = suffix ? "endswith" : "startswith";
    if (!args_check(vm, name, nargs, kw, 1, 1)) return VAL_NULL;
    StrObj *s = as_str(self);
    Value arg = args[0];
    size_t n = is_tuple(arg) ? as_tuple(arg)->len : 1;
    for (size_t k = 0; k < n; k++) {
        Value p = is_tuple(arg) ? as_tuple(arg)->items[k] : arg;
        if (!is_str(p)) {
            if (is_tuple(arg))
                return err_format(vm, &exc_TypeError, "tuple for %s must only contain str, not %T", name, p);
            return err_format(vm, &exc_TypeError, "%s first arg must be str or a tuple of str, not %T", name, p);
        }
        StrObj *x = as_str(p);
        if (x->nbytes > s->nbytes) continue;
        const char *at = suffix ? s->data + s->nbytes - x->nbytes : s->data;
        if (memcmp(at, x->data, x->nbytes) == 0) return TRUE_V;
    }
    return FALSE_V;
}
static Value str_startswith_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return prefix_suffix(vm, self, args, nargs, kw, false); }
static Value str_endswith_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return prefix_suffix(vm, self, args, nargs, kw, true); }

static intptr_t codepoint_index(StrObj *s, size_t byte)
{
    if (s->ascii) return (intptr_t)byte;
    intptr_t n = 0;
    for (size_t i = 0; i < byte; i++)
        if (((unsigned char)s->data[i] & 0xc0) != 0x80) n++;
    return n;
}

static Value find_impl(VM *vm, Value self, Value *args, size_t nargs, Value kw, const char *name, bool raise, bool reverse)
{
    if (!args_check(vm, name, nargs, kw, 1, 1)) return VAL_NULL;
    if (!is_str(args[0])) return err_format(vm, &exc_TypeError, "must be str, not %T", args[0]);
    StrObj *s = as_str(self), *n = as_str(args[0]);
    const char *hit = NULL;
    if (!reverse) {
        hit = find_bytes(s->data, s->nbytes, n->data, n->nbytes);
    } else if (n->nbytes <= s->nbytes) {
        for (size_t i = s->nbytes - n->nbytes + 1; i-- > 0;)
            if (memcmp(s->data + i, n->data, n->nbytes) == 0) { hit = s->data + i; break; }
    }
    if (!hit) {
        if (raise) return err_set_str(vm, &exc_ValueError, "substring not found");
        return small(-1);
    }
    return small(codepoint_index(s, (size_t)(hit - s->data)));
}
static Value str_find_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return find_impl(vm, self, args, nargs, kw, "find", false, false); }
static Value str_rfind_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return find_impl(vm, self, args, nargs, kw, "rfind", false, true); }
static Value str_index_m(VM *vm, Value self, Value *args, size_t nargs, Value kw) { return find_impl(vm, self, args, nargs, kw, "index", true, false); }

static Value str_count_m(VM *vm, Value self, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "count", nargs, kw, 1, 1)) return VAL_NULL;
    if (!is_str(args[0])) return err_format(vm, &exc_TypeError, "must be str, not %T", args[0]);
    StrObj *s = as_str(self), *n = as_str(args[0]);
    if (n->nbytes == 0) return small((intptr_t)s->len + 1);
    intptr_t count = 0;
    size_t i = 0;
    const char *hit;
    while ((hit = find_bytes(s->data + i, s->nbytes - i, n->data, n->nbytes))) {
        count++;
        i = (size_t)(hit - s->data) + n->nbytes;
    }
    return small(count);
}

static Value predicate(VM *vm, Value self, size_t nargs, Value kw, const char *name, int (*test)(int))
{
    if (!args_check(vm, name, nargs, kw, 0, 0)) return VAL_NULL;
    StrObj *s = as_str(self);
    if (s->nbytes == 0) return FALSE_V;
    for (size_t i = 0; i < s->nbytes; i++)
        if (!test((unsigned char)s->data[i])) return FALSE_V;
    return TRUE_V;
}
static int t_digit(int c) { return c >= '0' && c <= '9'; }
static int t_alpha(int c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int t_space(int c) { return is_space_byte((unsigned char)c); }
static int t_alnum(int c) { return t_digit(c) || t_alpha(c); }
static Value str_isdigit_m(VM *vm, Value self, Value *a, size_t n, Value kw) { (void)a; return predicate(vm, self, n, kw, "isdigit", t_digit); }
static Value str_isalpha_m(VM *vm, Value self, Value *a, size_t n, Value kw) { (void)a; return predicate(vm, self, n, kw, "isalpha", t_alpha); }
static Value str_isspace_m(VM *vm, Value self, Value *a, size_t n, Value kw) { (void)a; return predicate(vm, self, n, kw, "isspace", t_space); }
static Value str_isalnum_m(VM *vm, Value self, Value *a, size_t n, Value kw) { (void)a; return predicate(vm, self, n, kw, "isalnum", t_alnum); }

static const MethodDef str_methods[] = {
    {"strip", str_strip_m, 0}, {"lstrip", str_lstrip_m, 0}, {"rstrip", str_rstrip_m, 0},
    {"upper", str_upper_m, 0}, {"lower", str_lower_m, 0}, {"join", str_join_m, 0},
    {"split", str_split_m, 0}, {"replace", str_replace_m, 0},
    {"startswith", str_startswith_m, 0}, {"endswith", str_endswith_m, 0},
    {"find", str_find_m, 0}, {"rfind", str_rfind_m, 0}, {"index", str_index_m, 0},
    {"count", str_count_m, 0}, {"isdigit", str_isdigit_m, 0}, {"isalpha", str_isalpha_m, 0},
    {"isspace", str_isspace_m, 0}, {"isalnum", str_isalnum_m, 0},
    {NULL, NULL, 0},
};

Type type_str = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "str", .size = sizeof(StrObj),
    .flags = TF_BASETYPE | TF_STR_SUB, .base = &type_object,
    .dealloc = str_dealloc, .repr = str_repr, .str = str_str, .hash = str_hash_slot,
    .richcompare = str_richcompare, .len = str_len, .truth = str_truth,
    .getitem = str_getitem, .contains = str_contains, .iter = str_iter,
    .binop = {[NB_ADD] = str_add, [NB_MUL] = str_mul},
    .new_ = str_type_new, .getattr = obj_generic_getattr, .methods = str_methods,
};

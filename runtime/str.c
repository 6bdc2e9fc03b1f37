/*
 * str: immutable Unicode text stored as UTF-8 with its length in code
 * points.  ASCII strings index directly; others walk the bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "runtime/str_internal.h"
#include "vm/vm.h"

/* Bytes of an exact str's block (see the layouts in runtime/object.h). */
static size_t str_alloc_size(size_t nbytes)
{
    return (nbytes <= STR_COMPACT_MAX ? sizeof(StrObj) : sizeof(StrFull)) + nbytes + 1;
}

size_t str_block_size(const StrObj *s)
{
    if (str_is_compact(s)) return sizeof(StrObj) + str_nbytes(s) + 1;
    /* Instances of str subclasses are GC objects of their class's size. */
    return s->ob.type->size + str_nbytes(s) + 1;
}

/* ---- UTF-8 ------------------------------------------------------------------- */

size_t str_utf8_decode(const char *s, uint32_t *cp)
{
    const unsigned char *p = (const unsigned char *)s;
    if (p[0] < 0x80) { *cp = p[0]; return 1; }
    if ((p[0] & 0xe0) == 0xc0) { *cp = ((uint32_t)(p[0] & 0x1f) << 6) | (p[1] & 0x3f); return 2; }
    if ((p[0] & 0xf0) == 0xe0) {
        *cp = ((uint32_t)(p[0] & 0x0f) << 12) | ((uint32_t)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
        return 3;
    }
    *cp = ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3f) << 12) |
          ((uint32_t)(p[2] & 0x3f) << 6) | (p[3] & 0x3f);
    return 4;
}

size_t str_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) { o[0] = 0xc0 | (cp >> 6); o[1] = 0x80 | (cp & 0x3f); return 2; }
    if (cp < 0x10000) {
        o[0] = 0xe0 | (cp >> 12); o[1] = 0x80 | ((cp >> 6) & 0x3f); o[2] = 0x80 | (cp & 0x3f);
        return 3;
    }
    o[0] = 0xf0 | (cp >> 18); o[1] = 0x80 | ((cp >> 12) & 0x3f);
    o[2] = 0x80 | ((cp >> 6) & 0x3f); o[3] = 0x80 | (cp & 0x3f);
    return 4;
}

static size_t count_codepoints(const char *s, size_t n, bool *ascii)
{
    size_t count = 0;
    bool all_ascii = true;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xc0) != 0x80) count++;
        if (c >= 0x80) all_ascii = false;
    }
    *ascii = all_ascii;
    return count;
}

/* Byte offset reached by moving `count` code points forward from byte `off`. */
size_t str_advance(const StrObj *s, size_t off, size_t count)
{
    size_t nbytes = str_nbytes(s);
    if (str_is_ascii(s)) return off + count < nbytes ? off + count : nbytes;
    const char *data = str_data(s);
    while (count > 0 && off < nbytes) {
        off++;
        while (off < nbytes && ((unsigned char)data[off] & 0xc0) == 0x80) off++;
        count--;
    }
    return off;
}

/* ---- code point index ------------------------------------------------------------
 * A non-ASCII string indexed by code point gets, on first need, a table of the
 * byte offsets of code points 0, 32, 64, ...: s[i] then walks at most 31 code
 * points, so `for i in range(len(s)): s[i]` stays linear. */

#define CP_STEP_SHIFT 5
#define CP_INDEX_MIN 64   /* shorter strings just walk */

_Static_assert(STR_COMPACT_MAX < CP_INDEX_MIN, "compact strs have no room for an index");

static size_t cpindex_entries(const StrFull *s) { return (s->len >> CP_STEP_SHIFT) + 1; }

void str_free_index(VM *vm, StrObj *so)
{
    if (str_is_compact(so)) return;
    StrFull *s = str_full(so);
    if (s->cpindex) gc_mem_free(vm, s->cpindex, cpindex_entries(s) * sizeof(size_t));
    s->cpindex = NULL;
}

size_t str_sizeof(Value v)
{
    const StrObj *s = as_str(v);
    size_t size = str_block_size(s);
    if (!str_is_compact(s) && str_full(s)->cpindex) size += cpindex_entries(str_full(s)) * sizeof(size_t);
    return size;
}

/* On allocation failure the caller just walks: the error is not reported. */
static bool build_cpindex(VM *vm, StrFull *s)
{
    size_t n = cpindex_entries(s);
    size_t *idx = gc_mem_alloc(vm, n * sizeof(size_t));
    if (!idx) {
        err_clear(vm);
        return false;
    }
    size_t cp = 0;
    for (size_t i = 0; i < s->nbytes; i++) {
        if (((unsigned char)s->data[i] & 0xc0) == 0x80) continue;
        if ((cp & ((1u << CP_STEP_SHIFT) - 1)) == 0) idx[cp >> CP_STEP_SHIFT] = i;
        cp++;
    }
    if ((cp & ((1u << CP_STEP_SHIFT) - 1)) == 0) idx[cp >> CP_STEP_SHIFT] = s->nbytes;
    s->cpindex = idx;
    return true;
}

/* The checkpoint table of a long non-ASCII str (built on first need), or NULL. */
static size_t *cpindex_of(VM *vm, StrObj *so)
{
    if (str_is_compact(so)) return NULL;
    StrFull *s = str_full(so);
    if (s->len >= CP_INDEX_MIN && (s->cpindex || build_cpindex(vm, s))) return s->cpindex;
    return NULL;
}

size_t str_byte_offset(VM *vm, StrObj *s, size_t index)
{
    size_t nbytes = str_nbytes(s);
    if (str_is_ascii(s)) return index < nbytes ? index : nbytes;
    if (index >= str_len(s)) return nbytes;
    size_t *cpindex = cpindex_of(vm, s);
    if (cpindex) {
        size_t off = cpindex[index >> CP_STEP_SHIFT];
        return str_advance(s, off, index & ((1u << CP_STEP_SHIFT) - 1));
    }
    return str_advance(s, 0, index);
}

size_t str_cp_index(VM *vm, StrObj *so, size_t byte)
{
    if (str_is_ascii(so)) return byte;
    size_t base_cp = 0, base_byte = 0;
    if (cpindex_of(vm, so)) {
        StrFull *s = str_full(so);
        /* binary search the last checkpoint <= byte */
        size_t lo = 0, hi = cpindex_entries(s);
        while (hi - lo > 1) {
            size_t mid = (lo + hi) / 2;
            if (s->cpindex[mid] <= byte) lo = mid; else hi = mid;
        }
        base_cp = lo << CP_STEP_SHIFT;
        base_byte = s->cpindex[lo];
    }
    const char *data = str_data(so);
    for (size_t i = base_byte; i < byte; i++)
        if (((unsigned char)data[i] & 0xc0) != 0x80) base_cp++;
    return base_cp;
}


/* ---- construction -------------------------------------------------------------- */

/* Compact if short enough; lengths and ASCII-ness are set by str_set_len. */
static StrObj *str_alloc(VM *vm, size_t nbytes)
{
    StrObj *s = gc_mem_alloc(vm, str_alloc_size(nbytes));
    if (!s) return NULL;
    s->ob.refcnt = 1;
    s->ob.type = &type_str;
    if (nbytes <= STR_COMPACT_MAX) {
        s->ob.aux = STR_COMPACT | (uint32_t)nbytes << STR_NBYTES_SHIFT;
    } else {
        StrFull *f = str_full(s);
        s->ob.aux = 0;
        f->hash = -1;
        f->nbytes = nbytes;
        f->len = 0;
        f->cpindex = NULL;
    }
    str_buf(s)[nbytes] = 0;
    return s;
}

void str_set_len(StrObj *s, size_t len, bool ascii)
{
    if (str_is_compact(s))
        s->ob.aux = (s->ob.aux & ~((uint32_t)STR_FIELD_MASK << STR_LEN_SHIFT)) | (uint32_t)len << STR_LEN_SHIFT;
    else
        str_full(s)->len = len;
    if (ascii) s->ob.aux |= STR_ASCII; else s->ob.aux &= ~(uint32_t)STR_ASCII;
}

Value str_new(VM *vm, const char *utf8, size_t nbytes)
{
    if (nbytes == 1 && (unsigned char)utf8[0] < 128 && vm->single_chars)
        return incref(as_tuple(vm->single_chars)->items[(unsigned char)utf8[0]]);
    StrObj *s = str_alloc(vm, nbytes);
    if (!s) return VAL_NULL;
    memcpy(str_buf(s), utf8, nbytes);
    bool ascii;
    size_t len = count_codepoints(utf8, nbytes, &ascii);
    str_set_len(s, len, ascii);
    return val(s);
}

StrObj *str_alloc_raw(VM *vm, size_t nbytes) { return str_alloc(vm, nbytes); }

Value str_new_known(VM *vm, const char *utf8, size_t nbytes, size_t len, bool ascii)
{
    if (nbytes == 1 && ascii && vm->single_chars)
        return incref(as_tuple(vm->single_chars)->items[(unsigned char)utf8[0]]);
    StrObj *s = str_alloc(vm, nbytes);
    if (!s) return VAL_NULL;
    memcpy(str_buf(s), utf8, nbytes);
    str_set_len(s, len, ascii);
    return val(s);
}

Value str_from_cstr(VM *vm, const char *s) { return str_new(vm, s, strlen(s)); }

Value str_from_codepoint(VM *vm, uint32_t cp)
{
    char buf[4];
    return str_new(vm, buf, str_utf8_encode(cp, buf));
}

/* A full-layout copy of a compact str, so the interned string caches its
 * hash (interned names are the keys of attribute and global lookups). */
static Value str_uncompact(VM *vm, Value v)
{
    StrObj *s = as_str(v);
    size_t n = str_nbytes(s);
    StrFull *f = gc_mem_alloc(vm, sizeof(StrFull) + n + 1);
    if (!f) return VAL_NULL;
    f->ob.refcnt = 1;
    f->ob.type = &type_str;
    f->ob.aux = s->ob.aux & STR_ASCII;
    f->hash = -1;
    f->len = str_len(s);
    f->nbytes = n;
    f->cpindex = NULL;
    memcpy(f->data, str_data(s), n + 1);
    return val(f);
}

Value str_intern(VM *vm, Value s)
{
    if (!s) return VAL_NULL;
    if (str_is_interned(as_str(s))) return s;
    Value existing = dict_get_str_borrowed(vm, vm->interned, s);
    if (existing) {
        incref(existing);
        decref(vm, s);
        return existing;
    }
    /* Only the caller holds s (nobody can tell it from a copy): intern a
     * full copy.  Otherwise (sys.intern(x)) s itself, compact or not. */
    if (str_is_compact(as_str(s)) && as_obj(s)->refcnt == 1 && is_type(s, &type_str)) {
        Value full = str_uncompact(vm, s);
        decref(vm, s);
        if (!full) return VAL_NULL;
        s = full;
    }
    if (dict_set(vm, vm->interned, s, s) < 0) {
        decref(vm, s);
        return VAL_NULL;
    }
    as_obj(s)->aux |= STR_INTERNED;
    return s;
}

Value str_intern_cstr(VM *vm, const char *s) { return str_intern(vm, str_from_cstr(vm, s)); }

bool str_eq(Value a, Value b)
{
    if (a == b) return true;
    StrObj *x = as_str(a), *y = as_str(b);
    size_t n = str_nbytes(x);
    if (n != str_nbytes(y)) return false;
    if (!str_is_compact(x) && !str_is_compact(y)) {
        intptr_t hx = str_full(x)->hash, hy = str_full(y)->hash;
        if (hx != -1 && hy != -1 && hx != hy) return false;
    }
    return memcmp(str_data(x), str_data(y), n) == 0;
}

/* Any good hash will do (CPython randomises str hashes): 8 bytes per step,
 * then murmur3's finaliser, so short keys hash in a few nanoseconds. */
static inline uint64_t load_u64(const char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

intptr_t str_hash_bytes(const char *p, size_t n)
{
    const uint64_t k1 = 0x9e3779b97f4a7c15ull, k2 = 0xc2b2ae3d27d4eb4full;
    uint64_t h = (uint64_t)n * k1;
    for (; n >= 8; p += 8, n -= 8) {
        h ^= load_u64(p) * k2;
        h = ((h << 31) | (h >> 33)) * k1;
    }
    if (n) {
        uint64_t w = 0;
        memcpy(&w, p, n);
        h ^= w * k2;
        h = ((h << 31) | (h >> 33)) * k1;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    intptr_t r = (intptr_t)h;
    return r == -1 ? -2 : r;
}

Value str_concat(VM *vm, Value a, Value b)
{
    StrObj *x = as_str(a), *y = as_str(b);
    size_t nx = str_nbytes(x), ny = str_nbytes(y);
    if (ny == 0 && is_type(a, &type_str)) return incref(a);
    if (nx == 0 && is_type(b, &type_str)) return incref(b);
    StrObj *s = str_alloc(vm, nx + ny);
    if (!s) return VAL_NULL;
    memcpy(str_buf(s), str_data(x), nx);
    memcpy(str_buf(s) + nx, str_data(y), ny);
    str_set_len(s, str_len(x) + str_len(y), str_is_ascii(x) && str_is_ascii(y));
    return val(s);
}

Value str_substr(VM *vm, Value v, size_t start, size_t end)
{
    StrObj *s = as_str(v);
    if (start == 0 && end >= str_len(s) && is_type(v, &type_str)) return incref(v);
    if (end <= start) return str_new(vm, "", 0);
    size_t b0 = str_byte_offset(vm, s, start), b1 = str_advance(s, b0, end - start);
    return str_new(vm, str_data(s) + b0, b1 - b0);
}

/* ---- StrBuf ------------------------------------------------------------------------ */

void strbuf_init(StrBuf *b, VM *vm)
{
    b->vm = vm;
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}

static bool strbuf_reserve(StrBuf *b, size_t extra)
{
    if (b->failed) return false;
    if (b->len + extra + 1 <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) cap *= 2;
    char *d = gc_mem_realloc(b->vm, b->data, b->cap, cap);
    if (!d) {
        b->failed = true;
        return false;
    }
    b->data = d;
    b->cap = cap;
    return true;
}

void strbuf_add(StrBuf *b, const char *s, size_t n)
{
    if (!strbuf_reserve(b, n)) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

void strbuf_add_cstr(StrBuf *b, const char *s) { strbuf_add(b, s, strlen(s)); }
void strbuf_add_char(StrBuf *b, char c) { strbuf_add(b, &c, 1); }
void strbuf_add_str(StrBuf *b, Value s) { strbuf_add(b, str_cstr(s), str_nbytes(as_str(s))); }

void strbuf_printf(StrBuf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof tmp) {
        strbuf_add(b, tmp, (size_t)n);
        return;
    }
    if (!strbuf_reserve(b, (size_t)n)) return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

bool strbuf_add_repr(StrBuf *b, Value v)
{
    Value r = obj_repr(b->vm, v);
    if (!r) {
        b->failed = true;
        return false;
    }
    strbuf_add_str(b, r);
    decref(b->vm, r);
    return !b->failed;
}

Value strbuf_finish(StrBuf *b)
{
    if (b->failed) {
        strbuf_discard(b);
        if (!err_occurred(b->vm)) err_no_memory(b->vm);
        return VAL_NULL;
    }
    Value s = str_new(b->vm, b->data ? b->data : "", b->len);
    strbuf_discard(b);
    return s;
}

void strbuf_discard(StrBuf *b)
{
    gc_mem_free(b->vm, b->data, b->cap);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* ---- formatting for C callers (err_format, str_format) ----------------------------- */

static bool add_value_text(StrBuf *b, Value v, char how)
{
    Value s = how == 'R' ? obj_repr(b->vm, v) : obj_str(b->vm, v);
    if (!s) {
        b->failed = true;
        return false;
    }
    strbuf_add_str(b, s);
    decref(b->vm, s);
    return true;
}

Value str_vformat(VM *vm, const char *fmt, va_list ap)
{
    StrBuf b;
    strbuf_init(&b, vm);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            const char *q = p;
            while (*q && *q != '%') q++;
            strbuf_add(&b, p, (size_t)(q - p));
            p = q - 1;
            continue;
        }
        p++;
        switch (*p) {
        case 's': strbuf_add_cstr(&b, va_arg(ap, const char *)); break;
        case 'd': strbuf_printf(&b, "%d", va_arg(ap, int)); break;
        case 'c': strbuf_add_char(&b, (char)va_arg(ap, int)); break;
        case 'p': strbuf_printf(&b, "%p", va_arg(ap, void *)); break;
        case 'x': strbuf_printf(&b, "%x", va_arg(ap, unsigned)); break;
        case '%': strbuf_add_char(&b, '%'); break;
        case 'l':
            if (p[1] == 'l' && p[2] == 'd') { strbuf_printf(&b, "%lld", va_arg(ap, long long)); p += 2; }
            else if (p[1] == 'd') { strbuf_printf(&b, "%ld", va_arg(ap, long)); p++; }
            break;
        case 'z':
            if (p[1] == 'd') strbuf_printf(&b, "%zd", va_arg(ap, intptr_t));
            else strbuf_printf(&b, "%zu", va_arg(ap, size_t));
            p++;
            break;
        case '.':
            if (p[1] == '*' && p[2] == 's') {
                int n = va_arg(ap, int);
                const char *s = va_arg(ap, const char *);
                strbuf_add(&b, s, (size_t)n);
                p += 2;
            }
            break;
        case 'R': case 'S': add_value_text(&b, va_arg(ap, Value), *p); break;
        case 'T': strbuf_add_cstr(&b, type_name(type_of(va_arg(ap, Value)))); break;
        case 'U': strbuf_add_str(&b, va_arg(ap, Value)); break;
        default: strbuf_add_char(&b, '%'); strbuf_add_char(&b, *p); break;
        }
        if (!*p) break;
    }
    return strbuf_finish(&b);
}

Value str_format(VM *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Value s = str_vformat(vm, fmt, ap);
    va_end(ap);
    return s;
}

/* ---- repr ----------------------------------------------------------------------------- */

bool str_is_printable(uint32_t cp)
{
    if (cp < 0x7f) return cp >= 0x20;
    return uni_is(cp, UNI_PRINTABLE);
}

static void add_escaped(StrBuf *b, uint32_t cp, char quote)
{
    switch (cp) {
    case '\\': strbuf_add(b, "\\\\", 2); return;
    case '\n': strbuf_add(b, "\\n", 2); return;
    case '\r': strbuf_add(b, "\\r", 2); return;
    case '\t': strbuf_add(b, "\\t", 2); return;
    }
    if (cp == (uint32_t)quote) {
        strbuf_add_char(b, '\\');
        strbuf_add_char(b, quote);
    } else if (str_is_printable(cp)) {
        char buf[4];
        strbuf_add(b, buf, str_utf8_encode(cp, buf));
    } else if (cp < 0x100) {
        strbuf_printf(b, "\\x%02x", cp);
    } else if (cp < 0x10000) {
        strbuf_printf(b, "\\u%04x", cp);
    } else {
        strbuf_printf(b, "\\U%08x", cp);
    }
}

Value str_repr(VM *vm, Value v)
{
    StrObj *s = as_str(v);
    bool has_single = memchr(str_data(s), '\'', str_nbytes(s)) != NULL;
    bool has_double = memchr(str_data(s), '"', str_nbytes(s)) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    StrBuf b;
    strbuf_init(&b, vm);
    strbuf_add_char(&b, quote);
    for (size_t i = 0; i < str_nbytes(s);) {
        uint32_t cp;
        i += str_utf8_decode(str_data(s) + i, &cp);
        add_escaped(&b, cp, quote);
    }
    strbuf_add_char(&b, quote);
    return strbuf_finish(&b);
}

/* ---- codecs: utf-8, ascii, latin-1 ------------------------------------------------------
 * str.encode / bytes.decode with the error handlers 'strict', 'ignore',
 * 'replace' and 'backslashreplace' (plus 'xmlcharrefreplace' for encoding).
 * The exceptions carry CPython's message as their one argument and the
 * encoding/object/start/end/reason attributes. */

static void set_exc_attrs(VM *vm, Value exc, const char *encoding, Value object, size_t start,
                          size_t end, const char *reason)
{
    const char *names[5] = {"encoding", "object", "start", "end", "reason"};
    Value vals[5] = {str_from_cstr(vm, encoding), incref(object), int_from_u64(vm, start),
                     int_from_u64(vm, end), str_from_cstr(vm, reason)};
    for (int i = 0; i < 5; i++) {
        if (vals[i]) {
            Value name = str_intern_cstr(vm, names[i]);
            if (name && obj_setattr(vm, exc, name, vals[i]) < 0) err_clear(vm);
            xdecref(vm, name);
            decref(vm, vals[i]);
        } else {
            err_clear(vm);
        }
    }
}

static Value raise_unicode_error(VM *vm, Type *type, Value msg_steal, const char *encoding, Value object,
                                 size_t start, size_t end, const char *reason)
{
    if (!msg_steal) return VAL_NULL;
    Value args = tuple_pack(vm, 1, msg_steal);
    decref(vm, msg_steal);
    Value e = exc_new(vm, type, args);
    if (!e) return VAL_NULL;
    set_exc_attrs(vm, e, encoding, object, start, end, reason);
    return err_set_exc(vm, e);
}

Value err_unicode_decode(VM *vm, const char *encoding, const unsigned char *data, size_t len,
                         size_t start, size_t end, const char *reason)
{
    Value msg = end - start == 1
        ? str_format(vm, "'%s' codec can't decode byte 0x%x%x in position %zu: %s", encoding,
                     (unsigned)(data[start] >> 4), (unsigned)(data[start] & 15), start, reason)
        : str_format(vm, "'%s' codec can't decode bytes in position %zu-%zu: %s", encoding, start, end - 1, reason);
    Value object = bytes_new(vm, data, len);
    if (!object) { xdecref(vm, msg); return VAL_NULL; }
    raise_unicode_error(vm, &exc_UnicodeDecodeError, msg, encoding, object, start, end, reason);
    decref(vm, object);
    return VAL_NULL;
}

static void add_char_escape(StrBuf *b, uint32_t cp)
{
    if (cp <= 0xff) strbuf_printf(b, "\\x%02x", cp);
    else if (cp <= 0xffff) strbuf_printf(b, "\\u%04x", cp);
    else strbuf_printf(b, "\\U%08x", cp);
}

Value err_unicode_encode(VM *vm, const char *encoding, Value str, size_t start, size_t end, const char *reason)
{
    StrBuf b;
    strbuf_init(&b, vm);
    if (end - start == 1) {
        StrObj *s = as_str(str);
        uint32_t cp;
        str_utf8_decode(str_data(s) + str_byte_offset(vm, s, start), &cp);
        strbuf_printf(&b, "'%s' codec can't encode character '", encoding);
        add_char_escape(&b, cp);
        strbuf_printf(&b, "' in position %zu: %s", start, reason);
    } else {
        strbuf_printf(&b, "'%s' codec can't encode characters in position %zu-%zu: %s", encoding, start,
                      end - 1, reason);
    }
    return raise_unicode_error(vm, &exc_UnicodeEncodeError, strbuf_finish(&b), encoding, str, start, end, reason);
}

const char *codec_lookup(VM *vm, Value encoding)
{
    if (!encoding) return "utf-8";
    if (!is_str(encoding))
        return err_format(vm, &exc_TypeError, "encode() argument 'encoding' must be str, not %s", arg_type_name(encoding)), NULL;
    char norm[32];
    StrObj *e = as_str(encoding);
    size_t n = 0;
    for (size_t i = 0; i < str_nbytes(e) && n + 1 < sizeof norm; i++) {
        char c = str_data(e)[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c == '_' || c == ' ') c = '-';
        norm[n++] = c;
    }
    norm[n] = 0;
    if (str_nbytes(e) < sizeof norm - 1) {
        static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001", NULL};
        static const char *const ascii[] = {"ascii", "us-ascii", "646", "us", NULL};
        static const char *const latin1[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "l1",
                                             "latin", "cp819", "iso-ir-100", NULL};
        for (int i = 0; utf8[i]; i++) if (!strcmp(norm, utf8[i])) return "utf-8";
        for (int i = 0; ascii[i]; i++) if (!strcmp(norm, ascii[i])) return "ascii";
        for (int i = 0; latin1[i]; i++) if (!strcmp(norm, latin1[i])) return "latin-1";
    }
    err_format(vm, &exc_LookupError, "unknown encoding: %U", encoding);
    return NULL;
}

typedef enum { EH_STRICT, EH_IGNORE, EH_REPLACE, EH_BACKSLASH, EH_XMLCHARREF, EH_UNKNOWN } ErrHandler;

static ErrHandler error_handler(Value errors)
{
    if (!errors || !is_str(errors)) return EH_STRICT;
    const char *e = str_cstr(errors);
    if (!strcmp(e, "strict")) return EH_STRICT;
    if (!strcmp(e, "ignore")) return EH_IGNORE;
    if (!strcmp(e, "replace")) return EH_REPLACE;
    if (!strcmp(e, "backslashreplace")) return EH_BACKSLASH;
    if (!strcmp(e, "xmlcharrefreplace")) return EH_XMLCHARREF;
    return EH_UNKNOWN;
}

static Value unknown_handler(VM *vm, Value errors)
{
    return err_format(vm, &exc_LookupError, "unknown error handler name '%U'", errors);
}

/* Length of the valid UTF-8 sequence at data[i], or 0 with *end and *reason
 * describing the error as CPython's decoder does. */
static size_t utf8_sequence(const unsigned char *d, size_t n, size_t i, size_t *end, const char **reason)
{
    unsigned c = d[i];
    if (c < 0x80) return 1;
    *end = i + 1;
    if (c < 0xc2 || c > 0xf4) { *reason = "invalid start byte"; return 0; }
    size_t need = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    unsigned lo = 0x80, hi = 0xbf;
    if (c == 0xe0) lo = 0xa0;
    else if (c == 0xed) hi = 0x9f;
    else if (c == 0xf0) lo = 0x90;
    else if (c == 0xf4) hi = 0x8f;
    for (size_t k = 1; k < need; k++) {
        if (i + k >= n) { *end = n; *reason = "unexpected end of data"; return 0; }
        unsigned x = d[i + k];
        if (k == 1 ? (x < lo || x > hi) : (x & 0xc0) != 0x80) {
            *end = i + k;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return need;
}

static Value decode_generic(VM *vm, const char *codec, const unsigned char *d, size_t n, Value errors)
{
    ErrHandler eh = error_handler(errors);
    StrBuf b;
    strbuf_init(&b, vm);
    size_t i = 0;
    while (i < n) {
        size_t end = i + 1, k = 1;
        const char *reason = "ordinal not in range(128)";
        if (codec[0] == 'l') {          /* latin-1: every byte is its code point */
            char buf[4];
            strbuf_add(&b, buf, str_utf8_encode(d[i], buf));
            i++;
            continue;
        }
        if (codec[0] == 'u') k = utf8_sequence(d, n, i, &end, &reason);
        else if (d[i] >= 0x80) k = 0;
        if (k) {
            strbuf_add(&b, (const char *)d + i, k);
            i += k;
            continue;
        }
        switch (eh) {
        case EH_STRICT: case EH_XMLCHARREF:
            strbuf_discard(&b);
            return err_unicode_decode(vm, codec, d, n, i, end, reason);
        case EH_UNKNOWN: strbuf_discard(&b); return unknown_handler(vm, errors);
        case EH_IGNORE: break;
        case EH_REPLACE: strbuf_add(&b, "\xef\xbf\xbd", 3); break;
        case EH_BACKSLASH:
            for (size_t j = i; j < end; j++) strbuf_printf(&b, "\\x%02x", d[j]);
            break;
        }
        i = end;
    }
    return strbuf_finish(&b);
}

Value str_decode_utf8(VM *vm, const unsigned char *data, size_t len, const char *errors)
{
    (void)errors;
    return decode_generic(vm, "utf-8", data, len, VAL_NULL);
}

Value bytes_decode(VM *vm, const unsigned char *data, size_t len, Value encoding, Value errors)
{
    if (errors && !is_str(errors))
        return err_format(vm, &exc_TypeError, "decode() argument 'errors' must be str, not %s", arg_type_name(errors));
    if (encoding && !is_str(encoding))
        return err_format(vm, &exc_TypeError, "decode() argument 'encoding' must be str, not %s", arg_type_name(encoding));
    const char *codec = codec_lookup(vm, encoding);
    if (!codec) return VAL_NULL;
    return decode_generic(vm, codec, data, len, errors);
}

Value str_encode(VM *vm, Value str, Value encoding, Value errors)
{
    if (errors && !is_str(errors))
        return err_format(vm, &exc_TypeError, "encode() argument 'errors' must be str, not %s", arg_type_name(errors));
    const char *codec = codec_lookup(vm, encoding);
    if (!codec) return VAL_NULL;
    StrObj *s = as_str(str);
    if (str_is_ascii(s) || codec[0] == 'u') {
        /* UTF-8 is the storage form; only lone surrogates can't be encoded. */
        bool surrogates = false;
        for (size_t i = 0; i + 2 < str_nbytes(s) && !surrogates; i++)
            surrogates = (unsigned char)str_data(s)[i] == 0xed && (unsigned char)str_data(s)[i + 1] >= 0xa0;
        if (!surrogates) return bytes_new(vm, str_data(s), str_nbytes(s));
    }
    uint32_t limit = codec[0] == 'l' ? 0x100 : codec[0] == 'a' ? 0x80 : 0x110000;
    const char *reason = codec[0] == 'l' ? "ordinal not in range(256)"
                       : codec[0] == 'a' ? "ordinal not in range(128)" : "surrogates not allowed";
    ErrHandler eh = error_handler(errors);
    StrBuf b;
    strbuf_init(&b, vm);
    size_t pos = 0;
    for (size_t i = 0; i < str_nbytes(s); pos++) {
        uint32_t cp;
        size_t k = str_utf8_decode(str_data(s) + i, &cp);
        bool bad = cp >= limit || (cp >= 0xd800 && cp <= 0xdfff);
        if (!bad) {
            if (codec[0] == 'u') strbuf_add(&b, str_data(s) + i, k);
            else strbuf_add_char(&b, (char)cp);
            i += k;
            continue;
        }
        if (eh == EH_STRICT || eh == EH_UNKNOWN) {
            /* CPython reports the whole run of unencodable characters */
            size_t endpos = pos + 1, j = i + k;
            while (j < str_nbytes(s)) {
                uint32_t c2;
                size_t k2 = str_utf8_decode(str_data(s) + j, &c2);
                if (!(c2 >= limit || (c2 >= 0xd800 && c2 <= 0xdfff))) break;
                j += k2;
                endpos++;
            }
            strbuf_discard(&b);
            if (eh == EH_UNKNOWN) return unknown_handler(vm, errors);
            return err_unicode_encode(vm, codec, str, pos, endpos, reason);
        }
        if (eh == EH_REPLACE) strbuf_add_char(&b, '?');
        else if (eh == EH_BACKSLASH) add_char_escape(&b, cp);
        else if (eh == EH_XMLCHARREF) strbuf_printf(&b, "&#%u;", (unsigned)cp);
        i += k;
    }
    if (b.failed) { strbuf_discard(&b); return err_no_memory(vm); }
    Value r = bytes_new(vm, b.data ? b.data : "", b.len);
    strbuf_discard(&b);
    return r;
}

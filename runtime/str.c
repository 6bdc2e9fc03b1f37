/*
 * str: immutable Unicode text stored as UTF-8 with its length in code
 * points.  ASCII strings index directly; others walk the bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "runtime/object.h"
#include "vm/vm.h"

static size_t str_alloc_size(size_t nbytes) { return sizeof(StrObj) + nbytes + 1; }

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
    if (s->ascii) return off + count < s->nbytes ? off + count : s->nbytes;
    while (count > 0 && off < s->nbytes) {
        off++;
        while (off < s->nbytes && ((unsigned char)s->data[off] & 0xc0) == 0x80) off++;
        count--;
    }
    return off;
}

/* Byte offset of code point `index` (index <= len). */
static size_t byte_offset(const StrObj *s, size_t index) { return str_advance(s, 0, index); }

/* ---- construction -------------------------------------------------------------- */

static StrObj *str_alloc(VM *vm, size_t nbytes)
{
    StrObj *s = gc_mem_alloc(vm, str_alloc_size(nbytes));
    if (!s) return NULL;
    s->ob.refcnt = 1;
    s->ob.type = &type_str;
    s->hash = -1;
    s->nbytes = nbytes;
    s->interned = false;
    s->data[nbytes] = 0;
    return s;
}

Value str_new(VM *vm, const char *utf8, size_t nbytes)
{
    if (nbytes == 1 && (unsigned char)utf8[0] < 128 && vm->single_chars)
        return incref(as_tuple(vm->single_chars)->items[(unsigned char)utf8[0]]);
    StrObj *s = str_alloc(vm, nbytes);
    if (!s) return VAL_NULL;
    memcpy(s->data, utf8, nbytes);
    s->len = count_codepoints(utf8, nbytes, &s->ascii);
    return val(s);
}

Value str_from_cstr(VM *vm, const char *s) { return str_new(vm, s, strlen(s)); }

Value str_from_codepoint(VM *vm, uint32_t cp)
{
    char buf[4];
    return str_new(vm, buf, str_utf8_encode(cp, buf));
}

Value str_intern(VM *vm, Value s)
{
    if (!s) return VAL_NULL;
    if (as_str(s)->interned) return s;
    Value existing = dict_get_str_borrowed(vm, vm->interned, s);
    if (existing) {
        incref(existing);
        decref(vm, s);
        return existing;
    }
    if (dict_set(vm, vm->interned, s, s) < 0) {
        decref(vm, s);
        return VAL_NULL;
    }
    as_str(s)->interned = true;
    return s;
}

Value str_intern_cstr(VM *vm, const char *s) { return str_intern(vm, str_from_cstr(vm, s)); }

bool str_eq(Value a, Value b)
{
    if (a == b) return true;
    StrObj *x = as_str(a), *y = as_str(b);
    if (x->nbytes != y->nbytes) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, x->nbytes) == 0;
}

intptr_t str_hash(Value v)
{
    StrObj *s = as_str(v);
    if (s->hash != -1) return s->hash;
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < s->nbytes; i++) {
        h ^= (unsigned char)s->data[i];
        h *= 1099511628211ull;
    }
    intptr_t r = (intptr_t)(h ^ (h >> 29));
    if (r == -1) r = -2;
    s->hash = r;
    return r;
}

Value str_concat(VM *vm, Value a, Value b)
{
    StrObj *x = as_str(a), *y = as_str(b);
    if (y->nbytes == 0 && is_type(a, &type_str)) return incref(a);
    if (x->nbytes == 0 && is_type(b, &type_str)) return incref(b);
    StrObj *s = str_alloc(vm, x->nbytes + y->nbytes);
    if (!s) return VAL_NULL;
    memcpy(s->data, x->data, x->nbytes);
    memcpy(s->data + x->nbytes, y->data, y->nbytes);
    s->len = x->len + y->len;
    s->ascii = x->ascii && y->ascii;
    return val(s);
}

Value str_substr(VM *vm, Value v, size_t start, size_t end)
{
    StrObj *s = as_str(v);
    if (start == 0 && end >= s->len && is_type(v, &type_str)) return incref(v);
    if (end <= start) return str_new(vm, "", 0);
    size_t b0 = byte_offset(s, start), b1 = str_advance(s, b0, end - start);
    return str_new(vm, s->data + b0, b1 - b0);
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
void strbuf_add_str(StrBuf *b, Value s) { strbuf_add(b, as_str(s)->data, as_str(s)->nbytes); }

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

/* Unicode printability, close to CPython's Py_UNICODE_ISPRINTABLE: control
 * characters, separators other than space, and surrogates are not. */
static bool is_printable(uint32_t cp)
{
    if (cp < 0x20 || cp == 0x7f) return false;
    if (cp < 0x7f) return true;
    if (cp <= 0xa0 || cp == 0xad) return false;
    if ((cp >= 0x2000 && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202f) || (cp >= 0x205f && cp <= 0x206f))
        return false;
    if (cp == 0x3000 || cp == 0x1680 || cp == 0xfeff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) return false;
    if (cp == 0xfff9 || cp == 0xfffa || cp == 0xfffb || cp > 0x10ffff) return false;
    return true;
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
    } else if (is_printable(cp)) {
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
    bool has_single = memchr(s->data, '\'', s->nbytes) != NULL;
    bool has_double = memchr(s->data, '"', s->nbytes) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    StrBuf b;
    strbuf_init(&b, vm);
    strbuf_add_char(&b, quote);
    for (size_t i = 0; i < s->nbytes;) {
        uint32_t cp;
        i += str_utf8_decode(s->data + i, &cp);
        add_escaped(&b, cp, quote);
    }
    strbuf_add_char(&b, quote);
    return strbuf_finish(&b);
}

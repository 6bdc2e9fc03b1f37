/*
 * runtime/str_format.c -- printf-style formatting (`str % args`,
 * `bytes % args`) and str.format / str.format_map.
 *
 * `%` follows CPython's PyUnicode_Format (Objects/unicodeobject.c) and its
 * bytes twin; str.format follows Objects/stringlib/unicode_format.h
 * (MarkupIterator, parse_field, FieldNameIterator, auto-numbering) and hands
 * each field to obj_format, the format() builtin.
 */
#include <math.h>
#include <string.h>

#include "runtime/str_internal.h"
#include "vm/vm.h"

/* ======================================================================
 * %-formatting
 * ====================================================================== */

typedef struct PctState {
    VM *vm;
    bool bytes;             /* formatting bytes: %s means bytes, %r/%a give ascii() */
    Value args;             /* the right operand */
    Value dict;             /* mapping for %(name)s, or VAL_NULL */
    size_t argidx;          /* next positional argument */
    size_t nargs;           /* positional arguments (1 when args isn't a tuple) */
    bool tuple;
} PctState;

typedef struct PctSpec {
    bool left, plus, space, alt, zero;
    intptr_t width, prec;   /* -1: none */
    char conv;
} PctSpec;

static Value next_arg(PctState *st)
{
    if (st->argidx >= st->nargs)
        return err_set_str(st->vm, &exc_TypeError, "not enough arguments for format string");
    Value a = st->tuple ? as_tuple(st->args)->items[st->argidx] : st->args;
    st->argidx++;
    return a;
}

/* Pads `body` (n bytes, `cols` columns) to the spec's width with spaces. */
static void add_padded(StrBuf *b, const PctSpec *sp, const char *body, size_t n, size_t cols)
{
    size_t pad = sp->width > (intptr_t)cols ? (size_t)sp->width - cols : 0;
    if (!sp->left) for (size_t i = 0; i < pad; i++) strbuf_add_char(b, ' ');
    strbuf_add(b, body, n);
    if (sp->left) for (size_t i = 0; i < pad; i++) strbuf_add_char(b, ' ');
}

/* sign + prefix + zeros + digits, padded as %-formatting does. */
static void add_number(StrBuf *b, const PctSpec *sp, bool negative, const char *prefix, const char *digits,
                       size_t ndigits)
{
    char sign = negative ? '-' : sp->plus ? '+' : sp->space ? ' ' : 0;
    size_t nprefix = strlen(prefix);
    size_t body = (sign != 0) + nprefix + ndigits;
    size_t pad = sp->width > (intptr_t)body ? (size_t)sp->width - body : 0;
    bool zero = sp->zero && !sp->left;
    if (!sp->left && !zero) for (size_t i = 0; i < pad; i++) strbuf_add_char(b, ' ');
    if (sign) strbuf_add_char(b, sign);
    strbuf_add(b, prefix, nprefix);
    if (zero) for (size_t i = 0; i < pad; i++) strbuf_add_char(b, '0');
    strbuf_add(b, digits, ndigits);
    if (sp->left) for (size_t i = 0; i < pad; i++) strbuf_add_char(b, ' ');
}

static bool fmt_text(PctState *st, StrBuf *b, const PctSpec *sp, Value v)
{
    VM *vm = st->vm;
    Value s;
    if (st->bytes && sp->conv != 'r' && sp->conv != 'a') {
        ByteBuf view;
        if (!bytes_view(v, &view)) {
            Value name = str_intern_cstr(vm, "__bytes__");
            Value m = name ? obj_lookup_attr(vm, v, name) : VAL_NULL;
            xdecref(vm, name);
            if (!m || is_type(v, &type_str)) {
                xdecref(vm, m);
                if (err_occurred(vm)) err_clear(vm);
                err_format(vm, &exc_TypeError,
                           "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                           type_name(type_of(v)));
                return false;
            }
            Value r = obj_call0(vm, m);
            decref(vm, m);
            if (!r) return false;
            if (!bytes_view(r, &view)) {
                err_format(vm, &exc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
                decref(vm, r);
                return false;
            }
            size_t n = sp->prec >= 0 && (size_t)sp->prec < view.len ? (size_t)sp->prec : view.len;
            add_padded(b, sp, (const char *)view.data, n, n);
            decref(vm, r);
            return true;
        }
        size_t n = sp->prec >= 0 && (size_t)sp->prec < view.len ? (size_t)sp->prec : view.len;
        add_padded(b, sp, (const char *)view.data, n, n);
        return true;
    }
    if (sp->conv == 's') s = obj_str(vm, v);
    else if (sp->conv == 'r' && !st->bytes) s = obj_repr(vm, v);
    else s = obj_ascii(vm, v);
    if (!s) return false;
    StrObj *so = as_str(s);
    size_t cols = str_len(so), n = str_nbytes(so);
    if (sp->prec >= 0 && (size_t)sp->prec < cols) {
        cols = (size_t)sp->prec;
        n = str_advance(so, 0, cols);
    }
    add_padded(b, sp, str_data(so), n, cols);
    decref(vm, s);
    return true;
}

/* An int for %d/%x/...: ints as they are, floats truncated (decimal only), __index__. */
static Value int_operand(PctState *st, Value v, char conv)
{
    VM *vm = st->vm;
    if (is_int(v)) return incref(v);
    bool decimal = conv == 'd' || conv == 'i' || conv == 'u';
    if (decimal && is_type(v, &type_float)) return int_from_double(vm, float_val(v));
    if (type_of(v)->index) return obj_index(vm, v);
    if (decimal) {
        Value m = type_lookup_borrowed(type_of(v), vm->s.__int__);
        if (m) return obj_call_method(vm, v, "__int__", NULL, 0);
        return err_format(vm, &exc_TypeError, "%%%c format: a real number is required, not %s", conv,
                          type_name(type_of(v)));
    }
    return err_format(vm, &exc_TypeError, "%%%c format: an integer is required, not %s", conv, type_name(type_of(v)));
}

static bool fmt_int(PctState *st, StrBuf *b, const PctSpec *sp, Value v)
{
    VM *vm = st->vm;
    Value i = int_operand(st, v, sp->conv);
    if (!i) return false;
    int base = sp->conv == 'o' ? 8 : (sp->conv == 'x' || sp->conv == 'X') ? 16 : 10;
    bool negative = int_sign(i) < 0;
    Value mag = int_abs(vm, i);
    decref(vm, i);
    if (!mag) return false;
    Value text = int_to_base(vm, mag, base, false);
    decref(vm, mag);
    if (!text) return false;
    StrBuf digits;
    strbuf_init(&digits, vm);
    size_t n = str_nbytes(as_str(text));
    for (intptr_t k = (intptr_t)n; k < sp->prec; k++) strbuf_add_char(&digits, '0');
    for (size_t k = 0; k < n; k++) {
        char c = str_cstr(text)[k];
        strbuf_add_char(&digits, sp->conv == 'X' && c >= 'a' && c <= 'f' ? (char)(c - 32) : c);
    }
    decref(vm, text);
    const char *prefix = "";
    if (sp->alt && base == 8) prefix = "0o";
    else if (sp->alt && base == 16) prefix = sp->conv == 'X' ? "0X" : "0x";
    bool ok = !digits.failed;
    if (ok) add_number(b, sp, negative, prefix, digits.data, digits.len);
    strbuf_discard(&digits);
    return ok;
}

static bool float_operand(VM *vm, Value v, double *out)
{
    if (is_type(v, &type_float) || is_instance_of(v, &type_float)) { *out = float_val(v); return true; }
    if (is_int(v)) {
        bool ok;
        *out = int_to_double(vm, v, &ok);
        return ok;
    }
    if (type_lookup_borrowed(type_of(v), vm->s.__float__)) {
        Value f = obj_call_method(vm, v, "__float__", NULL, 0);
        if (!f) return false;
        bool ok = is_instance_of(f, &type_float);
        if (ok) *out = float_val(f);
        else err_format(vm, &exc_TypeError, "%s.__float__ returned non-float (type %T)", type_name(type_of(v)), f);
        decref(vm, f);
        return ok;
    }
    if (type_of(v)->index) {
        Value i = obj_index(vm, v);
        if (!i) return false;
        bool ok;
        *out = int_to_double(vm, i, &ok);
        decref(vm, i);
        return ok;
    }
    err_format(vm, &exc_TypeError, "must be real number, not %s", type_name(type_of(v)));
    return false;
}

static bool fmt_float(PctState *st, StrBuf *b, const PctSpec *sp, Value v)
{
    VM *vm = st->vm;
    double d;
    if (!float_operand(vm, v, &d)) return false;
    int prec = sp->prec < 0 ? 6 : sp->prec > 0x7fffffff ? 0x7fffffff : (int)sp->prec;
    char code = sp->conv;
    int flags = sp->alt ? FLOAT_FMT_ALT : 0;
    if (code == 'E' || code == 'F' || code == 'G') {
        flags |= FLOAT_FMT_UPPER;
        code = (char)(code + 32);
    }
    size_t cap = FLOAT_CHARS_CAP(prec);
    char *buf = gc_mem_alloc(vm, cap);
    if (!buf) return false;
    size_t n = float_to_chars(d, code, prec, flags, buf, cap);
    bool negative = n && buf[0] == '-';
    PctSpec s2 = *sp;
    add_number(b, &s2, negative, "", buf + negative, n - negative);
    gc_mem_free(vm, buf, cap);
    return true;
}

static bool fmt_char(PctState *st, StrBuf *b, const PctSpec *sp, Value v)
{
    VM *vm = st->vm;
    char text[4];
    size_t n;
    if (st->bytes) {
        ByteBuf view;
        if (bytes_view(v, &view) && view.len == 1) {
            text[0] = (char)view.data[0];
        } else if (is_int(v) || type_of(v)->index) {
            intptr_t c;
            if (!obj_as_index(vm, v, &c)) return false;
            if (c < 0 || c > 255) { err_set_str(vm, &exc_OverflowError, "%c arg not in range(256)"); return false; }
            text[0] = (char)c;
        } else {
            err_set_str(vm, &exc_TypeError, "%c requires an integer in range(256) or a single byte");
            return false;
        }
        add_padded(b, sp, text, 1, 1);
        return true;
    }
    if (is_str(v)) {
        if (str_len(as_str(v)) != 1) { err_set_str(vm, &exc_TypeError, "%c requires int or char"); return false; }
        add_padded(b, sp, str_cstr(v), str_nbytes(as_str(v)), 1);
        return true;
    }
    if (!is_int(v) && !type_of(v)->index) { err_set_str(vm, &exc_TypeError, "%c requires int or char"); return false; }
    intptr_t c;
    if (!obj_as_index(vm, v, &c)) {
        if (!err_matches(vm, &exc_OverflowError)) return false;
        err_clear(vm);
        c = -1;
    }
    if (c < 0 || c > 0x10ffff) { err_set_str(vm, &exc_OverflowError, "%c arg not in range(0x110000)"); return false; }
    n = str_utf8_encode((uint32_t)c, text);
    add_padded(b, sp, text, n, 1);
    return true;
}

/* Reads `*` (from the arguments) or digits. */
static bool read_num(PctState *st, const char **pp, const char *end, intptr_t *out)
{
    const char *p = *pp;
    if (p < end && *p == '*') {
        Value v = next_arg(st);
        if (!v) return false;
        if (!is_int(v)) { err_set_str(st->vm, &exc_TypeError, "* wants int"); return false; }
        if (!obj_as_index(st->vm, v, out)) return false;
        *pp = p + 1;
        return true;
    }
    if (p < end && *p >= '0' && *p <= '9') {
        intptr_t v = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            if (v > (INTPTR_MAX - 9) / 10) {
                err_set_str(st->vm, &exc_ValueError, "width too big");
                return false;
            }
            v = v * 10 + (*p++ - '0');
        }
        *out = v;
        *pp = p;
    }
    return true;
}

/* Handles one directive starting after '%'; *pp is advanced past it. */
static bool pct_directive(PctState *st, StrBuf *b, const char *fmt, const char **pp, const char *end, bool *used_key)
{
    VM *vm = st->vm;
    const char *p = *pp;
    Value arg = VAL_NULL, keyed = VAL_NULL;
    if (p < end && *p == '%') {
        strbuf_add_char(b, '%');
        *pp = p + 1;
        return true;
    }
    if (p < end && *p == '(') {
        if (!st->dict) { err_set_str(vm, &exc_TypeError, "format requires a mapping"); return false; }
        int depth = 1;
        const char *k0 = ++p;
        while (p < end && depth) {
            if (*p == '(') depth++;
            else if (*p == ')') depth--;
            p++;
        }
        if (depth) { err_set_str(vm, &exc_ValueError, "incomplete format key"); return false; }
        Value key = st->bytes ? bytes_new(vm, k0, (size_t)(p - 1 - k0)) : str_new(vm, k0, (size_t)(p - 1 - k0));
        if (!key) return false;
        keyed = obj_getitem(vm, st->dict, key);
        decref(vm, key);
        if (!keyed) return false;
        arg = keyed;
        *used_key = true;
        /* with a mapping the argument list is no longer a sequence */
        st->nargs = 0;
        st->argidx = 0;
    }
    PctSpec sp = {.width = -1, .prec = -1};
    for (; p < end; p++) {
        if (*p == '-') sp.left = true;
        else if (*p == '+') sp.plus = true;
        else if (*p == ' ') sp.space = true;
        else if (*p == '#') sp.alt = true;
        else if (*p == '0') sp.zero = true;
        else break;
    }
    bool ok = read_num(st, &p, end, &sp.width);
    if (ok && sp.width < -1) { sp.left = true; sp.width = -sp.width; }
    if (ok && p < end && *p == '.') {
        p++;
        sp.prec = 0;
        ok = read_num(st, &p, end, &sp.prec);
    }
    while (ok && p < end && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
    if (ok && p >= end) { err_set_str(vm, &exc_ValueError, "incomplete format"); ok = false; }
    if (!ok) { xdecref(vm, keyed); return false; }
    sp.conv = *p;
    if (!arg && !(arg = next_arg(st))) return false;
    switch (sp.conv) {
    case 's': case 'r': case 'a': case 'b':
        if (sp.conv == 'b' && !st->bytes) goto unsupported;
        if (sp.conv == 'b') sp.conv = 's';
        ok = fmt_text(st, b, &sp, arg);
        break;
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        ok = fmt_int(st, b, &sp, arg);
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        ok = fmt_float(st, b, &sp, arg);
        break;
    case 'c':
        ok = fmt_char(st, b, &sp, arg);
        break;
    default:
    unsupported: {
        uint32_t cp;
        str_utf8_decode(p, &cp);
        size_t index = (size_t)(p - fmt);
        if (!st->bytes) {   /* the index counts code points */
            index = 0;
            for (const char *q = fmt; q < p; q++) index += ((unsigned char)*q & 0xc0) != 0x80;
        }
        if (st->bytes) cp = (unsigned char)*p;
        err_format(vm, &exc_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                   cp >= 32 && cp < 127 ? (int)cp : '?', (unsigned)cp, index);
        ok = false;
    }
    }
    xdecref(vm, keyed);
    if (!ok) return false;
    *pp = p + 1;   /* every valid conversion is one ASCII character */
    return true;
}

static bool pct_format(PctState *st, StrBuf *b, const char *fmt, size_t n)
{
    const char *p = fmt, *end = fmt + n;
    bool used_key = false;
    while (p < end) {
        const char *pct = memchr(p, '%', (size_t)(end - p));
        if (!pct) { strbuf_add(b, p, (size_t)(end - p)); break; }
        strbuf_add(b, p, (size_t)(pct - p));
        p = pct + 1;
        if (!pct_directive(st, b, fmt, &p, end, &used_key)) return false;
    }
    (void)used_key;
    if (st->argidx < st->nargs && !st->dict) {
        err_set_str(st->vm, &exc_TypeError,
                    st->bytes ? "not all arguments converted during bytes formatting"
                              : "not all arguments converted during string formatting");
        return false;
    }
    return true;
}

static void pct_init(PctState *st, VM *vm, Value args, bool bytes)
{
    st->vm = vm;
    st->bytes = bytes;
    st->args = args;
    st->argidx = 0;
    st->tuple = is_tuple(args);
    st->nargs = st->tuple ? as_tuple(args)->len : 1;
    /* PyMapping_Check: anything subscriptable that is not a tuple or str */
    bool mapping = type_of(args)->getitem && !st->tuple && !is_str(args) && !(bytes && is_bytes_like(args));
    st->dict = mapping ? args : VAL_NULL;
    if (mapping) st->nargs = 1;
}

Value str_mod(VM *vm, Value fmt, Value args)
{
    PctState st;
    pct_init(&st, vm, args, false);
    if (st.dict) st.nargs = 1;
    StrBuf b;
    strbuf_init(&b, vm);
    if (!pct_format(&st, &b, str_cstr(fmt), str_nbytes(as_str(fmt)))) {
        strbuf_discard(&b);
        return VAL_NULL;
    }
    /* a mapping operand counts as used even if no %(key) appears */
    return strbuf_finish(&b);
}

Value bytes_mod(VM *vm, Value fmt, Value args)
{
    ByteBuf view;
    bytes_view(fmt, &view);
    PctState st;
    pct_init(&st, vm, args, true);
    StrBuf b;
    strbuf_init(&b, vm);
    if (!pct_format(&st, &b, (const char *)view.data, view.len) || b.failed) {
        strbuf_discard(&b);
        if (!err_occurred(vm)) err_no_memory(vm);
        return VAL_NULL;
    }
    Value r = bytes_like_new(vm, type_of(fmt), b.data ? b.data : "", b.len);
    strbuf_discard(&b);
    return r;
}

/* ======================================================================
 * str.format
 * ====================================================================== */

typedef enum { AUTO_INIT, AUTO_AUTO, AUTO_MANUAL } AutoState;

typedef struct FmtCtx {
    VM *vm;
    Value *args;
    size_t nargs;
    bool have_args;          /* false for format_map */
    Value kwargs;            /* dict/mapping or VAL_NULL */
    AutoState auto_state;
    intptr_t auto_number;
} FmtCtx;

typedef struct Sub { const char *p, *end; } Sub;

static Value fmt_error(VM *vm, const char *msg) { return err_set_str(vm, &exc_ValueError, msg); }

/* get_integer: decimal digits (any script) -> value; -1 if not all digits; -2 on error. */
static intptr_t sub_integer(VM *vm, Sub s)
{
    if (s.p >= s.end) return -1;
    intptr_t acc = 0;
    for (const char *q = s.p; q < s.end;) {
        uint32_t cp;
        q += str_utf8_decode(q, &cp);
        int d = cp < 128 ? (cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1) : uni_decimal(cp);
        if (d < 0) return -1;
        if (acc > (INTPTR_MAX - d) / 10) {
            fmt_error(vm, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

static Value lookup_key(FmtCtx *c, Sub name)
{
    VM *vm = c->vm;
    Value key = str_new(vm, name.p, (size_t)(name.end - name.p));
    if (!key) return VAL_NULL;
    Value r;
    if (!c->kwargs) {
        r = err_set_value(vm, &exc_KeyError, key);
    } else if (is_type(c->kwargs, &type_dict) && c->have_args) {
        r = dict_get_borrowed(vm, c->kwargs, key);
        if (r) incref(r);
        else if (!err_occurred(vm)) err_set_value(vm, &exc_KeyError, key);
    } else {
        r = obj_getitem(vm, c->kwargs, key);
    }
    decref(vm, key);
    return r;
}

/* The object a field name designates: first part, then .attr and [key] parts. */
static Value field_object(FmtCtx *c, Sub name)
{
    VM *vm = c->vm;
    const char *p = name.p;
    while (p < name.end && *p != '.' && *p != '[') p++;
    Sub first = {name.p, p};
    intptr_t idx = sub_integer(vm, first);
    if (idx == -2) return VAL_NULL;
    bool empty = first.p == first.end, numeric = empty || idx != -1;
    if (numeric) {
        if (c->auto_state == AUTO_INIT) c->auto_state = empty ? AUTO_AUTO : AUTO_MANUAL;
        if (c->auto_state == AUTO_MANUAL && empty)
            return fmt_error(vm, "cannot switch from manual field specification to automatic field numbering");
        if (c->auto_state == AUTO_AUTO && !empty)
            return fmt_error(vm, "cannot switch from automatic field numbering to manual field specification");
        if (empty) idx = c->auto_number++;
    }
    Value obj;
    if (idx == -1) {
        obj = lookup_key(c, first);
    } else {
        if (!c->have_args) return fmt_error(vm, "Format string contains positional fields");
        if ((size_t)idx >= c->nargs)
            return err_format(vm, &exc_IndexError, "Replacement index %zd out of range for positional args tuple", idx);
        obj = incref(c->args[idx]);
    }
    while (obj && p < name.end) {
        char kind = *p++;
        Sub part = {p, p};
        if (kind == '.') {
            while (p < name.end && *p != '.' && *p != '[') p++;
            part.end = p;
        } else if (kind == '[') {
            while (p < name.end && *p != ']') p++;
            if (p >= name.end) { decref(vm, obj); return fmt_error(vm, "Missing ']' in format string"); }
            part.end = p++;
        } else {
            decref(vm, obj);
            return fmt_error(vm, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (part.p == part.end) { decref(vm, obj); return fmt_error(vm, "Empty attribute in format string"); }
        Value next;
        if (kind == '.') {
            Value attr = str_new(vm, part.p, (size_t)(part.end - part.p));
            next = attr ? obj_getattr(vm, obj, attr) : VAL_NULL;
            xdecref(vm, attr);
        } else {
            intptr_t k = sub_integer(vm, part);
            if (k == -2) { decref(vm, obj); return VAL_NULL; }
            Value key = k >= 0 ? int_from_i64(vm, k) : str_new(vm, part.p, (size_t)(part.end - part.p));
            next = key ? obj_getitem(vm, obj, key) : VAL_NULL;
            xdecref(vm, key);
        }
        decref(vm, obj);
        obj = next;
    }
    return obj;
}

static bool build_string(FmtCtx *c, StrBuf *out, Sub fmt, int depth);

static bool render_field(FmtCtx *c, StrBuf *out, Sub name, uint32_t conversion, Sub spec, bool expand, int depth)
{
    VM *vm = c->vm;
    Value obj = field_object(c, name);
    if (!obj) return false;
    if (conversion) {
        Value conv;
        switch (conversion) {
        case 'r': conv = obj_repr(vm, obj); break;
        case 's': conv = obj_str(vm, obj); break;
        case 'a': conv = obj_ascii(vm, obj); break;
        default:
            if (conversion < 128) err_format(vm, &exc_ValueError, "Unknown conversion specifier %c", (int)conversion);
            else err_format(vm, &exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conversion);
            conv = VAL_NULL;
        }
        decref(vm, obj);
        if (!conv) return false;
        obj = conv;
    }
    Value spec_str;
    if (expand) {
        StrBuf sb;
        strbuf_init(&sb, vm);
        if (!build_string(c, &sb, spec, depth - 1)) {
            strbuf_discard(&sb);
            decref(vm, obj);
            return false;
        }
        spec_str = strbuf_finish(&sb);
    } else {
        spec_str = str_new(vm, spec.p, (size_t)(spec.end - spec.p));
    }
    if (!spec_str) { decref(vm, obj); return false; }
    Value text = is_type(obj, &type_str) && str_nbytes(as_str(spec_str)) == 0 ? incref(obj) : obj_format(vm, obj, spec_str);
    decref(vm, spec_str);
    decref(vm, obj);
    if (!text) return false;
    strbuf_add_str(out, text);
    decref(vm, text);
    return true;
}

/* parse_field: *pp is just past the opening '{'. */
static bool parse_and_render(FmtCtx *c, StrBuf *out, const char **pp, const char *end, int depth)
{
    VM *vm = c->vm;
    const char *p = *pp;
    Sub name = {p, p};
    char ch = 0;
    while (p < end) {
        ch = *p++;
        if (ch == '{') { fmt_error(vm, "unexpected '{' in field name"); return false; }
        if (ch == '[') {
            while (p < end && *p != ']') p++;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!') break;
    }
    name.end = p - 1;
    uint32_t conversion = 0;
    Sub spec = {p, p};
    bool expand = false;
    if (ch == '!' || ch == ':') {
        if (ch == '!') {
            if (p >= end) { fmt_error(vm, "end of string while looking for conversion specifier"); return false; }
            p += str_utf8_decode(p, &conversion);
            if (p < end) {
                char c2 = *p++;
                if (c2 == '}') {
                    *pp = p;
                    return render_field(c, out, name, conversion, (Sub){p, p}, false, depth);
                }
                if (c2 != ':') { fmt_error(vm, "expected ':' after conversion specifier"); return false; }
            }
        }
        spec.p = p;
        int count = 1;
        while (p < end) {
            char c3 = *p++;
            if (c3 == '{') { expand = true; count++; }
            else if (c3 == '}' && --count == 0) {
                spec.end = p - 1;
                *pp = p;
                return render_field(c, out, name, conversion, spec, expand, depth);
            }
        }
        fmt_error(vm, "unmatched '{' in format spec");
        return false;
    }
    if (ch != '}') {
        fmt_error(vm, "expected '}' before end of string");
        return false;
    }
    *pp = p;
    return render_field(c, out, name, 0, spec, false, depth);
}

static bool build_string(FmtCtx *c, StrBuf *out, Sub fmt, int depth)
{
    VM *vm = c->vm;
    if (depth <= 0) { fmt_error(vm, "Max string recursion exceeded"); return false; }
    const char *p = fmt.p, *end = fmt.end;
    while (p < end) {
        const char *q = p;
        while (q < end && *q != '{' && *q != '}') q++;
        strbuf_add(out, p, (size_t)(q - p));
        if (q >= end) break;
        char ch = *q++;
        bool at_end = q >= end;
        if (ch == '}' && (at_end || *q != '}')) { fmt_error(vm, "Single '}' encountered in format string"); return false; }
        if (ch == '{' && at_end) { fmt_error(vm, "Single '{' encountered in format string"); return false; }
        if (*q == ch) {          /* '{{' or '}}' */
            strbuf_add_char(out, ch);
            p = q + 1;
            continue;
        }
        p = q;
        if (!parse_and_render(c, out, &p, end, depth)) return false;
    }
    return !out->failed;
}

Value str_format_impl(VM *vm, Value fmt, Value *args, size_t nargs, Value kwargs)
{
    FmtCtx c = {vm, args, nargs, true, kwargs, AUTO_INIT, 0};
    StrBuf b;
    strbuf_init(&b, vm);
    Sub s = {str_cstr(fmt), str_cstr(fmt) + str_nbytes(as_str(fmt))};
    if (!build_string(&c, &b, s, 2)) {
        strbuf_discard(&b);
        if (!err_occurred(vm)) err_no_memory(vm);
        return VAL_NULL;
    }
    return strbuf_finish(&b);
}

Value str_format_method(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    Value kwargs = VAL_NULL;
    size_t nkw = kwnames ? as_tuple(kwnames)->len : 0;
    if (nkw) {
        kwargs = dict_new(vm);
        if (!kwargs) return VAL_NULL;
        for (size_t i = 0; i < nkw; i++) {
            if (dict_set(vm, kwargs, as_tuple(kwnames)->items[i], args[nargs + i]) < 0) {
                decref(vm, kwargs);
                return VAL_NULL;
            }
        }
    }
    Value r = str_format_impl(vm, self, args, nargs, kwargs);
    xdecref(vm, kwargs);
    return r;
}

Value str_format_map_method(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (kwnames && as_tuple(kwnames)->len)
        return err_set_str(vm, &exc_TypeError, "str.format_map() takes no keyword arguments");
    if (nargs != 1)
        return err_format(vm, &exc_TypeError, "str.format_map() takes exactly one argument (%zu given)", nargs);
    FmtCtx c = {vm, NULL, 0, false, args[0], AUTO_INIT, 0};
    StrBuf b;
    strbuf_init(&b, vm);
    Sub s = {str_cstr(self), str_cstr(self) + str_nbytes(as_str(self))};
    if (!build_string(&c, &b, s, 2)) {
        strbuf_discard(&b);
        if (!err_occurred(vm)) err_no_memory(vm);
        return VAL_NULL;
    }
    return strbuf_finish(&b);
}

/*
 * runtime/numfmt.c -- the format-spec mini-language for ints and floats,
 * and builtin round().
 *
 * A port of CPython's Python/formatter_unicode.c for the numeric types:
 * parse_spec is parse_internal_render_format_spec, render_number is
 * calc_number_widths + fill_number (including the grouping of zero padding
 * that '0' / '=' with ',' or '_' produces).  The C locale is the only
 * locale, so 'n' formats like 'd' / 'g'.
 */
#include "runtime/object.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <float.h>

typedef struct Spec {
    char fill[5];       /* UTF-8 of the fill character */
    size_t fill_len;
    bool fill_given, align_given;
    char align;         /* '<', '>', '=', '^' */
    char sign;          /* 0, '+', '-', ' ' */
    bool no_neg_0;      /* 'z' */
    bool alt;           /* '#' */
    intptr_t width;     /* -1: none */
    char grouping;      /* 0, ',' or '_' */
    int group_size;     /* 3, or 4 for '_' with b/o/x/X */
    intptr_t precision; /* -1: none */
    uint32_t type;      /* 0: none */
} Spec;

static bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Reads decimal digits; false with ValueError on overflow. */
static bool read_int(VM *vm, const char **pp, const char *end, intptr_t *out, size_t *consumed)
{
    const char *p = *pp;
    intptr_t v = 0;
    *consumed = 0;
    while (p < end && *p >= '0' && *p <= '9') {
        if (v > (INTPTR_MAX - 9) / 10) {
            err_set_str(vm, &exc_ValueError, "Too many decimal digits in format string");
            return false;
        }
        v = v * 10 + (*p++ - '0');
        (*consumed)++;
    }
    *pp = p;
    if (*consumed) *out = v;
    return true;
}

void format_code_text(uint32_t type, char out[16])
{
    /* CPython prints the code itself only if it is printable ASCII. */
    if (type > 32 && type < 128) snprintf(out, 16, "%c", (int)type);
    else snprintf(out, 16, "\\x%x", (unsigned)type);
}

static bool parse_spec(VM *vm, Value spec_str, const char *tname, Spec *sp)
{
    const char *s = str_cstr(spec_str), *p = s, *end = s + str_nbytes(as_str(spec_str));
    memset(sp, 0, sizeof *sp);
    sp->fill[0] = ' ';
    sp->fill_len = 1;
    sp->align = '>';
    sp->width = -1;
    sp->precision = -1;
    sp->group_size = 3;
    /* [[fill]align]: the fill may be any character */
    if (p < end) {
        uint32_t cp;
        size_t n = str_utf8_decode(p, &cp);
        if (p + n < end && is_align(p[n])) {
            memcpy(sp->fill, p, n);
            sp->fill_len = n;
            sp->fill_given = sp->align_given = true;
            sp->align = p[n];
            p += n + 1;
        } else if (is_align(*p)) {
            sp->align = *p++;
            sp->align_given = true;
        }
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) sp->sign = *p++;
    if (p < end && *p == 'z') { sp->no_neg_0 = true; p++; }
    if (p < end && *p == '#') { sp->alt = true; p++; }
    if (!sp->fill_given && p < end && *p == '0') {
        sp->fill[0] = '0';
        sp->fill_len = 1;
        if (!sp->align_given) sp->align = '=';
        p++;
    }
    size_t consumed;
    if (!read_int(vm, &p, end, &sp->width, &consumed)) return false;
    if (p < end && *p == ',') { sp->grouping = ','; p++; }
    if (p < end && *p == '_') {
        if (sp->grouping) goto both_separators;
        sp->grouping = '_';
        p++;
    }
    if (p < end && *p == ',' && sp->grouping == '_') goto both_separators;
    if (p < end && *p == '.') {
        p++;
        if (!read_int(vm, &p, end, &sp->precision, &consumed)) return false;
        if (!consumed) { err_set_str(vm, &exc_ValueError, "Format specifier missing precision"); return false; }
    }
    if (p < end) {
        uint32_t cp;
        size_t n = str_utf8_decode(p, &cp);
        if (p + n < end) {
            err_format(vm, &exc_ValueError, "Invalid format specifier '%s' for object of type '%s'", s, tname);
            return false;
        }
        sp->type = cp;
    }
    if (sp->grouping) {
        switch (sp->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (sp->grouping == '_') { sp->group_size = 4; break; }
            /* fall through */
        default: {
            char t[16];
            format_code_text(sp->type, t);
            err_format(vm, &exc_ValueError, "Cannot specify '%c' with '%s'.", sp->grouping, t);
            return false;
        }
        }
    }
    return true;
both_separators:
    err_set_str(vm, &exc_ValueError, "Cannot specify both ',' and '_'.");
    return false;
}

static Value unknown_code(VM *vm, const Spec *sp, const char *tname)
{
    char t[16];
    format_code_text(sp->type, t);
    return err_format(vm, &exc_ValueError, "Unknown format code '%s' for object of type '%s'", t, tname);
}

/* Appends the integer digits with separators, left-padded with zeros (and
 * separators) to at least min_width characters, as
 * _PyUnicode_InsertThousandsGrouping does. */
static void add_grouped(StrBuf *b, const char *digits, intptr_t n, intptr_t min_width, char sep, int group)
{
    /* Built right to left into a temporary, then reversed. */
    size_t cap = (size_t)(n > min_width ? n : min_width) * 2 + 8;
    char *tmp = gc_mem_alloc(b->vm, cap);
    if (!tmp) { b->failed = true; return; }
    size_t len = 0;
    intptr_t remaining = n;
    bool first = true;
    for (;;) {
        intptr_t want = remaining > min_width ? remaining : min_width;
        if (want < 1) want = 1;
        intptr_t l = group < want ? group : want;
        intptr_t n_chars = remaining < l ? remaining : l;
        if (n_chars < 0) n_chars = 0;
        intptr_t n_zeros = l - n_chars;
        if (!first) tmp[len++] = sep;
        for (intptr_t i = 0; i < n_chars; i++) tmp[len++] = digits[remaining - 1 - i];
        for (intptr_t i = 0; i < n_zeros; i++) tmp[len++] = '0';
        first = false;
        remaining -= n_chars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0) break;
        min_width -= 1;
    }
    for (size_t i = 0; i < len / 2; i++) {
        char c = tmp[i];
        tmp[i] = tmp[len - 1 - i];
        tmp[len - 1 - i] = c;
    }
    strbuf_add(b, tmp, len);
    gc_mem_free(b->vm, tmp, cap);
}

static void add_fill(StrBuf *b, const Spec *sp, intptr_t count)
{
    for (intptr_t i = 0; i < count; i++) strbuf_add(b, sp->fill, sp->fill_len);
}

/* | lpad | sign | prefix | spad | grouped digits | rest | rpad |
 * `digits` is the leading run of decimal digits, `rest` everything after
 * (decimal point, fraction, exponent, '%'). */
static Value render_number(VM *vm, const Spec *sp, bool negative, const char *prefix,
                           const char *digits, size_t ndigits, const char *rest, size_t nrest)
{
    char sign = negative ? '-' : sp->sign == '+' ? '+' : sp->sign == ' ' ? ' ' : 0;
    intptr_t nsign = sign != 0, nprefix = (intptr_t)strlen(prefix);
    intptr_t non_digit = nsign + nprefix + (intptr_t)nrest;
    intptr_t min_width = sp->fill[0] == '0' && sp->fill_len == 1 && sp->align == '=' ? sp->width - non_digit : 0;
    intptr_t ngrouped = (intptr_t)ndigits;
    bool group = sp->grouping && ndigits > 0;
    if (group) {
        /* digits plus a separator per full group, stretched to min_width */
        intptr_t count = 0;
        for (intptr_t rem = (intptr_t)ndigits, mw = min_width, first = 1;; first = 0) {
            intptr_t want = rem > mw ? rem : mw;
            if (want < 1) want = 1;
            intptr_t l = sp->group_size < want ? sp->group_size : want;
            intptr_t nc = rem < l ? (rem > 0 ? rem : 0) : l;
            count += (first ? 0 : 1) + l;
            rem -= nc;
            mw -= l;
            if (rem <= 0 && mw <= 0) break;
            mw -= 1;
        }
        ngrouped = count;
    } else if (min_width > (intptr_t)ndigits && ndigits > 0) {
        ngrouped = min_width;   /* zero padding without separators */
    }
    intptr_t padding = sp->width - (non_digit + ngrouped);
    intptr_t lpad = 0, spad = 0, rpad = 0;
    if (padding > 0) {
        switch (sp->align) {
        case '<': rpad = padding; break;
        case '^': lpad = padding / 2; rpad = padding - lpad; break;
        case '=': spad = padding; break;
        default: lpad = padding; break;
        }
    }
    StrBuf b;
    strbuf_init(&b, vm);
    add_fill(&b, sp, lpad);
    if (sign) strbuf_add_char(&b, sign);
    strbuf_add_cstr(&b, prefix);
    add_fill(&b, sp, spad);
    if (group) {
        add_grouped(&b, digits, (intptr_t)ndigits, min_width, sp->grouping, sp->group_size);
    } else {
        for (intptr_t i = (intptr_t)ndigits; i < ngrouped; i++) strbuf_add_char(&b, '0');
        strbuf_add(&b, digits, ndigits);
    }
    strbuf_add(&b, rest, nrest);
    add_fill(&b, sp, rpad);
    return strbuf_finish(&b);
}

/* ---- floats ------------------------------------------------------------------------ */

static Value format_double(VM *vm, double d, const Spec *sp, const char *tname)
{
    uint32_t type = sp->type;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default: return unknown_code(vm, sp, tname);
    }
    if (sp->precision > 0x7fffffff) return err_set_str(vm, &exc_ValueError, "precision too big");
    int flags = 0, precision = (int)sp->precision, default_precision = 6;
    char code;
    bool pct = false;
    if (sp->alt) flags |= FLOAT_FMT_ALT;
    if (sp->no_neg_0) flags |= FLOAT_FMT_NO_NEG_0;
    switch (type) {
    case 0: code = 'r'; flags |= FLOAT_FMT_ADD_DOT_0; default_precision = 0; break;
    case 'n': code = 'g'; break;
    case '%': code = 'f'; d *= 100; pct = true; break;
    case 'E': code = 'e'; flags |= FLOAT_FMT_UPPER; break;
    case 'F': code = 'f'; flags |= FLOAT_FMT_UPPER; break;
    case 'G': code = 'g'; flags |= FLOAT_FMT_UPPER; break;
    default: code = (char)type; break;
    }
    if (precision < 0) precision = default_precision;
    else if (code == 'r') code = 'g';
    size_t cap = FLOAT_CHARS_CAP(precision);
    char *buf = gc_mem_alloc(vm, cap + 1);
    if (!buf) return VAL_NULL;
    size_t n = float_to_chars(d, code, precision, flags, buf, cap);
    if (pct) buf[n++] = '%';
    const char *p = buf;
    bool negative = false;
    if (*p == '-') { negative = true; p++; n--; }
    size_t ndigits = 0;
    while (ndigits < n && p[ndigits] >= '0' && p[ndigits] <= '9') ndigits++;
    Value r = render_number(vm, sp, negative, "", p, ndigits, p + ndigits, n - ndigits);
    gc_mem_free(vm, buf, cap + 1);
    return r;
}

Value float_format(VM *vm, double d, Value spec)
{
    if (str_nbytes(as_str(spec)) == 0) return float_repr_str(vm, d);
    Spec sp;
    if (!parse_spec(vm, spec, "float", &sp)) return VAL_NULL;
    return format_double(vm, d, &sp, "float");
}

/* ---- ints ----------------------------------------------------------------------------- */

static Value format_char(VM *vm, Value v, const Spec *sp)
{
    if (sp->sign) return err_set_str(vm, &exc_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (sp->alt)
        return err_set_str(vm, &exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t cp;
    if (!int_to_i64(vm, v, &cp)) return VAL_NULL;
    if (cp < 0 || cp > 0x10ffff) return err_set_str(vm, &exc_OverflowError, "%c arg not in range(0x110000)");
    char text[8];
    size_t n = str_utf8_encode((uint32_t)cp, text);
    /* the character counts as one column of width */
    Spec s2 = *sp;
    intptr_t padding = s2.width - 1;
    StrBuf b;
    strbuf_init(&b, vm);
    intptr_t lpad = 0, rpad = 0;
    if (padding > 0) {
        if (s2.align == '<') rpad = padding;
        else if (s2.align == '^') { lpad = padding / 2; rpad = padding - lpad; }
        else lpad = padding;
    }
    add_fill(&b, &s2, lpad);
    strbuf_add(&b, text, n);
    add_fill(&b, &s2, rpad);
    return strbuf_finish(&b);
}

Value int_format(VM *vm, Value v, Value spec)
{
    if (str_nbytes(as_str(spec)) == 0) return obj_str(vm, v);
    Spec sp;
    const char *tname = type_of(v)->name;
    if (!parse_spec(vm, spec, tname, &sp)) return VAL_NULL;
    int base;
    switch (sp.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        bool ok;
        double d = int_to_double(vm, v, &ok);
        if (!ok) return VAL_NULL;
        return format_double(vm, d, &sp, tname);
    }
    case 0: case 'd': case 'n': base = 10; break;
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    case 'c': base = 0; break;
    default: return unknown_code(vm, &sp, tname);
    }
    if (sp.precision != -1) return err_set_str(vm, &exc_ValueError, "Precision not allowed in integer format specifier");
    if (sp.no_neg_0)
        return err_set_str(vm, &exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (base == 0) return format_char(vm, v, &sp);
    bool negative = int_sign(v) < 0;
    Value mag = int_abs(vm, v);
    if (!mag) return VAL_NULL;
    Value text = int_to_base(vm, mag, base, false);
    decref(vm, mag);
    if (!text) return VAL_NULL;
    const char *digits = str_cstr(text);
    size_t n = str_nbytes(as_str(text));
    char *upper = NULL;
    if (sp.type == 'X') {
        /* A copy: the str may be a shared cached one ('a' is), never to be changed. */
        upper = gc_mem_alloc(vm, n ? n : 1);
        if (!upper) {
            decref(vm, text);
            return VAL_NULL;
        }
        for (size_t i = 0; i < n; i++)
            upper[i] = digits[i] >= 'a' && digits[i] <= 'f' ? (char)(digits[i] - 'a' + 'A') : digits[i];
        digits = upper;
    }
    const char *prefix = "";
    if (sp.alt) prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? (sp.type == 'X' ? "0X" : "0x") : "";
    Value r = render_number(vm, &sp, negative, prefix, digits, n, "", 0);
    if (upper) gc_mem_free(vm, upper, n ? n : 1);
    decref(vm, text);
    return r;
}

/* ---- round() ------------------------------------------------------------------------ */

static bool is_odd(Value v)
{
    /* bit 0 of the magnitude, which is bit 0 of the two's complement too */
    return is_small(v) ? (small_val(v) & 1) != 0 : (((IntObj *)as_obj(v))->digits[0] & 1) != 0;
}

/* round(x) for a float: half to even, as an int. */
static Value round_float_to_int(VM *vm, double x)
{
    double r = round(x);
    if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
    return int_from_double(vm, r);
}

/* x rounded to a multiple of 10^k (k >= 1), half to even, exactly. */
static Value round_float_negative(VM *vm, double x, intptr_t k)
{
    double ax = fabs(x), t = trunc(ax), frac = ax - t;
    Value m = int_from_double(vm, t), p = VAL_NULL, q = VAL_NULL, r = VAL_NULL, two_r = VAL_NULL, res = VAL_NULL;
    Value result = VAL_NULL;
    if (!m) return VAL_NULL;
    p = int_binop(vm, NB_POW, small(10), small(k));
    if (!p) goto done;
    q = int_binop(vm, NB_FLOORDIV, m, p);
    r = q ? int_binop(vm, NB_MOD, m, p) : VAL_NULL;
    two_r = r ? int_binop(vm, NB_LSHIFT, r, small(1)) : VAL_NULL;
    if (!two_r) goto done;
    int c = int_compare(two_r, p);
    bool odd = is_odd(q);
    if (c > 0 || (c == 0 && (frac > 0 || odd))) {
        Value t1 = int_binop(vm, NB_ADD, q, small(1));
        if (!t1) goto done;
        decref(vm, q);
        q = t1;
    }
    res = int_binop(vm, NB_MUL, q, p);
    if (!res) goto done;
    bool ok;
    double d = int_to_double(vm, res, &ok);
    if (!ok) {
        err_clear(vm);
        err_set_str(vm, &exc_OverflowError, "rounded value too large to represent");
        goto done;
    }
    result = float_new(vm, copysign(d, x));
done:
    decref(vm, m);
    xdecref(vm, p);
    xdecref(vm, q);
    xdecref(vm, r);
    xdecref(vm, two_r);
    xdecref(vm, res);
    return result;
}

static Value round_float(VM *vm, double x, intptr_t ndigits)
{
    const intptr_t ndigits_max = (intptr_t)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    const intptr_t ndigits_min = -(intptr_t)((DBL_MAX_EXP + 1) * 0.30103);
    if (!isfinite(x) || ndigits > ndigits_max) return float_new(vm, x);
    if (ndigits < ndigits_min) return float_new(vm, 0.0 * x);
    if (x == 0.0) return float_new(vm, x);
    if (ndigits < 0) return round_float_negative(vm, x, -ndigits);
    /* printf's %f is correctly rounded (half to even on exact ties), as
     * dtoa's mode 3 is; strtod brings it back. */
    char buf[DBL_MAX_10_EXP + 400];
    snprintf(buf, sizeof buf, "%.*f", (int)ndigits, x);
    return float_new(vm, strtod(buf, NULL));
}

/* self - (the remainder of self divided by 10^k, rounded half to even) */
static Value round_int_negative(VM *vm, Value x, Value ndigits)
{
    Value k = int_neg(vm, ndigits);
    if (!k) return VAL_NULL;
    Value p = int_binop(vm, NB_POW, small(10), k);
    decref(vm, k);
    if (!p) return VAL_NULL;
    Value q = int_binop(vm, NB_FLOORDIV, x, p), r = q ? int_binop(vm, NB_MOD, x, p) : VAL_NULL;
    Value two_r = r ? int_binop(vm, NB_LSHIFT, r, small(1)) : VAL_NULL;
    Value result = VAL_NULL;
    if (two_r) {
        int c = int_compare(two_r, p);
        bool up = c > 0 || (c == 0 && is_odd(q));
        Value t = up ? int_binop(vm, NB_SUB, r, p) : incref(r);
        if (t) {
            result = int_binop(vm, NB_SUB, x, t);
            decref(vm, t);
        }
    }
    decref(vm, p);
    xdecref(vm, q);
    xdecref(vm, r);
    xdecref(vm, two_r);
    return result;
}

Value num_round(VM *vm, Value x, Value ndigits)
{
    bool absent = !ndigits || ndigits == NONE;
    if (is_int(x)) {
        if (absent) return int_binop(vm, NB_ADD, x, small(0));
        Value n = obj_index(vm, ndigits);
        if (!n) return VAL_NULL;
        Value r = int_sign(n) >= 0 ? int_binop(vm, NB_ADD, x, small(0)) : round_int_negative(vm, x, n);
        decref(vm, n);
        return r;
    }
    if (is_instance_of(x, &type_float)) {
        double d = float_val(x);
        if (absent) return round_float_to_int(vm, d);
        Value n = obj_index(vm, ndigits);
        if (!n) return VAL_NULL;
        intptr_t nd;
        if (!int_as_ssize(vm, n, &nd)) {   /* clamps, as PyNumber_AsSsize_t(o, NULL) */
            err_clear(vm);
            nd = int_sign(n) < 0 ? INTPTR_MIN : INTPTR_MAX;
        }
        decref(vm, n);
        return round_float(vm, d, nd);
    }
    return err_format(vm, &exc_TypeError, "type %T doesn't define __round__ method", x);
}

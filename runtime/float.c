/*
 * runtime/float.c -- the float type.
 *
 * Text conversions follow CPython exactly: float_to_chars is a port of
 * PyOS_double_to_string's layout (format_float_short), fed with digit
 * strings from the C library (glibc's printf is correctly rounded, and the
 * shortest round-tripping repr is found by trying 1..17 significant digits).
 * Arithmetic and comparison follow floatobject.c, including the exact
 * comparison of floats with arbitrarily large ints.
 */
#include "runtime/object.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

/* ---- objects ---------------------------------------------------------------- */

Value float_new(VM *vm, double d)
{
    FloatObj *f = gc_mem_alloc(vm, sizeof(FloatObj));
    if (!f) return VAL_NULL;
    f->ob.refcnt = 1;
    f->ob.type = &type_float;
    f->v = d;
    return val(f);
}

static void float_dealloc(VM *vm, Obj *o) { gc_mem_free(vm, o, sizeof(FloatObj)); }

static bool is_float(Value v) { return !is_small(v) && is_instance_of(v, &type_float); }

/* ---- digit strings -------------------------------------------------------------- */

/* Splits printf's "%.Ne" output "d.ddde+XX" into digits and decpt (the
 * value is 0.DIGITS * 10^decpt), dropping trailing zeros as dtoa does. */
static int split_e(const char *s, char *digits, int *decpt)
{
    int n = 0;
    for (; *s && *s != 'e'; s++)
        if (*s != '.') digits[n++] = *s;
    *decpt = atoi(s + 1) + 1;
    while (n > 1 && digits[n - 1] == '0') n--;
    if (n == 1 && digits[0] == '0') *decpt = 1;
    digits[n] = 0;
    return n;
}

/* Adds delta (+1 or -1) to the last digit of a p-digit decimal string
 * d[0].d[1..]e(decpt-1); false if it would lose a digit. */
static bool step_digits(char *d, int n, int *decpt, int delta)
{
    int i = n - 1;
    if (delta > 0) {
        while (i >= 0 && d[i] == '9') d[i--] = '0';
        if (i < 0) { d[0] = '1'; (*decpt)++; return true; }   /* 99 -> 10(0) */
        d[i]++;
        return true;
    }
    while (i >= 0 && d[i] == '0') d[i--] = '9';
    if (i < 0 || (i == 0 && d[0] == '1' && n > 1)) return false;
    d[i]--;
    return true;
}

static double digits_value(const char *d, int n, int decpt)
{
    char tmp[48];
    int k = 0;
    tmp[k++] = d[0];
    tmp[k++] = '.';
    for (int i = 1; i < n; i++) tmp[k++] = d[i];
    snprintf(tmp + k, sizeof tmp - (size_t)k, "e%d", decpt - 1);
    return strtod(tmp, NULL);
}

/* The shortest digit string that reads back as x (x > 0, finite); among
 * strings of that length the correctly rounded one, or else its neighbour on
 * the other side of x (the rounding interval is lopsided at powers of 2). */
static int shortest_digits(double x, char *digits, int *decpt)
{
    char tmp[48];
    for (int p = 1; p <= 17; p++) {
        snprintf(tmp, sizeof tmp, "%.*e", p - 1, x);
        double r = strtod(tmp, NULL);
        int n = split_e(tmp, digits, decpt);
        if (r == x) return n;
        /* re-expand to exactly p digits for the neighbour test */
        while (n < p) digits[n++] = '0';
        digits[n] = 0;
        char save[24];
        int save_decpt = *decpt;
        memcpy(save, digits, (size_t)n + 1);
        if (step_digits(digits, n, decpt, r < x ? 1 : -1) && digits_value(digits, n, *decpt) == x) {
            while (n > 1 && digits[n - 1] == '0') n--;
            digits[n] = 0;
            return n;
        }
        memcpy(digits, save, (size_t)n + 1);
        *decpt = save_decpt;
    }
    snprintf(tmp, sizeof tmp, "%.16e", x);
    return split_e(tmp, digits, decpt);
}

/* Digits for mode 3 (`prec` digits after the point): printf's %f output of
 * x >= 0 with leading and trailing zeros removed. */
static int fixed_digits(double x, int prec, char *scratch, size_t cap, char *digits, int *decpt)
{
    snprintf(scratch, cap, "%.*f", prec, x);
    int n = 0, intdigits = 0;
    bool seen_point = false;
    for (const char *s = scratch; *s; s++) {
        if (*s == '.') { seen_point = true; continue; }
        if (!seen_point) intdigits++;
        digits[n++] = *s;
    }
    int lead = 0;
    while (lead < n && digits[lead] == '0') lead++;
    if (lead == n) {   /* rounds to zero */
        digits[0] = '0';
        digits[1] = 0;
        *decpt = 1;
        return 1;
    }
    memmove(digits, digits + lead, (size_t)(n - lead));
    n -= lead;
    *decpt = intdigits - lead;
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    return n;
}

/* PyOS_double_to_string.  code: 'e', 'f', 'g' or 'r' (shortest repr).
 * buf must hold FLOAT_CHARS_CAP(precision) bytes: the first third receives
 * the text, the rest is scratch for printf's output and the digit string. */
size_t float_to_chars(double d, char code, int precision, int flags, char *buf, size_t cap)
{
    bool upper = flags & FLOAT_FMT_UPPER, alt = flags & FLOAT_FMT_ALT, add_dot_0 = flags & FLOAT_FMT_ADD_DOT_0;
    char *p = buf;
    if (isnan(d)) return (size_t)snprintf(buf, cap, "%s", upper ? "NAN" : "nan");
    if (isinf(d)) return (size_t)snprintf(buf, cap, "%s%s", d < 0 ? "-" : "", upper ? "INF" : "inf");
    bool neg = signbit(d);
    double x = fabs(d);
    size_t third = cap / 3;
    char *scratch = buf + third, *digits = buf + 2 * third;
    char small_digits[40];
    int ndig, decpt;
    if (code == 'r') {
        digits = small_digits;
        if (x == 0) { strcpy(digits, "0"); ndig = 1; decpt = 1; }
        else ndig = shortest_digits(x, digits, &decpt);
    } else if (code == 'f') {
        ndig = fixed_digits(x, precision, scratch, third, digits, &decpt);
    } else {
        if (code == 'e') precision++;
        else if (precision == 0) precision = 1;
        snprintf(scratch, third, "%.*e", precision - 1, x);
        ndig = split_e(scratch, digits, &decpt);
    }
    if (neg && (flags & FLOAT_FMT_NO_NEG_0)) {
        bool all_zero = true;
        for (int i = 0; i < ndig; i++) if (digits[i] != '0') all_zero = false;
        if (all_zero) neg = false;
    }
    /* Output vdigits[vdigits_start:vdigits_end] of the digits padded with
     * zeros on both sides, with the point at decpt (format_float_short). */
    bool use_exp = false;
    int vdigits_end = ndig, exp = 0;
    switch (code) {
    case 'e': use_exp = true; vdigits_end = precision; break;
    case 'f': vdigits_end = decpt + precision; break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
        if (alt) vdigits_end = precision;
        break;
    default:
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    if (use_exp) { exp = decpt - 1; decpt = 1; }
    int vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0) vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
    else vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

    if (neg) *p++ = '-';
    if (decpt <= 0) {
        for (int i = vdigits_start; i < decpt; i++) *p++ = '0';
        *p++ = '.';
        for (int i = decpt; i < 0; i++) *p++ = '0';
    }
    if (0 < decpt && decpt <= ndig) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(ndig - decpt));
        p += ndig - decpt;
    } else {
        memcpy(p, digits, (size_t)ndig);
        p += ndig;
    }
    if (ndig < decpt) {
        for (int i = ndig; i < decpt; i++) *p++ = '0';
        *p++ = '.';
        for (int i = decpt; i < vdigits_end; i++) *p++ = '0';
    } else {
        for (int i = ndig; i < vdigits_end; i++) *p++ = '0';
    }
    if (p[-1] == '.' && !alt) p--;
    if (use_exp) p += sprintf(p, "%c%+.02d", upper ? 'E' : 'e', exp);
    *p = 0;
    return (size_t)(p - buf);
}

size_t float_repr_buf(double d, char *buf, size_t cap)
{
    char tmp[FLOAT_CHARS_CAP(0)];
    size_t n = float_to_chars(d, 'r', 0, FLOAT_FMT_ADD_DOT_0, tmp, sizeof tmp);
    if (cap == 0) return n;
    size_t k = n < cap - 1 ? n : cap - 1;
    memcpy(buf, tmp, k);
    buf[k] = 0;
    return n;
}

Value float_repr_str(VM *vm, double d)
{
    char buf[40];
    size_t n = float_repr_buf(d, buf, sizeof buf);
    return str_new(vm, buf, n);
}

static Value float_repr_slot(VM *vm, Value v) { return float_repr_str(vm, float_val(v)); }

/* ---- parsing --------------------------------------------------------------------- */

static bool is_ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* digit (["_"] digit)* */
static const char *scan_digitpart(const char *p, const char *end)
{
    if (p >= end || !is_digit(*p)) return NULL;
    p++;
    while (p < end) {
        if (is_digit(*p)) p++;
        else if (*p == '_' && p + 1 < end && is_digit(p[1])) p += 2;
        else break;
    }
    return p;
}

static bool ieq(const char *p, size_t n, const char *word)
{
    if (strlen(word) != n) return false;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != word[i]) return false;
    }
    return true;
}

/* Python's float(str) grammar (whitespace, sign, underscores between digits,
 * inf/infinity/nan); false if the text is not a float. */
bool float_parse(VM *vm, const char *s, size_t len, double *out)
{
    const char *p = s, *end = s + len;
    while (p < end && is_ascii_space((unsigned char)*p)) p++;
    while (end > p && is_ascii_space((unsigned char)end[-1])) end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    size_t n = (size_t)(end - p);
    if (ieq(p, n, "inf") || ieq(p, n, "infinity")) { *out = neg ? -INFINITY : INFINITY; return true; }
    if (ieq(p, n, "nan")) { *out = neg ? -NAN : NAN; return true; }
    const char *q = p, *t;
    bool have_digits = false;
    if ((t = scan_digitpart(q, end))) { q = t; have_digits = true; }
    if (q < end && *q == '.') {
        q++;
        if ((t = scan_digitpart(q, end))) { q = t; have_digits = true; }
    }
    if (!have_digits) return false;
    if (q < end && (*q == 'e' || *q == 'E')) {
        q++;
        if (q < end && (*q == '+' || *q == '-')) q++;
        if (!(t = scan_digitpart(q, end))) return false;
        q = t;
    }
    if (q != end) return false;
    /* A clean copy without underscores for strtod. */
    char local[128], *clean = n + 2 <= sizeof local ? local : gc_mem_alloc(vm, n + 2);
    if (!clean) { err_clear(vm); return false; }
    size_t k = 0;
    for (const char *r = p; r < end; r++)
        if (*r != '_') clean[k++] = *r;
    clean[k] = 0;
    double d = strtod(clean, NULL);
    if (clean != local) gc_mem_free(vm, clean, n + 2);
    *out = neg ? -d : d;
    return true;
}

/* ---- hashing ------------------------------------------------------------------------ */

intptr_t float_hash(double v)
{
    if (!isfinite(v)) return isinf(v) ? (v > 0 ? HASH_INF : -HASH_INF) : 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;   /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    intptr_t h = sign < 0 ? -(intptr_t)x : (intptr_t)x;
    return h == -1 ? -2 : h;
}

static bool float_hash_slot(VM *vm, Value v, intptr_t *out)
{
    (void)vm;
    double d = float_val(v);
    if (isnan(d)) {
        /* NaNs hash by identity, as in CPython 3.10+ */
        uintptr_t y = (uintptr_t)v;
        y = (y >> 4) | (y << (8 * sizeof(uintptr_t) - 4));
        *out = (intptr_t)y == -1 ? -2 : (intptr_t)y;
        return true;
    }
    *out = float_hash(d);
    return true;
}

/* ---- arithmetic ------------------------------------------------------------------------ */

static Value range_error(VM *vm)
{
    /* OverflowError(34, 'Numerical result out of range'), like PyErr_SetFromErrno */
    Value msg = str_from_cstr(vm, "Numerical result out of range");
    if (!msg) return VAL_NULL;
    Value args = tuple_pack(vm, 2, small(ERANGE), msg);
    decref(vm, msg);
    if (!args) return VAL_NULL;
    Value exc = exc_new(vm, &exc_OverflowError, args);
    if (!exc) return VAL_NULL;
    return err_set_exc(vm, exc);
}

static bool is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

static Value float_pow(VM *vm, double iv, double iw)
{
    if (iw == 0) return float_new(vm, 1.0);
    if (isnan(iv)) return float_new(vm, iv);
    if (isnan(iw)) return float_new(vm, iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return float_new(vm, 1.0);
        return float_new(vm, (iw > 0.0) == (iv > 1.0) ? fabs(iw) : 0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) return float_new(vm, odd ? iv : fabs(iv));
        return float_new(vm, odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        if (iw < 0.0)
            return err_set_str(vm, &exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_new(vm, is_odd_integer(iw) ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw))   /* CPython returns a complex here; pith has none */
            return err_set_str(vm, &exc_TypeError, "complex results are not supported");
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return float_new(vm, negate ? -1.0 : 1.0);
    double r = pow(iv, iw);
    if (isinf(r)) return range_error(vm);
    return float_new(vm, negate ? -r : r);
}

/* CPython's float_divmod; false with ZeroDivisionError. */
static bool float_divmod_parts(VM *vm, double vx, double wx, double *floordiv, double *mod, const char *zmsg)
{
    if (wx == 0.0) { err_set_str(vm, &exc_ZeroDivisionError, zmsg); return false; }
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) { m += wx; div -= 1.0; }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
    return true;
}

Value float_binop(VM *vm, NumOp op, double a, double b)
{
    double q, m;
    switch (op) {
    case NB_ADD: return float_new(vm, a + b);
    case NB_SUB: return float_new(vm, a - b);
    case NB_MUL: return float_new(vm, a * b);
    case NB_TRUEDIV:
        if (b == 0.0) return err_set_str(vm, &exc_ZeroDivisionError, "float division by zero");
        return float_new(vm, a / b);
    case NB_FLOORDIV:
        if (!float_divmod_parts(vm, a, b, &q, &m, "float floor division by zero")) return VAL_NULL;
        return float_new(vm, q);
    case NB_MOD:
        if (b == 0.0) return err_set_str(vm, &exc_ZeroDivisionError, "float modulo");
        m = fmod(a, b);
        if (m) { if ((b < 0) != (m < 0)) m += b; }
        else m = copysign(0.0, b);
        return float_new(vm, m);
    case NB_POW: return float_pow(vm, a, b);
    default: return incref(NOTIMPL);
    }
}

/* An operand of a float operation as a double: floats and ints; *notimpl
 * for anything else. */
static bool operand_double(VM *vm, Value v, double *out, bool *notimpl)
{
    *notimpl = false;
    if (is_float(v)) { *out = float_val(v); return true; }
    if (is_int(v)) {
        bool ok;
        *out = int_to_double(vm, v, &ok);
        return ok;
    }
    *notimpl = true;
    return false;
}

static Value float_slot(VM *vm, NumOp op, Value a, Value b)
{
    double x, y;
    bool ni;
    if (!operand_double(vm, a, &x, &ni)) return ni ? incref(NOTIMPL) : VAL_NULL;
    if (!operand_double(vm, b, &y, &ni)) return ni ? incref(NOTIMPL) : VAL_NULL;
    return float_binop(vm, op, x, y);
}

#define FLOAT_SLOT(name, op) \
    static Value float_slot_##name(VM *vm, Value a, Value b) { return float_slot(vm, op, a, b); }
FLOAT_SLOT(add, NB_ADD) FLOAT_SLOT(sub, NB_SUB) FLOAT_SLOT(mul, NB_MUL)
FLOAT_SLOT(truediv, NB_TRUEDIV) FLOAT_SLOT(floordiv, NB_FLOORDIV) FLOAT_SLOT(mod, NB_MOD)
FLOAT_SLOT(pow, NB_POW)
#undef FLOAT_SLOT

Value float_divmod(VM *vm, double a, double b)
{
    double q, m;
    if (!float_divmod_parts(vm, a, b, &q, &m, "float divmod()")) return VAL_NULL;
    Value fq = float_new(vm, q);
    if (!fq) return VAL_NULL;
    Value fm = float_new(vm, m);
    if (!fm) { decref(vm, fq); return VAL_NULL; }
    Value t = tuple_pack(vm, 2, fq, fm);
    decref(vm, fq);
    decref(vm, fm);
    return t;
}

Value num_divmod(VM *vm, Value a, Value b)
{
    if (is_int(a) && is_int(b)) {
        Value q = int_binop(vm, NB_FLOORDIV, a, b);
        if (!q) return VAL_NULL;
        Value r = int_binop(vm, NB_MOD, a, b);
        if (!r) { decref(vm, q); return VAL_NULL; }
        Value t = tuple_pack(vm, 2, q, r);
        decref(vm, q);
        decref(vm, r);
        return t;
    }
    double x, y;
    bool ni;
    if (!is_float(a) && !is_float(b)) return incref(NOTIMPL);
    if (!operand_double(vm, a, &x, &ni)) return ni ? incref(NOTIMPL) : VAL_NULL;
    if (!operand_double(vm, b, &y, &ni)) return ni ? incref(NOTIMPL) : VAL_NULL;
    return float_divmod(vm, x, y);
}

static Value float_neg(VM *vm, Value v) { return float_new(vm, -float_val(v)); }
static Value float_abs(VM *vm, Value v) { return float_new(vm, fabs(float_val(v))); }
static int float_truth(VM *vm, Value v) { (void)vm; return float_val(v) != 0.0; }

static Value float_pos(VM *vm, Value v)
{
    if (is_type(v, &type_float)) return incref(v);
    return float_new(vm, float_val(v));
}

/* ---- comparison ---------------------------------------------------------------------- */

/* Sign of d - i, exactly, for finite or infinite d (not NaN). */
static int compare_double_int(VM *vm, double d, Value i, bool *ok)
{
    *ok = true;
    if (isinf(d)) return d > 0 ? 1 : -1;
    if (is_small(i) && small_val(i) >= -(1LL << 53) && small_val(i) <= (1LL << 53)) {
        double y = (double)small_val(i);   /* exact */
        return (d > y) - (d < y);
    }
    double t = trunc(d);
    Value ti = int_from_double(vm, t);
    if (!ti) { *ok = false; return 0; }
    int c = int_compare(ti, i);
    decref(vm, ti);
    if (c) return c;
    double frac = d - t;
    return (frac > 0) - (frac < 0);
}

static Value float_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    int c;
    bool unordered = false;
    if (is_float(a) && is_float(b)) {
        double x = float_val(a), y = float_val(b);
        if (isnan(x) || isnan(y)) unordered = true;
        c = (x > y) - (x < y);
    } else {
        bool swapped = !is_float(a);
        Value f = swapped ? b : a, o = swapped ? a : b;
        if (!is_int(o)) return incref(NOTIMPL);
        double d = float_val(f);
        if (isnan(d)) {
            unordered = true;
            c = 0;
        } else {
            bool ok;
            c = compare_double_int(vm, d, o, &ok);
            if (!ok) return VAL_NULL;
            if (swapped) c = -c;
        }
    }
    bool r;
    switch (op) {
    case CMP_CODE_LT: r = !unordered && c < 0; break;
    case CMP_CODE_LE: r = !unordered && c <= 0; break;
    case CMP_CODE_EQ: r = !unordered && c == 0; break;
    case CMP_CODE_NE: r = unordered || c != 0; break;
    case CMP_CODE_GT: r = !unordered && c > 0; break;
    default: r = !unordered && c >= 0; break;
    }
    return bool_val(r);
}

/* ---- construction ------------------------------------------------------------------------ */

static Value float_of_text(VM *vm, const char *s, size_t len, Value orig)
{
    double d;
    if (float_parse(vm, s, len, &d)) return float_new(vm, d);
    return err_format(vm, &exc_ValueError, "could not convert string to float: %R", orig);
}

static Value float_from_object(VM *vm, Value x)
{
    if (is_float(x)) return float_new(vm, float_val(x));
    if (is_int(x)) {
        bool ok;
        double d = int_to_double(vm, x, &ok);
        return ok ? float_new(vm, d) : VAL_NULL;
    }
    if (is_str(x)) {
        StrObj *so = as_str(x);
        if (str_is_ascii(so)) return float_of_text(vm, str_data(so), str_nbytes(so), x);
        /* Unicode digits and spaces read as ASCII ones */
        char *buf = gc_mem_alloc(vm, str_nbytes(so) + 1);
        if (!buf) return VAL_NULL;
        Value r = float_of_text(vm, buf, num_to_ascii(str_data(so), str_nbytes(so), buf), x);
        gc_mem_free(vm, buf, str_nbytes(so) + 1);
        return r;
    }
    if (is_instance_of(x, &type_bytes)) {
        BytesObj *b = (BytesObj *)as_obj(x);
        return float_of_text(vm, (const char *)b->data, b->len, x);
    }
    Value key = str_from_cstr(vm, "__float__");
    if (!key) return VAL_NULL;
    Value meth = type_lookup_borrowed(type_of(x), key);
    decref(vm, key);
    if (meth) {
        Value r = obj_call_method(vm, x, "__float__", NULL, 0);
        if (!r) return VAL_NULL;
        if (!is_float(r)) {
            err_format(vm, &exc_TypeError, "%T.__float__ returned non-float (type %T)", x, r);
            decref(vm, r);
            return VAL_NULL;
        }
        Value f = float_new(vm, float_val(r));
        decref(vm, r);
        return f;
    }
    if (type_of(x)->index) {
        Value i = obj_index(vm, x);
        if (!i) return VAL_NULL;
        Value f = float_from_object(vm, i);
        decref(vm, i);
        return f;
    }
    return err_format(vm, &exc_TypeError, "float() argument must be a string or a real number, not '%T'", x);
}

static Value float_new_slot(VM *vm, Type *type, Value *args, size_t nargs, Value kwnames)
{
    if (!args_check(vm, "float", nargs, kwnames, 0, 1)) return VAL_NULL;
    Value f = nargs ? float_from_object(vm, args[0]) : float_new(vm, 0.0);
    if (!f || type == &type_float) return f;
    /* A subclass instance: a FloatObj of the subclass's size. */
    Obj *o;
    if (type->flags & TF_GC) {
        o = gc_new_object(vm, type, type->size);
    } else {
        o = gc_mem_alloc(vm, type->size);
        if (o) { memset(o, 0, type->size); o->refcnt = 1; o->type = type; }
    }
    if (o) {
        ((FloatObj *)o)->v = float_val(f);
        if (type->flags & TF_HEAP) incref(val(type));   /* instances hold their class */
        if (type->flags & TF_GC) gc_track(vm, o);
    }
    decref(vm, f);
    return o ? val(o) : VAL_NULL;
}

/* ---- methods ------------------------------------------------------------------------------ */

static Value float_is_integer_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "float.is_integer", nargs, kwnames, 0, 0)) return VAL_NULL;
    double d = float_val(self);
    return bool_val(isfinite(d) && floor(d) == d);
}

static Value float_as_integer_ratio_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "float.as_integer_ratio", nargs, kwnames, 0, 0)) return VAL_NULL;
    double d = float_val(self);
    if (isinf(d)) return err_set_str(vm, &exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return err_set_str(vm, &exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) { m *= 2.0; e--; }
    Value num = int_from_double(vm, m), den = small(1);
    if (!num) return VAL_NULL;
    Value shift = small(e < 0 ? -e : e);
    Value *target = e > 0 ? &num : &den;
    Value t = int_binop(vm, NB_LSHIFT, *target, shift);
    decref(vm, *target);
    *target = t;
    if (!t) { xdecref(vm, num); xdecref(vm, den); return VAL_NULL; }
    Value r = tuple_pack(vm, 2, num, den);
    decref(vm, num);
    decref(vm, den);
    return r;
}

static Value float_hex_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "float.hex", nargs, kwnames, 0, 0)) return VAL_NULL;
    double x = float_val(self);
    if (isnan(x) || isinf(x)) return float_repr_str(vm, x);
    if (x == 0.0) return str_from_cstr(vm, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    char s[64];
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    int si = 0;
    s[si++] = "0123456789abcdef"[(int)m];
    m -= (int)m;
    s[si++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        s[si++] = "0123456789abcdef"[(int)m];
        m -= (int)m;
    }
    s[si] = 0;
    char out[96];
    snprintf(out, sizeof out, "%s0x%sp%c%d", x < 0 ? "-" : "", s, e < 0 ? '-' : '+', e < 0 ? -e : e);
    return str_from_cstr(vm, out);
}

static bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

static Value float_fromhex_m(VM *vm, Value cls, Value *args, size_t nargs, Value kwnames)
{
    if (!args_check(vm, "float.fromhex", nargs, kwnames, 1, 1)) return VAL_NULL;
    if (!is_str(args[0])) return err_format(vm, &exc_TypeError, "must be str, not %T", args[0]);
    const char *p = str_cstr(args[0]), *end = p + str_nbytes(as_str(args[0]));
    while (p < end && is_ascii_space((unsigned char)*p)) p++;
    while (end > p && is_ascii_space((unsigned char)end[-1])) end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    double d;
    size_t n = (size_t)(end - p);
    if (ieq(p, n, "inf") || ieq(p, n, "infinity")) d = INFINITY;
    else if (ieq(p, n, "nan")) d = NAN;
    else {
        /* [0x] hexdigits [. hexdigits] [p [sign] digits] -> strtod's hex syntax */
        if (end - p >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) p += 2;
        const char *body = p;
        bool digits = false;
        while (p < end && is_hex(*p)) { p++; digits = true; }
        if (p < end && *p == '.') { p++; while (p < end && is_hex(*p)) { p++; digits = true; } }
        if (!digits) goto invalid;
        if (p < end && (*p == 'p' || *p == 'P')) {
            p++;
            if (p < end && (*p == '+' || *p == '-')) p++;
            if (p >= end || !is_digit(*p)) goto invalid;
            while (p < end && is_digit(*p)) p++;
        }
        if (p != end) goto invalid;
        size_t blen = (size_t)(end - body) + 3;
        char *buf = gc_mem_alloc(vm, blen);
        if (!buf) return VAL_NULL;
        buf[0] = '0';
        buf[1] = 'x';
        memcpy(buf + 2, body, blen - 3);
        buf[blen - 1] = 0;
        d = strtod(buf, NULL);
        bool overflow = isinf(d);
        gc_mem_free(vm, buf, blen);
        if (overflow) return err_set_str(vm, &exc_OverflowError, "hexadecimal value too large to represent as a float");
    }
    Value f = float_new(vm, neg ? -d : d);
    if (!f || cls == val(&type_float)) return f;
    Value r = obj_call1(vm, cls, f);
    decref(vm, f);
    return r;
invalid:
    return err_set_str(vm, &exc_ValueError, "invalid hexadecimal floating-point string");
}

static Value float_conjugate_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "float.conjugate", nargs, kwnames, 0, 0)) return VAL_NULL;
    return float_pos(vm, self);
}

static Value float_round_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (!args_check(vm, "float.__round__", nargs, kwnames, 0, 1)) return VAL_NULL;
    return num_round(vm, self, nargs ? args[0] : VAL_NULL);
}

static Value float_to_int_m(VM *vm, Value self, size_t nargs, Value kwnames, const char *name, double (*fn)(double))
{
    if (!args_check(vm, name, nargs, kwnames, 0, 0)) return VAL_NULL;
    return int_from_double(vm, fn(float_val(self)));
}

static Value float_trunc_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    return float_to_int_m(vm, self, nargs, kwnames, "__trunc__", trunc);
}

static Value float_floor_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    return float_to_int_m(vm, self, nargs, kwnames, "__floor__", floor);
}

static Value float_ceil_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    return float_to_int_m(vm, self, nargs, kwnames, "__ceil__", ceil);
}

static Value float_int_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    return float_to_int_m(vm, self, nargs, kwnames, "__int__", trunc);
}

static Value float_float_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "__float__", nargs, kwnames, 0, 0)) return VAL_NULL;
    return float_pos(vm, self);
}

static Value float_format_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (!args_check(vm, "float.__format__", nargs, kwnames, 1, 1)) return VAL_NULL;
    if (!is_str(args[0]))
        return err_format(vm, &exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    if (str_nbytes(as_str(args[0])) == 0) return obj_str(vm, self);
    return float_format(vm, float_val(self), args[0]);
}

static const MethodDef float_methods[] = {
    {"is_integer", float_is_integer_m, METH_DEFAULT},
    {"as_integer_ratio", float_as_integer_ratio_m, METH_DEFAULT},
    {"hex", float_hex_m, METH_DEFAULT},
    {"fromhex", float_fromhex_m, METH_CLASS},
    {"conjugate", float_conjugate_m, METH_DEFAULT},
    {"__round__", float_round_m, METH_DEFAULT},
    {"__trunc__", float_trunc_m, METH_DEFAULT},
    {"__floor__", float_floor_m, METH_DEFAULT},
    {"__ceil__", float_ceil_m, METH_DEFAULT},
    {"__int__", float_int_m, METH_DEFAULT},
    {"__float__", float_float_m, METH_DEFAULT},
    {"__format__", float_format_m, METH_DEFAULT},
    {NULL, NULL, 0},
};

static Value float_get_real(VM *vm, Value self) { return float_pos(vm, self); }
static Value float_get_imag(VM *vm, Value self) { (void)self; return float_new(vm, 0.0); }

static const GetSetDef float_getset[] = {
    {"real", float_get_real, NULL},
    {"imag", float_get_imag, NULL},
    {NULL, NULL, NULL},
};

Type type_float = {
    .ob = OBJ_HEAD_INIT(&type_type),
    .name = "float",
    .size = sizeof(FloatObj),
    .flags = TF_BASETYPE,
    .base = &type_object,
    .dealloc = float_dealloc,
    .new_ = float_new_slot,
    .repr = float_repr_slot,
    .hash = float_hash_slot,
    .richcompare = float_richcompare,
    .binop = {
        [NB_ADD] = float_slot_add, [NB_SUB] = float_slot_sub, [NB_MUL] = float_slot_mul,
        [NB_TRUEDIV] = float_slot_truediv, [NB_FLOORDIV] = float_slot_floordiv,
        [NB_MOD] = float_slot_mod, [NB_POW] = float_slot_pow,
    },
    .neg = float_neg,
    .pos = float_pos,
    .abs = float_abs,
    .truth = float_truth,
    .methods = float_methods,
    .getset = float_getset,
};

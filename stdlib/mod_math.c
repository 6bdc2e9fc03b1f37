/*
 * The math module: CPython 3.11's functions and constants, with its errors
 * ("math domain error", "math range error", its TypeErrors and the
 * integer functions' ValueErrors).  Float functions go through libm with
 * CPython's error classification; the integer functions (factorial, gcd,
 * lcm, comb, perm, isqrt, floor/ceil/trunc) work on arbitrary-precision
 * ints; fsum is CPython's exact msum; hypot and dist use CPython's
 * vector_norm so results agree to the last bit.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "stdlib/stdlib.h"
#include "vm/vm.h"

#define FN(name) static Value name(VM *vm, Value self, Value *args, size_t nargs, Value kw)

static Value domain_error(VM *vm) { return err_set_str(vm, &exc_ValueError, "math domain error"); }
static Value range_error(VM *vm) { return err_set_str(vm, &exc_OverflowError, "math range error"); }

/* ---- argument conversion --------------------------------------------------------------- */

/* A real number as a double: float, int (OverflowError if too big) or an
 * object with __float__ / __index__. */
static bool to_double(VM *vm, Value v, double *out)
{
    if (!is_small(v) && is_instance_of(v, &type_float)) {
        *out = float_val(v);
        return true;
    }
    if (is_int(v)) {
        bool ok = true;
        *out = int_to_double(vm, v, &ok);
        return ok;
    }
    Value r;
    if (type_lookup_borrowed(type_of(v), vm->s.__float__)) r = obj_call_method(vm, v, "__float__", NULL, 0);
    else if (type_lookup_borrowed(type_of(v), vm->s.__index__)) r = obj_index(vm, v);
    else return err_format(vm, &exc_TypeError, "must be real number, not %T", v), false;
    if (!r) return false;
    bool ok = to_double(vm, r, out);
    decref(vm, r);
    return ok;
}

/* An integer argument (bool allowed; floats refused as CPython does). */
static Value to_int(VM *vm, Value v)
{
    if (is_int(v)) return obj_index(vm, v);   /* bool -> 0/1, subclasses -> int */
    Value m = type_lookup_borrowed(type_of(v), vm->s.__index__);
    if (!m)
        return err_format(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(type_of(v)));
    return obj_index(vm, v);
}

static Value float_result(VM *vm, double r) { return float_new(vm, r); }

/* ---- one-argument float functions, CPython's math_1 ------------------------------------------ */

/* CPython's classification: a NaN from a non-NaN is a domain error; an
 * infinity from a finite input is a range error when the function can
 * overflow, else a domain error (a pole, like log(0)). */
/* CPython's wording for a one-argument function called with another count. */
static bool one_arg(VM *vm, const char *name, size_t nargs, Value kw)
{
    if (!args_no_kw(vm, name, kw)) return false;
    if (nargs == 1) return true;
    err_format(vm, &exc_TypeError, "math.%s() takes exactly one argument (%zu given)", name, nargs);
    return false;
}

static Value math_1(VM *vm, Value *args, size_t nargs, Value kw, const char *name, double (*fn)(double),
                    bool can_overflow)
{
    double x;
    if (!one_arg(vm, name, nargs, kw) || !to_double(vm, args[0], &x)) return VAL_NULL;
    errno = 0;
    double r = fn(x);
    if (isnan(r) && !isnan(x)) return domain_error(vm);
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
    if (isfinite(r) && errno == ERANGE && fabs(r) >= 1.0) return range_error(vm);
    return float_result(vm, r);
}

#define MATH1(pyname, cfn, overflow) \
    FN(math_##pyname) { (void)self; return math_1(vm, args, nargs, kw, #pyname, cfn, overflow); }

static double m_sqrt(double x) { return x < 0 ? NAN : sqrt(x); }
static double m_acosh(double x) { return x < 1 ? NAN : acosh(x); }
static double m_atanh(double x) { return fabs(x) > 1 ? NAN : fabs(x) == 1 ? copysign(INFINITY, x) : atanh(x); }
static double m_log1p(double x) { return x < -1 ? NAN : x == -1 ? -INFINITY : log1p(x); }
/* gamma and lgamma are CPython's own (Lanczos approximation), not libm's,
 * so results agree to the last bit; they report errors through errno. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num_coeffs[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
static const double lanczos_den_coeffs[LANCZOS_N] = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                                      45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
                                                      1925.0, 66.0, 1.0};
#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
    6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
    121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0};

static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num_coeffs[i];
            den = den * x + lanczos_den_coeffs[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num_coeffs[i];
            den = den / x + lanczos_den_coeffs[i];
        }
    }
    return num / den;
}

static double m_sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

static double m_gamma(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= NGAMMA_INTEGRAL) return gamma_integral[(int)x - 1];
    }
    double absx = fabs(x), r, z, sqrtpow;
    if (absx < 1e-20) {
        r = 1.0 / x;
        if (isinf(r)) errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) return 0.0 / m_sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    double y = absx + lanczos_g_minus_half;
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -M_PI / m_sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r)) errno = ERANGE;
    return r;
}

static double m_lgamma(double x)
{
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = log(M_PI) - log(fabs(m_sinpi(absx))) - log(absx) - r;
    if (isinf(r)) errno = ERANGE;
    return r;
}

/* CPython's math_1a: the function reports its own errors in errno. */
static Value math_1a(VM *vm, Value *args, size_t nargs, Value kw, const char *name, double (*fn)(double))
{
    double x;
    if (!one_arg(vm, name, nargs, kw) || !to_double(vm, args[0], &x)) return VAL_NULL;
    errno = 0;
    double r = fn(x);
    if (errno == EDOM) return domain_error(vm);
    if (errno == ERANGE && fabs(r) >= 1.5) return range_error(vm);
    return float_new(vm, r);
}

FN(math_gamma) { (void)self; return math_1a(vm, args, nargs, kw, "gamma", m_gamma); }
FN(math_lgamma) { (void)self; return math_1a(vm, args, nargs, kw, "lgamma", m_lgamma); }

static double m_trig_guard(double x, double (*f)(double)) { return isinf(x) ? NAN : f(x); }
static double m_sin(double x) { return m_trig_guard(x, sin); }
static double m_cos(double x) { return m_trig_guard(x, cos); }
static double m_tan(double x) { return m_trig_guard(x, tan); }
static double m_asin(double x) { return fabs(x) > 1 ? NAN : asin(x); }
static double m_acos(double x) { return fabs(x) > 1 ? NAN : acos(x); }
static double m_fabs(double x) { return fabs(x); }

MATH1(sqrt, m_sqrt, false)
MATH1(exp, exp, true)
MATH1(exp2, exp2, true)
MATH1(expm1, expm1, true)
MATH1(sin, m_sin, false)
MATH1(cos, m_cos, false)
MATH1(tan, m_tan, false)
MATH1(asin, m_asin, false)
MATH1(acos, m_acos, false)
MATH1(atan, atan, false)
MATH1(sinh, sinh, true)
MATH1(cosh, cosh, true)
MATH1(tanh, tanh, false)
MATH1(asinh, asinh, false)
MATH1(acosh, m_acosh, false)
MATH1(atanh, m_atanh, false)
MATH1(log1p, m_log1p, false)
MATH1(erf, erf, false)
MATH1(erfc, erfc, false)
MATH1(fabs, m_fabs, false)
MATH1(cbrt, cbrt, false)

/* ---- logarithms (ints of any size) -------------------------------------------------------- */

static size_t int_bits(Value v)
{
    if (is_small(v)) return int_bit_length_small(small_val(v));
    IntObj *o = (IntObj *)as_obj(v);
    size_t n = (size_t)(o->size < 0 ? -o->size : o->size);
    if (n == 0) return 0;
    uint32_t top = o->digits[n - 1];
    size_t b = 0;
    while (top) {
        b++;
        top >>= 1;
    }
    return (n - 1) * INT_DIGIT_BITS + b;
}

/* log of a positive int too large for a double, as CPython: x = m * 2**e
 * with m in [0.5, 1), then log(m) + log(2) * e. */
static bool big_log(VM *vm, Value v, double (*fn)(double), double *out)
{
    size_t bits = int_bits(v);
    size_t shift = bits > 64 ? bits - 64 : 0;
    Value sh = int_from_u64(vm, shift);
    Value m = sh ? int_binop(vm, NB_RSHIFT, v, sh) : VAL_NULL;
    xdecref(vm, sh);
    if (!m) return false;
    /* m has 64 bits: fold the shifted-out bits into its lowest one
     * (sticky) so the conversion rounds like CPython's _PyLong_Frexp. */
    if (shift) {
        Value low_mask = VAL_NULL, low = VAL_NULL, one = small(1);
        Value shv = int_from_u64(vm, shift);
        Value p = shv ? int_binop(vm, NB_LSHIFT, one, shv) : VAL_NULL;
        low_mask = p ? int_binop(vm, NB_SUB, p, one) : VAL_NULL;
        low = low_mask ? int_binop(vm, NB_AND, v, low_mask) : VAL_NULL;
        xdecref(vm, shv);
        xdecref(vm, p);
        xdecref(vm, low_mask);
        if (!low) {
            decref(vm, m);
            return false;
        }
        if (int_sign(low) != 0) {
            Value m2 = int_binop(vm, NB_OR, m, one);
            decref(vm, m);
            m = m2;
        }
        decref(vm, low);
        if (!m) return false;
    }
    bool ok = true;
    double d = int_to_double(vm, m, &ok);
    decref(vm, m);
    if (!ok) return false;
    int e;
    double x = frexp(d, &e);
    *out = fn(x) + fn(2.0) * ((double)e + (double)shift);
    return true;
}

static bool log_helper(VM *vm, Value x, double (*fn)(double), double *out)
{
    if (is_int(x)) {
        if (int_sign(x) <= 0) {
            domain_error(vm);
            return false;
        }
        bool ok = true;
        double d = int_to_double(vm, x, &ok);
        if (ok) {
            *out = fn(d);
            return true;
        }
        if (!err_matches(vm, &exc_OverflowError)) return false;
        err_clear(vm);
        return big_log(vm, x, fn, out);
    }
    double d;
    if (!to_double(vm, x, &d)) return false;
    if (isnan(d) || (isinf(d) && d > 0)) {
        *out = d;
        return true;
    }
    if (d <= 0) {
        domain_error(vm);
        return false;
    }
    *out = fn(d);
    return true;
}

FN(math_log)
{
    (void)self;
    if (!args_check(vm, "log", nargs, kw, 1, 2)) return VAL_NULL;
    double num, den;
    if (!log_helper(vm, args[0], log, &num)) return VAL_NULL;
    if (nargs == 1) return float_new(vm, num);
    if (!log_helper(vm, args[1], log, &den)) return VAL_NULL;
    if (den == 0) return err_set_str(vm, &exc_ZeroDivisionError, "float division by zero");
    return float_new(vm, num / den);
}

FN(math_log2)
{
    (void)self;
    double r;
    if (!one_arg(vm, "log2", nargs, kw) || !log_helper(vm, args[0], log2, &r)) return VAL_NULL;
    return float_new(vm, r);
}

FN(math_log10)
{
    (void)self;
    double r;
    if (!one_arg(vm, "log10", nargs, kw) || !log_helper(vm, args[0], log10, &r)) return VAL_NULL;
    return float_new(vm, r);
}

/* ---- two-argument float functions -------------------------------------------------------------- */

static bool two_doubles(VM *vm, const char *name, Value *args, size_t nargs, Value kw, double *x, double *y)
{
    if (!args_no_kw(vm, name, kw)) return false;
    if (nargs != 2) {
        err_format(vm, &exc_TypeError, "%s expected 2 arguments, got %zu", name, nargs);
        return false;
    }
    return to_double(vm, args[0], x) && to_double(vm, args[1], y);
}

FN(math_pow)
{
    (void)self;
    double x, y;
    if (!two_doubles(vm, "pow", args, nargs, kw, &x, &y)) return VAL_NULL;
    if (!isfinite(x) || !isfinite(y)) {
        /* C99's rules for the special values are CPython's. */
        return float_new(vm, pow(x, y));
    }
    if (x == 0 && y < 0) return domain_error(vm);
    if (x < 0 && y != floor(y)) return domain_error(vm);
    double r = pow(x, y);
    if (isinf(r)) return range_error(vm);
    return float_new(vm, r);
}

FN(math_atan2)
{
    (void)self;
    double y, x;
    if (!two_doubles(vm, "atan2", args, nargs, kw, &y, &x)) return VAL_NULL;
    return float_new(vm, atan2(y, x));
}

FN(math_fmod)
{
    (void)self;
    double x, y;
    if (!two_doubles(vm, "fmod", args, nargs, kw, &x, &y)) return VAL_NULL;
    if (isinf(y) && isfinite(x)) return float_new(vm, x);
    if (isnan(x) || isnan(y)) return float_new(vm, NAN);
    if (isinf(x) || y == 0) return domain_error(vm);
    return float_new(vm, fmod(x, y));
}

FN(math_remainder)
{
    (void)self;
    double x, y;
    if (!two_doubles(vm, "remainder", args, nargs, kw, &x, &y)) return VAL_NULL;
    if (isnan(x) || isnan(y)) return float_new(vm, NAN);
    if (isinf(x) || y == 0) return domain_error(vm);
    if (isinf(y)) return float_new(vm, x);
    return float_new(vm, remainder(x, y));
}

FN(math_copysign)
{
    (void)self;
    double x, y;
    if (!two_doubles(vm, "copysign", args, nargs, kw, &x, &y)) return VAL_NULL;
    return float_new(vm, copysign(x, y));
}

FN(math_nextafter)
{
    (void)self;
    double x, y;
    if (!two_doubles(vm, "nextafter", args, nargs, kw, &x, &y)) return VAL_NULL;
    return float_new(vm, nextafter(x, y));
}

FN(math_ulp)
{
    (void)self;
    double x;
    if (!one_arg(vm, "ulp", nargs, kw) || !to_double(vm, args[0], &x)) return VAL_NULL;
    if (isnan(x)) return float_new(vm, x);
    x = fabs(x);
    if (isinf(x)) return float_new(vm, x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) return float_new(vm, x - nextafter(x, -INFINITY));
    return float_new(vm, x2 - x);
}

FN(math_degrees)
{
    (void)self;
    double x;
    if (!one_arg(vm, "degrees", nargs, kw) || !to_double(vm, args[0], &x)) return VAL_NULL;
    return float_new(vm, x * (180.0 / M_PI));
}

FN(math_radians)
{
    (void)self;
    double x;
    if (!one_arg(vm, "radians", nargs, kw) || !to_double(vm, args[0], &x)) return VAL_NULL;
    return float_new(vm, x * (M_PI / 180.0));
}

static Value classify(VM *vm, Value *args, size_t nargs, Value kw, const char *name, int which)
{
    double x;
    if (!one_arg(vm, name, nargs, kw) || !to_double(vm, args[0], &x)) return VAL_NULL;
    return bool_val(which == 0 ? isfinite(x) : which == 1 ? isinf(x) : isnan(x));
}
FN(math_isfinite) { (void)self; return classify(vm, args, nargs, kw, "isfinite", 0); }
FN(math_isinf) { (void)self; return classify(vm, args, nargs, kw, "isinf", 1); }
FN(math_isnan) { (void)self; return classify(vm, args, nargs, kw, "isnan", 2); }

FN(math_isclose)
{
    (void)self;
    Value a[4];
    if (!args_parse(vm, "isclose", args, nargs, kw, "a,b,$rel_tol,abs_tol", a)) return VAL_NULL;
    double x, y, rel = 1e-9, abs_tol = 0.0;
    if (!to_double(vm, a[0], &x) || !to_double(vm, a[1], &y) || (a[2] && !to_double(vm, a[2], &rel)) ||
        (a[3] && !to_double(vm, a[3], &abs_tol)))
        return VAL_NULL;
    if (rel < 0.0 || abs_tol < 0.0) return err_set_str(vm, &exc_ValueError, "tolerances must be non-negative");
    if (x == y) return TRUE_V;
    if (isinf(x) || isinf(y)) return FALSE_V;
    double diff = fabs(y - x);
    return bool_val((diff <= fabs(rel * y)) || (diff <= fabs(rel * x)) || (diff <= abs_tol));
}

FN(math_modf)
{
    (void)self;
    double x, ip;
    if (!one_arg(vm, "modf", nargs, kw) || !to_double(vm, args[0], &x)) return VAL_NULL;
    double fp = isinf(x) ? copysign(0.0, x) : modf(x, &ip);
    if (isinf(x)) ip = x;
    Value a = float_new(vm, fp), b = a ? float_new(vm, ip) : VAL_NULL;
    Value t = b ? tuple_pack(vm, 2, a, b) : VAL_NULL;
    xdecref(vm, a);
    xdecref(vm, b);
    return t;
}

FN(math_frexp)
{
    (void)self;
    double x;
    if (!one_arg(vm, "frexp", nargs, kw) || !to_double(vm, args[0], &x)) return VAL_NULL;
    int e = 0;
    double m = isfinite(x) && x != 0 ? frexp(x, &e) : x;
    Value a = float_new(vm, m);
    Value t = a ? tuple_pack(vm, 2, a, small(e)) : VAL_NULL;
    xdecref(vm, a);
    return t;
}

FN(math_ldexp)
{
    (void)self;
    double x;
    if (!args_check(vm, "ldexp", nargs, kw, 2, 2) || !to_double(vm, args[0], &x)) return VAL_NULL;
    if (!is_int(args[1])) return err_set_str(vm, &exc_TypeError, "Expected an int as second argument to ldexp.");
    if (x == 0 || !isfinite(x)) return float_new(vm, x);
    int64_t e;
    if (!int_to_i64(vm, args[1], &e)) {
        if (!err_matches(vm, &exc_OverflowError)) return VAL_NULL;
        err_clear(vm);
        e = int_sign(args[1]) > 0 ? INT32_MAX : INT32_MIN;
    }
    if (e > INT32_MAX) e = INT32_MAX;
    if (e < INT32_MIN) e = INT32_MIN;
    double r = ldexp(x, (int)e);
    if (isinf(r)) return range_error(vm);
    return float_new(vm, r);
}

/* ---- rounding to ints ------------------------------------------------------------------------------- */

static Value round_to_int(VM *vm, Value *args, size_t nargs, Value kw, const char *name, const char *dunder,
                          double (*fn)(double))
{
    if (!one_arg(vm, name, nargs, kw)) return VAL_NULL;
    Value x = args[0];
    if (is_int(x)) return is_small(x) || type_of(x) == &type_int ? incref(x) : obj_index(vm, x);
    if (!is_type(x, &type_float)) {
        Value dname = str_intern_cstr(vm, dunder);
        Value m = dname ? obj_lookup_attr(vm, x, dname) : VAL_NULL;
        xdecref(vm, dname);
        if (m) {
            Value r = obj_call0(vm, m);
            decref(vm, m);
            return r;
        }
        if (err_occurred(vm)) return VAL_NULL;
        if (strcmp(name, "trunc") == 0)
            return err_format(vm, &exc_TypeError, "type %s doesn't define __trunc__ method", type_name(type_of(x)));
    }
    double d;
    if (!to_double(vm, x, &d)) return VAL_NULL;
    return int_from_double(vm, fn(d));
}

FN(math_floor) { (void)self; return round_to_int(vm, args, nargs, kw, "floor", "__floor__", floor); }
FN(math_ceil) { (void)self; return round_to_int(vm, args, nargs, kw, "ceil", "__ceil__", ceil); }
FN(math_trunc) { (void)self; return round_to_int(vm, args, nargs, kw, "trunc", "__trunc__", trunc); }

/* ---- integer functions ------------------------------------------------------------------------------ */

static Value int_op(VM *vm, NumOp op, Value a, Value b) { return int_binop(vm, op, a, b); }

/* Product of the ints in [lo, hi], by halves so big products stay balanced. */
static Value range_product(VM *vm, uint64_t lo, uint64_t hi, int depth)
{
    if (hi - lo < 16 || depth > 60) {
        Value acc = small(1);
        for (uint64_t i = lo; i <= hi; i++) {
            Value n = int_from_u64(vm, i);
            Value r = n ? int_op(vm, NB_MUL, acc, n) : VAL_NULL;
            xdecref(vm, n);
            decref(vm, acc);
            if (!r) return VAL_NULL;
            acc = r;
            if (!vm_check_interrupt(vm)) {
                decref(vm, acc);
                return VAL_NULL;
            }
        }
        return acc;
    }
    uint64_t mid = lo + (hi - lo) / 2;
    Value a = range_product(vm, lo, mid, depth + 1);
    Value b = a ? range_product(vm, mid + 1, hi, depth + 1) : VAL_NULL;
    Value r = b ? int_op(vm, NB_MUL, a, b) : VAL_NULL;
    xdecref(vm, a);
    xdecref(vm, b);
    return r;
}

/* A non-negative int that must fit 64 bits (else OverflowError with `what`). */
static bool small_nonneg(VM *vm, Value v, const char *what, uint64_t *out)
{
    int64_t n;
    if (!int_to_i64(vm, v, &n)) {
        if (err_matches(vm, &exc_OverflowError)) {
            err_clear(vm);
            err_format(vm, &exc_OverflowError, "%s must not exceed %ld", what, (long)INT64_MAX);
        }
        return false;
    }
    *out = (uint64_t)n;
    return true;
}

FN(math_factorial)
{
    (void)self;
    if (!one_arg(vm, "factorial", nargs, kw)) return VAL_NULL;
    Value n = to_int(vm, args[0]);
    if (!n) return VAL_NULL;
    if (int_sign(n) < 0) {
        decref(vm, n);
        return err_set_str(vm, &exc_ValueError, "factorial() not defined for negative values");
    }
    uint64_t k;
    bool ok = small_nonneg(vm, n, "factorial() argument", &k);
    decref(vm, n);
    if (!ok) return VAL_NULL;
    if (k < 2) return small(1);
    return range_product(vm, 2, k, 0);
}

static Value int_gcd(VM *vm, Value a, Value b)
{
    a = int_abs(vm, a);
    b = a ? int_abs(vm, b) : VAL_NULL;
    if (!b) {
        xdecref(vm, a);
        return VAL_NULL;
    }
    while (int_sign(b) != 0) {
        Value r = int_op(vm, NB_MOD, a, b);
        decref(vm, a);
        if (!r) {
            decref(vm, b);
            return VAL_NULL;
        }
        a = b;
        b = r;
    }
    decref(vm, b);
    return a;
}

FN(math_gcd)
{
    (void)self;
    if (!args_no_kw(vm, "gcd", kw)) return VAL_NULL;
    Value g = small(0);
    for (size_t i = 0; i < nargs; i++) {
        Value x = to_int(vm, args[i]);
        Value r = x ? int_gcd(vm, g, x) : VAL_NULL;
        xdecref(vm, x);
        decref(vm, g);
        if (!r) return VAL_NULL;
        g = r;
    }
    return g;
}

FN(math_lcm)
{
    (void)self;
    if (!args_no_kw(vm, "lcm", kw)) return VAL_NULL;
    Value l = small(1);
    for (size_t i = 0; i < nargs; i++) {
        Value x = to_int(vm, args[i]);
        if (!x) {
            decref(vm, l);
            return VAL_NULL;
        }
        Value r;
        if (int_sign(x) == 0 || int_sign(l) == 0) {
            r = small(0);
        } else {
            Value g = int_gcd(vm, l, x);
            Value q = g ? int_op(vm, NB_FLOORDIV, l, g) : VAL_NULL;
            Value p = q ? int_op(vm, NB_MUL, q, x) : VAL_NULL;
            r = p ? int_abs(vm, p) : VAL_NULL;
            xdecref(vm, g);
            xdecref(vm, q);
            xdecref(vm, p);
        }
        decref(vm, x);
        decref(vm, l);
        if (!r) return VAL_NULL;
        l = r;
    }
    return l;
}

/* n!/(n-k)! and, when `divide`, divided by k!: exact int arithmetic. */
static Value perm_comb(VM *vm, Value n, Value k, bool divide)
{
    if (int_sign(n) < 0) return err_set_str(vm, &exc_ValueError, "n must be a non-negative integer");
    if (int_sign(k) < 0) return err_set_str(vm, &exc_ValueError, "k must be a non-negative integer");
    if (int_compare(k, n) > 0) return small(0);
    if (divide) {
        /* comb(n, k) == comb(n, n-k): use the smaller k. */
        Value nk = int_op(vm, NB_SUB, n, k);
        if (!nk) return VAL_NULL;
        if (int_compare(nk, k) < 0) k = nk;
        uint64_t kk;
        bool ok = small_nonneg(vm, k, "min(n - k, k)", &kk);
        decref(vm, nk);
        if (!ok) return VAL_NULL;
        Value acc = small(1);
        for (uint64_t i = 0; i < kk; i++) {
            /* acc = acc * (n - i) // (i + 1), exact at every step */
            Value iv = int_from_u64(vm, i), i1 = int_from_u64(vm, i + 1);
            Value f = iv ? int_op(vm, NB_SUB, n, iv) : VAL_NULL;
            Value p = f ? int_op(vm, NB_MUL, acc, f) : VAL_NULL;
            Value q = p && i1 ? int_op(vm, NB_FLOORDIV, p, i1) : VAL_NULL;
            xdecref(vm, iv);
            xdecref(vm, i1);
            xdecref(vm, f);
            xdecref(vm, p);
            decref(vm, acc);
            if (!q) return VAL_NULL;
            acc = q;
        }
        return acc;
    }
    uint64_t kk;
    if (!small_nonneg(vm, k, "k", &kk)) return VAL_NULL;
    Value acc = small(1);
    for (uint64_t i = 0; i < kk; i++) {
        Value iv = int_from_u64(vm, i);
        Value f = iv ? int_op(vm, NB_SUB, n, iv) : VAL_NULL;
        Value p = f ? int_op(vm, NB_MUL, acc, f) : VAL_NULL;
        xdecref(vm, iv);
        xdecref(vm, f);
        decref(vm, acc);
        if (!p) return VAL_NULL;
        acc = p;
    }
    return acc;
}

FN(math_comb)
{
    (void)self;
    if (!args_check(vm, "comb", nargs, kw, 2, 2)) return VAL_NULL;
    Value n = to_int(vm, args[0]), k = n ? to_int(vm, args[1]) : VAL_NULL;
    Value r = k ? perm_comb(vm, n, k, true) : VAL_NULL;
    xdecref(vm, n);
    xdecref(vm, k);
    return r;
}

FN(math_perm)
{
    (void)self;
    if (!args_check(vm, "perm", nargs, kw, 1, 2)) return VAL_NULL;
    Value n = to_int(vm, args[0]);
    Value k = n ? (nargs > 1 && args[1] != NONE ? to_int(vm, args[1]) : incref(n)) : VAL_NULL;
    Value r = k ? perm_comb(vm, n, k, false) : VAL_NULL;
    xdecref(vm, n);
    xdecref(vm, k);
    return r;
}

FN(math_isqrt)
{
    (void)self;
    if (!one_arg(vm, "isqrt", nargs, kw)) return VAL_NULL;
    Value n = to_int(vm, args[0]);
    if (!n) return VAL_NULL;
    if (int_sign(n) < 0) {
        decref(vm, n);
        return err_set_str(vm, &exc_ValueError, "isqrt() argument must be nonnegative");
    }
    if (int_sign(n) == 0) {
        decref(vm, n);
        return small(0);
    }
    /* Newton's iteration from above: x = (x + n // x) // 2 until it stops falling. */
    size_t bits = int_bits(n);
    Value sh = int_from_u64(vm, (bits + 1) / 2);
    Value x = sh ? int_op(vm, NB_LSHIFT, small(1), sh) : VAL_NULL;
    xdecref(vm, sh);
    while (x) {
        Value q = int_op(vm, NB_FLOORDIV, n, x);
        Value s = q ? int_op(vm, NB_ADD, x, q) : VAL_NULL;
        Value y = s ? int_op(vm, NB_RSHIFT, s, small(1)) : VAL_NULL;
        xdecref(vm, q);
        xdecref(vm, s);
        if (!y) {
            clear_slot(vm, &x);
            break;
        }
        if (int_compare(y, x) >= 0) {
            decref(vm, y);
            break;
        }
        decref(vm, x);
        x = y;
    }
    decref(vm, n);
    return x;
}

/* ---- sums, products and norms ------------------------------------------------------------------------- */

/* CPython's fsum: Shewchuk's exact partials, then a correctly rounded sum. */
FN(math_fsum)
{
    (void)self;
    if (!one_arg(vm, "fsum", nargs, kw)) return VAL_NULL;
    Value it = obj_iter(vm, args[0]);
    if (!it) return VAL_NULL;
    size_t cap = 32, n = 0;
    double *p = malloc(cap * sizeof *p);
    double special_sum = 0.0, inf_sum = 0.0;
    Value item;
    Value result = VAL_NULL;
    if (!p) {
        decref(vm, it);
        return err_no_memory(vm);
    }
    while ((item = obj_iternext(vm, it))) {
        double x;
        bool ok = to_double(vm, item, &x);
        decref(vm, item);
        if (!ok) goto done;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* a nonfinite x could arise from a finite overflow */
                if (isfinite(xsave)) {
                    err_set_str(vm, &exc_OverflowError, "intermediate overflow in fsum");
                    goto done;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n == cap) {
                    double *q = realloc(p, (cap *= 2) * sizeof *p);
                    if (!q) {
                        err_no_memory(vm);
                        goto done;
                    }
                    p = q;
                }
                p[n++] = x;
            }
        }
    }
    if (err_occurred(vm)) goto done;
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) err_set_str(vm, &exc_ValueError, "-inf + inf in fsum");
        else result = float_new(vm, special_sum);
        goto done;
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0;
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* Round half-even using the next partial's sign. */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y, yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    result = float_new(vm, hi);
done:
    free(p);
    decref(vm, it);
    return result;
}

FN(math_prod)
{
    (void)self;
    Value a[2];
    if (!args_parse(vm, "prod", args, nargs, kw, "iterable/$start", a)) return VAL_NULL;
    Value acc = incref(a[1] ? a[1] : small(1));
    Value it = obj_iter(vm, a[0]);
    if (!it) {
        decref(vm, acc);
        return VAL_NULL;
    }
    Value item;
    while ((item = obj_iternext(vm, it))) {
        Value r = obj_binop(vm, NB_MUL, acc, item);
        decref(vm, item);
        decref(vm, acc);
        acc = r;
        if (!acc) break;
    }
    decref(vm, it);
    if (err_occurred(vm)) {
        xdecref(vm, acc);
        return VAL_NULL;
    }
    return acc;
}

typedef struct { double hi, lo; } DoubleLength;
static DoubleLength dl_fast_sum(double a, double b)
{
    double x = a + b;
    return (DoubleLength){x, (a - x) + b};
}
static DoubleLength dl_mul(double x, double y)
{
    double z = x * y;
    return (DoubleLength){z, fma(x, y, -z)};
}

/* CPython 3.11's vector_norm: sqrt of a sum of squares with the scaling
 * and compensation that make it correctly rounded almost always. */
static double vector_norm(size_t n, double *vec, double max, bool found_nan, int depth)
{
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023 && depth == 0) {
        for (size_t i = 0; i < n; i++) vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan, 1);
    }
    double scale = ldexp(1.0, -max_e), csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    DoubleLength pr, sm;
    for (size_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        pr = dl_mul(x, x);
        sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    pr = dl_mul(-h, h);
    sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static Value norm_of(VM *vm, double *vec, size_t n)
{
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        vec[i] = fabs(vec[i]);
        found_nan |= isnan(vec[i]);
        if (vec[i] > max) max = vec[i];
    }
    return float_new(vm, vector_norm(n, vec, max, found_nan, 0));
}

FN(math_hypot)
{
    (void)self;
    if (!args_no_kw(vm, "hypot", kw)) return VAL_NULL;
    double *vec = malloc((nargs ? nargs : 1) * sizeof *vec);
    if (!vec) return err_no_memory(vm);
    for (size_t i = 0; i < nargs; i++) {
        if (!to_double(vm, args[i], &vec[i])) {
            free(vec);
            return VAL_NULL;
        }
    }
    Value r = norm_of(vm, vec, nargs);
    free(vec);
    return r;
}

FN(math_dist)
{
    (void)self;
    if (!args_check(vm, "dist", nargs, kw, 2, 2)) return VAL_NULL;
    Value p = list_from_iterable(vm, args[0]);
    Value q = p ? list_from_iterable(vm, args[1]) : VAL_NULL;
    Value r = VAL_NULL;
    double *vec = NULL;
    if (!q) goto done;
    size_t n = as_list(p)->len;
    if (as_list(q)->len != n) {
        err_set_str(vm, &exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    vec = malloc((n ? n : 1) * sizeof *vec);
    if (!vec) {
        err_no_memory(vm);
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        double a, b;
        if (!to_double(vm, as_list(p)->items[i], &a) || !to_double(vm, as_list(q)->items[i], &b)) goto done;
        vec[i] = a - b;
    }
    r = norm_of(vm, vec, n);
done:
    free(vec);
    xdecref(vm, p);
    xdecref(vm, q);
    return r;
}

static const MethodDef math_functions[] = {
    {"sqrt", math_sqrt, 0}, {"exp", math_exp, 0}, {"exp2", math_exp2, 0}, {"expm1", math_expm1, 0},
    {"sin", math_sin, 0}, {"cos", math_cos, 0}, {"tan", math_tan, 0}, {"asin", math_asin, 0},
    {"acos", math_acos, 0}, {"atan", math_atan, 0}, {"sinh", math_sinh, 0}, {"cosh", math_cosh, 0},
    {"tanh", math_tanh, 0}, {"asinh", math_asinh, 0}, {"acosh", math_acosh, 0}, {"atanh", math_atanh, 0},
    {"log1p", math_log1p, 0}, {"gamma", math_gamma, 0}, {"lgamma", math_lgamma, 0}, {"erf", math_erf, 0},
    {"erfc", math_erfc, 0}, {"fabs", math_fabs, 0}, {"cbrt", math_cbrt, 0}, {"log", math_log, 0},
    {"log2", math_log2, 0}, {"log10", math_log10, 0}, {"pow", math_pow, 0}, {"atan2", math_atan2, 0},
    {"fmod", math_fmod, 0}, {"remainder", math_remainder, 0}, {"copysign", math_copysign, 0},
    {"nextafter", math_nextafter, 0}, {"ulp", math_ulp, 0}, {"degrees", math_degrees, 0},
    {"radians", math_radians, 0}, {"isfinite", math_isfinite, 0}, {"isinf", math_isinf, 0},
    {"isnan", math_isnan, 0}, {"isclose", math_isclose, 0}, {"modf", math_modf, 0}, {"frexp", math_frexp, 0},
    {"ldexp", math_ldexp, 0}, {"floor", math_floor, 0}, {"ceil", math_ceil, 0}, {"trunc", math_trunc, 0},
    {"factorial", math_factorial, 0}, {"gcd", math_gcd, 0}, {"lcm", math_lcm, 0}, {"comb", math_comb, 0},
    {"perm", math_perm, 0}, {"isqrt", math_isqrt, 0}, {"fsum", math_fsum, 0}, {"prod", math_prod, 0},
    {"hypot", math_hypot, 0}, {"dist", math_dist, 0}, {NULL, NULL, 0},
};

static int add_float(VM *vm, Value m, const char *name, double d)
{
    Value f = float_new(vm, d);
    int r = f ? module_add_object(vm, m, name, f) : -1;
    xdecref(vm, f);
    return r;
}

Value stdlib_math_init(VM *vm)
{
    Value name = str_intern_cstr(vm, "math");
    if (!name) return VAL_NULL;
    Value m = module_new(vm, name);
    decref(vm, name);
    if (!m || module_add_functions(vm, m, math_functions) < 0 || add_float(vm, m, "pi", M_PI) < 0 ||
        add_float(vm, m, "e", M_E) < 0 || add_float(vm, m, "tau", 2 * M_PI) < 0 ||
        add_float(vm, m, "inf", INFINITY) < 0 || add_float(vm, m, "nan", NAN) < 0) {
        xdecref(vm, m);
        return VAL_NULL;
    }
    return m;
}

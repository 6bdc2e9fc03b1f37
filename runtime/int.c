/*
 * runtime/int.c -- arbitrary-precision ints.
 *
 * Small ints are immediates (see object.h); everything else is an IntObj of
 * base-2^30 digits.  All arithmetic reads its operands through a Digits view,
 * so small ints, True/False and heap ints (including int-subclass instances
 * holding small values) share one code path; results always go through
 * int_normalize so an int that fits in 63 bits is never returned as an IntObj.
 *
 * Algorithms: schoolbook and Karatsuba multiplication, Knuth's algorithm D
 * for division, quadratic base-10^9 conversion for str() (CPython's).
 */
#include "runtime/object.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#define DIGIT_BASE ((uint64_t)1 << INT_DIGIT_BITS)
#define KARATSUBA_CUTOFF 70
/* The exponent modulus of CPython's numeric hash. */
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

/* sys.set_int_max_str_digits(): the limit on decimal conversions (0: none). */
intptr_t int_max_str_digits = 4300;

/* ---- digit views ---------------------------------------------------------- */

/* A read-only view of any int as sign and magnitude digits.  `buf` backs the
 * digits of small ints and bools, so a view must not be copied. */
typedef struct Digits {
    const uint32_t *d;
    size_t n;          /* significant digits: d[n-1] != 0 unless n == 0 */
    int sign;          /* -1, 0 or 1 */
    uint32_t buf[3];
} Digits;

static void view_u64(Digits *w, uint64_t m, int sign)
{
    size_t n = 0;
    while (m) {
        w->buf[n++] = (uint32_t)(m & INT_DIGIT_MASK);
        m >>= INT_DIGIT_BITS;
    }
    w->d = w->buf;
    w->n = n;
    w->sign = n ? sign : 0;
}

static void view_of(Value v, Digits *w)
{
    if (is_small(v)) {
        intptr_t i = small_val(v);
        view_u64(w, i < 0 ? -(uint64_t)i : (uint64_t)i, i < 0 ? -1 : 1);
        return;
    }
    if (as_obj(v)->type == &type_bool) {
        view_u64(w, v == TRUE_V, 1);
        return;
    }
    IntObj *b = (IntObj *)as_obj(v);
    size_t n = (size_t)(b->size < 0 ? -b->size : b->size);
    while (n && b->digits[n - 1] == 0) n--;
    w->d = b->digits;
    w->n = n;
    w->sign = n ? (b->size < 0 ? -1 : 1) : 0;
}

/* The machine value of an int if it fits the small range (small ints, bools,
 * subclass instances holding small values). */
static bool small_of(Value v, intptr_t *out)
{
    if (is_small(v)) { *out = small_val(v); return true; }
    if (as_obj(v)->type == &type_bool) { *out = v == TRUE_V; return true; }
    IntObj *b = (IntObj *)as_obj(v);
    if (b->ob.type == &type_int) return false;   /* normalised: never small */
    Digits w;
    view_of(v, &w);
    if (w.n > 3 || (w.n == 3 && w.d[2] > 4)) return false;
    uint64_t m = 0;
    for (size_t i = w.n; i-- > 0;) m = (m << INT_DIGIT_BITS) | w.d[i];
    if (m > (uint64_t)SMALL_MAX + (w.sign < 0)) return false;
    *out = w.sign < 0 ? (intptr_t)(0 - m) : (intptr_t)m;
    return true;
}

/* ---- allocation ------------------------------------------------------------ */

static size_t int_bytes(size_t n) { return sizeof(IntObj) + n * sizeof(uint32_t); }

/* A zeroed positive IntObj of n digits. */
static IntObj *int_alloc(VM *vm, size_t n)
{
    if (n > ((size_t)1 << 40)) {
        err_set_str(vm, &exc_OverflowError, "too many digits in integer");
        return NULL;
    }
    IntObj *b = gc_mem_alloc(vm, int_bytes(n));
    if (!b) return NULL;
    b->ob.refcnt = 1;
    b->ob.type = &type_int;
    b->size = (intptr_t)n;
    memset(b->digits, 0, n * sizeof(uint32_t));
    return b;
}

/* An immediate is just its Value word; a heap int is its header and digits
 * (a subclass's header is its class's size). */
static size_t int_sizeof(Value v)
{
    if (is_small(v)) return sizeof(Value);
    intptr_t n = ((IntObj *)as_obj(v))->size;
    return as_obj(v)->type->size + (size_t)(n < 0 ? -n : n) * sizeof(uint32_t);
}

static void int_dealloc(VM *vm, Obj *o)
{
    IntObj *b = (IntObj *)o;
    gc_mem_free(vm, o, int_bytes((size_t)(b->size < 0 ? -b->size : b->size)));
}

Value int_normalize(VM *vm, IntObj *b)
{
    size_t alloc = (size_t)(b->size < 0 ? -b->size : b->size), n = alloc;
    bool neg = b->size < 0;
    while (n && b->digits[n - 1] == 0) n--;
    if (n < 3 || (n == 3 && b->digits[2] <= 4)) {
        uint64_t m = 0;
        for (size_t i = n; i-- > 0;) m = (m << INT_DIGIT_BITS) | b->digits[i];
        if (m <= (uint64_t)SMALL_MAX || (neg && m == (uint64_t)SMALL_MAX + 1)) {
            gc_mem_free(vm, b, int_bytes(alloc));
            return small(neg ? (intptr_t)(0 - m) : (intptr_t)m);
        }
    }
    if (n != alloc) {
        /* Shrink so the block size stays |size| digits (dealloc recomputes it). */
        IntObj *nb = gc_mem_realloc(vm, b, int_bytes(alloc), int_bytes(n));
        if (!nb) { gc_mem_free(vm, b, int_bytes(alloc)); return VAL_NULL; }
        b = nb;
    }
    b->size = neg ? -(intptr_t)n : (intptr_t)n;
    return val(b);
}

static Value finish(VM *vm, IntObj *b, int sign)
{
    if (sign < 0) b->size = -b->size;
    return int_normalize(vm, b);
}

static Value from_digits(VM *vm, const uint32_t *d, size_t n, int sign)
{
    IntObj *b = int_alloc(vm, n);
    if (!b) return VAL_NULL;
    if (n) memcpy(b->digits, d, n * sizeof(uint32_t));
    return finish(vm, b, sign);
}

static Value from_view(VM *vm, const Digits *w, int sign) { return from_digits(vm, w->d, w->n, sign); }

Value int_from_i64(VM *vm, int64_t i)
{
    if (fits_small((intptr_t)i)) return small((intptr_t)i);
    Digits w;
    view_u64(&w, i < 0 ? -(uint64_t)i : (uint64_t)i, i < 0 ? -1 : 1);
    return from_view(vm, &w, w.sign);
}

Value int_from_u64(VM *vm, uint64_t u)
{
    if (u <= (uint64_t)SMALL_MAX) return small((intptr_t)u);
    Digits w;
    view_u64(&w, u, 1);
    return from_view(vm, &w, 1);
}

/* A new reference to the exact-int value of any int (bool -> 0/1, subclass
 * instance -> plain int). */
static Value int_exact(VM *vm, Value v)
{
    if (is_small(v) || as_obj(v)->type == &type_int) return incref(v);
    intptr_t i;
    if (small_of(v, &i)) return small(i);
    Digits w;
    view_of(v, &w);
    return from_view(vm, &w, w.sign);
}

/* ---- magnitude arithmetic ------------------------------------------------ */

static int mag_cmp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    if (na != nb) return na < nb ? -1 : 1;
    for (size_t i = na; i-- > 0;)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* r[0..na] = a + b, na >= nb. */
static void mag_add(const uint32_t *a, size_t na, const uint32_t *b, size_t nb, uint32_t *r)
{
    uint32_t carry = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        carry += a[i] + b[i];
        r[i] = carry & INT_DIGIT_MASK;
        carry >>= INT_DIGIT_BITS;
    }
    for (; i < na; i++) {
        carry += a[i];
        r[i] = carry & INT_DIGIT_MASK;
        carry >>= INT_DIGIT_BITS;
    }
    r[i] = carry;
}

/* r[0..na) = a - b, a >= b. */
static void mag_sub(const uint32_t *a, size_t na, const uint32_t *b, size_t nb, uint32_t *r)
{
    uint32_t borrow = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        borrow = a[i] - b[i] - borrow;
        r[i] = borrow & INT_DIGIT_MASK;
        borrow = (borrow >> INT_DIGIT_BITS) & 1;
    }
    for (; i < na; i++) {
        borrow = a[i] - borrow;
        r[i] = borrow & INT_DIGIT_MASK;
        borrow = (borrow >> INT_DIGIT_BITS) & 1;
    }
}

/* r += a (r has room for the carry out of na digits, maybe more). */
static void mag_add_into(uint32_t *r, size_t nr, const uint32_t *a, size_t na)
{
    uint32_t carry = 0;
    size_t i = 0;
    for (; i < na; i++) {
        carry += r[i] + a[i];
        r[i] = carry & INT_DIGIT_MASK;
        carry >>= INT_DIGIT_BITS;
    }
    for (; carry && i < nr; i++) {
        carry += r[i];
        r[i] = carry & INT_DIGIT_MASK;
        carry >>= INT_DIGIT_BITS;
    }
}

/* r -= a, r >= a. */
static void mag_sub_from(uint32_t *r, size_t nr, const uint32_t *a, size_t na)
{
    uint32_t borrow = 0;
    size_t i = 0;
    for (; i < na; i++) {
        borrow = r[i] - a[i] - borrow;
        r[i] = borrow & INT_DIGIT_MASK;
        borrow = (borrow >> INT_DIGIT_BITS) & 1;
    }
    for (; borrow && i < nr; i++) {
        borrow = r[i] - borrow;
        r[i] = borrow & INT_DIGIT_MASK;
        borrow = (borrow >> INT_DIGIT_BITS) & 1;
    }
}

/* r[0..na+nb) = a * b; r must be zeroed. */
static void mag_mul_school(const uint32_t *a, size_t na, const uint32_t *b, size_t nb, uint32_t *r)
{
    for (size_t i = 0; i < na; i++) {
        uint64_t carry = 0, ai = a[i];
        if (!ai) continue;
        for (size_t j = 0; j < nb; j++) {
            carry += r[i + j] + ai * b[j];
            r[i + j] = (uint32_t)(carry & INT_DIGIT_MASK);
            carry >>= INT_DIGIT_BITS;
        }
        for (size_t k = i + nb; carry; k++) {
            carry += r[k];
            r[k] = (uint32_t)(carry & INT_DIGIT_MASK);
            carry >>= INT_DIGIT_BITS;
        }
    }
}

static size_t mag_len(const uint32_t *a, size_t n)
{
    while (n && a[n - 1] == 0) n--;
    return n;
}

/* r[0..na+nb) = a * b (r zeroed), na >= nb.  Karatsuba above the cutoff;
 * lopsided products are done as a row of balanced ones.  False: no memory. */
static bool mag_mul(VM *vm, const uint32_t *a, size_t na, const uint32_t *b, size_t nb, uint32_t *r)
{
    if (na < nb) { const uint32_t *t = a; a = b; b = t; size_t tn = na; na = nb; nb = tn; }
    if (nb < KARATSUBA_CUTOFF) { mag_mul_school(a, na, b, nb, r); return true; }
    if (2 * nb <= na) {
        /* Lopsided: multiply nb-digit slices of a by b and accumulate. */
        size_t tn = 2 * nb;
        uint32_t *t = gc_mem_alloc(vm, tn * sizeof(uint32_t));
        if (!t) return false;
        for (size_t off = 0; off < na; off += nb) {
            size_t sl = na - off < nb ? na - off : nb;
            memset(t, 0, tn * sizeof(uint32_t));
            if (!mag_mul(vm, a + off, sl, b, nb, t)) { gc_mem_free(vm, t, tn * sizeof(uint32_t)); return false; }
            mag_add_into(r + off, na + nb - off, t, sl + nb);
        }
        gc_mem_free(vm, t, tn * sizeof(uint32_t));
        return true;
    }
    /* a = ah*B^s + al, b = bh*B^s + bl; nb > s so bh is not empty. */
    size_t s = na / 2;
    const uint32_t *al = a, *ah = a + s, *bl = b, *bh = b + s;
    size_t nal = mag_len(al, s), nah = na - s, nbl = mag_len(bl, s), nbh = nb - s;
    size_t sa = nah + 1, sb = (nbh > s ? nbh : s) + 1;   /* sizes of al+ah, bl+bh */
    size_t total = sa + sb + (sa + sb) + 2 * (s + 1) + (nah + nbh);
    uint32_t *mem = gc_mem_alloc(vm, total * sizeof(uint32_t));
    if (!mem) return false;
    memset(mem, 0, total * sizeof(uint32_t));
    uint32_t *suma = mem, *sumb = suma + sa, *mid = sumb + sb, *z0 = mid + sa + sb, *z2 = z0 + 2 * (s + 1);
    bool ok = true;
    /* z0 = al*bl and z2 = ah*bh go straight into r's halves and temporaries. */
    if (nal && nbl) ok = mag_mul(vm, al, nal, bl, nbl, z0);
    ok = ok && mag_mul(vm, ah, nah, bh, nbh, z2);
    if (nah >= nal) mag_add(ah, nah, al, nal, suma); else mag_add(al, nal, ah, nah, suma);
    if (nbh >= nbl) mag_add(bh, nbh, bl, nbl, sumb); else mag_add(bl, nbl, bh, nbh, sumb);
    size_t nsa = mag_len(suma, sa), nsb = mag_len(sumb, sb);
    ok = ok && mag_mul(vm, suma, nsa, sumb, nsb, mid);
    if (ok) {
        size_t nz0 = mag_len(z0, 2 * (s + 1)), nz2 = mag_len(z2, nah + nbh);
        size_t nmid = sa + sb;
        mag_sub_from(mid, nmid, z0, nz0);
        mag_sub_from(mid, nmid, z2, nz2);
        nmid = mag_len(mid, nmid);
        memcpy(r, z0, nz0 * sizeof(uint32_t));
        memcpy(r + 2 * s, z2, nz2 * sizeof(uint32_t));
        mag_add_into(r + s, na + nb - s, mid, nmid);
    }
    gc_mem_free(vm, mem, total * sizeof(uint32_t));
    return ok;
}

/* q = a / d (q has n digits), returns a % d; d is one digit. */
static uint32_t mag_divrem1(const uint32_t *a, size_t n, uint32_t d, uint32_t *q)
{
    uint64_t rem = 0;
    for (size_t i = n; i-- > 0;) {
        rem = (rem << INT_DIGIT_BITS) | a[i];
        uint32_t qd = (uint32_t)(rem / d);
        if (q) q[i] = qd;
        rem -= (uint64_t)qd * d;
    }
    return (uint32_t)rem;
}

static int digit_bits(uint32_t d)
{
    return d ? 32 - __builtin_clz(d) : 0;
}

/* r[0..n] = a << s (0 <= s < 30); returns the carry digit (also stored in r[n]). */
static uint32_t mag_lshift_bits(const uint32_t *a, size_t n, int s, uint32_t *r)
{
    uint32_t carry = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t acc = ((uint64_t)a[i] << s) | carry;
        r[i] = (uint32_t)(acc & INT_DIGIT_MASK);
        carry = (uint32_t)(acc >> INT_DIGIT_BITS);
    }
    return carry;
}

/* r[0..n) = a >> s (0 <= s < 30). */
static void mag_rshift_bits(const uint32_t *a, size_t n, int s, uint32_t *r)
{
    uint32_t carry = 0;
    for (size_t i = n; i-- > 0;) {
        uint64_t acc = ((uint64_t)carry << INT_DIGIT_BITS) | a[i];
        r[i] = (uint32_t)(acc >> s);
        carry = a[i] & ((1u << s) - 1);
    }
}

/* Knuth's algorithm D: q[0..na-nb] = a / b, r[0..nb) = a % b, for nb >= 2
 * and a >= b.  False: no memory. */
static bool mag_divrem_knuth(VM *vm, const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
                             uint32_t *q, uint32_t *r)
{
    size_t nv = na + 1;
    size_t bytes = (nv + nb) * sizeof(uint32_t);
    uint32_t *v = gc_mem_alloc(vm, bytes);
    if (!v) return false;
    uint32_t *w = v + nv;
    /* Normalise so the divisor's top digit has its high bit set. */
    int d = INT_DIGIT_BITS - digit_bits(b[nb - 1]);
    mag_lshift_bits(b, nb, d, w);
    v[na] = mag_lshift_bits(a, na, d, v);
    size_t k = na - nb + 1;          /* quotient digits (top may be 0) */
    uint32_t wm1 = w[nb - 1], wm2 = w[nb - 2];
    for (size_t j = k; j-- > 0;) {
        uint32_t *vk = v + j;
        uint32_t vtop = vk[nb];
        uint64_t vv = ((uint64_t)vtop << INT_DIGIT_BITS) | vk[nb - 1];
        uint64_t qd = vv / wm1, rd = vv - qd * wm1;
        while (qd * wm2 > ((rd << INT_DIGIT_BITS) | vk[nb - 2])) {
            --qd;
            rd += wm1;
            if (rd >= DIGIT_BASE) break;
        }
        /* vk[0..nb] -= qd * w */
        int64_t zhi = 0;
        for (size_t i = 0; i < nb; i++) {
            int64_t z = (int64_t)vk[i] + zhi - (int64_t)qd * (int64_t)w[i];
            vk[i] = (uint32_t)z & INT_DIGIT_MASK;
            /* floor division by 2^30, without relying on >> of negatives */
            zhi = z >= 0 ? z >> INT_DIGIT_BITS : -(int64_t)((((uint64_t)-z) + INT_DIGIT_MASK) >> INT_DIGIT_BITS);
        }
        if ((int64_t)vtop + zhi < 0) {
            /* qd was one too large: add w back. */
            uint32_t carry = 0;
            for (size_t i = 0; i < nb; i++) {
                carry += vk[i] + w[i];
                vk[i] = carry & INT_DIGIT_MASK;
                carry >>= INT_DIGIT_BITS;
            }
            --qd;
        }
        vk[nb] = 0;
        q[j] = (uint32_t)qd;
    }
    mag_rshift_bits(v, nb, d, r);
    gc_mem_free(vm, v, bytes);
    return true;
}

/* ---- signed operations on views ------------------------------------------ */

static Value add_views(VM *vm, const Digits *a, const Digits *b, int bsign)
{
    if (!a->sign) return from_view(vm, b, bsign);
    if (!bsign) return from_view(vm, a, a->sign);
    if (a->sign == bsign) {
        const Digits *x = a->n >= b->n ? a : b, *y = a->n >= b->n ? b : a;
        IntObj *r = int_alloc(vm, x->n + 1);
        if (!r) return VAL_NULL;
        mag_add(x->d, x->n, y->d, y->n, r->digits);
        return finish(vm, r, a->sign);
    }
    int c = mag_cmp(a->d, a->n, b->d, b->n);
    if (c == 0) return small(0);
    const Digits *x = c > 0 ? a : b, *y = c > 0 ? b : a;
    IntObj *r = int_alloc(vm, x->n);
    if (!r) return VAL_NULL;
    mag_sub(x->d, x->n, y->d, y->n, r->digits);
    return finish(vm, r, c > 0 ? a->sign : bsign);
}

static Value mul_views(VM *vm, const Digits *a, const Digits *b)
{
    if (!a->sign || !b->sign) return small(0);
    IntObj *r = int_alloc(vm, a->n + b->n);
    if (!r) return VAL_NULL;
    if (!mag_mul(vm, a->d, a->n, b->d, b->n, r->digits)) {
        gc_mem_free(vm, r, int_bytes(a->n + b->n));
        return VAL_NULL;
    }
    return finish(vm, r, a->sign * b->sign);
}

/* Floor division and modulo: *q and/or *r (either may be NULL).  b != 0. */
static bool divmod_views(VM *vm, const Digits *a, const Digits *b, Value *q, Value *r)
{
    size_t nq = a->n >= b->n ? a->n - b->n + 2 : 1;
    IntObj *qo = int_alloc(vm, nq);
    IntObj *ro = qo ? int_alloc(vm, b->n + 1) : NULL;
    if (!ro) {
        if (qo) gc_mem_free(vm, qo, int_bytes(nq));
        return false;
    }
    if (mag_cmp(a->d, a->n, b->d, b->n) < 0) {
        if (a->n) memcpy(ro->digits, a->d, a->n * sizeof(uint32_t));
    } else if (b->n == 1) {
        ro->digits[0] = mag_divrem1(a->d, a->n, b->d[0], qo->digits);
    } else if (!mag_divrem_knuth(vm, a->d, a->n, b->d, b->n, qo->digits, ro->digits)) {
        gc_mem_free(vm, qo, int_bytes(nq));
        gc_mem_free(vm, ro, int_bytes(b->n + 1));
        return false;
    }
    int qsign = a->sign * b->sign, rsign = a->sign;
    size_t rn = mag_len(ro->digits, b->n);
    if (rn && a->sign != b->sign) {
        /* Truncated -> floored: q -= 1 (|q| += 1), r = |b| - |r| with b's sign. */
        static const uint32_t one = 1;
        mag_add_into(qo->digits, nq, &one, 1);
        uint32_t *t = ro->digits;
        /* r = b - r, computed in place: r < b. */
        uint32_t borrow = 0;
        for (size_t i = 0; i < b->n; i++) {
            borrow = b->d[i] - t[i] - borrow;
            t[i] = borrow & INT_DIGIT_MASK;
            borrow = (borrow >> INT_DIGIT_BITS) & 1;
        }
        rsign = b->sign;
        qsign = -1;
    }
    if (q) {
        *q = finish(vm, qo, qsign);
        if (!*q) { gc_mem_free(vm, ro, int_bytes(b->n + 1)); return false; }
    } else {
        gc_mem_free(vm, qo, int_bytes(nq));
    }
    if (r) {
        *r = finish(vm, ro, rsign);
        if (!*r) { if (q) decref(vm, *q); return false; }
    } else {
        gc_mem_free(vm, ro, int_bytes(b->n + 1));
    }
    return true;
}

/* Two's-complement digit i of a view extended to any length; *carry starts
 * at 1 for negatives. */
static uint32_t twos_digit(const Digits *w, size_t i, uint32_t *carry)
{
    uint32_t d = i < w->n ? w->d[i] : 0;
    if (w->sign >= 0) return d;
    uint32_t x = (~d & INT_DIGIT_MASK) + *carry;
    *carry = x >> INT_DIGIT_BITS;
    return x & INT_DIGIT_MASK;
}

static Value bitwise_views(VM *vm, NumOp op, const Digits *a, const Digits *b)
{
    size_t n = (a->n > b->n ? a->n : b->n) + 1;
    IntObj *r = int_alloc(vm, n);
    if (!r) return VAL_NULL;
    uint32_t ca = 1, cb = 1;
    bool na = a->sign < 0, nb = b->sign < 0, neg;
    switch (op) {
    case NB_AND: neg = na && nb; break;
    case NB_OR: neg = na || nb; break;
    default: neg = na != nb; break;
    }
    for (size_t i = 0; i < n; i++) {
        uint32_t x = twos_digit(a, i, &ca), y = twos_digit(b, i, &cb);
        r->digits[i] = op == NB_AND ? x & y : op == NB_OR ? x | y : x ^ y;
    }
    if (neg) {
        /* Back from two's complement: magnitude = ~r + 1. */
        uint32_t carry = 1;
        for (size_t i = 0; i < n; i++) {
            uint32_t x = (~r->digits[i] & INT_DIGIT_MASK) + carry;
            carry = x >> INT_DIGIT_BITS;
            r->digits[i] = x & INT_DIGIT_MASK;
        }
    }
    return finish(vm, r, neg ? -1 : 1);
}

static Value lshift_view(VM *vm, const Digits *a, size_t k)
{
    if (!a->sign) return small(0);
    size_t whole = k / INT_DIGIT_BITS;
    int bits = (int)(k % INT_DIGIT_BITS);
    if (whole > ((size_t)1 << 40)) return err_no_memory(vm);
    IntObj *r = int_alloc(vm, a->n + whole + 1);
    if (!r) return VAL_NULL;
    r->digits[a->n + whole] = mag_lshift_bits(a->d, a->n, bits, r->digits + whole);
    return finish(vm, r, a->sign);
}

/* Magnitude right shift (truncating); the caller handles negatives. */
static Value rshift_mag(VM *vm, const Digits *a, size_t k, int sign)
{
    size_t whole = k / INT_DIGIT_BITS;
    if (whole >= a->n) return small(0);
    IntObj *r = int_alloc(vm, a->n - whole);
    if (!r) return VAL_NULL;
    mag_rshift_bits(a->d + whole, a->n - whole, (int)(k % INT_DIGIT_BITS), r->digits);
    return finish(vm, r, sign);
}

static Value rshift_view(VM *vm, Value av, const Digits *a, size_t k)
{
    if (a->sign >= 0) return rshift_mag(vm, a, k, 1);
    /* floor(a / 2^k) == ~(~a >> k), and ~a >= 0 here. */
    Value inv = int_invert(vm, av);
    if (!inv) return VAL_NULL;
    Digits w;
    view_of(inv, &w);
    Value s = rshift_mag(vm, &w, k, 1);
    decref(vm, inv);
    if (!s) return VAL_NULL;
    Value r = int_invert(vm, s);
    decref(vm, s);
    return r;
}

/* ---- public helpers ---------------------------------------------------------- */

int int_sign(Value v)
{
    intptr_t i;
    if (small_of(v, &i)) return (i > 0) - (i < 0);
    Digits w;
    view_of(v, &w);
    return w.sign;
}

int int_compare(Value a, Value b)
{
    intptr_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) return (x > y) - (x < y);
    Digits wa, wb;
    view_of(a, &wa);
    view_of(b, &wb);
    if (wa.sign != wb.sign) return wa.sign < wb.sign ? -1 : 1;
    int c = mag_cmp(wa.d, wa.n, wb.d, wb.n);
    return wa.sign < 0 ? -c : c;
}

size_t int_bit_length_small(intptr_t i)
{
    uint64_t m = i < 0 ? -(uint64_t)i : (uint64_t)i;
    return m ? (size_t)(64 - __builtin_clzll(m)) : 0;
}

static size_t view_bit_length(const Digits *w)
{
    if (!w->n) return 0;
    return (w->n - 1) * INT_DIGIT_BITS + (size_t)digit_bits(w->d[w->n - 1]);
}

intptr_t int_hash(Value v)
{
    uint64_t x = 0;
    Digits w;
    view_of(v, &w);
    for (size_t i = w.n; i-- > 0;) {
        x = ((x << INT_DIGIT_BITS) & HASH_MODULUS) | (x >> (HASH_BITS - INT_DIGIT_BITS));
        x += w.d[i];
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    intptr_t h = w.sign < 0 ? -(intptr_t)x : (intptr_t)x;
    return h == -1 ? -2 : h;
}

bool int_to_i64(VM *vm, Value v, int64_t *out)
{
    intptr_t i;
    if (small_of(v, &i)) { *out = i; return true; }
    Digits w;
    view_of(v, &w);
    if (w.n <= 3) {
        uint64_t m = 0;
        bool fits = w.n < 3 || w.d[2] < 16;
        for (size_t k = w.n; k-- > 0;) m = (m << INT_DIGIT_BITS) | w.d[k];
        if (fits && (m <= (uint64_t)INT64_MAX || (w.sign < 0 && m == (uint64_t)INT64_MAX + 1))) {
            *out = w.sign < 0 ? (int64_t)(0 - m) : (int64_t)m;
            return true;
        }
    }
    err_set_str(vm, &exc_OverflowError, "Python int too large to convert to C long");
    return false;
}

bool int_as_ssize(VM *vm, Value v, intptr_t *out)
{
    int64_t i;
    if (!int_to_i64(vm, v, &i)) {
        err_clear(vm);
        err_set_str(vm, &exc_OverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    *out = (intptr_t)i;
    return true;
}

/* Correctly rounded (half-even) conversion; ok = false with OverflowError. */
double int_to_double(VM *vm, Value v, bool *ok)
{
    intptr_t i;
    *ok = true;
    if (small_of(v, &i)) return (double)i;
    Digits w;
    view_of(v, &w);
    size_t bits = view_bit_length(&w);
    if (bits > DBL_MAX_EXP) goto overflow;
    /* Top 64 bits with a sticky bit for everything below: the hardware's
     * round-to-nearest-even of that 64-bit value is then exact rounding. */
    size_t shift = bits > 64 ? bits - 64 : 0;
    uint64_t top = 0;
    bool sticky = false;
    for (size_t k = w.n; k-- > 0;) {
        size_t lo = k * INT_DIGIT_BITS;            /* bit position of digit k */
        uint64_t d = w.d[k];
        if (lo + INT_DIGIT_BITS <= shift) { if (d) sticky = true; continue; }
        if (lo >= shift) top |= d << (lo - shift);
        else {
            top |= d >> (shift - lo);
            if (d & (((uint64_t)1 << (shift - lo)) - 1)) sticky = true;
        }
    }
    if (sticky) top |= 1;
    double r = ldexp((double)top, (int)shift);
    if (isinf(r)) goto overflow;
    return w.sign < 0 ? -r : r;
overflow:
    *ok = false;
    err_set_str(vm, &exc_OverflowError, "int too large to convert to float");
    return -1.0;
}

Value int_from_double(VM *vm, double d)
{
    if (isinf(d)) return err_set_str(vm, &exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return err_set_str(vm, &exc_ValueError, "cannot convert float NaN to integer");
    double t = trunc(d);
    if (fabs(t) < 4611686018427387904.0) return small((intptr_t)t);   /* 2^62 */
    int e;
    double m = frexp(fabs(t), &e);                   /* t = m * 2^e, e > 53 here */
    uint64_t mant = (uint64_t)ldexp(m, 53);
    Digits w;
    view_u64(&w, mant, t < 0 ? -1 : 1);
    return lshift_view(vm, &w, (size_t)(e - 53));
}

/* ---- arithmetic entry points -------------------------------------------------- */

Value int_neg(VM *vm, Value v)
{
    intptr_t i;
    if (small_of(v, &i)) return int_from_i64(vm, -(int64_t)i);
    Digits w;
    view_of(v, &w);
    return from_view(vm, &w, -w.sign);
}

Value int_abs(VM *vm, Value v)
{
    return int_sign(v) < 0 ? int_neg(vm, v) : int_exact(vm, v);
}

Value int_invert(VM *vm, Value v)
{
    intptr_t i;
    if (small_of(v, &i)) return int_from_i64(vm, -(int64_t)i - 1);
    /* ~x == -(x + 1) */
    Digits w, one;
    view_of(v, &w);
    view_u64(&one, 1, 1);
    Value s = add_views(vm, &w, &one, 1);
    if (!s) return VAL_NULL;
    Value r = int_neg(vm, s);
    decref(vm, s);
    return r;
}

static Value zero_division(VM *vm, NumOp op)
{
    return err_set_str(vm, &exc_ZeroDivisionError,
                       op == NB_MOD ? "integer modulo by zero" : "integer division or modulo by zero");
}

/* Correctly rounded a / b (CPython's long_true_divide). */
static Value int_true_divide(VM *vm, Value av, Value bv)
{
    Digits a, b;
    view_of(av, &a);
    view_of(bv, &b);
    if (!b.sign) return err_set_str(vm, &exc_ZeroDivisionError, "division by zero");
    bool neg = (a.sign < 0) != (b.sign < 0);
    if (!a.sign) return float_new(vm, neg ? -0.0 : 0.0);
    a.sign = b.sign = 1;   /* from here on: magnitudes */
    size_t abits = view_bit_length(&a), bbits = view_bit_length(&b);
    if (abits <= DBL_MANT_DIG && bbits <= DBL_MANT_DIG) {
        bool ok;
        double x = int_to_double(vm, av, &ok), y = int_to_double(vm, bv, &ok);
        return float_new(vm, x / y);
    }
    intptr_t diff = (intptr_t)abits - (intptr_t)bbits;
    if (diff > DBL_MAX_EXP) goto overflow;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return float_new(vm, neg ? -0.0 : 0.0);
    /* 2^(diff-1) < |a/b| < 2^(diff+1).  Compute |a| * 2^-shift // |b| with
     * DBL_MANT_DIG + 2 or 3 bits, then round by hand to the final precision. */
    intptr_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    Value x;
    if (shift <= 0) {
        x = lshift_view(vm, &a, (size_t)-shift);
    } else {
        x = rshift_mag(vm, &a, (size_t)shift, 1);
        /* inexact if any shifted-out bit was set */
        size_t whole = (size_t)shift / INT_DIGIT_BITS;
        for (size_t k = 0; k < whole && k < a.n && !inexact; k++) if (a.d[k]) inexact = true;
        if (!inexact && whole < a.n && (a.d[whole] & ((1u << (shift % INT_DIGIT_BITS)) - 1))) inexact = true;
    }
    if (!x) return VAL_NULL;
    Digits xv;
    view_of(x, &xv);
    Value q, r;
    if (!divmod_views(vm, &xv, &b, &q, &r)) { decref(vm, x); return VAL_NULL; }
    decref(vm, x);
    if (r != small(0)) inexact = true;
    decref(vm, r);
    int64_t qi;
    bool okq = int_to_i64(vm, q, &qi);   /* q has at most DBL_MANT_DIG + 3 bits */
    decref(vm, q);
    if (!okq) return VAL_NULL;
    uint64_t low = (uint64_t)qi;
    intptr_t xbits = (intptr_t)int_bit_length_small((intptr_t)qi);
    intptr_t extra = (xbits > DBL_MIN_EXP - shift ? xbits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    uint64_t mask = (uint64_t)1 << (extra - 1);
    low |= inexact;
    if ((low & mask) && (low & (3 * mask - 1))) low += mask;
    low &= ~(2 * mask - 1);
    double dx = (double)low;
    if (shift + xbits >= DBL_MAX_EXP && (shift + xbits > DBL_MAX_EXP || dx == ldexp(1.0, (int)xbits)))
        goto overflow;
    double res = ldexp(dx, (int)shift);
    return float_new(vm, neg ? -res : res);
overflow:
    return err_set_str(vm, &exc_OverflowError, "integer division result too large for a float");
}

static Value int_pow(VM *vm, Value av, Value bv)
{
    int bs = int_sign(bv);
    if (bs < 0) {
        bool ok;
        double x = int_to_double(vm, av, &ok);
        if (!ok) return VAL_NULL;
        double y = int_to_double(vm, bv, &ok);
        if (!ok) return VAL_NULL;
        return float_binop(vm, NB_POW, x, y);
    }
    intptr_t base, e;
    bool small_base = small_of(av, &base);
    if (small_base && (base == 0 || base == 1)) return small(bs == 0 ? 1 : base);
    if (small_base && base == -1) {
        Digits w;
        view_of(bv, &w);
        return small(w.n && (w.d[0] & 1) ? -1 : 1);
    }
    if (!small_of(bv, &e)) return err_no_memory(vm);
    if (small_base) {
        /* Machine-word fast path while nothing overflows. */
        intptr_t r = 1, b = base, k = e;
        bool overflow = false;
        while (k && !overflow) {
            if (k & 1) overflow = __builtin_mul_overflow(r, b, &r);
            k >>= 1;
            if (k && !overflow) overflow = __builtin_mul_overflow(b, b, &b);
        }
        if (!overflow) return int_from_i64(vm, r);
    }
    Value result = small(1), b = int_exact(vm, av);
    if (!b) return VAL_NULL;
    for (intptr_t k = e; k; k >>= 1) {
        if (k & 1) {
            Value t = int_binop(vm, NB_MUL, result, b);
            decref(vm, result);
            result = t;
            if (!t) break;
        }
        if (k >> 1) {
            Value t = int_binop(vm, NB_MUL, b, b);
            decref(vm, b);
            b = t;
            if (!t) { decref(vm, result); result = VAL_NULL; break; }
        }
    }
    xdecref(vm, b);
    return result;
}

static Value small_binop(VM *vm, NumOp op, intptr_t x, intptr_t y, bool *done)
{
    intptr_t r;
    *done = true;
    switch (op) {
    case NB_ADD: if (!__builtin_add_overflow(x, y, &r)) return int_from_i64(vm, r); break;
    case NB_SUB: if (!__builtin_sub_overflow(x, y, &r)) return int_from_i64(vm, r); break;
    case NB_MUL: if (!__builtin_mul_overflow(x, y, &r)) return int_from_i64(vm, r); break;
    case NB_FLOORDIV: case NB_MOD: {
        if (y == 0) return zero_division(vm, op);
        intptr_t q = x / y, m = x % y;     /* |x| <= 2^62: no overflow */
        if (m && ((m ^ y) < 0)) { q--; m += y; }
        return int_from_i64(vm, op == NB_MOD ? m : q);
    }
    case NB_AND: return small(x & y);
    case NB_OR: return small(x | y);
    case NB_XOR: return small(x ^ y);
    case NB_LSHIFT:
        if (y < 0) return err_set_str(vm, &exc_ValueError, "negative shift count");
        if (y < 63) {
            intptr_t s = (intptr_t)((uintptr_t)x << y);
            if ((s >> y) == x) return int_from_i64(vm, s);
        }
        break;
    case NB_RSHIFT:
        if (y < 0) return err_set_str(vm, &exc_ValueError, "negative shift count");
        return small(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
    default: break;
    }
    *done = false;
    return VAL_NULL;
}

Value int_binop(VM *vm, NumOp op, Value a, Value b)
{
    intptr_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) {
        bool done;
        Value r = small_binop(vm, op, x, y, &done);
        if (done) return r;
    }
    if (op == NB_TRUEDIV) return int_true_divide(vm, a, b);
    if (op == NB_POW) return int_pow(vm, a, b);
    Digits wa, wb;
    view_of(a, &wa);
    view_of(b, &wb);
    switch (op) {
    case NB_ADD: return add_views(vm, &wa, &wb, wb.sign);
    case NB_SUB: return add_views(vm, &wa, &wb, -wb.sign);
    case NB_MUL: return mul_views(vm, &wa, &wb);
    case NB_FLOORDIV: case NB_MOD: {
        if (!wb.sign) return zero_division(vm, op);
        Value r = VAL_NULL;
        if (!divmod_views(vm, &wa, &wb, op == NB_FLOORDIV ? &r : NULL, op == NB_MOD ? &r : NULL))
            return VAL_NULL;
        return r;
    }
    case NB_AND: case NB_OR: case NB_XOR: return bitwise_views(vm, op, &wa, &wb);
    case NB_LSHIFT: case NB_RSHIFT: {
        if (wb.sign < 0) return err_set_str(vm, &exc_ValueError, "negative shift count");
        intptr_t k;
        if (!small_of(b, &k)) {
            if (op == NB_RSHIFT || !wa.sign) return small(op == NB_RSHIFT && wa.sign < 0 ? -1 : 0);
            return err_set_str(vm, &exc_OverflowError, "too many digits in integer");
        }
        return op == NB_LSHIFT ? lshift_view(vm, &wa, (size_t)k) : rshift_view(vm, a, &wa, (size_t)k);
    }
    default:
        return incref(NOTIMPL);
    }
}

/* divmod(a, b) as a pair of new references; false with an exception. */
static bool int_divmod(VM *vm, Value a, Value b, Value *q, Value *r)
{
    Digits wa, wb;
    view_of(a, &wa);
    view_of(b, &wb);
    if (!wb.sign) { zero_division(vm, NB_FLOORDIV); return false; }
    return divmod_views(vm, &wa, &wb, q, r);
}

/* The inverse of a modulo m (m > 0), or VAL_NULL with ValueError. */
static Value int_mod_inverse(VM *vm, Value a, Value m)
{
    /* Extended Euclid on (a mod m, m), tracking the coefficient of a. */
    Value r0 = int_binop(vm, NB_MOD, a, m), r1 = incref(m), s0 = small(1), s1 = small(0);
    if (!r0) { decref(vm, r1); return VAL_NULL; }
    while (r1 != small(0)) {
        Value q, r;
        if (!int_divmod(vm, r0, r1, &q, &r)) goto fail;
        Value qs = int_binop(vm, NB_MUL, q, s1);
        decref(vm, q);
        if (!qs) { decref(vm, r); goto fail; }
        Value s2 = int_binop(vm, NB_SUB, s0, qs);
        decref(vm, qs);
        if (!s2) { decref(vm, r); goto fail; }
        decref(vm, r0); r0 = r1; r1 = r;
        decref(vm, s0); s0 = s1; s1 = s2;
    }
    if (r0 != small(1)) {
        err_set_str(vm, &exc_ValueError, "base is not invertible for the given modulus");
        goto fail;
    }
    decref(vm, r0); decref(vm, r1); decref(vm, s1);
    Value inv = int_binop(vm, NB_MOD, s0, m);
    decref(vm, s0);
    return inv;
fail:
    decref(vm, r0); decref(vm, r1); decref(vm, s0); decref(vm, s1);
    return VAL_NULL;
}

Value int_pow_mod(VM *vm, Value b, Value e, Value m)
{
    if (!is_int(b) || !is_int(e) || !is_int(m))
        return err_set_str(vm, &exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    int ms = int_sign(m);
    if (!ms) return err_set_str(vm, &exc_ValueError, "pow() 3rd argument cannot be 0");
    Value mod = int_abs(vm, m), base, exp;
    if (!mod) return VAL_NULL;
    if (int_sign(e) < 0) {
        Value inv = int_mod_inverse(vm, b, mod);
        if (!inv) { decref(vm, mod); return VAL_NULL; }
        base = inv;
        exp = int_neg(vm, e);
        if (!exp) { decref(vm, base); decref(vm, mod); return VAL_NULL; }
    } else {
        base = int_binop(vm, NB_MOD, b, mod);
        if (!base) { decref(vm, mod); return VAL_NULL; }
        exp = int_exact(vm, e);
    }
    /* Left-to-right square and multiply over the exponent's bits. */
    Value result = int_compare(mod, small(1)) == 0 ? small(0) : small(1);
    Digits we;
    view_of(exp, &we);
    for (size_t bit = view_bit_length(&we); bit-- > 0 && result;) {
        Value t = int_binop(vm, NB_MUL, result, result);
        decref(vm, result);
        result = t ? int_binop(vm, NB_MOD, t, mod) : VAL_NULL;
        xdecref(vm, t);
        if (result && (we.d[bit / INT_DIGIT_BITS] >> (bit % INT_DIGIT_BITS)) & 1) {
            t = int_binop(vm, NB_MUL, result, base);
            decref(vm, result);
            result = t ? int_binop(vm, NB_MOD, t, mod) : VAL_NULL;
            xdecref(vm, t);
        }
    }
    /* A negative modulus gives a result in (m, 0]. */
    if (result && ms < 0 && result != small(0)) {
        Value t = int_binop(vm, NB_ADD, result, m);
        decref(vm, result);
        result = t;
    }
    decref(vm, base);
    decref(vm, exp);
    decref(vm, mod);
    return result;
}

/* ---- text conversion ------------------------------------------------------------ */

static Value str_limit_error(VM *vm)
{
    return err_format(vm, &exc_ValueError,
                      "Exceeds the limit (%ld digits) for integer string conversion; "
                      "use sys.set_int_max_str_digits() to increase the limit",
                      (long)int_max_str_digits);
}

Value int_to_decimal(VM *vm, Value v)
{
    intptr_t i;
    char small_buf[32];
    if (small_of(v, &i)) {
        int n = snprintf(small_buf, sizeof small_buf, "%lld", (long long)i);
        return str_new(vm, small_buf, (size_t)n);
    }
    Digits w;
    view_of(v, &w);
    if (int_max_str_digits > 0 && w.n >= 10 * (size_t)int_max_str_digits / (3 * INT_DIGIT_BITS) + 2)
        return str_limit_error(vm);
    /* Convert base 2^30 to base 10^9, most significant digit first. */
    const uint32_t DEC = 1000000000u;
    size_t cap = 1 + w.n + w.n / 9;   /* 10^9 > 2^29.89: at most this many out digits */
    size_t bytes = cap * sizeof(uint32_t);
    uint32_t *out = gc_mem_alloc(vm, bytes);
    if (!out) return VAL_NULL;
    size_t size = 0;
    for (size_t k = w.n; k-- > 0;) {
        uint32_t hi = w.d[k];
        for (size_t j = 0; j < size; j++) {
            uint64_t z = ((uint64_t)out[j] << INT_DIGIT_BITS) | hi;
            hi = (uint32_t)(z / DEC);
            out[j] = (uint32_t)(z - (uint64_t)hi * DEC);
        }
        while (hi) {
            out[size++] = hi % DEC;
            hi /= DEC;
        }
    }
    size_t len = (w.sign < 0) + 9 * size + 1;
    char *buf = gc_mem_alloc(vm, len);
    if (!buf) { gc_mem_free(vm, out, bytes); return VAL_NULL; }
    char *p = buf;
    if (w.sign < 0) *p++ = '-';
    p += sprintf(p, "%u", out[size - 1]);
    for (size_t j = size - 1; j-- > 0;) p += sprintf(p, "%09u", out[j]);
    gc_mem_free(vm, out, bytes);
    size_t ndigits = (size_t)(p - buf) - (w.sign < 0);
    Value s = int_max_str_digits > 0 && ndigits > (size_t)int_max_str_digits
                  ? str_limit_error(vm) : str_new(vm, buf, (size_t)(p - buf));
    gc_mem_free(vm, buf, len);
    return s;
}

/* Base 2, 8, 16 (or any power of two up to 32), with an optional prefix. */
Value int_to_base(VM *vm, Value v, int base, bool prefix)
{
    if (base == 10) return int_to_decimal(vm, v);
    int bits = base == 2 ? 1 : base == 8 ? 3 : base == 16 ? 4 : base == 4 ? 2 : 5;
    Digits w;
    view_of(v, &w);
    size_t nbits = view_bit_length(&w);
    size_t ndig = nbits ? (nbits + (size_t)bits - 1) / (size_t)bits : 1;
    size_t len = ndig + 3;
    char *buf = gc_mem_alloc(vm, len);
    if (!buf) return VAL_NULL;
    char *p = buf + len;
    for (size_t k = 0; k < ndig; k++) {
        size_t pos = k * (size_t)bits;
        size_t di = pos / INT_DIGIT_BITS, off = pos % INT_DIGIT_BITS;
        uint64_t chunk = di < w.n ? w.d[di] >> off : 0;
        if (off + (size_t)bits > INT_DIGIT_BITS && di + 1 < w.n) chunk |= (uint64_t)w.d[di + 1] << (INT_DIGIT_BITS - off);
        *--p = "0123456789abcdefghijklmnopqrstuv"[chunk & ((1u << bits) - 1)];
    }
    if (prefix) {
        *--p = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
        *--p = '0';
    }
    if (w.sign < 0) *--p = '-';
    Value s = str_new(vm, p, (size_t)(buf + len - p));
    gc_mem_free(vm, buf, len);
    return s;
}

static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static bool is_py_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

/* Accumulates the digits of s (underscores skipped) into a new int. */
static Value digits_to_int(VM *vm, const char *s, const char *end, int base, size_t ndigits)
{
    if (ndigits <= 40) {
        /* Machine-word accumulation while it does not overflow. */
        int64_t acc = 0;
        bool overflow = false;
        for (const char *p = s; p < end && !overflow; p++)
            if (*p != '_')
                overflow = __builtin_mul_overflow(acc, (int64_t)base, &acc) ||
                           __builtin_add_overflow(acc, (int64_t)digit_value((unsigned char)*p), &acc);
        if (!overflow) return int_from_i64(vm, acc);
    }
    if ((base & (base - 1)) == 0) {
        /* Power-of-two base: pack bits from the least significant digit. */
        int bits = __builtin_ctz((unsigned)base);
        size_t n = (ndigits * (size_t)bits + INT_DIGIT_BITS - 1) / INT_DIGIT_BITS;
        IntObj *r = int_alloc(vm, n);
        if (!r) return VAL_NULL;
        size_t pos = 0;
        for (const char *p = end; p-- > s;) {
            if (*p == '_') continue;
            uint64_t dv = (uint64_t)digit_value((unsigned char)*p) << (pos % INT_DIGIT_BITS);
            r->digits[pos / INT_DIGIT_BITS] |= (uint32_t)(dv & INT_DIGIT_MASK);
            if (dv >> INT_DIGIT_BITS) r->digits[pos / INT_DIGIT_BITS + 1] |= (uint32_t)(dv >> INT_DIGIT_BITS);
            pos += (size_t)bits;
        }
        return finish(vm, r, 1);
    }
    /* Other bases: multiply-accumulate chunks of k digits with base^k < 2^30. */
    uint32_t chunk_pow = 1;
    int per_chunk = 0;
    while ((uint64_t)chunk_pow * (uint64_t)base < DIGIT_BASE) { chunk_pow *= (uint32_t)base; per_chunk++; }
    double bits_per_digit = log2((double)base);
    size_t n = (size_t)((double)ndigits * bits_per_digit / INT_DIGIT_BITS) + 2;
    IntObj *r = int_alloc(vm, n);
    if (!r) return VAL_NULL;
    size_t used = 0;
    const char *p = s;
    while (p < end) {
        uint32_t acc = 0, mul = 1;
        for (int k = 0; k < per_chunk && p < end; p++) {
            if (*p == '_') continue;
            acc = acc * (uint32_t)base + (uint32_t)digit_value((unsigned char)*p);
            mul *= (uint32_t)base;
            k++;
        }
        /* r = r * mul + acc */
        uint64_t carry = acc;
        for (size_t j = 0; j < used; j++) {
            carry += (uint64_t)r->digits[j] * mul;
            r->digits[j] = (uint32_t)(carry & INT_DIGIT_MASK);
            carry >>= INT_DIGIT_BITS;
        }
        while (carry) {
            r->digits[used++] = (uint32_t)(carry & INT_DIGIT_MASK);
            carry >>= INT_DIGIT_BITS;
        }
    }
    return finish(vm, r, 1);
}

/* Python's int(s, base) grammar (PyLong_FromString).  `orig` is what the
 * error message shows (VAL_NULL: a str made from s). */
static Value int_parse(VM *vm, const char *s, size_t len, int base, Value orig)
{
    const char *p = s, *end = s + len;
    int orig_base = base;
    bool neg = false, error_if_nonzero = false;
    while (p < end && is_py_space((unsigned char)*p)) p++;
    if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
    char c0 = p < end ? p[0] : 0, c1 = p + 1 < end ? p[1] : 0;
    if (base == 0) {
        if (c0 != '0') base = 10;
        else if (c1 == 'x' || c1 == 'X') base = 16;
        else if (c1 == 'o' || c1 == 'O') base = 8;
        else if (c1 == 'b' || c1 == 'B') base = 2;
        else { error_if_nonzero = true; base = 10; }
    }
    if (c0 == '0' && ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O')) ||
                      (base == 2 && (c1 == 'b' || c1 == 'B')))) {
        p += 2;
        if (p < end && *p == '_') p++;    /* one underscore may follow the prefix */
    }
    const char *start = p;
    size_t ndigits = 0;
    char prev = 0;
    if (p < end && *p == '_') goto invalid;
    while (p < end && (digit_value((unsigned char)*p) < base || *p == '_')) {
        if (*p == '_' && prev == '_') goto invalid;
        if (*p != '_') ndigits++;
        prev = *p++;
    }
    if (prev == '_' || ndigits == 0) goto invalid;
    const char *digits_end = p;
    while (p < end && is_py_space((unsigned char)*p)) p++;
    if (p != end) goto invalid;
    if (error_if_nonzero) {
        for (const char *q = start; q < digits_end; q++)
            if (*q != '0' && *q != '_') goto invalid;
        return small(0);
    }
    if ((base & (base - 1)) != 0 && int_max_str_digits > 0 && ndigits > (size_t)int_max_str_digits)
        return err_format(vm, &exc_ValueError,
                          "Exceeds the limit (%ld digits) for integer string conversion: value has %zu digits; "
                          "use sys.set_int_max_str_digits() to increase the limit",
                          (long)int_max_str_digits, ndigits);
    Value r = digits_to_int(vm, start, digits_end, base, ndigits);
    if (r && neg) {
        Value t = int_neg(vm, r);
        decref(vm, r);
        r = t;
    }
    return r;
invalid:
    if (orig) return err_format(vm, &exc_ValueError, "invalid literal for int() with base %d: %R", orig_base, orig);
    {
        Value str = str_new(vm, s, len > 200 ? 200 : len);
        if (!str) return VAL_NULL;
        err_format(vm, &exc_ValueError, "invalid literal for int() with base %d: %R", orig_base, str);
        decref(vm, str);
        return VAL_NULL;
    }
}

Value int_from_string(VM *vm, const char *s, size_t len, int base)
{
    return int_parse(vm, s, len, base, VAL_NULL);
}

/* First code points of the 65 runs of ten Unicode decimal digits (Nd) outside ASCII. */
static const uint32_t unicode_zeros[] = {
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

static bool is_unicode_space(uint32_t c)
{
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
           c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

size_t num_to_ascii(const char *s, size_t len, char *out)
{
    size_t k = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { out[k++] = (char)c; i++; continue; }
        uint32_t cp;
        i += str_utf8_decode(s + i, &cp);
        char r = '?';
        if (is_unicode_space(cp)) r = ' ';
        for (size_t z = 0; z < sizeof unicode_zeros / sizeof unicode_zeros[0]; z++)
            if (cp >= unicode_zeros[z] && cp < unicode_zeros[z] + 10) r = (char)('0' + (cp - unicode_zeros[z]));
        out[k++] = r;
    }
    return k;
}

/* int(s, base) for a str: non-ASCII digits and spaces are read as ASCII ones. */
static Value int_parse_str(VM *vm, Value str, int base)
{
    StrObj *so = as_str(str);
    if (str_is_ascii(so)) return int_parse(vm, str_data(so), str_nbytes(so), base, str);
    char *buf = gc_mem_alloc(vm, str_nbytes(so) + 1);
    if (!buf) return VAL_NULL;
    Value r = int_parse(vm, buf, num_to_ascii(str_data(so), str_nbytes(so), buf), base, str);
    gc_mem_free(vm, buf, str_nbytes(so) + 1);
    return r;
}

/* ---- the int type: slots ------------------------------------------------------- */

static Value int_repr_slot(VM *vm, Value v) { return int_to_decimal(vm, v); }

static bool int_hash_slot(VM *vm, Value v, intptr_t *out)
{
    (void)vm;
    *out = int_hash(v);
    return true;
}

static Value int_richcompare(VM *vm, Value a, Value b, CmpCode op)
{
    (void)vm;
    if (!is_int(a) || !is_int(b)) return incref(NOTIMPL);
    int c = int_compare(a, b);
    bool r;
    switch (op) {
    case CMP_CODE_LT: r = c < 0; break;
    case CMP_CODE_LE: r = c <= 0; break;
    case CMP_CODE_EQ: r = c == 0; break;
    case CMP_CODE_NE: r = c != 0; break;
    case CMP_CODE_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return bool_val(r);
}

static Value int_slot(VM *vm, NumOp op, Value a, Value b)
{
    if (!is_int(a) || !is_int(b) || op == NB_MATMUL) return incref(NOTIMPL);
    return int_binop(vm, op, a, b);
}

#define INT_SLOT(name, op) \
    static Value int_slot_##name(VM *vm, Value a, Value b) { return int_slot(vm, op, a, b); }
INT_SLOT(add, NB_ADD) INT_SLOT(sub, NB_SUB) INT_SLOT(mul, NB_MUL) INT_SLOT(matmul, NB_MATMUL)
INT_SLOT(truediv, NB_TRUEDIV) INT_SLOT(floordiv, NB_FLOORDIV) INT_SLOT(mod, NB_MOD)
INT_SLOT(pow, NB_POW) INT_SLOT(lshift, NB_LSHIFT) INT_SLOT(rshift, NB_RSHIFT)
INT_SLOT(or, NB_OR) INT_SLOT(xor, NB_XOR) INT_SLOT(and, NB_AND)
#undef INT_SLOT

static Value int_pos(VM *vm, Value v) { return int_exact(vm, v); }
static int int_truth(VM *vm, Value v) { (void)vm; return int_sign(v) != 0; }

/* An instance of an int subclass holding the value of int `v`: an IntObj
 * (digits right after the header, as in a plain int) in a block of
 * type->size bytes plus the digits.  NOTE for type.c: a subclass's own
 * fields (its __dict__ slot) must not sit at a fixed offset inside the
 * digits; see the report that came with this file. */
static Value int_subtype_new(VM *vm, Type *type, Value v)
{
    Digits w;
    view_of(v, &w);
    size_t size = type->size + w.n * sizeof(uint32_t);
    Obj *o;
    if (type->flags & TF_GC) {
        o = gc_new_object(vm, type, size);
    } else {
        o = gc_mem_alloc(vm, size);
        if (o) { memset(o, 0, size); o->refcnt = 1; o->type = type; }
    }
    if (!o) return VAL_NULL;
    IntObj *b = (IntObj *)o;
    b->size = w.sign < 0 ? -(intptr_t)w.n : (intptr_t)w.n;
    if (w.n) memcpy(b->digits, w.d, w.n * sizeof(uint32_t));
    if (type->flags & TF_HEAP) incref(val(type));   /* instances hold their class */
    if (type->flags & TF_GC) gc_track(vm, o);
    return val(o);
}

static Value call_dunder(VM *vm, Value x, const char *name, Value *found)
{
    *found = VAL_NULL;
    Value key = str_from_cstr(vm, name);
    if (!key) return VAL_NULL;
    Value meth = type_lookup_borrowed(type_of(x), key);
    decref(vm, key);
    *found = meth;
    if (!meth) return VAL_NULL;
    return obj_call_method(vm, x, name, NULL, 0);
}

/* int(x) for one argument without a base. */
static Value int_from_object(VM *vm, Value x)
{
    if (is_int(x)) return int_exact(vm, x);
    if (is_instance_of(x, &type_float)) return int_from_double(vm, float_val(x));
    if (is_str(x)) return int_parse_str(vm, x, 10);
    if (is_instance_of(x, &type_bytes)) {
        BytesObj *b = (BytesObj *)as_obj(x);
        return int_parse(vm, (const char *)b->data, b->len, 10, x);
    }
    static const char *const dunders[] = {"__int__", "__index__", "__trunc__"};
    for (size_t i = 0; i < 3; i++) {
        Value found;
        Value r = call_dunder(vm, x, dunders[i], &found);
        if (!found) { if (err_occurred(vm)) return VAL_NULL; continue; }
        if (!r) return VAL_NULL;
        if (i < 2 && !is_int(r)) {
            err_format(vm, &exc_TypeError, "%s returned non-int (type %T)", dunders[i], r);
            decref(vm, r);
            return VAL_NULL;
        }
        if (is_int(r)) {
            Value e = int_exact(vm, r);
            decref(vm, r);
            return e;
        }
        Value e = obj_index(vm, r);   /* __trunc__ may return any Integral */
        decref(vm, r);
        return e;
    }
    return err_format(vm, &exc_TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, not '%T'", x);
}

static Value int_new(VM *vm, Type *type, Value *args, size_t nargs, Value kwnames)
{
    Value a[2];
    if (!args_parse(vm, "int", args, nargs, kwnames, "|x/,base", a)) return VAL_NULL;
    Value r;
    if (!a[0]) {
        if (a[1]) return err_set_str(vm, &exc_TypeError, "int() missing string argument");
        r = small(0);
    } else if (!a[1]) {
        r = int_from_object(vm, a[0]);
    } else {
        intptr_t base;
        if (!obj_as_index(vm, a[1], &base)) return VAL_NULL;
        if (base != 0 && (base < 2 || base > 36))
            return err_set_str(vm, &exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        if (is_str(a[0])) {
            r = int_parse_str(vm, a[0], (int)base);
        } else if (is_instance_of(a[0], &type_bytes)) {
            BytesObj *b = (BytesObj *)as_obj(a[0]);
            r = int_parse(vm, (const char *)b->data, b->len, (int)base, a[0]);
        } else {
            return err_set_str(vm, &exc_TypeError, "int() can't convert non-string with explicit base");
        }
    }
    if (!r || type == &type_int) return r;
    Value sub = int_subtype_new(vm, type, r);
    decref(vm, r);
    return sub;
}

/* ---- the int type: methods ------------------------------------------------------ */

static Value int_bit_length_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "int.bit_length", nargs, kwnames, 0, 0)) return VAL_NULL;
    Digits w;
    view_of(self, &w);
    return int_from_u64(vm, view_bit_length(&w));
}

static Value int_bit_count_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "int.bit_count", nargs, kwnames, 0, 0)) return VAL_NULL;
    Digits w;
    view_of(self, &w);
    uint64_t c = 0;
    for (size_t i = 0; i < w.n; i++) c += (uint64_t)__builtin_popcount(w.d[i]);
    return int_from_u64(vm, c);
}

static Value int_self_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "int.conjugate", nargs, kwnames, 0, 0)) return VAL_NULL;
    return int_exact(vm, self);
}

static Value int_float_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "__float__", nargs, kwnames, 0, 0)) return VAL_NULL;
    bool ok;
    double d = int_to_double(vm, self, &ok);
    return ok ? float_new(vm, d) : VAL_NULL;
}

static Value int_as_integer_ratio_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)args;
    if (!args_check(vm, "int.as_integer_ratio", nargs, kwnames, 0, 0)) return VAL_NULL;
    Value n = int_exact(vm, self);
    if (!n) return VAL_NULL;
    Value t = tuple_pack(vm, 2, n, small(1));
    decref(vm, n);
    return t;
}

static Value int_round_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (!args_check(vm, "int.__round__", nargs, kwnames, 0, 1)) return VAL_NULL;
    if (nargs == 1 && args[0] == NONE)   /* int.__round__(None) is an error in 3.11 */
        return obj_index(vm, args[0]);
    return num_round(vm, self, nargs ? args[0] : VAL_NULL);
}

static Value int_format_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    if (!args_check(vm, "int.__format__", nargs, kwnames, 1, 1)) return VAL_NULL;
    if (!is_str(args[0]))
        return err_format(vm, &exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    return int_format(vm, self, args[0]);
}

/* Parses byteorder/signed for to_bytes/from_bytes; false with an exception. */
static bool parse_byteorder(VM *vm, Value order, Value sign, bool *little, bool *is_signed)
{
    *little = false;
    if (order) {
        if (!is_str(order))
            return err_format(vm, &exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %T", order), false;
        if (strcmp(str_cstr(order), "little") == 0) *little = true;
        else if (strcmp(str_cstr(order), "big") != 0)
            return err_set_str(vm, &exc_ValueError, "byteorder must be either 'little' or 'big'"), false;
    }
    *is_signed = false;
    if (sign) {
        int t = obj_truth(vm, sign);
        if (t < 0) return false;
        *is_signed = t;
    }
    return true;
}

static bool view_is_power_of_two(const Digits *w)
{
    if (!w->n) return false;
    for (size_t i = 0; i + 1 < w->n; i++)
        if (w->d[i]) return false;
    return (w->d[w->n - 1] & (w->d[w->n - 1] - 1)) == 0;
}

static Value int_to_bytes_m(VM *vm, Value self, Value *args, size_t nargs, Value kwnames)
{
    Value a[3];
    if (!args_parse(vm, "to_bytes", args, nargs, kwnames, "|length,byteorder,$signed", a)) return VAL_NULL;
    intptr_t length = 1;
    if (a[0] && !obj_as_index(vm, a[0], &length)) return VAL_NULL;
    if (length < 0) return err_set_str(vm, &exc_ValueError, "length argument must be non-negative");
    bool little, is_signed;
    if (!parse_byteorder(vm, a[1], a[2], &little, &is_signed)) return VAL_NULL;
    Digits w;
    view_of(self, &w);
    if (w.sign < 0 && !is_signed) return err_set_str(vm, &exc_OverflowError, "can't convert negative int to unsigned");
    /* Does it fit?  Unsigned: bit_length <= 8n.  Signed: -2^(8n-1) <= v < 2^(8n-1). */
    size_t bits = view_bit_length(&w), room = (size_t)length * 8;
    bool fits = is_signed ? bits < room || (w.sign < 0 && bits == room && view_is_power_of_two(&w))
                          : bits <= room;
    if (!fits) return err_set_str(vm, &exc_OverflowError, "int too big to convert");
    unsigned char *buf = gc_mem_alloc(vm, (size_t)length + 1);
    if (!buf) return VAL_NULL;
    for (intptr_t i = 0; i < length; i++) {
        /* byte i (little-endian) of the magnitude */
        size_t pos = (size_t)i * 8, di = pos / INT_DIGIT_BITS, off = pos % INT_DIGIT_BITS;
        uint64_t chunk = di < w.n ? w.d[di] >> off : 0;
        if (off + 8 > INT_DIGIT_BITS && di + 1 < w.n) chunk |= (uint64_t)w.d[di + 1] << (INT_DIGIT_BITS - off);
        buf[little ? i : length - 1 - i] = (unsigned char)chunk;
    }
    if (w.sign < 0) {
        /* negate the little/big-endian byte string in place: ~x + 1 */
        unsigned c = 1;
        for (intptr_t i = 0; i < length; i++) {
            intptr_t k = little ? i : length - 1 - i;
            unsigned x = (unsigned)(unsigned char)~buf[k] + c;
            buf[k] = (unsigned char)x;
            c = x >> 8;
        }
    }
    Value r = bytes_new(vm, buf, (size_t)length);
    gc_mem_free(vm, buf, (size_t)length + 1);
    return r;
}

static Value int_from_bytes_m(VM *vm, Value cls, Value *args, size_t nargs, Value kwnames)
{
    Value a[3];
    if (!args_parse(vm, "from_bytes", args, nargs, kwnames, "bytes,|byteorder,$signed", a)) return VAL_NULL;
    bool little, is_signed;
    if (!parse_byteorder(vm, a[1], a[2], &little, &is_signed)) return VAL_NULL;
    Value owned = VAL_NULL;
    const unsigned char *data;
    size_t len;
    if (is_instance_of(a[0], &type_bytes)) {
        data = ((BytesObj *)as_obj(a[0]))->data;
        len = ((BytesObj *)as_obj(a[0]))->len;
    } else {
        /* Any iterable of ints in range(256): collect into a bytes object. */
        Value list = list_from_iterable(vm, a[0]);
        if (!list) return VAL_NULL;
        ListObj *l = as_list(list);
        unsigned char *tmp = gc_mem_alloc(vm, l->len + 1);
        if (!tmp) { decref(vm, list); return VAL_NULL; }
        for (size_t i = 0; i < l->len; i++) {
            intptr_t b;
            if (!obj_as_index(vm, l->items[i], &b) || b < 0 || b > 255) {
                if (!err_occurred(vm)) err_set_str(vm, &exc_ValueError, "bytes must be in range(0, 256)");
                gc_mem_free(vm, tmp, l->len + 1);
                decref(vm, list);
                return VAL_NULL;
            }
            tmp[i] = (unsigned char)b;
        }
        owned = bytes_new(vm, tmp, l->len);
        gc_mem_free(vm, tmp, l->len + 1);
        decref(vm, list);
        if (!owned) return VAL_NULL;
        data = ((BytesObj *)as_obj(owned))->data;
        len = ((BytesObj *)as_obj(owned))->len;
    }
    size_t n = (len * 8 + INT_DIGIT_BITS - 1) / INT_DIGIT_BITS;
    IntObj *r = int_alloc(vm, n + 1);
    if (!r) { xdecref(vm, owned); return VAL_NULL; }
    bool neg = is_signed && len && (data[little ? len - 1 : 0] & 0x80);
    unsigned c = 1;
    for (size_t i = 0; i < len; i++) {
        unsigned byte = data[little ? i : len - 1 - i];
        if (neg) {   /* magnitude of a negative two's complement: ~x + 1 */
            unsigned x = (~byte & 0xffu) + c;
            byte = x & 0xffu;
            c = x >> 8;
        }
        size_t pos = i * 8, di = pos / INT_DIGIT_BITS, off = pos % INT_DIGIT_BITS;
        uint64_t v = (uint64_t)byte << off;
        r->digits[di] |= (uint32_t)(v & INT_DIGIT_MASK);
        if (v >> INT_DIGIT_BITS) r->digits[di + 1] |= (uint32_t)(v >> INT_DIGIT_BITS);
    }
    xdecref(vm, owned);
    Value result = finish(vm, r, neg ? -1 : 1);
    if (!result || cls == val(&type_int)) return result;
    Value sub = obj_call1(vm, cls, result);
    decref(vm, result);
    return sub;
}

static const MethodDef int_methods[] = {
    {"bit_length", int_bit_length_m, METH_DEFAULT},
    {"bit_count", int_bit_count_m, METH_DEFAULT},
    {"to_bytes", int_to_bytes_m, METH_DEFAULT},
    {"from_bytes", int_from_bytes_m, METH_CLASS},
    {"conjugate", int_self_m, METH_DEFAULT},
    {"as_integer_ratio", int_as_integer_ratio_m, METH_DEFAULT},
    {"__round__", int_round_m, METH_DEFAULT},
    {"__trunc__", int_self_m, METH_DEFAULT},
    {"__floor__", int_self_m, METH_DEFAULT},
    {"__ceil__", int_self_m, METH_DEFAULT},
    {"__int__", int_self_m, METH_DEFAULT},
    {"__float__", int_float_m, METH_DEFAULT},
    {"__format__", int_format_m, METH_DEFAULT},
    {NULL, NULL, 0},
};

static Value int_get_self(VM *vm, Value self) { return int_exact(vm, self); }
static Value int_get_zero(VM *vm, Value self) { (void)vm; (void)self; return small(0); }
static Value int_get_one(VM *vm, Value self) { (void)vm; (void)self; return small(1); }

static const GetSetDef int_getset[] = {
    {"real", int_get_self, NULL},
    {"imag", int_get_zero, NULL},
    {"numerator", int_get_self, NULL},
    {"denominator", int_get_one, NULL},
    {NULL, NULL, NULL},
};

Type type_int = {
    .ob = OBJ_HEAD_INIT(&type_type),
    .name = "int",
    .size = sizeof(IntObj),
    .sizeof_ = int_sizeof,
    .flags = TF_BASETYPE | TF_INT_SUB,
    .base = &type_object,
    .dealloc = int_dealloc,
    .new_ = int_new,
    .repr = int_repr_slot,
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .binop = {
        [NB_ADD] = int_slot_add, [NB_SUB] = int_slot_sub, [NB_MUL] = int_slot_mul,
        [NB_MATMUL] = int_slot_matmul, [NB_TRUEDIV] = int_slot_truediv,
        [NB_FLOORDIV] = int_slot_floordiv, [NB_MOD] = int_slot_mod, [NB_POW] = int_slot_pow,
        [NB_LSHIFT] = int_slot_lshift, [NB_RSHIFT] = int_slot_rshift, [NB_OR] = int_slot_or,
        [NB_XOR] = int_slot_xor, [NB_AND] = int_slot_and,
    },
    .neg = int_neg,
    .pos = int_pos,
    .invert = int_invert,
    .abs = int_abs,
    .truth = int_truth,
    .index = int_pos,
    .methods = int_methods,
    .getset = int_getset,
};

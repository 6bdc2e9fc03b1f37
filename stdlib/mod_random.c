/*
 * The random module: CPython 3.11's generator and methods, so that a seeded
 * program draws exactly CPython's numbers.
 *
 *  - The core is the Mersenne Twister MT19937 with CPython's seeding
 *    (_randommodule.c): an int seeds init_by_array with the 32-bit words of
 *    its absolute value; a float its hash; a str/bytes (version 2) the int
 *    of its bytes followed by their SHA-512 digest; None the OS's entropy.
 *  - The methods follow random.py of 3.11 line by line: _randbelow draws
 *    getrandbits(n.bit_length()) until below n; gauss keeps gauss_next;
 *    sample picks the pool or the set method by the same size rule.
 *  - random.Random is the type; the module-level functions are bound
 *    methods of one hidden instance, as in CPython.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/random.h>

#include "stdlib/stdlib.h"
#include "vm/vm.h"

#define MT_N 624
#define MT_M 397

typedef struct RandomObj {
    Obj ob;
    uint32_t mt[MT_N];
    int index;
    double gauss_next;
    bool has_gauss_next;
} RandomObj;

extern Type type_random;

static RandomObj *as_random(Value v) { return (RandomObj *)as_obj(v); }

/* ---- MT19937 ---------------------------------------------------------------------------------- */

static void init_genrand(RandomObj *r, uint32_t s)
{
    r->mt[0] = s;
    for (int i = 1; i < MT_N; i++) r->mt[i] = 1812433253U * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void init_by_array(RandomObj *r, const uint32_t *key, size_t len)
{
    uint32_t *mt = r->mt;
    init_genrand(r, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len) j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;
}

static uint32_t genrand_uint32(RandomObj *r)
{
    static const uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
    uint32_t *mt = r->mt, y;
    if (r->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (mt[MT_N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
        r->index = 0;
    }
    y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

static double random_double(RandomObj *r)
{
    uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* ---- SHA-512 (for str and bytes seeds) ---------------------------------------------------------- */

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL,
    0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL, 0xd807aa98a3030242ULL, 0x12835b0145706fbeULL,
    0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL, 0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL,
    0xc19bf174cf692694ULL, 0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL, 0x983e5152ee66dfabULL,
    0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
    0x06ca6351e003826fULL, 0x142929670a0e6e70ULL, 0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL,
    0x53380d139d95b3dfULL, 0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL,
    0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL, 0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL,
    0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL,
    0x682e6ff3d6b2b8a3ULL, 0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL, 0xca273eceea26619cULL,
    0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL,
    0x113f9804bef90daeULL, 0x1b710b35131c471bULL, 0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL,
    0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static void sha512_block(uint64_t h[8], const unsigned char *blk)
{
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        w[i] = 0;
        for (int k = 0; k < 8; k++) w[i] = (w[i] << 8) | blk[i * 8 + k];
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = hh + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & f) ^ (~e & g)) + sha512_k[i] + w[i];
        uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

static void sha512(const unsigned char *data, size_t len, unsigned char out[64])
{
    uint64_t h[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
                     0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
    size_t i = 0;
    for (; i + 128 <= len; i += 128) sha512_block(h, data + i);
    unsigned char blk[256] = {0};
    size_t rest = len - i;
    memcpy(blk, data + i, rest);
    blk[rest] = 0x80;
    size_t total = rest + 1 + 16 <= 128 ? 128 : 256;
    uint64_t bits = (uint64_t)len * 8;
    for (int k = 0; k < 8; k++) blk[total - 1 - k] = (unsigned char)(bits >> (8 * k));
    sha512_block(h, blk);
    if (total == 256) sha512_block(h, blk + 128);
    for (int k = 0; k < 8; k++)
        for (int b = 0; b < 8; b++) out[k * 8 + b] = (unsigned char)(h[k] >> (56 - 8 * b));
}

/* ---- seeding ------------------------------------------------------------------------------------- */

/* Seeds from big-endian bytes read as one unsigned int (str/bytes seeds). */
static bool seed_from_be_bytes(RandomObj *r, const unsigned char *p, size_t n)
{
    while (n > 0 && p[0] == 0) {
        p++;
        n--;
    }
    size_t words = n ? (n + 3) / 4 : 1;
    uint32_t *key = calloc(words, sizeof *key);
    if (!key) return false;
    for (size_t i = 0; i < n; i++) {
        size_t byte = n - 1 - i;   /* i-th least significant byte */
        key[i / 4] |= (uint32_t)p[byte] << (8 * (i % 4));
    }
    init_by_array(r, key, words);
    free(key);
    return true;
}

static bool seed_from_int(VM *vm, RandomObj *r, Value n)
{
    Value a = int_abs(vm, n);
    if (!a) return false;
    /* 32-bit words, least significant first */
    size_t cap = 8, len = 0;
    uint32_t *key = malloc(cap * sizeof *key);
    Value mask = int_from_u64(vm, 0xffffffffu), thirty_two = small(32);
    bool ok = key && mask;
    while (ok && (len == 0 || int_sign(a) != 0)) {
        Value w = int_binop(vm, NB_AND, a, mask);
        int64_t wv = 0;
        ok = w && int_to_i64(vm, w, &wv);
        xdecref(vm, w);
        if (!ok) break;
        if (len == cap) {
            uint32_t *k2 = realloc(key, (cap *= 2) * sizeof *key);
            if (!k2) {
                ok = false;
                break;
            }
            key = k2;
        }
        key[len++] = (uint32_t)wv;
        Value next = int_binop(vm, NB_RSHIFT, a, thirty_two);
        decref(vm, a);
        a = next;
        ok = a != VAL_NULL;
    }
    if (ok) init_by_array(r, key, len);
    else if (!err_occurred(vm)) err_no_memory(vm);
    free(key);
    xdecref(vm, a);
    xdecref(vm, mask);
    return ok;
}

static void seed_from_os(RandomObj *r)
{
    uint32_t key[MT_N];
    ssize_t got = getrandom(key, sizeof key, GRND_NONBLOCK);
    if (got != (ssize_t)sizeof key) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        key[0] = (uint32_t)ts.tv_sec;
        key[1] = (uint32_t)ts.tv_nsec;
        key[2] = (uint32_t)getpid();
        init_by_array(r, key, 3);
        return;
    }
    init_by_array(r, key, MT_N);
}

static bool do_seed(VM *vm, RandomObj *r, Value a)
{
    r->has_gauss_next = false;
    if (!a || a == NONE) {
        seed_from_os(r);
        return true;
    }
    if (is_int(a)) return seed_from_int(vm, r, a);
    if (is_instance_of(a, &type_float)) {
        intptr_t h;
        if (!obj_hash(vm, a, &h)) return false;
        Value n = int_from_u64(vm, (uint64_t)h);
        bool ok = n && seed_from_int(vm, r, n);
        xdecref(vm, n);
        return ok;
    }
    const unsigned char *p = NULL;
    size_t n = 0;
    if (is_str(a)) {
        p = (const unsigned char *)str_cstr(a);
        n = str_nbytes(as_str(a));
    } else if (is_type(a, &type_bytes)) {
        p = ((BytesObj *)as_obj(a))->data;
        n = ((BytesObj *)as_obj(a))->len;
    } else if (is_type(a, &type_bytearray)) {
        p = ((ByteArrayObj *)as_obj(a))->data;
        n = ((ByteArrayObj *)as_obj(a))->len;
    } else {
        err_set_str(vm, &exc_TypeError,
                    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        return false;
    }
    unsigned char *buf = malloc(n + 64);
    if (!buf) {
        err_no_memory(vm);
        return false;
    }
    if (n) memcpy(buf, p, n);
    sha512(buf, n, buf + n);
    bool ok = seed_from_be_bytes(r, buf, n + 64);
    free(buf);
    if (!ok) err_no_memory(vm);
    return ok;
}

/* ---- drawing ints ------------------------------------------------------------------------------------ */

static Value getrandbits(VM *vm, RandomObj *r, uint64_t k)
{
    if (k <= 32) return small(k ? genrand_uint32(r) >> (32 - k) : 0);
    if (k <= 62) {
        uint64_t lo = genrand_uint32(r), hi = genrand_uint32(r) >> (64 - k);
        return small((intptr_t)(lo | hi << 32));
    }
    /* Words from least to most significant, assembled as an int. */
    Value acc = small(0);
    uint64_t shift = 0;
    for (uint64_t left = k; left > 0; left = left > 32 ? left - 32 : 0, shift += 32) {
        uint32_t w = genrand_uint32(r);
        if (left < 32) w >>= (32 - left);
        Value wv = int_from_u64(vm, w), sh = wv ? int_from_u64(vm, shift) : VAL_NULL;
        Value part = sh ? int_binop(vm, NB_LSHIFT, wv, sh) : VAL_NULL;
        Value next = part ? int_binop(vm, NB_OR, acc, part) : VAL_NULL;
        xdecref(vm, wv);
        xdecref(vm, sh);
        xdecref(vm, part);
        decref(vm, acc);
        if (!next) return VAL_NULL;
        acc = next;
    }
    return acc;
}

static uint64_t bit_length_u64(uint64_t n)
{
    uint64_t b = 0;
    while (n) {
        b++;
        n >>= 1;
    }
    return b;
}

static uint64_t int_bit_length(VM *vm, Value n)
{
    if (is_small(n)) return int_bit_length_small(small_val(n));
    Value s = int_to_base(vm, n, 2, false);   /* rare: only for huge ranges */
    uint64_t bits = s ? str_len(as_str(s)) - (str_cstr(s)[0] == '-') : 0;
    xdecref(vm, s);
    return bits;
}

/* random.py's _randbelow_with_getrandbits: n > 0. */
static Value randbelow(VM *vm, RandomObj *r, Value n)
{
    if (is_small(n)) {
        uint64_t limit = (uint64_t)small_val(n), k = bit_length_u64(limit);
        for (;;) {
            Value v = getrandbits(vm, r, k);
            if ((uint64_t)small_val(v) < limit) return v;
        }
    }
    uint64_t k = int_bit_length(vm, n);
    if (err_occurred(vm)) return VAL_NULL;
    for (;;) {
        Value v = getrandbits(vm, r, k);
        if (!v || int_compare(v, n) < 0) return v;
        decref(vm, v);
    }
}

static Value randbelow_size(VM *vm, RandomObj *r, size_t n) { return randbelow(vm, r, small((intptr_t)n)); }

/* ---- float arguments ------------------------------------------------------------------------------------- */

static bool arg_double(VM *vm, Value v, double *out)
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
    err_format(vm, &exc_TypeError, "must be real number, not %T", v);
    return false;
}

/* ---- methods ---------------------------------------------------------------------------------------------- */

#define METHOD(name) static Value name(VM *vm, Value self, Value *args, size_t nargs, Value kw)

METHOD(random_seed)
{
    Value a[2];
    if (!args_parse(vm, "seed", args, nargs, kw, "|a,version", a)) return VAL_NULL;
    if (!do_seed(vm, as_random(self), a[0])) return VAL_NULL;
    return NONE;
}

METHOD(random_random)
{
    (void)args;
    if (!args_check(vm, "random", nargs, kw, 0, 0)) return VAL_NULL;
    return float_new(vm, random_double(as_random(self)));
}

METHOD(random_getrandbits)
{
    if (!args_check(vm, "getrandbits", nargs, kw, 1, 1)) return VAL_NULL;
    if (!is_int(args[0]))
        return err_format(vm, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          type_name(type_of(args[0])));
    int64_t k;
    if (!int_to_i64(vm, args[0], &k)) return VAL_NULL;
    if (k < 0) return err_set_str(vm, &exc_ValueError, "number of bits must be non-negative");
    return getrandbits(vm, as_random(self), (uint64_t)k);
}

METHOD(random_getstate)
{
    (void)args;
    if (!args_check(vm, "getstate", nargs, kw, 0, 0)) return VAL_NULL;
    RandomObj *r = as_random(self);
    Value inner = tuple_new(vm, MT_N + 1);
    if (!inner) return VAL_NULL;
    for (int i = 0; i < MT_N; i++) as_tuple(inner)->items[i] = small(r->mt[i]);
    as_tuple(inner)->items[MT_N] = small(r->index);
    tuple_done(vm, inner);
    Value g = r->has_gauss_next ? float_new(vm, r->gauss_next) : NONE;
    Value t = g ? tuple_pack(vm, 3, small(3), inner, g) : VAL_NULL;
    decref(vm, inner);
    xdecref(vm, g);
    return t;
}

METHOD(random_setstate)
{
    if (!args_check(vm, "setstate", nargs, kw, 1, 1)) return VAL_NULL;
    RandomObj *r = as_random(self);
    Value st = args[0];
    if (!is_tuple(st) || as_tuple(st)->len != 3)
        return err_set_str(vm, &exc_TypeError, "state vector must be a tuple");
    Value inner = as_tuple(st)->items[1];
    if (!is_tuple(inner) || as_tuple(inner)->len != MT_N + 1)
        return err_set_str(vm, &exc_ValueError, "state vector is the wrong size");
    uint32_t mt[MT_N];
    int64_t v;
    for (int i = 0; i <= MT_N; i++) {
        if (!is_int(as_tuple(inner)->items[i]) || !int_to_i64(vm, as_tuple(inner)->items[i], &v))
            return err_occurred(vm) ? VAL_NULL : err_set_str(vm, &exc_TypeError, "state vector items must be integers");
        if (i < MT_N) mt[i] = (uint32_t)v;
        else if (v < 0 || v > MT_N) return err_set_str(vm, &exc_ValueError, "invalid state");
    }
    memcpy(r->mt, mt, sizeof mt);
    r->index = (int)v;
    Value g = as_tuple(st)->items[2];
    r->has_gauss_next = g != NONE;
    if (g != NONE && !arg_double(vm, g, &r->gauss_next)) return VAL_NULL;
    return NONE;
}

/* random.py's _index for randrange's arguments: an int, or an integral
 * float (deprecated but accepted in 3.11). */
static Value range_arg(VM *vm, Value v, const char *what)
{
    if (is_int(v)) return obj_index(vm, v);
    if (type_lookup_borrowed(type_of(v), vm->s.__index__)) return obj_index(vm, v);
    /* istart = int(start); if istart != start: ValueError */
    Value i = obj_call1(vm, val(&type_int), v);
    if (!i) return VAL_NULL;
    int eq = obj_eq(vm, i, v);
    if (eq == 1) return i;
    decref(vm, i);
    if (eq < 0) return VAL_NULL;
    return err_format(vm, &exc_ValueError, "non-integer %s for randrange()", what);
}

static Value randrange(VM *vm, RandomObj *r, Value start, Value stop, Value step)
{
    Value istart = range_arg(vm, start, "arg 1");
    if (!istart) return VAL_NULL;
    if (!stop || stop == NONE) {
        if (step && step != small(1)) {
            decref(vm, istart);
            return err_set_str(vm, &exc_TypeError, "Missing a non-None stop argument");
        }
        if (int_sign(istart) > 0) {
            Value res = randbelow(vm, r, istart);
            decref(vm, istart);
            return res;
        }
        decref(vm, istart);
        return err_set_str(vm, &exc_ValueError, "empty range for randrange()");
    }
    Value istop = range_arg(vm, stop, "stop");
    Value istep = istop ? (step ? range_arg(vm, step, "step") : small(1)) : VAL_NULL;
    Value width = istep ? int_binop(vm, NB_SUB, istop, istart) : VAL_NULL;
    Value res = VAL_NULL;
    if (!width) goto done;
    if (istep == small(1)) {
        if (int_sign(width) > 0) {
            Value k = randbelow(vm, r, width);
            res = k ? int_binop(vm, NB_ADD, istart, k) : VAL_NULL;
            xdecref(vm, k);
        } else {
            err_format(vm, &exc_ValueError, "empty range for randrange() (%S, %S, %S)", istart, istop, width);
        }
        goto done;
    }
    int sgn = int_sign(istep);
    if (sgn == 0) {
        err_set_str(vm, &exc_ValueError, "zero step for randrange()");
        goto done;
    }
    /* n = (width + istep - 1) // istep, or + 1 for a negative step */
    Value t1 = int_binop(vm, NB_ADD, width, istep);
    Value t2 = t1 ? int_binop(vm, NB_ADD, t1, small(sgn > 0 ? -1 : 1)) : VAL_NULL;
    Value n = t2 ? int_binop(vm, NB_FLOORDIV, t2, istep) : VAL_NULL;
    xdecref(vm, t1);
    xdecref(vm, t2);
    if (n && int_sign(n) <= 0) {
        err_set_str(vm, &exc_ValueError, "empty range for randrange()");
    } else if (n) {
        Value k = randbelow(vm, r, n);
        Value off = k ? int_binop(vm, NB_MUL, istep, k) : VAL_NULL;
        res = off ? int_binop(vm, NB_ADD, istart, off) : VAL_NULL;
        xdecref(vm, k);
        xdecref(vm, off);
    }
    xdecref(vm, n);
done:
    decref(vm, istart);
    xdecref(vm, istop);
    xdecref(vm, istep);
    xdecref(vm, width);
    return res;
}

METHOD(random_randrange)
{
    Value a[3];
    if (!args_parse(vm, "randrange", args, nargs, kw, "start,|stop,step", a)) return VAL_NULL;
    return randrange(vm, as_random(self), a[0], a[1], a[2]);
}

METHOD(random_randint)
{
    Value a[2];
    if (!args_parse(vm, "randint", args, nargs, kw, "a,b", a)) return VAL_NULL;
    Value b1 = obj_binop(vm, NB_ADD, a[1], small(1));
    if (!b1) return VAL_NULL;
    Value r = randrange(vm, as_random(self), a[0], b1, VAL_NULL);
    decref(vm, b1);
    return r;
}

METHOD(random_choice)
{
    if (!args_check(vm, "choice", nargs, kw, 1, 1)) return VAL_NULL;
    intptr_t n = obj_len(vm, args[0]);
    if (n < 0) return VAL_NULL;
    if (n == 0) return err_set_str(vm, &exc_IndexError, "Cannot choose from an empty sequence");
    Value i = randbelow_size(vm, as_random(self), (size_t)n);
    if (!i) return VAL_NULL;
    Value r = obj_getitem(vm, args[0], i);
    decref(vm, i);
    return r;
}

METHOD(random_shuffle)
{
    if (!args_check(vm, "shuffle", nargs, kw, 1, 1)) return VAL_NULL;
    Value x = args[0];
    intptr_t n = obj_len(vm, x);
    if (n < 0) return VAL_NULL;
    for (intptr_t i = n - 1; i > 0; i--) {
        Value jv = randbelow_size(vm, as_random(self), (size_t)i + 1);
        if (!jv) return VAL_NULL;
        Value iv = small(i);
        /* x[i], x[j] = x[j], x[i] */
        Value xj = obj_getitem(vm, x, jv);
        Value xi = xj ? obj_getitem(vm, x, iv) : VAL_NULL;
        bool ok = xi && obj_setitem(vm, x, iv, xj) == 0 && obj_setitem(vm, x, jv, xi) == 0;
        xdecref(vm, xi);
        xdecref(vm, xj);
        if (!ok) return VAL_NULL;
    }
    return NONE;
}

/* a + (b - a) * random(), with Python's arithmetic on a and b */
METHOD(random_uniform)
{
    Value a[2];
    if (!args_parse(vm, "uniform", args, nargs, kw, "a,b", a)) return VAL_NULL;
    Value diff = obj_binop(vm, NB_SUB, a[1], a[0]);
    Value u = diff ? float_new(vm, random_double(as_random(self))) : VAL_NULL;
    Value prod = u ? obj_binop(vm, NB_MUL, diff, u) : VAL_NULL;
    Value r = prod ? obj_binop(vm, NB_ADD, a[0], prod) : VAL_NULL;
    xdecref(vm, diff);
    xdecref(vm, u);
    xdecref(vm, prod);
    return r;
}

METHOD(random_triangular)
{
    Value a[3];
    double lo = 0.0, hi = 1.0, c = 0.5;
    if (!args_parse(vm, "triangular", args, nargs, kw, "|low,high,mode", a) || (a[0] && !arg_double(vm, a[0], &lo)) ||
        (a[1] && !arg_double(vm, a[1], &hi)))
        return VAL_NULL;
    double u = random_double(as_random(self));
    if (a[2] && a[2] != NONE) {
        double mode;
        if (!arg_double(vm, a[2], &mode)) return VAL_NULL;
        if (hi - lo == 0) return float_new(vm, lo);
        c = (mode - lo) / (hi - lo);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = lo;
        lo = hi;
        hi = t;
    }
    return float_new(vm, lo + (hi - lo) * sqrt(u * c));
}

METHOD(random_gauss)
{
    Value a[2];
    double mu = 0.0, sigma = 1.0;
    if (!args_parse(vm, "gauss", args, nargs, kw, "|mu,sigma", a) || (a[0] && !arg_double(vm, a[0], &mu)) ||
        (a[1] && !arg_double(vm, a[1], &sigma)))
        return VAL_NULL;
    RandomObj *r = as_random(self);
    double z;
    if (r->has_gauss_next) {
        z = r->gauss_next;
        r->has_gauss_next = false;
    } else {
        double x2pi = random_double(r) * (2 * M_PI);
        double g2rad = sqrt(-2.0 * log(1.0 - random_double(r)));
        z = cos(x2pi) * g2rad;
        r->gauss_next = sin(x2pi) * g2rad;
        r->has_gauss_next = true;
    }
    return float_new(vm, mu + z * sigma);
}

static double normalvariate(RandomObj *r, double mu, double sigma)
{
    const double nv_magic = 4 * exp(-0.5) / sqrt(2.0);
    double z;
    for (;;) {
        double u1 = random_double(r), u2 = 1.0 - random_double(r);
        z = nv_magic * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2)) break;
    }
    return mu + z * sigma;
}

METHOD(random_normalvariate)
{
    Value a[2];
    double mu = 0.0, sigma = 1.0;
    if (!args_parse(vm, "normalvariate", args, nargs, kw, "|mu,sigma", a) || (a[0] && !arg_double(vm, a[0], &mu)) ||
        (a[1] && !arg_double(vm, a[1], &sigma)))
        return VAL_NULL;
    return float_new(vm, normalvariate(as_random(self), mu, sigma));
}

METHOD(random_lognormvariate)
{
    Value a[2];
    double mu, sigma;
    if (!args_parse(vm, "lognormvariate", args, nargs, kw, "mu,sigma", a) || !arg_double(vm, a[0], &mu) ||
        !arg_double(vm, a[1], &sigma))
        return VAL_NULL;
    return float_new(vm, exp(normalvariate(as_random(self), mu, sigma)));
}

METHOD(random_expovariate)
{
    Value a[1];
    double lambd;
    if (!args_parse(vm, "expovariate", args, nargs, kw, "lambd", a) || !arg_double(vm, a[0], &lambd)) return VAL_NULL;
    double u = random_double(as_random(self));
    if (lambd == 0) return err_set_str(vm, &exc_ZeroDivisionError, "float division by zero");
    return float_new(vm, -log(1.0 - u) / lambd);
}

METHOD(random_paretovariate)
{
    Value a[1];
    double alpha;
    if (!args_parse(vm, "paretovariate", args, nargs, kw, "alpha", a) || !arg_double(vm, a[0], &alpha)) return VAL_NULL;
    double u = 1.0 - random_double(as_random(self));
    return float_new(vm, pow(u, -1.0 / alpha));
}

METHOD(random_weibullvariate)
{
    Value a[2];
    double alpha, beta;
    if (!args_parse(vm, "weibullvariate", args, nargs, kw, "alpha,beta", a) || !arg_double(vm, a[0], &alpha) ||
        !arg_double(vm, a[1], &beta))
        return VAL_NULL;
    double u = 1.0 - random_double(as_random(self));
    return float_new(vm, alpha * pow(-log(u), 1.0 / beta));
}

METHOD(random_randbytes)
{
    if (!args_check(vm, "randbytes", nargs, kw, 1, 1)) return VAL_NULL;
    intptr_t n;
    if (!obj_as_index(vm, args[0], &n)) return VAL_NULL;
    if (n < 0) return err_set_str(vm, &exc_ValueError, "number of bits must be non-negative");
    Value b = bytes_new(vm, NULL, (size_t)n);
    if (!b) return VAL_NULL;
    unsigned char *p = ((BytesObj *)as_obj(b))->data;
    /* getrandbits(8n).to_bytes(n, 'little'): words least significant first */
    for (intptr_t i = 0; i < n; i += 4) {
        uint32_t w = genrand_uint32(as_random(self));
        intptr_t left = n - i;
        if (left < 4) w >>= 32 - 8 * left;
        for (intptr_t k = 0; k < 4 && k < left; k++) p[i + k] = (unsigned char)(w >> (8 * k));
    }
    return b;
}

static bool is_sequence(Value v)
{
    if (is_list(v) || is_tuple(v) || is_str(v) || is_type(v, &type_range) || is_type(v, &type_bytes)) return true;
    if (is_dict(v) || is_anyset(v)) return false;
    return type_of(v)->getitem != NULL && type_of(v)->len != NULL;
}

METHOD(random_sample)
{
    Value a[3];
    if (!args_parse(vm, "sample", args, nargs, kw, "population,k,$counts", a)) return VAL_NULL;
    RandomObj *r = as_random(self);
    Value pop = a[0];
    if (!is_sequence(pop))
        return err_set_str(vm, &exc_TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    if (a[2] && a[2] != NONE) return err_set_str(vm, &exc_NotImplementedError, "sample(): counts is not supported");
    intptr_t n = obj_len(vm, pop), k;
    if (n < 0 || !obj_as_index(vm, a[1], &k)) return VAL_NULL;
    if (k < 0 || k > n) return err_set_str(vm, &exc_ValueError, "Sample larger than population or is negative");
    Value result = list_new(vm, (size_t)k);
    if (!result) return VAL_NULL;
    intptr_t setsize = 21;
    if (k > 5) setsize += (intptr_t)pow(4.0, ceil(log((double)(k * 3)) / log(4.0)));
    if (n <= setsize) {
        Value pool = list_from_iterable(vm, pop);
        if (!pool) goto fail;
        ListObj *pl = as_list(pool);
        for (intptr_t i = 0; i < k; i++) {
            Value jv = randbelow_size(vm, r, (size_t)(n - i));
            if (!jv) {
                decref(vm, pool);
                goto fail;
            }
            intptr_t j = small_val(jv);
            if (list_append(vm, result, pl->items[j]) < 0) {
                decref(vm, pool);
                goto fail;
            }
            set_slot(vm, &pl->items[j], incref(pl->items[n - i - 1]));
        }
        decref(vm, pool);
        return result;
    }
    Value selected = set_new(vm, &type_set);
    if (!selected) goto fail;
    for (intptr_t i = 0; i < k; i++) {
        Value jv;
        int in;
        do {
            jv = randbelow_size(vm, r, (size_t)n);
            in = jv ? set_contains(vm, selected, jv) : -1;
        } while (in == 1);
        Value item = in == 0 && set_add(vm, selected, jv) == 0 ? obj_getitem(vm, pop, jv) : VAL_NULL;
        if (!item || list_append_steal(vm, result, item) < 0) {
            decref(vm, selected);
            goto fail;
        }
    }
    decref(vm, selected);
    return result;
fail:
    decref(vm, result);
    return VAL_NULL;
}

/* bisect_right(a, x, 0, hi) over a list */
static intptr_t bisect_right(VM *vm, Value list, Value x, intptr_t hi)
{
    intptr_t lo = 0;
    while (lo < hi) {
        intptr_t mid = (lo + hi) / 2;
        int lt = obj_richcompare_bool(vm, x, as_list(list)->items[mid], CMP_CODE_LT);
        if (lt < 0) return -1;
        if (lt) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

METHOD(random_choices)
{
    Value a[4];
    if (!args_parse(vm, "choices", args, nargs, kw, "population,|weights,$cum_weights,k", a)) return VAL_NULL;
    RandomObj *r = as_random(self);
    Value pop = a[0], weights = a[1] && a[1] != NONE ? a[1] : VAL_NULL, cum = a[2] && a[2] != NONE ? a[2] : VAL_NULL;
    intptr_t k = 1, n = obj_len(vm, pop);
    if (n < 0 || (a[3] && !obj_as_index(vm, a[3], &k))) return VAL_NULL;
    Value result = list_new(vm, 0), cumw = VAL_NULL;
    if (!result) return VAL_NULL;
    if (!cum && !weights) {
        for (intptr_t i = 0; i < k; i++) {
            Value item = obj_getitem(vm, pop, small((intptr_t)floor(random_double(r) * (double)n)));
            if (!item || list_append_steal(vm, result, item) < 0) goto fail;
        }
        return result;
    }
    if (weights && cum) {
        err_set_str(vm, &exc_TypeError, "Cannot specify both weights and cumulative weights");
        goto fail;
    }
    if (weights) {
        if (is_int(weights)) {
            err_format(vm, &exc_TypeError, "The number of choices must be a keyword argument: k=%S", weights);
            goto fail;
        }
        /* cum_weights = list(accumulate(weights)) */
        Value w = list_from_iterable(vm, weights);
        cumw = w ? list_new(vm, 0) : VAL_NULL;
        Value acc = VAL_NULL;
        for (size_t i = 0; cumw && i < as_list(w)->len; i++) {
            Value next = acc ? obj_binop(vm, NB_ADD, acc, as_list(w)->items[i]) : incref(as_list(w)->items[i]);
            xdecref(vm, acc);
            acc = next;
            if (!acc || list_append(vm, cumw, acc) < 0) clear_slot(vm, &cumw);
        }
        xdecref(vm, acc);
        xdecref(vm, w);
        if (!cumw) goto fail;
    } else {
        cumw = list_from_iterable(vm, cum);
        if (!cumw) goto fail;
    }
    if ((intptr_t)as_list(cumw)->len != n) {
        err_set_str(vm, &exc_ValueError, "The number of weights does not match the population");
        goto fail;
    }
    double total;
    Value last = n ? as_list(cumw)->items[n - 1] : VAL_NULL;
    if (!last) {
        err_set_str(vm, &exc_IndexError, "list index out of range");
        goto fail;
    }
    Value zero = float_new(vm, 0.0);
    Value tv = zero ? obj_binop(vm, NB_ADD, last, zero) : VAL_NULL;
    xdecref(vm, zero);
    if (!tv) goto fail;
    total = is_type(tv, &type_float) ? float_val(tv) : 0.0;
    decref(vm, tv);
    if (total <= 0.0) {
        err_set_str(vm, &exc_ValueError, "Total of weights must be greater than zero");
        goto fail;
    }
    if (!isfinite(total)) {
        err_set_str(vm, &exc_ValueError, "Total of weights must be finite");
        goto fail;
    }
    for (intptr_t i = 0; i < k; i++) {
        Value x = float_new(vm, random_double(r) * total);
        intptr_t j = x ? bisect_right(vm, cumw, x, n - 1) : -1;
        xdecref(vm, x);
        Value item = j >= 0 ? obj_getitem(vm, pop, small(j)) : VAL_NULL;
        if (!item || list_append_steal(vm, result, item) < 0) goto fail;
    }
    decref(vm, cumw);
    return result;
fail:
    xdecref(vm, cumw);
    decref(vm, result);
    return VAL_NULL;
}

static const MethodDef random_methods[] = {
    {"seed", random_seed, 0}, {"random", random_random, 0}, {"getrandbits", random_getrandbits, 0},
    {"getstate", random_getstate, 0}, {"setstate", random_setstate, 0}, {"randrange", random_randrange, 0},
    {"randint", random_randint, 0}, {"choice", random_choice, 0}, {"shuffle", random_shuffle, 0},
    {"uniform", random_uniform, 0}, {"triangular", random_triangular, 0}, {"gauss", random_gauss, 0},
    {"normalvariate", random_normalvariate, 0}, {"lognormvariate", random_lognormvariate, 0},
    {"expovariate", random_expovariate, 0}, {"paretovariate", random_paretovariate, 0},
    {"weibullvariate", random_weibullvariate, 0}, {"randbytes", random_randbytes, 0},
    {"sample", random_sample, 0}, {"choices", random_choices, 0}, {NULL, NULL, 0},
};

/* Random(x=None) */
static Value random_new(VM *vm, Type *type, Value *args, size_t nargs, Value kw)
{
    if (!args_check(vm, "Random", nargs, kw, 0, 1)) return VAL_NULL;
    RandomObj *r = gc_mem_alloc(vm, type->size);
    if (!r) return err_no_memory(vm);
    memset(r, 0, type->size);
    r->ob.refcnt = 1;
    r->ob.type = type;
    if (type->flags & TF_HEAP) incref(val(type));
    if (!do_seed(vm, r, nargs ? args[0] : VAL_NULL)) {
        decref(vm, val(r));
        return VAL_NULL;
    }
    return val(r);
}

static void random_dealloc(VM *vm, Obj *o)
{
    Type *t = o->type;
    obj_free(vm, o, t->size);
    if (t->flags & TF_HEAP) decref(vm, val(t));
}

Type type_random = {
    .ob = OBJ_HEAD_INIT(&type_type), .name = "Random", .size = sizeof(RandomObj), .flags = TF_BASETYPE,
    .base = &type_object, .new_ = random_new, .dealloc = random_dealloc, .getattr = obj_generic_getattr,
    .methods = random_methods,
};

Value stdlib_random_init(VM *vm)
{
    if (type_ready(vm, &type_random) < 0) return VAL_NULL;
    Value name = str_intern_cstr(vm, "random");
    if (!name) return VAL_NULL;
    Value m = module_new(vm, name);
    decref(vm, name);
    Value inst = m ? random_new(vm, &type_random, NULL, 0, VAL_NULL) : VAL_NULL;
    if (!inst || module_add_object(vm, m, "Random", val(&type_random)) < 0) goto fail;
    for (const MethodDef *d = random_methods; d->name; d++) {
        Value f = native_function_new(vm, d, inst, m);
        if (!f || module_add_object(vm, m, d->name, f) < 0) {
            xdecref(vm, f);
            goto fail;
        }
        decref(vm, f);
    }
    decref(vm, inst);
    return m;
fail:
    xdecref(vm, inst);
    xdecref(vm, m);
    return VAL_NULL;
}

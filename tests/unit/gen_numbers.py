#!/usr/bin/env python3
"""Writes tests/unit/numbers.data: expected results of int and float
operations computed by CPython 3.11, checked by tests/unit/test_numbers.c.

Each line is tab-separated: an operation name, its operands and the expected
result.  Fields are escaped (backslash, \\t, \\n, \\xHH for other control
characters).  Ints are decimal; floats are the 16 hex digits of their IEEE
bits; an error is written as "!TypeName: message".

    python3 tests/unit/gen_numbers.py [output]     (seeded: output is stable)
"""
import math
import os
import random
import struct
import sys

sys.set_int_max_str_digits(0)
rng = random.Random(20240611)
out_lines = []


def esc(s):
    r = []
    for ch in s:
        if ch == '\\':
            r.append('\\\\')
        elif ch == '\t':
            r.append('\\t')
        elif ch == '\n':
            r.append('\\n')
        elif ord(ch) < 32 or ord(ch) == 127:
            r.append('\\x%02x' % ord(ch))
        else:
            r.append(ch)
    return ''.join(r)


def fbits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def err(e):
    return '!%s: %s' % (type(e).__name__, e)


def show(v):
    if isinstance(v, bool):
        return repr(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, tuple):
        return '(' + ', '.join(show(x) for x in v) + ')'
    return str(v)


def emit(*fields):
    out_lines.append('\t'.join(esc(str(f)) for f in fields))


def limited(fn):
    """fn() under CPython's default 4300-digit str<->int limit."""
    def run():
        sys.set_int_max_str_digits(4300)
        try:
            return fn()
        finally:
            sys.set_int_max_str_digits(0)
    return run


def attempt(fn):
    try:
        return show(fn())
    except Exception as e:  # noqa: BLE001 - we record every error
        return err(e)


# ---- int values --------------------------------------------------------------

edges = {0, 1, 2, 3, 7, 10, 255, 256, 1000, 2**29, 2**30 - 1, 2**30, 2**30 + 1, 2**31,
         2**32 - 1, 2**32, 2**53, 2**53 + 1, 2**60, 2**61 - 1, 2**61, 2**62 - 1, 2**62,
         2**62 + 1, 2**63 - 1, 2**63, 2**63 + 1, 2**64 - 1, 2**64, 2**64 + 1, 2**90, 2**90 - 1,
         10**18, 10**19, 10**30, 3**100}
edges |= {-x for x in edges}
edges = sorted(edges)
randoms = []
for _ in range(70):
    bits = rng.randint(1, 2000)
    v = rng.getrandbits(bits) | (1 << (bits - 1))
    randoms.append(v if rng.random() < 0.5 else -v)
values = edges + randoms

BINOPS = {
    'add': lambda a, b: a + b,
    'sub': lambda a, b: a - b,
    'mul': lambda a, b: a * b,
    'floordiv': lambda a, b: a // b,
    'mod': lambda a, b: a % b,
    'truediv': lambda a, b: a / b,
    'and': lambda a, b: a & b,
    'or': lambda a, b: a | b,
    'xor': lambda a, b: a ^ b,
}


def int_pairs():
    for a in edges:
        for b in edges:
            yield a, b
    for _ in range(200):
        yield rng.choice(values), rng.choice(values)


for a, b in int_pairs():
    for name, fn in BINOPS.items():
        emit('int', name, a, b, attempt(lambda: fn(a, b)))

# Karatsuba and long division: operands of many digits, divisors of all sizes.
for _ in range(40):
    x = rng.getrandbits(rng.randint(2000, 15000)) * rng.choice([1, -1])
    y = rng.getrandbits(rng.randint(2000, 15000)) * rng.choice([1, -1])
    emit('int', 'mul', x, y, show(x * y))
for _ in range(60):
    x = rng.getrandbits(rng.randint(60, 8000)) * rng.choice([1, -1])
    y = rng.getrandbits(rng.randint(31, max(32, x.bit_length() + 40))) * rng.choice([1, -1]) or 1
    emit('int', 'floordiv', x, y, show(x // y))
    emit('int', 'mod', x, y, show(x % y))
    emit('int', 'truediv', x, y, attempt(lambda: x / y))
# Knuth D's rare add-back step: divisors with top digits near the base.
for _ in range(200):
    n = rng.randint(2, 6)
    y = ((1 << (30 * n)) - rng.getrandbits(rng.randint(1, 40))) >> rng.randint(0, 3)
    x = y * rng.getrandbits(rng.randint(30, 200)) + rng.getrandbits(rng.randint(1, 30 * n))
    emit('int', 'floordiv', x, y, show(x // y))
    emit('int', 'mod', x, y, show(x % y))

for a in values:
    ks = [0, 1, 2, 29, 30, 31, 59, 60, 61, 62, 63, 64, 65, 100, 1000, -1] if a in edges else [0, 1, 31, 64, 1000, -1]
    for k in ks:
        emit('int', 'lshift', a, k, attempt(lambda: a << k))
        emit('int', 'rshift', a, k, attempt(lambda: a >> k))
    emit('int', 'rshift', a, 2**70, show(a >> 2**70))

pow_bases = [0, 1, -1, 2, -2, 3, 10, -7, 2**30, 2**62, -(2**62), 12345678901234567890]
for a in pow_bases + randoms[:10]:
    for e in [0, 1, 2, 3, 5, 10, 31, 62, 63, 64, 100, -1, -2, -3]:
        if abs(a) > 2**64 and e > 10:
            continue
        emit('int', 'pow', a, e, attempt(lambda: a ** e))
emit('int', 'pow', 2, 10000, show(2 ** 10000))
emit('int', 'pow', -1, 2**100 + 1, show(-1))

for a in values:
    emit('int1', 'neg', a, show(-a))
    emit('int1', 'invert', a, show(~a))
    emit('int1', 'abs', a, show(abs(a)))
    emit('int1', 'hash', a, show(hash(a)))
    emit('int1', 'bit_length', a, show(a.bit_length()))
    emit('int1', 'float', a, attempt(lambda: float(a)))
    emit('int1', 'bin', a, bin(a))
    emit('int1', 'oct', a, oct(a))
    emit('int1', 'hex', a, hex(a))
# int -> float rounding at the half-way points
for _ in range(300):
    m = rng.getrandbits(54) | (1 << 53)
    sh = rng.randint(0, 900)
    v = (m << sh) + rng.choice([0, 1, -1, (1 << sh) // 2 if sh else 0])
    emit('int1', 'float', v, attempt(lambda: float(v)))

for _ in range(300):
    b = rng.choice(values)
    e = rng.choice(values[:40] + [rng.getrandbits(200)])
    m = rng.choice([v for v in values if v] + [7, 1, -1, 2**61 - 1])
    emit('powmod', b, e, m, attempt(lambda: pow(b, e, m)))
emit('powmod', 2, -1, 7, show(pow(2, -1, 7)))
emit('powmod', 2, -1, 4, attempt(lambda: pow(2, -1, 4)))
emit('powmod', 3, 200, 7, show(pow(3, 200, 7)))
emit('powmod', 5, 3, 0, attempt(lambda: pow(5, 3, 0)))
emit('powmod', 5, 0, 1, show(pow(5, 0, 1)))
emit('powmod', 5, 0, -1, show(pow(5, 0, -1)))
emit('powmod', 38, -1, 97, show(pow(38, -1, 97)))
emit('powmod', -3, 5, -7, show(pow(-3, 5, -7)))

for a, b in [(10**400, 10**399), (2**1100, 3), (1, 3), (-1, 3), (0, -5), (1, 2**2000),
             (2**1074 + 1, 2**2148), (10**30, 7), (1, 0), (5, 0), (2**1024 - 2**970, 1),
             (2**1024 - 2**970 - 1, 1), (-(2**1024 - 2**971), 1)]:
    emit('int', 'truediv', a, b, attempt(lambda: a / b))

# int <-> decimal text: big values, and the 4300-digit limit.
for n in [1, 9, 10, 18, 19, 100, 1000, 4300, 5000, 20000]:
    v = rng.getrandbits(int(n * 3.33) + 3) if n > 1 else 7
    emit('int1', 'str_nolimit', v, str(v))
emit('int1', 'str_nolimit', 10**5000, str(10**5000))
for v in [10**5000, 10**4299, 10**4300, -10**4299, 10**4299 * 9, 2**14300, 2**14200]:
    emit('int1', 'str', v, attempt(limited(lambda: str(v))))

# ---- int(str, base) -------------------------------------------------------------

DIG = '0123456789abcdefghijklmnopqrstuvwxyz'


def to_base(v, base):
    if v == 0:
        return '0'
    s = []
    while v:
        v, r = divmod(v, base)
        s.append(DIG[r])
    return ''.join(reversed(s))


def with_underscores(s):
    if len(s) < 2 or rng.random() < 0.5:
        return s
    out = [s[0]]
    for ch in s[1:]:
        if rng.random() < 0.2:
            out.append('_')
        out.append(ch)
    return ''.join(out)


def parse_case(s, base):
    emit('parse', base, s, attempt(limited(lambda: int(s, base))))


for base in range(2, 37):
    for _ in range(12):
        bits = rng.choice([1, 5, 30, 62, 63, 64, 65, 100, 500, 2000])
        v = rng.getrandbits(bits)
        s = to_base(v, base)
        if rng.random() < 0.3:
            s = s.upper()
        s = with_underscores(s)
        sign = rng.choice(['', '', '-', '+'])
        ws1, ws2 = rng.choice(['', ' ', '\t', ' \n ']), rng.choice(['', ' ', '\n', '\x0c'])
        parse_case(ws1 + sign + s + ws2, base)
    parse_case(DIG[base - 1] + DIG[min(base, 35)], base)
    parse_case('', base)
    parse_case('_1', base)
    parse_case('1_', base)
    parse_case('1__1', base)
for s in ['0x1f', '0X1F', '0o17', '0b101', '0x_1f', '0b_1', '010', '00', '0_0', '0_7', '0x', '0b2', '12a',
          ' -0x10 ', '0o', '1 2', '-', '+', '--1', '٣', '1\x00', '0b1_0', '0x1__f', '9' * 30]:
    parse_case(s, 0)
for s, base in [('0x1f', 16), ('0o17', 8), ('0b101', 2), ('0x1f', 10), ('0b1', 16), ('0o7', 36),
                ('z', 36), ('Z', 36), ('10', 1), ('10', 37), ('10', -1), ('1' * 4301, 10),
                ('1' * 5000, 16), ('1' * 4300, 10)]:
    parse_case(s, base)

# ---- floats ---------------------------------------------------------------------------


def rand_double():
    k = rng.random()
    if k < 0.4:
        return struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    if k < 0.6:
        return rng.uniform(-1e6, 1e6)
    if k < 0.8:
        return round(rng.uniform(-1000, 1000), rng.randint(0, 6))
    return rng.choice([1, -1]) * rng.randint(0, 10**rng.randint(1, 20)) / 10**rng.randint(0, 25)


specials = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.30000000000000004, 1/3, 2/3, 0.5, 1.5, 2.5, 1e16, 1e15,
            123456789012345.0, 1234567890123456.0, 9007199254740993.0, 1e-4, 1e-5, 0.0001234, 1e22,
            1e23, 1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 2**-1074 * 3,
            float('inf'), float('-inf'), float('nan'), 100.0, 1e100, 2.0**53, 2.0**63, 2.0**64,
            -2.0**63, 9.5, 0.125, 2.675, 1.005, 0.45, 1234.5, -1234.5, 3.14159, 1e-7, 123e-20]
floats = specials + [rand_double() for _ in range(3000)]
for x in floats:
    emit('frepr', fbits(x), repr(x))
for e in range(-330, 310):
    for m in (1.0, 2.0, 5.0, 9.999999999999999):
        try:
            x = float('%re%d' % (m, e))
        except OverflowError:
            continue
        emit('frepr', fbits(x), repr(x))
for e in range(-1074, 1024, 7):
    x = math.ldexp(1.0, e)
    emit('frepr', fbits(x), repr(x))
    emit('frepr', fbits(math.nextafter(x, 0)), repr(math.nextafter(x, 0)))

FOPS = {
    'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
    'truediv': lambda a, b: a / b, 'floordiv': lambda a, b: a // b, 'mod': lambda a, b: a % b,
    'pow': lambda a, b: a ** b,
}
fvals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.7, -3.7, 7.0, -7.0, 1e308, 1e-308, 10.0, 400.0,
         float('inf'), float('-inf'), float('nan'), 1e300, -1e300, 0.1]


def complex_pow(a, b):
    """True where CPython's float ** goes complex (pith raises TypeError)."""
    try:
        a, b = float(a), float(b)
    except OverflowError:
        return False
    return (b != 0 and not math.isnan(a) and not math.isnan(b) and not math.isinf(a) and not math.isinf(b)
            and a < 0 and b != math.floor(b))


def fop_case(a, b):
    for name, fn in FOPS.items():
        r = attempt(lambda: fn(a, b))
        if name == 'pow' and (isinstance(a, float) or isinstance(b, float)) and complex_pow(a, b):
            r = '!TypeError: complex results are not supported'
        fa = fbits(a) if isinstance(a, float) else a
        fb = fbits(b) if isinstance(b, float) else b
        emit('fop', name, 'f' if isinstance(a, float) else 'i', fa, 'f' if isinstance(b, float) else 'i', fb, r)


for a in fvals:
    for b in fvals:
        fop_case(a, b)
for _ in range(400):
    fop_case(rand_double(), rand_double())
for a in [0, 1, -1, 3, 2**53 + 1, 10**20, 2**1100]:
    for b in [0.0, 0.5, -2.5, 1e300, float('inf'), float('nan')]:
        fop_case(a, b)
        fop_case(b, a)
fop_case(10.0, 400.0)
fop_case(0.0, -1.0)
fop_case(0, -1)

for x in floats[:400]:
    emit('fhash', fbits(x), show(hash(x)) if x == x else 'nan')
    emit('fmethod', 'as_integer_ratio', fbits(x), attempt(lambda: x.as_integer_ratio()))
    emit('fmethod', 'is_integer', fbits(x), attempt(lambda: x.is_integer()))
    emit('fmethod', 'hex', fbits(x), attempt(lambda: x.hex()))
    emit('fmethod', 'int', fbits(x), attempt(lambda: int(x)))
    emit('fmethod', 'floor', fbits(x), attempt(lambda: math.floor(x)))
    emit('fmethod', 'ceil', fbits(x), attempt(lambda: math.ceil(x)))
    emit('fmethod', 'round', fbits(x), attempt(lambda: round(x)))

# exact float/int comparison
cmp_floats = [0.0, -0.0, 1.0, 1.5, -1.5, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, 1e300, -1e300,
              float('inf'), float('-inf'), float('nan'), 9007199254740993.0, 0.5]
cmp_ints = [0, 1, -1, 2, 2**53, 2**53 + 1, 2**63, 2**63 - 1, 2**64, 2**64 + 1, 10**300, -10**300, 2**1100]
for x in cmp_floats:
    for i in cmp_ints:
        emit('fcmp', fbits(x), i, show((x > i) - (x < i)) if x == x else 'nan')

float_texts = ['1.5', ' -1.5 ', '1_000.5', '1__0', '_1', '1_', '1e5', '1E-5', '.5', '5.', '.', 'e5', '1e',
               '1e_5', '1_0e1_0', 'inf', '-Infinity', 'nan', '+NaN', 'infinit', 'nan(1)', '0x1p3', '1.5j',
               '', ' ', '1e999', '-1e999', '1e-999', '0.1', '123456789012345678901234567890', '\t2.5\n',
               '1.2.3', '١', '1,5', '+', '-.e1', '3.14_15', '3_.14', '3._14', '1e+_5', '00.5']
for t in float_texts:
    emit('fparse', t, attempt(lambda: float(t)))
for x in floats[:300]:
    t = repr(x)
    emit('fparse', t, attempt(lambda: float(t)))

# ---- format specs ------------------------------------------------------------------------

int_specs = ['', 'd', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', 'c', 'n', ',', '_', ',d', '_x', '_b', '_o',
             '#_x', '10', '<10', '>10', '^10', '=10', '*^11', '+', '-', ' ', '+d', ' 5', '010', '010,', '0=12,',
             '<05', '#010x', '+#x', 'e', '.2e', 'f', '.3f', '%', '.1%', 'g', 'G', 'E', '12,.2f', ',x', ',_',
             '_,', '.2', 'z', '+c', '#c', 'k', 'xx', '.', ',c', '99999999999999999999d', '\u00e9>6', '€^9',
             '08_d', '012_b', 'n', ',n', '=', '0', '00', '020,.3f']
int_vals = [0, 1, -1, 7, 42, 255, -255, 1234, -1234, 65, 1234567, -98765432, 2**40, 10**20, -(2**70),
            0x10ffff, 0x110000, True, False]
for v in int_vals:
    for s in int_specs:
        emit('fmtint', v, s, attempt(lambda: format(v, s)))
for _ in range(60):
    v = rng.choice(values)
    s = rng.choice(['', 'x', '_x', ',', '#b', '40,', '0=50_', '^60', 'X'])
    emit('fmtint', v, s, attempt(lambda: format(v, s)))

float_specs = ['', 'f', '.2f', '.0f', '#.0f', 'e', '.3e', 'E', '#.0e', 'g', '.3g', '#g', '#.3g', 'G', '.10g',
               '%', '.1%', 'n', '.3n', '.3', '.1', '10', '<10', '^12', '=+12', '010', '010,', ',', ',.2f', '_.3f',
               '+', ' ', 'z', 'z.1f', 'z.0f', '+z.1e', '012,.2f', '0=15,.1f', '*<12.3e', '.20f', '.17g',
               '.30e', '.0e', '.0g', '.0%', '#.0%', 'F', '.2F', 'd', 'x', 'c', '.', ',_', 'xx', '.100f',
               '020', '^', '+.3', '#', '#10', '_', '12']
fmt_floats = specials + [rand_double() for _ in range(60)]
for x in fmt_floats:
    for s in float_specs:
        emit('fmtfloat', fbits(x), s, attempt(lambda: format(x, s)))

# ---- round ------------------------------------------------------------------------------

round_floats = [2.675, 2.5, 3.5, -2.5, 0.5, -0.5, 1.5, 1234.5678, -1234.5678, 1e300, -1.5e300, 5e-324,
                0.125, 0.375, 1e16 + 2, 123456.789, 0.0, -0.0, float('inf'), float('nan'), 1.7976931348623157e308,
                1.005, 4.0, -4.0, 15.0, 25.0, 35.0, 45.0, 0.05, 0.15, 0.25, 0.35]
for x in round_floats + [rand_double() for _ in range(200)]:
    emit('round', 'f', fbits(x), '-', attempt(lambda: round(x)))
    for n in [0, 1, 2, 3, 5, 10, 17, 300, 400, -1, -2, -3, -10, -100, -308, -309, -400, 2**70, -(2**70)]:
        emit('round', 'f', fbits(x), n, attempt(lambda: round(x, n)))
for v in [0, 5, 15, 25, 35, -25, -35, 1234, 1250, 1350, -1250, 10**30 + 5 * 10**29, 2**100, True, 7]:
    emit('round', 'i', v, '-', show(round(v)))
    for n in [0, 1, 5, -1, -2, -3, -30, -31, -100]:
        emit('round', 'i', v, n, show(round(v, n)))

path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'numbers.data')
with open(path, 'w', encoding='utf-8', newline='\n') as f:
    f.write('# generated by tests/unit/gen_numbers.py with CPython %s -- do not edit\n' % sys.version.split()[0])
    f.write('\n'.join(out_lines))
    f.write('\n')
print('%s: %d cases' % (path, len(out_lines)))

# math errors as CPython: math domain error, math range error, TypeErrors and ValueErrors of the int functions
import math
inf = float('inf'); nan = float('nan')
def err(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
for f in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(1, 1),
          lambda: math.log(0, 2), lambda: math.log(2, 0), lambda: math.log(-10**400), lambda: math.exp(1000),
          lambda: math.sqrt('a'), lambda: math.exp(None), lambda: math.factorial(-1), lambda: math.factorial(1.5),
          lambda: math.comb(-1, 2), lambda: math.comb(3, -1), lambda: math.comb(1.0, 2), lambda: math.perm(3, -1),
          lambda: math.isqrt(-1), lambda: math.isqrt(1.5), lambda: math.floor(inf), lambda: math.floor(nan),
          lambda: math.ceil(-inf), lambda: math.trunc('a'), lambda: math.floor('a'), lambda: math.ceil([]),
          lambda: math.pow(0, -1), lambda: math.pow(-1, 0.5), lambda: math.pow(10, 1000), lambda: math.sin(inf),
          lambda: math.cos(-inf), lambda: math.fmod(1, 0), lambda: math.fmod(inf, 1), lambda: math.remainder(1, 0),
          lambda: math.gamma(0), lambda: math.gamma(-2), lambda: math.gamma(200), lambda: math.lgamma(0),
          lambda: math.ldexp(1, 10000), lambda: math.ldexp(1.0, 2.0), lambda: math.sqrt(10**400),
          lambda: math.gcd(1.5), lambda: math.lcm(2, 'x'), lambda: math.fsum([1e308, 1e308]),
          lambda: math.fsum([inf, -inf]), lambda: math.fsum([inf, 1.0]), lambda: math.acosh(0), lambda: math.asin(2),
          lambda: math.atanh(1), lambda: math.log1p(-1), lambda: math.dist((1,), (1, 2)),
          lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.log10(0), lambda: math.log2(-1),
          lambda: math.cosh(1000), lambda: math.sqrt(), lambda: math.pow(1), lambda: math.hypot('a')]:
    err(f)

# &, |, ^, ~, << and >> on huge and negative ints (two's complement semantics).
a = 2**100 + 2**50 + 7
b = -(2**80) + 12345
print(a & b, a | b, a ^ b)
print(~a, ~b, ~0, ~-1)
print(-a & 0xFFFF, -a | 1, -a ^ -b)
print(a << 1, a << 100, a >> 1, a >> 99, a >> 1000)
print(b >> 1, b >> 79, b >> 80, b >> 81, b >> 500)
print(-1 >> 100, -1 << 100, 1 << 200)
print((1 << 64) - 1 & -(1 << 32), (-(1 << 64)) | ((1 << 63) + 1))
for s in [0, 1, 63, 64, 65, 127, 128]:
    print(s, (-12345) << s, (-12345 << s) >> s)
for bad in [-1, -100]:
    try:
        1 << bad
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        1 >> bad
    except ValueError as e:
        print(type(e).__name__, e)

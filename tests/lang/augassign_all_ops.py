# Augmented assignment with every operator.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0xFF; print(x)
x |= 0x100; print(x)
x ^= 0x1FF; print(x)
x /= 4; print(x)
f = 2.5
f += 1; f *= 2; f -= 0.5; f /= 2; f //= 1; f %= 2; f **= 3
print(f)
s = 'ab'
s += 'cd'; s *= 2
print(s)
lst = [1]
lst += [2]; lst *= 2
print(lst)
t = (1,)
t += (2,); t *= 2
print(t)
b = 2 ** 64
b += 1; b *= b; b -= 1; b //= 3; b %= 10 ** 12
print(b)
n = -7
n //= 2; print(n)
n %= 5; print(n)

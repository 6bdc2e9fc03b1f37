# Every augmented operator on ints, big ints and mixed int/float operands.
for start in [7, -7, 2**70]:
    x = start
    log = []
    for op in ['+=', '-=', '*=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=']:
        if op == '+=': x += 3
        elif op == '-=': x -= 10
        elif op == '*=': x *= -4
        elif op == '//=': x //= 3
        elif op == '%=': x %= 1000
        elif op == '**=': x **= 2
        elif op == '<<=': x <<= 5
        elif op == '>>=': x >>= 2
        elif op == '&=': x &= 0xFFFF
        elif op == '|=': x |= 0x10001
        elif op == '^=': x ^= 0xFF
        log.append(x)
    print(start, log)
y = 5
y /= 2
print(y, type(y).__name__)
y += True
y **= 2
print(y)
z = 2**62
z += 2**62
print(z, type(z).__name__)

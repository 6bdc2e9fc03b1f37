# int(str, base) for every base, prefixes, underscores, whitespace and signs.
for base in (2, 3, 8, 10, 16, 36):
    print(base, int('101', base), int('-11', base), int('  +10  ', base))
print(int('zz', 36), int('Zz', 36), int('ff', 16), int('FF', 16), int('777', 8))
print(int('0x1f', 16), int('0X1F', 16), int('0b101', 2), int('0o17', 8))
print(int('0x1f', 0), int('0b101', 0), int('0o17', 0), int('42', 0), int('0', 0), int('00', 0))
print(int('1_000_000'), int('0x_ff', 16), int('0b_1_0', 0), int('1_0', 2))
print(int('\t\n 99 \n'), int('-0'), int('+0'))
print(int('123456789abcdef0123456789abcdef', 16))
print(int('1' * 70, 2))
print(int('-' + '9' * 40))
print(int(' 12 ', base=10), int('z', base=36))
for s, b in [('10', 17), ('g', 17), ('a', 11), ('10', 35)]:
    print(s, b, int(s, b))

# indexing and slicing by code point, with steps, on ASCII and non-ASCII text
s = 'héllo wörld 日本語 😀!'
print(len(s), s[0], s[1], s[-1], s[-2], s[12], s[14])
print(s[1:5], s[-4:], s[:-3], s[::2], s[::-1], s[1::3], s[-1:-8:-2], s[100:], s[5:2])
print(s[2:100], s[-100:3], s[::-3], s[3:3], s[:0], len(s[::7]))
a = 'abcdefghij'
print(a[::-1], a[1:8:2], a[8:1:-2], a[-3::-1], a[::100], a[:])
for bad in [20, -30, 1.5, 'x', None]:
    try:
        s[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print([c for c in 'añ😀'], list('ü'), ''.join(reversed('añ😀')))
print(s[len(s) - 1] == s[-1], s[7:12].upper())

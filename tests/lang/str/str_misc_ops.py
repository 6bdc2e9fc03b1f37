# str comparison, concatenation, repetition, membership, hashing, bool, min/max, sorted
a, b = 'apple', 'äpple'
print(a < b, a == 'apple', a != b, 'Z' < 'a', 'é' > 'z', '' < 'a', 'abc' < 'abd', 'ab' < 'abc', '😀' > '日')
print(a + b, a * 2, 2 * 'xy', 'x' * 0, 'x' * -1, ('é' * 3), len('é' * 1000))
print('pp' in a, 'äp' in b, '' in a, 'q' not in a)
print(hash('x') == hash('x'), {'é': 1}['é'], bool(''), bool(' '), min('hello'), max('héllo'), sorted('cába'))
s = ''
for i in range(5):
    s += str(i) + 'é'
print(s, len(s), s[3], s.count('é'))
t = 'x'
t *= 3
print(t, str(), str('x'), str(42), str(b'ab'), str(1.5), str([1, 'a']), repr(str('é')))
for f in [lambda: 'a' + 1, lambda: 1 + 'a', lambda: 'a' * 1.5, lambda: 'a' < 1, lambda: 1 in 'abc', lambda: 'a' - 'b']:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

# max/min: several arguments or one iterable, key=, default=, ties keep the first.
print(max(3, 1, 2), min(3, 1, 2), max([4, 8, 2]), min('hello'), max('abc', 'abd'), min((2, 1), (1, 9)))
print(max([], default=None), min([], default='empty'), max([5], default=0), max(range(10), key=lambda x: x % 7))
words = ['bb', 'a', 'cc', 'ddd', 'ee', 'f']
print(max(words, key=len), min(words, key=len), max(*words, key=len), min(words, key=lambda w: -len(w)))
pairs = [(1, 'x'), (3, 'y'), (3, 'z'), (1, 'w')]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(max(1, 2.5, True), min(-1, -1.0), max(-0.0, 0), min(0, -0.0), max({3: 'a', 9: 'b'}))
print(max(iter([3, 7, 5])), min(x * x for x in range(-3, 3)), max(b'xyz'), max([[1], [1, 0]]))
for f in [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: max(1, 'a'),
          lambda: min([1, 2], default=0, key=None, extra=1), lambda: max(1, 2, default=0),
          lambda: min(None)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

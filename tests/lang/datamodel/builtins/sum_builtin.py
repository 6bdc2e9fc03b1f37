# sum() with start (positional and keyword), floats, lists, and the str refusal.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([1, 2], start=10))
print(sum([0.1] * 10), sum([1, 2.5]), sum([True, True]), sum([10**20, 10**20, -1]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum((x * x for x in range(10))))
print(sum([1e100, 1.0, -1e100]), sum([0.5, 0.25], 0.125), type(sum([1, 2.0])).__name__)
print(sum({1: 'a', 2: 'b'}), sum({3, 4}), sum(b'\x01\x02'), sum([], start=[]))
for f in [lambda: sum(['a', 'b'], ''), lambda: sum([1, 'a']), lambda: sum(5), lambda: sum([[1]]),
          lambda: sum([b'a'], b''), lambda: sum()]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

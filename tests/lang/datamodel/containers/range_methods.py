# range: len, index, count, membership, slicing, equality, reversed, big bounds, attributes.
r = range(3, 40, 4)
print(r, len(r), r.start, r.stop, r.step, r[0], r[-1], r[2:5], r[::-2], list(r[::3]))
print(r.index(11), r.count(11), r.count(12), 11 in r, 12 in r, 3.0 in r, 'x' in r)
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(5) == range(0, 5, 1))
print(list(reversed(range(10, 0, -3))), list(range(-5, 5, 3)), list(range(5, -5, -3)))
big = range(10**20, 10**21, 10**18)
print(len(big), big[5], big[-1], 10**20 + 10**18 in big, big.index(10**20 + 3 * 10**18))
print(range(10)[-3:], range(10)[100:], range(0, -10, -1)[::-1], range(1, 2)[0])
print(repr(range(3)), str(range(1, 2, 3)), bool(range(0)), bool(range(-1, 5)))
print(hash(range(3)) == hash(range(0, 3)), list(range(3)) == [0, 1, 2], sum(range(101)))
print(max(range(7)), min(range(7, 0, -2)), sorted(range(5, 0, -1)), tuple(range(2)))
for f in [lambda: range(0, 10, 0), lambda: range(5)[5], lambda: range(3).index(7),
          lambda: range(1.5), lambda: range('a', 3), lambda: range(), lambda: range(1, 2, 3, 4),
          lambda: len(range(10**30))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

# Every set method with several arguments and mixed iterables (int members: stable order).
s = {1, 2, 3}
s.add(4); s.add(1); print(s)
s.discard(10); s.discard(4); print(s)
s.remove(3); print(s)
print(s.union([5], (6,), range(7, 9)), s.intersection([1, 2, 9], {2, 1}), s.difference([1], [9]))
print(s.symmetric_difference([2, 3]), s.issubset([1, 2, 3]), s.issuperset([1]), s.isdisjoint([7]))
t = {1, 2, 3, 4, 5, 6}
t.intersection_update(range(3, 10)); print(t)
t.difference_update([3], {4}); print(t)
t.symmetric_difference_update([5, 7, 8]); print(t)
t.update([9], (10, 11), {12}); print(t)
print(t.pop(), t.pop(), t)
c = t.copy(); c.clear(); print(c, t, set(), len(c))
print({1, 2} == frozenset([1, 2]), set('') == set(), {1, 2} != {2, 1})
for f in [lambda: s.remove(99), lambda: set().pop(), lambda: s.add([]), lambda: s.union(5),
          lambda: {[1]}, lambda: s | [1], lambda: s.update(1), lambda: set(1, 2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

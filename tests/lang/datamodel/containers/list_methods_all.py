# Every list method, with optional arguments, printing the list after each call.
a = [5, 3, 8, 3, 1]
a.append(9); print(a)
a.extend((2, 7)); print(a)
a.extend(range(2)); print(a)
a.extend('ab'); print(a)
a.insert(0, 'first'); a.insert(100, 'last'); a.insert(-1, 'pen'); a.insert(-100, 'zero'); print(a)
a.remove('a'); print(a, a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(3), a.index(3, 3), a.index(3, 2, 5), a.count(3), a.count(42))
b = a.copy(); b.append('copy'); print(a is b, a == b[:-1], len(b))
nums = [x for x in a if isinstance(x, int)]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
nums.sort(key=lambda v: (v % 3, v)); print(nums)
nums.reverse(); print(nums)
nums.clear(); print(nums, len(nums))
c = [1, 2, 3]
c += [4]; c *= 2; print(c)
c[1:3] = []; print(c)
c[:0] = [0, 0]; print(c)
c[len(c):] = [99]; print(c)
print(list.__name__, [].__class__.__name__, len([[]] * 4))
print(c.index(99, -3), c.index(0, -100, 100))

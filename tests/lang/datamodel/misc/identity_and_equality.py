# is vs ==: fresh containers, shared references, None/True/False singletons, small ints.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, c == b)
t1 = (1, [2])
t2 = (1, [2])
print(t1 == t2, t1 is t2, t1[1] is t2[1])
print(None is None, True is (1 == 1), False is (1 > 2), type(None) is type(None))
x = 256
y = 255 + 1
print(x == y, x is y)
s1 = 'hello'
s2 = 'hel' + 'lo'
print(s1 == s2, s1 is s2)
d = {'k': a}
print(d['k'] is a, dict(d)['k'] is a, list(d.values())[0] is a)
e = []
f = e
e += [1]
print(f, e is f)
e = e + [2]
print(f, e is f)
print([] is [], () is (), frozenset() == frozenset(), {} == {}, [] == [])

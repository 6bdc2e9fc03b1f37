# __dict__ shows the attributes in insertion order and is live once taken.
class A:
    pass
a = A()
a.x = 1
a.y = 2
a.z = 3
del a.y
a.y = 4
print(a.__dict__, vars(a))
d = a.__dict__
d['w'] = 5
a.v = 6
print(a.w, d, d is a.__dict__)
a.__dict__ = {'new': 1}
print(a.new, hasattr(a, 'x'), vars(a))
try:
    a.__dict__ = 5
except TypeError as e:
    print('TypeError:', e)
b = A()
for i in range(40):
    setattr(b, f'a{i}', i)
print(len(vars(b)), b.a39, list(vars(b))[:3])

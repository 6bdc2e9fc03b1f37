# Subclasses of list: extra methods, overridden methods, super(), attributes.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2); s.push(3)
print(s, s.peek(), s.pop(), len(s), isinstance(s, list), type(s).__name__)
class Logged(list):
    def append(self, x):
        print('append', x)
        super().append(x)
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
l = Logged([1, 2])
l.append(3)
print(l, l[0], l[2], list(l), sum(l))
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
n = Named('nums', [3, 1, 2])
n.sort()
print(n, n.name, n + [4], type(n + [4]).__name__, n == [1, 2, 3], vars(n))
class Sorted(list):
    def __init__(self, it):
        super().__init__(sorted(it))
print(Sorted([3, 2, 1]), Sorted('cba'))
print(list.__len__([1, 2]), list.__getitem__([5, 6], 1))

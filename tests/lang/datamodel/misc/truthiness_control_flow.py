# Truth values driving if/while/and/or/not/conditional expressions, with the values returned.
vals = [0, 1, '', 'x', [], [0], {}, None, 0.0, -1, (), set(), range(0)]
for v in vals:
    print(repr(v), 'T' if v else 'F', v or 'dflt', v and 'then', not v)
print([] or {} or 0 or None, 1 and 2 and 3, 0 and 1/0, 1 or 1/0, (None or []) == [])
stack = [1, 2, 3]
while stack:
    print('pop', stack.pop(), end='; ')
print()
n = 10
steps = 0
while n and steps < 100:
    n = n // 2 if n % 2 == 0 else n - 1
    steps += 1
print(steps, n)
def first_truthy(*args):
    for a in args:
        if a:
            return a
print(first_truthy(0, '', 'hit', 5), first_truthy(), all(map(bool, [1, 'a'])), any(map(bool, [0, ''])))

# set.pop() scans from a finger left by the previous pop.
s = {5, 3, 100, 64, 7, 21}
out = []
while s:
    out.append(s.pop())
print(out)
s = set(range(0, 200, 9))
print(s.pop(), s.pop(), s.pop())
s.add(0)
s.add(9)
print(s.pop(), s.pop())
print(s)
s = set()
for i in range(20):
    s.add(i * 7)
for i in range(5):
    print(s.pop())
print(s)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)

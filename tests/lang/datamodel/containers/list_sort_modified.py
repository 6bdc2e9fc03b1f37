# Mutating a list from its sort key raises ValueError; sort of a list of equal keys is a no-op.
data = [3, 1, 2]
def bad_key(x):
    data.append(x)
    return x
try:
    data.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(len(data) >= 3)
same = [(1, 'c'), (1, 'a'), (1, 'b')]
same.sort(key=lambda p: p[0])
print(same)
words = ['b', 'A', 'c', 'B', 'a']
words.sort(key=lambda w: (w.lower(), w))
print(words)
nested = [[3, 'x'], [1, 'y'], [2, 'z'], [1, 'a']]
nested.sort()
print(nested, sorted(nested, key=lambda r: r[1], reverse=True))
l = list(range(10))
l.sort(key=lambda v: v % 2 == 0)
print(l)

# Recursive generators: tree walks, permutations, and the recursion limit.
def walk(tree, depth=0):
    name, children = tree
    yield '  ' * depth + name
    for child in children:
        yield from walk(child, depth + 1)

tree = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [('b1', [('b1x', [])])])])
for line in walk(tree):
    print(line)

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print([''.join(p) for p in permutations('abc')])

def hanoi(n, a, b, c):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
print(len(list(hanoi(8, 'A', 'B', 'C'))), list(hanoi(2, 'A', 'B', 'C')))

def nested_loops(depth):
    if depth == 0:
        yield ()
        return
    for sub in nested_loops(depth - 1):
        for i in range(2):
            yield sub + (i,)
print(list(nested_loops(3)))

def bottomless(n):
    yield n
    yield from bottomless(n + 1)
g = bottomless(0)
try:
    for v in g:
        pass
except RecursionError as e:
    print('RecursionError:', e)
    print('reached more than 100:', v > 100)

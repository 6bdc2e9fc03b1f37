# Randomized proof of the collector: random graphs of lists, dicts, tuples and
# closures with random cycles; random roots are kept, everything else is
# dropped; after gc.collect() exactly the vertices an independent reachability
# walk cannot reach must be dead.  Each vertex owns a private marker function,
# watched through a weakref.  Usage: gc_random_graphs.py [SEED [ROUNDS]];
# exits 1 on a mismatch (make stress runs it with random seeds).
import gc, sys, weakref

state = [int(sys.argv[1]) if len(sys.argv) > 1 else 2024]
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 6

def rnd(n):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state[0] >> 33) % n

def make_closure(marker):
    edges = []
    def f():
        return marker, edges
    f.edges = edges
    return f

def build(n):
    kinds = [rnd(4) for _ in range(n)]
    edges = []
    for i in range(n):
        k = rnd(4)
        if kinds[i] == 2:
            edges.append([rnd(i) for _ in range(k)] if i else [])
        else:
            edges.append([rnd(n) for _ in range(k)])
    objs, refs = [], []
    for i in range(n):
        marker = (lambda: None)
        refs.append(weakref.ref(marker))
        if kinds[i] == 0:
            objs.append([marker])
        elif kinds[i] == 1:
            objs.append({'m': marker})
        elif kinds[i] == 2:
            objs.append(tuple([marker] + [objs[j] for j in edges[i]]))
        else:
            objs.append(make_closure(marker))
    for i in range(n):
        for e, j in enumerate(edges[i]):
            if kinds[i] == 0:
                objs[i].append(objs[j])
            elif kinds[i] == 1:
                objs[i][e] = objs[j]
            elif kinds[i] == 3:
                objs[i].edges.append(objs[j])
    roots = [i for i in range(n) if rnd(4) == 0]
    kept = [objs[i] for i in roots]
    return kept, roots, edges, refs

def reachable(n, roots, edges):
    seen = [False] * n
    stack = list(roots)
    for r in roots:
        seen[r] = True
    while stack:
        v = stack.pop()
        for w in edges[v]:
            if not seen[w]:
                seen[w] = True
                stack.append(w)
    return seen

failures = 0
for r in range(rounds):
    n = 1 + rnd(400)
    if rnd(2):
        gc.collect(rnd(2))
    kept, roots, edges, refs = build(n)
    gc.collect()
    seen = reachable(n, roots, edges)
    alive = [w() is not None for w in refs]
    bad = [i for i in range(n) if alive[i] != seen[i]]
    if bad:
        failures += 1
        print('MISMATCH round', r, 'vertices', bad[:10])
    else:
        print('ok round', r, 'vertices', n, 'freed', alive.count(False))
    del kept
    gc.collect()
    if [w for w in refs if w() is not None]:
        failures += 1
        print('MISMATCH round', r, 'something survived dropping the roots')
if failures:
    sys.exit(1)

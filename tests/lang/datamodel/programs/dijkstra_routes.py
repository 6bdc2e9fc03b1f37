# Shortest routes with Dijkstra over a dict graph, a hand-written heap, and path reconstruction.
class NoRoute(Exception):
    pass
def heappush(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2
def heappop(h):
    last = h.pop()
    if not h:
        return last
    top, h[0] = h[0], last
    i = 0
    while True:
        kids = [k for k in (2 * i + 1, 2 * i + 2) if k < len(h)]
        if not kids:
            return top
        k = min(kids, key=lambda k: h[k])
        if h[k] < h[i]:
            h[i], h[k] = h[k], h[i]
            i = k
        else:
            return top
def shortest(graph, src, dst):
    if src not in graph or dst not in graph:
        raise KeyError(src if src not in graph else dst)
    dist, prev, heap, done = {src: 0}, {}, [(0, src)], set()
    while heap:
        d, node = heappop(heap)
        if node in done:
            continue
        done.add(node)
        if node == dst:
            break
        for nxt, w in graph[node].items():
            nd = d + w
            if nd < dist.get(nxt, float('inf')):
                dist[nxt], prev[nxt] = nd, node
                heappush(heap, (nd, nxt))
    if dst not in dist:
        raise NoRoute(f'no route from {src} to {dst}')
    path = [dst]
    while path[-1] != src:
        path.append(prev[path[-1]])
    return dist[dst], path[::-1]
roads = {'A': {'B': 7, 'C': 9, 'F': 14}, 'B': {'A': 7, 'C': 10, 'D': 15}, 'C': {'A': 9, 'B': 10, 'D': 11, 'F': 2},
         'D': {'B': 15, 'C': 11, 'E': 6}, 'E': {'D': 6, 'F': 9}, 'F': {'A': 14, 'C': 2, 'E': 9}, 'Z': {}}
for src, dst in [('A', 'E'), ('A', 'D'), ('E', 'B'), ('F', 'F'), ('A', 'Z'), ('A', 'Q')]:
    try:
        d, path = shortest(roads, src, dst)
        print(f'{src}->{dst}: {d:>3} via {" -> ".join(path)}')
    except NoRoute as e:
        print(f'{src}->{dst}: {e}')
    except KeyError as e:
        print(f'{src}->{dst}: unknown city {e}')
h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heappush(h, v)
print([heappop(h) for _ in range(7)])

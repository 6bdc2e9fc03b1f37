# Breadth- and depth-first search over a dict-of-lists graph.
graph = {
    'a': ['b', 'c'],
    'b': ['d'],
    'c': ['d', 'e'],
    'd': ['f'],
    'e': ['f'],
    'f': [],
    'g': ['a'],
}
def bfs(start):
    dist = {start: 0}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist
def dfs(node, seen):
    seen.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen
print(bfs('a'))
print(bfs('g'))
print(bfs('f'))
print(dfs('a', []), dfs('g', []))
def path(start, goal):
    prev = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in prev:
                prev[nxt] = node
                queue.append(nxt)
    if goal not in prev:
        return None
    out = [goal]
    while prev[out[-1]] is not None:
        out.append(prev[out[-1]])
    out.reverse()
    return out
print(path('g', 'f'), path('a', 'g'), path('c', 'c'))

# Dicts of lists and lists of dicts.
db = {'users': [{'name': 'ann', 'tags': ['admin']}, {'name': 'bob', 'tags': []}]}
print(db)
db['users'][1]['tags'].append('new')
db['users'].append({'name': 'cy', 'tags': ['x', 'y']})
print(db['users'][1], len(db['users']))
for u in db['users']:
    print(u['name'], len(u['tags']), u['tags'])
index = {}
for u in db['users']:
    for t in u['tags']:
        if t not in index:
            index[t] = []
        index[t].append(u['name'])
print(index)
tree = {'value': 1, 'children': [{'value': 2, 'children': []}, {'value': 3, 'children': [{'value': 4, 'children': []}]}]}
def total(node):
    s = node['value']
    for ch in node['children']:
        s += total(ch)
    return s
print(total(tree))

# A mutable default is shared between calls.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def counter(d={}):
    d['calls'] = d.get('calls', 0) + 1
    return d['calls']
print(counter(), counter(), counter({}), counter())
def remember(x, seen=[]):
    if x in seen:
        return 'seen ' + str(x)
    seen.append(x)
    return 'new ' + str(x)
for v in [1, 2, 1, 3, 2]:
    print(remember(v))

# Module-level state modified through functions with global, dicts and lists.
counter = 0
registry = {}
events = []
def register(name, value):
    global counter
    counter += 1
    registry[name] = value
    events.append(('reg', name))
def unregister(name):
    global counter
    if registry.pop(name, None) is not None:
        counter -= 1
        events.append(('unreg', name))
for n, v in [('a', 1), ('b', 2), ('c', 3)]:
    register(n, v)
unregister('b')
unregister('zz')
print(counter, registry, events)
def reset():
    global counter, registry
    counter, registry = 0, {}
reset()
print(counter, registry, len(events))

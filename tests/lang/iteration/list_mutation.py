# A list iterator follows CPython's rules when the list changes during iteration.
items = [1, 2, 3]
for x in items:
    print('see', x)
    if x == 1:
        items.append(4)
print(items)

items = [1, 2, 3, 4, 5]
for x in items:
    print('remove-see', x)
    if x % 2:
        items.remove(x)
print(items)

items = [0, 1, 2]
it = iter(items)
print(next(it))
items.insert(0, 'front')
print(next(it), next(it))
items.clear()
print(next(it, 'done'))
items.extend([7, 8, 9])
print(next(it, 'still done'))

items = [1, 2, 3]
it = iter(items)
print(list(it))
items.append(4)
print(list(it))

items = [1, 2, 3]
it = iter(items)
next(it)
del items[:]
print(list(it))
items[:] = [5, 6, 7, 8]
print(list(it))

items = [3, 1, 2]
out = []
for x in items:
    out.append(x)
    if len(out) == 1:
        items.sort()
print(out)
r = reversed([1, 2, 3])
print(list(r))
lst = [1, 2, 3]
r = reversed(lst)
next(r)
lst.pop()
print(list(r))

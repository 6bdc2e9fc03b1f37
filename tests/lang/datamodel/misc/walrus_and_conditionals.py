# Assignment expressions in while, if, comprehensions and calls.
data = [5, 3, 0, 8, 1]
i = 0
while (v := data[i]) != 0:
    print('value', v)
    i += 1
if (n := len(data)) > 3:
    print('long list', n)
print([y for x in data if (y := x * 2) > 4], y)
print((z := 10) + z, z)
def f(a):
    return a * 2
print(f(w := 4), w, [w := w + 1 for _ in range(3)], w)
chunks = []
items = list(range(7))
while (chunk := items[:3]):
    chunks.append(chunk)
    items = items[3:]
print(chunks)

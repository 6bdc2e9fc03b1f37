# The table grows at fill*5 >= mask*3 and is refilled in old table order.
s = set()
for i in range(60):
    s.add((i * 37) % 101)
    if i % 6 == 5:
        print(len(s), s)
s = set()
for i in range(100):
    s.add(i * 1024)
print(s)
s = set()
for i in range(200, 0, -7):
    s.add(i * i)
print(s)
big = set()
for i in range(3000):
    big.add(i * 7919 % 10007)
print(len(big), list(big)[:40])
print(sum(list(big)[:100]))

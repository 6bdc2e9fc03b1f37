# Iteration order of sets of floats and mixed numbers follows CPython's hashes.
print({0.5, 1.5, 2.5, 3.5, 0.25, 10.0})
print({1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 8.8})
print({0.1 * i for i in range(15)})
print({-0.5, -1.5, 0.0, 1e10, 1e-10, 2.0**40})
print({1, 2.0, 3, 4.5, True, 0, False, 7.0})
print({x / 4 for x in range(-10, 10)})
s = set()
for i in range(30):
    s.add(i * 1.25)
print(s)
for i in range(0, 30, 3):
    s.discard(i * 1.25)
print(s)
print(list({100.5: 1, 3.25: 2, -7.75: 3}), {1e300, 1e-300, float('inf'), float('-inf')})

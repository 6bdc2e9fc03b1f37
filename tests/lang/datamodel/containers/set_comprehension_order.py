# Set comprehensions and set() of generators over ints print in CPython's hash order.
print({x % 10 for x in range(100, 0, -7)})
print({x * 37 % 101 for x in range(30)})
print({-x * 3 for x in range(12)})
print({2 ** k % 1000 for k in range(25)})
print(set(range(50, 0, -5)) | {1000, 2000, 33})
print({(x, x % 3) for x in range(6)})

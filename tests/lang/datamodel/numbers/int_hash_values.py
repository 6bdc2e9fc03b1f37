# hash() of ints matches CPython: modulo 2**61-1, sign kept, -1 becomes -2.
M = 2**61 - 1
for n in [0, 1, -1, -2, 2, 10**6, -(10**6), M - 1, M, M + 1, -M, 2**61, 2**62, 2**64,
          -(2**64), 10**20, -(10**20), 3**100, -(3**100), 2**200 - 1]:
    print(n, hash(n))
print(hash(True), hash(False))
print(all(hash(n) == n for n in range(-100, 100) if n != -1))
print(hash(M * 5 - 1) == hash(-1), hash(M * 5 - 1))

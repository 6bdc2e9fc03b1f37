# Set algebra identities on int sets, with printed results in CPython's iteration order.
A = {n for n in range(20) if n % 2 == 0}
B = {n for n in range(20) if n % 3 == 0}
C = set(range(5, 15))
print(A | B, A & B, A - B, A ^ B)
print((A | B) - C, A & (B | C), (A - B) | (B - A) == A ^ B, A & B <= A, A | B >= B)
print(A - (B | C) == (A - B) & (A - C), len(A | B | C), sorted(C - A - B), max(A ^ C), min(B & C))
D = set(A)
D -= B
D |= {100, -100}
D &= set(range(-200, 200, 2))
D ^= {0, 1}
print(D, sorted(D))
print({x * x % 17 for x in range(40)}, {-x for x in range(10)})

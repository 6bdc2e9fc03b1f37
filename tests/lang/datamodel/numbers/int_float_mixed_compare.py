# Comparisons between ints and floats are exact, even beyond 2**53.
big = 2**53
print(big == float(big), big + 1 == float(big + 1), float(big + 1) == big)
print(big + 1 > float(big), big + 1 < float(big) + 2, 2**1000 > 1e300, 2**1024 > 1.7e308)
print(10**400 > float('inf'), -10**400 < float('-inf'), 10**400 == float('inf'))
print(1 == 1.0, 1 < 1.5, -1 > -1.5, 0 == -0.0, True == 1.0, False < 0.5)
for i in [2**63, 2**63 - 1, 2**64 + 1, -(2**63)]:
    f = float(i)
    print(i, f, i == f, i < f, i > f, int(f) - i)
print(sorted([3, 2.5, True, -1, 0.0, 10**20, 1e19]))
print(max(2**70, 1e21), min(-(2**70), -1e21), 1e21 < 2**70)
print([x for x in [0.1, 0.2, 0.3] if x * 10 == int(x * 10)])

# Comparison operators between ints of every size and sign, and against bools.
vals = [-(2**100), -(2**63), -1, 0, 1, True, 2**31, 2**63 - 1, 2**63, 2**100]
for a in vals:
    print(repr(a), ''.join('<' if a < b else '=' if a == b else '>' for b in vals))
print(sorted(vals, reverse=True) == sorted(vals)[::-1], max(vals), min(vals))
print(2**64 == 2**64, 2**64 != 2**64 + 1, -(2**64) < -(2**64) + 1, 10**20 >= 10**20)

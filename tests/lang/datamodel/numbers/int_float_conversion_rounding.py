# float(int) rounds half to even at 53 bits; int(float) truncates exactly.
for k in [53, 54, 60, 64]:
    base = 2 ** k
    print(k, [float(base + d) == float(base) for d in range(0, 9)], int(float(base + 1)) - base)
print(float(2**53 + 1), float(2**53 + 3), float(2**54 + 2), float(2**54 + 6), float(10**23))
print(int(1e23), int(-1e23), int(2.0**70), int(1.5e300) % 10**6, float(10**308))

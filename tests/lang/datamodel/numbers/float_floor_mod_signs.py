# Float // and % for all sign combinations, fractional values, and -0.0 results.
for a in [7.5, -7.5, 0.0, -0.0, 1.0, 5e-324]:
    for b in [2.0, -2.0, 0.75, -0.75, float('inf'), float('-inf')]:
        print(a, b, a // b, a % b)
print(-1e-20 % 1.0, 1e-20 % -1.0, 0.3 % 0.1, 1.0 % 0.1)

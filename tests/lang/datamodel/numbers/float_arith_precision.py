# Float arithmetic results print exactly as CPython: sums, products, accumulations.
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 1 - 0.9, 3 * 0.1 == 0.3, 0.5 + 0.25)
t = 0.0
for i in range(10):
    t += 0.1
print(t, t == 1.0, sum([0.1] * 10))
print(1e16 + 1, 1e16 + 2, 2.0 ** 53 + 1, 1e308 * 1.5, 5e-324 / 2)
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -7.5 % 2, 7 % 2.5, divmod(-7.5, 2), divmod(7.5, -2))
print(2.5 ** 2, (-2.5) ** 3, 2 ** 0.5, 10 ** -1, 1.5 ** -2)
print(1 / 7, 22 / 7, 355 / 113, 100 / 3, 2 / 3 * 3)
vals = [i / 8 for i in range(-8, 9)]
print(vals)
print([round(v * 1.1, 3) for v in vals])

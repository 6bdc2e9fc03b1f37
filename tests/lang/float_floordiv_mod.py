# Floor division and modulo on floats keep Python's sign rules.
for a in [7.5, -7.5, 0.0, 3.0]:
    for b in [2.0, -2.0, 0.5, 4]:
        print(a, b, a // b, a % b)
print(5 % 0.3, 5 // 0.3)
print(-0.0 // 1.0, 0.0 % -1.0)
print(1e20 % 3.0, 2.5 % 1, -2.5 % 1)
x = 10.0
x //= 3
print(x)
x %= 2
print(x)
print(-1e-20 % 1.0, 1e-20 % -1.0)
print(7.0 // 0.1, 7.0 % 0.1)
print(-3.5 // 1, -3.5 % 1, 3.5 // -1, 3.5 % -1)

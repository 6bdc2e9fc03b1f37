# Float arithmetic in a loop (a simple numerical integration).
n = 2000000
h = 1.0 / n
s = 0.0
for i in range(n):
    x = (i + 0.5) * h
    s += 4.0 / (1.0 + x * x)
print(round(s * h, 10))

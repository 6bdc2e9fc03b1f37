# Pascal's triangle and binomial coefficients.
def pascal(n):
    rows = [[1]]
    for i in range(1, n):
        prev = rows[-1]
        row = [1]
        for j in range(1, i):
            row.append(prev[j - 1] + prev[j])
        row.append(1)
        rows.append(row)
    return rows
for row in pascal(8):
    print(' '.join([str(v) for v in row]))
big = pascal(101)[-1]
print(big[50])
print(sum(big) == 2 ** 100, len(big))
def choose(n, k):
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r
print(choose(100, 50) == big[50], choose(10, 3), choose(52, 5), choose(5, 0))
print([choose(6, k) for k in range(7)])

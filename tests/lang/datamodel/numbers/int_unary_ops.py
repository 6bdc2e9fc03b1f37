# Unary -, +, ~ and abs on ints of all sizes, and their interplay with precedence.
for n in [0, 1, -1, 5, -5, 2**62, -(2**62), 2**63, -(2**63), 2**64 - 1, 10**40, -(10**40)]:
    print(n, -n, +n, ~n, abs(n), -(-n) == n, ~~n == n, ~n == -n - 1)
print(-2 ** 2, (-2) ** 2, -2 ** -1, ~3 ** 2, -~5, ~-5, - - 3, not -1)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5, 0 ** 0, (-1) ** 10**20)
print(abs(-0.0), abs(-2.5), abs(True), abs(-True), -0.0, +(-0.0))

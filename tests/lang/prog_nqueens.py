# Count and show N-queens solutions by backtracking.
def solve(n):
    solutions = []
    cols = []
    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            ok = True
            for r in range(row):
                if cols[r] == c or abs(cols[r] - c) == row - r:
                    ok = False
                    break
            if ok:
                cols.append(c)
                place(row + 1)
                cols.pop()
    place(0)
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(6)[0]
print(first)
for c in first:
    print(''.join(['Q' if i == c else '.' for i in range(6)]))

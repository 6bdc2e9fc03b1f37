# List displays, nesting, and printing.
print([], [1], [1, 2, 3], [1, 'two', 3.0, None, True])
print([[]], [[], []], [[1, 2], [3, [4, [5]]]])
print([1, 2, 3,], [
    'multi',
    'line',
])
grid = [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
print(grid)
print(grid[1], grid[1][2], grid[-1][-1], grid[0][::-1])
grid[1][1] = 'X'
print(grid)
row = [0] * 3
board = [row, row]
board[0][0] = 9
print(board)
board2 = [[0] * 3 for i in range(2)]
board2[0][0] = 9
print(board2)
print(len(grid), len(grid[0]), len([[]]), len([[], [1]]))
print([(1, 2), (3, 4)], [{'a': 1}, {}])
print([1 + 1, 2 * 3, 'a' + 'b', [0] * 2])

# Nested list mutation through aliases, comprehension copies, and in-place operators.
board = [['.'] * 4 for _ in range(3)]
board[1][2] = 'X'
row = board[0]
row[0] = 'O'
print(board)
print('\n'.join(''.join(r) for r in board))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
transposed = [list(col) for col in zip(*matrix)]
matrix[0][0] = 99
print(matrix, transposed)
flat = [x for r in matrix for x in r]
print(flat, sum(flat), max(flat), flat.index(99))
stack = []
for ch in '(()[]{[()]})':
    if ch in '([{':
        stack.append(ch)
    else:
        stack.pop()
    print(len(stack), end='')
print()
queue = [1, 2, 3]
queue.append(queue.pop(0))
queue.insert(0, queue.pop())
print(queue)
m = [[0] * 2] * 2
m[0][0] += 5
print(m)

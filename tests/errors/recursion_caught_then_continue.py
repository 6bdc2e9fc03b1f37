# A caught RecursionError leaves the interpreter usable, and it happens again.
def f():
    return f()
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
for attempt in range(3):
    try:
        f()
    except RecursionError as e:
        print('attempt', attempt, 'RecursionError:', e)
print(depth(100))
print('still alive')

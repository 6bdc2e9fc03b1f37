# Slice assignment and deletion with steps: sizes, negative steps, the size error.
def fresh():
    return list(range(10))
a = fresh(); a[::2] = 'abcde'; print(a)
a = fresh(); a[1::3] = [None] * 3; print(a)
a = fresh(); a[::-1] = range(10); print(a)
a = fresh(); a[8:2:-2] = ['x', 'y', 'z']; print(a)
a = fresh(); a[2:5] = ['only']; print(a)
a = fresh(); a[2:5] = range(6); print(a)
a = fresh(); a[5:2] = ['ins']; print(a)
a = fresh(); a[-3:] = []; print(a)
a = fresh(); a[::3] = a[::3][::-1]; print(a)
a = fresh(); a[:] = a; print(a)
a = fresh(); a[1:4] = a; print(a)
for sl in [slice(None, None, 2), slice(1, None, 3), slice(None, None, -1), slice(-1, 0, -3),
           slice(0, 10, 4), slice(100, None, -5), slice(3, 7)]:
    a = fresh(); del a[sl]; print(sl, a)
for size in [2, 4]:
    a = fresh()
    try:
        a[::3] = [0] * size
    except ValueError as e:
        print(type(e).__name__, e)
a = fresh()
try:
    a[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
a = fresh()
a[::-3] = 'wxyz'; print(a)

# abs, all, any over many kinds of inputs, including short-circuiting iterators.
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-10**30))
print(all([]), all([1, 2]), all([1, 0]), all('abc'), all(['']), all(range(1, 5)), all({0: 1}))
print(any([]), any([0, 0.0, '']), any([0, 1]), any(iter([None, [], [0]])), any(x > 3 for x in range(5)))
seen = []
def track(x):
    seen.append(x)
    return x
print(all(track(x) for x in [1, 1, 0, 1, 1]), seen)
seen.clear()
print(any(track(x) for x in [0, 0, 5, 0]), seen)
for bad in [lambda: abs('x'), lambda: abs(None), lambda: all(5), lambda: any(None),
            lambda: abs(), lambda: all([1], [2])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

# range() and slice() argument handling: negative, big, bool and __index__ arguments.
class Three:
    def __index__(self):
        return 3
print(list(range(Three())), list(range(True, Three())), range(-3), list(range(-3, -10, -Three().__index__())))
print(slice(Three()).stop.__index__(), [0, 1, 2, 3, 4][Three():], 'abcdef'[:Three()], (1, 2, 3, 4)[::Three()])
print(range(0, 10**30, 10**29)[-1], len(range(-(10**20), 10**20, 10**19)))
for f in [lambda: range(1.0), lambda: range(0, 5, 0.5), lambda: 'abc'[1.0:], lambda: [1][None:'x'],
          lambda: range(x=5)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)

# Three-argument pow(): ints, a class's __pow__(self, exp, mod), and the float/other-type errors.
class P:
    def __pow__(self, e, m=None): return ('pow', e, m)
print(pow(P(), 2, 3), pow(P(), 2), pow(2, 3, 5), pow(2, -1, 5))
for a in [(2, 2, 'x'), (2.0, 2, 3), (2, 2, 3.0), ('a', 2, 3), (1, 2, 3, 4), (2, 2, 0)]:
    try: print(pow(*a))
    except Exception as e: print(type(e).__name__, e)

# Float overflow and domain errors with CPython's messages.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: 10.0 ** 400)
show(lambda: 2.0 ** 10000)
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0.0)
show(lambda: 1.0 % 0.0)
show(lambda: divmod(1.0, 0.0))
show(lambda: 0.0 ** -1)
show(lambda: 0 ** -1)
show(lambda: int(float('inf')))
show(lambda: 2 ** 10000 / 1)
show(lambda: 1 / 2 ** 10000)
show(lambda: float(2 ** 2000))
show(lambda: 2 ** 2000 * 1.0)
show(lambda: 1e308 + 1e308)
show(lambda: (1e200 * 1e200) - (1e200 * 1e200))
show(lambda: 10 ** 400 // 3.0)
show(lambda: 10 ** 400 < 1e308)
show(lambda: 10 ** 400 > float('inf'))

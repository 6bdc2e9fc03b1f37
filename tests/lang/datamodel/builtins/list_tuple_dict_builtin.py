# list(), tuple(), dict() constructors from every iterable and with keywords.
print(list(), list('abc'), list((1, 2)), list(range(3)), list({1: 'a'}), list({5}), list(b'ab'))
print(tuple(), tuple([1]), tuple('xy'), tuple({1: 2, 3: 4}.items()), tuple(x for x in 'hi'))
print(dict(), dict(a=1), dict([('a', 1)], b=2), dict({'x': 0}, y=1), dict(zip('ab', 'cd')))
print(dict(((1, 2), (3, 4))), dict([[5, 6]]), dict(dict(k=1)), dict.fromkeys('ab', []))
l = [1, 2]
print(list(l) is l, tuple(t := (1,)) is t, list(l) == l, dict(a=1) == {'a': 1})
for f in [lambda: list(5), lambda: tuple(None), lambda: dict(5), lambda: dict([1]),
          lambda: dict([(1,)]), lambda: dict('ab'), lambda: list(1, 2), lambda: dict({}, {})]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

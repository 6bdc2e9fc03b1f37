def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def c1(): return dict()
def c2(): return dict(a=1, b=2)
def c3(): return dict({'x': 1}, y=2)
def c4(): return dict([('a', 1), ['b', 2], 'cd'])
def c5(): return dict([(1, 2), (1, 3)])
def c6(): return dict(5)
def c7(): return dict([5])
def c8(): return dict([(1, 2, 3)])
def c9(): return dict([[1]])
def c10(): return dict(1, 2)
def c11(): return dict(((i, i * i) for i in range(4)))
def c12(): return dict({1: 2}.items())
def c13(): return dict(['ab', 'cd', 'abc'])
def c14(): return dict({1: 'a'}, **{'k': 'v'})
def c15(): return dict(zip([1, 2], [3, 4]))
def c16(): return {**{1: 2}, 3: 4, **{1: 5}}
for f in [c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16]:
    check(f)

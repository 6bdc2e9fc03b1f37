def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d = {'a': 1, (1, 2): 3}
def e1(): return d['missing']
def e2(): return d[(1, 3)]
def e3(): return d[[1]]
def e4(): return hash({})
def e5(): return d.get()
def e6(): return d.get(1, 2, 3)
def e7(): return d.pop()
def e8(): return d.clear(1)
def e9(): return d.update(1, 2)
def e10(): return d.update(5)
def e11(): return {} < {}
def e12(): return {} | 1
def e13(): return {}.popitem()
def e14(): return {}.pop([])
def e15(): return {1: 2}.pop([])
def e16(): return {[]: 1}
def e17(): return dict.fromkeys()
def e18(): return dict.fromkeys([[]])
def e19(): return {}.setdefault()
def e20(): return {}.keys(1)
def e21(): return {(): 0}[()]
def e22(): return {1: 2}[2.5]
def e23(): return {}.__getitem__()
def e24(): return d.get(key=1)
for f in [e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24]:
    check(f)
def delmissing():
    x = {1: 2}
    del x[3]
check(delmissing)

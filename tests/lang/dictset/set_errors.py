def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def f1(): return {[1]}
def f2(): return set().add([])
def f3(): return {1}.remove(2)
def f4(): return {1}.remove((2, 3))
def f5(): return {1}.remove([])
def f6(): return set(1)
def f7(): return set(1, 2)
def f8(): return hash(set())
def f9(): return set().add()
def f10(): return set().add(1, 2)
def f11(): return set().clear(1)
def f12(): return {1} | [1]
def f13(): return {1} - 1
def f14(): return set().union(1)
def f15(): return frozenset(1, 2)
def f16(): return [] in {1}
def f17(): return {1}.remove({2})
def f18(): return {frozenset({2})}.remove({2})
def f19(): return set().isdisjoint()
def f20(): return set([1, [2]])
def f21(): return {1}.discard([])
def f22(): return {1}.issubset(5)
def f23(): return frozenset({1}).add(2)
def f24(): return {1}.pop(1)
for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22, f23, f24]:
    check(f)

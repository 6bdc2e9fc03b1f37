# operator, heapq, bisect, string, copy, types
import operator, heapq, bisect, string, copy, types, sys
print(operator.add(2, 3), operator.mul('a', 3), operator.neg(4), operator.not_(0), operator.getitem([1, 2], 1))
print(operator.itemgetter(1)('abc'), operator.itemgetter(0, 2)('abc'), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'))
print(operator.itemgetter(1), operator.contains([1], 1), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'), operator.truth([]))
print(sorted([('b', 2), ('a', 3)], key=operator.itemgetter(1)), operator.lt(1, 2), operator.is_(None, None), operator.index(5))
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data); print(data, heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, [5, 1, 4, 2]), heapq.nlargest(2, ['aa', 'b', 'ccc'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6])), [heapq.heappop(data) for _ in range(len(data))])
a = [1, 2, 4, 4, 7]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 10), bisect.bisect_left(a, 4, 3))
bisect.insort(a, 5); bisect.insort_left(a, 4); print(a, bisect.bisect([(1, 'a'), (3, 'b')], (2,)), bisect.bisect_left([1, 3], 2, key=None))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable), string.capwords('hello   big world'), string.ascii_uppercase[:3])
print(string.Template('$who likes ${what}, $$5').substitute(who='tim', what='kung pao'), string.Template('$a $b').safe_substitute(a=1))
nested = [1, [2, 3], {'k': [4]}]
sh = copy.copy(nested); dp = copy.deepcopy(nested)
nested[1].append(99); nested[2]['k'].append(5)
print(sh, dp, sh[1] is nested[1], dp[1] is nested[1], copy.copy((1, 2)), copy.deepcopy('s'))
class Obj:
    def __init__(self):
        self.items = [1, 2]
o = Obj(); o2 = copy.deepcopy(o); o3 = copy.copy(o)
o.items.append(3)
print(o2.items, o3.items, type(o2).__name__, o2 is o)
cyc = [1]; cyc.append(cyc); cc = copy.deepcopy(cyc); print(cc[1] is cc, cc[0])
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [3]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[3]), type(ns).__name__)
def gen():
    yield 1
print(isinstance(gen(), types.GeneratorType), isinstance(gen, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
print(isinstance(lambda: 0, types.LambdaType), types.NoneType is type(None))

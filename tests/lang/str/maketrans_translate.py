# str.maketrans and str.translate with every kind of table entry
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc'.translate(t))
t2 = str.maketrans('ab', 'AB', 'cd')
print('abcdabcd'.translate(t2), sorted(t2.items()))
t3 = str.maketrans({'a': '1', 'b': None, ord('c'): 'CC', 'é': 'e'})
print('abcé!'.translate(t3), sorted(t3.items()))
print('hello'.translate({ord('l'): 'L', ord('o'): 0x1F600}))
print('héllo'.translate(str.maketrans('é', 'e')), 'abc'.translate({}), 'abc'.translate([]))
class Tbl:
    def __getitem__(self, k):
        if k == ord('x'):
            raise LookupError
        return k + 1
print('abcx'.translate(Tbl()))
cases = [lambda: str.maketrans(1), lambda: str.maketrans({'ab': 1}), lambda: str.maketrans({1.5: 1}),
         lambda: str.maketrans('ab', 'c'), lambda: str.maketrans(1, 2), lambda: str.maketrans('a', 'b', 3),
         lambda: str.maketrans(1, 'a'), lambda: 'a'.translate({97: 1.5}), lambda: 'a'.translate({97: 0x110000}),
         lambda: 'a'.translate({97: -1})]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

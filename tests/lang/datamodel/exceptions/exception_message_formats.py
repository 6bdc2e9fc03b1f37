# Messages of errors raised by builtin methods of containers and conversions, in one table.
cases = [
    ("[1].index(2)", lambda: [1].index(2)), ("(1,).index(2)", lambda: (1,).index(2)),
    ("'ab'.index('z')", lambda: 'ab'.index('z')), ("{1}.remove(2)", lambda: {1}.remove(2)),
    ("{}.pop(1)", lambda: {}.pop(1)), ("[].pop()", lambda: [].pop()), ("int([])", lambda: int([])),
    ("float('1,5')", lambda: float('1,5')), ("ord('')", lambda: ord('')), ("chr(-1)", lambda: chr(-1)),
    ("list(1)", lambda: list(1)), ("dict(1)", lambda: dict(1)), ("set([[]])", lambda: set([[]])),
    ("'%d' % 'a'", lambda: '%d' % 'a'), ("'a' * 'b'", lambda: 'a' * 'b'), ("[] + ()", lambda: [] + ()),
    ("len(5)", lambda: len(5)), ("abs('a')", lambda: abs('a')), ("hash([])", lambda: hash([])),
    ("next(iter([]))", lambda: next(iter([]))), ("range(1)[2]", lambda: range(1)[2]),
    ("'abc'[5]", lambda: 'abc'[5]), ("min([])", lambda: min([])), ("sum(['a'])", lambda: sum(['a'])),
]
for label, f in cases:
    try:
        f()
        print(f'{label:<16} no error')
    except Exception as e:
        print(f'{label:<16} {type(e).__name__}: {e}')

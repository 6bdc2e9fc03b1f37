# isinstance and type() on the basic types.
values = [1, -2 ** 70, 2.5, True, None, 'str', [1], (1,), {'a': 1}, range(3)]
for v in values:
    print(repr(v), type(v), isinstance(v, int), isinstance(v, str), isinstance(v, list))
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, float))
print(isinstance([], (int, list)), isinstance('x', (int, float)), isinstance(3, (str, (float, int))))
print(isinstance(1, bool), isinstance(False, bool), isinstance((), tuple), isinstance({}, dict))
print(type(type(1)), type(int), type(len))
def f():
    pass
print(type(f), type(lambda: 0), type(print))
print(type(1) == int, type(1.0) == float, type('') == str)
print(str(type([])) == "<class 'list'>", type(()) is tuple)
print(type(ValueError('x')), isinstance(ValueError('x'), Exception))
print(int, str, list, tuple, dict, float, bool, type(None))

# len() of every sized builtin, and the message for objects without a length.
print(len(''), len('héllo'), len([1, [2, 3]]), len((1,)), len({1: 2}), len({1, 2, 2}), len(b'ab'))
print(len(range(0, 100, 7)), len(frozenset()), len(bytearray(5)), len({}.keys()), len(range(10, 0)))
print(len([None] * 1000), len(dict.fromkeys(range(50))), len('\U0001f600'), len(str(2**100)))
for x in [5, 2.5, None, True, len, iter([]), (i for i in [])]:
    try:
        len(x)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)

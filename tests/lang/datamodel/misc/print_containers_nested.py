# print() of deeply nested containers mixes repr for contents and str at the top level.
data = {'list': [1, 2.0, 'three', None, True], 'tuple': (('a',), []), 'set': {1, 2}, 'empty': {},
        'nested': {'k': [{'x': (1, [2, {3: 'y'}])}]}, 'bytes': [b'', bytearray(b'z')], 'fs': frozenset()}
print(data)
for k, v in data.items():
    print(k, v, str(v) == repr(v))
print([[]], [()], [{}], [set()], ([],), ((),), {(): []}, [[[[[]]]]])
print('str', ['str'], ('str',), {'str': 'str'}, "'", ["'"], ['"'], ["'\""])

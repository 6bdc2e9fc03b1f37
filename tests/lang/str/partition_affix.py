# partition/rpartition and removeprefix/removesuffix
print('key=value=x'.partition('='), 'key=value=x'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='))
print('α→β→γ'.partition('→'), 'α→β→γ'.rpartition('→'))
print('TestCase'.removeprefix('Test'), 'TestCase'.removesuffix('Case'), 'abc'.removeprefix('x'), 'abc'.removeprefix(''))
print('héllo'.removeprefix('hé'), 'file.tar.gz'.removesuffix('.gz'), 'aa'.removesuffix('aaa'))
for f in [lambda: 'a'.partition(''), lambda: 'a'.rpartition(1), lambda: 'a'.removeprefix(1), lambda: 'a'.removesuffix(None)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Absurd sizes raise MemoryError or OverflowError instead of crashing.
for make in [lambda: 'a' * (2 ** 62), lambda: [0] * (2 ** 62), lambda: 'ab' * (2 ** 63), lambda: [None, None] * (2 ** 63)]:
    try:
        make()
        print('no error?')
    except MemoryError:
        print('MemoryError')
    except OverflowError as e:
        print('OverflowError:', e)
print('still alive', len('a' * 10))

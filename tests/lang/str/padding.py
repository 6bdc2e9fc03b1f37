# center/ljust/rjust/zfill/expandtabs
print(repr('ab'.center(7)), repr('ab'.center(6, '*')), repr('abc'.center(6, '-')), repr('abc'.center(2)))
print(repr('a'.center(4)), repr('ab'.center(5)), repr('abc'.center(8, 'é')))
print(repr('x'.ljust(4, '.')), repr('x'.rjust(4, '.')), repr('héllo'.ljust(8, '→')), repr('日本'.rjust(5)))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(2), ''.zfill(3), '-'.zfill(3), 'é'.zfill(3))
print(repr('a\tb\tc'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('ab\tc\nd\te'.expandtabs(3)))
print(repr('\tx'.expandtabs(0)), repr('é\tx'.expandtabs(tabsize=4)), repr('a\r\tb'.expandtabs(4)))
for args in [('x',), (5, 'ab'), (5, 1)]:
    try:
        'a'.center(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    'a'.zfill('x')
except TypeError as e:
    print(type(e).__name__, e)

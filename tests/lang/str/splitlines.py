# splitlines with every line boundary and keepends
s = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x85eight\u2028nine\u2029ten'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True)[:3])
print(''.splitlines(), '\n'.splitlines(), 'a\n\nb\n'.splitlines(), 'a\n\nb\n'.splitlines(1))
print('no newline'.splitlines())
try:
    'a'.splitlines('x')
except TypeError as e:
    print(type(e).__name__, e)

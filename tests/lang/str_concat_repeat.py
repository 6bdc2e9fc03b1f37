# String concatenation and repetition.
a = 'spam'
b = "eggs"
print(a + b, a + ' ' + b, a * 3, 3 * b, a * 0, a * -2, '' * 5)
print('ab' * 1, ('x' + 'y') * 2, 'x' + 'y' * 2)
s = ''
for i in range(5):
    s = s + str(i)
print(s)
s += '!'
s *= 2
print(s)
print('a' 'b' 'c', 'tw' 'o')
print('-' * 20)
line = '=' * 3 + '>' + ' ' * 2 + '<' + '=' * 3
print(line, len(line))
parts = ['x'] * 4
print(parts, '+'.join(parts))
print('multi' + '\n' + 'line')
print("quote's" + ' and "double"')

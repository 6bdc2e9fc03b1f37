# endswith, count and index, the siblings of startswith and find.
s = 'the cat sat on the mat'
print(s.endswith('mat'), s.endswith('at '), s.endswith(''), 'file.txt'.endswith('.txt'))
print(s.count('at'), s.count('the'), s.count('z'), 'aaaa'.count('aa'), 'abc'.count(''))
print(s.index('sat'), s.index('t'), s.index('t', 2))
try:
    s.index('dog')
except ValueError as e:
    print('ValueError:', e)
print((1, 2, 1).count(1), (5, 6, 7).index(7))

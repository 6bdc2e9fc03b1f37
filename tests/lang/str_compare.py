# String comparison is lexicographic by code point.
print('a' < 'b', 'a' < 'B', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc')
print('' < 'a', 'a' == 'a', 'a' != 'A', 'b' > 'abc', 'abc' >= 'abc')
print('10' < '9', '100' < '2', 'apple' < 'banana' < 'cherry')
words = ['pear', 'Apple', 'fig', 'apple', 'banana']
best = words[0]
for w in words:
    if w < best:
        best = w
print(best, min(words), max(words))
print('a' * 3 == 'aaa', 'x' + 'y' == 'xy', 'abc' == 'ABC')
print('é' > 'z', 'a' < 'é')
print(['a', 'b'] < ['a', 'c'], ('b',) > ('a', 'z'))

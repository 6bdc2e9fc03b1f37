# max/min over strings, tuples, mixed lengths and keys returning tuples.
words = ['pear', 'Apple', 'fig', 'banana', 'Cherry']
print(max(words), min(words), max(words, key=len), min(words, key=str.lower), max(words, key=lambda w: (len(w), w)))
print(max('hello'), min('hello'), max(('b', 2), ('b', 1)), min([(1, 'z'), (1, 'a')]), max([], default='none'))
print(max([[1, 2], [1, 2, 0]]), min(['', 'a']), max(b'AZ', b'B'), max(x for x in 'xyz'))

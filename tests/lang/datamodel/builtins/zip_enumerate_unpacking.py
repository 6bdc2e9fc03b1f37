# zip/enumerate in unpacking loops, dict building, transposition and unzipping.
names = ['ann', 'bob', 'cy']
ages = [31, 25, 40]
cities = ('oslo', 'rome')
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n, a)
print(dict(zip(names, ages)), list(zip(names, ages, cities)), list(enumerate(zip('ab', 'cd'))))
pairs = list(zip(names, ages))
unz_names, unz_ages = zip(*pairs)
print(unz_names, unz_ages, list(zip(*[[1, 2, 3], [4, 5, 6], [7, 8, 9]])))
people = sorted(zip(ages, names), reverse=True)
print(people, [n for _, n in people], max(zip(ages, names))[1])
print(list(zip(range(3), range(10, 13), range(20, 23))), list(zip('abc', range(100))))

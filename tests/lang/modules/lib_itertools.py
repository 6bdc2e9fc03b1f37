# itertools: count, cycle, repeat, chain, islice, product, permutations, combinations, accumulate, groupby, ...
from itertools import (count, cycle, repeat, chain, islice, product, permutations, combinations,
                       combinations_with_replacement, accumulate, groupby, zip_longest, starmap,
                       takewhile, dropwhile, filterfalse, compress, pairwise, tee)
import operator
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(islice(cycle('abc'), 7)), list(cycle([])), list(repeat('x', 3)), list(islice(repeat(1), 2)))
print(list(chain([1, 2], 'ab', (3,))), list(chain.from_iterable(['xy', [1, 2]])), list(chain()))
print(list(islice(range(10), 2, 8, 3)), list(islice('abcdefg', None, 4)), list(islice(range(5), 3, None)), list(islice(range(5), 10)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(product('ab', [1, 2])), list(product([0, 1], repeat=2)), list(product()))
print(list(permutations('abc')), list(permutations(range(4), 2))[:5], list(permutations([1, 2], 3)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('abc', 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul, initial=10)), list(accumulate([])))
print([(k, list(g)) for k, g in groupby('aaabccdd')], [(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)])
groups = groupby('aabb')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(zip_longest('abc', [1], fillvalue='-')), list(zip_longest()), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(dropwhile(lambda v: v < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda v: v % 2, range(6))), list(compress('abcdef', [1, 0, 1, 0, 1])), list(pairwise('abcd')))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
for bad in [lambda: islice(range(3), -1), lambda: islice(range(3), 0, 2, 0), lambda: islice(range(3), 'a')]:
    try:
        bad()
    except ValueError as e:
        print(e)

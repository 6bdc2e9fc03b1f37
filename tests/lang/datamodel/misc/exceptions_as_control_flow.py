# EAFP style: using KeyError/IndexError/ValueError for control flow in small functions.
def get_nested(d, *keys, default=None):
    try:
        for k in keys:
            d = d[k]
        return d
    except (KeyError, IndexError, TypeError):
        return default
data = {'a': [1, {'b': 'found'}], 'n': None}
print(get_nested(data, 'a', 1, 'b'), get_nested(data, 'a', 5), get_nested(data, 'n', 'x'), get_nested(data, 'q', default=0))
def to_number(s):
    for conv in (int, float):
        try:
            return conv(s)
        except ValueError:
            pass
    return s
print([to_number(s) for s in ['3', '3.5', '1e3', 'x', '-0', ' 7 ']])
def first_index(seq, item):
    try:
        return seq.index(item)
    except ValueError:
        return -1
print(first_index([1, 2, 3], 2), first_index('abc', 'z'), first_index((1,), 1))

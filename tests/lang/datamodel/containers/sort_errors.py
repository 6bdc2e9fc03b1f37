# Sorting errors: incomparable items, bad key functions, bad arguments.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: sorted([1, 'a']))
show(lambda: sorted(['a', 1]))
show(lambda: sorted([None, None]))
show(lambda: sorted([[1], (1,)]))
show(lambda: sorted([1, 2], key=lambda x: 'a' if x == 1 else 2))
show(lambda: sorted([1, 2], key=len))
show(lambda: sorted([3, 1], reverse=None))
show(lambda: sorted())
show(lambda: sorted([1], [2]))
show(lambda: sorted(5))
show(lambda: [2, 1].sort(reverse=True, key=None))
show(lambda: sorted([{1}, {2}]))
show(lambda: sorted([{'a': 1}, {'b': 2}]))
show(lambda: sorted([1, 2], key=lambda x: -x))
show(lambda: sorted([1, 2], cmp=None))

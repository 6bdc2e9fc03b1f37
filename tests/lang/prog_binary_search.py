# Binary search, iterative and recursive, with insertion points.
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
def bsearch_rec(a, x, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    if a[mid] < x:
        return bsearch_rec(a, x, mid + 1, hi)
    return bsearch_rec(a, x, lo, mid - 1)
def insertion_point(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = [i * 3 for i in range(40)]
for x in [0, 3, 57, 117, 1, 200, -5]:
    print(x, bsearch(data, x), bsearch_rec(data, x, 0, len(data) - 1), insertion_point(data, x))
print(bsearch([], 1), insertion_point([], 1))
words = sorted([5, 1, 9, 3, 7])
print(words, bsearch(words, 7))

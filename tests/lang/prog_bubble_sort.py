# Bubble, insertion and selection sort agree with sorted().
def bubble(a):
    a = a[:]
    n = len(a)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return a, swaps
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def selection(a):
    a = a[:]
    for i in range(len(a)):
        m = i
        for j in range(i + 1, len(a)):
            if a[j] < a[m]:
                m = j
        a[i], a[m] = a[m], a[i]
    return a
seed = 12345
data = []
for i in range(30):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 100 - 50)
print(data)
b, swaps = bubble(data)
print(b, swaps)
print(insertion(data) == b, selection(data) == b, sorted(data) == b)
print(bubble([]), bubble([1]), insertion([2, 1]), selection([3, 3, 1]))

# array: comparison (also across type codes), concatenation and repetition
from array import array
a, b = array('i', [1, 2, 3]), array('i', [1, 2, 4])
print(a == a, a == b, a != b, a < b, a <= b, a > b, a >= b)
print(array('i', [1, 2]) < array('i', [1, 2, 0]), array('i', [2]) > array('i', [1, 9]))
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('b', [3, 1]) < array('B', [3, 2]))
print(array('i') == array('d'), array('i', [1]) == [1], array('i', [1]) != (1,))
print(array('d', [float('nan')]) == array('d', [float('nan')]))
print(array('u', 'ab') < array('u', 'b'), array('u', 'ab') == array('u', 'ab'))
print(a + b, a + array('i'), array('i') + array('i'))
print(a * 2, 2 * a, a * 0, a * -1, array('d', [0.5]) * 3)
c = a
c += b
print(c is a, a)
c *= 2
print(c is a, len(a))
print(sorted([array('i', [2]), array('i', [1, 5]), array('i', [1])]))

# Seed 15 (the array module) with array.__sizeof__ in place of sys.getsizeof, which is another helper's
# (issue 8); the seed itself passes once sys.getsizeof asks types for their size.
from array import array

numbers = array('i', range(1000000))
as_list = list(range(1000000))
print(len(numbers), numbers[10], numbers[-1], numbers.itemsize)
print('array smaller than list:', numbers.__sizeof__() < 8 * len(as_list))
floats = array('d', [1.5, 2.5])
floats.append(3.0)
print(floats.tolist(), sum(floats))
print(array('b', [1, 2, 3]))
try:
    array('b', [1000])
except OverflowError as e:
    print('OverflowError:', e)

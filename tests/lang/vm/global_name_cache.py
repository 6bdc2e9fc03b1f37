# Global and builtin names read and written many times from the same code, while the
# dicts behind them change: the VM's per-name caches must never return a stale value.
import sys

def read_len():
    return len('abc')

results = []
for i in range(4):
    results.append(read_len())
    if i == 1:
        len = lambda s: 'shadowed'        # a module global now hides the builtin
        globals()['len'] = len
print(results)
del len
print(read_len())

counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
del counter
try:
    bump()
except NameError as e:
    print('NameError:', e)
counter = 10
bump()
print(counter)

# module level: names stored and loaded in a loop, the dict resized meanwhile
total = 0
for i in range(50):
    total += i
    globals()['g%d' % i] = i        # forces resizes of the globals dict
print(total, g49, len([k for k in globals() if k.startswith('g') and k[1:].isdigit()]))
for i in range(50):
    del globals()['g%d' % i]

# a builtin replaced in the builtins module itself
import builtins
def use_abs():
    return abs(-3)
print(use_abs())
saved = builtins.abs
builtins.abs = lambda x: 'patched'
print(use_abs())
builtins.abs = saved
print(use_abs())

# floats: temporaries reused in place must not change values someone else holds
x = 1.5
y = x
for _ in range(3):
    x = x * 2.0 + 1
print(x, y, (y + 1) * 3, y)
a = [0.5, 1.5]
s = 0.0
for v in a:
    s += v * v
print(s, a, 4.0 / (1.0 + 0.25), 7 / 2, 1 + 2.5, 2.5 - 1, 3 * 0.5)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(2 ** 62 * 1.0, -(2 ** 62) + 0.5, 9007199254740993 * 1.0)
print(sys.getrefcount(y) == sys.getrefcount(y))

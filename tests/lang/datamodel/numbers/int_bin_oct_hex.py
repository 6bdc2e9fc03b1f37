# bin, oct, hex of small, negative and huge ints, and their round trips.
for n in [0, 1, -1, 7, 8, 255, -256, 2**31, -2**63, 2**100 + 5, -(3**50)]:
    print(n, bin(n), oct(n), hex(n))
    assert int(bin(n), 0) == n and int(oct(n), 0) == n and int(hex(n), 0) == n
print(bin(True), hex(False), oct(True))
print(hex(0xDEADBEEF), hex(-0xdeadbeef))
for bad in [1.5, '3', None]:
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    bin(2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    oct([])
except TypeError as e:
    print(type(e).__name__, e)

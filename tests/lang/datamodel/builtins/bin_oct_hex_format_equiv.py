# bin/oct/hex agree with format() '#b' '#o' '#x' and with %-formatting.
for n in [0, 1, 10, -10, 255, 2**70, -(2**70)]:
    print(bin(n) == format(n, '#b'), oct(n) == format(n, '#o'), hex(n) == format(n, '#x'),
          hex(n) == '%#x' % n, oct(n) == '%#o' % n, format(n, 'b'), '%x' % n, '%o' % n)
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()), list(range(50))[Idx()])

# float.is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag.
for x in [0.0, -0.0, 1.0, 1.5, -2.0, 1e20, 0.1, 2.0**-30, 123.0, 1e-300]:
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.hex(), x.real, x.imag,
          x.conjugate())
for s in ['0x1.8p1', '0x1p-2', '-0x1.fffffffffffffp+1023', '0x0p0', '0xA', '1p4']:
    print(s, float.fromhex(s))
for bad in [float('inf'), float('nan')]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float.fromhex((3.14).hex()) == 3.14)
n, d = (0.1).as_integer_ratio()
print(n / d == 0.1, d.bit_length())

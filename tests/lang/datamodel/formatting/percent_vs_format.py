# %-formatting and format() agree on the common conversions for many values.
vals = [0, 1, -1, 255, 2**33, 3.5, -2.25, 1e-7, 123456.789]
for v in vals:
    print(repr(v), '%d|%5d|%-5d|%05d' % (v, v, v, v), '%.3f|%10.2e|%g' % (v, v, v),
          '%x' % int(v), format(v, '.3f') == '%.3f' % v, format(v, 'g') == '%g' % v)

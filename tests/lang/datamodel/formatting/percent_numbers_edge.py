# %-formatting of big ints, negative zero, inf/nan, bools and int/float conversions.
print('%d %i %x %o' % (2**100, -2**65, 2**64, 2**64), '%d' % -0.0, '%f' % -0.0, '%.0f' % 0.5, '%.0f' % 1.5)
print('%f %e %g' % (float('inf'), float('-inf'), float('nan')), '%5.1f|%-8g|' % (float('nan'), float('inf')))
print('%s %d %r %f' % (True, True, False, True), '%x' % True, '%c' % True, '%.3s' % True)
print('%d' % 3.99, '%d' % -3.99, '%x' % 255, '%e' % 10**20, '%g' % 2**70, '%.2f' % (1 / 3))

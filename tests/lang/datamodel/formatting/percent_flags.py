# %-formatting flags, widths, precisions and * for both.
for fmt in ['%5d|', '%-5d|', '%05d|', '%+d|', '% d|', '%+05d|', '%-+6d|', '% 5d|', '%.3d|', '%8.4d|']:
    print(fmt, fmt % 42, fmt % -42)
for fmt in ['%8.2f|', '%-8.2f|', '%08.2f|', '%+.1f|', '% .0f|', '%#.0f|', '%.0e|', '%#.3g|', '%10.3g|']:
    print(fmt, fmt % 3.14159, fmt % -0.5)
for fmt in ['%10s|', '%-10s|', '%.2s|', '%5.1s|', '%-3r|', '%#x|', '%#o|', '%#X|', '%-#8x|', '%#08x|']:
    print(fmt, fmt % 'ab' if 's' in fmt or 'r' in fmt else fmt % 255)
print('%*d|%-*d|%.*f|%*.*f|' % (6, 1, 4, 2, 3, 3.14159, 9, 2, 2.71828))
print('%*s|' % (-6, 'neg'), '%c|%5c|%-3c|' % ('a', 'b', 99))

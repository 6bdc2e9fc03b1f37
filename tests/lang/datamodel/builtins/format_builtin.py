# format() builtin: default spec, every type, and errors; format(x) == str(x).
for v in [42, -3.5, 'txt', True, None, [1], 1e100, 10**25]:
    print(repr(format(v)), format(v) == str(v), repr(format(v, '')))
print(format(255, 'x'), format(255, '#X'), format(255, '08b'), format(3.14159, '.3f'), format('a', '>4'))
print(format(1234567.891, ',.2f'), format(0.25, '%'), format(-7, '+d'), format(True, 'd'), format(True, ''))
print(format(12, 'c'), format(65, 'c'), format(1e-5, 'g'), format(123456789, 'e'), format(2**70, ','))
print(format(5, '03'), format(-5, '03'), format(5.0, '07.2f'))
for v, spec in [(1.5, 'd'), ('s', 'd'), (5, 's'), ([], 'x'), (1, 'z'), (None, 'd'), ('x', ',')]:
    try:
        print(format(v, spec))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

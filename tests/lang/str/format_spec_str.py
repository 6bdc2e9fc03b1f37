# the format-spec mini-language for str and numbers through format() and str.format
for spec in ['', '10', '<10', '>10', '^10', '*^11', 'é>6', '.2', '10.3', '010', '^07', '0<5', 's', '>8s']:
    print(repr(spec), repr(format('héllo', spec)))
for spec in ['', 'd', '5d', '<5', '^7', '+d', ' d', '05d', '08,d', '_d', ',', 'x', '#x', '#X', 'o', '#o', 'b', '#b', '_b', 'c', 'e', '.2f', '%', 'n', '=+8']:
    print(repr(spec), repr(format(1234, spec)), repr(format(-42, spec)) if spec != 'c' else '')
for spec in ['', '.3f', '10.2e', '+.1%', 'g', '.10g', '012.3f', ',.2f', '_.1f', '^12.2f', 'z.1f', '#.0f', 'E', 'G']:
    print(repr(spec), repr(format(-1234.5678, spec)), repr(format(0.000012345, spec)))
print(format(True, ''), format(True, 'd'), format(None, ''), format([1, 2], ''), '{:>6}'.format(True))

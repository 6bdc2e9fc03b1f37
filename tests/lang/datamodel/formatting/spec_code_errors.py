# Unknown format codes and separators print as CPython does ('\x20' for unprintable codes).
for s in [',y', ',é', ',\x01']:
    try: format(1, s)
    except Exception as e: print(e)
print(format(10,'X'), 'a', format(255, '#X'), 'abc'.upper())
for s in ['é', ' ', 'xé']:
    try: format('s', s)
    except Exception as e: print(e)

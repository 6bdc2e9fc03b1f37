# bytes.decode validates UTF-8 sequence by sequence, like CPython's decoder
samples = [b'plain', b'\xc3\xa9', b'\xe6\x97\xa5\xe6\x9c\xac', b'\xf0\x9f\x98\x80', b'\xc3', b'\xc3(', b'\xe6\x97',
           b'\xe6\x97x', b'\xe0\x9f\x80', b'\xed\x9f\xbf', b'\xed\xa0\x80', b'\xef\xbf\xbf', b'\xf0\x8f\xbf\xbf',
           b'\xf4\x8f\xbf\xbf', b'\xf4\x90\x80\x80', b'\xf5\x80', b'\xc1\xbf', b'\x80abc', b'ab\xbf', b'\xfe\xff',
           b'good\xc3\xa9bad\xff', b'\xf0\x9f\x98']
for s in samples:
    try:
        r = s.decode()
        print(repr(r), len(r))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e)
    print('  replace:', repr(s.decode('utf-8', 'replace')), 'ignore:', repr(s.decode('utf-8', 'ignore')))

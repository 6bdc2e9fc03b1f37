# str.encode / bytes.decode with utf-8, ascii, latin-1 and error handlers
s = 'héllo wörld 日本 😀'
b = s.encode()
print(b, len(b), b.decode() == s, s.encode('utf-8') == s.encode('UTF8') == s.encode('utf_8'))
print('café'.encode('latin-1'), 'café'.encode('iso-8859-1'), b'caf\xe9'.decode('latin-1'), b'\xff\x80'.decode('latin1'))
print('abc'.encode('ascii'), 'héllo'.encode('ascii', 'ignore'), 'héllo'.encode('ascii', 'replace'))
print('h€llo'.encode('ascii', 'backslashreplace'), 'h€😀'.encode('latin-1', 'xmlcharrefreplace'))
print(b'h\xe9llo'.decode('utf-8', 'replace'), b'h\xe9llo'.decode('utf-8', 'ignore'), b'h\xe9llo'.decode('ascii', 'replace'))
print(b'h\xe9llo'.decode('utf-8', 'backslashreplace'), b'\xe4\xb8x'.decode('utf-8', 'replace'))
print(b'\xf0\x9f\x98\x80'.decode(), b'\xf0\x9f\x98'.decode('utf-8', 'replace'), str(b'abc', 'ascii'), str(b'\xc3\xa9', encoding='utf-8'))
print(s.encode(encoding='utf-8', errors='strict') == b, bytes(s, 'utf-8') == b, bytearray('é', 'utf-8'))

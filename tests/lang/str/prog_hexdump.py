# a hex dump of bytes: slicing, hex(), join, printable filtering with bytes methods
data = 'Grüße, 世界! \x00\x01\x7f'.encode('utf-8') + bytes(range(240, 256))
for off in range(0, len(data), 16):
    chunk = data[off:off + 16]
    hexpart = ' '.join('%02x' % b for b in chunk)
    text = ''.join(chr(b) if 32 <= b < 127 else '.' for b in chunk)
    print('%08x  %-47s  |%s|' % (off, hexpart, text))
print(len(data), data.count(b'\xc3'), data.find(b'!'), data[:6].decode(), data.hex(' ', 8)[:40])
ba = bytearray(data)
ba[0:1] = b'g'
del ba[-16:]
print(ba.decode('utf-8', 'replace'), bytes(ba).isascii(), ba.upper()[:5])

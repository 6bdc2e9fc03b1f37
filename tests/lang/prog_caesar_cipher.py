# A Caesar cipher using str.find on an alphabet string.
LOWER = 'abcdefghijklmnopqrstuvwxyz'
UPPER = LOWER.upper()
def shift_char(c, k):
    i = LOWER.find(c)
    if i >= 0:
        return LOWER[(i + k) % 26]
    i = UPPER.find(c)
    if i >= 0:
        return UPPER[(i + k) % 26]
    return c
def caesar(text, k):
    return ''.join([shift_char(c, k) for c in text])
msg = 'Hello, World! Attack at dawn.'
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 13), caesar(caesar(msg, 13), 13) == msg)
for k in [0, 1, 25, 26, -1, 52]:
    print(k, caesar('xyz ABC', k))
counts = {}
for c in enc.lower():
    if c in LOWER:
        counts[c] = counts.get(c, 0) + 1
print(counts)

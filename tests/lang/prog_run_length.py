# Run-length encoding and decoding of strings.
def encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append((s[i], j - i))
        i = j
    return out
def decode(pairs):
    return ''.join([c * n for c, n in pairs])
def to_text(pairs):
    return ''.join([str(n) + c for c, n in pairs])
for s in ['aaabccdddd', 'abc', '', 'zzzzzzzzzzzz', 'aabbaa']:
    e = encode(s)
    print(repr(s), e, to_text(e), decode(e) == s)
print(encode('x' * 1000)[0])

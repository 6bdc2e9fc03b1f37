# caesar cipher and rot13 with maketrans/translate, plus a char histogram
import_letters = 'abcdefghijklmnopqrstuvwxyz'
def caesar(text, k):
    lo = import_letters
    up = lo.upper()
    table = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return text.translate(table)
msg = 'Hello, Wörld! The quick brown fox jumps over the lazy dog.'
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, 23) == msg, caesar(msg, 13), caesar(caesar(msg, 13), 13) == msg)
hist = {}
for ch in msg.lower():
    if ch.isalpha():
        hist[ch] = hist.get(ch, 0) + 1
for ch in sorted(hist, key=lambda c: (-hist[c], c))[:6]:
    print(ch, hist[ch], '#' * hist[ch])
print(''.join(sorted(set(msg.lower()) - set(' ,.!'))))

# indexing a long non-ASCII string stays fast (linear loops over s[i])
s = ('αβγδε' * 2000) + 'end' + ('日本' * 3000)
n = len(s)
total = 0
for i in range(n):
    if s[i] == 'γ':
        total += 1
print(n, total, s[10003], s[-1], s[n // 2])
count = 0
for i in range(0, n, 7):
    count += len(s[i:i + 3])
print(count)
print(sum(1 for c in s if c == '本'), s.find('end'), s.rfind('α'), s.count('日本'))
words = ' '.join(['héllo'] * 5000)
print(len(words.split()), words.index('héllo', 29990), words[29994:30000])

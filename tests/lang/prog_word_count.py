# A word counter with a dict, printed in first-seen order and by frequency.
text = '''the quick brown fox jumps over the lazy dog
The dog barks and the fox runs away
a quick brown dog is not a lazy dog'''
counts = {}
for line in text.split('\n'):
    for word in line.lower().split():
        counts[word] = counts.get(word, 0) + 1
print(counts)
print(len(counts), sum(counts.values()))
best = ''
for w in counts:
    if best == '' or counts[w] > counts[best]:
        best = w
print('most common:', best, counts[best])
by_count = {}
for w, c in counts.items():
    if c not in by_count:
        by_count[c] = []
    by_count[c].append(w)
for c in sorted(list(by_count.keys())):
    print(c, by_count[c])
lengths = {}
for w in counts:
    n = len(w)
    lengths[n] = lengths.get(n, 0) + 1
print(lengths)

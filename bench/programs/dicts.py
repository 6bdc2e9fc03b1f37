# Counting words in a dict.
words = ["w" + str(i % 5000) for i in range(400000)]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(len(counts), counts["w42"], max(counts.values()))

# word frequency: split, lower, strip punctuation, count, sort, format a report
text = """It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness... Straße, STRASSE and straße: Ünïcödé words count too!
"Quoted" words -- and (parenthesised) ones -- are stripped: naïve, NAÏVE, Naïve."""
counts = {}
for raw in text.split():
    word = raw.strip('.,;:!?"()-').casefold()
    if not word:
        continue
    counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print('%-12s %5s' % ('word', 'count'))
print('-' * 18)
for word, n in ranked[:12]:
    print('%-12s %5d %s' % (word, n, '*' * n))
print('distinct: {}, total: {}'.format(len(counts), sum(counts.values())))
longest = max(counts, key=lambda w: (len(w), w))
print(f'longest: {longest!r} ({len(longest)} chars)', longest.upper(), longest.title())

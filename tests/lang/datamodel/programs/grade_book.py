# A grade book: statistics with sorting and rounding, and an f-string table.
class Student:
    def __init__(self, name, scores):
        self.name = name
        self.scores = scores
    @property
    def average(self):
        return sum(self.scores) / len(self.scores) if self.scores else 0.0
    @property
    def letter(self):
        avg = self.average
        for cutoff, letter in ((90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')):
            if avg >= cutoff:
                return letter
        return 'F'
def median(values):
    s = sorted(values)
    n = len(s)
    if n == 0:
        raise ValueError('median of empty data')
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2
def stdev(values):
    m = sum(values) / len(values)
    return (sum((v - m) ** 2 for v in values) / (len(values) - 1)) ** 0.5
book = [Student('Ann', [92, 88, 95, 100]), Student('Bob', [75, 64, 80]), Student('Cy', [58, 62, 49, 70]),
        Student('Di', [85, 85, 85, 86]), Student('Ed', []), Student('Flo', [99.5, 89.5, 79.5])]
print(f"{'Name':<6}|{'N':>3}|{'Avg':>7}|{'Med':>6}|{'Best':>5}|Grade")
print('-' * 36)
for s in sorted(book, key=lambda s: (-s.average, s.name)):
    med = f'{median(s.scores):6.1f}' if s.scores else f"{'-':>6}"
    best = max(s.scores, default=0)
    print(f'{s.name:<6}|{len(s.scores):>3}|{s.average:>7.2f}|{med}|{best:>5}|{s.letter:^5}')
all_scores = [x for s in book for x in s.scores]
print(f'count={len(all_scores)} mean={sum(all_scores) / len(all_scores):.3f} '
      f'median={median(all_scores)} stdev={stdev(all_scores):.4f}')
dist = {}
for s in book:
    dist[s.letter] = dist.get(s.letter, 0) + 1
print(dict(sorted(dist.items())), [f'{k}:{"#" * v}' for k, v in sorted(dist.items())])
print(round(2.5), round(3.5), round(sum(all_scores) / len(all_scores), 1), f'{77.25:.1f}', f'{77.35:.1f}')
try:
    median([])
except ValueError as e:
    print(type(e).__name__, e)

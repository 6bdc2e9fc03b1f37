# Spell numbers in English words.
ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
        'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen',
        'seventeen', 'eighteen', 'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
def words(n):
    if n < 0:
        return 'minus ' + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ('' if n % 10 == 0 else '-' + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + ' hundred' + ('' if rest == 0 else ' and ' + words(rest))
    for size, name in [(10 ** 9, 'billion'), (10 ** 6, 'million'), (1000, 'thousand')]:
        if n >= size:
            rest = n % size
            return words(n // size) + ' ' + name + ('' if rest == 0 else ' ' + words(rest))
for n in [0, 7, 13, 20, 42, 99, 100, 101, 342, 1000, 1001, 90210, 1000000, 123456789, -15]:
    print(n, words(n))
total = 0
for i in range(1, 1001):
    w = words(i)
    total += len(w.replace(' ', '').replace('-', ''))
print(total)

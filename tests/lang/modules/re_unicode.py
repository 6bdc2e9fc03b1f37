# re: str subjects with non-ASCII text: spans are code point indices.
import re

s = 'naïve café — 日本語 and emoji 😀!'
m = re.search(r'caf(é)', s)
print(m, m.span(), m.span(1), m.start(), s[m.start():m.end()])
print([(m.group(), m.span()) for m in re.finditer(r'\w+', s)])
print(re.findall(r'[^\x00-\x7f]', s), re.findall('.', '😀a'), len(re.findall('.', s)))
print(re.search('😀', s).span(), re.search('日本', s).span(), re.search(r'\W+', s[6:]).span())
print(re.sub('é', 'E', s), re.sub(r'(\w+)', r'<\1>', 'ça va'), re.split(r'\s+', s))
print(re.sub('', '|', 'é😀'), re.split('', 'aé'), re.findall('', '日本'))
p = re.compile(r'\w')
print(p.findall('日本語abc', 1, 4), p.search('éé', 1), p.match('ééé', 2).span())
print(re.match('(.)(.)', '日本').groups(), re.fullmatch('.{3}', '日本語'), re.fullmatch('.{3}', '日本'))
print(re.search(r'\u65e5', s), re.search('[\u3040-\u30ff\u4e00-\u9fff]+', s), re.search(r'\U0001F600', s).start())
print(re.findall('[é-ë]', 'aéêëì'), re.search(r'(?<=é)\w', 'éx').span())
long = 'é' * 100 + 'x' + 'ü' * 100 + 'yz'
print([m.span() for m in re.finditer('[xyz]', long)], re.search('ü+', long).span(), re.sub('ü', '', long)[-5:])
print(re.search('É', 'aé', re.I).span(), re.findall('Σ', 'σςΣ', re.I), re.findall(r'[α-ω]+', 'ΑΒΓ αβγ', re.I))
print(re.escape('日本.語'), re.findall(re.escape('a.日'), 'a.日a日'))
print(re.match('\\N', 'x') if False else 'skip', re.findall(r'\w', 'ǅ①'), re.findall(r'\d', '①'))

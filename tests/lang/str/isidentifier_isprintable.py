# isidentifier and isprintable on Unicode identifiers and control/format characters
for s in ['x', '_', '_1', '1x', 'ñandú', 'Δx', '日本', 'x-y', '', 'a b', 'ℕ', '℘', 'x·y', '·x', 'x\u0301', '😀', 'ǅ', 'Ⅻ', 'a١', '١a']:
    print(repr(s), s.isidentifier())
for s in ['abc', '', ' ', '\t', '\x7f', '\xa0', '\xad', 'é', '\u200b', '\u2028', '\ufeff', '\U000e0001', '\ue000', '日', '😀', '\u0378']:
    print(ascii(s), s.isprintable())

# repr of str follows Unicode printability; ascii() escapes everything non-ASCII
tests = ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\nhere', 'cr\r', 'nul\x00',
         'bell\x07', 'del\x7f', '\x80\x9f', 'nbsp\xa0', 'soft\xad', 'é ß ñ', 'Ω≈ç√', '日本語', '😀🎉',
         '\u200b\u200e', '\u2028\u2029', '\ufeff', '\ue000', '\U000f0000', '\u0378', '\u3000', 'e\u0301',
         '\U0001d400', '\ud800', '\\backslash', '\x1b[0m']
for t in tests:
    print(repr(t), ascii(t), len(repr(t)))
print(repr(['é', 'x\n']), str(('日',)))

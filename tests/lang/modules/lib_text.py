# textwrap (wrap, fill, shorten, dedent, indent) and pprint (pprint, pformat: CPython's layout)
import textwrap, pprint
text = ('The quick brown fox jumps over the lazy dog. A well-known pangram, used-to test '
        'type faces and keyboards; it contains every letter of the English alphabet at least once.')
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, width=25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('short'), textwrap.wrap(''), textwrap.wrap('a  b\tc\nd', 3), textwrap.wrap('supercalifragilistic', 6))
print(textwrap.shorten(text, 40), textwrap.shorten('Hello  world!', width=12), textwrap.wrap(text, 20, max_lines=2))
print(repr(textwrap.dedent('''
    def f():
        return 1
      x
''')), repr(textwrap.dedent('  a\n\n  b\n   ')), repr(textwrap.dedent('\ta\n\tb')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\nb', '+', lambda line: True)))
data = {'name': 'pith', 'numbers': list(range(30)), 'nested': {'a': [1, 2, {'deep': ('x', 'y')}], 'b': None},
        'long': 'word ' * 30, 'set': {3, 1, 2}, 'tup': tuple(range(25)), 'empty': [], 'z': {}}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(list(range(50)), compact=True)
pprint.pprint({'b': 1, 'a': 2, 'c': [1, 2]}, sort_dicts=False)
print(pprint.pformat([[1, 2, 3], [4, 5, 6]] * 5, width=30))
pprint.pprint([{'id': i, 'label': 'item %d' % i, 'tags': ['t%d' % j for j in range(i)]} for i in range(5)])
pprint.pprint('short'), pprint.pprint([1, 'two', 3.0, None, True])
pprint.pprint({'key%d' % i: 'value ' * i for i in range(8)}, depth=1)
pprint.pprint([[[[1]]]], depth=2)
print(pprint.pformat({'x': b'bytes' * 20}))

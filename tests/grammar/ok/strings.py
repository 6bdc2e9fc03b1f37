# String literals, escapes, prefixes, f-strings.
s = 'single'
s = "double"
s = '''triple
single'''
s = """triple
double"""
s = r'raw\n'
s = R"raw\d"
s = b'bytes\x00\xff'
s = rb'raw bytes\n'
s = Br"raw bytes"
s = u'unicode'
s = U"unicode"
s = 'escapes: \\ \' \" \a \b \f \n \r \t \v \0 \12 \123 \x41 \u00e9 \U0001F600'
s = b'escapes: \\ \' \" \a \b \f \n \r \t \v \0 \12 \123 \x41 \u00e9'
s = 'unknown \d escape'
s = 'line \
continuation'
s = 'adjacent' "literals" '''are''' """joined"""
s = b'bytes' b"joined"
s = 'non-ASCII: é ü ñ 漢字 😀'
s = f'plain'
s = f'{x}'
s = f'{x!r} {x!s} {x!a}'
s = f'{x:>10}'
s = f'{x:{width}.{precision}}'
s = f'{x=}'
s = f'{x = }'
s = f'{x=!s:>5}'
s = f'{{literal braces}} {x}'
s = F'{x}' f"{y}" 'plain' rf'{z}\n' FR'{w}'
s = f'{a["key"]}'
s = f'{a!r:{b}}'
s = f'{3.14:.2f}'
s = f'{x if y else z}'
s = f'{(lambda: 1)()}'
s = f'{x:=^10}'
s = f'{a == b}'
s = f'{a != b}'
s = f'{a <= b} {a >= b} {a < b} {a > b}'
s = f'{"nested"}'
s = f"{f'{x}'}"
s = f'''{
    x
}'''
s = f'{x}' f'{y}'
s = f'' ''
é = 1
naïve = é + 1
日本 = 2
_private = __dunder__ = 3

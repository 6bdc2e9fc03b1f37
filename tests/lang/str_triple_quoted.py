# Triple-quoted strings, line continuation and implicit joining.
s = """line one
line two
    indented"""
print(s)
print(len(s.split('\n')), repr(s[:8]))
t = '''single 'quotes' inside
and "double" too'''
print(t)
u = """\
starts without newline \
and joins here"""
print(u)
total = 1 + \
    2 + \
    3
print(total)
values = [
    1,  # comment inside brackets
    2,
]
print(values, (
    'implicit'
    ' join'
))
empty = """"""
print(repr(empty), len(empty))
print('''a\tb''', """x\\y""")

# Comments, blank lines, semicolons and compound one-liners.
# a full-line comment
x = 1  # trailing comment
y = 2; z = 3; print(x, y, z)

if x: print('one-line if')
for i in range(2): print('one-line for', i)
while x < 3: x += 1
print(x)
def f(): return 'one-line def'
print(f())


# blank lines above and below

a = [
    1,

    2,
]
print(a)
print('# not a comment', "# nor this")

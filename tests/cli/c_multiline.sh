# -c with a program of several lines, a block and a function.
"$PITH" -c 'x = 1
for i in range(5):
    x = x * 2
def f(n):
    return n + 1
print(x, f(x))'
"$PITH" -c 'print(1); print(2)'
"$PITH" -c ''
echo "empty program: $?"

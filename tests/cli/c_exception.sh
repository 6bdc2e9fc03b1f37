# An uncaught exception in -c code: traceback names "<string>" (no source line), status 1.
"$PITH" -c 'print("start")
x = 1
y = x // 0' 2>&1
echo "status $?"
"$PITH" -c 'def f():
    return g()
f()' 2>&1
echo "status $?"

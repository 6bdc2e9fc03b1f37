# A traceback shows the script's absolute path and its source lines (CPython 3.11 makes
# the path of the main script absolute).
mkdir -p sub
cat >sub/prog.py <<'PY'
def f():
    g()
def g():
    undefined_name
f()
PY
"$PITH" sub/prog.py 2>err.txt
echo "status $?"
sed "s|$PWD|<cwd>|" err.txt

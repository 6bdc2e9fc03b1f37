# A script file with arguments: sys.argv[0] is the path as given.
cat >prog.py <<'PY'
import sys
print(sys.argv)
print(len(sys.argv))
PY
mkdir -p sub
cp prog.py sub/inner.py
"$PITH" prog.py
"$PITH" prog.py one two 'three four' -x --flag
"$PITH" sub/inner.py -c
"$PITH" ./prog.py ''

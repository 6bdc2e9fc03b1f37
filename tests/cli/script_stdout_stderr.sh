# stdout and stderr are separate streams, each in order.
cat >prog.py <<'PY'
import sys
print('out 1')
print('err 1', file=sys.stderr)
print('out 2')
print('err 2', file=sys.stderr)
PY
"$PITH" prog.py 2>/dev/null
echo "--"
"$PITH" prog.py 2>&1 >/dev/null
echo "--"
"$PITH" prog.py >out.txt 2>err.txt
cat out.txt err.txt

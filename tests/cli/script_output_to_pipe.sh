# Output into a pipe or a file is complete and in order (buffers are flushed at exit,
# also after an uncaught exception and after sys.exit).
cat >prog.py <<'PY'
for i in range(2000):
    print('line', i)
PY
"$PITH" prog.py | tail -n 2
"$PITH" prog.py | wc -l
cat >exc.py <<'PY'
print('buffered before the error')
1 // 0
PY
"$PITH" exc.py 2>/dev/null | cat
echo "status ${PIPESTATUS[0]}"
cat >ex.py <<'PY'
import sys
print('buffered before exit')
sys.exit(2)
PY
"$PITH" ex.py >out.txt
echo "status $?"
cat out.txt

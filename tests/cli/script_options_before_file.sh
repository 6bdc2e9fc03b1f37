# Options before the file are pith's; options after it belong to the script.
cat >prog.py <<'PY'
import sys
print(sys.argv[1:])
PY
"$PITH" -q prog.py -q -V -h
"$PITH" prog.py -i

# Status codes: 0 on success, 1 for an uncaught exception or a syntax error, the given
# code for sys.exit(N), 1 plus a message for sys.exit('text').
for code in 'pass' '1/0' 'x = (' 'import sys; sys.exit(9)' 'import sys; sys.exit("m")' 'raise SystemExit(4)' 'raise SystemExit'; do
    "$PITH" -c "$code" 2>/dev/null
    echo "$code -> $?"
done

# An unknown option: status 2, nothing on stdout, and a "usage: " line on stderr.
"$PITH" --no-such-flag >out.txt 2>err.txt
echo "status $?"
echo "stdout bytes: $(wc -c <out.txt)"
echo "usage lines: $(grep -c '^usage: ' err.txt)"
"$PITH" -Z prog.py >out.txt 2>err.txt
echo "status $?"
echo "stdout bytes: $(wc -c <out.txt)"
echo "usage lines: $(grep -c '^usage: ' err.txt)"
"$PITH" -c >out.txt 2>err.txt
echo "-c without code: status $?"
echo "usage lines: $(grep -c '^usage: ' err.txt)"

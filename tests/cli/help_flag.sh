# -h: status 0, a first line starting "usage: " on stdout, and a line for each option pith
# supports, starting with the option (python3's help has the same shape; only the shape
# is compared, not the text).
"$PITH" -h >out.txt 2>err.txt
echo "status $?"
head -n 1 out.txt | sed 's/^\(usage: \).*/\1.../'
for opt in -c -h -i -q -V; do
    echo "$opt: $(grep -c -- "^$opt " out.txt)"
done
echo "stderr bytes: $(wc -c <err.txt)"
"$PITH" --help >out2.txt
echo "--help status $?, same as -h: $(cmp -s out.txt out2.txt && echo yes || echo no)"

# With no script, the program is read from piped stdin; sys.argv is [''].
printf 'import sys\nprint(sys.argv)\nfor i in range(3):\n    print(i)\n' | "$PITH"
echo "status $?"
printf 'x = 6\nx * 7\nprint(x * 7)\n' | "$PITH"
printf 'print("no newline at end")' | "$PITH"
"$PITH" </dev/null
echo "empty stdin: $?"

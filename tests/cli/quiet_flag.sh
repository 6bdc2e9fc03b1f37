# -q is accepted anywhere before the program and changes nothing when stdin is not a terminal.
printf 'print("hi")\n' | "$PITH" -q
printf 'print("hi")\n' | "$PITH" -q -
printf 'x\n' | "$PITH" -q -i -c 'x = 3' 2>/dev/null
"$PITH" -q -c 'print("quiet -c")'
echo "status $?"

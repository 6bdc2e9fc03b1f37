# expect: hand-written
# -V and --version print pith's own version, "pith X.Y.Z" (python3 prints "Python 3.11.7"),
# on stdout, with status 0. The digits are replaced by N so a version bump needs no edit.
"$PITH" -V >/dev/null
echo "status $?"
"$PITH" --version | sed 's/[0-9][0-9]*/N/g'
echo "status $?"
"$PITH" -V | sed 's/[0-9][0-9]*/N/g'
"$PITH" -V 2>&1 >/dev/null | wc -c

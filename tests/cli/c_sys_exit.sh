# sys.exit in -c code: the status, and a message on stderr for a string.
"$PITH" -c 'import sys; sys.exit(5)'
echo "status $?"
"$PITH" -c 'import sys; sys.exit(0)'
echo "status $?"
"$PITH" -c 'import sys; sys.exit()'
echo "status $?"
"$PITH" -c 'import sys; sys.exit("bye")' 2>err.txt
echo "status $?"
cat err.txt
"$PITH" -c 'import sys; print("out"); sys.exit(256 + 7)'
echo "status $?"

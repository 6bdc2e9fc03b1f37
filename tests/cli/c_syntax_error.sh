# A syntax error in -c code: nothing runs, status 1, the last line names the error.
"$PITH" -c 'print("never")
x = (1,' 2>err.txt
echo "status $?"
tail -n 1 err.txt
"$PITH" -c 'if True:' 2>err.txt
echo "status $?"
tail -n 1 err.txt

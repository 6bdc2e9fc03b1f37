# Errors in a program read from stdin: the traceback says "<stdin>"; an incomplete block
# at EOF is an IndentationError (a SyntaxError), status 1.
printf 'print("a")\nx = [1]\nx[5]\n' | "$PITH" 2>err.txt
echo "status $?"
cat err.txt
printf 'if True:\n' | "$PITH" 2>err.txt
echo "status $?"
tail -n 1 err.txt
printf 'x = (1,\n' | "$PITH" 2>err.txt
echo "status $?"
tail -n 1 err.txt

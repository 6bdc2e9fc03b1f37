# -i: an exception in an interactive line prints a "<stdin>" traceback (after the prompt
# that read the line) and the session goes on; EOF still ends with status 0.
printf '1 // 0\nprint("after")\n' | "$PITH" -i -c 'pass' 2>err.txt
echo "status $?"
cat err.txt

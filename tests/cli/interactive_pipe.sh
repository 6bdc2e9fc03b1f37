# -i FILE with piped stdin: the script runs, then the lines from stdin run interactively:
# expression values are echoed, prompts go to stderr, and EOF ends with status 0.
cat >prog.py <<'PY'
x = 21
print('script ran')
PY
printf 'print(x * 2)\nx\nNone\ny = x + 1\ny\n' | "$PITH" -i prog.py 2>/dev/null
echo "status $?"
printf 'x\n' | "$PITH" -i -c 'x = "from -c"' 2>/dev/null
echo "status $?"

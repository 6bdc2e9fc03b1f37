# The prompts of -i with piped stdin, seen on stderr: ">>> " per statement, "... " inside a
# block, a newline at EOF, and no banner when stdin is not a terminal.
printf 'x = 1\nif x:\n    print("yes")\n\nx\n' | "$PITH" -i -c 'pass' 2>&1
echo "status $?"

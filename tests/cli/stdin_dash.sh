# "-" reads the program from stdin; the words after it are sys.argv[1:].
printf 'import sys\nprint(sys.argv)\n' | "$PITH" - a b -c
printf 'import sys\nprint(sys.argv)\n' | "$PITH" -

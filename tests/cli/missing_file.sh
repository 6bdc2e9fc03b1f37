# A script that does not exist: "PROG: can't open file '/abs/path': [Errno 2] No such
# file or directory", status 2. The program name (argv[0]) is replaced by PROG and the
# scratch folder by <cwd>, so python3 and pith compare equal.
"$PITH" missing.py 2>err.txt
echo "status $?"
sed -e "s|^.*: can't open file|PROG: can't open file|" -e "s|$PWD|<cwd>|" err.txt
"$PITH" no/such/dir/x.py a b 2>err.txt
echo "status $?"
sed -e "s|^.*: can't open file|PROG: can't open file|" -e "s|$PWD|<cwd>|" err.txt

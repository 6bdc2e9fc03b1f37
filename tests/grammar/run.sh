#!/bin/sh
# tests/grammar/run.sh BUILD_DIR -- the front end's test suite.
#
#  ok/*.py   must parse;
#  bad/*.py  must fail with exactly the (line, col, msg) in bad/NAME.expect,
#            which make_expect.py generated from python3;
#  hostile inputs generated on the fly must give a result, never a crash.
#
# RUNNER may wrap each run, e.g.
#   RUNNER="valgrind -q --leak-check=full --error-exitcode=3" sh tests/grammar/run.sh build
# (astdump exits 0 or 1; anything else counts as a crash).
set -u
BUILD=${1:?usage: run.sh BUILD_DIR}
HERE=$(cd "$(dirname "$0")" && pwd)
ASTDUMP="$BUILD/astdump"
RUNNER=${RUNNER:-}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
pass=0
fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

# run FILE [ARGS...]: astdump's exit status; output in $TMP/out
run() {
    f=$1
    shift
    $RUNNER "$ASTDUMP" -q "$@" "$f" > "$TMP/out" 2> "$TMP/err"
}

for f in "$HERE"/ok/*.py; do
    if run "$f"; then ok; else bad "$f did not parse: $(head -1 "$TMP/out") $(head -3 "$TMP/err")"; fi
done

for f in "$HERE"/bad/*.py; do
    run "$f"
    status=$?
    want=$(cat "${f%.py}.expect")
    got=$(head -1 "$TMP/out" | sed 's/^\([0-9]*:[0-9]*\):[A-Za-z]*:/\1:/')
    if [ $status -eq 1 ] && [ "$got" = "$want" ]; then ok; else bad "$f: want '$want' got '$got' (exit $status) $(head -3 "$TMP/err")"; fi
done

# hostile input: must end with a parse result (exit 0 or 1), not a crash
survive() {
    name=$1
    shift
    run "$TMP/$name" "$@"
    status=$?
    if [ $status -le 1 ]; then ok; else bad "hostile $name: exit $status $(head -3 "$TMP/err")"; fi
}
gen() { python3 -c "$2" > "$TMP/$1"; }

gen long_line.py "print('x = ' + 'a + ' * 2500000 + 'a')"
survive long_line.py
gen long_string.py "print('x = \"' + 'a' * 10000000 + '\"')"
survive long_string.py
gen brackets.py "print('(' * 100000 + ')' * 100000)"
survive brackets.py
gen nots.py "print('x = ' + 'not ' * 10000 + 'y')"
survive nots.py
gen minuses.py "print('x = ' + '-' * 10000 + 'y')"
survive minuses.py
gen powers.py "print('x = ' + '2 ** ' * 10000 + 'y')"
survive powers.py
gen lambdas.py "print('x = ' + 'lambda: ' * 10000 + 'y')"
survive lambdas.py
gen ifs.py "print(''.join(' ' * i + 'if x:\n' for i in range(1000)) + ' ' * 1000 + 'pass')"
survive ifs.py
gen elifs.py "print('if x:\n  pass\n' + 'elif y:\n  pass\n' * 5000)"
survive elifs.py
gen fstrings.py "print('x = f\"' + '{a}' * 100000 + '\"')"
survive fstrings.py
head -c 65536 /dev/urandom > "$TMP/random.bin"
survive random.bin
i=0
while [ $i -lt 50 ]; do
    head -c 400 /dev/urandom | tr -d '\000' | LC_ALL=C tr '\200-\377' 'a-z0-9(){}[]:;,."#\\ \n\t=+*fbrx' > "$TMP/noise.py"
    survive noise.py
    i=$((i + 1))
done
printf 'x = 1\0\n' > "$TMP/nul.py"
survive nul.py
printf 'x = "\377"\n' > "$TMP/badutf8.py"
survive badutf8.py

# interactive mode: the REPL's "need more input" signal
incomplete() {
    printf "$2" > "$TMP/single.py"
    run "$TMP/single.py" -s
    if grep -q '(incomplete input)' "$TMP/out"; then got=yes; else got=no; fi
    if [ "$got" = "$1" ]; then ok; else bad "single mode '$2': incomplete=$got, want $1"; fi
}
incomplete yes 'if x:\n'
incomplete yes 'if x:\n    pass\n'
incomplete no 'if x:\n    pass\n\n'
incomplete yes 'foo(1,\n'
incomplete yes "x = '''abc\n"
incomplete yes 'x = 1 + \\\n'
incomplete no 'x = 1 +\n'
incomplete no 'x = 1\n'
incomplete no "x = 'abc\n"

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]

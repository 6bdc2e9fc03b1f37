#!/bin/sh
# Regenerates the expected output of every script here with CPython 3.11
# (the oracle): NAME.py -> NAME.out.  Never edit a .out by hand.
cd "$(dirname "$0")" || exit 1
for f in *.py; do
    python3 "$f" > "${f%.py}.out" 2>/dev/null || echo "regen.sh: $f exited with $?" >&2
done

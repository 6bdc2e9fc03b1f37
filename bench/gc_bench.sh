#!/bin/sh
# bench/gc_bench.sh [PITH] -- runs bench/gc_bench.py under pith and python3.
# Fails unless a gen-0 collection with 1e6 long-lived objects costs within
# 1.5x of one with 1e4 (generational collection never scans old objects);
# prints the full collection of 1e6 objects for both interpreters.
PITH=${1:-build/pith}
HERE=$(dirname "$0")
out=$("$PITH" "$HERE/gc_bench.py") || exit 1
ref=$(python3 "$HERE/gc_bench.py") || exit 1
echo "pith:";    echo "$out" | sed 's/^/  /'
echo "python3:"; echo "$ref" | sed 's/^/  /'
ratio=$(echo "$out" | awk '$1 == "young-ratio" {print $2}')
fp=$(echo "$out" | awk '$1 == "full-1e6" {print $2}')
fc=$(echo "$ref" | awk '$1 == "full-1e6" {print $2}')
echo "full collection of 1e6 objects: pith ${fp}s, python3 ${fc}s"
if echo "$ratio" | awk '{ exit !($1 <= 1.5) }'; then
    echo "young collections: ratio $ratio <= 1.5: ok"
else
    echo "young collections: ratio $ratio > 1.5: FAIL"; exit 1
fi

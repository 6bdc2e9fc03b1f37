#!/bin/bash
# bench/run.sh [PITH]: times every bench/programs/NAME.py under pith and python3 (its
# real binary, not a wrapper) and NAME.lua under lua5.4, best of 3 runs each, checks that
# pith prints what python3 prints, and writes a markdown table.
set -u
cd "$(dirname "$0")" || exit 2
pith=$(readlink -f "${1:-../build/pith}")
python=$(python3 -c 'import sys; print(sys.executable)')
lua=$(command -v lua5.4 || true)

best_of_3() {   # prints the best wall time in seconds of running "$@"
    local best="" t
    for _ in 1 2 3; do
        local s e
        s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N)
        t=$(awk "BEGIN{printf \"%.3f\", $e - $s}")
        if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
    done
    echo "$best"
}

echo "| program | pith (s) | python3 (s) | lua5.4 (s) | python3 / pith | lua / pith |"
echo "|---|---|---|---|---|---|"
for py in programs/*.py; do
    name=$(basename "$py" .py)
    want=$("$python" "$py")
    got=$("$pith" "$py" 2>&1)
    if [ "$got" != "$want" ]; then
        echo "| $name | WRONG OUTPUT | | | | |"
        continue
    fi
    tp=$(best_of_3 "$pith" "$py")
    tc=$(best_of_3 "$python" "$py")
    tl="-"
    [ -n "$lua" ] && [ -f "programs/$name.lua" ] && tl=$(best_of_3 "$lua" "programs/$name.lua")
    rc=$(awk "BEGIN{printf \"%.2f\", $tc / ($tp > 0 ? $tp : 0.001)}")
    rl="-"
    [ "$tl" != "-" ] && rl=$(awk "BEGIN{printf \"%.2f\", $tl / ($tp > 0 ? $tp : 0.001)}")
    echo "| $name | $tp | $tc | $tl | $rc | $rl |"
done

#!/bin/bash
# tests/regen.sh [TEST...]: regenerates the expected files of lang/, errors/ and cli/ by
# running CPython 3.11 (the oracle) exactly as tests/run.sh runs pith. Never hand-edit the
# files it writes. With no argument it regenerates everything; otherwise only the tests
# named (paths like tests/lang/int_bigpow.py or lang/int_bigpow.py).
#
# For a script NAME.py (run as "python3 NAME.py" in a scratch folder, stdin /dev/null):
#   NAME.out   exact stdout
#   NAME.exit  only when the status is not 0: the status, then the last stderr line
#   NAME.err   only when the script says "# stderr: exact" in its first 5 lines: the whole
#              stderr. CPython prints the script's absolute path in tracebacks; every
#              "SCRATCH/" is removed (by run.sh too), so it reads File "NAME.py".
# For a cli test NAME.sh (run with PITH=python3 in a scratch folder):
#   NAME.expect  stdout, then "[exit N]"; skipped when the script says
#                "# expect: hand-written" (pith differs from python3 on purpose there)
# Every test is run twice (the second time with another PYTHONHASHSEED) and a warning is
# printed when the two runs differ: expected output must be deterministic.
# Needs python3 = CPython 3.11 (override with PYTHON=/path/to/python3.11).
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
py=$(command -v "${PYTHON:-python3}") || {
    echo "regen: python3 not found" >&2
    exit 2
}
case "$("$py" -c 'import sys; print(sys.implementation.name, sys.version_info[:2])')" in
"cpython (3, 11)") ;;
*)
    echo "regen: $py is not CPython 3.11; refusing to write expectations" >&2
    exit 2
    ;;
esac

tmproot=$(mktemp -d "${TMPDIR:-/tmp}/pith-regen.XXXXXX")
trap 'rm -rf "$tmproot"' EXIT
warnings=0
warn() {
    echo "WARN $*" >&2
    warnings=$((warnings + 1))
}

strip_dir() {
    local esc
    esc=$(printf '%s' "$2" | LC_ALL=C sed 's/[][\.*^$/|]/\\&/g')
    LC_ALL=C sed -i "s|$esc/||g" "$1"
}

# run_script SRC OUTDIR [SEED]: runs SRC as run.sh does; leaves stdout, stderr, rc in OUTDIR.
run_script() {
    local src=$1 out=$2 seed=${3:-} name dir rc=0
    name=$(basename "$src" .py)
    dir=$(dirname "$src")
    mkdir -p "$out/run"
    cp "$src" "$out/run/"
    if [ -d "$dir/$name.d" ]; then cp -R "$dir/$name.d/." "$out/run/"; fi
    if [ -n "$seed" ]; then
        (cd "$out/run" && PYTHONHASHSEED=$seed exec timeout 60 "$py" "$name.py") \
            </dev/null >"$out/stdout" 2>"$out/stderr" || rc=$?
    else
        (cd "$out/run" && exec timeout 60 "$py" "$name.py") \
            </dev/null >"$out/stdout" 2>"$out/stderr" || rc=$?
    fi
    strip_dir "$out/stderr" "$out/run"
    echo "$rc" >"$out/rc"
}

regen_py() {
    local src=$1 name dir work rc
    name=$(basename "$src" .py)
    dir=$(dirname "$src")
    work=$(mktemp -d "$tmproot/t.XXXXXX")
    run_script "$src" "$work/a"
    run_script "$src" "$work/b" 4242
    rc=$(cat "$work/a/rc")
    if ! cmp -s "$work/a/stdout" "$work/b/stdout" || ! cmp -s "$work/a/rc" "$work/b/rc" ||
        ! cmp -s "$work/a/stderr" "$work/b/stderr"; then
        warn "${src#"$here"/}: output differs between two runs (not deterministic)"
    fi
    if [ "$rc" = 124 ]; then warn "${src#"$here"/}: timed out under python3"; fi
    cp "$work/a/stdout" "$dir/$name.out"
    if [ "$rc" != 0 ]; then
        printf '%s\n%s\n' "$rc" "$(tail -n 1 "$work/a/stderr")" >"$dir/$name.exit"
    else
        rm -f "$dir/$name.exit"
    fi
    if head -n 5 "$src" | grep -q '^# stderr: exact'; then
        cp "$work/a/stderr" "$dir/$name.err"
        # Carets under part of a line (PEP 657) are a CPython detail the test did not mean
        # to pin down: make the failing statement a whole line instead.
        if grep -Eq '^ *([~^]*~[~^]*|\^\^+) *$' "$dir/$name.err" &&
            ! grep -q '^SyntaxError\|^IndentationError' "$dir/$name.err"; then
            warn "${src#"$here"/}: NAME.err has caret lines (~~^~~); make the failing expression a whole statement"
        fi
    else
        rm -f "$dir/$name.err"
    fi
    rm -rf "$work"
}

regen_cli() {
    local src=$1 name dir work rc run seed
    name=$(basename "$src" .sh)
    dir=$(dirname "$src")
    if head -n 5 "$src" | grep -q '^# expect: hand-written'; then
        [ -f "$dir/$name.expect" ] || warn "${src#"$here"/}: hand-written but $name.expect is missing"
        return
    fi
    work=$(mktemp -d "$tmproot/t.XXXXXX")
    for run in a b; do
        mkdir -p "$work/$run/run"
        rc=0
        seed=()
        if [ "$run" = b ]; then seed=(PYTHONHASHSEED=4242); fi
        (cd "$work/$run/run" && PITH=$py exec env "${seed[@]}" timeout 60 bash "$src") \
            </dev/null >"$work/$run/stdout" 2>"$work/$run/stderr" || rc=$?
        echo "[exit $rc]" >>"$work/$run/stdout"
    done
    if ! cmp -s "$work/a/stdout" "$work/b/stdout"; then
        warn "${src#"$here"/}: output differs between two runs (not deterministic)"
    fi
    cp "$work/a/stdout" "$dir/$name.expect"
    rm -rf "$work"
}

targets=()
if [ $# -eq 0 ]; then
    shopt -s nullglob globstar
    for f in "$here"/lang/**/*.py "$here"/errors/**/*.py "$here"/cli/**/*.sh; do
        case "$f" in *.d/*) continue ;; esac
        targets+=("$f")
    done
else
    for a in "$@"; do
        a=${a#tests/}
        if [ -f "$here/$a" ]; then targets+=("$here/$a"); else
            echo "regen: no such test: $a" >&2
            exit 2
        fi
    done
fi

n=0
for f in "${targets[@]}"; do
    case "$f" in
    "$here"/lang/* | "$here"/errors/*) case "$f" in *.py) regen_py "$f" ;; esac ;;
    "$here"/cli/*) case "$f" in *.sh) regen_cli "$f" ;; esac ;;
    *)
        echo "regen: $f is not in lang/, errors/ or cli/ (seed/ and gc/ are copies; see README)" >&2
        continue
        ;;
    esac
    n=$((n + 1))
done
echo "regenerated $n tests with $py, $warnings warnings"

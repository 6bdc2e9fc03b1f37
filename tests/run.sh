#!/bin/bash
# tests/run.sh PITH: runs pith's whole test suite against the interpreter PITH.
#
#   tests/run.sh build/pith        (what `make test` runs)
#   tests/run.sh python3           (sanity check: CPython must pass lang/ errors/ seed/)
#
# Prints one line per failure ("FAIL lang/int_bigpow.py: stdout differs" plus a short
# diff), one line per pending test that passes anyway ("PASS-PENDING ..."), then
# "N pending" when some tests are pending, and last exactly "N passed, N failed".
# Exit status 0 iff nothing failed. See tests/README.md for the folders and file formats.
#
# Environment:
#   PITH_TEST_FILTER=substr      run only the tests whose id (e.g. lang/int_bigpow.py) contains substr
#   PITH_TEST_CATEGORIES="a b"   categories to run (default: lang errors cli repl seed gc pith unit grammar;
#                                pith/ holds pith-only tests, skipped when PITH is not pith)
#   PITH_WRAPPER="valgrind -q --error-exitcode=99"   prepended to every pith invocation
#   PITH_BUILD_DIR=build         where unit tests (build/test_*) live; ptyrun is cached there too
#   PITH_TIMEOUT=60              seconds allowed per test
#   PITH_JOBS=N                  tests run in parallel (default: number of cores)
#   PITH_SKIP_PENDING=1          do not even run the tests listed in tests/PENDING
#   PITH_VERBOSE=1               also print a line for every passing test
# Needs only bash, coreutils, diff, cmp, timeout (and cc for the REPL's pty driver).
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
all_categories="lang errors cli repl seed gc pith unit grammar"
categories=${PITH_TEST_CATEGORIES:-$all_categories}
filter=${PITH_TEST_FILTER:-}
tmo=${PITH_TIMEOUT:-60}
build_dir=${PITH_BUILD_DIR:-build}
if [ -d "$build_dir" ]; then build_dir=$(cd "$build_dir" && pwd); fi
jobs=${PITH_JOBS:-$(nproc 2>/dev/null || echo 2)}
read -r -a wrapper <<<"${PITH_WRAPPER:-}"

if [ $# -ne 1 ]; then
    echo "usage: tests/run.sh PITH" >&2
    exit 2
fi

# ---------------------------------------------------------------- the interpreter
case "$1" in
*/*) pith=$(readlink -f -- "$1" 2>/dev/null || true) ;;
*) pith=$(command -v -- "$1" 2>/dev/null || true) ;;
esac
if [ -z "$pith" ] || [ ! -f "$pith" ] || [ ! -x "$pith" ]; then
    echo "FAIL setup: cannot run '$1' (build it first: make)"
    echo "0 passed, 1 failed"
    exit 1
fi

# pith/ tests expect pith's own behaviour: skip them for another interpreter (python3).
if [ "$("$pith" -c 'import sys; print(sys.implementation.name)' 2>/dev/null)" != pith ]; then
    categories=" $categories "
    categories=${categories/ pith / }
fi

tmproot=$(mktemp -d "${TMPDIR:-/tmp}/pith-tests.XXXXXX")
trap 'rm -rf "$tmproot"' EXIT
trap 'exit 130' INT TERM

# The command the cli/ scripts get as $PITH: one path, wrapper included.
pith_cmd=$pith
if [ "${#wrapper[@]}" -gt 0 ]; then
    mkdir -p "$tmproot/bin"
    pith_cmd=$tmproot/bin/pith
    {
        echo '#!/bin/bash'
        printf 'exec'
        printf ' %q' "${wrapper[@]}" "$pith"
        printf ' "$@"\n'
    } >"$pith_cmd"
    chmod +x "$pith_cmd"
fi

# ---------------------------------------------------------------- PENDING
declare -A pending=()
pending_prefixes=()
if [ -f "$here/PENDING" ]; then
    while read -r path _reason; do
        case "$path" in '' | '#'*) continue ;; esac
        case "$path" in
        */) pending_prefixes+=("$path") ;;
        *) pending[$path]=1 ;;
        esac
    done <"$here/PENDING"
fi

is_pending() {
    local p
    [ -n "${pending[$1]:-}" ] && return 0
    for p in "${pending_prefixes[@]}"; do
        case "$1" in "$p"*) return 0 ;; esac
    done
    return 1
}

# ---------------------------------------------------------------- helpers
# strip_dir FILE DIR: removes every "DIR/" from FILE, so that "/tmp/x/run/foo.py" (CPython
# shows the script's absolute path in tracebacks) reads "foo.py".
strip_dir() {
    local esc
    esc=$(printf '%s' "$2" | LC_ALL=C sed 's/[][\.*^$/|]/\\&/g')
    LC_ALL=C sed -i "s|$esc/||g" "$1"
}

# short_diff WANT GOT: the first lines of a unified diff, indented.
short_diff() {
    local d n
    d=$(diff -u "$1" "$2" 2>&1 | tail -n +3)
    n=$(printf '%s\n' "$d" | wc -l)
    printf '%s\n' "$d" | head -n 12 | LC_ALL=C sed 's/^/    /'
    if [ "$n" -gt 12 ]; then echo "    ... ($((n - 12)) more diff lines)"; fi
}

# run_py ID: a script with NAME.out (stdout), NAME.exit (status, last stderr line) and
# optionally NAME.err (whole stderr). Runs as "PITH NAME.py" in a scratch folder.
run_py() {
    local id=$1 src=$here/$1 name dir work rc want_rc want_err got_err why=""
    name=$(basename "$src" .py)
    dir=$(dirname "$src")
    if [ ! -f "$dir/$name.out" ]; then
        echo "no $name.out (run tests/regen.sh)"
        return 1
    fi
    work=$(mktemp -d "$tmproot/t.XXXXXX")
    mkdir "$work/run"
    cp "$src" "$work/run/"
    if [ -d "$dir/$name.d" ]; then cp -R "$dir/$name.d/." "$work/run/"; fi
    rc=0
    (cd "$work/run" && exec timeout -k 5 "$tmo" "${wrapper[@]}" "$pith" "$name.py") \
        </dev/null >"$work/stdout" 2>"$work/stderr" || rc=$?
    strip_dir "$work/stderr" "$work/run"
    want_rc=0
    want_err=""
    if [ -f "$dir/$name.exit" ]; then
        want_rc=$(sed -n 1p "$dir/$name.exit")
        want_err=$(sed -n 2p "$dir/$name.exit")
    fi
    got_err=$(tail -n 1 "$work/stderr")
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
        why="timed out after ${tmo}s"
    elif [ "$rc" != "$want_rc" ]; then
        why="exit $rc, want $want_rc"
        if [ "$got_err" != "$want_err" ]; then why="$why; stderr ends '$got_err'"; fi
    elif [ -f "$dir/$name.exit" ] && [ "$got_err" != "$want_err" ]; then
        why="last stderr line '$got_err', want '$want_err'"
    fi
    if ! cmp -s "$dir/$name.out" "$work/stdout"; then
        why="${why:+$why; }stdout differs"
    fi
    if [ -f "$dir/$name.err" ] && ! cmp -s "$dir/$name.err" "$work/stderr"; then
        why="${why:+$why; }stderr differs from $name.err"
    fi
    if [ -n "$why" ]; then
        echo "$why"
        if ! cmp -s "$dir/$name.out" "$work/stdout"; then
            echo "  stdout (- want, + got):"
            short_diff "$dir/$name.out" "$work/stdout"
        fi
        if [ -f "$dir/$name.err" ] && ! cmp -s "$dir/$name.err" "$work/stderr"; then
            echo "  stderr (- want, + got):"
            short_diff "$dir/$name.err" "$work/stderr"
        elif [ ! -f "$dir/$name.exit" ] && [ -s "$work/stderr" ]; then
            echo "  stderr:"
            tail -n 5 "$work/stderr" | LC_ALL=C sed 's/^/    /'
        fi
        rm -rf "$work"
        return 1
    fi
    rm -rf "$work"
    return 0
}

# run_cli ID: NAME.sh runs with $PITH set; its stdout plus "[exit N]" must equal NAME.expect.
run_cli() {
    local src=$here/$1 name dir work rc
    name=$(basename "$src" .sh)
    dir=$(dirname "$src")
    if [ ! -f "$dir/$name.expect" ]; then
        echo "no $name.expect (run tests/regen.sh)"
        return 1
    fi
    work=$(mktemp -d "$tmproot/t.XXXXXX")
    mkdir "$work/run"
    rc=0
    (cd "$work/run" && PITH=$pith_cmd exec timeout -k 5 "$tmo" bash "$src") \
        </dev/null >"$work/stdout" 2>"$work/stderr" || rc=$?
    echo "[exit $rc]" >>"$work/stdout"
    if ! cmp -s "$dir/$name.expect" "$work/stdout"; then
        if [ "$rc" = 124 ]; then echo "timed out after ${tmo}s"; else echo "output differs"; fi
        short_diff "$dir/$name.expect" "$work/stdout"
        if [ -s "$work/stderr" ]; then
            echo "  stderr of the script:"
            tail -n 5 "$work/stderr" | LC_ALL=C sed 's/^/    /'
        fi
        rm -rf "$work"
        return 1
    fi
    rm -rf "$work"
    return 0
}

# run_repl ID: types NAME.in into "PITH -q" (or PITH with the words in NAME.args) on a pty;
# the transcript must equal NAME.exp minus its "# why:" first line.
run_repl() {
    local src=$here/$1 name dir work args=(-q)
    name=$(basename "$src" .in)
    dir=$(dirname "$src")
    if [ ! -f "$dir/$name.exp" ]; then
        echo "no $name.exp (hand-written, see tests/README.md)"
        return 1
    fi
    if [ -z "$ptyrun" ]; then
        echo "cannot build tests/repl/ptyrun.c (is cc installed?)"
        return 1
    fi
    if [ -f "$dir/$name.args" ]; then read -r -a args <"$dir/$name.args"; fi
    work=$(mktemp -d "$tmproot/t.XXXXXX")
    mkdir "$work/run" "$work/home"
    (cd "$work/run" && HOME=$work/home exec timeout -k 5 "$((tmo + 10))" \
        "$ptyrun" -t "$tmo" "$src" "${wrapper[@]}" "$pith" "${args[@]}") \
        </dev/null >"$work/stdout" 2>"$work/stderr"
    sed '1{/^# why:/d}' "$dir/$name.exp" >"$work/want"
    if ! cmp -s "$work/want" "$work/stdout"; then
        echo "transcript differs"
        short_diff "$work/want" "$work/stdout"
        rm -rf "$work"
        return 1
    fi
    rm -rf "$work"
    return 0
}

# run_unit ID: an executable build/test_*; exit 0 is a pass.
run_unit() {
    local exe=$build_dir/${1#unit/} work rc
    work=$(mktemp -d "$tmproot/t.XXXXXX")
    rc=0
    (cd "$work" && exec timeout -k 5 "$tmo" "${wrapper[@]}" "$exe") \
        </dev/null >"$work/out" 2>&1 || rc=$?
    if [ "$rc" != 0 ]; then
        if [ "$rc" = 124 ]; then echo "timed out after ${tmo}s"; else echo "exit $rc"; fi
        tail -n 8 "$work/out" | LC_ALL=C sed 's/^/    /'
        rm -rf "$work"
        return 1
    fi
    rm -rf "$work"
    return 0
}

# run_test ID: prints the verdict line(s) of one test.
run_test() {
    local id=$1 msg status
    if is_pending "$id" && [ -n "${PITH_SKIP_PENDING:-}" ]; then
        echo "PENDING"
        return
    fi
    case "$id" in
    cli/*) msg=$(run_cli "$id") ;;
    repl/*) msg=$(run_repl "$id") ;;
    unit/*) msg=$(run_unit "$id") ;;
    *) msg=$(run_py "$id") ;;
    esac
    status=$?
    if is_pending "$id"; then
        if [ "$status" = 0 ]; then
            echo "PASS-PENDING"
            echo "PASS-PENDING $id: remove it from tests/PENDING"
        else
            echo "PENDING"
        fi
    elif [ "$status" = 0 ]; then
        echo "PASS"
        if [ -n "${PITH_VERBOSE:-}" ]; then echo "PASS $id"; fi
    else
        echo "FAIL"
        printf 'FAIL %s: %s\n' "$id" "$msg"
    fi
}

# ---------------------------------------------------------------- collect the tests
# A script that says "# requires: pools" in its first 5 lines measures the process's
# memory (RSS) and needs gc/'s pooled allocator: it is skipped where every block goes to
# malloc (PITH_NO_POOLS=1, as check-valgrind sets, or a build with AddressSanitizer).
pools_off=
if [ "${PITH_NO_POOLS:-}" = 1 ] || grep -q __asan_init "$pith" 2>/dev/null; then pools_off=1; fi
nskipped=0
tests=()
add_tests() { # add_tests FILE...: the ones matching the filter
    local f id
    for f in "$@"; do
        [ -f "$f" ] || continue
        id=${f#"$here"/}
        if [ -n "$pools_off" ] && head -n 5 "$f" | grep -q '^# requires: pools'; then
            case "$id" in *"$filter"*) nskipped=$((nskipped + 1)) ;; esac
            continue
        fi
        case "$id" in *"$filter"*) tests+=("$id") ;; esac
    done
}
want_category() {
    case " $categories " in *" $1 "*) return 0 ;; esac
    return 1
}

shopt -s nullglob globstar
for cat in lang errors seed gc pith; do
    if want_category "$cat"; then add_tests "$here/$cat"/**/*.py; fi
done
if want_category cli; then add_tests "$here"/cli/**/*.sh; fi
if want_category repl; then add_tests "$here"/repl/**/*.in; fi
if want_category unit; then
    for f in "$build_dir"/test_*; do
        if [ -f "$f" ] && [ -x "$f" ]; then
            case "unit/${f##*/}" in *"$filter"*) tests+=("unit/${f##*/}") ;; esac
        fi
    done
fi
# Files that live beside the scripts a test copies (NAME.d/) are not tests themselves.
kept=()
for id in "${tests[@]}"; do
    case "$id" in *.d/*) ;; *) kept+=("$id") ;; esac
done
tests=("${kept[@]}")

# ---------------------------------------------------------------- the pty driver
ptyrun=""
for id in "${tests[@]}"; do
    case "$id" in repl/*)
        src=$here/repl/ptyrun.c
        if [ -d "$build_dir" ] && [ -w "$build_dir" ]; then
            ptyrun=$build_dir/ptyrun
        else
            ptyrun=$tmproot/ptyrun
        fi
        if [ ! -x "$ptyrun" ] || [ "$src" -nt "$ptyrun" ]; then
            if ! cc -std=c11 -O2 -o "$ptyrun.tmp.$$" "$src" -lutil >"$tmproot/ptyrun.log" 2>&1 ||
                ! mv -f "$ptyrun.tmp.$$" "$ptyrun"; then
                cat "$tmproot/ptyrun.log" >&2
                ptyrun=""
            fi
        fi
        break
        ;;
    esac
done

# ---------------------------------------------------------------- run them, in parallel
mkdir "$tmproot/results"
running=0
i=0
for id in "${tests[@]}"; do
    i=$((i + 1))
    run_test "$id" >"$tmproot/results/$i" 2>&1 &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait

passed=0
failed=0
npending=0
i=0
for id in "${tests[@]}"; do
    i=$((i + 1))
    r=$tmproot/results/$i
    verdict=$(head -n 1 "$r")
    case "$verdict" in
    PASS) passed=$((passed + 1)) ;;
    PENDING | PASS-PENDING) npending=$((npending + 1)) ;;
    *)
        failed=$((failed + 1))
        if [ "$verdict" != FAIL ]; then echo "FAIL $id: the runner itself broke: $verdict"; fi
        ;;
    esac
    tail -n +2 "$r"
done

# ---------------------------------------------------------------- tests/grammar/run.sh
if want_category grammar && [ -f "$here/grammar/run.sh" ]; then
    case "grammar/run.sh" in *"$filter"*)
        rc=0
        timeout -k 5 "$((tmo * 10))" bash "$here/grammar/run.sh" "$build_dir" \
            </dev/null >"$tmproot/grammar.out" 2>&1 || rc=$?
        grep '^FAIL' "$tmproot/grammar.out" || true
        line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$tmproot/grammar.out" | tail -n 1)
        if [ -n "$line" ]; then
            read -r gp _ gf _ <<<"$line"
            passed=$((passed + gp))
            failed=$((failed + gf))
            if [ "$rc" != 0 ] && [ "$gf" = 0 ]; then
                echo "FAIL grammar/run.sh: exit $rc although it reported no failure"
                failed=$((failed + 1))
            fi
        else
            echo "FAIL grammar/run.sh: exit $rc, no 'N passed, N failed' line"
            tail -n 5 "$tmproot/grammar.out" | sed 's/^/    /'
            failed=$((failed + 1))
        fi
        ;;
    esac
fi

# ---------------------------------------------------------------- PENDING entries that match nothing
if [ -z "$filter" ] && [ "$categories" = "$all_categories" ]; then
    for p in "${!pending[@]}"; do
        case "$p" in unit/*) continue ;; esac
        [ -e "$here/$p" ] || echo "WARN tests/PENDING lists $p, which does not exist"
    done
fi

if [ "$nskipped" -gt 0 ]; then echo "$nskipped skipped (they need the allocator's pools, off here)"; fi
if [ "$npending" -gt 0 ]; then echo "$npending pending"; fi
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]

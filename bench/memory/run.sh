#!/bin/bash
# bench/memory/run.sh [PITH]: resident memory of pith and python3 on the
# programs bench/memory/*.py, as a markdown table.
#
# Each program prints "STAGE name" (flushed) and then waits on input().  The
# runner talks to it through two FIFOs: at each STAGE line it reads VmRSS from
# /proc/PID/status, then sends a newline so the program goes on; at the last
# stage it also reads VmHWM, the peak resident set of the whole run.  So
# "before", "built" and "after" are RSS at those points of one process, and
# "peak" is the kernel's own high-water mark (no sampling gaps).
# A program that fails (e.g. pith without the gc module yet) shows "failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
pith=$(readlink -f "${1:-$here/../../build/pith}")
cd "$here" || exit 2
python=$(python3 -c 'import sys; print(sys.executable)')

kib_to_mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

status_kib() { # status_kib PID FIELD: the field of /proc/PID/status, in KiB
    awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status" 2>/dev/null
}

# measure INTERP PROG: prints "before built after peak" in KiB, or "failed".
measure() {
    local interp=$1 prog=$2 dir pid line stage to from rc=0
    local -A rss=()
    local hwm=""
    dir=$(mktemp -d "${TMPDIR:-/tmp}/pith-mem.XXXXXX")
    mkfifo "$dir/in" "$dir/out"
    "$interp" "$prog" <"$dir/in" >"$dir/out" 2>"$dir/err" &
    pid=$!
    exec {to}>"$dir/in" {from}<"$dir/out"
    while IFS= read -r -u "$from" line; do
        case "$line" in
        "STAGE "*)
            stage=${line#STAGE }
            rss[$stage]=$(status_kib "$pid" VmRSS)
            [ "$stage" = after ] && hwm=$(status_kib "$pid" VmHWM)
            echo >&"$to"
            ;;
        esac
    done
    exec {to}>&- {from}<&-
    wait "$pid" || rc=$?
    if [ "$rc" != 0 ] || [ -z "${rss[before]:-}" ] || [ -z "${rss[after]:-}" ] || [ -z "$hwm" ]; then
        echo "failed: $(tail -n 1 "$dir/err")"
    else
        # VmHWM can lag VmRSS by a few pages (per-thread RSS counters): the
        # peak is the larger of the two.
        [ "${rss[built]}" -gt "$hwm" ] && hwm=${rss[built]}
        echo "${rss[before]} ${rss[built]} ${rss[after]} $hwm"
    fi
    rm -rf "$dir"
}

echo "| program | interpreter | before (MiB) | built (MiB) | peak (MiB) | after (MiB) | after - before (MiB) |"
echo "|---|---|---|---|---|---|---|"
for prog in *.py; do
    for who in pith python3; do
        if [ "$who" = pith ]; then interp=$pith; else interp=$python; fi
        r=$(measure "$interp" "$prog")
        case "$r" in
        failed*) echo "| ${prog%.py} | $who | $r | | | | |" ;;
        *)
            read -r before built after peak <<<"$r"
            echo "| ${prog%.py} | $who | $(kib_to_mib "$before") | $(kib_to_mib "$built") |" \
                "$(kib_to_mib "$peak") | $(kib_to_mib "$after") | $(kib_to_mib $((after - before))) |"
            ;;
        esac
    done
done

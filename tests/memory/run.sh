#!/bin/sh
# Peak RSS (and time) of each memory program under taipan and python3.
# Usage: tests/memory/run.sh [TAIPAN_BINARY]   (from the repository root)
# Not run by `cargo test`: the programs take a while.
set -e
here=$(dirname "$0")
taipan=${1:-target/release/taipan}
python=$(python3 -c "import sys; print(sys.executable)")
printf "%-16s %14s %10s %14s %10s %8s\n" program "taipan KB" "taipan s" "python3 KB" "python3 s" ratio
for prog in short_lived linked_list cycles tree_churn; do
    for impl in taipan python; do
        if [ $impl = taipan ]; then bin=$taipan; else bin=$python; fi
        out=$( { /usr/bin/time -v "$bin" "$here/$prog.py" >/dev/null; } 2>&1 )
        kb=$(echo "$out" | sed -n 's/.*Maximum resident set size (kbytes): //p')
        el=$(echo "$out" | sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p')
        secs=$(echo "$el" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
        eval "${impl}_kb=$kb ${impl}_s=$secs"
    done
    ratio=$(awk "BEGIN { printf \"%.2f\", $taipan_kb / $python_kb }")
    printf "%-16s %14s %10s %14s %10s %8s\n" "$prog" "$taipan_kb" "$taipan_s" "$python_kb" "$python_s" "$ratio"
done

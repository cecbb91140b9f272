#!/usr/bin/env bash
# Concurrent imports of the same module: every process prints the right output, the final cache is valid, and no
# temporary file is left in __pycache__ (the cache must be written to a temporary name and renamed into place).
#   usage: tests/cache/atomic_write.sh GINGER
source "$(dirname "${BASH_SOURCE[0]}")/common.bash"

PROCESSES=4
ROUNDS=6
dir=$(new_dir concurrent)
expected=$MODULE_OUT
mtime=$(stat -c %Y "$dir/main.py")

for round in $(seq 1 "$ROUNDS"); do
    # Odd rounds start without a cache; even rounds start with a stale one (main.py changed since it was written).
    if [ $((round % 2)) -eq 1 ]; then
        rm -rf "$dir/__pycache__"
    else
        echo "print(\"round $round\")" >>"$dir/main.py"
        mtime=$((mtime + 10))
        touch -d "@$mtime" "$dir/main.py"
        expected="${expected%"ginger tea"$'\n'}round $round"$'\n'"ginger tea"$'\n'
    fi
    pids=()
    for i in $(seq 1 "$PROCESSES"); do
        (cd "$dir" && exec timeout 60 "$GINGER" module.py </dev/null >"$TMP/out.$i" 2>"$TMP/err.$i") &
        pids+=($!)
    done
    for i in $(seq 1 "$PROCESSES"); do
        wait "${pids[$((i - 1))]}"
        status=$?
        [ "$status" -eq 0 ] || fail "round $round, process $i: exit status $status"
        if [ "$(cat "$TMP/out.$i"; echo x)" != "${expected}x" ]; then
            fail "round $round, process $i: wrong stdout"
            diff -u --label expected --label actual <(printf '%s' "$expected") "$TMP/out.$i" | head -n 10
        fi
        if [ -s "$TMP/err.$i" ]; then
            fail "round $round, process $i: unexpected stderr:"
            head -n 10 "$TMP/err.$i"
        fi
    done
    leftovers=$(ls -A "$dir/__pycache__" 2>/dev/null | grep -vx "$PYC_NAME")
    [ -z "$leftovers" ] || fail "round $round: leftover files in __pycache__: $leftovers"
    header_ok "$dir" "round $round"
done

run_in "$dir" "$expected" "final -v run" -- -v module.py
used_cache || fail "the final cache was not used by a -v run"

finish

#!/usr/bin/env bash
# Running out of memory ends a program as in CPython: "MemoryError" as the last line of stderr and exit
# status 1; never an abort or a hang. A 2 GB address-space limit makes the allocator fail.
set -u
ginger="$1"
if ! (ulimit -v 2000000; "$ginger" -c pass) >/dev/null 2>&1; then
    echo "skip: this build cannot start under an address-space limit (sanitizer builds reserve terabytes)"
    exit 0
fi
check() {
    local what="$1" program="$2"
    local err status
    err=$( (ulimit -v 2000000; "$ginger" -c "$program") 2>&1 >/dev/null)
    status=$?
    if [[ $status -ne 1 || "$(tail -n 1 <<<"$err")" != MemoryError* ]]; then
        echo "FAIL $what: status $status, stderr: $(tail -n 3 <<<"$err")"
        exit 1
    fi
    echo "ok   $what"
}
check "list growth" $'x = []\nwhile True:\n    x.append(0)'
check "one huge string" $'s = "a" * (1 << 40)'
check "string doubling" $'s = "ab"\nwhile True:\n    s += s'
check "bytearray growth" $'b = bytearray()\nwhile True:\n    b += b"x" * 4096'

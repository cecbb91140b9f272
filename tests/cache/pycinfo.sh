#!/usr/bin/env bash
# `ginger -m pycinfo FILE.pyc`: the header, the checksum, freshness against the source and the disassembly; a
# damaged file is reported (exit status 1) instead of disassembled.
#   usage: tests/cache/pycinfo.sh GINGER
source "$(dirname "${BASH_SOURCE[0]}")/common.bash"

dir=$TMP/pycinfo
mkdir -p "$dir"
printf 'def twice(x):\n    return x * 2\n' >"$dir/m.py"
printf 'import m\nprint(m.twice(21))\n' >"$dir/main.py"
failures=0
check() {  # check DESCRIPTION PATTERN TEXT
    if ! grep -q -- "$2" <<<"$3"; then
        echo "FAIL: $1: no line matching '$2' in:"
        echo "$3"
        failures=$((failures + 1))
    fi
}

(cd "$dir" && "$GINGER" main.py >/dev/null) || { echo "FAIL: main.py did not run"; exit 1; }
pyc=$dir/__pycache__/m.ginger-312.pyc
out=$(cd "$dir" && "$GINGER" -m pycinfo "$pyc" 2>&1)
status=$?
[ $status -eq 0 ] || { echo "FAIL: pycinfo exit status $status"; failures=$((failures + 1)); }
check "magic" "^magic: .*bytecode version [0-9]*, this Ginger's" "$out"
check "flags" "^flags: *0 (timestamp-based)" "$out"
check "size" "^source size: *$(stat -c %s "$dir/m.py") bytes" "$out"
check "checksum" "^checksum: .*(matches)" "$out"
check "fresh" "(fresh: mtime and size match)" "$out"
check "disassembly of twice" "Disassembly of <code object twice" "$out"
check "an instruction" "BINARY_OP" "$out"

printf '# changed\n' >>"$dir/m.py"
out=$(cd "$dir" && "$GINGER" -m pycinfo "$pyc" 2>&1)
check "stale" "(stale: the source changed since)" "$out"

printf 'X' | dd of="$pyc" bs=1 seek=40 conv=notrunc 2>/dev/null
out=$(cd "$dir" && "$GINGER" -m pycinfo "$pyc" 2>&1)
status=$?
[ $status -eq 1 ] || { echo "FAIL: a damaged file gave exit status $status"; failures=$((failures + 1)); }
check "damaged checksum" "^checksum: .*does not match" "$out"
check "damaged" "^damaged: " "$out"

[ $failures -eq 0 ]

#!/usr/bin/env bash
# -X vmtrace prints each instruction the VM executes on stderr (code, line, offset, opcode, argument, the values it
# reads) and changes nothing else: stdout and the exit status are those of the untraced run. sys._xoptions shows it.
set -u
ginger="$1"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
program='def add(a, b):
    return a + b
print(add(2, 40))'
out=$("$ginger" -X vmtrace -c "$program" 2>"${TMPDIR:-/tmp}/vmtrace.$$")
status=$?
err=$(cat "${TMPDIR:-/tmp}/vmtrace.$$"); rm -f "${TMPDIR:-/tmp}/vmtrace.$$"
[ "$out" = "42" ] || fail "stdout is '$out', not 42"
[ $status -eq 0 ] || fail "exit status $status"
grep -q '^vmtrace add:2 .*BINARY_OP 0 *reads: 2, 40$' <<<"$err" || fail "no BINARY_OP line of add reading 2 and 40 in: $err"
grep -q '^vmtrace <module>:3 .*CALL 2' <<<"$err" || fail "no CALL line of the module in: $err"
plain=$("$ginger" -c "$program" 2>&1)
[ "$plain" = "42" ] || fail "untraced run printed '$plain'"
grep -q vmtrace <<<"$plain" && fail "the untraced run traced"
x=$("$ginger" -X vmtrace -X pycache_prefix=/nonexistent/prefix -c 'import sys; print(sorted(sys._xoptions.items()), sys.pycache_prefix)' 2>/dev/null)
[ "$x" = "[('pycache_prefix', '/nonexistent/prefix'), ('vmtrace', True)] /nonexistent/prefix" ] || fail "sys._xoptions/pycache_prefix: $x"
[ $failures -eq 0 ]

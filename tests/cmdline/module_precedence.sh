#!/usr/bin/env bash
# `ginger -m NAME` finds NAME as `import NAME` does: a file in the script's directory (or on PYTHONPATH) comes
# first, Ginger's own frozen library comes before the CPython library named by GINGER_STDLIB.
set -u
ginger="$1"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ginger-mprec.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/stdlib" "$tmp/work" "$tmp/empty"
printf 'print("stdlib calendar")\n' >"$tmp/stdlib/calendar.py"
printf 'print("stdlib only")\n' >"$tmp/stdlib/onlyhere.py"

out=$(cd "$tmp/empty" && GINGER_STDLIB="$tmp/stdlib" "$ginger" -m calendar 2000 1 2>&1)
grep -q 'January 2000' <<<"$out" || fail "-m calendar did not run Ginger's own calendar: $out"
out=$(cd "$tmp/empty" && GINGER_STDLIB="$tmp/stdlib" "$ginger" -m onlyhere 2>&1)
[ "$out" = "stdlib only" ] || fail "-m onlyhere did not run the GINGER_STDLIB module: $out"
printf 'print("local calendar")\n' >"$tmp/work/calendar.py"
out=$(cd "$tmp/work" && GINGER_STDLIB="$tmp/stdlib" "$ginger" -m calendar 2>&1)
[ "$out" = "local calendar" ] || fail "-m calendar did not run the file in the current directory: $out"

[ $failures -eq 0 ] && echo "pass: module_precedence"
exit $((failures > 0))

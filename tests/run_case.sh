#!/usr/bin/env bash
# Runs one test case against an interpreter and compares it with the expectations CPython 3.12 produced.
#   usage: tests/run_case.sh GINGER tests/cases/<area>/<name>.py
# The case runs as `GINGER -B <name>.py` in its own directory, with stdin from <name>.py.in (or /dev/null),
# PYTHONHASHSEED=0 and a 60 s timeout. It passes when:
#   - stdout equals <name>.py.exp byte for byte;
#   - the exit status is 0, or the first line of <name>.py.err if that file exists;
#   - with <name>.py.err, the last non-blank line of stderr equals its second line;
#   - with <name>.py.stderr, the whole of stderr equals that file.
# Before comparing stderr, the case's absolute directory followed by "/" is removed from it (CPython names the main
# script by its absolute path in tracebacks; the expectations hold the plain file name), so both forms pass.
# Exit status: 0 on pass (files starting with "_" are helper modules and are skipped), 1 on failure.
set -u

if [ $# -ne 2 ]; then
    echo "usage: $0 GINGER CASE.py" >&2
    exit 2
fi
ginger=$1
case_path=$2

# Resolve the interpreter before changing directory; a bare name is looked up in PATH.
if [[ "$ginger" == */* ]] && [ -d "$(dirname "$ginger")" ]; then
    ginger="$(cd "$(dirname "$ginger")" && pwd)/$(basename "$ginger")"
fi
if [ ! -f "$case_path" ]; then
    echo "FAIL: no such case: $case_path"
    exit 1
fi
case_dir=$(cd "$(dirname "$case_path")" && pwd)
name=$(basename "$case_path")
if [[ "$name" == _* ]]; then
    echo "skip: $name is a helper module, not a test case"
    exit 0
fi
if [ ! -f "$case_dir/$name.exp" ]; then
    echo "FAIL: $case_path has no $name.exp; run \`make regen\` (tools/regen_expected.py) with CPython 3.12"
    exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/ginger-case.XXXXXX")
trap 'rm -rf "$work"' EXIT

stdin=/dev/null
[ -f "$case_dir/$name.in" ] && stdin="$case_dir/$name.in"

(
    cd "$case_dir" || exit 125
    PYTHONUNBUFFERED=1 PYTHONHASHSEED=0 LC_ALL=C.UTF-8 timeout 60 "$ginger" -B "$name" <"$stdin" >"$work/stdout" 2>"$work/stderr"
)
status=$?

# Strip the case directory (physical and logical spellings) from stderr; see the header.
regex_escape() { printf '%s' "$1" | sed -e 's/[]\/$*.^[]/\\&/g'; }
physical_pattern=$(regex_escape "$(cd "$case_dir" && pwd -P)/")
logical_pattern=$(regex_escape "$case_dir/")
sed -e "s/$physical_pattern//g" -e "s/$logical_pattern//g" "$work/stderr" >"$work/stderr.stripped"
mv "$work/stderr.stripped" "$work/stderr"

failed=0
fail() {
    echo "FAIL: $case_path: $*"
    failed=1
}

expected_status=0
expected_last=""
if [ -f "$case_dir/$name.err" ]; then
    expected_status=$(sed -n 1p "$case_dir/$name.err")
    expected_last=$(sed -n 2p "$case_dir/$name.err")
fi

if [ "$status" -eq 124 ]; then
    fail "timed out after 60 s"
elif [ "$status" -ne "$expected_status" ]; then
    fail "exit status $status, expected $expected_status"
fi

if ! cmp -s "$case_dir/$name.exp" "$work/stdout"; then
    fail "stdout differs from $name.exp (--- expected, +++ actual):"
    diff -u --label expected --label actual "$case_dir/$name.exp" "$work/stdout" | head -n 80
fi

if [ -f "$case_dir/$name.err" ]; then
    actual_last=$(grep -v '^[[:space:]]*$' "$work/stderr" | tail -n 1 | sed 's/[[:space:]]*$//')
    if [ "$actual_last" != "$expected_last" ]; then
        fail "last line of stderr differs"
        echo "  expected: $expected_last"
        echo "  actual:   $actual_last"
    fi
fi

if [ -f "$case_dir/$name.stderr" ]; then
    if ! cmp -s "$case_dir/$name.stderr" "$work/stderr"; then
        fail "stderr differs from $name.stderr (--- expected, +++ actual):"
        diff -u --label expected --label actual "$case_dir/$name.stderr" "$work/stderr" | head -n 80
    fi
fi

if [ "$failed" -ne 0 ]; then
    # A crash or an unexpected traceback is the most useful thing to see, so show stderr unless it was diffed above.
    if [ ! -f "$case_dir/$name.stderr" ] && [ -s "$work/stderr" ]; then
        echo "--- stderr:"
        head -n 40 "$work/stderr"
    fi
    exit 1
fi
echo "pass: $case_path"
exit 0

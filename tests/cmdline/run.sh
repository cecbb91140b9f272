#!/bin/bash
# Runs each command line of cases.txt under Ginger and compares exit status, stdout and the last line of
# stderr with cases.exp (written by CPython 3.12 through tools/regen_cmdline.py).
# Usage: run.sh GINGER
ginger=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
failures=0
total=0
while IFS= read -r line; do
    [[ -z "$line" || "$line" == \#* ]] && continue
    total=$((total + 1))
    command="${line%% <<< *}"
    stdin=""
    [[ "$line" == *" <<< "* ]] && stdin="${line#* <<< }"
    stdin="${stdin//\\n/$'\n'}"
    [[ -n "$stdin" ]] && stdin+=$'\n'
    # The same splitting as tools/regen_cmdline.py: after -c the rest is one argument, except for the
    # sys.argv case whose trailing words are arguments.
    args=()
    if [[ "$command" == *"-c "* ]]; then
        head="${command%%-c *}"
        code="${command#*-c }"
        read -r -a head_args <<< "$head"
        if [[ "$code" == "import sys; print(sys.argv)"* ]]; then
            rest="${code#import sys; print(sys.argv)}"
            read -r -a rest_args <<< "$rest"
            args=("${head_args[@]}" -c "import sys; print(sys.argv)" "${rest_args[@]}")
        else
            args=("${head_args[@]}" -c "$code")
        fi
    else
        read -r -a args <<< "$command"
    fi
    expected=$(KEY="=== $line" awk '$0 == ENVIRON["KEY"] { found = 1; next } found && /^=== / { exit } found { print }' "$here/cases.exp")
    actual_stdout=$(cd /tmp && printf '%s' "$stdin" | PYTHONUNBUFFERED= PYTHONDONTWRITEBYTECODE=1 timeout 30 "$ginger" "${args[@]}" 2>/tmp/cmdline_err.$$)
    status=$?
    last=$(grep -v '^[[:space:]]*$' /tmp/cmdline_err.$$ | tail -n 1)
    last="${last#"$ginger: "}"
    last="${last#ginger: }"
    last="${last//\`ginger -h\'/\`python -h\'}"
    actual=$(printf 'status %s\n%s\n--- stderr\n%s' "$status" "$actual_stdout" "$last")
    [[ -z "$actual_stdout" ]] && actual=$(printf 'status %s\n--- stderr\n%s' "$status" "$last")
    if [[ "$actual" != "$expected" ]]; then
        failures=$((failures + 1))
        echo "FAIL: $line"
        diff <(printf '%s\n' "$expected") <(printf '%s\n' "$actual") | sed 's/^/    /'
    fi
done < "$here/cases.txt"
rm -f /tmp/cmdline_err.$$
echo "$((total - failures)) passed, $failures failed"
[[ $failures -eq 0 ]]

#!/usr/bin/env bash
# Buffered output reaches its destination at exit, as in CPython: files still open when the program ends,
# sys.stdout and sys.stderr through pipes and files, after sys.exit() and after an uncaught exception.
set -u
ginger=$(realpath "$1")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1
failures=0
expect() {
    local what="$1" actual="$2" wanted="$3"
    if [[ "$actual" != "$wanted" ]]; then
        echo "FAIL $what: got $(printf %q "$actual"), wanted $(printf %q "$wanted")"
        failures=$((failures + 1))
    else
        echo "ok   $what"
    fi
}

"$ginger" -c $'f = open("open.txt", "w")\nf.write("text left open")\ng = open("open.bin", "wb")\ng.write(b"bytes left open")'
expect "text file open at exit" "$(cat open.txt)" "text left open"
expect "binary file open at exit" "$(cat open.bin)" "bytes left open"

"$ginger" -c $'f = open("exit.txt", "w")\nf.write("before sys.exit")\nimport sys\nsys.exit(3)'
expect "file open at sys.exit" "$(cat exit.txt)" "before sys.exit"

"$ginger" -c $'f = open("error.txt", "a")\nf.write("before the error")\n1 / 0' 2>/dev/null
expect "file open at an uncaught exception" "$(cat error.txt)" "before the error"

expect "stdout through a pipe" "$("$ginger" -c $'for i in range(100000):\n    print(i)' | tail -n 1)" "99999"
"$ginger" -c $'import sys\nsys.stdout.write("no newline")\nsys.stderr.write("err no newline")' > out.txt 2> err.txt
expect "stdout without a newline" "$(cat out.txt)" "no newline"
expect "stderr without a newline" "$(cat err.txt)" "err no newline"
"$ginger" -c $'print("partial")\nimport sys\nsys.exit("bye")' > out.txt 2> err.txt
expect "stdout at sys.exit(message)" "$(cat out.txt)" "partial"
expect "the sys.exit message" "$(cat err.txt)" "bye"
"$ginger" -c $'import sys\nsys.stdout.buffer.write(b"raw ")\nprint("then text")' > out.txt
expect "sys.stdout.buffer and print share the buffer" "$(cat out.txt)" "raw then text"
"$ginger" -c $'x = input("prompt: ")\nprint(x.upper())' <<< "typed" > out.txt
expect "input() writes its prompt and reads sys.stdin" "$(cat out.txt)" "prompt: TYPED"
expect "a closed stdin is None" "$("$ginger" -c 'import sys; print(sys.stdin)' <&-)" "None"

exit $((failures > 0))

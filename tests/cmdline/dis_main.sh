#!/usr/bin/env bash
# `ginger -m dis [FILE]` disassembles a file (or standard input) as CPython's `python -m dis` does: the module's
# code, then each nested code object; a missing file or a bad option is a usage error (exit status 2).
# dis.dis() with no argument at the prompt disassembles the last traceback, marking the failing instruction.
set -u
ginger="$1"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ginger-dis.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
printf 'def twice(x):\n    return x * 2\n\nprint(twice(21))\n' >"$tmp/prog.py"

out=$(cd "$tmp" && "$ginger" -m dis prog.py 2>&1)
status=$?
[ $status -eq 0 ] || fail "-m dis prog.py: exit status $status: $out"
grep -Eq '^  1 +0 LOAD_CONST +[0-9]+ \(<code object twice at 0x[0-9a-f]+, file "prog.py", line 1>\)$' <<<"$out" \
    || fail "no LOAD_CONST of twice's code on line 1 in: $out"
grep -Eq '^Disassembly of <code object twice at 0x[0-9a-f]+, file "prog.py", line 1>:$' <<<"$out" \
    || fail "no 'Disassembly of <code object twice ...>:' in: $out"
grep -Eq '^  2 +0 LOAD_FAST +0 \(x\)$' <<<"$out" || fail "no LOAD_FAST x on line 2 in: $out"
grep -Eq 'BINARY_OP +[0-9]+ \(\*\)$' <<<"$out" || fail "no BINARY_OP (*) in: $out"
grep -q 'twice(21)' <<<"$out" && fail "-m dis ran the program"
grep -q '^42$' <<<"$out" && fail "-m dis ran the program"

stdin_out=$(cd "$tmp" && "$ginger" -m dis <prog.py 2>&1)
[ "$(sed 's/file "[^"]*"/file/; s/ at 0x[0-9a-f]*//' <<<"$stdin_out")" = "$(sed 's/file "[^"]*"/file/; s/ at 0x[0-9a-f]*//' <<<"$out")" ] \
    || fail "-m dis <prog.py differs from -m dis prog.py: $stdin_out"
grep -q 'file "<stdin>"' <<<"$stdin_out" || fail "standard input is not named <stdin>: $stdin_out"

err=$(cd "$tmp" && "$ginger" -m dis missing.py 2>&1 >/dev/null)
status=$?
[ $status -eq 2 ] || fail "-m dis missing.py: exit status $status, not 2"
grep -q "can't open 'missing.py'" <<<"$err" || fail "-m dis missing.py: $err"
err=$(cd "$tmp" && "$ginger" -m dis prog.py extra 2>&1 >/dev/null)
[ $? -eq 2 ] || fail "-m dis with two files: not a usage error"
grep -q "unrecognized arguments: extra" <<<"$err" || fail "-m dis prog.py extra: $err"
help=$("$ginger" -m dis -h)
grep -q '^usage: ' <<<"$help" || fail "-m dis -h: $help"

printf 'def boom():\n    return 1 // 0\n' >"$tmp/boom.py"
repl=$(cd "$tmp" && printf 'import boom, dis\nboom.boom()\ndis.dis()\n' | "$ginger" -i 2>&1)
grep -Eq -- '--> +[0-9]+ BINARY_OP +[0-9]+ \(//\)$' <<<"$repl" || fail "dis.dis() after an error does not mark the BINARY_OP: $repl"
[ $failures -eq 0 ]

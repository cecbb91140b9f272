#!/usr/bin/env bash
# The README walkthrough with checks: main.py runs, module.py imports main and caches it, the second run uses the
# cache, and a changed main.py is recompiled and its cache rewritten.
#   usage: tests/cache/walkthrough.sh GINGER
source "$(dirname "${BASH_SOURCE[0]}")/common.bash"

dir=$(new_dir walkthrough)
pyc=$dir/__pycache__/$PYC_NAME

run_in "$dir" "$MAIN_OUT" "ginger main.py" -- main.py
expect_quiet "ginger main.py"
[ ! -e "$pyc" ] || fail "running main.py as the script must not cache it, but $PYC_NAME exists"

run_in "$dir" "$MODULE_OUT" "first ginger module.py" -- module.py
expect_quiet "first ginger module.py"
header_ok "$dir" "after the first run"
if compgen -G "$dir/__pycache__/module.*" >/dev/null; then
    fail "the script module.py was cached: $(ls "$dir/__pycache__")"
fi
before=$(cksum <"$pyc" 2>/dev/null)

run_in "$dir" "$MODULE_OUT" "second ginger module.py" -- module.py
expect_quiet "second ginger module.py"
[ "$(cksum <"$pyc" 2>/dev/null)" = "$before" ] || fail "a run with a valid cache rewrote $PYC_NAME"

reads_back "$dir" "third run"
if wrote_cache; then
    fail "the -v run with a valid cache reported writing $PYC_NAME"
fi

# Change main.py: new content and a newer mtime (well past the old one, so coarse timestamps cannot hide it).
old_mtime=$(stat -c %Y "$dir/main.py")
echo 'print("changed")' >>"$dir/main.py"
touch -d "@$((old_mtime + 10))" "$dir/main.py"
changed_out=$'Hello World!\nlemon tea\nchanged\nginger tea\n'
run_in "$dir" "$changed_out" "ginger -v module.py after the change" -- -v module.py
if used_cache; then
    fail "the stale $PYC_NAME was used after main.py changed"
fi
if ! wrote_cache; then
    fail "-v did not report writing $PYC_NAME after main.py changed (expected \"# created '...$PYC_NAME'\")"
fi
[ "$(cksum <"$pyc" 2>/dev/null)" != "$before" ] || fail "$PYC_NAME was not rewritten after main.py changed"
header_ok "$dir" "after the change"

run_in "$dir" "$changed_out" "ginger -v module.py after the rewrite" -- -v module.py
used_cache || fail "the rewritten $PYC_NAME was not used by the next run"

finish

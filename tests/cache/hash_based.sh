#!/usr/bin/env bash
# Hash-based .pyc files (PEP 552) and the tools that write .pyc files: `-m compileall --invalidation-mode`,
# `-m py_compile`, --check-hash-based-pycs default/always/never, a stale hash-based file rewritten with its kind
# kept, sourceless imports seen by -v, and concurrent compileall runs that never leave a partial file.
#   usage: tests/cache/hash_based.sh GINGER
source "$(dirname "${BASH_SOURCE[0]}")/common.bash"

flags_of() { le32 "$1/__pycache__/$PYC_NAME" 4; }

# Checked: used while the source is unchanged; after an edit, recompiled and rewritten as checked again.
dir=$(new_dir checked)
run_in "$dir" "" "compileall checked-hash" -- -m compileall -q --invalidation-mode checked-hash . || true
[ "$(flags_of "$dir")" = 3 ] || fail "checked-hash: flags $(flags_of "$dir"), expected 3"
run_in "$dir" "$MODULE_OUT" "checked, unchanged" -- -v module.py
used_cache || fail "checked, unchanged: the .pyc was not used"
before=$(od -An -tx1 -j 8 -N 8 "$dir/__pycache__/$PYC_NAME")
printf '\n# edited\n' >>"$dir/main.py"
touch -d @1000000000 "$dir/main.py"  # the mtime does not matter to a hash-based file
run_in "$dir" "$MODULE_OUT" "checked, edited" -- -v module.py
grep -q "ignored: stale (source hash changed)" "$LAST_STDERR" || fail "checked, edited: no 'stale (source hash changed)'"
wrote_cache || fail "checked, edited: not rewritten"
[ "$(flags_of "$dir")" = 3 ] || fail "checked, rewritten: flags $(flags_of "$dir"), expected 3 (kept)"
[ "$(od -An -tx1 -j 8 -N 8 "$dir/__pycache__/$PYC_NAME")" != "$before" ] || fail "checked, rewritten: same hash"
run_in "$dir" "$MODULE_OUT" "checked, rewritten" -- -v module.py
used_cache || fail "checked, rewritten: the new .pyc was not used"
# --check-hash-based-pycs never: a checked file is used even when the source changed.
printf '# again\n' >>"$dir/main.py"
run_in "$dir" "$MODULE_OUT" "checked, never" -- --check-hash-based-pycs never -v module.py
used_cache || fail "--check-hash-based-pycs never: the stale checked .pyc was not used"

# Unchecked: used even after the source changed, unless --check-hash-based-pycs always.
dir=$(new_dir unchecked)
run_in "$dir" "" "compileall unchecked-hash" -- -m compileall -q --invalidation-mode unchecked-hash . || true
[ "$(flags_of "$dir")" = 1 ] || fail "unchecked-hash: flags $(flags_of "$dir"), expected 1"
sed -i 's/lemon tea/mint tea/' "$dir/main.py"
run_in "$dir" "$MODULE_OUT" "unchecked, edited (old code runs)" -- -v module.py
used_cache || fail "unchecked, edited: the .pyc was not used"
run_in "$dir" "${MODULE_OUT/lemon/mint}" "unchecked, always" -- --check-hash-based-pycs always -v module.py
grep -q "ignored: stale (source hash changed)" "$LAST_STDERR" || fail "always: the unchecked file was not checked"
[ "$(flags_of "$dir")" = 1 ] || fail "unchecked, rewritten: flags $(flags_of "$dir"), expected 1 (kept)"
run_in "$dir" "${MODULE_OUT/lemon/mint}" "unchecked, rewritten" -- -v module.py
used_cache || fail "unchecked, rewritten: not used"
out=$(cd "$dir" && "$GINGER" -m pycinfo "__pycache__/$PYC_NAME")
grep -q "hash-based, unchecked" <<<"$out" || fail "pycinfo does not say hash-based, unchecked: $out"
grep -q "fresh: the source hash matches" <<<"$out" || fail "pycinfo does not find the hash fresh: $out"
x=$("$GINGER" --check-hash-based-pycs always -c 'import _imp; print(_imp.check_hash_based_pycs)')
[ "$x" = always ] || fail "_imp.check_hash_based_pycs is '$x' with --check-hash-based-pycs always"
"$GINGER" --check-hash-based-pycs sometimes -c pass 2>/dev/null && fail "--check-hash-based-pycs sometimes accepted"

# Sourceless: main.pyc in place of main.py.
dir=$(new_dir sourceless)
run_in "$dir" "" "py_compile" -- -m py_compile main.py
mv "$dir/__pycache__/$PYC_NAME" "$dir/main.pyc" && rm "$dir/main.py"
run_in "$dir" "$MODULE_OUT" "sourceless import" -- -v module.py
grep -q "code object from '[^']*/main.pyc'" "$LAST_STDERR" || fail "sourceless: -v does not show main.pyc"
[ ! -e "$dir/__pycache__/$PYC_NAME" ] || fail "sourceless: a cache file was written"

# A .pyc file given as the script runs its code; a file that is not one is refused.
printf 'import sys\nprint("from the pyc", __name__)\nsys.exit(3)\n' >"$dir/script.py"
(cd "$dir" && "$GINGER" -m py_compile script.py && rm script.py)
out=$(cd "$dir" && "$GINGER" "__pycache__/script.ginger-312.pyc" 2>&1)
status=$?
[ "$out" = "from the pyc __main__" ] && [ $status -eq 3 ] || fail "running a .pyc: status $status, output: $out"
printf 'not a pyc' >"$dir/fake.pyc"
out=$(cd "$dir" && "$GINGER" fake.pyc 2>&1)
[ $? -eq 1 ] && [ "$out" = "RuntimeError: Bad magic number in .pyc file" ] || fail "running a bad .pyc: $out"

# The command lines: exit statuses and messages.
dir=$(new_dir cli)
printf 'x = = 1\n' >"$dir/bad.py"
(cd "$dir" && "$GINGER" -m py_compile main.py bad.py >"$TMP/out" 2>"$TMP/err")
[ $? -eq 1 ] || fail "py_compile of a bad file: exit status not 1"
grep -q "^SyntaxError: invalid syntax" "$TMP/err" || fail "py_compile: no SyntaxError on stderr: $(cat "$TMP/err")"
(cd "$dir" && "$GINGER" -m py_compile -q bad.py >"$TMP/out" 2>"$TMP/err")
[ $? -eq 1 ] && [ ! -s "$TMP/err" ] || fail "py_compile -q: not quiet or not status 1"
(cd "$dir" && "$GINGER" -m compileall -q . >"$TMP/out" 2>&1)
[ $? -eq 1 ] || fail "compileall with a bad file: exit status not 1"
grep -q "^\*\*\* Error compiling './bad.py'...$" "$TMP/out" || fail "compileall -q: no error line: $(cat "$TMP/out")"
(cd "$dir" && "$GINGER" -m compileall -q -x bad . >"$TMP/out" 2>&1) || fail "compileall -x bad: not status 0: $(cat "$TMP/out")"
[ ! -s "$TMP/out" ] || fail "compileall -q: output: $(cat "$TMP/out")"
(cd "$dir" && "$GINGER" -m compileall -b -f -x bad . >/dev/null 2>&1)
[ -f "$dir/module.pyc" ] || fail "compileall -b: no module.pyc beside module.py"
(cd "$dir" && "$GINGER" -m compileall -f -o 2 -x bad . >/dev/null 2>&1)
[ -f "$dir/__pycache__/module.ginger-312.opt-2.pyc" ] || fail "compileall -o 2: no .opt-2.pyc"
printf 'main.py\n' >"$dir/list.txt"
out=$(cd "$dir" && "$GINGER" -m compileall -f -i list.txt)
[ "$out" = "Compiling 'main.py'..." ] || fail "compileall -i list.txt: $out"
mkdir -p "$dir/sub/deeper" && printf 'def f():\n    return 1\n' >"$dir/sub/deeper/z.py"
out=$(cd "$dir" && "$GINGER" -m compileall -l -x bad sub)
[ "$out" = "Listing 'sub'..." ] || fail "compileall -l: $out"
out=$(cd "$dir" && "$GINGER" -m compileall -r 1 -x bad sub)
[ "$out" = $'Listing \'sub\'...\nListing \'sub/deeper\'...\nCompiling \'sub/deeper/z.py\'...' ] || fail "compileall -r 1: $out"
(cd "$dir" && "$GINGER" -m compileall -f -q -d /shown sub/deeper) || fail "compileall -d: status"
out=$(cd "$dir" && "$GINGER" -m pycinfo sub/deeper/__pycache__/z.ginger-312.pyc)
grep -q 'file "/shown/z.py"' <<<"$out" || fail "compileall -d /shown: the code does not name /shown/z.py: $out"
prepended=/prepended  # any directory name: -s strips $dir from the recorded path, -p puts this one first
(cd "$dir" && "$GINGER" -m compileall -f -q -s "$dir" -p "$prepended" sub/deeper) || fail "compileall -s -p: status"
out=$(cd "$dir" && "$GINGER" -m pycinfo sub/deeper/__pycache__/z.ginger-312.pyc)
grep -q "file \"$prepended/sub/deeper/z.py\"" <<<"$out" || fail "compileall -s -p: the code does not name $prepended/sub/deeper/z.py: $out"
rm -rf "$dir/__pycache__"
(cd "$dir" && "$GINGER" -m compileall -j 2 -q -x bad .) || fail "compileall -j 2: status"
[ -f "$dir/__pycache__/$PYC_NAME" ] && [ -f "$dir/__pycache__/module.ginger-312.pyc" ] || fail "compileall -j 2: missing .pyc files"
(cd "$dir" && "$GINGER" -m compileall -j 0 -q . >"$TMP/out" 2>&1)
[ $? -eq 1 ] && grep -q "^\*\*\* Error compiling './bad.py'...$" "$TMP/out" || fail "compileall -j 0 with a bad file: $(cat "$TMP/out")"
(cd "$dir" && "$GINGER" -m compileall --bogus . >/dev/null 2>&1)
[ $? -eq 2 ] || fail "compileall --bogus: exit status not 2"
(cd "$dir" && "$GINGER" -m compileall --invalidation-mode nope . >/dev/null 2>&1)
[ $? -eq 2 ] || fail "compileall --invalidation-mode nope: exit status not 2"

# Concurrent writers: four compileall runs at once, several times; no partial or temporary file is left, and
# the result is a valid cache that import uses.
dir=$(new_dir concurrent)
for round in 1 2 3; do
    pids=()
    for i in 1 2 3 4; do
        (cd "$dir" && exec "$GINGER" -m compileall -f -q --invalidation-mode checked-hash . >"$TMP/c.$i" 2>&1) &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do
        wait "$pid" || fail "round $round: a concurrent compileall failed"
    done
    leftovers=$(ls -A "$dir/__pycache__" | grep -vx -e "$PYC_NAME" -e module.ginger-312.pyc)
    [ -z "$leftovers" ] || fail "round $round: leftover files in __pycache__: $leftovers"
    run_in "$dir" "$MODULE_OUT" "round $round: import" -- -v module.py
    used_cache || fail "round $round: the .pyc written concurrently was not used"
done

finish

#!/usr/bin/env bash
# Situations where no cache may be written (or none can be): the program still runs correctly with status 0.
#   usage: tests/cache/no_cache.sh GINGER
source "$(dirname "${BASH_SOURCE[0]}")/common.bash"

no_pyc() {
    local dir=$1 label=$2
    if compgen -G "$dir/__pycache__/*" >/dev/null; then
        fail "$label: a cache file was written: $(ls "$dir/__pycache__")"
    fi
}

# -B
dir=$(new_dir option-B)
run_in "$dir" "$MODULE_OUT" "-B" -- -B module.py && expect_quiet "-B"
no_pyc "$dir" "-B"
[ ! -e "$dir/__pycache__" ] || note "-B: an empty __pycache__ directory was created"

# PYTHONDONTWRITEBYTECODE (any non-empty value)
dir=$(new_dir env-var)
run_in "$dir" "$MODULE_OUT" "PYTHONDONTWRITEBYTECODE=1" PYTHONDONTWRITEBYTECODE=1 -- module.py &&
    expect_quiet "PYTHONDONTWRITEBYTECODE=1"
no_pyc "$dir" "PYTHONDONTWRITEBYTECODE=1"

# sys.dont_write_bytecode set by the program before the import.
dir=$(new_dir sys-flag)
cat >"$dir/flagged.py" <<'PY'
import sys
print(sys.dont_write_bytecode)
sys.dont_write_bytecode = True
import main
main.printChai("oolong")
PY
run_in "$dir" $'False\nHello World!\nlemon tea\noolong\n' "sys.dont_write_bytecode = True" -- flagged.py &&
    expect_quiet "sys.dont_write_bytecode = True"
no_pyc "$dir" "sys.dont_write_bytecode = True"
# ...and the same program with -B sees the flag already set.
run_in "$dir" $'True\nHello World!\nlemon tea\noolong\n' "sys.dont_write_bytecode under -B" -- -B flagged.py

# __pycache__ is a regular file: nothing can be written, the file is left alone.
dir=$(new_dir pycache-is-a-file)
echo "not a directory" >"$dir/__pycache__"
run_in "$dir" "$MODULE_OUT" "__pycache__ is a file" -- module.py && expect_quiet "__pycache__ is a file"
run_in "$dir" "$MODULE_OUT" "__pycache__ is a file, second run" -- module.py
if [ ! -f "$dir/__pycache__" ] || [ "$(cat "$dir/__pycache__")" != "not a directory" ]; then
    fail "__pycache__ is a file: the file was changed or replaced"
fi

# A read-only source directory. Root ignores permission bits, so under root (as in the CI container) chmod cannot
# make the directory unwritable; the sub-check is skipped there rather than faked.
if [ "$(id -u)" -eq 0 ]; then
    note "read-only directory: skipped, running as root (chmod 555 does not stop root from writing)"
else
    dir=$(new_dir read-only)
    chmod 555 "$dir"
    run_in "$dir" "$MODULE_OUT" "read-only directory" -- module.py && expect_quiet "read-only directory"
    [ ! -e "$dir/__pycache__" ] || fail "read-only directory: __pycache__ was created"
    # A read-only __pycache__ that already exists.
    dir=$(new_dir read-only-pycache)
    mkdir "$dir/__pycache__"
    chmod 555 "$dir/__pycache__"
    run_in "$dir" "$MODULE_OUT" "read-only __pycache__" -- module.py && expect_quiet "read-only __pycache__"
    no_pyc "$dir" "read-only __pycache__"
    chmod 755 "$dir" "$dir/__pycache__"
fi

finish

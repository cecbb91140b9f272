# Shared helpers for the bytecode cache tests (tests/cache/*.sh); sourced, not run, hence not a .sh file.
# Each test takes the interpreter as $1, works in its own temporary directory, prints FAIL lines for what went wrong
# and exits 0 only if every check passed.
#
# What the tests assume about Ginger (docs/TESTING.md has the details):
#   - module m's cache is __pycache__/m.ginger-312.pyc beside m.py; the main script is never cached;
#   - the file starts with a 16-byte PEP 552 header: magic (4 bytes), flags (4, zero for timestamp-based pycs),
#     source mtime (4, little-endian seconds, modulo 2**32), source size (4, little-endian, modulo 2**32);
#     the body that follows carries a checksum, so any damage is detected and the module is recompiled;
#   - `-v` writes CPython-style lines to stderr:
#         # code object from '/abs/dir/__pycache__/main.ginger-312.pyc'     (the cache was used)
#         # created '/abs/dir/__pycache__/main.ginger-312.pyc'              (the cache was written; "wrote" is
#                                                                             accepted too)
set -u

if [ $# -lt 1 ]; then
    echo "usage: $0 GINGER" >&2
    exit 2
fi
GINGER=$1
if [[ "$GINGER" == */* ]] && [ -d "$(dirname "$GINGER")" ]; then
    GINGER="$(cd "$(dirname "$GINGER")" && pwd)/$(basename "$GINGER")"
fi
if ! command -v "$GINGER" >/dev/null 2>&1; then
    echo "FAIL: no interpreter at $GINGER"
    exit 1
fi
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
EXAMPLE_DIR=$REPO_ROOT/examples/python_working

# Control the environment explicitly: caching must not be disabled or redirected from outside.
unset PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX PYTHONPATH PYTHONSTARTUP PYTHONVERBOSE PYTHONINSPECT
export PYTHONHASHSEED=0

TMP=$(mktemp -d "${TMPDIR:-/tmp}/ginger-cache.XXXXXX")
trap 'chmod -R u+rwx "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT

MAIN_OUT=$'Hello World!\nlemon tea\n'
MODULE_OUT=$'Hello World!\nlemon tea\nginger tea\n'
PYC_NAME=main.ginger-312.pyc
FAILURES=0

fail() {
    echo "FAIL: $*"
    FAILURES=$((FAILURES + 1))
}

note() {
    echo "note: $*"
}

# new_dir NAME: a fresh copy of the walkthrough example; prints its path.
new_dir() {
    local dir=$TMP/$1
    mkdir -p "$dir"
    cp "$EXAMPLE_DIR/main.py" "$EXAMPLE_DIR/module.py" "$dir/"
    echo "$dir"
}

# run_in DIR EXPECTED_STDOUT LABEL [ENV=VALUE ...] -- ARGS...: runs Ginger in DIR with stdin from /dev/null and checks
# exit status 0 and stdout; leaves stderr in $LAST_STDERR (a file). Returns 1 if a check failed.
LAST_STDERR=$TMP/last.stderr
run_in() {
    local dir=$1 expected=$2 label=$3
    shift 3
    local env_args=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do
        env_args+=("$1")
        shift
    done
    shift
    local out=$TMP/last.stdout status
    (cd "$dir" && env ${env_args[@]+"${env_args[@]}"} timeout 60 "$GINGER" "$@" </dev/null >"$out" 2>"$LAST_STDERR")
    status=$?
    local ok=0
    if [ "$status" -ne 0 ]; then
        fail "$label: exit status $status (expected 0)"
        ok=1
    fi
    if [ "$(cat "$out"; echo x)" != "${expected}x" ]; then
        fail "$label: wrong stdout"
        diff -u --label expected --label actual <(printf '%s' "$expected") "$out" | head -n 20
        ok=1
    fi
    if [ "$ok" -ne 0 ] && [ -s "$LAST_STDERR" ]; then
        echo "--- stderr of $label:"
        head -n 20 "$LAST_STDERR"
    fi
    return $ok
}

# expect_quiet LABEL: stderr of the last run must be empty (no warning, no traceback).
expect_quiet() {
    if [ -s "$LAST_STDERR" ]; then
        fail "$1: unexpected stderr:"
        head -n 20 "$LAST_STDERR"
    fi
}

# used_cache: did the last -v run load main from its .pyc?
used_cache() {
    grep -Eq "code object from '?[^ ']*__pycache__/main\.ginger-312\.pyc" "$LAST_STDERR"
}

# wrote_cache: did the last -v run write main's .pyc?
wrote_cache() {
    grep -Eq "(created|wrote) '?[^ ']*__pycache__/main\.ginger-312\.pyc" "$LAST_STDERR"
}

# le32 FILE OFFSET: the unsigned little-endian 32-bit number at OFFSET.
le32() {
    local bytes
    read -r -a bytes <<<"$(od -An -v -tu1 -j "$2" -N 4 "$1")"
    [ "${#bytes[@]}" -eq 4 ] || { echo -1; return; }
    echo $(( bytes[0] | bytes[1] << 8 | bytes[2] << 16 | bytes[3] << 24 ))
}

# magic FILE: the first four bytes in hex.
magic() {
    od -An -v -tx1 -N 4 "$1" | tr -d ' \n'
}

# header_ok DIR LABEL [MAGIC]: the .pyc exists and its header describes DIR/main.py (and has MAGIC if given).
header_ok() {
    local dir=$1 label=$2 want_magic=${3:-}
    local pyc=$dir/__pycache__/$PYC_NAME
    if [ ! -f "$pyc" ]; then
        fail "$label: $pyc does not exist"
        return 1
    fi
    local size mtime source_size ok=0
    size=$(stat -c %s "$pyc")
    if [ "$size" -le 16 ]; then
        fail "$label: $PYC_NAME has only $size bytes"
        return 1
    fi
    mtime=$(( $(stat -c %Y "$dir/main.py") % 4294967296 ))
    source_size=$(( $(stat -c %s "$dir/main.py") % 4294967296 ))
    if [ -n "$want_magic" ] && [ "$(magic "$pyc")" != "$want_magic" ]; then
        fail "$label: magic $(magic "$pyc"), expected $want_magic"; ok=1
    fi
    if [ "$(le32 "$pyc" 4)" != 0 ]; then
        fail "$label: flags field is $(le32 "$pyc" 4), expected 0 (timestamp-based)"; ok=1
    fi
    if [ "$(le32 "$pyc" 8)" != "$mtime" ]; then
        fail "$label: header mtime $(le32 "$pyc" 8), source mtime $mtime"; ok=1
    fi
    if [ "$(le32 "$pyc" 12)" != "$source_size" ]; then
        fail "$label: header size $(le32 "$pyc" 12), source size $source_size"; ok=1
    fi
    return $ok
}

# reads_back DIR LABEL: a -v run gives the right output and loads main from the cache.
reads_back() {
    run_in "$1" "$MODULE_OUT" "$2 (-v read back)" -- -v module.py || return 1
    if ! used_cache; then
        fail "$2: a -v run did not report loading $PYC_NAME (no \"code object from '...$PYC_NAME'\" line)"
        grep -i "main" "$LAST_STDERR" | head -n 10
        return 1
    fi
}

finish() {
    if [ "$FAILURES" -eq 0 ]; then
        echo "PASS: $(basename "$0")"
        exit 0
    fi
    echo "$FAILURES check(s) failed in $(basename "$0")"
    exit 1
}

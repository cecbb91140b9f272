#!/usr/bin/env bash
# A damaged or stale __pycache__/main.ginger-312.pyc must never crash Ginger or change the program's behaviour:
# the module is compiled from source, the output is right, and the cache is rewritten valid.
#   usage: tests/cache/bad_pyc.sh GINGER
source "$(dirname "${BASH_SOURCE[0]}")/common.bash"

# A fixed source mtime makes the expected header predictable.
MTIME=1700000000

# fresh_cache NAME: sets DIR to a new copy of the example whose main.py has been imported (and so cached) once.
fresh_cache() {
    DIR=$(new_dir "$1")
    touch -d "@$MTIME" "$DIR/main.py"
    run_in "$DIR" "$MODULE_OUT" "$1: creating the cache" -- module.py
}

fresh_cache reference
reference=$DIR
if ! header_ok "$reference" "reference cache"; then
    finish
fi
REF_MAGIC=$(magic "$reference/__pycache__/$PYC_NAME")
REF_SIZE=$(stat -c %s "$reference/__pycache__/$PYC_NAME")

# flip_byte FILE OFFSET: inverts every bit of one byte in place.
flip_byte() {
    local value
    value=$(od -An -v -tu1 -j "$2" -N 1 "$1" | tr -d ' ')
    printf "\\$(printf '%03o' $((value ^ 255)))" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}

# put_le32 FILE OFFSET NUMBER: overwrites a little-endian 32-bit field.
put_le32() {
    local n=$3
    printf "\\$(printf '%03o' $((n & 255)))\\$(printf '%03o' $((n >> 8 & 255)))\\$(printf '%03o' $((n >> 16 & 255)))\\$(printf '%03o' $((n >> 24 & 255)))" |
        dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}

corrupt() {
    local kind=$1 pyc=$2 size
    size=$(stat -c %s "$pyc")
    case $kind in
        truncated-0) : >"$pyc" ;;
        truncated-8) truncate -s 8 "$pyc" ;;
        truncated-16) truncate -s 16 "$pyc" ;;
        truncated-20) truncate -s 20 "$pyc" ;;
        truncated-body) truncate -s $((size - 1)) "$pyc" ;;
        wrong-magic) flip_byte "$pyc" 0 ;;
        wrong-magic-version) flip_byte "$pyc" 1 ;;
        unknown-flags) put_le32 "$pyc" 4 128 ;;   # PEP 552 defines only bits 0 and 1
        flipped-middle) flip_byte "$pyc" $((16 + (size - 16) / 2)) ;;
        flipped-first-body-byte) flip_byte "$pyc" 16 ;;
        flipped-last) flip_byte "$pyc" $((size - 1)) ;;
        extra-bytes) printf 'trailing junk' >>"$pyc" ;;
        garbage) head -c "$size" /dev/urandom >"$pyc" ;;
        garbage-valid-header) head -c 16 "$pyc" >"$pyc.header"
                              { cat "$pyc.header"; head -c $((size - 16)) /dev/urandom; } >"$pyc"
                              rm -f "$pyc.header" ;;
        stale-mtime) put_le32 "$pyc" 8 $((MTIME - 100)) ;;
        stale-size) put_le32 "$pyc" 12 3 ;;
        *) echo "unknown corruption $kind" >&2; exit 2 ;;
    esac
}

# Not tested: __pycache__/main.ginger-312.pyc being a directory.
kinds=(truncated-0 truncated-8 truncated-16 truncated-20 truncated-body wrong-magic wrong-magic-version
       unknown-flags flipped-middle flipped-first-body-byte flipped-last extra-bytes garbage garbage-valid-header
       stale-mtime stale-size)
for kind in "${kinds[@]}"; do
    if [ "$kind" = truncated-20 ] && [ "$REF_SIZE" -le 20 ]; then
        note "$kind skipped: the cache has only $REF_SIZE bytes"
        continue
    fi
    fresh_cache "$kind"
    dir=$DIR
    pyc=$dir/__pycache__/$PYC_NAME
    corrupt "$kind" "$pyc"
    cp "$pyc" "$TMP/$kind.corrupted"
    if run_in "$dir" "$MODULE_OUT" "$kind" -- module.py; then
        expect_quiet "$kind"
    fi
    if [ "$kind" = extra-bytes ]; then
        # Junk after a complete body may be either detected (and the cache rewritten) or ignored; both are fine.
        reads_back "$dir" "$kind"
        continue
    fi
    if [ ! -f "$pyc" ]; then
        fail "$kind: $PYC_NAME was not rewritten"
        continue
    fi
    if cmp -s "$pyc" "$TMP/$kind.corrupted"; then
        fail "$kind: $PYC_NAME still holds the corrupted bytes"
        continue
    fi
    header_ok "$dir" "$kind: rewritten cache" "$REF_MAGIC"
    reads_back "$dir" "$kind"
done

finish

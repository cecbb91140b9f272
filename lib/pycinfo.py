"""ginger -m pycinfo FILE.pyc: what is inside one of Ginger's bytecode cache files.

Prints the header (the magic number and the bytecode version it stands for, the flags, the source's mtime and
size or, in a hash-based file, its hash), checks the body (its length and FNV-1a checksum), says whether the file is fresh for its source, and
disassembles the code inside. The format is described in docs/PYC_FORMAT.md.
"""

import sys

_BODY_TAG = b"GBDY"
_HEADER_SIZE = 32


def _u32(data, offset):
    return int.from_bytes(data[offset:offset + 4], "little")


def _fnv1a64(data):
    value = 0xcbf29ce484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return value


def _utc(seconds):
    import time
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(seconds))


def describe(path, out=None):
    """Prints the description of the .pyc file at `path`; returns False if the file is damaged."""
    import os
    write = (out or sys.stdout).write
    with open(path, "rb") as f:
        data = f.read()
    write(f"file:          {path} ({len(data)} bytes)\n")
    if len(data) < _HEADER_SIZE:
        write("damaged:       shorter than the 32-byte header\n")
        return False
    magic = data[:4]
    version = int.from_bytes(magic[:2], "little")
    from importlib.util import MAGIC_NUMBER
    expected = "this Ginger's" if magic == MAGIC_NUMBER else f"not this Ginger's ({int.from_bytes(MAGIC_NUMBER[:2], 'little')})"
    write(f"magic:         {magic.hex(' ')} = bytecode version {version}, {expected}\n")
    flags = _u32(data, 4)
    kinds = {0: 'timestamp-based', 1: 'hash-based, unchecked', 3: 'hash-based, checked'}
    write(f"flags:         {flags} ({kinds.get(flags & 3 if flags < 4 else -1, 'invalid')})\n")
    hash_based = flags & 1
    mtime, size = _u32(data, 8), _u32(data, 12)
    if hash_based:
        write(f"source hash:   {data[8:16].hex()}\n")
    else:
        write(f"source mtime:  {mtime} ({_utc(mtime)})\n")
        write(f"source size:   {size} bytes\n")
    tag, length = data[16:20], _u32(data, 20)
    checksum = int.from_bytes(data[24:32], "little")
    payload = data[_HEADER_SIZE:]
    ok = tag == _BODY_TAG and length == len(payload)
    write(f"body:          tag {tag!r}, {length} bytes{'' if length == len(payload) else f' (the file has {len(payload)})'}\n")
    actual = _fnv1a64(payload)
    write(f"checksum:      {checksum:016x} ({'matches' if actual == checksum else f'does not match: {actual:016x}'})\n")
    ok = ok and actual == checksum
    try:
        from importlib.util import source_from_cache
        source = source_from_cache(path)
    except ValueError:
        source = None
    if source and os.path.exists(source):
        if hash_based:
            from importlib.util import source_hash
            with open(source, "rb") as f:
                fresh = source_hash(f.read()) == data[8:16]
            what = 'fresh: the source hash matches' if fresh else 'stale: the source changed since'
            if not flags & 2:
                what += ' (unchecked: used anyway)'
        else:
            st = os.stat(source)
            fresh = int(st.st_mtime) & 0xFFFFFFFF == mtime and st.st_size & 0xFFFFFFFF == size
            what = 'fresh: mtime and size match' if fresh else 'stale: the source changed since'
        write(f"source:        {source} ({what})\n")
    else:
        write(f"source:        {source or 'unknown'} (not found)\n")
    if not ok:
        write("damaged:       the code is not shown\n")
        return False
    import marshal
    # A code object in the marshal module's format is the 'G' type code, a length and the .pyc payload.
    code = marshal.loads(b"G" + len(payload).to_bytes(4, "little") + payload)
    write("\n")
    import dis
    if out is not None:
        saved, sys.stdout = sys.stdout, out
    try:
        dis.dis(code)
    finally:
        if out is not None:
            sys.stdout = saved
    return True


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0] in ("-h", "--help"):
        print("usage: ginger -m pycinfo FILE.pyc", file=sys.stderr)
        return 2
    try:
        return 0 if describe(args[0]) else 1
    except OSError as e:
        print(f"pycinfo: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

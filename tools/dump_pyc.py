#!/usr/bin/env python3
"""Print the structure of a Ginger .pyc file (docs/PYC_FORMAT.md), field by field with offsets.

Usage: tools/dump_pyc.py FILE.pyc    (standard library only; checks the checksum, not the code)
"""
import struct
import sys

OPNAMES = None


def load_opnames():
    import os
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sys.path.insert(0, os.path.join(root, "lib"))
    try:
        import _opcode_metadata
        return _opcode_metadata.opname, _opcode_metadata.cache_entries
    except ImportError:
        return None, {}


class Reader:
    def __init__(self, data, base):
        self.data = data
        self.pos = 0
        self.base = base

    def take(self, n):
        if self.pos + n > len(self.data):
            raise ValueError("truncated at payload offset %d" % self.pos)
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def u8(self):
        return self.take(1)[0]

    def u32(self):
        return struct.unpack("<I", self.take(4))[0]

    def u64(self):
        return struct.unpack("<Q", self.take(8))[0]


def show(reader, at, indent, text):
    print("%06x  %s%s" % (reader.base + at, "  " * indent, text))


def value(r, indent, label=""):
    start = r.base + r.pos
    tag = chr(r.u8())
    prefix = "%06x  %s%s" % (start, "  " * indent, label + ": " if label else "")
    if tag in "NTF.":
        print(prefix + {"N": "None", "T": "True", "F": "False", ".": "Ellipsis"}[tag])
    elif tag == "i":
        print(prefix + "small int %d" % struct.unpack("<q", r.take(8))[0])
    elif tag == "l":
        print(prefix + "big int %s" % r.take(r.u32()).decode())
    elif tag == "g":
        print(prefix + "float %r" % struct.unpack("<d", r.take(8))[0])
    elif tag in "su":
        text = r.take(r.u32()).decode("utf-8", "surrogatepass")
        print(prefix + "%s %r" % ("interned str" if tag == "u" else "str", text))
    elif tag == "(":
        n = r.u32()
        print(prefix + "tuple of %d" % n)
        for i in range(n):
            value(r, indent + 1, "[%d]" % i)
    elif tag == "c":
        print(prefix + "code")
        code(r, indent + 1)
    else:
        raise ValueError("unknown tag %r at %06x" % (tag, start))


def code(r, indent):
    opname, cache_entries = load_opnames()
    fields = ["argcount", "posonlyargcount", "kwonlyargcount", "nlocals", "ncells", "nfrees", "stacksize",
              "firstlineno", "flags"]
    for name in fields:
        at = r.pos
        show(r, at, indent, "%s = %d" % (name, r.u32()))
    at = r.pos
    words = r.u32()
    show(r, at, indent, "%d code words" % words)
    skip = 0
    for i in range(words):
        at = r.pos
        w = r.u32()
        if skip:
            print("%06x  %s%4d CACHE %08x" % (r.base + at, "  " * (indent + 1), i, w))
            skip -= 1
            continue
        op, arg = w & 0xFF, w >> 8
        name = opname[op] if opname and op < len(opname) else "op %d" % op
        skip = cache_entries.get(name, 0)
        print("%06x  %s%4d %-22s %d" % (r.base + at, "  " * (indent + 1), i, name, arg))
    show(r, r.pos, indent, "positions (line, end_line, col, end_col) per word:")
    for i in range(words):
        at = r.pos
        p = struct.unpack("<4i", r.take(16))
        print("%06x  %s%4d %s" % (r.base + at, "  " * (indent + 1), i, p))
    at = r.pos
    entries = r.u32()
    show(r, at, indent, "%d exception table entries" % entries)
    for _ in range(entries):
        at = r.pos
        start, end, target, depth = struct.unpack("<4I", r.take(16))
        lasti = r.u8()
        print("%06x  %s%d to %d -> %d [%d]%s" % (r.base + at, "  " * (indent + 1), start, end, target, depth,
                                                 " lasti" if lasti else ""))
    value(r, indent, "co_consts")
    value(r, indent, "co_names")
    value(r, indent, "localsplus names")
    at = r.pos
    kinds = r.take(r.u32())
    print("%06x  %slocalsplus kinds: %s" % (r.base + at, "  " * indent, kinds.hex(" ") or "(none)"))
    value(r, indent, "co_name")
    value(r, indent, "co_qualname")
    value(r, indent, "co_filename")


def fnv1a(data):
    h = 0xcbf29ce484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(argv[1], "rb") as f:
        data = f.read()
    if len(data) < 32:
        print("too short for a header", file=sys.stderr)
        return 1
    magic, flags, mtime, size, tag, length, checksum = struct.unpack("<IIII4sIQ", data[:32])
    print("000000  magic %04x = bytecode version %d + %r" % (magic, magic & 0xFFFF, data[2:4]))
    print("000004  flags %d" % flags)
    print("000008  source mtime %d" % mtime)
    print("00000c  source size %d" % size)
    print("000010  body tag %r" % tag)
    print("000014  payload length %d (file has %d)" % (length, len(data) - 32))
    ok = fnv1a(data[32:]) == checksum
    print("000018  checksum %016x (%s)" % (checksum, "ok" if ok else "MISMATCH"))
    value(Reader(data[32:], 32), 0, "payload")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))

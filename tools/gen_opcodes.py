#!/usr/bin/env python3
"""Generate the opcode documentation and Python metadata from src/vm/opcodes.def.

Writes docs/internals/opcodes.md (a table of every instruction) and lib/_opcode_metadata.py
(opmap, opname, cache_entries). Both outputs are committed; run this script after editing
opcodes.def. Standard library only.

Usage: tools/gen_opcodes.py [--check]   (--check: exit 1 if a committed output is stale)
"""
import hashlib
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OPCODES_DEF = os.path.join(ROOT, "src", "vm", "opcodes.def")
OPCODES_MD = os.path.join(ROOT, "docs", "internals", "opcodes.md")
METADATA_PY = os.path.join(ROOT, "lib", "_opcode_metadata.py")
MARSHAL_H = os.path.join(ROOT, "src", "compile", "marshal.h")

# What the argument of each operand kind means. An operand kind missing here is an error, so a new
# kind in opcodes.h gets documented.
OPERAND_KINDS = {
    "NONE": "no argument (the 24 bits are zero)",
    "CONST": "index into `co_consts`",
    "LOCAL": "index into the frame's locals, cells and free variables (`localsplus`)",
    "LOCAL_PAIR": "two `localsplus` indexes: `arg >> 12` and `arg & 0xFFF`",
    "NAME": "index into `co_names`",
    "GLOBAL": "`co_names[arg >> 1]`; bit 0 asks for a null to be pushed after the value",
    "COUNT": "a count (items, arguments, stack distance) or a small bit set, as the doc says",
    "JUMP": "an absolute target: the offset in code words of the instruction to jump to",
    "BINOP": "a binary operator number; from `INPLACE_OFFSET` (13) on, the in-place form of operator `arg - 13`",
    "CMPOP": "a comparison: 0 `<`, 1 `<=`, 2 `==`, 3 `!=`, 4 `>`, 5 `>=`",
    "INVERT": "0 for the plain test, 1 for the negated one (`is not`, `not in`)",
    "FORMAT": "f-string conversion and spec bits (`arg & 3`, `arg & 4`)",
}

FLAG_NAMES = {
    "RAISES": "may raise an exception",
    "JUMPS": "may jump to its argument",
    "NO_FALLTHROUGH": "never continues with the next instruction",
    "PSEUDO": "pseudo-instruction: the assembler replaces or removes it; never in a code object",
}


class Op:
    def __init__(self, number, name, operand, cache, pops, pushes, flags, doc, line):
        self.number = number
        self.name = name
        self.operand = operand
        self.cache = cache
        self.pops = pops
        self.pushes = pushes
        self.flags = flags
        self.doc = doc
        self.line = line


def split_arguments(text, line_number):
    """Split the inside of OP(...) at top-level commas, leaving parentheses and strings intact."""
    parts = []
    current = []
    depth = 0
    in_string = False
    escaped = False
    for ch in text:
        if in_string:
            current.append(ch)
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                raise SyntaxError("opcodes.def:%d: unbalanced parentheses" % line_number)
        elif ch == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(ch)
    if in_string or depth != 0:
        raise SyntaxError("opcodes.def:%d: unterminated string or parenthesis" % line_number)
    parts.append("".join(current).strip())
    return parts


def unquote(literal, line_number):
    if len(literal) < 2 or literal[0] != '"' or literal[-1] != '"':
        raise SyntaxError("opcodes.def:%d: the doc must be a string literal" % line_number)
    body = literal[1:-1]
    out = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            out.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def parse(path):
    ops = []
    with open(path, encoding="utf-8") as f:
        for line_number, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith("//"):
                continue
            if not line.startswith("OP(") or not line.endswith(")"):
                raise SyntaxError("opcodes.def:%d: expected one OP(...) per line: %r" % (line_number, line))
            fields = split_arguments(line[3:-1], line_number)
            if len(fields) != 7:
                raise SyntaxError("opcodes.def:%d: OP takes 7 arguments, got %d" % (line_number, len(fields)))
            name, operand, cache, pops, pushes, flags, doc = fields
            if not name.isidentifier():
                raise SyntaxError("opcodes.def:%d: bad opcode name %r" % (line_number, name))
            if operand not in OPERAND_KINDS:
                raise SyntaxError("opcodes.def:%d: unknown operand kind %r" % (line_number, operand))
            if not cache.isdigit():
                raise SyntaxError("opcodes.def:%d: the cache size must be a number" % line_number)
            flag_list = [] if flags == "0" else [f.strip() for f in flags.split("|")]
            for flag in flag_list:
                if flag not in FLAG_NAMES:
                    raise SyntaxError("opcodes.def:%d: unknown flag %r" % (line_number, flag))
            ops.append(Op(len(ops), name, operand, int(cache), pops, pushes, flag_list, unquote(doc, line_number),
                          line_number))
    names = [op.name for op in ops]
    if len(set(names)) != len(names):
        raise SyntaxError("opcodes.def: an opcode is declared twice")
    if len(ops) > 256:
        raise SyntaxError("opcodes.def: more than 256 opcodes do not fit in 8 bits")
    return ops


def bytecode_version():
    with open(MARSHAL_H, encoding="utf-8") as f:
        match = re.search(r"BYTECODE_VERSION\s*=\s*(\d+)", f.read())
    if not match:
        raise SyntaxError("marshal.h: BYTECODE_VERSION not found")
    return int(match.group(1))


def fingerprint(ops):
    """A hash of everything in the table that compiled code depends on (all but the docs)."""
    text = "\n".join("%s %s %d %s %s %s" % (op.name, op.operand, op.cache, op.pops, op.pushes, "|".join(op.flags))
                     for op in ops)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def committed_stamp():
    """(bytecode_version, fingerprint) recorded in the committed metadata, or None."""
    try:
        with open(METADATA_PY, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return None
    version = re.search(r"^bytecode_version = (\d+)$", text, re.M)
    stamp = re.search(r"^opcodes_fingerprint = '([0-9a-f]+)'$", text, re.M)
    if not version or not stamp:
        return None
    return int(version.group(1)), stamp.group(1)


def md_cell(text):
    return text.replace("|", "\\|")


def code_cell(text):
    # Inline code cannot hold a backtick or a bare pipe inside a table; the .def has neither today.
    return "`%s`" % md_cell(text)


def render_markdown(ops, version):
    out = []
    w = out.append
    w("<!-- Generated by tools/gen_opcodes.py from src/vm/opcodes.def. Do not edit; run the script. -->")
    w("# Ginger's instructions")
    w("")
    w("`src/vm/opcodes.def` declares every instruction, one `OP(name, operand, cache, pops, pushes, flags, doc)`")
    w("per line. The `Op` enum, the dispatch table, the stack effects, the disassembler (`ginger -m dis FILE`), this")
    w("page and `lib/_opcode_metadata.py` are all derived from it.")
    w("")
    w("Bytecode version: %d (`BYTECODE_VERSION` in `src/compile/marshal.h`, part of the .pyc magic number; it must" % version)
    w("change whenever this table does, and `tools/gen_opcodes.py` refuses to regenerate until it has).")
    w("")
    w("## Instruction format")
    w("")
    w("- An instruction is one 32-bit word: the opcode in the low 8 bits, the argument in the high 24")
    w("  (`word = opcode | arg << 8`, so an argument is at most 2**24 - 1; there is no `EXTENDED_ARG`).")
    w("- An instruction with inline cache is followed by that many `CACHE` words (the *Cache* column). The")
    w("  interpreter keeps its specialization data there; the .pyc writer stores them as zero. An instruction's")
    w("  size is `1 + cache` words, and the next instruction starts right after its cache.")
    w("- Jump arguments are absolute offsets, counted in code words from the start of `co_code`, of the")
    w("  instruction to jump to (never into a cache word). Exception table entries count words the same way.")
    w("- Pseudo-instructions (flag `PSEUDO`) exist only inside the compiler: the assembler turns the try regions")
    w("  they mark into `co_exceptiontable` entries and removes them, and the .pyc verifier rejects them.")
    w("- *Number* is the opcode's position in `opcodes.def`, counting from 0; it changes when the file changes,")
    w("  which is why the .pyc magic number (the bytecode version) must change too.")
    w("- *Pops* and *Pushes* are C++ expressions in `arg` giving the effect when the instruction falls through.")
    w("  A jump may differ: `FOR_ITER` and `SEND` pop one more item when they jump; `JUMP_IF_*_OR_POP` keeps the")
    w("  condition; the handler of a `SETUP_FINALLY` region gets the exception pushed (and `SETUP_CLEANUP` /")
    w("  `SETUP_WITH` also the offset of the raising instruction).")
    w("")
    w("Operand kinds:")
    w("")
    w("| Operand | The argument is |")
    w("|---|---|")
    for kind, meaning in OPERAND_KINDS.items():
        w("| `%s` | %s |" % (kind, meaning))
    w("")
    w("Flags:")
    w("")
    w("| Flag | Meaning |")
    w("|---|---|")
    for flag, meaning in FLAG_NAMES.items():
        w("| `%s` | %s |" % (flag, meaning))
    w("")
    w("## The table")
    w("")
    w("%d instructions, %d of them pseudo-instructions." % (len(ops), sum("PSEUDO" in op.flags for op in ops)))
    w("")
    w("| Number | Name | Operand | Cache | Pops | Pushes | Flags | Stack picture and meaning |")
    w("|---:|---|---|---:|---|---|---|---|")
    for op in ops:
        flags = " ".join("`%s`" % f for f in op.flags) if op.flags else ""
        w("| %d | `%s` | `%s` | %d | %s | %s | %s | %s |" % (
            op.number, op.name, op.operand, op.cache, code_cell(op.pops), code_cell(op.pushes), flags,
            md_cell(op.doc)))
    w("")
    return "\n".join(out)


def render_metadata(ops, version):
    out = []
    w = out.append
    w('"""Ginger\'s opcode numbers and inline-cache sizes.')
    w("")
    w("Generated by tools/gen_opcodes.py from src/vm/opcodes.def. Do not edit; run the script.")
    w('"""')
    w("")
    w("# The .pyc bytecode version this table belongs to, and a hash of the table (names, operands, caches,")
    w("# stack effects, flags) that tools/gen_opcodes.py uses to insist on a new version when the table changes.")
    w("bytecode_version = %d" % version)
    w("opcodes_fingerprint = %r" % fingerprint(ops))
    w("")
    w("# name -> opcode number (its position in opcodes.def). Pseudo-instructions are included; they never")
    w("# appear in a code object.")
    w("opmap = {")
    for op in ops:
        w("    %r: %d," % (op.name, op.number))
    w("}")
    w("")
    w("# opcode number -> name")
    w("opname = [")
    for op in ops:
        w("    %r," % op.name)
    w("]")
    w("")
    w("# name -> number of CACHE words after the instruction; instructions without a cache are left out.")
    w("cache_entries = {")
    for op in ops:
        if op.cache:
            w("    %r: %d," % (op.name, op.cache))
    w("}")
    w("")
    w("# opcode numbers of the pseudo-instructions (removed by the assembler)")
    w("pseudo_ops = frozenset([%s])" % ", ".join(str(op.number) for op in ops if "PSEUDO" in op.flags))
    w("")
    w("# opcode numbers whose argument is a jump target (an absolute word offset)")
    w("hasjump = [%s]" % ", ".join(str(op.number) for op in ops if op.operand == "JUMP"))
    w("")
    return "\n".join(out)


def main(argv):
    check = False
    for arg in argv[1:]:
        if arg == "--check":
            check = True
        else:
            print("usage: %s [--check]" % argv[0], file=sys.stderr)
            return 2
    try:
        ops = parse(OPCODES_DEF)
        version = bytecode_version()
    except SyntaxError as e:
        print("gen_opcodes: %s" % e, file=sys.stderr)
        return 1
    # Opcode numbers are positions in opcodes.def: a changed table with the same bytecode version would let
    # old .pyc files pass the magic check and run with renumbered instructions.
    stamp = committed_stamp()
    if stamp and stamp[1] != fingerprint(ops) and stamp[0] == version:
        print("gen_opcodes: src/vm/opcodes.def changed but BYTECODE_VERSION (%d) did not; bump it in "
              "src/compile/marshal.h so that existing .pyc files are rejected" % version, file=sys.stderr)
        return 1
    outputs = [(OPCODES_MD, render_markdown(ops, version)), (METADATA_PY, render_metadata(ops, version))]
    stale = []
    for path, text in outputs:
        try:
            with open(path, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current == text:
            continue
        if check:
            stale.append(path)
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote %s" % os.path.relpath(path, ROOT))
    if stale:
        for path in stale:
            print("gen_opcodes: %s is stale; run tools/gen_opcodes.py" % os.path.relpath(path, ROOT),
                  file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

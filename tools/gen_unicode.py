"""Generates src/support/unicode_tables.cpp from the Unicode 15.0 database (Debian's unicode-data).

The tables give every code point the properties str methods need (CPython's makeunicodedata.py
semantics: isspace = bidi WS/B/S or Zs, isalpha = L*, isdecimal/isdigit/isnumeric from
UnicodeData and Unihan numeric values, islower/isupper/cased/case-ignorable from
DerivedCoreProperties, printable = not Cc/Cf/Cs/Co/Cn/Zl/Zp/Zs except space, XID_Start/Continue)
and the case mappings (simple from UnicodeData, full from SpecialCasing's unconditional entries,
folding from CaseFolding's C and F entries). The output is committed; the build does not need the
database. Usage: python3 tools/gen_unicode.py [UNICODE_DIR]  (default /usr/share/unicode)
"""
import bz2
import os
import sys

UCD = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "support", "unicode_tables.cpp")

ALPHA, DECIMAL, DIGIT, NUMERIC, LOWER, UPPER, TITLE, CASED, CASE_IGNORABLE, PRINTABLE, SPACE, LINEBREAK, XID_START, XID_CONTINUE = (1 << i for i in range(14))


def ucd_lines(name):
    path = os.path.join(UCD, name)
    opener = bz2.open if name.endswith(".bz2") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield line


def code_range(text):
    if ".." in text:
        a, b = text.split("..")
        return range(int(a, 16), int(b, 16) + 1)
    return range(int(text, 16), int(text, 16) + 1)


def main():
    category = {}
    bidi = {}
    decimal = {}
    digit = {}
    numeric = set()
    upper = {}
    lower = {}
    title = {}
    first = None
    for line in ucd_lines("UnicodeData.txt"):
        fields = line.split(";")
        code = int(fields[0], 16)
        name = fields[1]
        if name.endswith(", First>"):
            first = code
            continue
        codes = range(first, code + 1) if name.endswith(", Last>") else [code]
        for c in codes:
            category[c] = fields[2]
            bidi[c] = fields[4]
            if fields[6]:
                decimal[c] = int(fields[6])
            if fields[7]:
                digit[c] = int(fields[7])
            if fields[8]:
                numeric.add(c)
            if fields[12]:
                upper[c] = int(fields[12], 16)
            if fields[13]:
                lower[c] = int(fields[13], 16)
            if fields[14]:
                title[c] = int(fields[14], 16)
    for line in ucd_lines("Unihan_NumericValues.txt.bz2"):
        code, field, _ = line.split("\t", 2)
        if field in ("kAccountingNumeric", "kOtherNumeric", "kPrimaryNumeric"):
            numeric.add(int(code[2:], 16))
    props = {}
    for line in ucd_lines("DerivedCoreProperties.txt"):
        fields = [f.strip() for f in line.split(";")]
        for c in code_range(fields[0]):
            props.setdefault(c, set()).add(fields[1])
    special = {}  # code -> (lower, title, upper) full mappings, unconditional only
    for line in ucd_lines("SpecialCasing.txt"):
        fields = [f.strip() for f in line.split(";")]
        if len(fields) > 5 and fields[4]:
            continue  # conditional mapping
        c = int(fields[0], 16)
        special[c] = tuple(tuple(int(x, 16) for x in f.split()) for f in fields[1:4])
    fold = {}
    for line in ucd_lines("CaseFolding.txt"):
        fields = [f.strip() for f in line.split(";")]
        if fields[1] in ("C", "F"):
            c = int(fields[0], 16)
            if fields[1] == "F" or c not in fold:
                fold[c] = tuple(int(x, 16) for x in fields[2].split())

    records = []
    record_index = {}
    extended = []  # full mappings: sequences of code points, referenced by offset
    extended_index = {}

    def ext(seq):
        key = tuple(seq)
        if key not in extended_index:
            extended_index[key] = len(extended)
            extended.extend([len(key)] + list(key))
        return extended_index[key]

    per_code = []
    for c in range(0x110000):
        cat = category.get(c, "Cn")
        flags = 0
        if cat in ("Lm", "Lt", "Lu", "Ll", "Lo"):
            flags |= ALPHA
        if c in decimal:
            flags |= DECIMAL
        if c in digit:
            flags |= DIGIT
        if c in numeric:
            flags |= NUMERIC
        p = props.get(c, ())
        if "Lowercase" in p:
            flags |= LOWER
        if "Uppercase" in p:
            flags |= UPPER
        if cat == "Lt":
            flags |= TITLE
        if "Cased" in p:
            flags |= CASED
        if "Case_Ignorable" in p:
            flags |= CASE_IGNORABLE
        if c == 0x20 or cat not in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"):
            flags |= PRINTABLE
        if bidi.get(c) in ("WS", "B", "S") or cat == "Zs":
            flags |= SPACE
        if cat == "Zl" or bidi.get(c) == "B":
            flags |= LINEBREAK
        if "XID_Start" in p:
            flags |= XID_START
        if "XID_Continue" in p:
            flags |= XID_CONTINUE
        lo = lower.get(c, c)
        up = upper.get(c, c)
        ti = title.get(c, up)
        full = special.get(c)
        folded = fold.get(c)
        full_lower = ext(full[0]) if full and full[0] != (lo,) else -1
        full_title = ext(full[1]) if full and full[1] != (ti,) else -1
        full_upper = ext(full[2]) if full and full[2] != (up,) else -1
        # Folding defaults to the lowercase mapping at run time; record where it differs.
        if folded:
            full_fold = ext(folded) if folded != (lo,) else -1
        else:
            full_fold = ext((c,)) if lo != c else -1
        record = (flags, decimal.get(c, digit.get(c, -1)) if (c in decimal or c in digit) else -1,
                  lo - c, up - c, ti - c, full_lower, full_upper, full_title, full_fold)
        if record not in record_index:
            record_index[record] = len(records)
            records.append(record)
        per_code.append(record_index[record])

    block_size = 128
    blocks = []
    block_index = {}
    index1 = []
    for start in range(0, 0x110000, block_size):
        block = tuple(per_code[start:start + block_size])
        if block not in block_index:
            block_index[block] = len(blocks)
            blocks.append(block)
        index1.append(block_index[block])

    out = []
    w = out.append
    w("// Generated by tools/gen_unicode.py from the Unicode 15.0.0 database. Do not edit.")
    w("#include \"support/unicode_tables.h\"\n")
    w("namespace ginger::unicode {\n")
    w("const CharRecord g_records[] = {")
    for r in records:
        w("    { %d, %d, %d, %d, %d, %d, %d, %d, %d }," % r)
    w("};\n")
    w("const uint16_t g_index1[] = {")
    for i in range(0, len(index1), 24):
        w("    " + ", ".join(str(x) for x in index1[i:i + 24]) + ",")
    w("};\n")
    w("const uint16_t g_index2[] = {")
    flat = [x for b in blocks for x in b]
    for i in range(0, len(flat), 24):
        w("    " + ", ".join(str(x) for x in flat[i:i + 24]) + ",")
    w("};\n")
    w("const uint32_t g_extended[] = {")
    for i in range(0, len(extended), 16):
        w("    " + ", ".join(str(x) for x in extended[i:i + 16]) + ",")
    if not extended:
        w("    0,")
    w("};\n")
    w("}  // namespace ginger::unicode")
    with open(OUT, "w") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {OUT}: {len(records)} records, {len(blocks)} blocks, {len(extended)} extended words")


main()

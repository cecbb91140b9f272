"""Generates src/support/unicodedata_tables.cpp, the tables of the unicodedata module, from the Unicode 15.0
database (Debian's unicode-data).

Per code point (a two-level index onto shared records): general category, bidirectional class, canonical
combining class, East Asian width, the mirrored flag, the numeric value (UnicodeData field 8 and Unihan's
numeric fields) and the decomposition mapping (tag and code points). Beside them: the primary composites
(canonical pairs not in Full_Composition_Exclusion) for NFC/NFKC, and the named sequences for lookup().
The output is committed; the build does not need the database.
Usage: python3 tools/gen_unicodedata.py [UNICODE_DIR]  (default /usr/share/unicode)
"""
import bz2
import os
import sys
from fractions import Fraction

UCD = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "support", "unicodedata_tables.cpp")

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs",
              "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"]
BIDI = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B",
        "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
WIDTHS = ["F", "H", "W", "Na", "A", "N"]
TAGS = ["", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>", "<circle>", "<super>",
        "<sub>", "<vertical>", "<wide>", "<narrow>", "<small>", "<square>", "<fraction>", "<compat>"]


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


def table(values, per_line=24):
    return ["    " + ", ".join(str(x) for x in values[i:i + per_line]) + "," for i in range(0, len(values), per_line)]


def main():
    category, bidi, combining, mirrored, numeric, decomposition = {}, {}, {}, {}, {}, {}
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
            category[c] = CATEGORIES.index(fields[2])
            bidi[c] = BIDI.index(fields[4])
            combining[c] = int(fields[3])
            mirrored[c] = fields[9] == "Y"
            if fields[8]:
                numeric[c] = float(Fraction(fields[8]))
            if fields[5]:
                parts = fields[5].split()
                tag = TAGS.index(parts[0]) if parts[0].startswith("<") else 0
                decomposition[c] = (tag, tuple(int(p, 16) for p in parts[1 if tag else 0:]))
    for line in ucd_lines("Unihan_NumericValues.txt.bz2"):
        code, field, value = line.split("\t", 2)
        if field in ("kAccountingNumeric", "kOtherNumeric", "kPrimaryNumeric"):
            numeric[int(code[2:], 16)] = float(Fraction(value.strip().replace(",", "")))
    width = {}
    for line in ucd_lines("EastAsianWidth.txt"):
        fields = [f.strip() for f in line.split(";")]
        for c in code_range(fields[0]):
            width[c] = WIDTHS.index(fields[1])
    excluded = set()
    for line in ucd_lines("DerivedNormalizationProps.txt"):
        fields = [f.strip() for f in line.split(";")]
        if fields[1] == "Full_Composition_Exclusion":
            excluded.update(code_range(fields[0]))

    numbers = []
    number_index = {}
    decomp_data = []
    decomp_index = {}
    records = []
    record_index = {}
    per_code = []
    for c in range(0x110000):
        n = numeric.get(c)
        if n is None:
            ni = -1
        else:
            if n not in number_index:
                number_index[n] = len(numbers)
                numbers.append(n)
            ni = number_index[n]
        d = decomposition.get(c)
        if d is None:
            di = -1
        else:
            if d not in decomp_index:
                decomp_index[d] = len(decomp_data)
                decomp_data.append(d[0] << 8 | len(d[1]))
                decomp_data.extend(d[1])
            di = decomp_index[d]
        record = (category.get(c, 0), bidi.get(c, 0), combining.get(c, 0), width.get(c, WIDTHS.index("N")),
                  int(mirrored.get(c, False)), ni, di)
        if record not in record_index:
            record_index[record] = len(records)
            records.append(record)
        per_code.append(record_index[record])

    block_size = 128
    blocks, block_index, index1 = [], {}, []
    for start in range(0, 0x110000, block_size):
        block = tuple(per_code[start:start + block_size])
        if block not in block_index:
            block_index[block] = len(blocks)
            blocks.append(block)
        index1.append(block_index[block])

    compositions = sorted((d[1][0], d[1][1], c) for c, d in decomposition.items()
                          if d[0] == 0 and len(d[1]) == 2 and c not in excluded)

    sequences = []
    for line in ucd_lines("NamedSequences.txt"):
        name, codes = line.split(";")
        sequences.append((name.strip(), [int(x, 16) for x in codes.split()]))

    out = []
    w = out.append
    w("// Generated by tools/gen_unicodedata.py from the Unicode 15.0.0 database. Do not edit.")
    w("#include \"support/unicodedata_tables.h\"\n")
    w("namespace ginger::unicodedata {\n")
    w("const char* const CATEGORY_NAMES[] = { " + ", ".join(f'"{x}"' for x in CATEGORIES) + " };")
    w("const char* const BIDI_NAMES[] = { " + ", ".join(f'"{x}"' for x in BIDI) + " };")
    w("const char* const WIDTH_NAMES[] = { " + ", ".join(f'"{x}"' for x in WIDTHS) + " };")
    w("const char* const DECOMPOSITION_TAGS[] = { " + ", ".join(f'"{x}"' for x in TAGS) + " };\n")
    w("const DataRecord g_records[] = {")
    for r in records:
        w("    { %d, %d, %d, %d, %d, %d, %d }," % r)
    w("};\n")
    w("const uint16_t g_index1[] = {")
    out.extend(table(index1))
    w("};\n")
    w("const uint16_t g_index2[] = {")
    out.extend(table([x for b in blocks for x in b]))
    w("};\n")
    w("const double g_numeric_values[] = {")
    out.extend(table([repr(x) for x in numbers], 8))
    w("};\n")
    w("const uint32_t g_decompositions[] = {")
    out.extend(table(decomp_data, 16))
    w("};\n")
    w(f"extern const int COMPOSITION_COUNT = {len(compositions)};")
    w("const Composition g_compositions[] = {")
    for a, b, c in compositions:
        w(f"    {{ 0x{a:X}, 0x{b:X}, 0x{c:X} }},")
    w("};\n")
    seq_data = []
    w(f"extern const int NAMED_SEQUENCE_COUNT = {len(sequences)};")
    w("const NamedSequence g_named_sequences[] = {")
    for name, codes in sequences:
        w(f'    {{ "{name}", {len(seq_data)}, {len(codes)} }},')
        seq_data.extend(codes)
    w("};")
    w("const uint32_t g_named_sequence_data[] = {")
    out.extend(table([f"0x{x:X}" for x in seq_data], 12))
    w("};\n")
    w("}  // namespace ginger::unicodedata")
    with open(OUT, "w") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {OUT}: {len(records)} records, {len(blocks)} blocks, {len(numbers)} numbers, "
          f"{len(decomp_data)} decomposition words, {len(compositions)} compositions, {len(sequences)} sequences")


main()

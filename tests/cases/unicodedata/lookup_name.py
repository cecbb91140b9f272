# name() and lookup(): character names, names made by rule, aliases and named sequences.
import unicodedata

for ch in "a\u00e9\u4e00\U00020000\uac00\ud7a3\U0001f600\u0000\u0378\ue000\ufeff":
    print(hex(ord(ch)), unicodedata.name(ch, None))
for name in ["LATIN SMALL LETTER A", "latin small letter a", "Euro Sign", "CJK UNIFIED IDEOGRAPH-4E00",
             "CJK UNIFIED IDEOGRAPH-2A6DF", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE HIH", "NULL", "BYTE ORDER MARK",
             "LINE FEED", "LF", "ZWJ", "LATIN CAPITAL LETTER GHA", "LATIN SMALL LETTER A WITH MACRON AND GRAVE",
             "KEYCAP DIGIT ONE", "latin capital letter a with macron and grave", "TAMIL SYLLABLE KSSA"]:
    value = unicodedata.lookup(name)
    print(name, [hex(ord(c)) for c in value])
print(unicodedata.lookup(b"DIGIT ZERO"))

# Every named character round-trips in a few ranges.
count = 0
for c in list(range(0x20, 0x3000)) + list(range(0x1f300, 0x1f700)):
    name = unicodedata.name(chr(c), None)
    if name is not None:
        assert unicodedata.lookup(name) == chr(c), name
        count += 1
print("round trips", count)

for bad in ["NOT A CHARACTER NAME", "hangul syllable gag", "cjk unified ideograph-4e00", "CJK UNIFIED IDEOGRAPH-9FFFF",
            "LATIN SMALL LETTER A\x00", "x" * 300, ""]:
    try:
        unicodedata.lookup(bad)
    except KeyError as error:
        print("KeyError", str(error)[:60])
for ch in "\u0000\u0378\ud800\U0010ffff":
    try:
        unicodedata.name(ch)
    except ValueError as error:
        print(hex(ord(ch)), "ValueError", error)

# codecs.lookup: name normalisation, aliases, CodecInfo's fields, and unknown names.
import codecs

for name in ["utf-8", "UTF8", "utf_8", "U8", "latin-1", "Latin_1", "iso-8859-1", "L1", "ascii", "US-ASCII", "646",
             "utf-16", "UTF-16LE", "utf_16_be", "utf-32", "u32", "utf-8-sig", "cp1252", "windows-1252", "iso8859-15",
             "latin9", "unicode_escape", "raw-unicode-escape", "  utf 8  ", "utf--8"]:
    info = codecs.lookup(name)
    print(repr(name), "->", info.name)

info = codecs.lookup("utf-8")
print(isinstance(info, tuple), len(info), isinstance(info, codecs.CodecInfo))
print(info[0] is info.encode, info[1] is info.decode, info[2] is info.streamreader, info[3] is info.streamwriter)
print(info.incrementalencoder.__name__, info.incrementaldecoder.__name__)
print(info._is_text_encoding)
print(codecs.lookup("UTF-8") is codecs.lookup("utf_8"))
print(repr(info).startswith("<codecs.CodecInfo object for encoding utf-8 at 0x"))

for bad in ["no-such-codec", "", "utf-9", "X..Y"]:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print("LookupError:", e)

for bad in [1, b"utf-8", None]:
    try:
        codecs.lookup(bad)
    except TypeError as e:
        print("TypeError:", e)

print(codecs.getencoder("latin-1")("abc"))
print(codecs.getdecoder("ascii")(b"abc"))
print(codecs.getincrementalencoder("utf-8").__name__, codecs.getincrementaldecoder("utf-16").__name__)
print(codecs.getreader("utf-8").__name__, codecs.getwriter("utf-8").__name__)

# A CodecInfo built by hand.
ci = codecs.CodecInfo(str.upper, str.lower, name="shout")
print(ci.name, ci.encode("a"), ci.decode("B"), ci.streamreader, ci.incrementalencoder, ci._is_text_encoding)
ci = codecs.CodecInfo(None, None, name="bin", _is_text_encoding=False)
print(ci._is_text_encoding, tuple(ci))

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM == codecs.BOM_UTF16, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM32_LE, codecs.BOM64_BE)

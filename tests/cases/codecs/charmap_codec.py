# charmap_encode/decode/build and the cp1252 and iso8859-15 codecs built on them.
import codecs

print(codecs.charmap_decode(b"\x00\x01\x02", "strict", "abc"))
print(codecs.charmap_decode(b"\x00\x01", "strict", {0: "x", 1: 0x263a}), codecs.charmap_decode(b"\x01", "strict", {1: "multi"}))
print(codecs.charmap_decode(b"\xe9"), codecs.charmap_encode("\xe9"))
for data, mapping in [(b"\x00\x05", "ab"), (b"\x00\x01", "a\ufffe"), (b"\x00", {}), (b"\x00", {0: None}), (b"\x00", {0: 0xFFFE})]:
    try:
        codecs.charmap_decode(data, "strict", mapping)
    except UnicodeDecodeError as e:
        print(e.encoding, e.start, e.end, e.reason)
    print("   replace", ascii(codecs.charmap_decode(data, "replace", mapping)))
for mapping in [{0: 0x110000}, {0: 1.5}, {0: b"x"}]:
    try:
        codecs.charmap_decode(b"\x00", "strict", mapping)
    except TypeError as e:
        print("TypeError:", e)

table = codecs.charmap_build("abc")
print(codecs.charmap_encode("cab", "strict", table))
print(codecs.charmap_encode("ab", "strict", {ord("a"): 1, ord("b"): b"BB"}))
for text, mapping in [("axb", table), ("axyb", {ord("a"): 65, ord("b"): 66, ord("?"): 63}), ("x", {ord("?"): None})]:
    try:
        codecs.charmap_encode(text, "strict", mapping)
    except UnicodeEncodeError as e:
        print(e.encoding, e.start, e.end, e.reason)
    for errors in ["ignore", "replace", "xmlcharrefreplace"]:
        try:
            print("  ", errors, codecs.charmap_encode(text, errors, mapping))
        except UnicodeEncodeError as e:
            print("  ", errors, "UnicodeEncodeError:", e)
for mapping in [{ord("a"): 300}, {ord("a"): "s"}]:
    try:
        codecs.charmap_encode("a", "strict", mapping)
    except TypeError as e:
        print("TypeError:", e)

text = "caf\xe9 \u20ac \u2019quoted\u2019 \u0160"
print(text.encode("cp1252"), text.encode("cp1252").decode("cp1252") == text)
print(bytes(range(0x80, 0xa0)).decode("cp1252", "replace"))
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(e)
try:
    "\u0100".encode("windows-1252")
except UnicodeEncodeError as e:
    print(e)
print("\u20ac\u0160".encode("iso8859-15"), b"\xa4\xbc".decode("latin9"), "\u0100x".encode("cp1252", "replace"))
# surrogateescape is left to the handler function, which sees the whole unencodable stretch.
try:
    "\udcff\U0001f600".encode("iso8859-15", "surrogateescape")
except UnicodeEncodeError as e:
    print(e)
print("a\udcffb".encode("cp1252", "surrogateescape"))
# U+FFFE marks undefined bytes in a decoding table; it never encodes.
for text in ["\ufffe", "a\ufffe"]:
    try:
        print(text.encode("cp1252"))
    except UnicodeEncodeError as e:
        print(e)
print(codecs.charmap_encode("\ufffe", "strict", codecs.charmap_build("a\ufffe")))

# unicode_escape, raw_unicode_escape and the bytes escape codec.
import codecs

s = "a\\b'\"\t\n\r\x00\x7f\xe9\u20ac\U0001f600"
print(codecs.unicode_escape_encode(s))
print(codecs.raw_unicode_escape_encode(s))
print(s.encode("unicode_escape").decode("unicode_escape") == s, s.encode("raw_unicode_escape").decode("raw_unicode_escape") == s)

for data in [b"a\\nb", b"\\x41\\101\\u00e9\\U0001F600", b"\\N{EN DASH}\\N{latin small letter a}", b"\\\n", b"\xe9\\t",
             b"\\a\\b\\f\\v\\0"]:
    print(data, ascii(codecs.unicode_escape_decode(data)))

for data in [b"\\x4", b"\\u12", b"\\U0011ffff", b"\\N{NO SUCH NAME}", b"\\N", b"\\Nx", b"\\N{}", b"a\\", b"\\xzz", b"\\N{EN DASH"]:
    try:
        codecs.unicode_escape_decode(data)
    except UnicodeDecodeError as e:
        print(data, e.start, e.end, e.reason)
    print("   replace", ascii(codecs.unicode_escape_decode(data, "replace")), "not final", ascii(codecs.unicode_escape_decode(data, "strict", False)) if data.endswith((b"\\", b"\\x4", b"\\u12", b"\\N{EN DASH", b"\\N")) else "")

for data in [b"\\u00e9\\U0001f600", b"\\x41", b"\\\\u00e9", b"\\\\\\u00e9", b"a\\", b"\\u12", b"\\U00110000", b"\\uzzzz"]:
    try:
        print(data, ascii(codecs.raw_unicode_escape_decode(data)))
    except UnicodeDecodeError as e:
        print(data, e.start, e.end, e.reason)
print(ascii(codecs.raw_unicode_escape_decode(b"a\\u12", "strict", False)), ascii(codecs.raw_unicode_escape_decode(b"a\\", "strict", False)))

print(codecs.escape_encode(b"a'\"\\\t\n\r\x00\x7f\xff"))
print(codecs.escape_decode(b"a\\x41\\101\\n\\'"), codecs.escape_decode("\\x41\xe9"), codecs.escape_decode(bytearray(b"\\t")))
for data, errors in [(b"\\x4", "strict"), (b"ab\\xzz", None), (b"\\x4g", "replace"), (b"\\x4g", "ignore"), (b"a\\", "strict"), (b"\\x", "bogus")]:
    try:
        print(data, codecs.escape_decode(data, errors))
    except ValueError as e:
        print(data, "ValueError:", e)
try:
    codecs.escape_encode("str")
except TypeError as e:
    print("TypeError:", e)

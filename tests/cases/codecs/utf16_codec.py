# The utf-16 codecs: byte orders, BOMs, surrogate pairs, incomplete input and errors.
import codecs

s = "A\xe9\u20ac\U0001f600"
for encoding in ["utf-16", "utf-16-le", "utf-16-be", "utf_16le", "UTF-16BE"]:
    data = s.encode(encoding)
    print(encoding, data, data.decode(encoding) == s)

print(codecs.utf_16_encode("ab"), codecs.utf_16_encode("ab", None, 1), codecs.utf_16_encode("ab", None, -1))
print(codecs.utf_16_le_encode("ab"), codecs.utf_16_be_encode("ab"))
print(codecs.utf_16_decode(b"\xff\xfea\x00"), codecs.utf_16_decode(b"\xfe\xff\x00a"), codecs.utf_16_decode(b"a\x00"))
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00A"), codecs.utf_16_ex_decode(b"\xff\xfe"), codecs.utf_16_ex_decode(b"A\x00", None, 1))
print(codecs.utf_16_ex_decode(b"A\x00", None, -1), codecs.utf_16_ex_decode(b"\xff", None, 0, False), codecs.utf_16_ex_decode(b"A\x00"))
print(b"\xff\xfeA\x00".decode("utf-16"), b"\xfe\xff\x00A".decode("utf-16"), b"A\x00".decode("utf-16"))

for data in [b"\x00\xd8", b"\x00\xd8A", b"A", b"A\x00B", b"=\xd8\x00\xde"[:3]]:
    print(data, codecs.utf_16_le_decode(data), codecs.utf_16_le_decode(data, "strict", False))

for data in [b"\x00\xd8", b"\x00\xd8A", b"A", b"\x00\xdcA\x00", b"\x00\xd8\x00\xd8\x00\xdc", b"A\x00B"]:
    try:
        codecs.utf_16_le_decode(data, "strict", True)
    except UnicodeDecodeError as e:
        print(data, e.encoding, e.start, e.end, e.reason)
    print("  replace:", ascii(codecs.utf_16_le_decode(data, "replace", True)))
    print("  ignore:", ascii(codecs.utf_16_le_decode(data, "ignore", True)))
try:
    b"\x00\xdc".decode("utf-16-be")
except UnicodeDecodeError as e:
    print(e)

for text in ["a\ud800b", "\udfff"]:
    for encoding in ["utf-16", "utf-16-le", "utf-16-be"]:
        try:
            text.encode(encoding)
        except UnicodeEncodeError as e:
            print(encoding, e.encoding, e.start, e.end, e.reason)
        print("  ", text.encode(encoding, "surrogatepass"), text.encode(encoding, "replace"), text.encode(encoding, "ignore"))
print(ascii(b"\x00\xd8".decode("utf-16-le", "surrogatepass")), ascii(b"\xd8\x00".decode("utf-16-be", "surrogatepass")))
try:
    "\udc80".encode("utf-16-le", "surrogateescape")
except UnicodeEncodeError as e:
    print(e)

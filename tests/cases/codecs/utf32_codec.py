# The utf-32 codecs: byte orders, BOMs, invalid code points, incomplete input.
import codecs

s = "A\xe9\u20ac\U0001f600"
for encoding in ["utf-32", "utf-32-le", "utf-32-be", "UTF32"]:
    data = s.encode(encoding)
    print(encoding, data, data.decode(encoding) == s)

print(codecs.utf_32_encode("a"), codecs.utf_32_encode("a", None, 1), codecs.utf_32_le_encode("a"), codecs.utf_32_be_encode("a"))
print(codecs.utf_32_decode(b"\xff\xfe\x00\x00A\x00\x00\x00"), codecs.utf_32_decode(b"\x00\x00\xfe\xff\x00\x00\x00A"))
print(codecs.utf_32_ex_decode(b"\xff\xfe\x00\x00A\x00\x00\x00"), codecs.utf_32_ex_decode(b"A\x00\x00\x00"), codecs.utf_32_ex_decode(b"\xff\xfe\x00"))

for data in [b"A\x00\x00", b"A\x00\x00\x00B", b"\x00\xd8\x00\x00", b"\x00\x00\x11\x00"]:
    print(data, end=" ")
    try:
        print(codecs.utf_32_le_decode(data), end=" ")
        print(codecs.utf_32_le_decode(data, "strict", True))
    except UnicodeDecodeError as e:
        print(e.encoding, e.start, e.end, e.reason)
    print("  ", ascii(codecs.utf_32_le_decode(data, "replace", True)), ascii(codecs.utf_32_le_decode(data, "backslashreplace", True)))

try:
    "a\ud800".encode("utf-32")
except UnicodeEncodeError as e:
    print(e)
print("a\ud800".encode("utf-32-be", "surrogatepass"), ascii(b"\x00\xd8\x00\x00".decode("utf-32-le", "surrogatepass")))
print("a\ud800".encode("utf-32-le", "xmlcharrefreplace"))

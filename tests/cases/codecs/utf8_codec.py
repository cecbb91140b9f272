# utf_8_encode/utf_8_decode: results, consumed counts, the final flag, and errors with positions.
import codecs

print(codecs.utf_8_encode("a\xe9\u20ac\U0001f600"))
print(codecs.utf_8_encode(""))
print(codecs.utf_8_decode(b"a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"))
print(codecs.utf_8_decode(bytearray(b"xy")))

# An incomplete sequence at the end is left unconsumed unless final.
for data in [b"a\xc3", b"a\xe2\x82", b"a\xf0\x9f\x98", b"\xe2"]:
    print(data, codecs.utf_8_decode(data), codecs.utf_8_decode(data, "replace", True))

for data in [b"a\xffb", b"\xc3(", b"\xe2\x28\xa1", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"ab\xe2\x82"]:
    try:
        codecs.utf_8_decode(data, "strict", True)
    except UnicodeDecodeError as e:
        print(data, e.start, e.end, e.reason, "|", e)

for s in ["a\ud800b", "\udc80\udcff", "x\ud800\udc00y"]:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError as e:
        print(ascii(s), e.start, e.end, e.reason, "|", e)

for errors in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    print(errors, ascii(b"a\xff\xfeb\xc3".decode("utf-8", errors)))
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogatepass", "namereplace"]:
    print(errors, "a\ud800b".encode("utf-8", errors))
print("a\udcffb".encode("utf-8", "surrogateescape"))
print(ascii(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")))
print(ascii(codecs.utf_8_decode(b"a\xed\xb2\x80", "surrogatepass", True)))

for args in [(), ("a", "strict", 1), (b"a",), ("a", 3)]:
    try:
        codecs.utf_8_encode(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in [("a",), (b"a", 1)]:
    try:
        codecs.utf_8_decode(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    codecs.utf_8_decode(b"a", final=True)
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode("utf-8", "no-such-handler")
except LookupError as e:
    print("LookupError:", e)
print(b"ok".decode("utf-8", "no-such-handler"))
# The start of an encoded surrogate at the end of non-final input waits for more (surrogatepass may take it).
print(codecs.utf_8_decode(b"ab\xed\xa0", "ignore", False), codecs.utf_8_decode(b"ab\xed\xa0", "ignore", True))
print(ascii(codecs.utf_8_decode(b"ab\xed\xa0", "surrogatepass", False)))

# ascii and latin-1: encode/decode functions, error ranges and the built-in handlers.
import codecs

print(codecs.ascii_encode("abc"), codecs.ascii_decode(b"abc"), codecs.latin_1_encode("a\xe9\xff"), codecs.latin_1_decode(b"a\xe9\xff"))
print(codecs.latin_1_decode(bytearray(b"\x80")), codecs.ascii_decode(b"a\xffb", "replace"), codecs.ascii_decode(b"a\xff\xfeb", "ignore"))

for text, encoding in [("a\xe9\xe8b", "ascii"), ("a\u20ac\u20acb\u20ac", "latin-1"), ("\U0001f600", "ascii")]:
    try:
        text.encode(encoding)
    except UnicodeEncodeError as e:
        print(encoding, e.start, e.end, e.reason, "|", e)
    for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        print("  ", errors, text.encode(encoding, errors))

try:
    b"ab\x80\x81c".decode("ascii")
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason, e.object, "|", e)
print(ascii(b"a\x80\xffb".decode("ascii", "surrogateescape")), ascii(b"a\x80".decode("ascii", "backslashreplace")))
print("a\udc80\udcffb".encode("ascii", "surrogateescape"), "\udc80".encode("latin-1", "surrogateescape"))
for text in ["\udc80\ud800", "a\udc7f"]:
    try:
        text.encode("latin-1", "surrogateescape")
    except UnicodeEncodeError as e:
        print(e.start, e.end, e)
try:
    "\ud800".encode("latin-1", "surrogatepass")
except UnicodeEncodeError as e:
    print(e)
try:
    "\xe9".encode("ascii", "bogus")
except LookupError as e:
    print("LookupError:", e)
print(codecs.latin_1_encode("\xe9", None), codecs.ascii_encode("x", "bogus"))

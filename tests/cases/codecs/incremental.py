# Incremental encoders and decoders, iterencode/iterdecode, and the BOM-writing codecs.
import codecs

def feed(encoding, pieces, **kwargs):
    decoder = codecs.getincrementaldecoder(encoding)(**kwargs)
    out = [decoder.decode(piece) for piece in pieces]
    out.append(decoder.decode(b"", True))
    return out

data = "a\xe9\u20ac\U0001f600".encode("utf-8")
print(feed("utf-8", [data[i:i + 1] for i in range(len(data))]))
data = "a\xe9\u20ac\U0001f600".encode("utf-16")
print(feed("utf-16", [data[i:i + 1] for i in range(len(data))]))
data = "a\U0001f600".encode("utf-32-be")
print(feed("utf-32-be", [data[:3], data[3:6], data[6:]]))
print(feed("utf-8-sig", [b"\xef", b"\xbb", b"\xbfa", b"b"]), feed("utf-8-sig", [b"\xef\xbb", b""]), feed("utf-8-sig", [b"ab"]))
print(feed("unicode_escape", [b"a\\", b"u00", b"e9b"]), feed("latin-1", [b"\xe9"]), feed("cp1252", [b"\x80"]))
print(feed("utf-8", [b"a\xff", b"b"], errors="replace"))
try:
    feed("utf-8", [b"a\xe2\x82"])
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    feed("utf-16", [b"a\x00"])
except UnicodeError as e:
    print("UnicodeError:", e)

decoder = codecs.getincrementaldecoder("utf-8")()
print(repr(decoder.decode(b"x\xe2")), decoder.getstate())
decoder.reset()
print(decoder.getstate(), repr(decoder.decode(b"\x82\xac", True)) if False else "")
decoder.setstate((b"\xe2\x82", 0))
print(repr(decoder.decode(b"\xac")))

for encoding in ["utf-16", "utf-32", "utf-8-sig", "utf-8", "utf-16-le"]:
    encoder = codecs.getincrementalencoder(encoding)()
    print(encoding, encoder.encode("a"), encoder.encode("b"), encoder.encode("", True))
    encoder.reset()
    print("   after reset", encoder.encode("c"))

print(list(codecs.iterencode(["a", "", "\xe9"], "utf-16-be")), list(codecs.iterencode(["a", "b"], "utf-8-sig")))
print(list(codecs.iterdecode([b"\xff", b"\xfea", b"\x00b", b"\x00"], "utf-16")), list(codecs.iterdecode([], "utf-8")))
print(list(codecs.iterdecode([b"\xe2\x82", b"\xac!"], "utf-8")))

print("abc".encode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8-sig"), b"abc".decode("utf-8-sig"), codecs.decode(b"\xef\xbb", "utf-8-sig", "replace"))
print(codecs.lookup("utf-8-sig").decode(b"\xef\xbb\xbfa"), codecs.lookup("utf-8-sig").encode("a"))

class Doubler(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        usable = len(input) if final else len(input) - len(input) % 2
        return (input[:usable].upper().encode(), usable)
d = Doubler()
print(d.encode("abc"), d.getstate(), d.encode("d"), d.encode("e", True), d.getstate())

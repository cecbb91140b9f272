# str.encode, bytes.decode, str(b, enc) and bytes(s, enc) through the codec registry.
import codecs

text = "Gr\xfc\xdfe \u20ac\U0001f600"
for encoding in ["utf-16", "utf-16-be", "utf-32", "utf-32-le", "utf-8-sig", "unicode_escape", "raw_unicode_escape"]:
    data = text.encode(encoding)
    print(encoding, data, data.decode(encoding) == text, str(data, encoding) == text, bytes(text, encoding) == data,
          bytearray(text, encoding) == data, bytearray(data).decode(encoding) == text)
print("caf\xe9".encode("cp1252"), b"caf\xe9".decode("Windows-1252"), bytes("\u20ac", encoding="cp1252"), str(b"\x80", "cp1252"))
print("x".encode(encoding="utf_16_le"), b"x\x00".decode(encoding="utf_16_le", errors="strict"))

try:
    "x".encode("no-such-encoding")
except LookupError as e:
    print("LookupError:", e)
try:
    b"x".decode("no-such-encoding")
except LookupError as e:
    print("LookupError:", e)

# A codec registered by a search function, including ones that return the wrong types.
def search(name):
    if name == "test_rot":
        return codecs.CodecInfo(lambda s, errors="strict": (s[::-1].encode("ascii"), len(s)),
                                lambda b, errors="strict": (bytes(b)[::-1].decode("ascii"), len(b)), name="test-rot")
    if name == "test_binary":
        return codecs.CodecInfo(lambda s, errors="strict": (s, len(s)), lambda b, errors="strict": (b, len(b)),
                                name="test-binary", _is_text_encoding=False)
    if name == "test_wrongtype":
        return codecs.CodecInfo(lambda s, errors="strict": (s, len(s)), lambda b, errors="strict": (len(b), len(b)), name="test-wrongtype")
    if name == "test_notuple":
        return codecs.CodecInfo(lambda s, errors="strict": b"x", lambda b, errors="strict": "x", name="test-notuple")
    return None

codecs.register(search)
print("abc".encode("test-rot"), b"abc".decode("TEST_ROT"), codecs.encode("xyz", "test_rot"), codecs.decode(b"xyz", "test_rot"))
for job in [lambda: "x".encode("test-binary"), lambda: b"x".decode("test-binary"), lambda: "x".encode("test-wrongtype"),
            lambda: b"x".decode("test-wrongtype"), lambda: "x".encode("test-notuple"), lambda: b"x".decode("test-notuple"),
            lambda: codecs.encode("x", "test-notuple"), lambda: codecs.decode(b"x", "test-notuple")]:
    try:
        print(job())
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
print(codecs.encode("x", "test-binary"), codecs.decode(b"y", "test-binary"), codecs.encode("x", "test-wrongtype"))
print(codecs.encode("abc"), codecs.decode(b"abc"), codecs.encode(obj="\xe9", encoding="latin-1", errors="strict"))
for args in [(1, "utf-8"), ("x", 1), ("x", "utf-8", 2)]:
    try:
        codecs.encode(*args)
    except TypeError as e:
        print("TypeError:", e)

# errors reaches the codec only when given.
def one_argument(name):
    if name == "test_onearg":
        return codecs.CodecInfo(lambda s: (s.upper().encode(), len(s)), lambda b: (bytes(b).decode().lower(), len(b)), name="test-onearg")
    return None
codecs.register(one_argument)
print("abc".encode("test-onearg"), b"ABC".decode("test-onearg"), str(b"XY", "test-onearg"), bytes("q", "test-onearg"))
try:
    "abc".encode("test-onearg", "strict")
except TypeError as e:
    print("TypeError:", e)
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", errors="replace"), str(bytearray(b"\xff"), "latin-1"))

# Error handlers registered with codecs.register_error, used by str.encode, bytes.decode and the codec functions.
import codecs

calls = []

def tagging(exc):
    calls.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ("[%s]" % ",".join("%x" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    return ("<%s>" % exc.object[exc.start:exc.end].hex(), exc.end)

codecs.register_error("test.tagging", tagging)
print(codecs.lookup_error("test.tagging") is tagging)

print("a\xe9\xe8b\u20ac".encode("ascii", "test.tagging"))
print("a\u20acb".encode("latin-1", "test.tagging"))
print("a\ud800b".encode("utf-8", "test.tagging"))
print("a\ud800b".encode("utf-16-le", "test.tagging"))
print("a\u0100b".encode("cp1252", "test.tagging"))
print(b"a\xff\xfeb".decode("ascii", "test.tagging"))
print(b"a\xe2\x82b\xff".decode("utf-8", "test.tagging"))
print(b"a\x00\x00\xdc".decode("utf-16-le", "test.tagging"))
print(b"\x81\x8d".decode("cp1252", "test.tagging"))
print(codecs.utf_8_decode(b"\xff", "test.tagging", True), codecs.charmap_decode(b"\x05", "test.tagging", "ab"))
print(codecs.unicode_escape_decode(b"\\x4", "test.tagging"))
for call in calls:
    print(call)

# The handler chooses where to resume, also backwards or from the end.
def skip_two(exc):
    return ("!", exc.start + 2)
codecs.register_error("test.skip2", skip_two)
print("\xe9abc".encode("ascii", "test.skip2"), b"\xffabc".decode("ascii", "test.skip2"))
def to_end(exc):
    return ("$", -1)
codecs.register_error("test.toend", to_end)
print("\xe9abcd".encode("ascii", "test.toend"), b"\xffabcd".decode("ascii", "test.toend"))

# Replacements may be bytes when encoding.
codecs.register_error("test.bytes", lambda exc: (b"\xff\xfe", exc.end))
print("a\xe9b".encode("ascii", "test.bytes"), "a\ud800b".encode("utf-16-le", "test.bytes"))

# Bad results.
for name, result in [("test.badtype", 42), ("test.short", ("x",)), ("test.badpos", ("x", 100)), ("test.negpos", ("x", -100)),
                     ("test.strpos", ("x", "1")), ("test.unencodable", ("\u20ac", 2))]:
    codecs.register_error(name, lambda exc, result=result: result)
    for job in [lambda: "a\xe9b".encode("ascii", name), lambda: b"a\xffb".decode("ascii", name)]:
        try:
            print(name, job())
        except Exception as e:
            print(name, type(e).__name__, e)

# A handler that raises its own exception.
def fail(exc):
    raise RuntimeError("handler saw %s" % exc.reason)
codecs.register_error("test.fail", fail)
try:
    b"\xff".decode("utf-8", "test.fail")
except RuntimeError as e:
    print("RuntimeError:", e)

for bad in [("x", 1), (1, print)]:
    try:
        codecs.register_error(*bad)
    except TypeError as e:
        print("TypeError:", e)

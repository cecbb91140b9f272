# The built-in error handlers as functions (codecs.lookup_error), applied to exception objects.
import codecs

enc = UnicodeEncodeError("ascii", "a\xe9\u20ac\U0001f600b", 1, 4, "bad")
dec = UnicodeDecodeError("utf-8", b"a\xff\xfe\x80b", 1, 4, "bad")
tra = UnicodeTranslateError("a\xe9\u20acb", 1, 3, "bad")

for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]:
    handler = codecs.lookup_error(name)
    for exc in [enc, dec, tra, ValueError("x")]:
        try:
            print(name, type(exc).__name__, ascii(handler(exc)))
        except Exception as e:
            print(name, type(exc).__name__, type(e).__name__, e)

print(codecs.strict_errors is codecs.lookup_error("strict"), codecs.ignore_errors.__name__, codecs.replace_errors.__name__)
print(codecs.backslashreplace_errors.__name__, codecs.xmlcharrefreplace_errors.__name__, codecs.namereplace_errors.__name__)
print(codecs.lookup_error("surrogateescape").__name__, codecs.lookup_error("surrogatepass").__name__)
try:
    codecs.strict_errors("not an exception")
except TypeError as e:
    print("TypeError:", e)

# surrogateescape and surrogatepass on the ranges they accept.
print(codecs.lookup_error("surrogateescape")(UnicodeEncodeError("ascii", "\udc80\udcff", 0, 2, "x")))
print(ascii(codecs.lookup_error("surrogateescape")(UnicodeDecodeError("ascii", b"\x80\x81\x82\x83\x84\x85", 0, 6, "x"))))
for encoding in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "UTF-32BE", "utf8", "latin-1"]:
    exc = UnicodeEncodeError(encoding, "a\ud800\udfff", 1, 3, "x")
    try:
        print(encoding, codecs.lookup_error("surrogatepass")(exc))
    except UnicodeEncodeError as e:
        print(encoding, "raised", e is exc)
for encoding, data in [("utf-8", b"\xed\xa0\x80"), ("utf-16-le", b"\x00\xd8"), ("utf-16-be", b"\xd8\x00"), ("utf-32-le", b"\x00\xd8\x00\x00"),
                       ("utf-8", b"abc"), ("utf-8", b"\xed")]:
    exc = UnicodeDecodeError(encoding, data, 0, 1, "x")
    try:
        print(encoding, ascii(codecs.lookup_error("surrogatepass")(exc)))
    except UnicodeDecodeError as e:
        print(encoding, data, "raised", e is exc)

# Positions outside the object are clamped.
print(codecs.lookup_error("replace")(UnicodeEncodeError("ascii", "abc", -5, 10, "x")))
print(codecs.lookup_error("ignore")(UnicodeDecodeError("ascii", b"abc", 5, 0, "x")))
print(codecs.lookup_error("backslashreplace")(UnicodeEncodeError("ascii", "", 0, 0, "x")))

try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError:", e)
for bad in [(1,), ()]:
    try:
        codecs.lookup_error(*bad)
    except TypeError as e:
        print("TypeError:", e)

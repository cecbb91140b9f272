# CPython 3.12's DeprecationWarning for the first invalid escape (unknown, or octal above 0o377) decoded by
# codecs.escape_decode, unicode_escape_decode and bytes.decode('unicode_escape'); none for raw_unicode_escape or on errors.
import codecs, warnings
warnings.simplefilter("always")
for f in (lambda: codecs.escape_decode(b"a\\zb\\777\\8"), lambda: codecs.unicode_escape_decode(b"a\\zb\\777\\8"), lambda: b"a\\z".decode("unicode_escape"), lambda: codecs.raw_unicode_escape_decode(b"\\z"), lambda: codecs.decode(b"\\q", "unicode-escape")):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = f()
    print(ascii(r), [(x.category.__name__, str(x.message)) for x in w])

for data in (b"\\777\\z", b"\\400", b"\\377", b"x\\8", b"\\N{x", b"\\z\\q", b"ok"):
    for f in (codecs.escape_decode, codecs.unicode_escape_decode):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                r = f(data)
            except Exception as e:
                r = type(e).__name__
        print(data, ascii(r), [(x.category.__name__, str(x.message), x.filename == __file__) for x in w])
print("as errors")
warnings.simplefilter("error")
for data in (b"\\\xff", b"a\\777", b"\\z"):
    for f in (codecs.escape_decode, codecs.unicode_escape_decode, lambda d: d.decode("unicode_escape"), lambda d: d.decode("raw_unicode_escape")):
        try:
            print(ascii(f(data)))
        except Exception as e:
            print(type(e).__name__, ascii(str(e)))

# Encoding and error handler names are C strings in CPython: a lone surrogate raises UnicodeEncodeError, a NUL ValueError.
import codecs
for f in (lambda: codecs.lookup('\udcfe'), lambda: "x".encode('\udcfe'), lambda: b"x".decode('\udcfe'), lambda: codecs.encode("x", '\udcfe'), lambda: codecs.lookup('\xe9'), lambda: codecs.lookup('a\0b'), lambda: "x".encode("utf-8", '\udcfe'), lambda: "\xe9".encode("ascii", '\udcfe'), lambda: codecs.lookup_error('\udcfe'), lambda: open(__file__, encoding='\udcfe')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))

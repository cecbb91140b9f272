# CPython 3.12 adds the note "encoding with 'NAME' codec failed" to errors raised through the codec registry
# (codecs.encode/decode, and str.encode/bytes.decode except for utf-8, ascii, latin-1, utf-16, utf-32); base64 of buffers.
import codecs
for f in (lambda: "\ud800".encode("utf-16"), lambda: "\ud800".encode("utf-8"), lambda: b"\xff".decode("utf-16-le"), lambda: b"\x81".decode("cp1252"),
          lambda: codecs.decode(b"hello", "hex_codec"), lambda: codecs.encode("\ud800", "utf-8"), lambda: codecs.decode(b"\xff", "ascii"),
          lambda: "x".encode("undefined"), lambda: str(b"\xff", "utf-16"), lambda: codecs.encode("x", "hex"), lambda: bytes("\u20ac", "cp1252" if False else "latin-1")):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, getattr(e, '__notes__', None))
import array
for x in (b'abc' * 30, memoryview(b'abc'), bytearray(b'xyz'), array.array('h', [1, 2]), 'str', memoryview(b'abcd').cast('B', (2, 2))):
    try:
        print(codecs.encode(x, 'base64'))
    except Exception as e:
        print(type(e).__name__, e, e.__notes__)
print(codecs.decode(memoryview(b'YWJj\n'), 'base64'))
for enc in ("u8", "utf", "646", "us", "l1", "latin", "8859", "cp819", "UTF-8", "Latin-1", "US-ASCII", "ISO-8859-1", "utf 8", "cp65001", "utf_16", "UTF16", "utf-32"):
    for f in (lambda: "\ud800\u20ac".encode(enc), lambda: b"\xff\xfe\x00".decode(enc)):
        try:
            f(); print(enc, "ok")
        except Exception as e:
            print(enc, type(e).__name__, getattr(e, '__notes__', None))

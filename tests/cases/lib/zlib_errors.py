# zlib's errors are CPython's: zlib.error messages with zlib's reason, ValueError and TypeError.
import zlib

c = zlib.compress(b"hello world" * 10)
cases = [
    lambda: zlib.compress(b"", 10),
    lambda: zlib.compress(b"", wbits=3),
    lambda: zlib.compressobj(10),
    lambda: zlib.compressobj(wbits=100),
    lambda: zlib.compressobj(method=9),
    lambda: zlib.compressobj(memLevel=10),
    lambda: zlib.compressobj(strategy=9),
    lambda: zlib.decompressobj(wbits=100),
    lambda: zlib.decompress(b"", wbits=100),
    lambda: zlib.decompress(b"garbage"),
    lambda: zlib.decompress(c[:-3]),
    lambda: zlib.decompress(b""),
    lambda: zlib.decompress(c, bufsize=-1),
    lambda: zlib.decompressobj().decompress(c, -1),
    lambda: zlib.decompressobj().flush(0),
    lambda: zlib.decompressobj(zdict=1),
    lambda: zlib.compressobj(zdict=1),
    lambda: zlib.decompress(zlib.compressobj(zdict=b"hello").compress(b"hello")),
    lambda: zlib.decompressobj().decompress(zlib.compressobj(zdict=b"hello").compress(b"hello")),
    lambda: zlib.crc32("x"),
    lambda: zlib.compress("x"),
    lambda: zlib.decompressobj().decompress(b"garbage"),
    lambda: zlib.compressobj().flush(7),
    lambda: zlib.decompressobj().decompress("text"),
]
for case in cases:
    try:
        print("ok", repr(case())[:50])
    except Exception as e:
        print(type(e).__name__, e)

co = zlib.compressobj()
co.compress(b"x")
co.flush()
d = zlib.decompressobj()
d.decompress(c)
print(d.eof, d.flush(), d.eof)
for case in [lambda: co.compress(b"y"), lambda: co.flush(), lambda: co.copy(), lambda: co.flush(zlib.Z_NO_FLUSH),
             lambda: d.copy(), lambda: d.decompress(b"more"), lambda: d.flush()]:
    try:
        print("ok", repr(case())[:50])
    except Exception as e:
        print(type(e).__name__, e)
print(zlib.decompressobj().flush(), zlib.decompressobj().decompress(c[:5]) + zlib.decompressobj().flush())

# zlib._ZlibDecompressor: the bz2/lzma-style decompressor (needs_input, eof, unused_data, max_length).
import zlib

data = bytes(range(256)) * 40
c = zlib.compress(data)
d = zlib._ZlibDecompressor()
print(d.needs_input, d.eof, d.unused_data)
out = d.decompress(c[:100], 50)
print(len(out), d.needs_input, d.eof)
out += d.decompress(b"", 1000)
print(len(out), d.needs_input)
while not d.eof:
    out += d.decompress(c[100:] + b"tail" if d.needs_input else b"", 3000)
    print(len(out), d.needs_input, d.eof, d.unused_data)
print(out == data)
for call in [lambda: d.decompress(b"x"), lambda: zlib._ZlibDecompressor().decompress(b"garbage"),
             lambda: zlib._ZlibDecompressor(wbits=99)]:
    try:
        call()
    except (EOFError, zlib.error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = zlib._ZlibDecompressor(-15)
co = zlib.compressobj(wbits=-15)
raw = co.compress(b"raw stream " * 20) + co.flush()
print(d.decompress(raw, 0), d.needs_input, len(d.decompress(b"")), d.eof)
d = zlib._ZlibDecompressor(31)
print(d.decompress(zlib.compress(b"gz", wbits=31) + b"!"), d.unused_data)

# zlib over the system library: one-shot and streaming (de)compression, wbits formats, zdict, checksums.
import zlib

data = b"hello world " * 50 + bytes(range(256)) * 4
for level in (-1, 0, 1, 9):
    c = zlib.compress(data, level)
    print(level, len(c), c[:2], zlib.decompress(c) == data)
for wbits in (9, 15, -15, 31, -9):
    c = zlib.compress(data, wbits=wbits)
    print(wbits, c[:2] if wbits > 0 else "raw", zlib.decompress(c, wbits) == data)
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data, zlib.decompress(zlib.compress(data), 0) == data)
print(zlib.compress(b""), zlib.decompress(zlib.compress(b"")), zlib.decompress(bytearray(zlib.compress(b"ab"))))
print(zlib.decompress(zlib.compress(data) + b"trailing") == data, zlib.decompress(zlib.compress(data), bufsize=1) == data)

co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
parts = [co.compress(data[i:i + 100]) for i in range(0, len(data), 100)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.flush())
stream = b"".join(parts)
print(len(stream), zlib.decompress(stream, -12) == data)

do = zlib.decompressobj()
c = zlib.compress(data)
out = do.decompress(c[:50]) + do.decompress(c[50:])
print(out == data, do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
first = do.decompress(c + b"extra bytes", 100)
print(len(first), len(do.unconsumed_tail), do.eof)
rest = b""
for _ in range(20):
    rest += do.decompress(do.unconsumed_tail, 300)
    print(len(rest), len(do.unconsumed_tail), do.eof, do.unused_data)
print(first + rest == data, do.eof, do.unused_data, do.flush())
do = zlib.decompressobj()
print(do.decompress(c[:-10]) == data[:len(do.decompress(b""))] or True, do.eof)
partial = zlib.decompressobj()
got = partial.decompress(c, 10)
print(len(got), len(partial.flush()), partial.eof)

dictionary = b"hello world "
co = zlib.compressobj(zdict=dictionary)
zc = co.compress(data) + co.flush()
do = zlib.decompressobj(zdict=dictionary)
print(do.decompress(zc) == data, do.eof)
co = zlib.compressobj(wbits=-15, zdict=dictionary)
raw = co.compress(b"hello world hello") + co.flush()
print(zlib.decompressobj(-15, zdict=dictionary).decompress(raw))

co = zlib.compressobj()
head = co.compress(b"abc" * 100)
copy = co.copy()
print(zlib.decompress(head + co.flush()) == zlib.decompress(head + copy.flush()))
do = zlib.decompressobj()
do.decompress(c[:100])
dcopy = do.copy()
print(do.decompress(c[100:]) == dcopy.decompress(c[100:]))

print(zlib.crc32(b""), zlib.crc32(b"hello"), zlib.crc32(b" world", zlib.crc32(b"hello")), zlib.crc32(b"x", -1))
print(zlib.adler32(b""), zlib.adler32(b"hello"), zlib.adler32(b"abc", 2**40), zlib.crc32(bytearray(b"abc")))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_RLE, zlib.Z_TREES)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__, zlib.error.__mro__[1])
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, zlib.ZLIB_VERSION.count(".") >= 2)

# unused_data and unconsumed_tail follow CPython 3.12 exactly, quirks included.
import zlib
c = zlib.compress(b'a'*1000)
d = zlib.decompressobj()
print(len(d.decompress(c+b'XY', 999)), d.unconsumed_tail, d.unused_data, d.eof)
print(len(d.decompress(d.unconsumed_tail, 999)), d.unconsumed_tail, d.unused_data, d.eof)
print(len(d.decompress(d.unconsumed_tail, 999)), d.unconsumed_tail, d.unused_data, d.eof)
d = zlib.decompressobj()
print(len(d.decompress(c+b'XY')), d.unconsumed_tail, d.unused_data, d.eof)
print(len(d.decompress(b'ZZ')), d.unconsumed_tail, d.unused_data, d.eof)
print(len(d.decompress(b'ZZ', 5)), d.unconsumed_tail, d.unused_data, d.eof)
d = zlib.decompressobj()
print(len(d.decompress(c+b'XY', 10)), len(d.unconsumed_tail), d.unused_data, d.eof)
print(len(d.flush()), d.unconsumed_tail, d.unused_data, d.eof)

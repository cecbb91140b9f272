# gzip: files written and read back (binary and text), several members, one-shot functions, mtime, errors.
import gzip
import io
import os
import zlib

data = b"The quick brown fox jumps over the lazy dog.\n" * 200
fixed = gzip.compress(data, mtime=1234567890)
print(len(fixed), fixed[:10], gzip.decompress(fixed) == data)
print(gzip.compress(b"abc", mtime=0), gzip.compress(b"abc", 1, mtime=5)[:10], gzip.compress(b"", 6, mtime=5))
print(gzip.decompress(gzip.compress(b"one", mtime=1) + b"\0\0" + gzip.compress(b"two", mtime=2)), gzip.decompress(b""))

name = "_gzip_test_tmp.txt.gz"
try:
    with gzip.open(name, "wb") as f:
        print(f.write(data[:1000]), f.write(bytearray(data[1000:])), f.mode == gzip.WRITE, f.name)
    with open(name, "rb") as raw:
        header = raw.read(10)
        print(header[:4], header[8:], raw.read(13))
    with gzip.GzipFile(name) as f:
        print(f.read(10), f.peek(1)[:1], f.read1(5), f.tell(), f.mtime > 0, f.readable(), f.writable())
        print(f.readline(), f.seek(0), f.read() == data, f.seek(-10, io.SEEK_END), f.read())
        f.rewind()
        print(len(f.readlines()), f.seekable())
    with gzip.open(name, "ab") as f:
        f.write(b"appended\n")
    with gzip.open(name) as f:
        print(f.read()[-20:])
    with gzip.open(name, "wt", encoding="utf-8") as f:
        f.write("héllo\nwörld\n")
    with gzip.open(name, "rt", encoding="utf-8") as f:
        print(f.readlines())
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=99, compresslevel=1) as f:
        f.write(b"in memory")
        f.flush()
        f.write(b" again")
        print(f.seek(20), f.tell())
    print(buffer.getvalue()[:10], gzip.decompress(buffer.getvalue()))
    with gzip.GzipFile(fileobj=io.BytesIO(buffer.getvalue())) as f:
        print(f.read(), f.mtime, f.name)
finally:
    if os.path.exists(name):
        os.remove(name)

for bad in [b"not gzip data", fixed[:-5], fixed[:-8] + b"\0\0\0\0" + fixed[-4:], fixed[:3] + b"\x07" + fixed[4:],
            fixed[:-4] + b"\1\0\0\0"]:
    for reader in (gzip.decompress, lambda d: gzip.GzipFile(fileobj=io.BytesIO(d)).read()):
        try:
            print(len(reader(bad)))
        except (OSError, EOFError, zlib.error) as e:
            print(type(e).__name__, e)
for call in [lambda: gzip.open("x", "rbt"), lambda: gzip.open("x", "rb", encoding="utf-8"), lambda: gzip.open(12),
             lambda: gzip.GzipFile("x", "wt"), lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="q"),
             lambda: gzip.GzipFile(fileobj=io.BytesIO(fixed)).write(b"x"),
             lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="w").read()]:
    try:
        call()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

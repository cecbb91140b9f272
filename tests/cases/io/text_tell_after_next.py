# tell() after next(): disabled until flush(), seek() or the end of the iteration; the snapshot is not updated while
# iterating, so a tell() re-enabled by flush() describes the chunk read before (CPython's numbers, quirks included).
import io
t = io.TextIOWrapper(io.BytesIO(b"a\nb\nc\n"), encoding="utf-8")
print(next(t))
try:
    print(t.tell())
except OSError as e:
    print(e)
t.flush()
try:
    print(t.tell())
except OSError as e:
    print("after flush:", e)
print(next(t))
t.seek(0)
print(t.tell(), next(t))
try:
    print(t.tell())
except OSError as e:
    print(e)
for enc in ("utf-8", "utf-16", "latin-1"):
    data = "".join("line %d \xe9\n" % i for i in range(40)).encode(enc)
    t = io.TextIOWrapper(io.BytesIO(data), encoding=enc)
    t._CHUNK_SIZE = 32
    print(enc, repr(t.readline()), t.tell())
    print(repr(next(t)), repr(next(t)), repr(next(t)))
    t.flush()
    c = t.tell()
    print(c, repr(t.readline()))
    t.seek(c)
    print(repr(t.readline()))
    for line in t:
        pass
    print(t.tell(), repr(t.read()))

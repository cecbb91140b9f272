# close() of a TextIOWrapper or BufferedWriter when flushing and closing the layer below both fail: the close
# error is raised with the flush (or write) error as its __context__; close() calls flush() through the attribute.
import io
def bad(msg):
    def f(*a):
        raise OSError(msg)
    return f
for kind in ("text", "buffered", "text-only-close", "text-only-flush"):
    raw = io.BytesIO(b"data")
    raw.close = bad("close")
    if kind == "buffered":
        obj = io.BufferedWriter(raw)
        obj.write(b"x")
        raw.write = bad("write")
    else:
        obj = io.TextIOWrapper(raw, encoding="ascii")
        if kind != "text-only-close":
            obj.flush = bad("flush")
        if kind == "text-only-flush":
            raw.close = lambda: None
    try:
        obj.close()
    except OSError as e:
        print(kind, e.args, repr(e.__context__), e.__suppress_context__)
    print(kind, obj.closed)
    raw.close = lambda: None
    if kind != "buffered":
        obj.flush = lambda: None
    else:
        raw.write = lambda b: len(b)
import io
for cls in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom):
    raw = io.BytesIO(b"data")
    def bad_close():
        raise OSError("close")
    def bad_flush():
        raise OSError("flush")
    raw.close = bad_close
    b = cls(raw)
    b.flush = bad_flush
    try:
        b.close()
    except OSError as e:
        print(cls.__name__, e.args, repr(e.__context__))
    print(b.closed)
    raw.close = lambda: None
    b.flush = lambda: None
class W(io.BufferedWriter):
    def flush(self):
        print("subclass flush")
        super().flush()
w = W(io.BytesIO())
w.write(b"x")
w.close()
print(w.closed)

import os
for args, kw in [(('_tmp_close_error_context.txt', 'wb'), dict(buffering=0)), (('_tmp_close_error_context.txt', 'wb'), {}), (('_tmp_close_error_context.txt', 'w'), dict(encoding='utf-8'))]:
    f = open(*args, **kw)
    closed = []
    def bad_flush():
        closed[:] = [f.closed]
        raise OSError()
    f.flush = bad_flush
    try:
        f.close()
        print("no error")
    except OSError as e:
        print("OSError", repr(e))
    print(f.closed, closed)
    f.flush = lambda: None
os.remove('_tmp_close_error_context.txt')

import io
def bad(name):
    def f():
        raise NameError(name)
    return f
r, w = io.BytesIO(), io.BytesIO()
br, bw = io.BufferedReader(r), io.BufferedWriter(w)
br.close = bad("reader")
bw.close = bad("writer")
pair = io.BufferedRWPair(br, bw)
try:
    pair.close()
except NameError as e:
    print(repr(e), repr(e.__context__))
br.close = lambda: None
bw.close = lambda: None

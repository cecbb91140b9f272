# Newline modes with multi-byte codecs: translation on reading and writing, readline, read(n) and the
# newlines attribute, for utf-16, utf-32 and utf-7 (whose CR and LF are not single bytes, or are shifted).
import io

text = "a\r\nb\rc\nd\r\r\ne\u20ac\r"
for enc in ("utf-16", "utf-32-be", "utf-7", "cp1252"):
    data = text.encode(enc)
    for newline in (None, "", "\n", "\r", "\r\n"):
        t = io.TextIOWrapper(io.BytesIO(data), encoding=enc, newline=newline)
        lines = []
        while True:
            line = t.readline()
            if not line:
                break
            lines.append(line)
        print(enc, ascii(newline), ascii(lines), t.newlines)
        t = io.TextIOWrapper(io.BytesIO(data), encoding=enc, newline=newline)
        t._CHUNK_SIZE = 3
        parts = []
        while True:
            part = t.read(2)
            if not part:
                break
            parts.append(part)
        print(enc, ascii(newline), ascii("".join(parts)), t.newlines)
        print(enc, ascii(newline), ascii(list(io.TextIOWrapper(io.BytesIO(data), encoding=enc, newline=newline))))

for enc in ("utf-16-le", "utf-32"):
    for newline in (None, "", "\n", "\r", "\r\n"):
        b = io.BytesIO()
        t = io.TextIOWrapper(b, encoding=enc, newline=newline)
        t.write("x\ny\r\nz\r")
        t.flush()
        print(enc, ascii(newline), b.getvalue())

# readline(size) and a "\r\n" split between chunks.
t = io.TextIOWrapper(io.BytesIO("ab\r\ncd\r\n".encode("utf-16-le")), encoding="utf-16-le", newline=None)
t._CHUNK_SIZE = 6
print(ascii(t.readline(1)), ascii(t.readline()), ascii(t.readline(10)), ascii(t.readline()))
t = io.TextIOWrapper(io.BytesIO("ab\r\ncd\r\n".encode("utf-16-le")), encoding="utf-16-le", newline="\r\n")
t._CHUNK_SIZE = 6
print(ascii(t.readline()), ascii(t.readline()), ascii(t.readline()))

# line_buffering flushes on a newline whatever the codec.
b = io.BytesIO()
t = io.TextIOWrapper(io.BufferedWriter(b), encoding="utf-16", line_buffering=True)
t.write("no newline")
print(b.getvalue())
t.write("!\n")
print(b.getvalue())

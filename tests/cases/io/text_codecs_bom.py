# TextIOWrapper with BOM codecs (utf-16, utf-32, utf-8-sig): the BOM is written once, at the start of the
# file only (not in append mode on a non-empty file, not after seeking away from the start), and skipped on reading.
import io
import os

path = "_tmp_text_codecs_bom.txt"


def raw():
    with open(path, "rb") as f:
        return f.read()


for enc in ("utf-16", "utf-32", "utf-8-sig", "utf-16-le", "utf-32-be"):
    with open(path, "w", encoding=enc) as f:
        f.write("ab")
        f.write("c\n")
    print(enc, "write", raw())
    with open(path, "a", encoding=enc) as f:
        f.write("de")
    print(enc, "append", raw())
    with open(path, encoding=enc) as f:
        print(enc, "read", ascii(f.read()), f.tell())
    with open(path, "w+", encoding=enc) as f:
        f.write("xyz")
        f.seek(0)
        f.write("q")
        f.seek(0, 2)
        f.write("end")
        f.seek(0)
        print(enc, "w+", ascii(f.read()), raw())
    with open(path, "r+", encoding=enc) as f:
        print(enc, "r+", ascii(f.read(1)), f.tell())
        f.seek(f.tell())
        f.write("Z")
        f.seek(0)
        print(enc, "r+", ascii(f.read()), raw())

# A new file opened in append mode gets its BOM.
os.remove(path)
with open(path, "a", encoding="utf-16") as f:
    f.write("new")
print("append new", raw())

# Over a BytesIO, and after seek(0) on a stream that already holds data.
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-16")
t.write("one")
t.seek(0)
t.write("two")
t.flush()
print(b.getvalue())
b = io.BytesIO(b"12345678")
b.seek(4)
t = io.TextIOWrapper(b, encoding="utf-32")
t.write("x")
t.flush()
print(b.getvalue())

# Reading: the BOM decides the byte order and is not part of the text.
for data in (b"\xff\xfeh\x00i\x00", b"\xfe\xff\x00h\x00i", b"h\x00i\x00", b"\xef\xbb\xbfhi", b"\xef\xbbhi"):
    for enc in ("utf-16", "utf-8-sig"):
        t = io.TextIOWrapper(io.BytesIO(data), encoding=enc, errors="replace")
        try:
            print(data, enc, ascii(t.read()))
        except UnicodeError as e:
            print(data, enc, type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(b"\xff\xfeh\x00i\x00"), encoding="utf-16")
print(ascii(t.read(1)), t.tell(), ascii(t.read()), t.tell())
t.seek(0)
print(ascii(t.read()))

# open(..., encoding='utf-16') round trips.
text = "naïve café ☕ 𝄞\nsecond line\n"
for enc in ("utf-16", "utf-16-be", "utf-32", "utf-32-le", "utf-8-sig", "utf-7"):
    with open(path, "w", encoding=enc) as f:
        f.write(text)
    with open(path, encoding=enc) as f:
        print(enc, f.read() == text, os.path.getsize(path))
os.remove(path)

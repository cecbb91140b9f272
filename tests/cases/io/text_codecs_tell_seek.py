# tell()/seek() cookies with stateful codecs (utf-16, utf-32, utf-8-sig, utf-7 and a single-byte one): the
# decoder's state goes into CPython's opaque cookies, and seeking to any of them resumes at the same text.
import io
import os

path = "_tmp_text_codecs_tell_seek.txt"
text = "h\xe9llo\r\nw\u20acrld\rl\xefne3\n\u3042\u3044\r\n\U0001f600x\r" * 2 + "end"
for enc in ("utf-16", "utf-16-be", "utf-32", "utf-8-sig", "utf-7", "cp1252"):
    with open(path, "w", encoding=enc, errors="replace", newline="") as f:
        f.write(text)
    for newline in (None, "", "\r\n"):
        for chunk in (4, 8192):
            with open(path, encoding=enc, errors="replace", newline=newline) as f:
                f._CHUNK_SIZE = chunk
                marks = []
                i = 0
                while True:
                    position = f.tell()
                    s = f.readline() if i % 3 == 0 else f.read(i % 4 + 1)
                    i += 1
                    marks.append((position, s))
                    if not s:
                        break
                ok = True
                for position, s in marks:
                    f.seek(position)
                    if f.read(len(s)) != s:
                        ok = False
                f.seek(0)
                whole = f.read() == "".join(s for _, s in marks)
                print(enc, ascii(newline), chunk, [p for p, _ in marks], f.newlines, ok, whole)

# The cookie of the start of a utf-16 file, after its BOM, and seek(0, 2) / seek(0, 1).
with open(path, "w", encoding="utf-16") as f:
    f.write("abc\ndef\n")
with open(path, encoding="utf-16") as f:
    print(f.tell(), ascii(f.read(1)), f.tell(), ascii(f.readline()), f.tell())
    print(f.seek(0, 1), f.seek(0, 2), ascii(f.read()), f.tell())
    print(f.seek(0), ascii(f.read(2)))
with open(path, "r+", encoding="utf-16") as f:
    f.seek(0, 2)
    f.write("ghi")
    f.seek(0)
    print(ascii(f.read()))

# next() disables tell(), as with every codec.
with open(path, encoding="utf-32" if False else "utf-16") as f:
    print(ascii(next(f)))
    try:
        f.tell()
    except OSError as e:
        print("OSError", e)

# Non-seekable streams: the decoder still works, tell() refuses.
r, w = os.pipe()
os.write(w, "pipe\nline\n".encode("utf-16"))
os.close(w)
with open(r, encoding="utf-16") as f:
    print(ascii(f.readline()), ascii(f.read()))
    try:
        f.tell()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
os.remove(path)

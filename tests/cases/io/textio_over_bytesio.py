# TextIOWrapper over BytesIO: newline translation on write and read, tell after writes, read sizes.
import io
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n")
t("w1", lambda: w.write("a\nb"))
t("tell", w.tell)
t("seek0", lambda: w.seek(0))
t("read", w.read)
t("tell2", w.tell)
t("val", b.getvalue)
t("newlines", lambda: w.newlines)
w2 = io.TextIOWrapper(io.BytesIO(b"x\ry\rz"), newline="\r")
t("r lines", w2.readlines)
w3 = io.TextIOWrapper(io.BytesIO(b"abc\ndef\n"), encoding="ascii")
t("read0", lambda: w3.read(0))
t("rl0", lambda: w3.readline(0))
t("read2", lambda: w3.read(2))
t("tell", w3.tell)
t("rl", w3.readline)
t("tell", w3.tell)
t("read-1", lambda: w3.read(-1))
t("readNone", lambda: w3.read(None))

# Constructor arguments (keywords, bad types), unsupported operations per class, subclasses of the native streams.
import io
def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

s = io.StringIO()
t("seek", lambda: s.seek(5))
t("write", lambda: s.write("ab"))
t("val", s.getvalue)
t("trunc", lambda: s.truncate(2))
t("tell", s.tell)
t("write", lambda: s.write("Z"))
t("val", s.getvalue)
t("readline limit", lambda: io.StringIO("abcdef\n").readline(3))
t("readlines hint", lambda: io.StringIO("a\nb\nc\n").readlines(1))
t("readline None", lambda: io.StringIO("ab\n").readline(None))
t("bytes readline None", lambda: io.BytesIO(b"ab\n").readline(None))
f = io.FileIO(0, closefd=False)
t("fileio fd name", lambda: f.name)
t("fileio mode", lambda: f.mode)
t("fileio repr", lambda: repr(f))
t("textio read on writer", lambda: io.TextIOWrapper(io.BufferedWriter(io.BytesIO())).read())
t("buffered writer read", lambda: io.BufferedWriter(io.BytesIO()).read())
t("buffered reader write", lambda: io.BufferedReader(io.BytesIO()).write(b"x"))
t("textio repr", lambda: repr(io.TextIOWrapper(io.BytesIO(), encoding="latin-1")))
t("text line_buffering", lambda: io.TextIOWrapper(io.BytesIO(), line_buffering=True).line_buffering)
t("chunk", lambda: io.TextIOWrapper(io.BytesIO())._CHUNK_SIZE)
t("isatty", lambda: io.TextIOWrapper(io.BytesIO()).isatty())
t("text name", lambda: io.TextIOWrapper(io.BytesIO()).name)
t("text fileno", lambda: io.TextIOWrapper(io.BytesIO()).fileno())
t("bytesio fileno", lambda: io.BytesIO().fileno())
t("stringio fileno", lambda: io.StringIO().fileno())
t("stringio detach", lambda: io.StringIO().detach())
t("bytesio detach", lambda: io.BytesIO().detach())
t("textio nonbytes", lambda: io.TextIOWrapper(io.StringIO()).read())
t("textio bad newline type", lambda: io.TextIOWrapper(io.BytesIO(), newline=3))
t("buffered bad raw", lambda: io.BufferedReader(5))
t("buffered size float", lambda: io.BufferedReader(io.BytesIO(), 1.5))
t("fileio kw", lambda: repr(io.FileIO(file=0, mode="r", closefd=False)))
t("stringio kw", lambda: io.StringIO(initial_value="x", newline=None).read())
t("bytesio kw", lambda: io.BytesIO(initial_bytes=b"x").read())
t("textio kw", lambda: io.TextIOWrapper(buffer=io.BytesIO(b"q"), encoding="ascii").read())
class T(io.TextIOWrapper):
    pass
tt = T(io.BytesIO(b"l1\nl2\n"), encoding="utf-8")
t("sub iter", lambda: list(tt))
t("sub repr", lambda: repr(tt))
class B(io.BytesIO):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
bb = B(b"q\nr")
t("bsub", lambda: (list(bb), bb.extra, B.__mro__[1].__name__))
bb.attr = 5
t("dict", lambda: bb.__dict__)


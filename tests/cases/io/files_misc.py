# Text files in w+ and a modes, path-like names, errors while writing, closing on exceptions, print(file=).
import io
import os


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


p = "_tmp_files_misc.txt"
with open(p, "w+") as f:
    t("write", lambda: f.write("héllo\nwörld"))
    t("tell", f.tell)
    t("seek", lambda: f.seek(0))
    t("readline", f.readline)
    t("readline", f.readline)
    t("readline", f.readline)
    t("tell", f.tell)
with open(p, "a") as f:
    t("a tell", f.tell)
    t("a write", lambda: f.write("!"))
    t("a tell", f.tell)
    t("a repr", lambda: repr(f).replace(p, "P"))
t("read", lambda: open(p).read())
t("surrogate", lambda: open(p, "w").write("\ud800"))
t("read after", lambda: open(p).read())


class PathLike:
    def __fspath__(self):
        return p


with open(PathLike()) as f:
    t("pathlike name", lambda: f.name == p)
t("dir w", lambda: open(".", "w"))
t("x exists", lambda: open(p, "x"))
try:
    with open(p, "w") as f:
        f.write("data")
        raise KeyError("boom")
except KeyError:
    pass
t("closed after exc", lambda: f.closed)
t("content", lambda: open(p).read())


class MyFile(io.FileIO):
    def read(self, n=-1):
        return super().read(n).upper()


m = MyFile(p)
t("myfile", lambda: m.read())
t("myfile repr", lambda: repr(m).replace(p, "P"))
m.close()
with open(p, "w") as f:
    print("x", 1, file=f, flush=True)
    t("flushed", lambda: open(p).read())
    print("y", file=f, end="")
t("final", lambda: open(p).read())
f = open(p, "rb")
t("read neg", lambda: f.read(-5))
t("readline neg", lambda: f.readline(-3))
f.close()
os.remove(p)

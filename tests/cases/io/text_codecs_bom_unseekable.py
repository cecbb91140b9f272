# BOMs on streams that are not seekable: CPython 3.12's own utf-16/utf-32 encoders write none (not knowing they are at
# the start), utf-8-sig writes one for each new encoder (reconfigure); seekable streams get one at their start only.
import io, os
class Raw(io.RawIOBase):
    def __init__(self, seekable): self.s = seekable; self.data = b""
    def writable(self): return True
    def seekable(self): return self.s
    def tell(self): return len(self.data)
    def write(self, b):
        self.data += bytes(b)
        return len(b)
for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig", "UTF16", "utf_32"):
    for seekable in (False, True):
        r = Raw(seekable)
        t = io.TextIOWrapper(r, encoding=enc)
        t.write("a")
        t.flush()
        t.reconfigure(encoding=enc)
        t.write("b")
        t.flush()
        print(enc, seekable, r.data)
rfd, wfd = os.pipe()
with open(wfd, "w", encoding="utf-16") as f:
    f.write("x")
print(os.read(rfd, 100))
os.close(rfd)

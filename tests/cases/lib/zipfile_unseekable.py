# zipfile writes to an output that cannot seek or tell (a pipe); the archive reads back.
import io, zipfile
class Pipe(io.RawIOBase):
    def __init__(self): self.chunks = []
    def writable(self): return True
    def write(self, b): self.chunks.append(bytes(b)); return len(b)
    def seekable(self): return False
    def tell(self): raise OSError("unseekable")
    def seek(self, *a): raise OSError("unseekable")
p = Pipe()
with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
    zf.writestr("a.txt", "hello " * 30)
    with zf.open("b.txt", "w") as f:
        f.write(b"streamed")
data = b"".join(p.chunks)
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print(zf.namelist(), zf.read("a.txt")[:12], zf.read("b.txt"), zf.testzip())

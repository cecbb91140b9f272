# BufferedReader.readinto1: buffered bytes, then at most one raw read (direct when larger than the buffer); any writable buffer.
import io
class Raw(io.RawIOBase):
    def __init__(self, chunks): self.chunks = list(chunks); self.reads = 0
    def readable(self): return True
    def readinto(self, b):
        self.reads += 1
        if not self.chunks: return 0
        c = self.chunks.pop(0); b[:len(c)] = c; return len(c)
raw = Raw((b"abc", b"de", b"fgh", b"jkl"))
f = io.BufferedReader(raw, buffer_size=10)
b = bytearray(2)
print(f.peek(3), raw.reads, f.readinto1(b), b, raw.reads, f.readinto1(b), b[:1], raw.reads, f.readinto1(b), b, raw.reads)
b = bytearray(20)
print(f.peek(3), raw.reads, f.readinto1(b), b[:6], raw.reads, f.readinto1(b), f.readinto1(memoryview(b)))
g = io.BufferedReader(io.BytesIO(b'0123456789'), buffer_size=4)
m = memoryview(bytearray(6))
print(g.readinto(m), m.tobytes(), g.readinto1(m[:3]), m.tobytes(), g.readinto(m), m.tobytes())

# TextIOWrapper tell() cookies as CPython packs them (decoder flags, bytes to feed, characters to skip), and
# seek() back to them, over random mixes of newlines and multi-byte characters with small chunk sizes.
class Rng:
    def __init__(self, seed):
        self.state = seed
    def randint(self, a, b):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return a + (self.state >> 33) % (b - a + 1)
    def choice(self, seq):
        return seq[self.randint(0, len(seq) - 1)]
rng = Rng(1234)
pieces = ["a", "bc", "\r", "\n", "\r\n", "é", "€", "𝄞", "xyz", "\r\r", "\n\r"]
out = []
for trial in range(80):
    data = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
    with open("_tmp_text_tell_cookies.txt", "w", newline="", encoding="utf-8") as f:
        f.write(data)
    nl = rng.choice([None, "", "\n", "\r", "\r\n"])
    with open("_tmp_text_tell_cookies.txt", newline=nl, encoding="utf-8") as f:
        f._CHUNK_SIZE = rng.randint(1, 9)
        cookies = []
        for step in range(12):
            op = rng.randint(0, 3)
            if op == 0:
                k = rng.randint(0, 5); out.append("read%d %r nl=%r chunk=%d" % (k, f.read(k), f.newlines, f._CHUNK_SIZE))
            elif op == 1:
                out.append("readline %r nl=%r" % (f.readline(), f.newlines))
            elif op == 2:
                c = f.tell()
                cookies.append(c)
                out.append(str(c))
            elif cookies:
                c = rng.choice(cookies)
                f.seek(c)
                out.append("seek %d -> %r" % (c, f.read(3)))
        out.append(repr(f.newlines) + " trial %d" % trial)
import os
os.remove("_tmp_text_tell_cookies.txt")
print(len(out))
print("\n".join(out))

# StreamReader.readline/read/readlines mixed at random over several codecs (a fixed pseudo-random sequence).
import codecs
class R:
    def __init__(self): self.x = 99
    def randint(self, a, b):
        self.x = (self.x * 1103515245 + 12345) % 2**31
        return a + (self.x >> 8) % (b - a + 1)
    def choice(self, seq): return seq[self.randint(0, len(seq) - 1)]
random = R()
class Stream:
    def __init__(self, data=b""):
        self.data = bytearray(data); self.pos = 0
    def read(self, size=-1):
        end = len(self.data) if size is None or size < 0 else min(len(self.data), self.pos + size)
        chunk = bytes(self.data[self.pos:end]); self.pos = end; return chunk
for i in range(150):
    text = ''.join(random.choice(['a', 'bc', '\n', '\r', '\r\n', '\xe9', '\u20ac', '\u2028', ' ', 'xyz\n']) for _ in range(random.randint(0, 12)))
    enc = random.choice(['utf-8', 'utf-16', 'latin-1', 'utf-8-sig', 'utf-32-le', 'cp1252'])
    data = text.encode(enc, 'replace')
    reader = codecs.getreader(enc)(Stream(data))
    out = []
    for k in range(8):
        op = random.randint(0, 5)
        try:
            if op == 0: out.append(('rl', reader.readline()))
            elif op == 1: out.append(('rl', reader.readline(random.randint(1, 5))))
            elif op == 2: out.append(('rlk', reader.readline(keepends=False)))
            elif op == 3: out.append(('r', reader.read(random.randint(0, 6))))
            elif op == 4: out.append(('rc', reader.read(-1, random.randint(0, 4))))
            else: out.append(('rls', reader.readlines()))
        except Exception as e:
            out.append(type(e).__name__)
    print(enc, ascii(text), ascii(out))

# A StreamReader whose buffer type is bytes (charbuffertype) reads lines too.
import codecs
class Stream:
    def __init__(self, data): self.data = data; self.pos = 0
    def read(self, size=-1):
        end = len(self.data) if size < 0 else min(len(self.data), self.pos + size)
        chunk = self.data[self.pos:end]; self.pos = end; return chunk
class Identity(codecs.StreamReader):
    charbuffertype = bytes
    def decode(self, input, errors='strict'):
        return (bytes(input), len(input))
r = Identity(Stream(b"ab\r\ncd\ref\n"))
print(r.readline(), r.readline(), r.readline(), r.readline(), r.read())

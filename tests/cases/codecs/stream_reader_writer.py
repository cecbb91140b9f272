# StreamReader, StreamWriter, StreamReaderWriter and StreamRecoder over a small in-memory byte stream.
import codecs

class Stream:
    """Just enough of a binary file: read, write, seek, tell, close."""
    def __init__(self, data=b""):
        self.data = bytearray(data)
        self.pos = 0
        self.closed = False
    def read(self, size=-1):
        end = len(self.data) if size is None or size < 0 else min(len(self.data), self.pos + size)
        chunk = bytes(self.data[self.pos:end])
        self.pos = end
        return chunk
    def write(self, data):
        self.data[self.pos:self.pos + len(data)] = data
        self.pos += len(data)
        return len(data)
    def seek(self, pos, whence=0):
        self.pos = pos if whence == 0 else len(self.data) + pos
    def tell(self):
        return self.pos
    def close(self):
        self.closed = True

stream = Stream()
writer = codecs.getwriter("utf-16")(stream)
writer.write("line one\n")
writer.writelines(["line \u20ac\n", "last"])
print(bytes(stream.data))

stream.seek(0)
reader = codecs.getreader("utf-16")(stream)
print(repr(reader.readline()), repr(reader.readline(keepends=False)), repr(reader.readline()), repr(reader.readline()))

text = "alpha\nbeta\r\ngamma\rdelta\u2028eps\n\nzeta"
for encoding in ["utf-8", "utf-16-le", "latin-1", "utf-8-sig", "cp1252"]:
    stream = Stream(text.encode(encoding, "replace"))
    reader = codecs.getreader(encoding)(stream)
    print(encoding, [line for line in reader])
    stream.seek(0)
    reader = codecs.getreader(encoding)(stream)
    print("   ", repr(reader.read(3)), repr(reader.read(chars=4)), repr(reader.readline()), reader.readlines(keepends=False))
    stream.seek(0)
    reader.reset()
    print("   ", repr(reader.read()))

stream = Stream("\xe9t\xe9\n".encode("utf-8"))
reader = codecs.getreader("utf-8")(stream)
print(repr(reader.read(1)), repr(reader.read(1)), repr(reader.read()), reader.tell())

stream = Stream(b"ok\xff\n")
print(repr(codecs.getreader("utf-8")(stream, "replace").read()))
try:
    codecs.getreader("utf-8")(Stream(b"\xff")).read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

stream = Stream()
pair = codecs.StreamReaderWriter(stream, codecs.getreader("latin-1"), codecs.getwriter("latin-1"))
pair.write("caf\xe9\nnext\n")
pair.seek(0)
print(bytes(stream.data), repr(pair.readline()), pair.readlines())
with pair as p:
    print(p is pair, stream.closed)
print(stream.closed)

stream = Stream("\xe9\u20ac\n".encode("utf-8"))
recoder = codecs.EncodedFile(stream, "utf-16-le", "utf-8")
print(recoder.read(), recoder.data_encoding, recoder.file_encoding)
recoder.write("x\x00".encode("latin-1"))
print(bytes(stream.data))

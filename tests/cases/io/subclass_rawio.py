# Streams written in Python on top of io.RawIOBase, io.BufferedIOBase and io.TextIOBase: the generic methods
# (read, readall, readline, readlines, iteration, writelines, context manager) call the subclass's methods.
import io


class Source(io.RawIOBase):
    def __init__(self, data, chunk=3):
        self.data = data
        self.pos = 0
        self.chunk = chunk

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), self.chunk, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


src = Source(b"alpha\nbeta\ngamma")
print(src.read(4), src.readline(), src.readall(), src.read(), src.readline())
print(Source(b"a\nb\nc").readlines(), list(Source(b"x\ny")), Source(b"1\n2\n3\n").readlines(3))
print(isinstance(src, io.RawIOBase), isinstance(src, io.IOBase), src.seekable(), src.writable(), src.closed)
with Source(b"q") as s:
    print(s.read())
print(s.closed)
try:
    s.read()
except ValueError as e:
    print("ValueError", e)

buffered = io.BufferedReader(Source(b"first line\nsecond line\nthird", chunk=4), buffer_size=8)
print(buffered.readline(), buffered.read(3), buffered.peek(2)[:2], buffered.read())
text = io.TextIOWrapper(io.BufferedReader(Source("ünïcode\nlines\n".encode())), encoding="utf-8")
print(text.readlines())


class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


sink = Sink()
writer = io.BufferedWriter(sink, buffer_size=4)
writer.write(b"ab")
print(sink.chunks)
writer.write(b"cdefgh")
writer.flush()
print(sink.chunks)
sink.writelines([b"x", b"y"])
print(sink.chunks[-2:])
wrapper = io.TextIOWrapper(io.BufferedWriter(Sink()), encoding="ascii", newline="\r\n")
wrapper.write("one\ntwo\n")
wrapper.flush()
print(wrapper.buffer.raw.chunks)


class Doubler(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def read(self, size=-1):
        if size is None or size < 0:
            size = 2 * len(self.data)
        out, self.data = self.data[:size], self.data[size:]
        return (out * 2)[:size]


d = Doubler(b"abc")
buf = bytearray(4)
print(d.readinto(buf), buf, d.read())
try:
    d.write(b"x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    d.detach()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)


class Lines(io.TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ""


t = Lines(["a\n", "b\n"])
print(list(t), t.encoding, t.newlines, t.errors, isinstance(t, io.TextIOBase))
for method in ("read", "write", "detach", "fileno", "seek", "truncate"):
    try:
        getattr(Lines([]), method)(*(["x"] if method == "write" else [0] if method == "seek" else []))
    except io.UnsupportedOperation as e:
        print(method, "UnsupportedOperation", e)
print(Lines([]).tell.__name__, io.IOBase().seekable(), io.IOBase().isatty())
for action in (lambda: io.RawIOBase().read(), lambda: io.RawIOBase().readinto(bytearray(1)), lambda: io.RawIOBase().write(b"")):
    try:
        action()
    except NotImplementedError:
        print("NotImplementedError")

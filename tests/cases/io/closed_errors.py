# Operations on closed streams raise ValueError with each class's message; close() twice is fine.
import io
import os

path = "_tmp_closed_errors.txt"
with open(path, "w") as f:
    f.write("data\n")


def report(label, action):
    try:
        action()
        print(label, "ok")
    except ValueError as e:
        print(label, "ValueError", e)


text = open(path)
binary = open(path, "rb")
writer = open(path, "ab")
raw = open(path, "rb", buffering=0)
for stream in (text, binary, writer, raw):
    stream.close()
    stream.close()
    print(type(stream).__name__, stream.closed)

for name in ("read", "readline", "readlines", "tell", "flush", "fileno", "isatty", "readable", "writable", "seekable", "__enter__"):
    report("text." + name, getattr(text, name))
report("text.write", lambda: text.write("x"))
report("text.seek", lambda: text.seek(0))
report("text next", lambda: next(text))
report("text iter", lambda: iter(text))
for name in ("read", "read1", "readline", "peek", "tell", "flush", "fileno", "isatty", "readable", "seekable"):
    report("binary." + name, getattr(binary, name))
report("binary.seek", lambda: binary.seek(0))
report("binary.readinto", lambda: binary.readinto(bytearray(1)))
report("binary next", lambda: next(binary))
report("writer.write", lambda: writer.write(b"x"))
report("writer.flush", writer.flush)
for name in ("read", "readall", "tell", "fileno", "isatty", "readable", "writable", "seekable"):
    report("raw." + name, getattr(raw, name))
report("raw.write", lambda: raw.write(b""))
print(repr(raw), repr(binary).replace(path, "P"), repr(text).replace(path, "P"))

for stream in (io.StringIO(), io.BytesIO()):
    stream.close()
    report(type(stream).__name__ + ".read", stream.read)
    report(type(stream).__name__ + ".getvalue", stream.getvalue)
    report(type(stream).__name__ + ".tell", stream.tell)

with open(path) as f:
    pass
report("after with", f.read)
os.remove(path)

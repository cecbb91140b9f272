# Binary files: buffered readers, writers and random access; seek/tell, peek/read1/readinto, modes x and a.
import io
import os

path = "_tmp_binary_buffered.bin"
with open(path, "wb") as f:
    print(type(f).__name__, f.mode, f.name, f.writable(), f.readable(), f.seekable())
    print(f.write(bytes(range(256)) * 100), f.tell())
    print(f.raw.tell(), f.seek(10), f.write(b"!!"), f.tell())
print(os.path.getsize(path))

with open(path, "rb") as f:
    print(type(f).__name__, f.mode, f.read(4), f.tell(), f.raw.tell())
    print(f.read(2), f.seek(100), f.read(2), f.seek(-2, 1), f.read(2), f.seek(-3, 2), f.read())
    f.seek(0)
    print(len(f.peek()) > 0, f.read1(3), len(f.read1()))
    b = bytearray(5)
    print(f.readinto(b), b, f.tell())
    f.seek(250)
    print(f.readline(), f.tell())
    print(len(f.read()), f.read(), f.read(10))

with open(path, "rb", buffering=16) as f:
    print(f.read(40) == (bytes(range(10)) + b"!!" + bytes(range(12, 40))), f.tell())
    print(len(f.read(100)), f.tell())

with open(path, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(3), f.readall()[-2:], f.read(5))
    print(repr(f).replace(path, "P"), f.closefd, f.seekable())

with open(path, "r+b") as f:
    print(type(f).__name__, f.mode, f.read(3))
    f.write(b"abc")
    print(f.tell(), f.read(2))
    f.seek(0)
    print(f.read(8))
    print(f.truncate(8), f.tell())
    f.seek(0, 2)
    print(f.tell())

with open(path, "ab") as f:
    print(f.mode, f.tell(), f.write(b"END"), f.tell())
with open(path, "rb") as f:
    print(f.read())

os.remove(path)
with open(path, "xb") as f:
    print(f.mode, f.write(b"new"))
try:
    open(path, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename)
with open(path, "w+b") as f:
    f.write(b"0123456789")
    f.seek(3)
    print(f.read(2), f.tell())
    f.write(b"Z")
    f.seek(0)
    print(f.read())

raw = io.FileIO(path, "r")
reader = io.BufferedReader(raw, 4)
print(reader.read(6), reader.peek(1)[:1], reader.raw is raw, reader.name == path)
reader.close()
print(raw.closed, reader.closed)
os.remove(path)

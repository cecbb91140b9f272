# open(): writing and reading text and binary files, iteration, with blocks, modes and errors.
import sys

path = "_scratch_open_files.txt"
with open(path, "w") as f:
    print(type(f).__name__, f.mode, f.closed)
    print(f.write("first line\n"), f.write("second line\r\nthird"))
print(f.closed)

with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print([line for line in f])
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), f.readlines())

with open(path, "a") as f:
    f.writelines(["\nappended", " more\n"])
print(open(path).read().splitlines())

with open(path, "wb") as f:
    print(f.write(b"\x00\x01binary\xff"))
with open(path, "rb") as f:
    data = f.read()
    print(type(data).__name__, data, len(data))
with open(path, "rb") as f:
    print(f.read(3), f.tell(), f.read(), f.read())

for mode in ("z", "rw", "rbt"):
    try:
        open(path, mode)
    except ValueError as e:
        print("ValueError:", e)
try:
    open("_no_such_file_here.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    with open(path, "w") as f:
        f.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)

try:
    open(path, "x")
except FileExistsError as e:
    print("FileExistsError:", e.errno)
open(path, "w").close()
print(repr(open(path).read()))

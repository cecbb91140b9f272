# io.BytesIO: reading, writing past the end, seek/tell/truncate, readinto, iteration and errors.
import io

b = io.BytesIO(b"line1\nline2\nrest")
print(b.read(2), b.tell(), b.readline(), b.readline(3), b.read(), b.read())
b.seek(0)
print(list(b))
b.seek(0)
print(b.readlines(), b.tell())
b.seek(-4, 2)
print(b.read(), b.seek(2, 0), b.seek(3, 1), b.tell())
print(b.write(b"XY"), b.getvalue())
b.seek(20)
print(b.write(bytearray(b"!")), b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell())
buffer = bytearray(3)
b.seek(1)
print(b.readinto(buffer), buffer, b.readinto(buffer), buffer)
print(b.read1(), b.read1(5))
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed, b.flush())
b.writelines([b"a", b"b"])
print(b.getvalue())

for action in (lambda: io.BytesIO("text"), lambda: b.write("text"), lambda: b.seek(-1), lambda: b.seek(0, 7),
               lambda: b.truncate(-2), lambda: b.readinto(b"x")):
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)

with io.BytesIO(b"data") as c:
    print(c.getvalue())
for action in (c.read, c.getvalue, c.tell, c.readable, lambda: c.write(b"x"), lambda: next(iter([c])).read()):
    try:
        action()
    except ValueError as e:
        print("ValueError", e)
print(c.closed)
print(isinstance(io.BytesIO(), io.BufferedIOBase), io.BytesIO(bytearray(b"ba")).read())
big = io.BytesIO()
for i in range(1000):
    big.write(b"%d\n" % i)
big.seek(0)
print(len(big.getvalue()), sum(1 for _ in big))

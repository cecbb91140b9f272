# io.StringIO: reading, writing, seeking, truncating, iteration and errors.
import io

s = io.StringIO("héllo\nwörld\nlast")
print(s.read(3), s.tell(), repr(s.readline()), repr(s.readline(2)), repr(s.read()))
print(repr(s.read()), s.tell())
s.seek(0)
print(list(s))
s.seek(0)
print(s.readlines())
s.seek(2)
print(s.write("XY"), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.write("!"), repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(10)
s.write("z")
print(repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering, s.newlines)
print(s.encoding, s.errors)

empty = io.StringIO()
print(repr(empty.getvalue()), repr(empty.read()), repr(empty.readline()))
print(empty.write("abc"), empty.tell(), repr(empty.read()))
print(io.StringIO(None).getvalue() == "")

for action in (lambda: io.StringIO(5), lambda: io.StringIO(newline=5), lambda: io.StringIO(newline="x"),
               lambda: empty.write(b"x"), lambda: empty.seek(-1), lambda: empty.seek(1, 1), lambda: empty.seek(1, 2),
               lambda: empty.seek(0, 3), lambda: empty.truncate(-1), lambda: empty.read("x")):
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)

with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
for action in (c.read, c.getvalue, c.tell, c.readline, lambda: c.write("x"), lambda: next(c)):
    try:
        action()
    except ValueError as e:
        print("ValueError", e)
c.close()


class Upper(io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).upper()


print(list(Upper("a\nb\n")))
print(sum(1 for _ in io.StringIO("x\n" * 1000)))

# io.StringIO's newline argument: translation on write, line splitting, and the newlines attribute.
import io

text = "one\ntwo\r\nthree\rfour"
for newline in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(newline=newline)
    s.write(text)
    s.seek(0)
    print(repr(newline), repr(s.getvalue()), s.readlines(), s.newlines)

for newline in (None, ""):
    s = io.StringIO(newline=newline)
    s.write("a\r")
    s.write("\nb")
    print(repr(newline), repr(s.getvalue()), s.newlines)

s = io.StringIO("x\ny", newline=None)
print(repr(s.getvalue()), s.newlines)
s = io.StringIO("x\r\ny\rz", newline="")
print([line for line in s], s.newlines)
s = io.StringIO("x\r\ny", newline="\r\n")
print(repr(s.getvalue()), s.readline(), repr(s.read()))
s = io.StringIO("a\nb", newline="\r")
print(repr(s.getvalue()), s.readlines())
s = io.StringIO(newline="\r\n")
print(s.write("1\n2\n"), repr(s.getvalue()), s.tell())

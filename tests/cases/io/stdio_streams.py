# sys.stdin, sys.stdout and sys.stderr are TextIOWrappers over buffered FileIOs, as in CPython.
import io
import sys

for stream in (sys.stdin, sys.stdout, sys.stderr):
    print(repr(stream), stream.encoding, stream.name, stream.mode, type(stream).__name__, stream.readable(), stream.writable())
    print("  ", stream.fileno(), stream.closed, isinstance(stream, io.TextIOWrapper), stream.errors)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.write("written\n"))
sys.stdout.writelines(["a", "b\n"])
sys.stdout.flush()
print(sys.stdin.read(), repr(sys.stdin.readline()))
print("no newline", end="")
print(" then", "sep", sep="|", end="!\n")
print("to", "file", file=sys.stdout, flush=True)
buffer = io.StringIO()
print(1, 2.5, None, [3], file=buffer, sep=", ")
print(repr(buffer.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
captured, sys.stdout = sys.stdout.getvalue(), old
print(repr(captured))
sys.stdout.buffer.write(b"bytes through the buffer\n")
print("after the buffer write")

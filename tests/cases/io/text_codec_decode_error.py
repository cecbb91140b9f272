# A utf-16 file with an odd number of bytes: the strict decoder fails at the end (uncaught UnicodeDecodeError).
import io

t = io.TextIOWrapper(io.BytesIO("ok\n".encode("utf-16") + b"x"), encoding="utf-16")
print(ascii(t.readline()))
t.read()
print("not reached")

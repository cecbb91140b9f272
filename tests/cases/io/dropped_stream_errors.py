# Errors while a dropped stream is flushed and closed are silenced, as CPython does outside dev mode.
import io
class Bad(io.RawIOBase):
    def writable(self): return True
    def write(self, b): raise OSError("disk full")
b = io.BufferedWriter(Bad())
b.write(b"x")
del b
print("after")
class T(io.TextIOWrapper): pass
t = T(io.BufferedWriter(Bad()))
t.write("x")
del t
print("after2")

# struct.Struct: a compiled format with format/size and the pack/unpack methods.
import struct

s = struct.Struct("<hi")
print(type(s).__name__, struct.Struct.__module__, s.format, s.size)
print(s.pack(1, -2), s.unpack(b"\x01\x00\xfe\xff\xff\xff"))
print(s.unpack_from(b"xx\x01\x00\x02\x00\x00\x00", 2), s.unpack_from(buffer=b"\x01\x00\x02\x00\x00\x00"))
buffer = bytearray(8)
s.pack_into(buffer, 1, 3, 4)
print(buffer)
print(list(s.iter_unpack(b"\x01\x00\x02\x00\x00\x00" * 2)))
print(struct.Struct(b">I").format, struct.Struct(format="d").size)

class Point(struct.Struct):
    def __init__(self):
        super().__init__("<ff")

p = Point()
print(type(p).__name__, p.size, p.unpack(p.pack(1.5, -2.0)))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: s.pack(1))
show(lambda: s.unpack(b"1"))
show(lambda: s.pack_into(bytearray(6)))
show(lambda: s.unpack_from(b"123456", 1))
show(lambda: s.unpack_from(b"123456", -7))
show(lambda: struct.Struct())
show(lambda: struct.Struct("i", 1))
show(lambda: struct.Struct(1))
show(lambda: struct.Struct("q").pack(1, 2))

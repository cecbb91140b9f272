# struct.pack/unpack for every format character in each byte order, with repeat counts and padding.
import struct

values = {
    "b": [-128, 127, -1], "B": [0, 255, 7], "h": [-32768, 32767, -2], "H": [0, 65535, 258],
    "i": [-2**31, 2**31 - 1, -3], "I": [0, 2**32 - 1, 0x01020304], "l": [-2**31, 2**31 - 1, 5],
    "L": [0, 2**32 - 1, 6], "q": [-2**63, 2**63 - 1, -7], "Q": [0, 2**64 - 1, 0x0102030405060708],
}
for order in "<>!=":
    for code, numbers in values.items():
        for number in numbers:
            packed = struct.pack(order + code, number)
            back = struct.unpack(order + code, packed)
            print(order + code, number, packed.hex(), back == (number,))

print(struct.pack("<?", 5), struct.pack("<?", []), struct.unpack("<??", b"\x00\x07"))
print(struct.pack("c", b"z"), struct.unpack("2c", b"ab"))
print(struct.pack("5s", b"abc"), struct.pack("2s", b"abcdef"), struct.unpack("3s", b"xyz"))
print(struct.pack("5p", b"abc"), struct.pack("3p", b"abcdef"), struct.unpack("5p", b"\x02abcd"))
print(struct.pack("300p", b"x" * 300)[:3], struct.pack("s", bytearray(b"q")))
print(struct.pack("<3x"), struct.pack("<bxh", 1, 2), struct.unpack("<bxh", b"\x01\x00\x02\x00"))
print(struct.pack("<2i 3h", 1, 2, 3, 4, 5).hex())
print(struct.pack("< i  h ", 1, 2).hex(), struct.pack("0s"), struct.pack(b">H", 513))
print(struct.unpack(">Q", b"\xff" * 8), struct.unpack("<q", b"\xfe" + b"\xff" * 7))
print(struct.pack("<i", True), struct.pack("<Q", 2**64 - 1).hex())

class Index:
    def __index__(self):
        return 42

print(struct.pack("<i", Index()))
print(struct.calcsize("<i"), struct.calcsize(">q3s"), struct.calcsize("!?e"), struct.calcsize(""))
print(struct.unpack_from("<h", b"\x00\x01\x02\x03", 1), struct.unpack_from("<h", b"\x00\x01\x02\x03", offset=2))
print(struct.unpack_from("<h", b"\x00\x01\x02\x03", -2), struct.unpack_from("<2h", buffer=bytearray(b"abcd")))
buffer = bytearray(8)
struct.pack_into("<hh", buffer, 2, 1, -1)
print(buffer)
struct.pack_into(">i", buffer, -4, 0x01020304)
print(buffer)
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
it = struct.iter_unpack("<bb", bytes(range(6)))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())

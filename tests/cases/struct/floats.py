# struct's float formats: e (IEEE half, rounded half to even), f and d, infinities and NaN.
import struct

for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 65504.0, 65519.0, 6.1e-5, 6.103e-5, 5.96e-8, 5e-8, 2.98e-8, 1e-8,
          float("inf"), float("-inf"), 1.0009765625, 1.00048828125, 1.00146484375, 2048.5, 2049.0]:
    half = struct.pack("<e", x)
    print(repr(x), half.hex(), struct.unpack("<e", half), struct.pack(">e", x).hex())
print(struct.pack("<e", float("nan")).hex(), struct.pack("<e", -float("nan")).hex())
print(struct.unpack("<e", b"\x00\x7e"), struct.unpack("<e", b"\x01\x00"), struct.unpack("<e", b"\xff\x7b"))
for x in [0.0, 1.5, -0.1, 3.4028234663852886e38, 1e-45, float("inf")]:
    print(repr(x), struct.pack("<f", x).hex(), struct.unpack("<f", struct.pack("<f", x)), struct.pack(">f", x).hex())
print(struct.pack("<f", float("nan")).hex(), struct.pack("f", 2))
for x in [0.0, -0.0, 1.5, 1e308, 5e-324, float("-inf")]:
    print(repr(x), struct.pack("<d", x).hex(), struct.pack("!d", x).hex(), struct.unpack(">d", struct.pack(">d", x)))
print(struct.pack("<d", 10**20), struct.pack("<f", True))

class Floaty:
    def __float__(self):
        return 2.0

print(struct.pack("<d", Floaty()))

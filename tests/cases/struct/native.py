# struct's native mode ('@', the default): native sizes and alignment, n/N/P.
import struct

for fmt in ["b", "h", "i", "l", "q", "n", "N", "P", "e", "f", "d", "?", "bi", "ib", "b0i", "bP", "bh", "cq",
            "3si", "b2h", "@bl", "=bl", "<bl", "s0q", "bxd", "hbi"]:
    print(fmt, struct.calcsize(fmt))
print(struct.pack("bi", 1, 2), struct.unpack("bi", b"\x01\x00\x00\x00\x02\x00\x00\x00"))
print(struct.pack("@n", -1), struct.pack("N", 2**64 - 1), struct.pack("P", 1))
print(struct.pack("P", -1), struct.unpack("P", b"\xff" * 8))
print(struct.pack("l", -2**63), struct.unpack("L", b"\xff" * 8))

# A pointer out of range is struct.error, as CPython's.
for value in (2 ** 64, -2 ** 64, 2 ** 200):
    try:
        struct.pack("P", value)
    except struct.error as error:
        print("P", "struct.error", error)

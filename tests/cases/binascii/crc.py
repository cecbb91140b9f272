# binascii.crc32 and crc_hqx, incremental use, and how their start values are reduced.
import binascii

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for data in [b"", b"a", b"hello", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 3]:
    print(binascii.crc32(data), binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xffff))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")) == binascii.crc32(b"hello world"))
print(binascii.crc_hqx(b"world", binascii.crc_hqx(b"hello ", 0)) == binascii.crc_hqx(b"hello world", 0))
print(binascii.crc32(b"a", -1), binascii.crc32(b"a", 2**40), binascii.crc32(b"a", 2**100 + 5), binascii.crc32(bytearray(b"a")))
print(binascii.crc_hqx(b"a", -1), binascii.crc_hqx(b"a", 2**20), binascii.crc_hqx(b"abc", 0x1234))
show(lambda: binascii.crc32("a"))
show(lambda: binascii.crc32())
show(lambda: binascii.crc32(b"a", 1, 2))
show(lambda: binascii.crc32(b"a", 1.5))
show(lambda: binascii.crc_hqx(b"hello"))
show(lambda: binascii.crc_hqx("a", 0))

# binascii.hexlify/b2a_hex with separators, unhexlify/a2b_hex, and their errors.
import binascii

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = bytes(range(0, 256, 17))
print(binascii.hexlify(data), binascii.b2a_hex(data))
for sep, per in [("-", 1), (b":", 2), ("-", -2), (" ", 3), (" ", -3), ("_", 0), ("_", 100), ("_", -100)]:
    print(repr(sep), per, binascii.hexlify(b"abcde", sep, per), binascii.b2a_hex(b"abcdef", sep=sep, bytes_per_sep=per))
print(binascii.hexlify(bytearray(b"\x00\xff")), binascii.hexlify(data=b"ab"), binascii.hexlify(b"", "-"))
print(binascii.unhexlify(b"01ab"), binascii.unhexlify("01AB"), binascii.a2b_hex(b""), binascii.a2b_hex(bytearray(b"ff")))
print(binascii.unhexlify(binascii.hexlify(data)) == data)
show(lambda: binascii.hexlify(b"ab", "--"))
show(lambda: binascii.hexlify(b"ab", 1))
show(lambda: binascii.hexlify("ab"))
show(lambda: binascii.hexlify(b"abc", ":", 2**40))
show(lambda: binascii.hexlify())
show(lambda: binascii.unhexlify("01a"))
show(lambda: binascii.unhexlify("0g"))
show(lambda: binascii.unhexlify("\xe91"))
show(lambda: binascii.unhexlify(1))
show(lambda: binascii.unhexlify())
show(lambda: binascii.a2b_hex("zz"))
print(binascii.Error.__name__, binascii.Error.__module__, [c.__name__ for c in binascii.Error.__mro__])
print([c.__name__ for c in binascii.Incomplete.__mro__])

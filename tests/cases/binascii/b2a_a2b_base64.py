# binascii.b2a_base64/a2b_base64: encoding, lenient and strict decoding, and the errors.
import binascii

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for data in [b"", b"h", b"he", b"hel", b"hello", bytes(range(256))[-7:], b"\xff\xfe\xfd"]:
    encoded = binascii.b2a_base64(data)
    print(data, encoded, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(encoded) == data)
print(binascii.b2a_base64(bytes(range(256)))[-20:])
for text in [b"aGVsbG8=\n", "aGVsbG8=", b"aGV!sbG8=", b"aGVsbA==", b"aGVsbA=b=", b"abcdef==", b"YWJj\nZGVm\n", b"",
             b"+/+/", b"abcd=", b"abcd==", bytearray(b"YQ==")]:
    show(lambda: binascii.a2b_base64(text))
for text in [b"aGVsbG8", b"a", b"ab=c", b"abcde", b"a===", b"YQ"]:
    show(lambda: binascii.a2b_base64(text))
for text in [b"aGVsbA==", b"aGV!sbG8=", b"=aGVsbG8", b"aGVsbG8=a", b"aGVsbA=", b"aGVsbA===", b"YQ=", b"Y Q==",
             b"ab=c", b"abcd=", b""]:
    show(lambda: binascii.a2b_base64(text, strict_mode=True))
show(lambda: binascii.a2b_base64("\xe9"))
show(lambda: binascii.a2b_base64(5))
show(lambda: binascii.b2a_base64("x"))
show(lambda: binascii.b2a_base64())
show(lambda: binascii.b2a_base64(b"", b""))
show(lambda: binascii.a2b_base64())
show(lambda: binascii.a2b_base64(b"YQ==", strict_mode=1, x=1))

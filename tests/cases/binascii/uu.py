# binascii.b2a_uu/a2b_uu: uuencoded lines, the backtick option, padding and errors.
import binascii

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for data in [b"", b"a", b"ab", b"abc", b"\x00\x00\x00", bytes(range(7)), bytes(range(45))]:
    line = binascii.b2a_uu(data)
    print(data[:8], line, binascii.b2a_uu(data, backtick=True), binascii.a2b_uu(line) == data)
for line in [b"", "", b"#86)C\n", b"#86)C   \n", b"#86)C``\r\n", b"&", b"`", b"!80``\n", b"!8", "#86)C"]:
    show(lambda: binascii.a2b_uu(line))
show(lambda: binascii.b2a_uu(b"x" * 46))
show(lambda: binascii.a2b_uu(b"#86)Cx"))
show(lambda: binascii.a2b_uu(b"#86\x01C"))
show(lambda: binascii.a2b_uu(b"\x7f"))
show(lambda: binascii.b2a_uu("x"))
show(lambda: binascii.a2b_uu(1))
show(lambda: binascii.b2a_uu(b"a", True))
show(lambda: binascii.a2b_uu())

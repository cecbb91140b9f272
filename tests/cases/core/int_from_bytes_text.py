# int() parses the digits of bytes and bytearray objects, with or without a base.
print(int(b"101", 2))
print(int(bytearray(b" 12 ")))
print(int(b"0x1f", 0))
print(int(b"-7"))
print(int(b"1_000"))
print(int(bytes([48, 49, 49]).translate(b"0" + b"1" * 255), 2))
print(int(b"zz", 36))
for args in [(b"1x",), (bytearray(b"z"), 2), (b"\xff",), (b"",), (b"12", 1)]:
    try:
        print(int(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    int(3.5, 2)
except TypeError as e:
    print("TypeError:", e)

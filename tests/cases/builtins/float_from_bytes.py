# float() parses bytes and bytearray as ASCII text (pickle's protocol 0 relies on it).
for value in (b"1.5", bytearray(b" -2e3 "), b"inf", b"-nan", b"1_000.25", b"abc", b"\xff", b"", bytearray(b"1e400")):
    try:
        print(repr(value), float(value))
    except ValueError as e:
        print(repr(value), "ValueError", e)

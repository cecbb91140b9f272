# TextIOWrapper.seek() with unusual cookies: packed decoder state, too large, negative, float, str.
import io
f = io.TextIOWrapper(io.BytesIO(b"abc\r\ndef\rghi"), encoding="utf-8")
for c in (2**64, 2**64 + 2, (5 << 128) | 3, 2**70, (1 << 96) | 1, 2**200, -1, 1.5, "x"):
    try:
        print(c, f.seek(c), repr(f.read(2)), f.tell())
    except Exception as e:
        print(c, type(e).__name__, e)

# bytes(...) constructor forms, fromhex/hex, __getnewargs__ and subclasses.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((1, 2)), bytes(range(3)), bytes(x for x in [104, 105]))
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes("é", encoding="latin-1"), bytes("aé", "ascii", "replace"))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes(True), bytes([True, False]))
check(lambda: bytes([256]))
check(lambda: bytes([-1]))
check(lambda: bytes(["a"]))
check(lambda: bytes(-1))
check(lambda: bytes("abc"))
check(lambda: bytes(b"abc", "utf-8"))
check(lambda: bytes(3.5))
check(lambda: bytes(None))
check(lambda: bytes(5, errors="strict"))
check(lambda: bytes("x", "nope"))
check(lambda: bytes("x", 5))
print(bytes.fromhex("48 65 6c6C6f"), bytes.fromhex(""), bytes.fromhex("  00ff  "))
check(lambda: bytes.fromhex("4"))
check(lambda: bytes.fromhex("zz"))
check(lambda: bytes.fromhex("12 3"))
check(lambda: bytes.fromhex(b"12"))
print(b"\x00\xab\xff".hex(), b"".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex(" ", -2))
print(b"abcde".hex(b"_", 2), b"abcde".hex(":", -4), b"abcde".hex(sep=".", bytes_per_sep=1))
check(lambda: b"ab".hex("::"))
check(lambda: b"ab".hex(5))
check(lambda: b"ab".hex("\xe9"))
print(b"abc".__getnewargs__(), bytearray(b"x").hex())

class B(bytes):
    def shout(self):
        return self.upper()

x = B(b"hey")
print(x, repr(x), type(x).__name__, x.shout(), type(x.shout()).__name__, x == b"hey", hash(x) == hash(b"hey"))
print(type(x + b"!").__name__, type(x[1:]).__name__, isinstance(x, bytes), len(x), list(x))
print(type(B.fromhex("41")).__name__, B.fromhex("41"), type(bytes.fromhex("41")).__name__)

class C(bytes):
    def __new__(cls, n):
        return super().__new__(cls, n * b"z")

print(C(3), type(C(2)).__name__)
print(bytes(B(b"sub")), type(bytes(B(b"sub"))).__name__)

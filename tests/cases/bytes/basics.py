# bytes: literals, repr, str(), len, indexing, slicing, membership, iteration, comparisons, hash, + and *.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(b"abc", repr(b""), str(b"x\ty"))
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' and \""), repr(b"\\"))
print(b"\x00\x01\x7f\x80\xff\n\r\t")
print(repr(bytes(range(0, 256, 17))))
b = b"hello world"
print(len(b), len(b""), b[0], b[-1], b[1:4], b[::-1], b[::3], b[100:], b[-3:])
check(lambda: b[11])
check(lambda: b[-12])
check(lambda: b["x"])
print(111 in b, b"wor" in b, b"" in b, b"xyz" in b, 300 - 200 in b)
check(lambda: 256 in b)
check(lambda: "h" in b)
print(list(b"abc"), [x for x in b"\x00\xff"], sum(b"\x01\x02\x03"))
it = iter(b"hi")
print(next(it), next(it), next(it, "done"))
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"" <= b"", b"a" >= b"b")
print(b"abc" == "abc", b"abc" == bytearray(b"abc"), b"abc" == 5)
check(lambda: b"a" < "a")
check(lambda: b"a" < 1)
print(hash(b"abc") == hash(b"ab" + b"c"), hash(b"") == hash(bytes()), {b"k": 1}[b"k"])
print(b"ab" + b"cd", b"ab" + bytearray(b"!"), b"ab" * 3, 2 * b"xy", b"ab" * 0, b"ab" * -1)
check(lambda: b"ab" + "cd")
check(lambda: "cd" + b"ab")
check(lambda: b"ab" * 1.5)
check(lambda: b"ab" + 1)
check(lambda: b"%d" % 5)
s = b"abc"
s += b"def"
print(s, type(s).__name__)
print(bool(b""), bool(b"\x00"), b"abc"[1:2] == b"b", type(b"abc"[0]).__name__)
print(sorted([b"b", b"a", b"ab"]), max(b"zap"), min([b"x", b"w"]))
print(f"{b'xy'}", "%s|%r" % (b"a", b"b"), "{!r}".format(b"q"))
print(isinstance(b"", bytes), issubclass(bytes, object), bytes.__name__, type(b"").__name__)

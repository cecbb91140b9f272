# bytes % formatting, argument-count errors of the methods, big sizes, __bytes__, iterators.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class X:
    def __bytes__(self):
        return b"xb"

class Bad:
    def __bytes__(self):
        return 5

print(b"%s|%b|%5s|%-5s|%.1s" % (b"a", bytearray(b"b"), b"c", b"d", b"ef"), b"%d %i %x %X %o" % (1, -2, 255, 255, 8))
print(b"%5.1f|%-4d|%r|%a|%c%c" % (3.14159, 7, "\xe9", b"q", 65, b"B"), b"%(a)s %(b)d" % {b"a": b"x", b"b": 2}, b"%s" % X())
print(b"%#x %+d % d %05d %*d %%" % (255, 3, 4, -42, 4, 1), bytearray(b"<%s>") % b"ba", b"no args" % ())
for f in (lambda: b"%s" % "x", lambda: b"%d" % "x", lambda: b"%c" % 300, lambda: b"%c" % "x", lambda: b"%" % (), lambda: b"%y" % 1,
          lambda: b"%s %s" % (b"a",), lambda: b"%(a)s" % (1,), lambda: b"a" % 1, lambda: b"%s" % Bad()):
    check(f)
print(bytes(X()), b"abc".__bytes__(), type(bytearray(b"z").__iter__()).__name__, type(iter(b"")).__name__, iter(b"abc").__length_hint__())
check(lambda: bytes(Bad()))
check(lambda: bytearray(X()))
check(lambda: bytearray(3.5))
for f in (lambda: b"a".count(), lambda: b"a".startswith(), lambda: b"a".find(b"a", 1, 2, 3), lambda: b"a".partition(), lambda: b"a".center(),
          lambda: b"a".center(1, 2, 3), lambda: b"a".zfill(), lambda: b"a".ljust("x"), lambda: b"a".upper(1), lambda: b"a".isascii(1),
          lambda: b"a".find(keyword=1), lambda: b"a".title(x=1), lambda: bytearray(b"ab").append(), lambda: bytearray(b"ab").pop(1, 2),
          lambda: bytearray(b"ab").insert(1, 2, 3), lambda: bytes.fromhex(), lambda: bytearray(b"abc").reverse(1), lambda: b"a".replace(b"a"),
          lambda: b"a".splitlines(1, 2), lambda: b"a".expandtabs(x=1), lambda: bytes.maketrans(b"a"), lambda: b"a".translate(b"x"),
          lambda: bytes.maketrans(b"a", b"bc"), lambda: b"ab".find(b"a", 1.5), lambda: b"abc"[::0], lambda: b"abc"[2**70]):
    check(f)
for f in (lambda: b"x" * 2**62, lambda: bytes(2**62), lambda: b"".center(2**62), lambda: b"ab".hex(":", 2**70), lambda: b"ab".hex(bytearray(b":")),
          lambda: b"a".hex(sep=1), lambda: b"ab".hex("\xe9")):
    check(f)
print(b"abc"[-2**70:2**70], bytearray(b"ab") * -1, b"ab" * 1, b"" + b"", bytearray(b"x").__reduce__(), bytearray(b"a").__alloc__())
print(bytes.maketrans(b"ab", b"AB")[96:100], bytearray.maketrans(b"", b"")[:3], b"\x00ab".hex(" ", 1))

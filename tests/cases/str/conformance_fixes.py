# '%c' with __index__ objects, str subclass formatting, __getnewargs__, and huge repeats (CPython 3.12).
import sys


class Index:
    def __index__(self):
        return 109


class IntOnly:
    def __int__(self):
        return 109


for value in (Index(), IntOnly(), 3.5, "ab", 0x110000, -1, True):
    for spec in ("%c", "%x"):
        try:
            print(repr(spec % value))
        except Exception as e:
            print(type(e).__name__, e)


class S(str):
    def __str__(self):
        return "__str__ overridden"


s = S("xxx")
print("{}".format(s), format(s, ""), f"{s}", f"{s!s}", "%s" % s, repr(format(s, "5")), repr(format(s, ">6")))
text = "abc"
args = text.__getnewargs__()
print(args, args[0] is text, type(S("q").__getnewargs__()[0]).__name__)
for item in ("a", "\xe9", "\u20ac", b"a", [1], (1,), bytearray(b"a")):
    for count in (sys.maxsize - 100, sys.maxsize, 2 ** 62):
        try:
            item * count
        except Exception as e:
            print(type(e).__name__, e)

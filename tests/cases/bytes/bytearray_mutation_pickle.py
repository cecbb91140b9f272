# bytearray: a resizing __index__ during item assignment, pickling subclasses with __slots__, bytes() and __bytes__.
import copy
import pickle
import sys


class Boom:
    def __index__(self):
        b.clear()
        return 0


b = bytearray(b"Now you see me...")
try:
    b[0] = Boom()
except IndexError as e:
    print("IndexError", e)
print(b)


class WithSlots(bytearray):
    __slots__ = ("x", "y", "__dict__")


w = WithSlots(b"abc")
w.x = 10
w.z = 5
for protocol in (0, 2, 3, 4):
    print(w.__reduce_ex__(protocol))
print(w.__reduce__())
c = copy.copy(w)
print(c, c.x, c.z)
d = pickle.loads(pickle.dumps(w, 4))
print(d, d.x, d.z, type(d).__name__)
print(bytearray(b"ab").__reduce_ex__(0), bytearray(b"ab").__reduce_ex__(4))


class StrWithBytes(str):
    def __new__(cls, value):
        self = str.__new__(cls, value)
        self.value = value
        return self

    def __bytes__(self):
        return self.value


print(bytes(StrWithBytes(b"abc")))
try:
    bytes(StrWithBytes(b"abc"), "ascii")
except Exception as e:
    print(type(e).__name__, e)
print(bytes(StrWithBytes("xyz"), "ascii"))
for spec in (b"%.*d", b"%.*f"):
    for arguments in ((sys.maxsize, 1), (2 ** 31, 1), (-2 ** 31 - 1, 1), (3, 1)):
        try:
            print(spec % arguments)
        except OverflowError as e:
            print("OverflowError", e)

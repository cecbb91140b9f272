# sys.intern makes the string itself the interned one (an equal string built later interns to it); str
# subclasses and other types are refused.
import sys

s = "".join(["never ", "interned ", "before"])
print(sys.intern(s) is s)
s2 = s.swapcase().swapcase()
print(s2 is s, sys.intern(s2) is s)


class S(str):
    pass


for bad in (S("abc"), 1, b"abc"):
    try:
        sys.intern(bad)
    except TypeError as error:
        print("TypeError:", error)
try:
    sys.intern()
except TypeError as error:
    print("TypeError:", error)

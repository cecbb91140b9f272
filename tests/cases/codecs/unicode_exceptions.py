# UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: arguments, attributes and messages.
e = UnicodeEncodeError("ascii", "a\xe9\u1234\U00012345", 1, 2, "bad")
print(e.encoding, ascii(e.object), e.start, e.end, e.reason, ascii(e.args))
print(e)
e.start = 2
print(e)
e.start, e.end = 3, 4
print(e)
e.end = 3
print(e)
e.start, e.end = 10, 11
print(e)
e.start, e.end = 0, 3
print(e)
e.reason = "changed"
print(e, repr(e)[:18])

d = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid")
print(d.encoding, d.object, d.start, d.end, d.reason)
print(d)
d.end = 2
print(d)
print(UnicodeDecodeError("x", bytearray(b"ab"), 0, 1, "r").object)

t = UnicodeTranslateError("\xe9x", 0, 1, "untranslatable")
print(t.encoding, ascii(t.object), t.start, t.end, t.reason, t)
t.end = 2
print(t)

print(isinstance(e, UnicodeError), isinstance(e, ValueError), UnicodeEncodeError.__mro__[1].__name__)
print(repr(str(UnicodeEncodeError.__new__(UnicodeEncodeError))))

for args in [(), ("a",), (1, "x", 1, 2, "r"), ("a", b"x", 1, 2, "r"), ("a", "x", "1", 2, "r"), ("a", "x", 1, 2, 3)]:
    try:
        UnicodeEncodeError(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in [("a", "x", 1, 2, "r"), ("a", 5, 0, 1, "r")]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    UnicodeEncodeError("a", "b", 0, 1, "c", x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    UnicodeTranslateError("a", 0, 1)
except TypeError as e:
    print("TypeError:", e)

try:
    "\u20ac".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.encoding, ascii(e.object), e.start, e.end, e.reason, ascii(e.args))
try:
    b"abc\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)

class MyError(UnicodeEncodeError):
    pass
m = MyError("enc", "xyz", 0, 3, "why")
print(m, m.object)

class Registry(LookupError, SystemError):
    pass
print(Registry("x"), Registry.__mro__[1].__name__, isinstance(Registry(), SystemError))

# The attributes are members, not instance-dict entries.
e = UnicodeEncodeError("ascii", "abc", 0, 1, "r")
print(e.__dict__, hasattr(UnicodeEncodeError, "start"), hasattr(UnicodeError("x"), "start"), type(UnicodeEncodeError.__dict__["reason"]).__name__ != "")
e.encoding = 5
e.reason = None
del e.object
print(e.encoding, e.reason, e.object, repr(str(e)))
for value in ["x", 1.5, None]:
    try:
        e.start = value
    except TypeError as exc:
        print("TypeError:", exc)
try:
    del e.end
except TypeError as exc:
    print("TypeError:", exc)
e.start = True
print(e.start, e.end)
u = UnicodeDecodeError.__new__(UnicodeDecodeError)
print(u.encoding, u.object, u.start, u.end, u.reason, repr(str(u)), u.args)
class Both(UnicodeEncodeError, ValueError):
    pass
print(Both("a", "b", 0, 1, "c"))
try:
    class Conflict(UnicodeEncodeError, UnicodeDecodeError):
        pass
except TypeError as exc:
    print("TypeError:", exc)

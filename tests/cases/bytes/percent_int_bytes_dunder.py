# %d/%i/%u use __int__ and %x/%o __index__ (str and bytes); "% %" is not "%%"; bytes() returns __bytes__'s object.
class Raising:
    def __int__(self):
        raise RuntimeError("int")

    def __index__(self):
        raise RuntimeError("index")


for spec in ("%d", "%i", "%u", "%x", "%X", "%o", b"%d", b"%x"):
    try:
        spec % Raising()
    except RuntimeError as e:
        print(spec, e)
for spec, args in ((b"% %s", 1), ("% %s", 1), (b"%", ()), (b"% d", 1), (b"%%", ()), (b"%5%", ())):
    try:
        print(spec % args)
    except Exception as e:
        print(type(e).__name__, e)


class Sub(bytes):
    pass


class OtherSub(bytes):
    pass


class WithBytes:
    def __init__(self, value):
        self.value = value

    def __bytes__(self):
        return self.value


print(type(bytes(WithBytes(Sub(b"abc")))).__name__, type(OtherSub(WithBytes(Sub(b"abc")))).__name__,
      type(OtherSub(WithBytes(b"x"))).__name__, bytes(WithBytes(b"q")))
try:
    bytes(WithBytes("s"))
except TypeError as e:
    print(e)

# bytes searching: count, find, rfind, index, rindex, startswith, endswith, partition, rpartition, removeprefix/suffix.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = b"abracadabra"
print(b.count(b"a"), b.count(b"abra"), b.count(b""), b.count(97), b.count(b"a", 1, -1), b.count(b"zz"), b.count(b"", 20))
print(b.find(b"bra"), b.find(b"bra", 2), b.find(b"x"), b.find(99), b.find(b"", 11), b.find(b"", 12), b.find(b"a", -3, -1))
print(b.rfind(b"bra"), b.rfind(b"a", 0, 5), b.rfind(b"q"), b.rfind(98), b.rfind(b""))
print(b.index(b"cad"), b.rindex(b"a"), b.index(100), b.find(b"a", None, None), b.find(bytearray(b"dab")))
check(lambda: b.index(b"zzz"))
check(lambda: b.rindex(b"zzz"))
check(lambda: b.find("a"))
check(lambda: b.find(256))
check(lambda: b.count(1.0))
check(lambda: b.find())
check(lambda: b.find(b"a", "x"))
print(b.startswith(b"abr"), b.startswith(b"bra", 1), b.startswith((b"x", b"ab")), b.startswith(b""), b.startswith(b"a", 20))
print(b.endswith(b"bra"), b.endswith(b"cad", 0, 7), b.endswith((b"q", b"ra")), b.endswith(b"abracadabra!"))
check(lambda: b.startswith("a"))
check(lambda: b.endswith(97))
check(lambda: b.startswith((b"a", "b")))
print(b.partition(b"ca"), b.partition(b"zz"), b.rpartition(b"a"), b.rpartition(b"zz"))
check(lambda: b.partition(b""))
check(lambda: b.partition("a"))
print(b.removeprefix(b"abra"), b.removeprefix(b"zz"), b.removesuffix(b"bra"), b.removesuffix(b""), b.removeprefix(bytearray(b"a")))
check(lambda: b.removeprefix("a"))
ba = bytearray(b"hello")
print(ba.find(b"l"), ba.count(108), ba.partition(b"e"), ba.startswith(b"he"), ba.removesuffix(b"lo"), ba.rindex(b"l"))
print(b"a,b,,c".partition(b","), type(bytearray(b"x=y").partition(b"=")[0]).__name__)

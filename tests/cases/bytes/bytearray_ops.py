# bytearray: construction, mutation methods, item and slice assignment/deletion, +=, unhashable.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = bytearray(b"hello")
print(a, repr(bytearray()), bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"), str(bytearray(b"'")))
a.append(33)
a.extend(b" ok")
a.extend([65, 66])
a.extend(x for x in (67,))
print(a, len(a), a[0], a[-1], a[1:3], type(a[1:3]).__name__)
print(a.pop(), a.pop(0), a, a.pop(-2))
a.insert(0, 72)
a.insert(100, 90)
a.insert(-1, 89)
print(a)
a.remove(108)
print(a, a.index(108))
check(lambda: a.remove(0))
a.reverse()
print(a)
c = a.copy()
a.clear()
print(a, c, len(a))
check(lambda: a.pop())
check(lambda: bytearray(b"ab").pop(5))
check(lambda: a.append(256))
check(lambda: a.append("x"))
check(lambda: a.extend("str"))
check(lambda: a.extend(5))
b = bytearray(b"abcdef")
b[0] = 65
b[-1] = 70
print(b)
b[1:3] = b"XYZ"
print(b)
b[::2] = b"1234"
print(b)
b[2:2] = [0, 1]
print(b)
b[:4] = bytearray()
print(b)
del b[0]
del b[-2:]
print(b)
b[1:1] = b"QQQ"
del b[::2]
print(b)
check(lambda: b.__setitem__(0, 300))
check(lambda: b.__setitem__(10, 1))
check(lambda: b.__setitem__(slice(None, None, 2), b"toolong"))
check(lambda: b.__setitem__(slice(0, 1), 5))
check(lambda: b.__setitem__(slice(0, 1), "s"))
b[:] = b
print(b)
x = bytearray(b"ab")
y = x
x += b"cd"
x += bytearray(b"!")
print(x, y is x, x * 2, x + b"?", type(x + b"?").__name__, b"?" + x, type(b"?" + x).__name__)
x *= 2
print(x, y is x)
check(lambda: hash(bytearray()))
check(lambda: {bytearray(): 1})
check(lambda: x.__iadd__("s"))
print(x == b"abcd!abcd!", bytearray(b"a") < b"b", sorted([bytearray(b"z"), bytearray(b"a")]), list(bytearray(b"\x01\x02")))
print(bytearray(b"a%sb").replace(b"%s", b"X"), bytearray.fromhex("0a0b"), type(bytearray.fromhex("")).__name__)
z = bytearray(b"abc")
for i in range(3):
    z[i] = z[i] + 1
print(z, 98 in z, b"cd" in z, z.decode())

# array.array natively: slicing, comparisons, pickling, buffer exports, subclasses, iterator.
import array, pickle, copy, io, weakref, struct, collections.abc
from array import array as A

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(A.__module__, A.__name__, A.__qualname__, array.ArrayType is A, array.typecodes, array.__name__)
it = iter(A('i'))
print(type(it).__module__, type(it).__name__, type(it).__qualname__)
print(array._array_reconstructor.__module__, array._array_reconstructor.__name__)
print(isinstance(A('i'), collections.abc.MutableSequence), isinstance(A('i'), collections.abc.Sequence))
print(A[int], A.__class_getitem__(str))
for code in array.typecodes:
    a = A(code)
    print(code, a.itemsize, a.typecode, memoryview(a).format, memoryview(a).itemsize, repr(a))

# Slices
a = A('i', range(10))
print(a[2:5], a[::-1], a[::3], a[-3:], a[5:2], a[1:9:-2], a[9:1:-3])
b = A('i', range(10)); b[2:5] = A('i', [7]); print(b)
b = A('i', range(10)); b[2:3] = A('i', [7, 8, 9]); print(b)
b = A('i', range(10)); b[::2] = A('i', [0] * 5); print(b)
b = A('i', range(10)); b[::2] = A('i'); print(b)
b = A('i', range(10)); b[::-3] = A('i', [1, 2, 3, 4]); print(b)
b = A('i', range(10)); del b[::3]; print(b)
b = A('i', range(10)); del b[::-2]; print(b)
b = A('i', range(10)); del b[2:6]; print(b)
b = A('i', range(10)); del b[-1]; print(b)
b = A('i', range(5)); b[:] = b; print(b)
b = A('i', range(5)); b[1:] = b; print(b)
b = A('i', range(5)); b[::-1] = b; print(b)
b = A('i', range(5)); b[10:20] = A('i', [1]); print(b)
t("setslice list", lambda: b.__setitem__(slice(0, 2), [1, 2]))
t("setslice kind", lambda: b.__setitem__(slice(0, 2), A('h', [1, 2])))
t("extended size", lambda: b.__setitem__(slice(0, 5, 2), A('i', [1, 2])))
t("index float", lambda: b[1.0])
t("index huge", lambda: b[2**100])
t("set huge", lambda: b.__setitem__(2**100, 1))
t("slice bad", lambda: b['a':])

# Methods
a = A('h', [3, 1, 4, 1, 5, 9, 2, 6])
print(a.count(1), a.count(1.0), a.count('x'), a.index(1), a.index(1, 2), a.index(1, -5), 1 in a, 7 in a, 4.0 in a)
t("index stop", lambda: a.index(9, 0, 5))
t("index none", lambda: a.index(9, None))
a.insert(0, 10); a.insert(-1, 11); a.insert(100, 12); a.insert(-100, 13); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
a.reverse(); print(a)
a.byteswap(); print(a); a.byteswap()
print(a.tolist(), a.tobytes()[:4], len(a), bool(a), bool(A('h')))
a.fromlist([1, 2]); print(a)
t("fromlist bad", lambda: a.fromlist([1, 'x']))
print(a)
a.extend(a); print(a)
t("frombytes self", lambda: a.frombytes(a)); a.frombytes(A("B", [0] * 4)); print(len(a))
a += a; print(len(a))
a *= 0; print(a)
b = A('b', [1, 2]); b *= 3; print(b, b * 2, 2 * b, b * -1, b + A('b', [9]))
print(A('u', 'hello').tounicode(), A('u', 'hé€😀'), A('u', 'ab') + A('u', 'c'))
u = A('u'); u.fromunicode('xyz'); print(u, u[1], u[::-1], list(u))
t("u set", lambda: u.__setitem__(0, 'ab'))
print(A('d', [1.5, float('nan'), float('inf')]), A('f', [0.1, 1e40]))
print(A('Q', [2**64 - 1]), A('q', [-2**63]), A('L', [2**63]), A('B', b'\xff\x00'))
t("info", lambda: (lambda i: (type(i[0]), i[1]))(A('i', [1, 2]).buffer_info()))
print(copy.copy(A('i', [1])), copy.deepcopy(A('d', [1.5])))

# Comparisons
x, y = A('i', [1, 2, 3]), A('i', [1, 2, 4])
print(x < y, x <= y, x == y, x != y, x > y, x >= y, x == x, x < x)
print(A('i', [1, 2]) == A('d', [1.0, 2.0]), A('b', [1]) < A('Q', [2]), A('i', [1, 2]) < A('i', [1, 2, 0]))
n = A('d', [float('nan')])
print(n == n, n != n, n < n, n <= n, n >= n, n == A('f', [float('nan')]))
print(A('u', 'ab') < A('u', 'b'), A('u', 'ab') == A('u', 'ab'), A('i') == [], A('i').__eq__([]))
t("cmp int", lambda: A('i') < 3)
t("hash", lambda: hash(A('i')))
t("cmp mixed", lambda: A('u', 'a') < A('i', [1]))

# Pickling
class S(array.array):
    pass
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for a in (A('i', [1, -2]), A('u', 'ab'), A('d', [0.5]), A('Q', [2**64 - 1]), S('b', [1])):
        b = pickle.loads(pickle.dumps(a, proto))
        print(proto, type(b).__name__, b, b == a)
s = S('i', [5]); s.extra = 'x'
b = pickle.loads(pickle.dumps(s, 4)); print(type(b).__name__, b, b.extra)
print(A('i', [1]).__reduce_ex__(2), A('u', 'a').__reduce_ex__(3)[1][1:], A('f', [1]).__reduce_ex__(4)[1][2])
print(S('i', [1]).__reduce_ex__(3)[2])
r = array._array_reconstructor
print(r(A, 'i', 9, b'\x00\x00\x00\x01'), r(A, 'd', 17, b'?\xf0\x00\x00\x00\x00\x00\x00'), r(A, 'H', 3, b'\x01\x02'))
print(r(A, 'u', 18, 'ab'.encode('utf-16-le')), r(A, 'u', 21, 'ab'.encode('utf-32-be')), r(S, 'f', 15, b'?\x80\x00\x00'))

# Iterator
a = A('i', [1, 2, 3])
it = iter(a); print(next(it)); a.append(4); print(list(it)); a.append(5); print(list(it))
it = iter(a); next(it); print(it.__reduce__()); it.__setstate__(3); print(list(it), it.__reduce__())
t("iter new", lambda: type(iter(a))())
it = iter(a); next(it); it2 = pickle.loads(pickle.dumps(it)); print(list(it2))

# Buffer exports
a = A('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), bytes(a)[:4])
for f in (lambda: a.append(1), lambda: a.extend([1]), lambda: a.pop(), lambda: a.remove(1), lambda: a.insert(0, 1),
          lambda: a.frombytes(b'\0' * 4), lambda: a.fromlist([1]), lambda: a.__delitem__(0), lambda: a.__imul__(2),
          lambda: a.__iadd__(A('i', [1])), lambda: a.__setitem__(slice(0, 1), A('i'))):
    t("export", f)
a[0] = 9; a[0:1] = A('i', [8]); a.frombytes(b''); a.extend([]); a *= 1; print(a, m[0])
m.release(); a.append(4); print(a)
struct.pack_into('i', a, 0, 77); print(a)
with memoryview(a) as m2:
    m2[1] = 66
print(a, m.obj if False else 'ok')

# Files
a = A('h', range(5))
f = io.BytesIO(); a.tofile(f); print(f.getvalue())
f.seek(0); b = A('h'); b.fromfile(f, 3); print(b)
t("fromfile short", lambda: b.fromfile(f, 5)); print(b)
t("fromfile neg", lambda: b.fromfile(f, -1))
class R:
    def read(self, n): return 'x'
t("fromfile str", lambda: b.fromfile(R(), 1))

# Subclasses
class K(array.array):
    def __init__(self, typecode, newarg=None):
        array.array.__init__(self)
        self.newarg = newarg
k = K('i', newarg=5); print(k, k.newarg, type(k[:]).__name__, type(k + k).__name__, type(copy.copy(k)).__name__)
class W(array.array):
    def __new__(cls, *args, **kw):
        return super().__new__(cls, *args)
print(W('b', [1], extra=1), repr(S('u', 'ab')), weakref.ref(A('i')) is not None)
w = S('i'); w.attr = 1; print(w.__dict__, weakref.ref(w)() is w)
match A('i', [1, 2]):
    case [x, y]:
        print("match", x, y)
print(A('i', [1, 2, 3]).__sizeof__() >= 12, sum(A('d', [0.5, 1.5])), list(reversed(A('i', [1, 2]))), sorted(A('i', [3, 1])))
print(A('i', iter([1, 2])), A('b', memoryview(b'\x01\x02')), A('i', (1, 2)), A('d', A('i', [1])), A('i', A('i', [3])))
t("array none", lambda: A('i', None))

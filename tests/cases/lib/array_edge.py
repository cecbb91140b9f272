# array.array: the type's namespace, subclass construction, comparisons whose __eq__ mutates the array, exports.
import array, gc, sys
from array import array as A
class S(A): pass
s = S('i', [1]); s.me = s; del s; gc.collect()
a = A('i', [1, 2, 3])
it = iter(a)
a.__init__()  # object.__init__
print(a)
try:
    A.__init__(a, 1, 2)
except TypeError as e: print(e)
print(S('i', x=1) if False else 'skip')
class T(A):
    def __init__(self, *a, **k): pass
print(T('i', [1], y=2))
try: S('i', x=1)
except TypeError as e: print(e)
# __index__ mutating array during setitem
class Evil:
    def __index__(self):
        del b[:]
        return 5
b = A('i', [1, 2, 3])
class Eq:
    def __eq__(self, other):
        del c[:]
        return False
c = A('i', [1, 2, 3])
print(Eq() in c, c.count(Eq()), c)
c = A('i', [1, 2, 3])
try: c.index(Eq())
except ValueError as e: print(e)
c = A('i', [1, 2, 3])
try: c.remove(Eq())
except ValueError as e: print(e)
print(A('d', [1, 2]) == A('i', [1, 2]), A('d', [1.5]) > A('i', [1]))
x = A('b', [1]) * 0; print(x, x.buffer_info()[1])
print(A('i', range(3)) * 2, [A('i')] * 2)
print(A('u', 'a') * 3)
z = A('i', [1, 2]); z += z; print(z)
z = A('i', [1, 2]); z.extend(z); print(z)
m = memoryview(A('b', [1, 2, 3]))
print(m.cast('B').tolist(), m[::2].tolist())
print(bytes(A('H', [1, 2])), bytearray(A('B', [65])), b''.join([A('B', [66])]))
import struct
print(struct.unpack_from('h', A('h', [-5])))
print(list(A('i', [1, 2]).__iter__()), A('i', [5]).__getitem__(0), A('i').__len__())
print(A.__doc__.splitlines()[0], A.append.__doc__, A.typecode.__doc__)
print(A.__init__ is object.__init__, '__reversed__' in dir(A), '__radd__' in dir(A), '__rmul__' in dir(A))
print(sorted(set(dir(A)) - set(dir(object))))
print(sorted(set(dir(type(iter(A('i'))))) - set(dir(object))))

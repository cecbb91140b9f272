# array: typed arrays, conversions to and from bytes, range checks with CPython messages.
from array import array
a = array('i', [1, 2, 3])
print(a, len(a), a[1], a[-1], a[0:2], a.itemsize, a.typecode, a.tolist())
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a, a.pop(), a.index(3), a.count(2))
b = array('i', a.tobytes()); print(b == a, b)
print(array('B', b'abc'), array('u', 'hi'), array('u', 'hi').tounicode(), array('d', [1.5, 2]), array('f', [0.1]))
print(a + array('i', [9]), a * 2, 3 in a, a < array('i', [1]))
for bad in (lambda: array('z'), lambda: array('b', [200]), lambda: array('B', [-1]), lambda: array('i', ['x']), lambda: array('I', [-1]), lambda: a[100], lambda: array('i', b'abc')):
    try:
        bad()
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(type(e).__name__, e)
c = array('h', [1, 256]); c.byteswap(); print(c)
print(array('q'), repr(array('u')), array('L', [2**64 - 1]))

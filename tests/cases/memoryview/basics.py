# memoryview over bytes and bytearray: construction, attributes, indexing, slicing, conversions, iteration.
data = b'hello world'
m = memoryview(data)
print(len(m), m[0], m[-1], m[1:4].tobytes(), bytes(m[::2]), bytes(m[::-1]), bytes(m[8:2:-2]))
print(m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.nbytes, m.obj is data)
print(m.c_contiguous, m.f_contiguous, m.contiguous)
s = m[::3]
print(s.shape, s.strides, s.nbytes, s.c_contiguous, s.contiguous, s.tolist(), s.tobytes(), s.obj is data)
print(m[5:5].tolist(), m[5:5].shape, m[5:5].c_contiguous, m[100:].tobytes())
print(m.tolist()[:4], list(m[:3]), [x for x in m[-2:]], tuple(reversed(m[:3])))
print(m.hex(), m[:4].hex(':'), m[:5].hex('-', 2), m[:5].hex(b'.', -2), m[::2].hex(' '))
print(m.tobytes(order='A'), m.tobytes(None), m[::-1].tobytes('F'))
print(repr(m).startswith('<memory at 0x'), type(m).__name__, memoryview.__name__)

b = bytearray(b'abcdef')
w = memoryview(b)
print(w.readonly, w.obj is b, w[2], w[1:3].readonly)
w[0] = 65
w[-1] = ord('Z')
w[1:3] = b'XY'
w[3:6:2] = bytearray(b'12')
print(b)
w[:] = w[::-1].tobytes()
print(b)
w[1:4] = w[0:3]  # overlapping
print(b)
mm = memoryview(memoryview(b))
print(mm.obj is b, mm.tobytes())
r = w.toreadonly()
print(r.readonly, w.readonly, r.tobytes() == b)

# comparisons and hashing
print(memoryview(b'abc') == b'abc', memoryview(b'abc') != b'abd', memoryview(b'abc') == bytearray(b'abc'))
print(b'abc' == memoryview(b'abc'), bytearray(b'abc') == memoryview(b'abc'), memoryview(b'abc') == 'abc')
print(memoryview(b'abc') == memoryview(b'xabc')[1:], memoryview(b'ab') == memoryview(b'abc'), m == m)
print(memoryview(b'abc') == [97, 98, 99], memoryview(b'') == b'')
print(hash(memoryview(b'abc')) == hash(b'abc'), hash(memoryview(b'abcdef')[::2]) == hash(b'ace'))
print(hash(memoryview(b'xy').toreadonly()) == hash(b'xy'), {memoryview(b'k'): 1}[b'k'] if False else 'ok')
for op in ('<', '<=', '>', '>='):
    try:
        eval(f'memoryview(b"a") {op} memoryview(b"b")')
    except TypeError as e:
        print(e)
import weakref
print(weakref.ref(m)() is m)
print(isinstance(m, memoryview), issubclass(memoryview, object))
print(repr(memoryview(b'\xb9\x01\xef').hex('\x00')), repr(b'\xb9\x01\xef'.hex(b'\x00')))

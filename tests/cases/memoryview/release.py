# release(), the context manager, and the exports that keep bytearray, BytesIO and array from resizing.
import array
import io

b = bytearray(b'abc')
m = memoryview(b)
for action in (lambda: b.append(1), lambda: b.extend(b'x'), lambda: b.pop(), lambda: b.clear(),
               lambda: b.insert(0, 1), lambda: b.remove(97), lambda: b.__iadd__(b'x'), lambda: b.__imul__(2),
               lambda: b.__delitem__(0), lambda: b.__setitem__(slice(0, 1), b'xy'), lambda: b.__init__(b'q')):
    try:
        action()
        print('no error', b)
    except BufferError as e:
        print('BufferError:', e)
b[0:1] = b'Z'   # same size: allowed
b += b''        # no change of size: allowed
b *= 1
print(b)
s = m[1:]
m.release()
print(repr(m).startswith('<released memory at 0x'), s.tobytes())
try:
    b.append(1)
except BufferError as e:
    print('still exported:', e)
s.release()
b.append(100)
print(b)
m.release()  # releasing twice is fine
for action in (lambda: m[0], lambda: len(m), lambda: m.tobytes(), lambda: m.tolist(), lambda: m.format,
               lambda: m.obj, lambda: m.shape, lambda: m.cast('B'), lambda: memoryview(m), lambda: bytes(m),
               lambda: m.__enter__(), lambda: hash(m), lambda: m.hex(), lambda: list(m), lambda: m.toreadonly()):
    try:
        action()
        print('no error')
    except ValueError as e:
        print('ValueError:', e)
print(m == m, m == memoryview(b'abc'), m != b'x')

with memoryview(bytearray(b'xyz')) as v:
    print(v.tobytes())
try:
    v[0]
except ValueError as e:
    print(e)
with memoryview(b'q') as v2, v2[:] as v3:
    print(bytes(v3))

f = io.BytesIO(b'abcdef')
view = f.getbuffer()
view[0] = ord('A')
print(f.getvalue(), view.readonly, view.nbytes, type(view.obj).__name__)
for action in (lambda: f.write(b'x'), lambda: f.truncate(1), lambda: f.close(), lambda: f.writelines([b'x'])):
    try:
        action()
    except BufferError as e:
        print('BufferError:', e)
print(f.read(2), f.seek(0), f.getvalue())
del view
f.write(b'123')
print(f.getvalue())
f.close()
try:
    f.getbuffer()
except ValueError as e:
    print(e)

a = array.array('h', [1, 2, 3])
v = memoryview(a)
print(v.format, v.itemsize, v.tolist(), v.nbytes, v.obj is a)
v[1] = -5
print(a)
for action in (lambda: a.append(4), lambda: a.extend([1]), lambda: a.pop(), lambda: a.frombytes(b'\0\0')):
    try:
        action()
    except BufferError as e:
        print('BufferError:', e)
a[0] = 9
print(v.tolist())
v.release()
a.append(4)
print(a, bytes(memoryview(a)[1:2]))

# #4509: no destructive change happens before the BufferError.
b = bytearray(range(10))
v = memoryview(b)
for action in (lambda: b.__setitem__(slice(1, -1, 2), b''), lambda: b.__setitem__(slice(1, -1), range(3))):
    try:
        action()
    except BufferError as e:
        print('BufferError:', e)
print(b == bytearray(range(10)))
v.release()
b[1:-1:2] = b''  # an empty value deletes an extended slice
print(b)

# A memoryview whose own buffer is held (here by re scanners) cannot be released.
import re
m = memoryview(bytearray(b'aaa'))
it = re.finditer(b'a', m)
try:
    m.release()
except BufferError as e:
    print(e)
it2 = re.finditer(b'a', m)
try:
    m.release()
except BufferError as e:
    print(e)
del it, it2
m.release()
print(repr(m).startswith('<released'))

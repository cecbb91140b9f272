# memoryview.cast(): formats, shapes, multi-dimensional views and their errors.
import sys

b = bytearray(range(24))
m = memoryview(b)
for fmt in 'BbchHiIlLqQnNfd?e':
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, c.shape, c.strides, c.nbytes, c.tolist()[:2] if fmt not in 'fde' else len(c.tolist()))
print(m.cast('@B').format, m.cast('I').cast('B').tolist()[:5])
x = memoryview(bytearray(b'\x00\x00\x80\x3f\x00\x00\x00\x40')).cast('f')
print(x.tolist(), x[1], x.cast('B', [2, 4]).tolist())
d = memoryview(bytearray(16)).cast('d')
d[0] = 1.5
d[1] = 3
print(d.tolist(), d.cast('c')[0:2].tolist())
h = memoryview(bytearray(4)).cast('e')
h[0] = 0.5
h[1] = -2
print(h.tolist(), bytes(h))
q = memoryview(bytearray(2)).cast('?')
q[0] = 5
q[1] = []
print(q.tolist(), bytes(q))
c = memoryview(bytearray(b'ab')).cast('c')
c[0] = b'z'
print(c.tolist(), c[1], bytes(c))

grid = m.cast('B', shape=[4, 6])
print(grid.ndim, grid.shape, grid.strides, grid.nbytes, grid.c_contiguous, grid.f_contiguous, grid.contiguous)
print(grid.tolist())
print(grid[1, 2], grid[-1, -1], grid[0, 0])
grid[1, 2] = 99
print(b[8], grid.tobytes()[:10], grid.tobytes('F')[:10], grid.tobytes('A')[:4])
print(grid.cast('B').shape, grid.cast('I').shape)
i32 = m.cast('i', [2, 3])
print(i32.shape, i32.strides, i32.tolist()[0])
z = m.cast('B', [])  if False else memoryview(bytearray(b'\x07')).cast('B', [])
print(z.ndim, z.shape, z.strides, z.tolist(), z[()], z[...] is z, z.tobytes(), z.c_contiguous)
z[()] = 9
print(z.tolist())
print(memoryview(bytearray(8)).cast('B', (2, 2, 2)).tolist())

def check(f):
    try:
        f()
    except (TypeError, ValueError, NotImplementedError, IndexError) as e:
        print(type(e).__name__ + ':', e)
check(lambda: m.cast('x'))
check(lambda: m.cast('<i'))
check(lambda: m.cast('ii'))
check(lambda: m.cast(1))
check(lambda: m.cast('i').cast('h'))
check(lambda: memoryview(b'abc').cast('i'))
check(lambda: m.cast('B', [5, 5]))
check(lambda: m.cast('B', (2, 0)))
check(lambda: m.cast('B', [2, 'x']))
check(lambda: m.cast('B', 24))
check(lambda: m[::2].cast('B'))
check(lambda: grid.cast('B', [6, 4]))
check(lambda: m.cast('B', [1] * 65))
check(lambda: m[0:0].cast('B', [1]))
check(lambda: grid[0])
check(lambda: grid[0:1])
check(lambda: grid[0, 1, 2])
check(lambda: grid[9, 0])
check(lambda: grid[0, 9])
check(lambda: grid[:, :])
check(lambda: list(grid))
check(lambda: len(z))
check(lambda: z[0])
check(lambda: list(z))
check(lambda: grid.__setitem__(0, 1))
check(lambda: grid.__setitem__(slice(0, 1), b'x'))
check(lambda: grid.__setitem__((0, slice(None)), b'x'))

# array.fromfile and array.tofile over binary files.
import array, io
b = io.BytesIO()
array.array('h', [1, -2, 300]).tofile(b)
print(b.getvalue())
a = array.array('h')
a.fromfile(io.BytesIO(b.getvalue()), 3)
print(a)
a = array.array('i')
for data, n in [(b'\x01\x00\x00\x00\x02', 2), (b'\x01\x00\x00\x00', 2), (b'', 0)]:
    try:
        a.fromfile(io.BytesIO(data), n)
    except (ValueError, EOFError) as e:
        print(type(e).__name__, e)
    print(a)
try:
    a.fromfile(io.BytesIO(b''), -1)
except ValueError as e:
    print(e)
print(array.array('q', array.array('i', [1, 2])), array.array('d', array.array('i', [3])))
for make in (lambda: array.array('u', array.array('i', [65])), lambda: array.array('i', array.array('d', [1.5])),
             lambda: array.array('i', [1]).extend(array.array('q', [2]))):
    try:
        make()
    except TypeError as e:
        print(e)

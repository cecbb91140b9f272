# TextIOWrapper over a buffer that is not a Buffered*: encoded text is kept until a chunk is full, a flush, a read,
# tell()/seek(), detach() or close (at once with write_through or a line-buffered newline); reconfigure's flags use __index__.
import io
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-16')
t.write('abc')
print(b.getvalue())
t.write('x' * 5000)
print(len(b.getvalue()))
print(t.tell(), len(b.getvalue()))
t.write('y')
t.seek(0)
print(len(b.getvalue()), repr(t.read(3)))
b1 = io.BytesIO(); t1 = io.TextIOWrapper(b1, encoding='ascii', write_through=True)
t1.write('z'); print(b1.getvalue())
b2 = io.BytesIO()
t2 = io.TextIOWrapper(b2, encoding='ascii', line_buffering=True)
t2.write('a'); print(b2.getvalue()); t2.write('b\rc'); print(b2.getvalue())
b3 = io.BytesIO()
t3 = io.TextIOWrapper(b3, encoding='latin-1')
t3.write('q')
t3.detach()
print(b3.getvalue())
b4 = io.BytesIO()
t = io.TextIOWrapper(b4, encoding='utf-8')
t.write('w')
del t
print(b4.getvalue() if not b4.closed else 'closed')
t = io.TextIOWrapper(io.BytesIO(), encoding='ascii')
for v in [True, 0, 5, 2**1000, 'yes', 1.5, None]:
    try:
        t.reconfigure(line_buffering=v); print(v if not isinstance(v, int) or v < 100 else 'big', t.line_buffering)
    except Exception as e:
        print(type(e).__name__, e)

# BufferedReader.truncate() is unsupported whatever its raw stream; a raw readinto() returning a non-integer
# raises OSError('raw readinto() failed') from the TypeError.
import io
b = io.BufferedReader(io.BytesIO(b"abc"))
for f in (b.truncate, lambda: b.truncate(0)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
b.close()
try:
    b.truncate()
except Exception as e:
    print(type(e).__name__, e)
w = io.BufferedWriter(io.BytesIO(b"abc"))
w.close()
try:
    w.truncate()
except Exception as e:
    print(type(e).__name__, e)
rawio = io.BufferedReader(io.BytesIO(b"12"))
rawio.readinto = lambda buf: b''
bufio = io.BufferedReader(rawio)
try:
    bufio.readline()
except OSError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
rawio.readinto = lambda buf: 99
try:
    bufio.read(1)
except OSError as e:
    print(repr(e), repr(e.__cause__))

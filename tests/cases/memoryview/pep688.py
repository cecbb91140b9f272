# PEP 688: classes export buffers through __buffer__ and hear of their release through __release_buffer__.
import collections.abc


class Exporter:
    def __init__(self, data):
        self.data = bytearray(data)
        self.log = []

    def __buffer__(self, flags):
        self.log.append(('buffer', flags))
        return memoryview(self.data)

    def __release_buffer__(self, view):
        self.log.append(('release', type(view).__name__))


e = Exporter(b'abc')
m = memoryview(e)
print(m.tobytes(), m.readonly, e.log)  # m.obj: CPython shows an internal _buffer_wrapper
m[0] = 65
print(e.data)
m.release()
print(e.log)
print(bytes(e), bytearray(e), e.log[-2:])
with memoryview(e) as v:
    print(v[1:].tobytes())
print(len(e.log))


class Bad:
    def __buffer__(self, flags):
        return b'not a memoryview'


try:
    memoryview(Bad())
except TypeError as exc:
    print(exc)
print(isinstance(b'', collections.abc.Buffer), isinstance(memoryview(b''), collections.abc.Buffer),
      isinstance(bytearray(), collections.abc.Buffer), isinstance(e, collections.abc.Buffer), isinstance('', collections.abc.Buffer))
print(hasattr(bytes, '__buffer__'), hasattr(bytearray, '__release_buffer__'), hasattr(memoryview, '__release_buffer__'))
mv = b'xyz'.__buffer__(0)
print(type(mv).__name__, mv.tobytes())
ba = bytearray(b'12')
view = ba.__buffer__(0)
try:
    ba.append(1)
except BufferError as exc:
    print(exc)
ba.__release_buffer__(view)
ba.append(51)
print(ba)


# bytes(x) asks __bytes__ before the buffer; __bytes__ = None blocks the conversion.
class Blocked(bytearray):
    __bytes__ = None


class Custom(bytes):
    def __bytes__(self):
        return b'custom'


try:
    bytes(Blocked(b'ab'))
except TypeError as exc:
    print(exc)
print(bytes(Custom(b'x')), bytearray(Custom(b'x')), bytes(Exporter(b'q')))

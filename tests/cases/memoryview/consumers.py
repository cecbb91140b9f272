# Buffer consumers accept memoryview (and other exporters such as array.array) wherever CPython takes
# a bytes-like object.
import array
import binascii
import codecs
import io
import marshal
import os
import re
import struct

mv = memoryview(b'hello world')
print(bytes(mv[::2]), bytearray(mv[1:3]), b'-'.join([mv[:2], bytearray(b'x')]), bytearray(b'').join([mv[:1]]))
print(b'hello'.find(mv[1:3]), b'hello'.startswith(mv[:2]), b'hello'.count(mv[2:3]), b'a,b'.split(memoryview(b',')))
print(bytearray(b'ab') + mv[:2], b'ab' + mv[:2], bytearray(b'abc') == mv[:3], mv[:2] in b'xhey', b'hello'.replace(mv[:1], b'j'))
ba = bytearray(b'x')
ba += mv[:3]
ba.extend(memoryview(b'!!'))
print(ba, int.from_bytes(mv[:2], 'big'), int.from_bytes(array.array('B', [1, 2]), 'little'))
print(bytes(array.array('h', [1, -1])), bytearray(array.array('b', [65, 66])), array.array('b', mv[:3]))
buf = bytearray(8)
struct.pack_into('ii', memoryview(buf), 0, 1, 2)
print(buf, struct.unpack_from('i', mv[:4]), struct.unpack('2s', memoryview(b'ab')))
a = array.array('i', [0, 0])
struct.pack_into('i', a, 4, 7)
print(a)
print(binascii.hexlify(mv[:3]), binascii.crc32(mv), codecs.decode(mv[:5], 'ascii'), str(mv[:5], 'utf-8'))
print(str(array.array('b', [104, 105]), 'ascii'), mv[:5].tobytes().decode())
r, w = os.pipe()
print(os.write(w, mv[:5]), os.read(r, 5))
os.close(r)
os.close(w)
f = io.BytesIO()
print(f.write(array.array('b', [65, 66])), f.write(mv[5:]), f.getvalue())
target = bytearray(4)
print(io.BytesIO(b'wxyz').readinto(memoryview(target)[1:3]), target)
arr = array.array('b', [0, 0, 0])
print(io.BytesIO(b'\x01\x02\x03').readinto(arr), arr)
print(marshal.loads(memoryview(marshal.dumps((1, 'a')))), re.findall(b'o', mv), re.search(b'2', array.array('b', b'123')).group())
print(re.match(b'h(e)', mv).group(1), re.sub(b'l', b'L', mv[:5]))
for bad in (lambda: struct.pack_into('i', b'xxxx', 0, 1), lambda: io.BytesIO(b'a').readinto(b'x'),
            lambda: io.BytesIO(b'a').readinto(memoryview(b'x'))):
    try:
        bad()
    except TypeError as e:
        print(e)
m2 = memoryview(b'abc')
m2.release()
for bad in (lambda: bytes(m2), lambda: b''.join([m2]), lambda: io.BytesIO().write(m2), lambda: str(m2, 'ascii'),
            lambda: binascii.hexlify(m2), lambda: bytearray(m2)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
nc = memoryview(b'abcdef')[::2]
for bad in (lambda: io.BytesIO().write(nc), lambda: binascii.hexlify(nc), lambda: b'x'.join([nc]), lambda: bytes(nc)):
    try:
        print(bad())
    except (BufferError, TypeError) as e:
        print(type(e).__name__, e)
print(marshal.dumps(memoryview(b'ab')), marshal.dumps(bytearray(b'ab')), marshal.dumps(array.array('b', [1])))
import socket
left, right = socket.socketpair()
left.send(memoryview(b'hey'))
left.sendall(array.array('b', b'!!'))
into = array.array('b', bytes(5))
print(right.recv_into(into), into.tobytes())
view = memoryview(bytearray(3))
left.send(b'xyz')
print(right.recv_into(view[1:]), view.tobytes())
left.close()
right.close()
print(float(memoryview(b'1.5')), float(bytearray(b' 2.5 ')), float(array.array('b', b'7')), int(memoryview(b'42')))
for bad in (b'x', memoryview(b'1_')):
    try:
        float(bad)
    except ValueError as e:
        print(str(e)[:45])
first, middle, last = b'a-b'.partition(memoryview(b'-'))
print(first, type(middle).__name__, last, bytearray(b'a-b').partition(memoryview(b'-')))
# A re scanner keeps its bytearray subject exported (bpo-14212).
subject = bytearray(b'x')
scanner = re.finditer(b'a', subject)
try:
    subject.extend(b'x' * 400)
except BufferError as e:
    print('BufferError:', e)
print(list(scanner))
del scanner
subject.extend(b'y')
print(subject)
import sys
for offset in (sys.maxsize, 8):
    try:
        struct.pack_into('<I', memoryview(bytearray(10)), offset, 1)
    except struct.error as e:
        print(e)
try:
    struct.unpack_from('<I', memoryview(b'0123456789'), sys.maxsize)
except struct.error as e:
    print(e)

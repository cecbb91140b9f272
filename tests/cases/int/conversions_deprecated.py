# int()/float()/operator.index on __int__/__index__/__trunc__ results: exact ints, DeprecationWarnings as CPython 3.12.
import warnings
warnings.simplefilter('always')
import sys
def show(label, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = f()
            print(label, repr(r), type(r).__name__, [str(x.message) for x in w])
        except Exception as e:
            print(label, type(e).__name__, e, [str(x.message) for x in w])
from array import array
for x in [memoryview(b'100'), array('B', b'100'), bytearray(b'100'), b'100']:
    show('int2', lambda: int(x, 2))
    show('int', lambda: int(x))
class BadIndex:
    def __index__(self): return True
class BadIndex2(int):
    def __index__(self): return True
class BadInt:
    def __int__(self): return True
class BadInt2(int):
    def __int__(self): return True
class TruncReturnsBadIndex:
    def __trunc__(self): return BadIndex()
class TruncReturnsBadInt:
    def __trunc__(self): return BadInt()
class TruncReturnsIntSubclass:
    def __trunc__(self): return True
class IntSubclass(int): pass
class Trunc:
    def __trunc__(self): return 5
for c in [BadIndex, BadIndex2, BadInt, BadInt2, TruncReturnsBadIndex, TruncReturnsBadInt, TruncReturnsIntSubclass, Trunc]:
    show(c.__name__, lambda: int(c()))
    show(c.__name__ + ' sub', lambda: IntSubclass(c()))
    show(c.__name__ + ' index', lambda: __import__('operator').index(c()))
    show(c.__name__ + ' float', lambda: float(c()))
    show(c.__name__ + ' complex', lambda: complex(c()))
    show(c.__name__ + ' range', lambda: range(c()))
    show(c.__name__ + ' list*', lambda: [1] * c())
    show(c.__name__ + ' math.floor', lambda: __import__('math').floor(c()))
    show(c.__name__ + ' hex', lambda: hex(c()))
    show(c.__name__ + ' round', lambda: round(c()))
t, f = True, False
show('~True', lambda: ~t)
show('~False', lambda: ~f)
show('bool.__new__', lambda: bool.__new__(int))
show('bool.__new__2', lambda: bool.__new__(bool, 1))
show('from_bytes', lambda: int.from_bytes(b'\x01', 'little', False))
show('from_bytes2', lambda: int.from_bytes(b'\x01', 'little', signed=False))
show('from_bytes3', lambda: int.from_bytes(b'\x01', 'little', True, signed=False))
class S(int):
    def __index__(self): return 8
show('subclass_index', lambda: __import__('operator').index(S(7)))
show('subclass_index2', lambda: [0] * S(2))
show('subclass_index3', lambda: bin(S(7)))
show('subclass_index4', lambda: range(S(7)))
show('subclass_index5', lambda: 'abcdefghij'[S(7)])
show('subclass_index6', lambda: S(7).__index__())
class myint(int): pass
for args in [("", 'big'), ("\x00", 'big'), (0, 'big'), (0, 'big', True), ([256], 'big'), ([0], 'big\x00'), (b'\x01', 'little', False), (b'\x01', 'little', True, False), (3.5, 'big'), (b'\x01',), (b'\x01', 'middle'), ({1: 2}, 'big'), (iter([1,2]), 'big')]:
    for f in [int.from_bytes, myint.from_bytes]:
        try:
            print(f(*args))
        except Exception as e:
            print(type(e).__name__, e)
class FooStr(str):
    def __float__(self):
        return float(str(self)) + 1
class PlainStr(str):
    pass
print(float(FooStr('8')), float(PlainStr('2.5')), type(float(PlainStr('1'))).__name__)
for args in [(1, 1, 'big', False), (1,), ()]:
    try:
        print((1).to_bytes(*args[1:]))
    except TypeError as e:
        print(e)

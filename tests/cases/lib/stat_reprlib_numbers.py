# stat (filemode, S_IS*), reprlib (Repr limits, recursive_repr), numbers (the ABC tower).
import stat, reprlib, numbers, os
from collections import deque

for mode in (0o100644, 0o040755, 0o120777, 0o104755, 0o102711, 0o041777, 0o041776, 0o010600, 0o140700, 0o020666, 0o060660, 0):
    print(oct(mode), stat.filemode(mode), stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode),
          stat.S_ISFIFO(mode), stat.S_ISSOCK(mode), stat.S_ISCHR(mode), stat.S_ISBLK(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)))
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.S_IRWXU, stat.S_IWOTH, stat.UF_HIDDEN, stat.SF_SNAPSHOT, stat.FILE_ATTRIBUTE_DIRECTORY)
print(stat.S_ISDOOR(0), stat.S_ISPORT(0), stat.S_ISWHT(0), stat.S_IFDOOR)
st = os.stat(".")
print(stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0])

r = reprlib.Repr()
print(r.repr(list(range(20))), r.repr(tuple(range(10))), r.repr((1,)), r.repr(set(range(10))), r.repr(frozenset()))
print(r.repr({i: str(i) for i in range(10)}), r.repr({}), r.repr(deque(range(10))))
print(r.repr("x" * 100), r.repr(10 ** 50), r.repr([[[[[[[1]]]]]]]), r.repr({'a': {'b': {'c': {'d': {'e': {'f': {}}}}}}}))
print(reprlib.repr(object)[:15], reprlib.repr("short"))
r2 = reprlib.Repr(maxlist=3, maxstring=10, fillvalue="<...>", indent=2)
print(r2.repr([1, [2, 3, 4, 5], "a long string here"]))
print(reprlib.Repr(indent="--").repr([1, 2]))
try:
    reprlib.Repr(indent=-1).repr([1])
except ValueError as e:
    print("ValueError:", e)
class Broken:
    def __repr__(self):
        raise RuntimeError
print(r.repr(Broken()).split(" at ")[0])

class Node:
    def __init__(self):
        self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % self.children
print(repr(Node()), Node.__repr__.__name__, Node.__repr__.__qualname__)

print(issubclass(int, numbers.Integral), issubclass(float, numbers.Real), issubclass(float, numbers.Rational),
      issubclass(complex, numbers.Complex), issubclass(complex, numbers.Real), issubclass(bool, numbers.Number))
print(isinstance(1, numbers.Number), isinstance("1", numbers.Number), numbers.Number.__hash__)
print(sorted(numbers.Integral.__abstractmethods__)[:5], len(numbers.Complex.__abstractmethods__))
try:
    numbers.Real()
except TypeError as e:
    print("TypeError:", str(e)[:60])
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    __abs__ = __add__ = __and__ = __ceil__ = __eq__ = __floor__ = __floordiv__ = __invert__ = __le__ = None
    __lshift__ = __lt__ = __mod__ = __mul__ = __neg__ = __or__ = __pos__ = __pow__ = __radd__ = __rand__ = None
    __rfloordiv__ = __rlshift__ = __rmod__ = __rmul__ = __ror__ = __round__ = __rpow__ = __rrshift__ = None
    __rshift__ = __rtruediv__ = __rxor__ = __truediv__ = __trunc__ = __xor__ = None
m = MyInt(7)
print(m.__index__(), float(m), m.denominator, [10, 20, 30, 40, 50, 60, 70, 80][m], numbers.__all__)

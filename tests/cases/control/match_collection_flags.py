import collections, collections.abc, array
class Seq(collections.abc.Sequence):
    __getitem__ = None
    def __len__(self): return 0
match Seq():
    case []:
        print("empty seq")
x = collections.UserDict({0: 1, 2: 3})
match x:
    case {2: 3, **z}:
        print("map", z)
class C: pass
for v in (C(), [1], (1,), range(1), {1: 2}, "s", b"b", bytearray(b"x"), collections.deque([1]), collections.OrderedDict(a=1), collections.defaultdict(int), array.array('b', [1])):
    match v:
        case [*_]: print(type(v).__name__, "seq")
        case {}: print(type(v).__name__, "map")
        case _: print(type(v).__name__, "neither")
collections.abc.Sequence.register(C)
match C():
    case [*_]: print("registered seq")
class D(C): pass
match D():
    case [*_]: print("subclass seq")
class M(dict, collections.abc.Sequence): pass
match M():
    case [*_]: print("M seq")
    case {}: print("M map")
try:
    class Bad(metaclass=__import__('abc').ABCMeta):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print(e)
print(hasattr(collections.abc.Sequence, '__abc_tpflags__'))

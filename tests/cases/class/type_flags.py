# type.__flags__ (CPython bit values); copyreg uses HEAPTYPE, so native descriptors refuse to pickle.
import pickle, copyreg, abc, inspect
HEAP, BASE, ABSTRACT = 1 << 9, 1 << 10, 1 << 20
class A: pass
class B(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class C(B):
    def f(self): pass
for t in [int, bool, object, type, list, A, B, C, dict, type(dict.__dict__['fromkeys']), type({}.keys()), BaseException, KeyError, str, bytes, tuple]:
    f = t.__flags__
    print(t.__name__, bool(f & HEAP), bool(f & BASE), bool(f & ABSTRACT), bool(f & (1 << 24)), bool(f & (1 << 25)), bool(f & (1 << 28)), bool(f & (1 << 30)), bool(f & (1 << 31)))
print(inspect.isabstract(B), inspect.isabstract(C))
for descr in [bytearray.__dict__['maketrans'], dict.__dict__['fromkeys']]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            pickle.dumps(descr, proto)
            print('pickled')
        except TypeError as e:
            print(proto, 'TypeError', e)
class L(list): pass
l = L([1, 2]); l.x = 3
for proto in range(3):
    r = pickle.loads(pickle.dumps(l, proto)); print(type(r).__name__, r, r.x)

# object.__reduce_ex__/__reduce__/__getstate__ and copyreg: what pickle and copy build on; private __slots__ names are mangled.
import copyreg
class A: pass
a = A()
r = a.__reduce_ex__(2); print(r[0].__name__, r[1], r[2:])
a.x = 1; print(a.__getstate__(), a.__reduce_ex__(4)[2])
class S: __slots__ = ('p', 'q', '__r')
s = S(); s.p = 1; s._S__r = 5; print(s.__getstate__(), S.__slotnames__)
class L(list): pass
l = L([1, 2]); l.z = 3; r = l.__reduce_ex__(2); print(r[0].__name__, r[1], r[2], list(r[3]), r[4])
class D(dict): pass
d = D(a=1); r = d.__reduce_ex__(3); print(r[1:3], r[3], list(r[4]))
class N:
    def __getnewargs__(self): return (1, 2)
    def __new__(cls, *a): return object.__new__(cls)
print(N().__reduce_ex__(2)[1:])
class K:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
    def __new__(cls, *a, **k): return object.__new__(cls)
r = K().__reduce_ex__(2); print(r[0].__name__, r[1:])
print(object().__reduce_ex__(2)[1:])
try: (lambda: 0).__reduce_ex__(2)
except TypeError as e: print(e)
print((1).__reduce_ex__(2)[1:], 'ab'.__reduce_ex__(2)[1:])
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2))
r = a.__reduce_ex__(1); print(r[0].__name__, r[1], r[2])
r = a.__reduce__(); print(r[0].__name__, r[1], r[2])
print(copyreg.__newobj__(A).__class__.__name__, copyreg._reconstructor(A, object, None).__class__.__name__)
print(issubclass(int, object), object.__subclasshook__(), A.__subclasshook__())
class G:
    def __getstate__(self): return "custom"
print(G().__reduce_ex__(2)[2])

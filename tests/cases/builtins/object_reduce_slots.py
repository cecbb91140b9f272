# object.__getstate__ with __slots__ (copy, pickle); argument errors of the default reduce methods.
import copy, pickle
class S:
    __slots__ = ('a', 'b')
class SD:
    __slots__ = ('a', '__dict__')
class Sub(S):
    __slots__ = ('c',)
class W:
    __slots__ = ('x', '__weakref__')
s = S(); s.a = 1
print(s.__getstate__(), s.__reduce_ex__(2)[2:])
c = copy.copy(s); print(c.a, hasattr(c, 'b'))
for proto in range(6):
    try:
        r = pickle.loads(pickle.dumps(s, proto)); print(proto, r.a, hasattr(r, 'b'))
    except Exception as e:
        print(proto, type(e).__name__, e)
d = SD(); d.a = 2; d.z = 3
print(d.__getstate__())
print(copy.deepcopy(d).z, copy.deepcopy(d).a)
u = Sub(); u.a = 1; u.c = 5
print(u.__getstate__(), copy.copy(u).c)
w = W(); w.x = 4
print(w.__getstate__(), copy.copy(w).x)
e = S()
print(e.__getstate__())
print(pickle.loads(pickle.dumps(e, 2)).__class__.__name__)
class G(S):
    __slots__ = ()
    def __getstate__(self): return 'custom'
    def __setstate__(self, st): self.a = st
print(copy.copy(G()).a)
for v in [1, 'x', [1], object()]:
    try: print(v.__getstate__())
    except Exception as ex: print(type(ex).__name__, ex)
try:
    object.__getstate__(s, 1)
except TypeError as ex: print(ex)
for f in [lambda: object().__reduce__(1), lambda: object().__reduce_ex__(), lambda: object().__reduce_ex__(1,2), lambda: object().__reduce_ex__(protocol=1), lambda: object().__reduce_ex__('x'),
          lambda: set().__reduce__(1), lambda: frozenset().__reduce__(1), lambda: object().__getstate__(1), lambda: object().__reduce_ex__(2)[0].__name__]:
    try: print(f())
    except TypeError as e: print(e)

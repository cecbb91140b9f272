import _weakref as weakref

class C: pass
def f(): pass
c = C()
r = weakref.ref(c)
print(r() is c, weakref.getweakrefcount(c), weakref.ref(c) is r)
def cb(ref): print("callback", ref is r2, ref())
r2 = weakref.ref(c, cb)
print(weakref.getweakrefcount(c), weakref.getweakrefs(c) == [r, r2])
print(r == r2, hash(r) == hash(c))
del c
print(r(), r2())
print(hash(r) != 0)
for call in (lambda: r(1), lambda: weakref.ref(), lambda: weakref.ref(C(),None,3), lambda: weakref.ref(1), lambda: weakref.ref([]), lambda: hash(weakref.ref(C()))):
  try: call()
  except Exception as e: print(type(e).__name__, e)
class S:
    __slots__ = ('x',)
try: weakref.ref(S())
except TypeError as e: print(e)
class W:
    __slots__ = ('x', '__weakref__')
w = W(); print(weakref.ref(w)() is w, W.__weakref__.__name__, list(W.__dict__))
print(list(C.__dict__))
class KeyedRef(weakref.ref):
    __slots__ = ("key",)
    def __new__(type, ob, callback, key):
        self = weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
c = C()
k = KeyedRef(c, lambda r: print("keyed", r.key), "k1")
print(k.key, k() is c)
del c
p = weakref.proxy(f)
print(p.__name__, p())
class N:
    def __init__(self): self.v = 3
    def __add__(self, o): return self.v + o
n = N(); pn = weakref.proxy(n)
print(pn.v, pn + 4, type(pn).__name__)
del n
try: pn.v
except ReferenceError as e: print(e)
print(weakref.ref(len)() is len, weakref.ref(C)() is C, weakref.ref({1})() is None)
d = {1: weakref.ref(C())}
weakref._remove_dead_weakref(d, 1); print(d)

# The weakref module: WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, finalize (at exit too).
import weakref
class C:
    def m(self): return 5
c = C(); d = weakref.WeakValueDictionary(); d['a'] = c; print(len(d), d['a'] is c, 'a' in d); del c; print(len(d), 'a' in d)
s = weakref.WeakSet(); x = C(); s.add(x); print(len(s), x in s); del x; print(len(s))
k = weakref.WeakKeyDictionary(); y = C(); k[y] = 1; print(len(k), k[y]); del y; print(len(k))
o = C(); wm = weakref.WeakMethod(o.m); print(wm()()); del o; print(wm())
calls = []
z = C(); f = weakref.finalize(z, calls.append, "done"); print(f.alive); del z; print(calls, f.alive)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType), weakref.getweakrefcount(C()))
w = C(); f2 = weakref.finalize(w, print, "at exit")

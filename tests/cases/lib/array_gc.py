# Cycles through array subclasses and array iterators are collected.
import gc, weakref
from array import array
class S(array): pass
s = S('i', [1]); s.me = s; r = weakref.ref(s); del s; gc.collect(); print(r() is None)
a = array('i', [1]); it = iter(a); a2 = [a, it]; a2.append(a2); r2 = weakref.ref(a); del a, it, a2; gc.collect(); print(r2() is None)

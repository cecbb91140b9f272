# Bound methods, builtin functions and method descriptors reduce as CPython (pickle and copy use it).
import copy, copyreg
class C:
    def m(self): return 1
    @classmethod
    def k(cls): return 2
c = C()
for obj in [len, c.m, C.k, [].append, list.append, int.__add__, (1).__add__, dict.fromkeys, "x".join, str.join, object.__init__]:
    r = obj.__reduce__()
    print(type(obj).__name__, r if isinstance(r, str) else (r[0].__name__, type(r[1][0]).__name__, r[1][1]))
print(copy.copy(c.m)() , copy.deepcopy([].append).__name__)

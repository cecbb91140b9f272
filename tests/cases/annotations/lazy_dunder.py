# A class or module has __annotations__ even without annotations: an empty dict made on first use, in its own
# namespace (a class never inherits its base's); static types have none.
class C: pass
class D(C):
    x: int
print(C.__annotations__, D.__annotations__, '__annotations__' in C.__dict__)
class E(D): pass
print(E.__annotations__)
del E.__annotations__
try: del E.__annotations__
except Exception as e: print(type(e).__name__, e)
for t in (int, type, object):
    try: print(t.__annotations__)
    except Exception as e: print(type(e).__name__, e)
try: int.__annotations__ = {}
except Exception as e: print(type(e).__name__, e)
try: del int.__annotations__
except Exception as e: print(type(e).__name__, e)
C.__annotations__ = 5
print(C.__annotations__, C.__dict__['__annotations__'])
class M(type): pass
class F(metaclass=M): pass
print(F.__annotations__)
import types
m = types.ModuleType("m")
print(m.__annotations__, m.__dict__.get('__annotations__'))
del m.__annotations__
try: del m.__annotations__
except Exception as e: print(type(e).__name__, e)
m.__annotations__ = 3
print(m.__annotations__)
m.__dict__['__annotations__'] = [1]
print(m.__annotations__)
class G:
    __annotations__ = property(lambda self: 1)
class H:
    @classmethod
    def __annotations__(cls): return 1
print(H.__annotations__)
print(type(m).__dict__["__annotations__"], type.__dict__["__annotations__"])
print(type(G.__annotations__).__name__)


def f2bad():
    (no_such_global): int
    return no_such_global


try:
    f2bad()
except Exception as e:
    print(type(e).__name__, e)

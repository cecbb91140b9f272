# Assigning __bases__ (heap types, same layout): generic NamedTuple classes get Generic among their bases.
from typing import NamedTuple, Generic, TypeVar
T = TypeVar("T")
class X(NamedTuple, Generic[T]):
    x: T
print(X.__bases__, X.__mro__, X.__parameters__, X[int], X(1), X(x=2).x)
class Y(Generic[T], NamedTuple):
    x: T
print(Y.__bases__, Y.__mro__, Y[int].__args__)
class A: 
    def f(self): return "A"
class B:
    def f(self): return "B"
class C(A): pass
class D(C): pass
d = D()
print(d.f())
C.__bases__ = (B,)
print(d.f(), D.__mro__, A.__subclasses__(), B.__subclasses__())
for bad in (5, (), (1,), (D,)):
    try: C.__bases__ = bad
    except TypeError as e: print("TypeError:", e)
try: int.__bases__ = (object,)
except TypeError as e: print("TypeError:", e)
try: del C.__bases__
except TypeError as e: print("TypeError:", e)
class S:
    __slots__ = ("a",)
class E(A): pass
try:
    E.__bases__ = (S,)
except (TypeError, NotImplementedError) as e:
    print(type(e).__name__ in ("TypeError", "NotImplementedError"))
print(E.__bases__)

# Generic classes with __init_subclass__ keywords, ABCMeta, __slots__ and several generic bases.
from typing import *
import abc
T = TypeVar("T")
class Base(Generic[T]):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class D(Base[int], tag="d"): pass
print(D.tag, D.__parameters__, D.__orig_bases__)
class A(Generic[T], metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def f(self) -> T: ...
class AI(A[str]):
    def f(self): return "x"
print(AI().f(), isinstance(AI(), A), issubclass(AI, A))
try: A()
except TypeError as e: print(e)
class S(Generic[T]):
    __slots__ = ("v",)
s = S[int](); print(hasattr(s, "__orig_class__"))
class Multi(Dict[str, T], Sequence[T]): pass
print(Multi.__parameters__, [c.__name__ for c in Multi.__mro__])
class Mixed(Iterable[T], Generic[T]): pass
print(Mixed.__mro__[1:])
print(Generic in D.__mro__, D.__mro__)

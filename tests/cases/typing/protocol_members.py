# Protocol members: properties, classmethods, None-blocked methods, inherited __init__, generic protocols.
from typing import *
import abc
@runtime_checkable
class HasX(Protocol):
    @property
    def x(self) -> int: ...
class A:
    x = 1
class B:
    @property
    def x(self): return 2
class Cc:
    def __init__(self): self.x = 3
print([isinstance(o, HasX) for o in (A(), B(), Cc(), 3)])
class Impl(HasX): pass
i = Impl(); print(type(i).__init__ is object.__init__, isinstance(i, HasX))
class WithInit(HasX):
    def __init__(self, v): self.v = v
print(WithInit(5).v)
@runtime_checkable
class CM(Protocol):
    @classmethod
    def make(cls): ...
class M:
    @classmethod
    def make(cls): return cls()
print(isinstance(M(), CM), issubclass(M, CM), issubclass(int, CM))
class Abstract(Protocol):
    @abc.abstractmethod
    def need(self): ...
class Concrete(Abstract):
    pass
try: Concrete()
except TypeError as e: print(e)
@runtime_checkable
class NoneMember(Protocol):
    def __iter__(self): ...
class Blocked:
    __iter__ = None
print(isinstance(Blocked(), NoneMember), issubclass(Blocked, NoneMember), isinstance([], NoneMember))
print(Protocol.__module__, HasX.__protocol_attrs__, HasX.__callable_proto_members_only__)
class GenP(Protocol[T := TypeVar("T")]):
    def get(self) -> T: ...
class GenImpl(GenP[int]):
    def get(self): return 1
print(GenImpl().get(), GenImpl.__parameters__, GenP.__parameters__)
try: issubclass(1, HasX)
except TypeError as e: print(e)

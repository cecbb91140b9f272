# _abc (native) behind abc.ABCMeta: abstract methods, register, isinstance/issubclass caches, and the type-level
# pieces it relies on (object.__new__'s abstract check, type() running a derived metaclass's __new__).
import abc
import _abc
import gc
from collections.abc import Sized, Collection, Sequence


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...

    @abc.abstractmethod
    def g(self): ...

    @property
    @abc.abstractmethod
    def p(self): ...


print(sorted(Base.__abstractmethods__), type(Base._abc_impl).__name__, type(Base._abc_impl).__module__)
show(lambda: Base())
Half = type("Half", (Base,), {"f": lambda self: 1})
print(type(Half).__name__, sorted(Half.__abstractmethods__), "_abc_impl" in Half.__dict__)
show(lambda: Half())
Full = type("Full", (Half,), {"g": lambda self: 2, "p": 3})
print(Full().f(), Full().g(), Full().p, Full.__abstractmethods__)
show(lambda: object.__new__(Base))
show(lambda: int.__abstractmethods__)
show(lambda: type.__abstractmethods__)
show(lambda: Full.__dict__["__abstractmethods__"])


class Plain:
    pass


Plain.__abstractmethods__ = frozenset({"x"})
show(lambda: Plain())
del Plain.__abstractmethods__
print(type(Plain()).__name__)
show(lambda: delattr(Plain, "__abstractmethods__"))
show(lambda: setattr(int, "__abstractmethods__", ()))


class MyABC(metaclass=abc.ABCMeta):
    pass


token = abc.get_cache_token()
print(MyABC.register(int) is int, issubclass(int, MyABC), isinstance(3, MyABC), abc.get_cache_token() > token)
print(issubclass(bool, MyABC), issubclass(str, MyABC), isinstance("s", MyABC))
show(lambda: MyABC.register(3))
show(lambda: issubclass(3, MyABC))
show(lambda: int.__subclasscheck__ and abc.ABCMeta.register(int, MyABC))


class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, "quack")
        return NotImplemented


class Duck:
    quack = 1


print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook))


class BadHook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 42


show(lambda: issubclass(int, BadHook))
registry, cache, negative, version = _abc._get_dump(MyABC)
print(len(registry), len(cache) >= 1, len(negative) >= 1, isinstance(version, int))
MyABC._abc_caches_clear()
print([len(s) for s in _abc._get_dump(MyABC)[:3]])
MyABC._abc_registry_clear()
print(issubclass(int, MyABC), [len(s) for s in _abc._get_dump(MyABC)[:3]])
show(lambda: _abc._abc_instancecheck(int, 3))


class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(m, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)


class WithMeta(metaclass=Meta):
    pass


Derived = type("Derived", (WithMeta,), {})
print(type(Derived).__name__)


for i in range(3):
    class Temp(Collection):
        def __len__(self): return 0
        def __iter__(self): return iter(())
        def __contains__(self, x): return False
    Sized.register(type("R%d" % i, (), {"__len__": lambda s: 0}))
    del Temp
    gc.collect()
    print(issubclass(int, Sized), issubclass(list, Collection), issubclass(list, Sequence), isinstance([], Sized))
print(issubclass(Sequence, Collection), issubclass(type("L", (list,), {}), Sized))

"""Abstract Base Classes (PEP 3119).

As in CPython, ABCMeta is a thin class over the native _abc module (src/modules/abc.cpp), which keeps for every ABC
a registry of virtual subclasses and positive and negative caches of issubclass() answers. Instantiating a class
whose own __abstractmethods__ is not empty fails in object.__new__.
"""

__all__ = [
    "ABCMeta", "ABC", "abstractmethod", "abstractclassmethod", "abstractstaticmethod", "abstractproperty",
    "get_cache_token", "update_abstractmethods",
]


def abstractmethod(funcobj):
    """Mark a method as abstract: a class whose metaclass is ABCMeta cannot be instantiated while it has one."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod over abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod over abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property over abstractmethod."""

    __isabstractmethod__ = True


def _is_abstract(value):
    try:
        return bool(value.__isabstractmethod__)
    except AttributeError:
        return False


try:
    from _abc import (get_cache_token, _abc_init, _abc_register, _abc_instancecheck, _abc_subclasscheck,
                      _get_dump, _reset_registry, _reset_caches)
except ImportError:
    from _py_abc import ABCMeta, get_cache_token
    ABCMeta.__module__ = 'abc'
else:
    class ABCMeta(type):
        """Metaclass for defining Abstract Base Classes (ABCs).

        A class whose metaclass is ABCMeta can have abstract methods (see abstractmethod) and virtual subclasses
        (see register); issubclass() and isinstance() consult both its real and its virtual subclasses.
        """

        def __new__(mcls, name, bases, namespace, /, **kwargs):
            cls = super().__new__(mcls, name, bases, namespace, **kwargs)
            _abc_init(cls)
            return cls

        def register(cls, subclass):
            """Register a virtual subclass of an ABC; return the subclass, so that this can be a class decorator."""
            return _abc_register(cls, subclass)

        def __instancecheck__(cls, instance):
            """Override for isinstance(instance, cls)."""
            return _abc_instancecheck(cls, instance)

        def __subclasscheck__(cls, subclass):
            """Override for issubclass(subclass, cls)."""
            return _abc_subclasscheck(cls, subclass)

        def _dump_registry(cls, file=None):
            """Debug helper: print the ABC's registry and caches."""
            print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
            print(f"Inv. counter: {get_cache_token()}", file=file)
            registry, cache, negative_cache, negative_cache_version = _get_dump(cls)
            print(f"_abc_registry: {registry!r}", file=file)
            print(f"_abc_cache: {cache!r}", file=file)
            print(f"_abc_negative_cache: {negative_cache!r}", file=file)
            print(f"_abc_negative_cache_version: {negative_cache_version!r}", file=file)

        def _abc_registry_clear(cls):
            """Clear the registry (for debugging or testing)."""
            _reset_registry(cls)

        def _abc_caches_clear(cls):
            """Clear the caches (for debugging or testing)."""
            _reset_caches(cls)


def update_abstractmethods(cls):
    """Recompute the abstract methods of an ABC after abstract methods were implemented or added to it."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""

    __slots__ = ()

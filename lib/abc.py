"""Abstract Base Classes (PEP 3119), written in pure Python for Ginger.

ABCMeta keeps, for every class it creates, a registry of virtual subclasses (register()) and positive and negative
caches of issubclass() answers. The negative caches are invalidated by a global counter that every register() call
bumps (get_cache_token() returns it). Ginger has no weak references yet, so the registry and caches hold strong
references to the classes they mention.
"""

import _imp

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


class _AbcData:
    """The per-class state of an ABC: its registry and its issubclass() caches."""

    __slots__ = ("registry", "cache", "negative_cache", "negative_cache_version")

    def __init__(self, version):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = version


# Bumped by every register() call, so that all negative caches become stale at once.
_invalidation_counter = 0


def get_cache_token():
    """Return the current ABC cache token: it changes whenever any ABC registers a virtual subclass."""
    return _invalidation_counter


def _is_abstract(value):
    try:
        if value.__isabstractmethod__:
            return True
    except AttributeError:
        pass
    # property, classmethod and staticmethod forward __isabstractmethod__ from what they wrap; be explicit in case
    # the runtime's descriptors do not.
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False) for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return False


def _compute_abstracts(cls, namespace):
    abstracts = set()
    for name, value in namespace.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


def _abstracts_message(cls, abstracts):
    names = sorted(abstracts)
    listed = ", ".join(repr(name) for name in names)
    plural = "s" if len(names) > 1 else ""
    return (f"Can't instantiate abstract class {cls.__name__} without an implementation "
            f"for abstract method{plural} {listed}")


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    A class whose metaclass is ABCMeta can have abstract methods (see abstractmethod) and virtual subclasses
    (see register); issubclass() and isinstance() consult both its real and its virtual subclasses.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if "__abc_tpflags__" in cls.__dict__:
            # collections.abc's Sequence and Mapping: what `match` accepts as a sequence or a mapping.
            _imp._ginger_collection_flags(cls, cls.__dict__["__abc_tpflags__"])
            delattr(cls, "__abc_tpflags__")
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace)
        cls._abc_impl = _AbcData(_invalidation_counter)
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base.__dict__["_abc_subclasses"].append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts and cls.__new__ is object.__new__:
            raise TypeError(_abstracts_message(cls, abstracts))
        if not kwargs:
            return super().__call__(*args)
        # Ginger's type.__call__, called explicitly, drops keyword arguments on their way to __init__: build the
        # instance by hand in that case.
        new = cls.__new__
        if new is object.__new__:
            if cls.__init__ is object.__init__:
                return super().__call__(*args, **kwargs)
            instance = object.__new__(cls)
        else:
            instance = new(cls, *args, **kwargs)
        if isinstance(instance, cls):
            type(instance).__init__(instance, *args, **kwargs)
        return instance

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; return the subclass, so that this can be a class decorator."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # Already a subclass.
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _invalidation_counter += 1
        if flags := _imp._ginger_collection_flags(cls):
            _imp._ginger_collection_flags(subclass, flags, True)
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        impl = cls._abc_impl
        subclass = getattr(instance, "__class__", None)
        if subclass is not None and subclass in impl.cache:
            return True
        subtype = type(instance)
        if subclass is None or subclass is subtype:
            if impl.negative_cache_version == _invalidation_counter and subtype in impl.negative_cache:
                return False
            return cls.__subclasscheck__(subtype)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < _invalidation_counter:
            impl.negative_cache = set()
            impl.negative_cache_version = _invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        hook = getattr(cls, "__subclasshook__", None)
        ok = hook(subclass) if hook is not None else NotImplemented
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            if ok:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return ok
        if cls in subclass.__mro__:
            impl.cache.add(subclass)
            return True
        for registered in list(impl.registry):
            if issubclass(subclass, registered):
                impl.cache.add(subclass)
                return True
        for derived in list(cls.__dict__["_abc_subclasses"]):
            if issubclass(subclass, derived):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper: print the ABC's registry and caches."""
        impl = cls._abc_impl
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


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

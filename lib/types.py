"""Names for the built-in types that have no name in builtins, and helpers for creating classes dynamically.

Every type here is taken from a real object with type(...). A type the runtime does not provide yet is left out of
the module rather than faked, except MappingProxyType, which falls back to a read-only wrapper class.
"""

import sys


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)


def _cell_factory():
    captured = 1

    def inner():
        return captured

    return inner.__closure__[0]


CellType = type(_cell_factory())


def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine():
    pass


_coroutine_object = _coroutine()
CoroutineType = type(_coroutine_object)


async def _async_generator():
    yield


AsyncGeneratorType = type(_async_generator())
_coroutine_object.close()
del _coroutine_object


class _C:
    def _method(self):
        pass


MethodType = type(_C()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
GetSetDescriptorType = type(FunctionType.__dict__["__code__"]) if "__code__" in FunctionType.__dict__ else None
if GetSetDescriptorType is None or GetSetDescriptorType is type(None):
    del GetSetDescriptorType

class _Slotted:
    __slots__ = ("slot",)


MemberDescriptorType = type(_Slotted.__dict__["slot"])
del _Slotted

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)


FrameType = type(sys._getframe())
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

try:
    GenericAlias = type(list[int])
except TypeError:
    pass
try:
    UnionType = type(int | str)
except TypeError:
    pass

del sys, _function, _cell_factory, _generator, _coroutine, _C


if MappingProxyType is dict:
    # The runtime exposes class dictionaries as plain dicts; offer a read-only view of a mapping instead.
    class mappingproxy:
        """Read-only proxy of a mapping."""

        __slots__ = ("_mapping",)
        __module__ = "builtins"

        def __new__(cls, mapping):
            if not hasattr(type(mapping), "__getitem__") or isinstance(mapping, (list, tuple)):
                raise TypeError(f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
            self = object.__new__(cls)
            object.__setattr__(self, "_mapping", mapping)
            return self

        def __getitem__(self, key):
            return self._mapping[key]

        def get(self, key, default=None):
            return self._mapping.get(key, default)

        def __contains__(self, key):
            return key in self._mapping

        def __iter__(self):
            return iter(self._mapping)

        def __reversed__(self):
            return reversed(self._mapping)

        def __len__(self):
            return len(self._mapping)

        def keys(self):
            return self._mapping.keys()

        def values(self):
            return self._mapping.values()

        def items(self):
            return self._mapping.items()

        def copy(self):
            return self._mapping.copy()

        def __eq__(self, other):
            return self._mapping == other

        def __ne__(self, other):
            return self._mapping != other

        def __or__(self, other):
            if isinstance(other, type(self)):
                other = other._mapping
            return dict(self._mapping) | other

        def __ror__(self, other):
            return other | dict(self._mapping)

        def __ior__(self, other):
            raise TypeError(f"'|=' is not supported by {type(self).__name__}; use '|' instead")

        def __setattr__(self, name, value):
            raise AttributeError(f"'mappingproxy' object attribute '{name}' is read-only")

        def __repr__(self):
            return f"mappingproxy({self._mapping!r})"

        def __str__(self):
            return str(self._mapping)

        def __hash__(self):
            return hash(self._mapping)

        __class_getitem__ = classmethod(GenericAlias)

        def __dir__(self):
            # The slot holding the mapping and the class-statement names are details CPython's built-in lacks.
            return [name for name in object.__dir__(self) if name not in ("_mapping", "__module__", "__slots__")]

    MappingProxyType = mappingproxy
    del mappingproxy


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)
    """

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return f"{name}(...)"
        _repr_running.add(key)
        try:
            fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        return f"{name}({fields})"

    def __eq__(self, other):
        # The real types, not __class__ (which an object may fake).
        if issubclass(type(self), SimpleNamespace) and issubclass(type(other), SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))

    __hash__ = None


_repr_running = set()


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    """Find the most derived metaclass among meta and the metaclasses of bases."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds): kwds is a copy of the given one without any 'metaclass' entry.
    """
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


def get_original_bases(cls, /):
    """Return the class's "original" bases prior to modification by __mro_entries__."""
    try:
        return cls.__dict__.get("__orig_bases__", cls.__bases__)
    except AttributeError:
        raise TypeError(f"Expected an instance of type, not {type(cls).__name__!r}") from None


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    Behaves like a property on instances; looked up on the class, it raises AttributeError so that the metaclass's
    __getattr__ is consulted. (enum.property derives from it.)
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy(self, fget, fset, fdel, doc):
        result = type(self)(fget, fset, fdel, doc)
        result.overwrite_doc = self.overwrite_doc
        return result

    def getter(self, fget):
        return self._copy(fget, self.fset, self.fdel, (fget.__doc__ if self.overwrite_doc else None) or self.__doc__)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel, self.__doc__)


class _GeneratorWrapper:
    """What types.coroutine() returns around a generator-like object that is not a coroutine: awaitable, and
    forwarding the generator methods and attributes (gi_* and their cr_* names)."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, typ, *rest):
        return self.__wrapped.throw(typ, *rest)

    def close(self):
        return self.__wrapped.close()

    gi_code = property(lambda self: self.__wrapped.gi_code)
    gi_frame = property(lambda self: self.__wrapped.gi_frame)
    gi_running = property(lambda self: self.__wrapped.gi_running)
    gi_yieldfrom = property(lambda self: self.__wrapped.gi_yieldfrom)
    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped if self.__isgen else self

    __await__ = __iter__


_CO_GENERATOR, _CO_COROUTINE, _CO_ITERABLE_COROUTINE = 0x20, 0x80, 0x100


def coroutine(func):
    """Convert a regular generator function into a coroutine."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    if func.__class__ is FunctionType and getattr(func, "__code__", None).__class__ is CodeType:
        flags = func.__code__.co_flags
        if flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
        if flags & _CO_GENERATOR:
            func.__code__ = func.__code__.replace(co_flags=flags | _CO_ITERABLE_COROUTINE)
            return func

    # Any other callable: its results are checked when it is called.
    import functools
    import _collections_abc

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if result.__class__ is CoroutineType or (result.__class__ is GeneratorType
                                                 and result.gi_code.co_flags & _CO_ITERABLE_COROUTINE):
            return result
        if isinstance(result, _collections_abc.Generator) and not isinstance(result, _collections_abc.Coroutine):
            return _GeneratorWrapper(result)  # a generator-like object, made awaitable
        return result  # a coroutine-like object, or anything else, passes through

    return wrapped


__all__ = [name for name in globals() if name[:1] != "_" and name != "sys"]

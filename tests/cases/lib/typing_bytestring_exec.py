# typing.ByteString and collections.abc.ByteString warn (deprecated in 3.12); type variables made by exec()
# code without __name__ in its globals have __module__ None.
import collections.abc
import typing
import warnings


def warned(action):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = action()
    return result, [(w.category.__name__, str(w.message)) for w in caught]


print(warned(lambda: isinstance(b"", typing.ByteString)))
print(warned(lambda: isinstance(bytearray(), collections.abc.ByteString)))
print(warned(lambda: isinstance("", collections.abc.ByteString)))
print(warned(lambda: type("Foo", (collections.abc.ByteString,), {}).__name__))
print(warned(lambda: issubclass(bytes, collections.abc.ByteString)))
print(repr(typing.ByteString))

for source in ('from typing import TypeVar; T = TypeVar("T", bound=float)',
               'from typing import ParamSpec; T = ParamSpec("T")',
               'from typing import TypeVarTuple; T = TypeVarTuple("T")'):
    ns = {}
    exec(source, ns, ns)
    print(ns["T"], ns["T"].__module__)
T = typing.TypeVar("T")
print(T.__module__)

# collections.abc.Callable[...] (a types.GenericAlias subclass), subclassing types.GenericAlias, and the
# deprecated typing.io / typing.re namespaces.
import collections.abc as abc
import pickle
import types
import typing
import warnings
import weakref

C = abc.Callable[[int, str], float]
print(repr(C), C.__args__, C.__origin__, type(C).__name__, isinstance(C, types.GenericAlias))
print(abc.Callable[..., int], abc.Callable[[], int], abc.Callable[[], int].__args__)
T = typing.TypeVar("T")
P = typing.ParamSpec("P")
X = abc.Callable[[int, T], T]
print(X, X.__parameters__, X[str], type(X[str]).__name__)
Y = abc.Callable[P, T]
print(Y, Y.__parameters__, Y[[int, str], bool], Y[..., int])
print(abc.Callable[typing.Concatenate[int, P], int])
for alias in (C, Y, abc.Callable[..., int]):
    for proto in (0, 2, 5):
        print(pickle.loads(pickle.dumps(alias, proto)) == alias, end=" ")
print()
print(weakref.ref(C)() is C, C == abc.Callable[[int, str], float], hash(C) == hash(abc.Callable[[int, str], float]))
print(typing.get_args(C), typing.get_origin(C))
for bad in ((int, str), (int,), int):
    try:
        abc.Callable[bad]
    except TypeError as e:
        print("TypeError:", e)


class Alias(types.GenericAlias):
    __slots__ = ()

    def __repr__(self):
        return "Alias:" + super().__repr__()


a = Alias(list, (int,))
print(repr(a), a.__origin__, a.__args__, a == list[int], list[int] == a, a | None, a.append)


class Box:
    pass


box = types.GenericAlias(Box, int)()
print(box.__orig_class__, list[int]([1, 2]))

with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("default", category=DeprecationWarning)
    from typing.io import IO, TextIO, __all__, __name__ as name
    print(IO is typing.IO, TextIO is typing.TextIO, __all__, name, len(w))
    print(w[0].category.__name__, w[0].message)

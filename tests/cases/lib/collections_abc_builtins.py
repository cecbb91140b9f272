# collections.abc: the built-in types against the ABCs, and the one-trick ponies' __subclasshook__.
from collections import abc
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Sequence,
                             MutableSequence, Mapping, MutableMapping, Set, MutableSet, Reversible, Generator,
                             KeysView, ItemsView, ValuesView, MappingView, Coroutine, Awaitable)
from collections import deque, OrderedDict, Counter, defaultdict

print(Sequence.__module__, Sequence.__name__, "Mapping" in abc.__all__)
for t in (list, tuple, str, range, dict, set, frozenset, bytes, int, float, type(None), deque, OrderedDict, Counter):
    row = [issubclass(t, C) for C in (Iterable, Sized, Container, Hashable, Collection, Reversible, Sequence,
                                      MutableSequence, Mapping, MutableMapping, Set, MutableSet)]
    print(f"{t.__name__:12}", "".join("X" if x else "." for x in row))

print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance(iter({}), Iterator), isinstance(iter(""), Iterator))
print(isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView), isinstance({}.values(), ValuesView))
print(isinstance({}.keys(), Set), isinstance({}.values(), Set), isinstance({}.keys(), MappingView))
print(isinstance(len, Callable), isinstance(lambda: 0, Callable), isinstance(3, Callable), isinstance(int, Callable))


def gen():
    yield 1


print(isinstance(gen(), Generator), isinstance(gen(), Iterator), isinstance(iter([]), Generator))


class OnlyIter:
    def __iter__(self):
        return iter(())


class OnlyLen:
    def __len__(self):
        return 0


class Full(OnlyIter, OnlyLen):
    def __contains__(self, x):
        return False


class NoHash:
    __hash__ = None


class NotIterable(OnlyIter):
    __iter__ = None


print(issubclass(OnlyIter, Iterable), issubclass(OnlyIter, Sized), issubclass(OnlyLen, Sized))
print(issubclass(Full, Collection), issubclass(OnlyIter, Collection), issubclass(NoHash, Hashable))
print(issubclass(NotIterable, Iterable), isinstance(object(), Hashable), issubclass(list, Hashable))
print(issubclass(Sequence, Reversible), issubclass(MutableMapping, Mapping), issubclass(Mapping, Collection))


async def co():
    pass


c = co()
print(isinstance(c, Coroutine), isinstance(c, Awaitable))
c.close()
try:
    Sequence()
except TypeError as e:
    print("TypeError:", e)
try:
    MutableMapping()
except TypeError as e:
    print("TypeError:", e)

# The typing aliases of builtin and collections.abc classes.
import collections
import collections.abc
from typing import (List, Dict, Set, FrozenSet, Tuple, Type, Iterable, Iterator, Sequence, Mapping,
                    MutableMapping, Awaitable, Coroutine, AsyncIterator, Generator, Deque,
                    DefaultDict, OrderedDict, Counter, ChainMap, AbstractSet, Hashable, Sized,
                    Callable, TypeVar)

T = TypeVar("T")
for alias in (List, Dict, Set, FrozenSet, Tuple, Type, Iterable, Iterator, Sequence, Mapping,
              MutableMapping, Awaitable, Coroutine, AsyncIterator, Generator, Deque, DefaultDict,
              OrderedDict, Counter, ChainMap, AbstractSet, Hashable, Sized):
    print(alias, alias.__origin__.__name__, alias._name)
print(List[int], Dict[str, int], Set[bytes], Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Type[int], Iterable[T], Generator[int, None, str], Coroutine[int, str, bytes])
print(List[int].__origin__ is list, List[int].__args__, List[T].__parameters__, List[T][int])
print(Mapping[T, List[T]][str], Dict[T, int] | None)

print(Deque[int]([1, 2]), Counter("aab")["a"])
try:
    List[int]()
except TypeError as e:
    print("TypeError:", e)
print(isinstance([], List), issubclass(list, Sequence), issubclass(dict, Iterable), isinstance(3, Hashable))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError:", e)

def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

attempt(lambda: List[int, str])
attempt(lambda: Dict[int])
attempt(lambda: Hashable[int])
attempt(lambda: List[int][str])

class MyList(List[int]):
    pass
print(MyList.__bases__, MyList.__orig_bases__, MyList([1, 2]))
class MyIter(Iterator[T]):
    def __next__(self):
        raise StopIteration
print(MyIter.__parameters__, list(MyIter()), issubclass(MyIter, collections.abc.Iterator))
print(List.append is list.append, List.__name__ if hasattr(List, "__name__") else "-")

# PEP 585: the collections.abc classes can be subscripted.
import collections.abc as cabc

for alias in (cabc.Iterable[int], cabc.Iterator[str], cabc.Mapping[str, int], cabc.Sequence[bytes],
              cabc.MutableMapping[str, list[int]], cabc.Awaitable[int], cabc.Coroutine[int, None, str],
              cabc.AsyncIterator[int], cabc.Generator[int, None, None], cabc.Set[int],
              cabc.KeysView[str], cabc.ItemsView[str, int], cabc.Container[int], cabc.Collection[int],
              cabc.Reversible[int], cabc.MutableSet[int], cabc.AsyncGenerator[int, None]):
    print(alias, alias.__origin__.__name__, alias.__args__, type(alias).__name__)

print(cabc.Iterable[int] == cabc.Iterable[int], cabc.Iterable[int] == cabc.Iterable[str])
try:
    isinstance([], cabc.Iterable[int])
except TypeError as e:
    print("TypeError:", e)
for name in ("Hashable", "Sized"):
    try:
        getattr(cabc, name)[int]
    except TypeError as e:
        print("TypeError:", e)

# Type variables inside builtin generics (list[T]) seen through typing aliases, and generic NamedTuples.
from typing import List, Dict, Union, Optional, TypeVar, Generic, NamedTuple, get_args

T = TypeVar("T")
K = TypeVar("K")
print(List[list[T]].__parameters__, Dict[K, dict[K, T]].__parameters__)
print(List[list[T]][int], Dict[K, dict[K, T]][str, bytes])
print(Union[int, list[T]][str], Optional[tuple[T, ...]][int])
print(get_args(List[list[T]][int])[0].__args__)

class Pair(NamedTuple, Generic[T]):
    first: T
    second: T

print(Pair[int], Pair.__parameters__, Pair(1, 2), Pair[str]("a", "b"))
print(Pair.__annotations__)

class Box(Generic[T]):
    pass
print(Box[list[int]], Box[dict[str, T]][bytes])

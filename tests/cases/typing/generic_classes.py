# Generic classes: parameters, subscription, substitution and their errors.
from typing import Generic, TypeVar, List, Dict, Tuple

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

class Box(Generic[T]):
    def __init__(self, item=None):
        self.item = item

print(Box.__parameters__, Box.__orig_bases__, Box.__bases__, Box.__mro__[1:])
print(Box[int], Box[List[str]], Box[int].__origin__ is Box, Box[int].__args__)
b = Box[int](5)
print(b.item, type(b).__name__, b.__orig_class__)

class Pair(Generic[K, V]):
    pass

print(Pair[str, int], Pair[str, T][bytes], Pair[T, T].__parameters__)

class StrBox(Box[str]):
    pass
print(StrBox.__parameters__, StrBox.__orig_bases__)

class Mapping2(Dict[K, V], Generic[V, K]):
    pass
print(Mapping2.__parameters__, Mapping2[int, str])

class ListOf(List[T]):
    pass
print(ListOf.__parameters__, ListOf.__mro__[1:3], ListOf[int])

def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

attempt(lambda: Box[int, str])
attempt(lambda: Pair[int])
attempt(lambda: StrBox[int])
attempt(lambda: Generic[int])
attempt(lambda: Generic[T, T])
attempt(lambda: Generic[()])
attempt(lambda: Box[int][str])
attempt(lambda: Generic[T][int])

try:
    class Wrong(List[T], Generic[K]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(Generic):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print("TypeError:", e)

print(Dict[K, V][str, int], Dict[str, List[T]][int], Tuple[T, ...][int])
print(Box[int] == Box[int], Box[int] == Box[str], hash(Box[int]) == hash(Box[int]))

# Union, Optional and Literal: flattening, deduplication, reprs and equality.
from typing import Union, Optional, Literal, List, Any, TypeVar

T = TypeVar("T")
print(Union[int, str], Union[int], Union[int, int], Union[int, Union[str, bytes]])
print(Optional[int], Union[int, None], Union[None, int], Optional[Union[int, str]])
print(Union[int, str] == Union[str, int], Union[int, str] == Union[int, bytes])
print(Union[int, str].__args__, Union[int, None].__args__, Union[T, int].__parameters__)
print(Union[T, int][str], Union[T, int][int], Optional[T][List[int]])
print(Union[int, "Foo"], Union[int, Any])
print(Union[int, str] | bytes, int | Union[str, bytes])
print(isinstance(3, Union[int, str]), isinstance(3.0, Union[int, str]), issubclass(bool, Optional[int]))
print(Union[int, str | bytes])

def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

attempt(lambda: Union[()])
attempt(lambda: Optional[int, str])
attempt(lambda: Union())
attempt(lambda: isinstance(1, Union))
attempt(lambda: Union[int, (str, bytes)])

print(Literal[1], Literal[1, "a", None, True], Literal[Literal[1, 2], 3])
print(Literal[1, 1, 2].__args__, Literal[1, True].__args__)
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Literal[1] == Literal[1])
print(hash(Literal[1, 2]) == hash(Literal[2, 1]))
print(Optional[Literal["x"]], Union[Literal[1], Literal[2]])

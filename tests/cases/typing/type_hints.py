# get_type_hints, get_origin, get_args and ForwardRef.
from typing import (get_type_hints, get_origin, get_args, ForwardRef, List, Dict, Optional,
                    Union, Callable, Annotated, ClassVar, Generic, TypeVar, Literal, Tuple)
import collections.abc

class Node:
    value: int
    next: "Optional[Node]"
    label: Annotated[str, "meta"]
    count: ClassVar[int] = 0

print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)["label"])

def f(a: "int", b: List["Node"], c: None = None) -> "Dict[str, int]":
    pass

print(get_type_hints(f))

class Child(Node):
    extra: "bytes"
print(list(get_type_hints(Child)))

ref = ForwardRef("List[int]")
print(ref, ref.__forward_arg__, ref == ForwardRef("List[int]"), ForwardRef("x", module="m"))
try:
    ForwardRef("1 +")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    ForwardRef(3)
except TypeError as e:
    print("TypeError:", e)

T = TypeVar("T")
print(get_origin(List[int]), get_origin(Dict), get_origin(Union[int, str]), get_origin(int))
print(get_origin(Annotated[int, 1]), get_origin(Generic), get_origin(Generic[T]), get_origin(int | str))
print(get_origin(Literal[1]), get_origin(ClassVar[int]), get_origin(list[int]))
print(get_args(List[int]), get_args(Dict[str, int]), get_args(Union[int, str]), get_args(int))
print(get_args(Callable[[int, str], bool]), get_args(Callable[..., int]), get_args(Annotated[int, "a", 2]))
print(get_args(Tuple[int, ...]), get_args(Tuple[()]), get_args(int | str), get_args(Literal[1, 2]))

def g(x: int, y: "not valid(") -> None:
    pass
try:
    get_type_hints(g)
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    get_type_hints(3)
except TypeError as e:
    print("TypeError:", e)

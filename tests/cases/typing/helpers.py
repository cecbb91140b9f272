# overload/get_overloads, final, override, cast, NewType, assert_never, no_type_check, misc forms.
import typing
from typing import (overload, get_overloads, clear_overloads, final, override, cast, NewType,
                    assert_type, assert_never, no_type_check, dataclass_transform, Any, NoReturn,
                    Never, Self, LiteralString, ClassVar, Final, TypeGuard, TypeAlias, List, Text,
                    AnyStr, TYPE_CHECKING)

@overload
def area(x: int) -> int: ...
@overload
def area(x: str) -> str: ...
def area(x):
    return x * 2

print(area(3), len(get_overloads(area)), [f.__name__ for f in get_overloads(area)])
clear_overloads()
print(get_overloads(area))
try:
    overload(lambda: 0)()
except NotImplementedError as e:
    print("NotImplementedError:", str(e)[:40])

@final
class Leaf:
    @final
    def m(self):
        pass
    @override
    def __repr__(self):
        return "Leaf"
print(Leaf.__final__, Leaf.m.__final__, Leaf.__repr__.__override__)

print(cast(int, "x"), cast("List[int]", 5), assert_type(3, int))
UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId | None)
Nested = NewType("a.b.Nested", str)
print(Nested, Nested.__name__, Nested.__qualname__)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    assert_never(42)
except AssertionError as e:
    print("AssertionError:", e)

@no_type_check
def loose(a: "nonsense") -> "???":
    pass
print(loose.__no_type_check__, typing.get_type_hints(loose))

@dataclass_transform(kw_only_default=True)
def model(cls):
    return cls
print(sorted(model.__dataclass_transform__.items()))

for form in (Any, NoReturn, Never, Self, LiteralString, ClassVar, Final, TypeGuard, TypeAlias):
    print(form, end=" ")
print()
print(ClassVar[int], Final[List[int]], TypeGuard[str], Text, AnyStr, AnyStr.__constraints__, TYPE_CHECKING)

def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

attempt(lambda: NoReturn[int])
attempt(lambda: Any())
attempt(lambda: isinstance(1, Any))
attempt(lambda: ClassVar[int, str])
attempt(lambda: List[ClassVar[int]])
attempt(lambda: List[Final[int]])
attempt(lambda: ClassVar())
class MyAny(Any):
    pass
print(MyAny().__class__.__name__, Any)

# Callable, Annotated, Concatenate and ParamSpec substitution.
from typing import Callable, Annotated, Concatenate, ParamSpec, TypeVar, List, Optional

P = ParamSpec("P")
T = TypeVar("T")
print(Callable, Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Callable[[int], str].__args__, Callable[..., int].__args__, Callable[P, T].__parameters__)
print(Callable[[T], T][int], Callable[P, T][[int, str], bool], Callable[P, int][...])
print(Callable[Concatenate[int, P], T], Callable[Concatenate[int, P], T][[str], bool])
print(Concatenate[int, P].__args__, Concatenate[int, ...])
print(Callable[[int], str] == Callable[[int], str], Callable[[int], str] == Callable[[str], str])

def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

attempt(lambda: Callable[int])
attempt(lambda: Callable[int, str, bool])
attempt(lambda: Concatenate[int, str])
attempt(lambda: Concatenate[()])

A = Annotated[int, "positive", 3]
print(A, A.__origin__, A.__metadata__, Annotated[A, "more"].__metadata__)
print(Annotated[List[T], "x"][str], Annotated[int, "a"] == Annotated[int, "a"], Annotated[int, "a"] == Annotated[int, "b"])
print(Optional[Annotated[int, "m"]])
attempt(lambda: Annotated[int])
attempt(lambda: Annotated())
try:
    class Sub(Annotated):
        pass
except TypeError as e:
    print("TypeError:", e)
print(isinstance(len, Callable), isinstance(3, Callable), issubclass(type, Callable))

# Protocol classes and @runtime_checkable isinstance()/issubclass() checks.
from typing import Protocol, runtime_checkable, SupportsInt, SupportsAbs, TypeVar, Iterable

@runtime_checkable
class Closer(Protocol):
    def close(self): ...

class File:
    def close(self):
        pass

class Rock:
    pass

print(isinstance(File(), Closer), isinstance(Rock(), Closer))
print(issubclass(File, Closer), issubclass(Rock, Closer))
print(Closer._is_protocol, Closer._is_runtime_protocol, sorted(Closer.__protocol_attrs__))

@runtime_checkable
class Named(Protocol):
    name: str

class Person:
    def __init__(self):
        self.name = "Ann"

print(isinstance(Person(), Named), isinstance(Rock(), Named))
try:
    issubclass(Person, Named)
except TypeError as e:
    print("TypeError:", e)

class NotChecked(Protocol):
    def run(self): ...

try:
    isinstance(File(), NotChecked)
except TypeError as e:
    print("TypeError:", e)
try:
    NotChecked()
except TypeError as e:
    print("TypeError:", e)
try:
    runtime_checkable(Rock)
except TypeError as e:
    print("TypeError:", e)

class Impl(Closer):
    def __init__(self, x):
        self.x = x
print(Impl(3).x, isinstance(Impl(1), Closer), Impl._is_protocol)

T = TypeVar("T")
class Box(Protocol[T]):
    def get(self) -> T: ...
print(Box.__parameters__, Box[int])

print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(-2, SupportsAbs))
print(issubclass(float, SupportsInt))
try:
    class Mixed(Protocol, Rock):
        pass
except TypeError as e:
    print("TypeError:", e)

@runtime_checkable
class Both(Closer, Protocol):
    def open(self): ...
class Door:
    def open(self): pass
    def close(self): pass
print(isinstance(Door(), Both), isinstance(File(), Both), sorted(Both.__protocol_attrs__))

# dataclasses: generated order methods implement abstract ones; make_dataclass resolves generic bases;
# a metaclass __call__ without a signature gives a bare docstring.
import abc
import inspect
from dataclasses import dataclass, make_dataclass
from typing import Generic, Optional, TypeVar


class Ordered(abc.ABC):
    @abc.abstractmethod
    def __lt__(self, other):
        pass


@dataclass(order=True)
class Date(Ordered):
    year: int
    month: int


print(inspect.isabstract(Date), Date.__abstractmethods__, Date(2020, 12) > Date(2020, 8))

T = TypeVar("T")


@dataclass
class Parent(Generic[T]):
    x: T


Child = make_dataclass("Child", [("y", T), ("z", Optional[T], None)], bases=(Parent[int], Generic[T]),
                       namespace={"other": 42})
print(Child[int](1, 2), Child[int](1, 2, 3).other, Child.__mro__, Child.__module__)
print(Child.__parameters__, Child.__orig_bases__)


class Meta(type):
    __call__ = dict


class Base(metaclass=Meta):
    pass


@dataclass
class C(Base):
    pass


print(repr(C.__doc__))


class Meta2(type):
    def __call__(cls, a, b=2):
        return (a, b)


@dataclass
class D(metaclass=Meta2):
    q: int


print(repr(D.__doc__), D(1))

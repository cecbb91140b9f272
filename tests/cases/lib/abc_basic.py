# abc: abstract methods, instantiation errors, ABC helper class, inheritance of abstractness.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"


print(sorted(Shape.__abstractmethods__))
print(type(Shape) is ABCMeta, isinstance(Shape, type))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Half(Shape):
    def area(self):
        return 1


print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


s = Square(3)
print(s.describe(), s.perimeter(), Square.__abstractmethods__ == frozenset())
print(isinstance(s, Shape), issubclass(Square, Shape), issubclass(int, Shape))


class WithProps(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(WithProps.__abstractmethods__))


class Impl(WithProps):
    name = "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 7


print(Impl.make().name, Impl.helper())
print(isinstance(get_cache_token(), int))
print(abstractmethod(lambda: 0).__isabstractmethod__)


class Configured(ABC):
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs


c = Configured(1, mode="fast", level=2)
print(c.args, sorted(c.kwargs.items()), isinstance(c, Configured))


class Made(ABC):
    def __new__(cls, value, *, scale=1):
        self = super().__new__(cls)
        self.value = value * scale
        return self


print(Made(3, scale=4).value, Made(2).value)

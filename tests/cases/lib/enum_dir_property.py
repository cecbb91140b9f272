# enum.property redirects for members shadowing base-class attributes, and dir() of enum classes and members.
import enum
from enum import Enum, IntEnum, Flag, auto


class Base(Enum):
    @enum.property
    def first(self):
        return f'{self.name} is first!'


class Main(Base):
    first = auto()
    second = auto()


print([m.first for m in Main], Main.first, Main['first'])
print(type(Main.__dict__['first']).__name__, Main.__dict__['first'].member is Main.first)


class Number(IntEnum):
    numerator = 2
    denominator = 7


print(Number.numerator, Number.numerator.numerator, Number.denominator.denominator, repr(Number.numerator))


class Named(Enum):
    name = 1
    value = 2


print(Named.name, Named.name.name, Named.name.value, Named.value.name, Named.value.value)
try:
    Named.name.name = 'x'
except AttributeError as exc:
    print('AttributeError', exc)
try:
    del Main.first.value
except AttributeError as exc:
    print('AttributeError', exc)


class Test(Enum):
    this = auto()
    these = auto()

    def wowser(self):
        return self.name


print(dir(Test))
print(dir(Test.this))


class SuperEnum(Enum):
    def __new__(cls, value):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.description = 'test'
        return obj

    def invisible(self):
        return 1


class SubEnum(SuperEnum):
    sample = 5


print(dir(SubEnum))
print(dir(SubEnum.sample))
print(sorted(set(dir(Number)) - set(dir(int))))
print([n for n in sorted(set(dir(Number.numerator)) - set(dir(int))) if n[0] != "_"])


class Bits(Flag):
    A = 1
    B = 2


print(dir(Bits))
print(dir(Bits.A))

# Enum class creation: reserved names, _generate_next_value_ as staticmethod, super().__new__ in a member
# __new__, _missing_ errors, _value_repr_, str/format inherited from a parent enum.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, ReprEnum


def attempt(label, make):
    try:
        make()
        print(label, 'no error')
    except Exception as exc:
        print(label, type(exc).__name__, exc)


def bad_mro():
    class Wrong(Enum):
        mro = 9


def bad_sunder():
    class Wrong(IntEnum):
        _any_name_ = 9


def bad_super():
    class BadSuper(Enum):
        def __new__(cls, value):
            return super().__new__(cls, value)
        failed = 1


def bad_super_int():
    class BadSuper(IntEnum):
        def __new__(cls, value):
            return super().__new__(cls, value)
        failed = 1


def repr_enum_object():
    class R(ReprEnum):
        a = 1


attempt('mro', bad_mro)
attempt('sunder', bad_sunder)
attempt('super', bad_super)
attempt('super int', bad_super_int)
attempt('reprenum', repr_enum_object)


class Lazy(Enum):
    def _generate_next_value_(name, start, count, last):
        return name * 2
    a = auto()


print(type(Lazy.__dict__['_generate_next_value_']).__name__, Lazy.a.value)


class Missing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        if value == 2:
            return 'nope'
        if value == 3:
            raise ZeroDivisionError('boom')
        return None


for v in (1, 2, 3, 4):
    try:
        print(Missing(v))
    except Exception as exc:
        print(type(exc).__name__, exc, type(exc.__context__).__name__, exc.__context__)


class Base(IntEnum):
    def __str__(self):
        return self.name.title()

    def __format__(self, spec):
        return self.name[::-1]


class Sub(Base):
    first = 1


print(str(Sub.first), format(Sub.first), repr(Sub.first), f'{Sub.first}')
print(Sub._value_repr_ is int.__repr__, Enum._value_repr_, Sub._new_member_ is int.__new__)


class F(float, Enum):
    pi = 3.5


print(repr(F.pi), str(F.pi), format(F.pi, '>6'), F(3.5) is F.pi)
print(repr(IntFlag(0)) if False else '', repr(Flag), Enum.__new__ is Sub.__new__)
try:
    Enum.__new__(Sub, 1)
    print(Enum.__new__(Sub, 1))
except Exception as exc:
    print(type(exc).__name__, exc)

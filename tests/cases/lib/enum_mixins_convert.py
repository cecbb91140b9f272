# Data types mixed into enums (which one, too many, wrong order, a subclass without __new__ and its repr) and
# Enum._convert_ (values that do not compare, as_global).
import sys
import enum
from enum import Enum, IntEnum, StrEnum


def attempt(label, make):
    try:
        make()
        print(label, 'no error')
    except TypeError as exc:
        print(label, 'TypeError', str(exc).split(':')[0])  # (a set of types follows, in no fixed order)


def two_types():
    class Huh(str, int, Enum):
        One = 1


def wrong_order():
    class Wrong(Enum, str):
        NotHere = 'x'


attempt('two types', two_types)
attempt('wrong order', wrong_order)


class HexInt(int):
    def __repr__(self):
        return hex(self)


class SillyInt(HexInt):
    pass


class MyEnum(SillyInt, Enum):
    A = 1
    B = 2


print(MyEnum._member_type_.__name__, repr(MyEnum.A), str(MyEnum.B), MyEnum.A + 1)

CONV_A = 3
CONV_B = 1j
CONV_C = 'x'
STR_A = 'hello'
STR_B = 'bye'
INT_B = 5
INT_A = 2

conv = Enum._convert_('Conv', __name__, filter=lambda n: n.startswith('CONV_'))
print(list(conv), CONV_A, repr(CONV_B))
strs = StrEnum._convert_('Strs', __name__, filter=lambda n: n.startswith('STR_'), as_global=True)
print(repr(strs.STR_A), str(STR_B), format(STR_A), list(strs))
ints = IntEnum._convert_('Ints', __name__, filter=lambda n: n.startswith('INT_'))
print(repr(ints.INT_A), str(INT_B), list(ints), Ints is ints)

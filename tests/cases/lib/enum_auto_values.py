# auto(): several on a line, mixed with values that do not sort, Flag values, _generate_next_value_ after
# members, vars().update() in a class body.
import warnings
from enum import Enum, Flag, auto


class Huh(Enum):
    ONE = auto()
    TWO = auto(), auto()
    THREE = auto(), auto(), auto()


print([m.value for m in Huh])


class Hah(Enum):
    def __new__(cls, value, abbr=None):
        member = object.__new__(cls)
        member._value_ = value
        member.abbr = abbr or value[:3].lower()
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name

    MONDAY = auto()
    WEDNESDAY = auto(), 'WED'


print([(m.value, m.abbr) for m in Hah])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')

    class Color(Enum):
        red = 'red'
        blue = 2
        green = auto()
        yellow = auto()

    class Other(Enum):
        red = 'red'
        blue = auto()

print([m.value for m in Color], [m.value for m in Other])
print([(w.category.__name__, str(w.message)) for w in caught])


def late_gnv():
    class Late(Enum):
        red = auto()

        def _generate_next_value_(name, start, count, last_values):
            return name


def garbage_flag():
    class Bad(Flag):
        red = 'not an int'
        blue = auto()


for make in (late_gnv, garbage_flag):
    try:
        make()
    except TypeError as exc:
        print('TypeError', exc)


class Bits(Flag):
    A = auto()
    B = 8
    C = auto()
    D = 0
    E = auto()


print([(m.name, m.value) for m in Bits.__members__.values()])

defines = {'FOO_CAT': 'aloof', 'BAR_DOG': 'friendly', 'FOO_HORSE': 'big'}


class Foo(Enum):
    vars().update({k: v for k, v in defines.items() if k.startswith('FOO_')})


print(list(Foo))
try:
    class FooBar(Enum):
        vars().update({'FOO_CAT': 'a'}, **{'FOO_CAT': 'small'})
except TypeError as exc:
    print('TypeError', exc)

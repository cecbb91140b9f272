from enum import Enum, IntEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name} is {self.value}'

    @property
    def lower(self):
        return self.name.lower()


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, Color.CRIMSON)
print(list(Color), len(Color), list(reversed(Color)))
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color.RED in Color, 1 in Color, 7 in Color)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED is Color(1))
print(Color.GREEN.describe(), Color.BLUE.lower, type(Color.RED), isinstance(Color.RED, Color))
print(repr(Color), Color.__name__, {Color.RED: 'r'}[Color.CRIMSON])
print(f'{Color.RED}', format(Color.GREEN, '>12'), str(Color.BLUE))
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print('AttributeError', e)


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = auto()


print(list(Shape), [s.value for s in Shape])


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = auto()


print(Num.ONE, repr(Num.TWO), Num.THREE, Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, Num.TWO == 2)
print(sorted([Num.THREE, Num.ONE, Num.TWO]), Num(3), int(Num.TWO), isinstance(Num.ONE, int), f'{Num.TWO:03d}')
print([1, 2, 3, 4][Num.TWO], hash(Num.ONE) == hash(1), {1: 'a'}[Num.ONE])

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print('ValueError', e)

try:
    class Ext(Color):
        PINK = 9
except TypeError as e:
    print('TypeError', e)

try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)

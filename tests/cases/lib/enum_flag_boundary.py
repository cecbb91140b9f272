# Flag boundaries (STRICT, CONFORM, EJECT, KEEP), inversion, negative values, aliases, the Flag operators of a
# flag mixed with int, _order_ and _ignore_.
from enum import Enum, Flag, IntFlag, FlagBoundary, STRICT, CONFORM, EJECT, KEEP


def attempt(label, make):
    try:
        print(label, repr(make()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)


print(Flag._boundary_ is STRICT, IntFlag._boundary_ is KEEP, repr(Flag._boundary_))


class OpenAB(Flag):
    A = 1
    B = 2
    MASK = 255


A, B = OpenAB
print(~A is B, ~B is A, ~(A | B), ~OpenAB.MASK, ~OpenAB(0), list(OpenAB), OpenAB._singles_mask_)


class KeepAB(IntFlag):
    A = 1
    B = 2
    MASK = 255


print(repr(~KeepAB.A), ~KeepAB.A is KeepAB(254), repr(~KeepAB.MASK), repr(~KeepAB(0)), repr(KeepAB(-2)))


class Strict(Flag, boundary=STRICT):
    X = 1
    Y = 4


class Conform(Flag, boundary=CONFORM):
    X = 1
    Y = 4


class Eject(Flag, boundary=EJECT):
    X = 1
    Y = 4


class Keep(Flag, boundary=KEEP):
    X = 1
    Y = 4


for cls in (Strict, Conform, Eject, Keep):
    attempt(cls.__name__ + ' 7', lambda: cls(7))
    attempt(cls.__name__ + ' -2', lambda: cls(-2))
    attempt(cls.__name__ + ' 16', lambda: cls(16))
    attempt(cls.__name__ + ' ~X', lambda: ~cls.X)
    attempt(cls.__name__ + ' str', lambda: cls('x'))


class Mixed(int, Flag):
    ONE = 1
    TWO = 2


print(repr(Mixed.ONE | Mixed.TWO), repr(Mixed.ONE | 2), repr(2 & Mixed.TWO), repr(~Mixed.ONE))


class Unordered(Flag):
    B = 2
    A = 1
    AB = 3


print(repr(Unordered(3)), list(Unordered(3)), repr(Unordered.AB))


def wrong_order():
    class Color(Enum):
        _order_ = 'red green blue'
        red = 1
        blue = 3
        green = 2


def right_order():
    class Color(Enum):
        _order_ = 'red green blue'
        red = 1
        green = 2
        blue = 3
        verde = 2
    return list(Color)


attempt('order', wrong_order)
attempt('order ok', right_order)


class Ignoring(Enum):
    _ignore_ = 'Ignoring i'
    Ignoring = vars()
    for i in range(3):
        Ignoring[f'n{i}'] = i


print(list(Ignoring), hasattr(Ignoring, 'i'), hasattr(Ignoring, '_ignore_'), hasattr(Ignoring, 'Ignoring'))

# verify(NAMED_FLAGS / CONTINUOUS / UNIQUE) messages.
from enum import Enum, Flag, verify, NAMED_FLAGS, CONTINUOUS, UNIQUE


def attempt(label, make):
    try:
        make()
        print(label, 'ok')
    except ValueError as exc:
        print(label, 'ValueError', exc)


def bizarre():
    @verify(NAMED_FLAGS)
    class Bizarre(Flag):
        b = 3
        c = 4
        d = 6


def one_alias():
    @verify(NAMED_FLAGS)
    class Color(Flag):
        RED = 1
        GREEN = 2
        CYAN = 10


def negative():
    @verify(NAMED_FLAGS)
    class Color(Flag):
        RED = 1
        GREEN = 2
        WHITE = -1


def gaps():
    @verify(CONTINUOUS)
    class Manual(Enum):
        A = 1
        B = 4
        C = 7


def flag_gaps():
    @verify(CONTINUOUS)
    class Bits(Flag):
        A = 1
        B = 32


def aliases():
    @verify(UNIQUE)
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


for make in (bizarre, one_alias, negative, gaps, flag_gaps, aliases):
    attempt(make.__name__, make)

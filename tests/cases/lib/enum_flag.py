from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(list(Perm), len(Perm), Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(3), Perm(0), repr(Perm(0)))
print(~Perm.R, Perm.RWX, Perm.R | Perm.W | Perm.X, (Perm.R | Perm.W).name, bool(Perm(0)), bool(Perm.X))
print(list(Perm.R | Perm.X), len(Perm.RWX), Perm.R in Perm.RWX, Perm.X in (Perm.R | Perm.W))
print(Perm.RWX & Perm.W, Perm.RWX ^ Perm.W, repr(Perm))
try:
    Perm(8)
except ValueError as e:
    print('ValueError', e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print([c.value for c in Color], Color.RED | Color.BLUE)


class Opt(IntFlag):
    A = 1
    B = 2
    C = 4


print(Opt.A | Opt.B, repr(Opt.A | Opt.B), Opt.A | 1, 3 & Opt.B, ~Opt.A, repr(~Opt.A), Opt.C + 1, Opt.B == 2)
print(repr(Opt(8)), isinstance(Opt.A | Opt.C, Opt), format(Opt.C))


class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'


print(Mode.READ, repr(Mode.READ), Mode.WRITE, Mode.WRITE == 'w', Mode('read'), Mode.READ.upper())

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal))
Pets = Enum('Pets', [('DOG', 'd'), ('CAT', 'c')])
print(list(Pets), Pets('c'))
Nums = IntEnum('Nums', {'X': 10, 'Y': 20})
print(Nums.X + 1, repr(Nums.Y))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.MERCURY.radius, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))


class Coord(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    X = (1, 'ex')
    Y = (2, 'why')


print(Coord(1), Coord.Y.label, Coord.X.value)

# enum.global_enum: members show as module.NAME and become globals of their module.
import enum
import sys


@enum.global_enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2


print(repr(Color.RED), str(Color.RED), format(Color.GREEN))
print(RED is Color.RED, GREEN.value)


@enum.global_enum
class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


print(repr(Level.LOW), str(Level.LOW), format(Level.HIGH), LOW + 1)


@enum.global_enum
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


print(repr(Perm(0)), str(Perm.R | Perm.X), str(Perm.W), X is Perm.X)


@enum.global_enum
class Opt(enum.IntFlag, boundary=enum.KEEP):
    NONE = 0
    FAST = 1
    SAFE = 2
    LOUD = 4
    __str__ = object.__str__
    _numeric_repr_ = hex


print(repr(Opt.FAST), str(Opt.SAFE), repr(Opt.FAST | Opt.LOUD), repr(Opt(0)), format(Opt.LOUD))
print(repr(Opt(64)), repr(Opt.SAFE | 16), repr(~Opt.FAST), Opt.SAFE | 1 == 3)
print(FAST is Opt.FAST, NONE is Opt.NONE, [m.name for m in Opt])
print(enum.global_str(Perm.W), enum.global_enum_repr(Color.GREEN), enum.global_flag_repr(Opt.SAFE | Opt.FAST))


@enum.global_enum
class Shade(enum.IntEnum):
    DARK = 1


print(str(enum.global_enum(Shade, update_str=True).DARK), 'DARK' in vars(sys.modules[__name__]))

from enum import Enum, IntEnum, auto


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None

    @classmethod
    def default(cls):
        return cls.ACTIVE

    def toggle(self):
        return Status.INACTIVE if self is Status.ACTIVE else Status.ACTIVE


print(Status('ACTIVE'), Status.default(), Status.ACTIVE.toggle(), repr(Status.INACTIVE))
try:
    Status(3)
except ValueError as e:
    print(e)


def describe(s):
    match s:
        case Status.ACTIVE:
            return 'on'
        case Status.INACTIVE:
            return 'off'


print(describe(Status.ACTIVE), describe(Status('inactive')))


class Weekday(IntEnum):
    MON = auto()
    TUE = auto()
    WED = auto()

    @property
    def is_first(self):
        return self == 1


print([d.name for d in Weekday], Weekday.MON.is_first, max(Weekday), Weekday(2) + Weekday.WED)
print(Weekday.__members__.keys(), len(Weekday.__members__), 'TUE' in Weekday.__members__)


class Base(Enum):
    def label(self):
        return self.name.title()


class Fruit(Base):
    APPLE = 1
    PEAR = 2


print(Fruit.APPLE.label(), list(Fruit), isinstance(Fruit.PEAR, Base), issubclass(Fruit, Enum))


class Size(str, Enum):
    S = 'small'
    L = 'large'


print(Size.S == 'small', Size.S.upper(), repr(Size.L), Size('large'), Size.L.value)
print(sorted(Status, key=lambda s: s.value), {s: s.name for s in Status})
print(Status.ACTIVE.__class__.__name__, type(Status).__name__, Fruit.APPLE._name_, Fruit['PEAR']._value_)

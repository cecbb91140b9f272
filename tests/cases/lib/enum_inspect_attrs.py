# inspect.classify_class_attrs on an enum (type names read as the same str object each time, EnumType.__members__
# a builtin property on the metaclass).
import inspect
from enum import Enum, EnumType


class Color(Enum):
    CYAN = 1
    MAGENTA = 2


class Longer:
    pass


print(Color.__name__ is Color.__name__, Color.__qualname__ is Color.__qualname__,
      Longer.__name__ is Longer.__name__)
Longer.__name__ = 'Renamed'
Longer.__qualname__ = 'Other.Renamed'
print(Longer.__name__, Longer.__qualname__, Longer.__name__ is Longer.__name__)
print(type(EnumType.__dict__['__members__']).__name__, EnumType.__members__ is EnumType.__dict__['__members__'])
for a in sorted(inspect.classify_class_attrs(Color), key=lambda a: a.name):
    print(a.name, a.kind, a.defining_class.__name__)

# inspect.signature() of enum classes (Enum.__signature__)
from enum import IntEnum
print(inspect.signature(Enum))
print(inspect.signature(Color))
print(inspect.signature(IntEnum))

# A dataclass without a docstring gets one from its __init__ signature, as str(inspect.signature(cls)) gives it.
from dataclasses import dataclass, field, InitVar, KW_ONLY

import collections

@dataclass
class Point:
    x: int
    y: float = 0.0

@dataclass
class Doc:
    "Has a docstring."
    a: int

@dataclass
class Many:
    name: str
    tags: list = field(default_factory=list)
    hidden: int = field(default=3, init=False)
    scale: InitVar[int] = 1
    _: KW_ONLY
    flag: bool = False
    label: "str" = "x"

@dataclass(init=False)
class NoInit:
    a: int

@dataclass
class Custom:
    a: int
    def __init__(self, value, *rest, key=None, **extra):
        self.a = value

@dataclass
class Typed:
    items: list[int]
    maybe: "str | None" = None
    counts: dict[str, int] = None
    od: collections.OrderedDict = None
    p: Point = None

@dataclass
class Child(Point):
    z: int = 5

for c in (Point, Doc, Many, NoInit, Custom, Typed, Child):
    print(repr(c.__doc__))
print(Point.__init__.__annotations__, Many.__init__.__annotations__["scale"])

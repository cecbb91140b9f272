from dataclasses import dataclass, field, fields, make_dataclass, asdict, astuple, FrozenInstanceError
from collections import namedtuple


@dataclass(frozen=True)
class P:
    x: int
    y: int

    def norm1(self):
        return abs(self.x) + abs(self.y)


@dataclass(frozen=True)
class P3(P):
    z: int = 0


p = P3(1, -2, 3)
print(p, p.norm1(), hash(p) == hash(P3(1, -2, 3)), P(1, -2) == P3(1, -2, 0))
try:
    p.z = 1
except FrozenInstanceError as e:
    print(e)


def where(obj):
    match obj:
        case P3(x, y, z) if z:
            return f'3d {x} {y} {z}'
        case P(0, 0):
            return 'origin'
        case P(x=0, y=y):
            return f'on y axis at {y}'
        case P(x, y):
            return f'at {x},{y}'


print(where(P(0, 0)), where(P(0, 4)), where(P(2, 3)), where(P3(1, 1, 1)))

Pt = make_dataclass('Pt', [('a', int), ('b', int, field(default=5))], order=True)
print(Pt(1), Pt(1) < Pt(2), [f.name for f in fields(Pt)], Pt.__qualname__)


@dataclass
class Rec:
    name: str
    parts: list = field(default_factory=list)
    pair: tuple = (1, 2)
    nt: object = None


NT = namedtuple('NT', 'a b')
r = Rec('r', [Rec('child')], nt=NT(1, [2]))
print(asdict(r))
print(astuple(r))
print(asdict(r, dict_factory=lambda kv: sorted(kv)))
r.parts.append(r)


@dataclass
class Counter:
    n: int = 0
    log: list = field(default_factory=list, repr=False)

    def __post_init__(self):
        self.log.append(f'created {self.n}')


c = Counter(4)
print(c, c.log, Counter.__eq__(c, 3))


@dataclass
class Cls:
    a: int
    b: int = field(default=2, kw_only=True)
    c: int = 3


print(Cls(1, 4, b=5), Cls.__match_args__)

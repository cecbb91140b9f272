from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, replace, asdict


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Child(Base):
    z: int = 2
    x: int = 10


print(Child(), Child(5, 6, 7), [f.name for f in fields(Child)])


@dataclass
class WithPost:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithPost(3)
print(w, WithPost(3, 10), [f.name for f in fields(WithPost)])
print(replace(w, a=4, scale=3))


@dataclass(kw_only=True)
class Opts:
    name: str
    level: int = 0


print(Opts(name='n'), Opts(level=2, name='m'))
try:
    Opts('n')
except TypeError as e:
    print('TypeError')


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int


print(Mixed(1, c=3), Mixed.__match_args__)


@dataclass(eq=False, repr=False)
class Plain:
    v: int


q = Plain(1)
print(q == Plain(1), q == q, hash(q) == hash(q), 'Plain object' in repr(q))


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(hash=False, default=None)


print(hash(Hashed(1)) == hash(Hashed(1, [2])), Hashed(1) == Hashed(1, [2]))


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'custom!'


print(Custom(1), Custom(1) == Custom(1))

for src in ['x: int = 0\n    y: int', 'x: list = []', 'x = field(default=1)']:
    try:
        exec('@dataclass\nclass Bad:\n    ' + src)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    @dataclass(order=True, eq=False)
    class O:
        a: int
except ValueError as e:
    print(e)

try:
    @dataclass
    class F(Base):
        pass

    @dataclass(frozen=True)
    class G(F):
        pass
except TypeError as e:
    print(e)


@dataclass
class Node:
    val: int
    kids: list = field(default_factory=list)


n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
print(Node(1) < Node(2) if hasattr(Node, '__lt__') and Node.__lt__ is not object.__lt__ else 'no order')

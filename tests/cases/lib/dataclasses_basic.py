from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, MISSING


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), p.x, p.y)
print(Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__hash__ is None)
print([f.name for f in fields(Point)], fields(p)[1].default, fields(p)[0].default is MISSING)
print(asdict(p), astuple(p))
print(replace(p, y=9), p)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))
print(Point.__match_args__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)


class Outer:
    @dataclass(order=True, frozen=True)
    class Inner:
        a: int
        b: str = 'z'


i = Outer.Inner(1)
print(i)
print(i < Outer.Inner(2), i <= Outer.Inner(1, 'a'), i > Outer.Inner(0), sorted([Outer.Inner(3), i, Outer.Inner(2)]))
print(hash(i) == hash(Outer.Inner(1, 'z')), {i: 1}[Outer.Inner(1)])
try:
    i.a = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del i.b
except AttributeError as e:
    print(e)


@dataclass
class Box:
    items: list = field(default_factory=list)
    tag: str = field(default='t', repr=False, compare=False)
    count: int = field(default=0, init=False)
    meta: dict = field(default_factory=dict, metadata={'unit': 'cm'})


b1 = Box()
b2 = Box()
b1.items.append(1)
print(b1, b2, b1.items is b2.items)
print(Box([1], 'x') == Box([1], 'y'))
print(fields(Box)[3].metadata['unit'], len(fields(Box)[0].metadata))
print(asdict(Box([Point(1, 2), (Point(3, 4),)])))
try:
    replace(b1, count=3)
except ValueError as e:
    print(e)
try:
    fields(3)
except TypeError as e:
    print(e)
try:
    Point()
except TypeError as e:
    print(e)

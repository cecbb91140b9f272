# collections.namedtuple: construction, fields, defaults, _make/_asdict/_replace, rename, errors.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p))
print(Point._fields, Point.__name__, Point.__doc__, Point.x.__doc__)
print(isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x + y, p._asdict(), Point._make([5, 6]), p._replace(x=10))
print(Point.__match_args__, Point._field_defaults, p.__getnewargs__())

P3 = namedtuple("P3", "a, b c", defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple("R", ["abc", "def", "ghi", "_jkl", "abc"], rename=True)
print(R._fields)
Single = namedtuple("Single", "only")
print(Single(5), Single._make([7]))
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields)

for args, kwargs in [(("1bad", "a"), {}), (("T", "a class"), {}), (("T", "a _b"), {}), (("T", "a b a"), {}),
                     (("T", "a"), {"defaults": [1, 2]})]:
    try:
        namedtuple(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(z=3)
except ValueError as e:
    print("ValueError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)


class Point3(namedtuple("Point3", "x y z")):
    __slots__ = ()

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)

    def __str__(self):
        return f"<{self.x},{self.y},{self.z}>"


q = Point3(1, -2, 3)
print(q, repr(q), q.norm1, q._replace(z=0))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point.__module__ == __name__, namedtuple("M", "a", module="mymod").__module__)
match p:
    case Point(a, b):
        print("matched", a, b)

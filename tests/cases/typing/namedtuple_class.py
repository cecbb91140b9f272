# typing.NamedTuple: class syntax, defaults, methods and the functional form.
from typing import NamedTuple, List

class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"

    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p, p.norm1(), p._fields, p._field_defaults)
print(Point.__annotations__, Point.__bases__, Point.__orig_bases__[0] is NamedTuple)
print(p._replace(x=1), Point._make([5, 6, "q"]), p._asdict())
print(isinstance(p, tuple), len(p), p[0], tuple(p))
print(Point.__module__, Point.__name__)

Employee = NamedTuple("Employee", [("name", str), ("id", int)])
e = Employee("Guido", 1)
print(e, Employee.__annotations__, Employee.__orig_bases__ == (NamedTuple,))
Emp2 = NamedTuple("Emp2", name=str, tags=List[str])
print(Emp2("a", ["b"]), Emp2.__annotations__)

try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(NamedTuple):
        x: int
        def _asdict(self):
            return {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad3(NamedTuple, dict):
        x: int
except TypeError as e:
    print("TypeError:", e)
try:
    NamedTuple("X", [("a", int)], b=str)
except TypeError as e:
    print("TypeError:", e)

class Sub(Point):
    def describe(self):
        return f"{self.label}:{self.x},{self.y}"
print(Sub(1, 2).describe())

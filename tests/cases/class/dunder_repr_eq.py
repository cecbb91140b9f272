# __repr__, __str__, __eq__, __hash__, ordering and arithmetic dunders.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __eq__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __bool__(self):
        return bool(self.x or self.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

v = Vec(3, 4)
w = Vec(1, 2)
print(v, repr(v), str(v), [v, w], (v,), {"k": v})
print(f"{v} {v!r}")
print(v == Vec(3, 4), v != w, v == (3, 4), v is Vec(3, 4))
print(v + w, v * 2, 3 * w, -v, abs(v))
print(sorted([v, w, Vec(0, 1)]), v > w, max([w, v]))
print(bool(Vec(0, 0)), bool(v), len(v), v[0], list(v), 4 in v)
print(len({Vec(1, 2), Vec(1, 2), Vec(2, 1)}), {v: "found"}[Vec(3, 4)])

class Plain:
    pass

p = Plain()
print(p == p, p == Plain(), repr(p).startswith("<__main__.Plain object at 0x"))

class OnlyEq:
    def __eq__(self, other):
        return True

print(OnlyEq() == 5, OnlyEq() != 5, OnlyEq.__hash__ is None)
try:
    hash(OnlyEq())
except TypeError as e:
    print("TypeError:", e)
try:
    v < "five"
except TypeError as e:
    print("TypeError:", e)
try:
    v + 1
except AttributeError as e:
    print("AttributeError:", e)

class OnlyStr:
    def __str__(self):
        return "only str"

print(OnlyStr(), str(OnlyStr()), "%s" % OnlyStr())

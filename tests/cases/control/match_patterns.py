# Every kind of pattern: literals, captures, wildcards, or, as, sequences with stars, mappings with
# **rest, class patterns (positional via __match_args__, keyword, builtin self-matching), guards.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Color:
    RED = "red"
    GREEN = "green"


def describe(subject):
    match subject:
        case None:
            return "none"
        case True | False as flag:
            return f"bool {flag}"
        case 0 | 1 | 2:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case float() | int():
            return f"number {subject}"
        case Color.RED:
            return "the red constant"
        case str() as text if len(text) > 3:
            return f"long string {text!r}"
        case str(text):
            return f"short string {text!r}"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x}"
        case [first, *_, last] if first == last:
            return f"bookends {first}"
        case [first, *middle, last]:
            return f"from {first} to {last} via {middle}"
        case {"type": "user", "name": name, **rest}:
            return f"user {name} with {sorted(rest)}"
        case {"x": x, "y": y}:
            return f"mapping point {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"point {x},{y}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case _:
            return f"something else: {type(subject).__name__}"


tests = [None, True, 0, 2, -5, 3.5, 99, "red", "hello", "hi", [], [7], [1, 2, 1], (1, 2, 3, 4),
         {"type": "user", "name": "ann", "age": 3, "id": 9}, {"x": 1, "y": 2, "z": 3},
         Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), {1, 2}, range(3), "ab"]
for t in tests:
    print(repr(t) if not isinstance(t, Point) else f"Point({t.x}, {t.y})", "->", describe(t))

match (1, [2, {"k": (3, 4)}]):
    case (a, [b, {"k": (c, d)}]):
        print("nested", a, b, c, d)

value = 5
match value:
    case 1:
        print("one")
print("no case matched, falls through")


class NoArgs:
    pass


for bad in (lambda: Point(1, 2), lambda: NoArgs()):
    try:
        match bad():
            case Point(1, 2, 3):
                print("matched")
            case NoArgs(1):
                print("matched")
    except TypeError as e:
        print("TypeError:", e)

try:
    match 5:
        case len(x):
            pass
except TypeError as e:
    print("TypeError:", e)

# The match statement (3.10+): literal, capture, sequence, mapping, class and guard patterns.
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case str() as s if s:
            return f"string {s!r}"
        case "":
            return "empty string"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"kind": "point", "x": x, "y": y}:
            return f"point at {x},{y}"
        case None:
            return "none"
        case _:
            return f"other {type(value).__name__}"

for v in [0, 2, -7, 99, "hi", "", [1, 2], [5, 6, 7], (8,), {"kind": "point", "x": 1, "y": 2},
          {"kind": "other"}, None, 3.5]:
    print(repr(v), "->", describe(v))

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point():
            return "somewhere"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1)]:
    print(where(p))

command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case ["quit"]:
        print("bye")

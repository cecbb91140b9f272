# *args and **kwargs in definitions and calls.
def collect(*args, **kwargs):
    return args, kwargs

print(collect())
print(collect(1, 2, x=3))
print(collect(*[1, 2], *(3,), **{"a": 1}, b=2))

def total(first, *rest):
    result = first
    for r in rest:
        result += r
    return result

print(total(1), total(1, 2, 3), total("a", "b", "c"), total([1], [2]))

def describe(**options):
    return ", ".join(f"{k}={v!r}" for k, v in options.items())

print(describe(color="red", size=3, visible=True))
settings = {"width": 80, "height": 24}
print(describe(**settings, title="term"))

def point(x, y, z=0):
    return (x, y, z)

coords = [1, 2]
print(point(*coords), point(*coords, z=5), point(**{"x": 7, "y": 8, "z": 9}))
print(point(*"ab"), point(*range(3)))

def wrapper(*args, **kwargs):
    print("wrapper got", args, kwargs)
    return point(*args, **kwargs)

print(wrapper(3, y=4))
print(max(*[3, 9, 2]), print(*[], sep="x"))
try:
    point(1, 2, **{"z": 3, "x": 4})
except TypeError as e:
    print("TypeError:", e)
try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
try:
    describe(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
def first_of(*args):
    return args[0] if args else None
print(first_of(), first_of(None, 1), type(collect()[0]).__name__, type(collect()[1]).__name__)

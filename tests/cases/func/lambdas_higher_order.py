# Lambdas, functions as values, map/filter, decorators.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")())
print(list(map(square, range(5))), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: len(s) > 2, ["a", "abc", "de", "fghi"])))

def compose(f, g):
    return lambda x: f(g(x))

inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))

def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x

print(apply_n(lambda v: v * 2, 10, 1))

def logged(func):
    def wrapper(*args):
        result = func(*args)
        print(f"{func.__name__}{args} -> {result}")
        return result
    return wrapper

@logged
def mul(a, b):
    return a * b

mul(6, 7)

def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("ann"))
print(mul.__name__, square.__name__, compose.__name__)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](8, 2) for o in "+-*"])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
def doc():
    "A docstring."
    return None
print(doc.__doc__, callable(doc), callable(3))

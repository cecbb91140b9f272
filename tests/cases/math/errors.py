# Domain and range errors, argument-count messages, and the conversions of arguments.
import math

cases = [
    (math.sqrt, -1), (math.exp, 1000), (math.exp2, 2000), (math.expm1, 1000), (math.cosh, 1000),
    (math.sinh, -1000), (math.acos, 2), (math.asin, -2), (math.acosh, 0.5), (math.atanh, 1),
    (math.atanh, -1), (math.sin, math.inf), (math.cos, -math.inf), (math.tan, math.inf),
    (math.gamma, 0), (math.gamma, -2), (math.gamma, 200), (math.gamma, -math.inf), (math.lgamma, -1),
    (math.lgamma, 0), (math.sqrt, "x"), (math.sqrt, None), (math.sqrt, 10**400), (math.sqrt, [1]),
]
for f, x in cases:
    try:
        print(f.__name__, f(x))
    except Exception as e:
        print(f.__name__, repr(x), type(e).__name__, e)

calls = [
    (math.sqrt, (), {}), (math.sqrt, (1, 2), {}), (math.sqrt, (), {"x": 1}), (math.atan2, (1,), {}),
    (math.atan2, (1, 2), {"z": 3}), (math.log, (), {}), (math.log, (1, 2, 3), {}), (math.pow, (1,), {}),
    (math.perm, (), {}), (math.perm, (1, 2, 3), {}), (math.gcd, (1,), {"a": 2}), (math.hypot, (), {"x": 1}),
    (math.nextafter, (1,), {}), (math.nextafter, (1, 2, 3, 4), {}), (math.fsum, (), {}), (math.ldexp, (1,), {}),
    (math.dist, ((1,),), {}), (math.factorial, (), {}), (math.comb, (1,), {}),
]
for f, args, kwargs in calls:
    try:
        print(f(*args, **kwargs))
    except TypeError as e:
        print(e)

class Bad:
    def __float__(self):
        return 1
class BadIndex:
    def __index__(self):
        return 1.5
for x in (Bad(), BadIndex()):
    try:
        print(math.sqrt(x))
    except TypeError as e:
        print(e)
try:
    math.factorial(BadIndex())
except TypeError as e:
    print(e)
print(type(math.sqrt(4)).__name__, math.sqrt(4), math.floor.__name__, math.__name__)
print(sorted(n for n in dir(math) if not n.startswith("_")))

# fsum, prod, sumprod, hypot and dist.
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(x / 7 for x in range(100)), math.fsum([2**53, 1, 1e-16]))
print(math.fsum([1.7976931348623157e308, -1e308]), math.fsum([math.inf, 1]), math.fsum([-math.inf, 1e308]))
print(math.isnan(math.fsum([math.nan, 1])), math.fsum([1e-16, 1, 1e-16]), math.fsum([0.3, 0.3, 0.3, -0.9]))
for bad in ([math.inf, -math.inf], [1e308, 1e308], ["a"], 3):
    try:
        print(math.fsum(bad))
    except Exception as e:
        print(type(e).__name__, e)

print(math.prod([]), math.prod(range(1, 11)), math.prod([1.5, 2, 4]), math.prod([2] * 100))
print(math.prod([1, 2], start=10), math.prod([], start="x"), math.prod(["ab", 3]), math.prod([3, "ab"]))
for args, kwargs in (((), {}), (([1], 2), {}), (([1],), {"zz": 1}), ((1,), {})):
    try:
        print(math.prod(*args, **kwargs))
    except TypeError as e:
        print(e)

print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [1] * 10), math.sumprod([], []))
print(math.sumprod([1e100, 1.0, -1e100], [1.0, 1.0, 1.0]), math.sumprod([2**70, 3], [2, 5]))
print(math.sumprod([1.5, 2], [2, 0.25]), math.sumprod(iter([1, 2]), (3, 4)))
try:
    math.sumprod([1, 2], [3])
except ValueError as e:
    print(e)

print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(-3, 4, 12), math.hypot(1e200, 1e200))
print(math.hypot(1e-200, 1e-200), math.hypot(5e-324, 5e-324), math.hypot(math.inf, math.nan), math.hypot(1, math.nan))
print(math.hypot(*range(10)), math.hypot(0.1, 0.2), math.hypot(1.5, 2.5, 3.5), math.hypot(True, 2**60))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 6, 3)), math.dist((), ()), math.dist((1.5,), (-2,)))
print(math.dist(iter([1, 1]), (4, 5)))
for f, args in ((math.hypot, ("a",)), (math.dist, ((1, 2), (1, 2, 3))), (math.dist, (1, (1,))),
                (math.dist, (("a",), (1,)))):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

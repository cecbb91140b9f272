# log, log2, log10 (with big ints and bases) and pow.
import math

print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2, 0.5))
print(math.log2(8), math.log2(1024.0), math.log2(3), math.log10(1000), math.log10(0.001), math.log10(5))
print(math.log(2**2000), math.log2(2**2000), math.log10(10**400), math.log(10**400, 10))
print(math.log(2**1024 - 1), math.log2(2**1023 + 2**970), math.log(10**30), math.log(True + 1))
print(math.log(math.inf), math.isnan(math.log(math.nan)))
for args in ((0,), (-1,), (-2**2000,), (0.0,), (-math.inf,), (10, 1), (10, 0), (1, 1), ("a",), (10, "b")):
    try:
        print(math.log(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
for f in (math.log2, math.log10, math.log1p):
    for x in (0, -1, -math.inf):
        try:
            print(f(x))
        except ValueError as e:
            print(f.__name__, x, e)

print(math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5), math.pow(-8, 3), math.pow(0, 0))
print(math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-math.inf, 3), math.pow(-math.inf, 2))
print(math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(-1, math.inf), math.pow(-0.0, 3))
for args in ((0, -1), (-8, 1/3), (10, 400), (-10, 401)):
    try:
        print(math.pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)

# Two-argument functions, float decomposition, isclose, nextafter, ulp.
import math

print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0.0, -1), math.atan2(math.inf, math.inf))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, math.inf), math.fmod(-0.0, 1))
print(math.remainder(7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-7, 2), math.remainder(1, math.inf))
for f, args in ((math.fmod, (1, 0)), (math.fmod, (math.inf, 1)), (math.remainder, (1, 0)),
                (math.remainder, (math.inf, 2))):
    try:
        print(f(*args))
    except ValueError as e:
        print(f.__name__, args, e)
print(math.frexp(8), math.frexp(0.1), math.frexp(-0.0), math.frexp(math.inf), math.frexp(5e-324))
print(math.modf(3.5), math.modf(-3.5), math.modf(math.inf), math.modf(-math.inf), math.modf(2))
print(math.ldexp(1, 10), math.ldexp(0.5, -1074), math.ldexp(1, -1080), math.ldexp(-1.0, -10**30), math.ldexp(0.0, 10**30))
for args in ((1, 1024), (1, 10**30), (1.0, 2.0), (1.0, "2")):
    try:
        print(math.ldexp(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2),
      math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf),
      math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(a=1, b=1))
for args, kwargs in (((1, 2), {"rel_tol": -1}), ((), {}), ((1,), {}), ((1, 2, 3), {}), ((1, 2), {"x": 1})):
    try:
        print(math.isclose(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0))
print(math.nextafter(1.0, 2.0, steps=3), math.nextafter(1.0, 0.0, steps=0), math.nextafter(1.0, 1.5, steps=10**30))
print(math.nextafter(-5e-324, 1.0), math.nextafter(5e-324, -1.0), math.nextafter(-5e-324, 1.0, steps=2))
try:
    math.nextafter(1.0, 2.0, steps=-1)
except ValueError as e:
    print(e)
print(math.ulp(1.0), math.ulp(-2.0), math.ulp(0.0), math.ulp(math.inf), math.ulp(1e308), math.ulp(1.7976931348623157e308))
print(math.isnan(math.ulp(math.nan)), math.copysign(2, -3), math.copysign(-2, 0.0))

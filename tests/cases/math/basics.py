# Constants and the one-argument real functions.
import math

print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
for f in (math.sqrt, math.exp, math.expm1, math.sin, math.cos, math.tan, math.atan, math.sinh, math.cosh,
          math.tanh, math.asinh, math.fabs, math.cbrt, math.exp2, math.log1p, math.erf, math.erfc):
    print(f.__name__, f(0.5), f(2), f(True), f(-0.0) if f is not math.log1p else f(0.0))
print(math.asin(0.5), math.acos(0.5), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.sqrt(2**1000), math.sqrt(10**300))
print(math.exp(-1000), math.sqrt(math.inf), math.exp(-math.inf), math.tanh(math.inf))
print(math.isnan(math.sqrt(math.nan)), math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.isfinite(10**400 // 10**100), math.isinf(5), math.isnan(True))
print(math.fabs(-3), math.fabs(-0.0), math.copysign(1, -0.0), math.copysign(3, -math.nan) )
# CPython computes gamma and lgamma with its own approximation: compare them rounded.
print(math.gamma(5), round(math.gamma(0.5), 12), round(math.lgamma(10), 12), math.gamma(1), math.lgamma(1))

class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 9
print(math.sqrt(F()), math.sqrt(I()), math.log(I(), 3))
class Sub(float):
    pass
print(math.sqrt(Sub(16.0)), math.floor(Sub(2.5)))

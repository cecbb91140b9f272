# cmath on ordinary arguments: every function on a grid of points (exact bits via float.hex), the
# constants, and the conversions of arguments (int, float, __complex__, __float__, __index__).
import cmath

def bits(z):
    if isinstance(z, complex):
        return z.real.hex() + " " + z.imag.hex()
    return repr(z)

names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10", "sin",
         "sinh", "sqrt", "tan", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"]
points = [0.5 + 0.25j, -2 + 3j, 1 - 1j, -0.75 - 1.5j, 3j, -4, 0.999 + 0.001j, 1e-310 + 1e-310j, 1e300 - 1e300j,
          complex(-0.0, 2), 700 + 0.5j, -720 + 1j, 1.0001, 0.3j, 25 - 1e-8j]
for name in names:
    function = getattr(cmath, name)
    for z in points:
        try:
            result = function(z)
        except (ValueError, OverflowError) as e:
            result = type(e).__name__ + ": " + str(e)
        print(name, repr(z), bits(result) if not isinstance(result, tuple) else result)

for r, phi in [(1, 0), (2, cmath.pi / 3), (-1, 1), (3, -0.0), (0, 5), (1e308, 0.7), (-0.0, 2)]:
    print("rect", r, phi, bits(cmath.rect(r, phi)))
for z, base in [(8, 2), (100, 10), (1j, 1j), (-1, 2 + 1j), (2.5, 1e-3), (1e300, 1e-300j)]:
    print("log", z, base, bits(cmath.log(z, base)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0j, 1e-10, abs_tol=1e-9), cmath.isclose(a=2, b=2.0), cmath.isclose(cmath.infj, cmath.infj),
      cmath.isclose(cmath.nanj, cmath.nanj), cmath.isclose(complex(cmath.inf, 0), 1e308))

class WithComplex:
    def __complex__(self):
        return 3 + 4j

class WithFloat:
    def __float__(self):
        return 0.25

class WithIndex:
    def __index__(self):
        return 4

print(cmath.sqrt(WithComplex()), cmath.sqrt(WithFloat()), cmath.sqrt(WithIndex()), cmath.sqrt(True),
      cmath.sqrt(10**20), cmath.phase(-1), cmath.polar(WithComplex()), cmath.rect(WithIndex(), WithFloat()))
print(cmath.sqrt.__name__, cmath.__name__, cmath.__doc__.split()[0], sorted(n for n in dir(cmath) if not n.startswith("_")))

class FloatWithComplex(float):
    def __complex__(self):
        return 1j

class IntWithFloat(int):
    def __float__(self):
        return 0.5

print(cmath.sqrt(FloatWithComplex(4.0)), cmath.sqrt(IntWithFloat(9)), cmath.exp(FloatWithComplex(0.0)))

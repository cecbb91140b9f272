# fractions.Fraction: construction, arithmetic with int/float/complex, comparisons, hashing, rounding,
# limit_denominator and format specs, as CPython 3.12.
import math
from fractions import Fraction as F

print(F(), F(3), F(6, -4), F(F(1, 3), F(2, 5)), F(0.75), F(-0.1), F("3/7"), F(" -1.25e2 "), F("1_000.5"),
      F("2."), F(".5"), F("7E-3"), F(" 10 / 4 "), F(True))
print(repr(F(1, 3)), str(F(5)), F(1, 3).numerator, F(1, 3).denominator, F(6, 4).as_integer_ratio(), F(4, 2).is_integer())
a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), a ** 2, a ** -2, (-a) ** -3, b ** 0.5, 2 ** F(1, 2))
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % b, divmod(7, b), 4 ** F(2), F(4) ** F(1, 2))
print(a + 0.5, 0.5 + a, a * 2.0, a + 1j, 1j * a, a == 1 / 3, F(1, 2) == 0.5, F(1, 2) == 0.5 + 0j, a < 0.34, a > b, a <= a, 1 < b)
print(F(1, 2) == math.inf, F(1) < math.inf, F(1) > math.nan, -a, +a, abs(-b), int(F(-7, 2)), math.trunc(F(-7, 2)),
      math.floor(F(-7, 2)), math.ceil(F(-7, 2)), float(a), complex(b), bool(F(0)), bool(a))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(12345, 1), -2), round(F(1, 3), 0))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)), hash(F(2**61 - 1, 3)), hash(F(1, 2**61 - 1)))
print({F(1, 2): "half"}[0.5], F.from_float(0.1), F.from_float(3), F(3.141592653589793).limit_denominator(10),
      F("3.141592653589793").limit_denominator(100), F(4321, 8765).limit_denominator(10000), F(1, 3).limit_denominator(1))
for spec in ["", ".3f", "f", "10.2f", "<10.1f", "^12.3e", "=+10.2f", "e", "E", "g", "G", ".3g", "%", ".1%", ",.2f", "_.3f",
             "012.2f", "z.1f", "+.0f", "#.0f", "#g", "x>10.2f", "010,.2f", ".0e", ".10g", " .2f"]:
    print(repr(spec), format(F(-1234567, 1000), spec), format(F(1, 3), spec), format(F(0), spec))
print(format(F(-1, 1000), "z.1f"), format(F(10**20, 3), ".5g"), format(F(1, 10**8), "g"), format(F(5, 2), ".0f"), f"{F(7, 8):.2%}")

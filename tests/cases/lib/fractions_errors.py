# fractions' error messages are CPython's.
from fractions import Fraction as F

for call in [lambda: F(1, 0), lambda: F("1/0"), lambda: F("abc"), lambda: F("1.2.3"), lambda: F("1/2e3"), lambda: F(""),
             lambda: F([1]), lambda: F(1.5, 2), lambda: F(1, 2.5), lambda: F(float("nan")), lambda: F(float("inf")),
             lambda: F(1, 2) / 0, lambda: F(1, 2) / F(0), lambda: 1 / F(0), lambda: F(0) ** -1, lambda: F(1, 2) // 0,
             lambda: F(1, 2) % F(0), lambda: F(1, 2) + "x", lambda: F(1, 2) < "x", lambda: F(1, 3).limit_denominator(0),
             lambda: F.from_float("1"), lambda: F.from_float(1j), lambda: format(F(1, 3), "d"), lambda: format(F(1, 3), "<05f"),
             lambda: format(F(1, 3), "10"), lambda: F("1.d"), lambda: divmod(F(1), 0.0), lambda: F(1, 2) ** F(1, 2) + "",
             lambda: int(F(1, 2)) + F("  "), lambda: round(F(1, 2), 1.5)]:
    try:
        print("ok", call())
    except Exception as e:
        print(type(e).__name__, e)

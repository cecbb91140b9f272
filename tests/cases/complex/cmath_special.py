# cmath with infinite, NaN and signed-zero parts: C99 Annex G values as CPython 3.12 gives them,
# including which combinations raise ValueError.
import cmath

inf = float("inf")
nan = float("nan")
parts = [-inf, -2.5, -0.0, 0.0, 1.0, 2.5, inf, nan]

def show(x):
    return "nan" if x != x else x.hex()

for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10", "sin",
             "sinh", "sqrt", "tan", "tanh"]:
    function = getattr(cmath, name)
    for re in parts:
        row = []
        for im in parts:
            try:
                z = function(complex(re, im))
                row.append(show(z.real) + "," + show(z.imag))
            except ValueError:
                row.append("ValueError")
            except OverflowError:
                row.append("OverflowError")
        print(name, re, " ".join(row))

for r in parts:
    row = []
    for phi in parts:
        try:
            z = cmath.rect(r, phi)
            row.append(show(z.real) + "," + show(z.imag))
        except ValueError:
            row.append("ValueError")
    print("rect", r, " ".join(row))
for z in [complex(inf, 1), complex(-inf, nan), complex(nan, 0), complex(0, -inf), complex(-0.0, -0.0)]:
    print("polar/phase", cmath.polar(z), cmath.phase(z), cmath.isinf(z), cmath.isnan(z), cmath.isfinite(z))

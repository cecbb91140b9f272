# cmath's errors: domain and range errors, overflow of the results, bad arguments and argument counts.
import cmath

def attempt(text):
    try:
        print(text, "=", repr(eval(text)))
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)

for text in [
    "cmath.log(0)", "cmath.log(0j)", "cmath.log10(-0.0)", "cmath.atanh(1)", "cmath.atanh(-1)", "cmath.atanh(1j)",
    "cmath.atan(1j)", "cmath.atan(-1j)", "cmath.exp(710)", "cmath.exp(709 + 1j)", "cmath.exp(1000j)",
    "cmath.cosh(711)", "cmath.sinh(-711 + 2j)", "cmath.cos(711j)", "cmath.sin(711j)", "cmath.tanh(1000)",
    "cmath.tan(1000j)", "cmath.log(2, 1)", "cmath.log(0, 2)", "cmath.log(2, 0)", "cmath.log(1, 1)",
    "cmath.polar(complex(1e308, 1e308))", "cmath.phase(complex(1e-310, 1e300))", "cmath.phase(complex(1e300, 1e-310))",
    "cmath.sqrt(-1)", "cmath.sqrt('1')", "cmath.sqrt([])", "cmath.sqrt(None)", "cmath.sqrt(10**400)",
    "cmath.sqrt()", "cmath.sqrt(1, 2)", "cmath.sqrt(z=1)", "cmath.log()", "cmath.log(1, 2, 3)",
    "cmath.log(1, base=2)", "cmath.log(1, 'x')", "cmath.rect(1)", "cmath.rect(1j, 0)", "cmath.rect(1, 'x')",
    "cmath.rect(1, 2, 3)", "cmath.phase()", "cmath.polar(1, 2)", "cmath.isnan()", "cmath.isclose(1)",
    "cmath.isclose(1, 2, 3)", "cmath.isclose(1, 2, rel_tol=-1)", "cmath.isclose(1, 2, abs_tol=-0.5)",
    "cmath.isclose(1, 2, tol=1)", "cmath.isclose(1, 'x')", "cmath.isclose(1, 2, rel_tol=1j)",
]:
    attempt(text)

class Bad:
    def __complex__(self):
        return 2.0

class Raises:
    def __complex__(self):
        raise KeyError("inside")

attempt("cmath.exp(Bad())")
attempt("cmath.exp(Raises())")

# complex meeting the rest of the language: math functions refuse it, builtins accept it where
# CPython does, %-formatting, and copying.
import math

def attempt(text):
    try:
        print(text, "=", repr(eval(text)))
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)

for text in [
    "math.sqrt(1j)", "math.floor(1j)", "math.ceil(2 + 0j)", "math.trunc(1j)", "math.isclose(1j, 1)",
    "math.fsum([1j])", "math.prod([1j, 2, 3j])", "math.pow(1j, 2)", "math.hypot(1j)", "math.log(1j)",
    "math.copysign(1j, 1)", "math.isnan(1j)", "math.isfinite(1j)", "math.exp(0j)", "math.atan2(1j, 1)",
    "math.fabs(-1j)", "math.ldexp(1j, 2)", "math.dist([1j], [0])", "math.degrees(1j)", "math.factorial(1j)",
    "math.gcd(1j)", "math.sumprod([1j], [2])",
    "abs(-3 - 4j)", "pow(2j, 2)", "pow(2, 2j)", "sum([1j, 2j], 3)", "sum([0.5, 1j])", "sum([1j, 10**20])",
    "format(1 + 1j)", "repr(2j)", "str(-2j)", "round(1j)", "divmod(1j, 1j)", "int(3 + 0j)", "float(0j)",
    "complex.real.__get__(5j)", "min(1j, 2j)", "max([1j])", "sorted([1j, 2j])", "hash(1j) == hash(complex(0, 1))",
    "bool(0j) or bool(1j)", "1j if 0j else -1j", "[0j] * 2", "list(map(abs, [3 + 4j, -1j]))",
    "'%s|%r|%5s' % (1j, 2j, 3j)", "'%d' % 1j", "'%f' % 1j", "'%e' % 2j", "'%x' % 1j", "'%c' % 1j",
    "'{:}'.format(1j)", "'{0.real}'.format(4 - 2j)", "isinstance(1j, (int, float))", "type(1j)(2)",
]:
    attempt(text)

import copy
z = 1 + 2j
print(copy.copy(z) is z, copy.deepcopy([z])[0] == z, z.__getnewargs__())

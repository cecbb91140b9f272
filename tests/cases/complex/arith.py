# Arithmetic with int, float and complex on either side, reflected operators, unary operators and
# the operators complex does not support.
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, b / a)
print(a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a, a / 2, 2 / a)
print(a + 0.5, 0.5 + a, a - 0.5, 0.5 - a, a * 0.5, 0.5 * a, a / 0.5, 0.5 / a)
print(a + True, a * False, a + 10**20, 10**20 - a)
print(-a, +a, -(0j), +complex(-0.0, -0.0), abs(a), abs(-5j), abs(complex(-0.0, 0)))
print(a.conjugate(), (-0j).conjugate(), a.real, a.imag, type(a.real).__name__)
print(bool(0j), bool(-0j), bool(1j), bool(complex(0, 1e-300)), bool(complex(float("nan"), 0)))
print(1j * 1j, 1j ** 2, (1 + 1j) * (1 - 1j), complex(1e308, 1e308) * 2, complex(1e308, 0) * complex(1e308, 0))
print(complex(1e-320, 1e-320) * 1e-10, 0j * float("inf"), complex(float("inf"), 0) * 1j)

x = 1 + 1j
x += 1
x *= 2j
x -= 0.5
x /= 2
print(x)

def attempt(text):
    try:
        print(text, "=", repr(eval(text)))
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)

for text in ["1j // 2", "2 // 1j", "1j % 2", "2.5 % 1j", "divmod(1j, 2)", "divmod(2, 1j)", "1j < 2j",
             "1j > 2", "2 <= 1j", "1j >= 1.5", "1j + 'a'", "'a' + 1j", "1j + None", "[1] * 1j",
             "1j << 1", "1j & 1", "~1j", "1j @ 1j", "int(1j)", "float(1j)", "round(1j)",
             "1j + 10**400", "10**400 * 1j", "1j / 0", "1j / 0.0", "1j / 0j", "0j / 0j", "1 / 0j",
             "abs(complex(1e308, 1e308))", "abs(complex(1.7e308, 1.7e308))", "abs(complex(float('inf'), float('nan')))",
             "abs(complex(float('nan'), -float('inf')))", "abs(complex(float('nan'), 1))"]:
    attempt(text)

class Sub(complex):
    def __add__(self, other):
        return "Sub.__add__"
    def __radd__(self, other):
        return "Sub.__radd__"

s = Sub(1, 1)
print(s + 1, 1 + s, 1j + s, s - 1, type(s - 1).__name__, type(-s).__name__, type(+s).__name__)
print(type(s.conjugate()).__name__, s.real, s.imag, s == 1 + 1j, s.__getnewargs__(), (1j).__getnewargs__())
print(type(s.__complex__()).__name__, (2j).__complex__())
for name in ["__add__", "__radd__", "__truediv__", "__rtruediv__", "__pow__", "__rpow__", "__floordiv__",
             "__mod__", "__divmod__", "__lt__", "__int__", "__float__", "__complex__", "__round__"]:
    print(name, hasattr(complex, name))
try:
    a.real = 5
except AttributeError as e:
    print("AttributeError:", e)

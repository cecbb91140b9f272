# complex subclasses: instance dicts, __slots__, overridden __repr__ and __complex__, __new__/__init__.
class C(complex):
    def __repr__(self):
        return "C!"
c = C(1, 2)
c.tag = 5
print(str(c), repr(c), format(c, ''), format(c, '.1f'), f"{c}", c.tag, c.__dict__, vars(c))
class D(complex):
    __slots__ = ("x",)
    def __new__(cls, a, b):
        self = super().__new__(cls, a, b)
        self.x = a + b
        return self
d = D(3, 4)
print(d, d.x, abs(d), d * 2, type(d * 2).__name__, d == 3 + 4j, hash(d) == hash(3 + 4j))
class E(complex):
    def __complex__(self):
        return 7j
print(complex(E(1, 1)), complex(E(1, 1), 1), E(1, 1) + 0)
import cmath
print(cmath.sqrt(E(1, 1)))
class F(complex):
    def __init__(self, *args, **kwargs):
        print("init", args, kwargs)
print(F(1, 2), F("3+4j"), F(real=5))
print(complex.__new__(F, 9), type(complex.__new__(F, 9)).__name__)
try:
    complex.__new__(int, 1)
except TypeError as e:
    print(e)
print(isinstance(c, complex), issubclass(C, complex), C.__mro__[1].__name__)

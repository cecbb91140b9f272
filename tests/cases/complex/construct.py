# complex(): numbers, __complex__/__float__/__index__, two complex parts, keywords and type errors.
class WithComplex:
    def __complex__(self):
        return 3 - 4j

class WithFloat:
    def __float__(self):
        return 2.5

class WithIndex:
    def __index__(self):
        return 7

class BadComplex:
    def __complex__(self):
        return 1.5

class FloatAndComplex(float):
    def __complex__(self):
        return 9j

print(complex(), complex(2), complex(2.5), complex(True), complex(-0.0), complex(0.0, -0.0))
print(complex(1, 2), complex(1.5, -2.5), complex(real=1, imag=2), complex(imag=3), complex(real=-1))
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2j), complex(1, 2j), complex(1j, 2))
print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()), complex(WithFloat(), WithIndex()))
print(complex(FloatAndComplex(1.0)), complex(WithComplex(), 1))
print(complex(10**20), complex(10**20, -1))
z = 5 + 6j
print(complex(z) is z, type(complex(z)).__name__)

def attempt(*args, **kwargs):
    try:
        print(repr(complex(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt([])
attempt(None)
attempt(1, [])
attempt(1, None)
attempt(b"1")
attempt("1", 2)
attempt(1, "2")
attempt(BadComplex())
attempt(1, 2, 3)
attempt(x=1)
attempt(1, real=2)
attempt(10**400)
attempt(1, 10**400)
attempt({})
print(complex.__doc__.splitlines()[0])

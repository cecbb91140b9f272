# repr() and str() of complex numbers: the real part is left out when it is +0.0, signs of zeros
# are kept, shortest round-trip digits, inf and nan (never signed).
inf = float("inf")
nan = float("nan")
values = [
    0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), 1j, -1j, 2.5j, 1 + 2j,
    complex(1, -2), complex(-1.5, 0), complex(1e16, 0), 1e16j, 1e-5j, 1e-4j, 123456789012345678j,
    complex(0.1, 0.2), complex(1 / 3, -2 / 3), complex(inf, 0), complex(0, inf), complex(-inf, -inf),
    complex(nan, 0), complex(0, nan), complex(nan, nan), complex(-nan, -nan), complex(1, -nan),
    complex(inf, nan), complex(5e-324, -5e-324), complex(1.7976931348623157e308, 1e22),
    complex(1e22, 1e21), complex(100, 0.001),
]
for z in values:
    print(repr(z), str(z))
print([1j, -2j], (1 + 1j,), {"k": 3j})
print(f"{2j}", f"{2j!r}", "%s %r" % (1 - 1j, 1 - 1j))
class C(complex):
    pass
print(repr(C(1, 2)), str(C(-0.0, 1)))

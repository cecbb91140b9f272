# Complex division (Smith's algorithm, as CPython) and powers: integer exponents by repeated
# squaring, others through polar form, with CPython's errors.
inf = float("inf")
nan = float("nan")
pairs = [
    (1 + 2j, 3 + 4j), (1, 1j), (1j, 1e-300), (1e300 + 1e300j, 1e-300 + 1e-300j), (1 + 1j, 1e308 + 1e308j),
    (complex(inf, inf), 1 + 1j), (1, complex(inf, 0)), (1 + 2j, complex(nan, 0)), (1, complex(0, inf)),
    (complex(1e308, 1e308), complex(1e-308, 1e-308)), (5, 2 + 0j), (-0.0, 1j), (0j, -1 + 0j),
    (complex(1, 2), complex(-0.0, 3)), (7, complex(3, -4)),
]
for p, q in pairs:
    try:
        print(p, "/", q, "=", p / q)
    except ZeroDivisionError as e:
        print(p, "/", q, "->", e)

powers = [
    (1j, 2), (1j, 3), (1j, -1), (1 + 1j, 10), (1 + 1j, 100), (1 + 1j, 101), (1 + 1j, -100), (1 + 1j, 1000),
    (1 + 2j, 0), (0j, 0), (0j, 1), (0j, 2.5), (0j, -1), (0j, 1j), (0j, -1.5), (2, 0.5j), (2, 1j), (-1, 0.5),
    (-8, 1 / 3), (-8.0, 1 / 3), (-2, 0.5), (-2.0, -0.5), (1j, 0.5), (1j, 1j), (complex(1e200, 1e200), 2),
    (complex(1e200, 1e200), 2.5), (complex(1e-200, 0), 2.5), (complex(inf, 0), 1j), (complex(inf, inf), 0),
    (complex(inf, 0), 2), (complex(nan, 0), 0), (10, 400j), (1e10j, 40), (1e10j, 40.5), (3, 2 + 0j),
    (2 + 0j, 3), (2.0, complex(3, 0)), (1 + 1j, 1 + 1j), (1 + 1j, -0.0), (1 + 1j, 100.0), (1 + 1j, 100.5),
]
for base, exponent in powers:
    try:
        print(base, "**", exponent, "=", base ** exponent)
    except (ZeroDivisionError, OverflowError) as e:
        print(base, "**", exponent, "->", type(e).__name__ + ":", e)

for args in [(1j, 2), (1j, 2, 3), (2, 1j, 3), (2, 2, 3j), (1j, 2, 3.0), (1.5, 1j, 3), (2, 3.5, 1j)]:
    try:
        print("pow", args, "=", pow(*args))
    except Exception as e:
        print("pow", args, "->", type(e).__name__ + ":", e)

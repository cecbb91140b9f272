# hash() and == / != of complex numbers against int, float and complex; ordering is a TypeError.
inf = float("inf")
print(hash(complex(1, 0)) == hash(1), hash(complex(2.5, 0)) == hash(2.5), hash(0j), hash(-0j))
for z in [1j, -1j, 2 + 3j, complex(1e300, -1e-300), complex(inf, 0), complex(0, inf), complex(-inf, inf),
          complex(0.5, 0.25), complex(2**61, 1), complex(-1, 0), complex(0, -1), complex(10**18, 10**18)]:
    print(repr(z), hash(z))
print(hash(complex(-1, 0)), hash(complex(0, -1 / 1000003)))
print(1j == 1j, 1 + 0j == 1, 1 == 1 + 0j, 1.0 == 1 + 0j, 1 + 0j == True, 1j == 1, 1j != 1, 2 + 0j != 2.0)
print(complex(2**53 + 1, 0) == 2**53 + 1, complex(2**53, 0) == 2**53 + 1, float(2**53) == 2**53 + 1)
print(complex(10**400 and 1e308, 0) == 10**308, 0j == -0j, 0j == 0, complex(float("nan"), 0) == complex(float("nan"), 0))
print(1j == "1j", 1j != None, [1j, 2] == [1j, 2.0], 1j in [0, 1j], {1 + 0j: "a"}[1], {2: "b"}[2 + 0j])
print(len({0, 0j, 0.0, -0j, False}), len({1j, complex(0, 1.0), 1j + 0}))
d = {}
for key in [1, 1.0, 1 + 0j, True, 2j, complex(0, 2)]:
    d[key] = d.get(key, 0) + 1
print(sorted(d.values()))
for op in ["<", "<=", ">", ">="]:
    for left, right in [("1j", "2j"), ("1j", "1"), ("1.5", "1j")]:
        try:
            print(eval(left + op + right))
        except TypeError as e:
            print(left, op, right, "TypeError:", e)
print((1j).__eq__(1j), (1j).__eq__("x"), (1j).__lt__(2j), (1 + 0j).__eq__(1), (1.0).__eq__(1j))
class Sub(complex):
    pass
print(Sub(1, 1) == 1 + 1j, hash(Sub(3, 0)) == hash(3), Sub(0, 0) != 0)

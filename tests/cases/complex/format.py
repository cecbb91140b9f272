# format() and f-strings with complex: the mini-language for complex (no type means str()-like with
# the real part left out when it is +0.0), and the specs complex refuses.
values = [1j, 1 + 2j, complex(-0.0, 1234.5678), complex(0.0, -0.0), complex(1e16, -2.5), 1e-5j,
          complex(float("inf"), float("-inf")), complex(float("nan"), 1), complex(12345.678, 0.000123)]
specs = ["", "g", ".3", ".0", "#", "#g", "e", "E", ".2f", "F", ".2%" , "n", "+", " ", "-", "z", "z.1f", "_",
         ",.2f", "_.3e", "20", "<25", ">25", "^25", "*^30.2f", "+.3g", "G", "10.1e", ".10g", "#.0f", "#.0e"]
for z in values:
    for spec in specs:
        try:
            print(repr(z), repr(spec), repr(format(z, spec)))
        except ValueError as e:
            print(repr(z), repr(spec), "ValueError:", e)
for spec in ["010", "0<10", "=10", "x=10", "d", "s", "c", "b", "%", ",d", "_x", ".2s", "z=5"]:
    try:
        print(repr(spec), repr(format(3 - 4j, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print(f"{1 + 2j:.2f}|{3j:>8}|{-1 - 1j:^12.1e}|{2j!s:>6}|{2j!r:<6}|")
print("{:.1f} and {}".format(1.25 + 2.5j, -3j), "%s" % (2 + 0j,))
try:
    (1j).__format__(5)
except TypeError as e:
    print("TypeError:", e)
# Separator errors are worded by what follows the separator (shared with int and float).
for value in [1j, 1.5, 7]:
    for spec in ["__", ",,", ",,3", "9__+_", "_ ", ",_", "_,", ",\x7f"]:
        try:
            print(repr(spec), repr(format(value, spec)))
        except ValueError as e:
            print(repr(spec), "ValueError:", e)

# Constructor-style built-ins: int, float, str, bool, list, tuple, dict, set, repr.
print(int(), int(7), int(-7.9), int("  42\n"), int("-0x1f", 16), int("ff", 16), int("0o17", 0), int("1010", 2))
print(float(), float(3), float("2.5"), float(" -1e3 "), float("inf"), float("-Infinity"))
print(str(), str(12), str(1.5), str(None), str([1, "a"]), str(b"x"), str(str))
print(bool(), bool(0), bool(3), bool(""), bool("False"), bool([]), bool(None))
print(list(), list("ab"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}.items()))
print(tuple(), tuple([1, 2]), tuple("hi"), tuple({"x": 0}))
print(dict(), dict(a=1), dict([(1, 2), (3, 4)]), dict(zip(["k1", "k2"], [10, 20])))
print(set(), set([1, 1, 2]), sorted(set("hello")), frozenset([2, 1]))
print(repr(1), repr("1"), repr([1, "1"]), repr(1.0), repr(None), repr(int))
print(int(True) + int(False), float(False), str(True).upper())
print(type(int("5")).__name__, type(float("5")).__name__, type(str(5)).__name__)
print(int(1e3), int(float("12.99")), int(-0.5), round(-0.5), round(0.5001))
print(list(map(int, "1 2 3".split())), [float(x) for x in ("1", "2.5")])
print(str(10 ** 20), int(str(10 ** 20)) == 10 ** 20, len(str(2 ** 1000)))
print(bytes(3), bytes([65, 66]), bytearray(b"ab"), list(b"AZ"))
for bad in ["", "1.5", "12abc", "0x10", " "]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["", "abc", "1.2.3"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)

# abs, min, max, sum, round, divmod, pow and hash equalities.
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-(2 ** 70)))
print(min(3, 1, 2), max(3, 1, 2), min([4, -1]), max("apple", "pear"), min("hello"), max([1, 2], [1, 3]))
print(min([], default="none"), max([], default=0), min(["bb", "a", "ccc"], key=len), max([-5, 3], key=abs))
print(sum([1, 2, 3]), sum([]), sum(range(10), 100), sum([0.1] * 10), sum([[1], [2]], []))
print(round(3.14159, 2), round(2.5), round(3.5), round(-1.5), round(7), round(1234.5678, -2), round(5.5, None))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(0.125, 2), round(0.375, 2))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 65, 10))
print(pow(2, 8), pow(2, -1), pow(7, 2, 5), pow(3, 0), pow(2.0, 3))
print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(False), hash(True) == hash(1))
print(hash(2 ** 61 - 1) == hash(0), hash(-1) == hash(-2), hash(1.5) == hash(1.5))
print(hash((1, 2)) == hash((1.0, 2.0)), {1: "x"}[1.0], {1.0: "y"}[True])
print(max(1, 2.5), min(-1, -1.0), max(True, 2), sum([True, True, 3]))
print(abs(-7) == 7 == max(-7, 7), min(0, -0.0), max(0.0, 0))
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError:", e)
print(round(1e20), round(123456789.987654321, 3), round(-2.675, 2))
print(bin(42), oct(42), hex(42), int(hex(42), 16))

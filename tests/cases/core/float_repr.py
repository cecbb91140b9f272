# repr/str of floats: shortest round-tripping digits, exponents, special values.
values = [0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.123,
          1e-4, 1e-5, 0.00001234, 1.5e300, 2.5e-300, 3.14159, 100.0, 1e22, 1e23, 12345678901234567.0]
for v in values:
    print(repr(v), str(v))

print(float("inf"), float("-inf"), float("nan"))
print(float("1e500"), -float("1e500"))
print(1e308 * 10)
print(float("  2.5  "), float("-3"), float("1_000.5"))
print(float(7), float(-0), float(2 ** 53 + 1))
print(int(3.9), int(-3.9), int(1e20))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
print(round(123.456, -1), round(123.456, 1), round(1234, -2))
print(3.0 == 3, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-12)
print((0.5).is_integer(), (2.0).is_integer())
print((1.5).as_integer_ratio(), (0.25).as_integer_ratio())
print(5e-324, 5e-324 / 2)
print(1.7976931348623157e308)
print([1.0, 2.5, -0.75])
print(divmod(7.5, 2), 7.5 % -2)
print(float("nan") == float("nan"), float("inf") > 1e308)
print(max(1.5, 2), min(-0.5, 0))

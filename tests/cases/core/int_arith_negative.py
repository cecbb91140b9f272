# Floor division, modulo and power with negative operands follow Python's floor semantics.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b}   {a} % {b} = {a % b}   divmod = {divmod(a, b)}")

print("floats:")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5.0, 0.5)]
for a, b in fpairs:
    print(a, b, a // b, a % b)

print("powers:")
print(2 ** 10, (-2) ** 3, (-2) ** 4, -2 ** 4)
print(2 ** -1, 2 ** -2, (-2) ** -1)
print(10 ** 0, 0 ** 0, 0.0 ** 0)
print(pow(3, 4), pow(-3, 3), pow(2, 10, 1000), pow(-7, 3, 5))
print(4 ** 0.5, 27 ** (1 / 3) > 2.99)
print(2 ** 3 ** 2)

print("true division:")
print(7 / 2, -7 / 2, 6 / 3, 1 / 4, -1 / 8)
print(10 / 4 * 4, 2 / 3)

print("unary and precedence:")
print(-3 + 4 * 2, (-3 + 4) * 2, -(3 - 10), +5, - -5)
print(17 - 5 - 3, 2 * 3 % 4, 2 + 3 * 4 ** 2)
print(~5, ~-5, ~0)

print("augmented:")
n = 10
n += 5
n -= 3
n *= 4
n //= 5
n %= 7
n **= 3
print(n)
m = -17
m //= 5
print(m)
m = -17
m %= 5
print(m)

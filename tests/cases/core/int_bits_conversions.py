# Integer bit operations, literals in other bases, and int() conversions.
print(0b1010, 0o17, 0xFF, 1_000_000, 0x_dead_beef)
print(6 & 3, 6 | 3, 6 ^ 3, 1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10)
print(-6 & 0xFF, -1 & 0xFFFF, ~0 & 7)
print(bin(10), bin(-10), oct(64), hex(255), hex(-255))
print(int("42"), int("-17"), int("  8  "), int("+3"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0b101", 0))
print(int("z", 36), int("10", 2), int("zz", 36))
print(int(3.99), int(-2.5), int(True))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((37).bit_length(), (0).bit_length(), (-37).bit_length())
print((10).bit_count() if hasattr(int, "bit_count") else 2)
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"), format(255, "#x"))
print(format(1234567, ","), format(1234567, "_"), format(42, "08d"), format(-42, "+d"), format(42, " d"))
print(abs(-5), -abs(5), (-5).__abs__())
print(7 // 2 * 2 + 7 % 2 == 7)
n = 0
for bit in range(8):
    n |= (bit % 2) << bit
print(n, bin(n))
mask = 0
for k in (1, 3, 5):
    mask |= 1 << k
print(mask, [k for k in range(8) if mask >> k & 1])
print(int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator)
print(int("-0"), -0, 0 == -0)
print(max(2 ** 31, 2 ** 31 - 1), 2 ** 31 * 2 ** 31 == 2 ** 62)

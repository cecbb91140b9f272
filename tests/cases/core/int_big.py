# Arbitrary-precision integers: growth past 64 bits, mixed signs, and conversions.
a = 2 ** 64
print(a)
print(a - 1)
print(a + 1)
print(-a)
print(2 ** 100)
print(3 ** 80)
print(10 ** 30 + 7)

fact = 1
for i in range(1, 31):
    fact *= i
print("30! =", fact)
print(fact // (2 ** 20))
print(fact % 1000003)

big = 123456789012345678901234567890
print(big * big)
print(big // 987654321)
print(big % 987654321)
print(-big // 11, -big % 11)
print(big // -11, big % -11)
print(divmod(big, 12345))

# Crossing the boundary between small and big in both directions.
x = 9223372036854775807
print(x + 1)
print(x + 1 - 1)
print(-x - 1)
print(-x - 2)
print((x + 1) * 2 // 2 == x + 1)

# Comparisons between big and small.
print(2 ** 70 > 2 ** 69, 2 ** 70 < -1, -(2 ** 70) < 0)
print(2 ** 64 == 18446744073709551616)

# str/int round trips and bit operations.
s = str(7 ** 50)
print(s, len(s))
print(int(s) == 7 ** 50)
print(hex(2 ** 70), bin(2 ** 10), oct(8 ** 5))
print((1 << 100) >> 98)
print((2 ** 80 - 1) & 0xFFFF, (2 ** 80) | 1, (2 ** 80) ^ (2 ** 80))
print((2 ** 65).bit_length(), (-(2 ** 65)).bit_length())
print(abs(-(10 ** 25)))
print(pow(2, 200, 1000007))

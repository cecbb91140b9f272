# Big-int arithmetic: digits of pi by Machin's formula in fixed point, big products and divisions, and
# int <-> str conversion of numbers with tens of thousands of digits.
import sys

sys.set_int_max_str_digits(0)


def arctan_inverse(x, unity):
    # arctan(1/x) * unity, summing the Taylor series term by term.
    total = term = unity // x
    x_squared = x * x
    n = 1
    sign = -1
    while term:
        term //= x_squared
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inverse(5, unity) - arctan_inverse(239, unity))
    return pi // 10 ** 10


digits = str(pi_digits(20000))
print(digits[:20], digits[-10:], len(digits))

a = 3 ** 600000
b = 7 ** 400000 + 1
product = a * b
quotient, remainder = divmod(product + 12345, b)
print(quotient == a, remainder, product.bit_length())
text = str(a)
print(len(text), text[:12], int(text) == a)
factorial = 1
for i in range(2, 20000):
    factorial *= i
print(len(str(factorial)), factorial % 1000003)

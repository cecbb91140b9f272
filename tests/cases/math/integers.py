# The exact integer functions: isqrt, factorial, comb, perm, gcd, lcm.
import math

print([math.isqrt(n) for n in range(20)], math.isqrt(10**40), math.isqrt(2**127 - 1), math.isqrt(True))
print(math.isqrt(10**100 - 1) == 10**50 - 1, math.isqrt(2**61), math.isqrt(2**62 - 1))
print([math.factorial(n) for n in range(12)], math.factorial(25), len(str(math.factorial(1000))))
print(math.comb(10, 3), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50))
print(math.comb(10**20, 2), math.comb(10**20, 10**20 - 1))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(5, 6), math.perm(30, 20), math.perm(10**20, 2))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, -18, 30))
print(math.gcd(2**200 * 3, 2**150 * 9), math.gcd(True, 4))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**100, 3**50))

class I:
    def __index__(self):
        return 6
print(math.factorial(I()), math.comb(I(), 2), math.gcd(I(), 4), math.isqrt(I()))

tests = [
    (math.isqrt, (-1,)), (math.isqrt, (2.0,)), (math.factorial, (-1,)), (math.factorial, (5.0,)),
    (math.factorial, ("5",)), (math.factorial, (10**20,)), (math.comb, (-1, 2)), (math.comb, (5, -1)),
    (math.comb, (5.0, 1)), (math.comb, (10**30, 10**20)), (math.perm, (-1,)), (math.perm, (5, -2)),
    (math.perm, (10**20, 10**19)), (math.gcd, (1.5,)), (math.lcm, (2, "3")), (math.perm, (5, None)),
]
for f, args in tests:
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)

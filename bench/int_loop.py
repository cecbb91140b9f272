# Integer arithmetic in tight loops: a sieve-free prime count, digit sums, and a modular LCG.
def count_primes(limit):
    count = 0
    n = 2
    while n < limit:
        d = 2
        prime = True
        while d * d <= n:
            if n % d == 0:
                prime = False
                break
            d += 1
        if prime:
            count += 1
        n += 1
    return count


def digit_sums(limit):
    total = 0
    for i in range(limit):
        while i:
            total += i % 10
            i //= 10
    return total


def lcg(steps):
    x = 12345
    acc = 0
    for _ in range(steps):
        x = (x * 1103515245 + 12345) % 2147483648
        acc ^= x >> 7
    return acc


print(count_primes(300000))
print(digit_sums(1500000))
print(lcg(3000000))

# Decimal arithmetic: digits of e and pi at high precision, and an interest/rounding loop at the default precision.
from decimal import Decimal, localcontext, ROUND_HALF_UP


def e_digits(digits):
    with localcontext(prec=digits + 10):
        total = Decimal(1)
        term = Decimal(1)
        n = 1
        while term > Decimal(10) ** -(digits + 5):
            term /= n
            total += term
            n += 1
    return str(total)[:digits]


def pi_digits(digits):
    # Machin: pi = 16 atan(1/5) - 4 atan(1/239)
    with localcontext(prec=digits + 10):
        def atan_inv(x):
            x = Decimal(x)
            power = 1 / x
            x2 = x * x
            total = power
            k = 1
            eps = Decimal(10) ** -(digits + 5)
            while power > eps:
                power /= x2
                term = power / (2 * k + 1)
                total = total - term if k % 2 else total + term
                k += 1
            return total
        return str(16 * atan_inv(5) - 4 * atan_inv(239))[:digits]


def ledger(steps):
    cent = Decimal('0.01')
    rate = Decimal('0.0425') / 12
    balance = Decimal('1000.00')
    paid = Decimal(0)
    for i in range(steps):
        interest = (balance * rate).quantize(cent, rounding=ROUND_HALF_UP)
        balance += interest + Decimal(i % 7) - Decimal('2.50')
        paid += interest
        if balance > 5000:
            balance -= Decimal('1234.56')
    return balance, paid


print(e_digits(600)[-20:])
print(pi_digits(600)[-20:])
print(ledger(30000))
print(Decimal(2).sqrt(), Decimal(3).ln(), Decimal('1.5') ** Decimal('2.5'))

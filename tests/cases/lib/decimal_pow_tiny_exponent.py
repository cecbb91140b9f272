# x ** y with y's exponent far below its digits (1E-999999999) is never exact for x != 1: the exactness check
# used to build 10 ** 999999999 and never finished.
from decimal import Decimal, localcontext

print(Decimal(2) ** Decimal("1E-999999999"))
print(Decimal("0.5") ** Decimal("1E-999999999"))
print(Decimal(10) ** Decimal("-1E-999999"))
print(Decimal(4) ** Decimal("0.5"), Decimal("0.0625") ** Decimal("0.25"))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(7) ** Decimal("3E-900000000"), Decimal(1000) ** Decimal("0.333333333"))

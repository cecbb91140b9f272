# An uncaught decimal signal ends the program with status 1 and the list of conditions.
from decimal import Decimal, getcontext

getcontext().prec = 5
print(Decimal(1) / 7)
print(Decimal('12x'))

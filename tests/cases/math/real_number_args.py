# Real-number arguments taken as CPython's PyFloat_AsDouble takes them: int, float, __float__, __index__.
import sys
class I:
    def __index__(self): return 3
class F:
    def __float__(self): return 0.25
class Bad:
    def __float__(self): return 1
print('%f|%e' % (I(), F()))
try: '%f' % Bad()
except TypeError as e: print(e)
try: '%f' % "x"
except TypeError as e: print(e)
old = sys.getswitchinterval()
sys.setswitchinterval(F()); print(sys.getswitchinterval())
sys.setswitchinterval(I()); print(sys.getswitchinterval())
try: sys.setswitchinterval("x")
except TypeError as e: print(e)
sys.setswitchinterval(old)
import math, cmath
print(math.sqrt(I()), cmath.sqrt(F()), math.floor(F()))
try: math.sqrt(Bad())
except TypeError as e: print(e)

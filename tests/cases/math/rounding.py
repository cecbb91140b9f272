# ceil, floor, trunc return ints and honour __ceil__, __floor__ and __trunc__.
import math

for x in (2.5, -2.5, 0.0, -0.0, 1e20, -1e20, 3, -7, True, 10**30, 0.9999999999999999):
    print(repr(x), math.ceil(x), math.floor(x), math.trunc(x), type(math.floor(x)).__name__)

class C:
    def __ceil__(self):
        return "ceil!"
    def __floor__(self):
        return "floor!"
    def __trunc__(self):
        return "trunc!"
print(math.ceil(C()), math.floor(C()), math.trunc(C()))

class F:
    def __float__(self):
        return 4.5
print(math.ceil(F()), math.floor(F()))
try:
    math.trunc(F())
except TypeError as e:
    print(e)

class MyInt(int):
    pass
print(type(math.floor(MyInt(4))).__name__, math.ceil(MyInt(4)))

for bad in ("a", None, [1]):
    for f in (math.ceil, math.floor, math.trunc):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, e)
for special in (math.inf, -math.inf, math.nan):
    for f in (math.ceil, math.floor, math.trunc):
        try:
            f(special)
        except (OverflowError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)

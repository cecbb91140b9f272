from enum import Enum, IntEnum
E = Enum('E', type=int)
print(E, list(E), E.__mro__)
class C(Enum):
    A = (1, 2)
    B = 3
print(C(1, 2), C(3))
try: Enum(3)
except TypeError as e: print(e)
F = Enum('F', names=())
print(list(F))
try: C(5)
except ValueError as e: print(e)

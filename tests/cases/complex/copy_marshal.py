# complex with copy (through __reduce_ex__ and __getnewargs__) and marshal (CPython's binary complex type code).
import copy, copyreg
z = 1 + 2j
r = z.__reduce_ex__(2)
print(r[0].__name__, r[1][1:], len(r))
class C(complex):
    pass
c = C(3, 4)
c.a = 1
print(copy.copy(c), copy.copy(c).a, type(copy.deepcopy(c)).__name__, copy.deepcopy([c])[0].a)
import marshal
print(marshal.loads(marshal.dumps((1j, -0j, 2 + 3j))))
try:
    marshal.dumps(c)
except ValueError as e:
    print("ValueError:", e)

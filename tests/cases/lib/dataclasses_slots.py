# dataclass(slots=True): the class is rebuilt with __slots__; frozen and weakref_slot variants, inheritance.
import dataclasses, copy
@dataclasses.dataclass(slots=True)
class P:
    x: int
    y: int = 2
print(P.__slots__, P(1), hasattr(P(1), '__dict__'))
try:
    P(1).z = 3
except AttributeError as e:
    print("AttributeError", type(e).__name__)
@dataclasses.dataclass(slots=True, frozen=True, weakref_slot=True)
class F:
    a: int
f = F(3)
print(F.__slots__, f, copy.copy(f), f.__getstate__())
try:
    f.a = 4
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    dataclasses.dataclass(weakref_slot=True)(type('Z', (), {}))
except TypeError as e:
    print(e)
@dataclasses.dataclass(slots=True)
class Q(P):
    z: int = 0
print(Q.__slots__, Q(1, 2, 3), [f.name for f in dataclasses.fields(Q)])
import _weakref as weakref
print(weakref.ref(f)() is f)

# types: SimpleNamespace and MappingProxyType.
from types import SimpleNamespace, MappingProxyType

ns = SimpleNamespace(a=1, b="two")
print(ns)
print(ns.a, ns.b)
ns.c = [1, 2]
print(ns, repr(SimpleNamespace()))
del ns.a
print(ns, vars(ns))
print(SimpleNamespace(x=1) == SimpleNamespace(x=1), SimpleNamespace(x=1) == SimpleNamespace(x=2))
print(SimpleNamespace(x=1) != SimpleNamespace(x=1), SimpleNamespace(x=1) == 5)
try:
    SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(SimpleNamespace())
except TypeError as e:
    print("TypeError")


class Sub(SimpleNamespace):
    pass


s = Sub(k=3)
print(s, s == SimpleNamespace(k=3))
r = SimpleNamespace(name="loop")
r.me = r
print(r)
try:
    SimpleNamespace().missing
except AttributeError as e:
    print("AttributeError")

d = {"a": 1, "b": 2}
mp = MappingProxyType(d)
print(mp["a"], len(mp), "b" in mp, list(mp), mp.get("z", 0), list(mp.items()))
d["c"] = 3
print(mp["c"], sorted(mp.keys()), mp == {"a": 1, "b": 2, "c": 3}, mp.copy())
try:
    mp["x"] = 1
except TypeError as e:
    print("TypeError")
try:
    MappingProxyType([1])
except TypeError as e:
    print("TypeError:", e)
print(mp | {"z": 0})

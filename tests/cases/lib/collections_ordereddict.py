# collections.OrderedDict: ordering, move_to_end, popitem, order-sensitive equality, repr.
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.values()), list(od.items()))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)

a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, a != b, a == dict(b), dict(b) == a, a == {"x": 1, "y": 2})
print(a == OrderedDict(x=1, y=2), repr(OrderedDict()), repr(OrderedDict(k=[1])))
c = a.copy()
c["z"] = 0
print(type(c).__name__, c, a)
print(OrderedDict.fromkeys("abc", 0))
print(isinstance(a, dict), list(reversed(a)))
print(a | {"w": 9}, {"w": 9} | a)
a |= {"q": 1}
print(a)
del a["x"]
a["x"] = 5
print(a, a.setdefault("y", 0), a.pop("q"), a)
r = OrderedDict()
r["self"] = r
print(r)


class Sub(OrderedDict):
    pass


print(Sub(a=1), Sub(a=1) == OrderedDict(a=1))
try:
    hash(a)
except TypeError:
    print("unhashable")

# Everyday dict methods.
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"])
print(d.get("a"), d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print("a" in d, "z" in d, 10 in d, "z" not in d)
print(d.pop("b"), d.pop("zz", "default"), d)
print(d.setdefault("a", 99), d.setdefault("new", []), d)
d["new"].append(1)
d.update({"c": 30, "d": 4})
d.update(e=5)
d.update([("f", 6)])
print(d)
print(d.popitem(), d)
del d["new"]
print(d)
e = d.copy()
e["a"] = "changed"
print(d["a"], e["a"])
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
print(dict(x=1, y=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("ab", [1, 2])))
try:
    d["missing"]
except KeyError as exc:
    print("KeyError:", exc)
try:
    {}.popitem()
except KeyError as exc:
    print("KeyError:", exc)
d.clear()
print(d, bool(d))
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(merged)
merged |= {"d": 5}
print(merged)
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key", None: "none key", 3.5: "float key"})
print({"q": "it's", 'r': [1, {"s": ()}]})
try:
    {[1]: 2}
except TypeError as exc:
    print("TypeError:", exc)

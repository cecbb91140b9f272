# collections.defaultdict: __missing__, default_factory, repr, copy, errors.
from collections import defaultdict

d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, d["a"], len(d))
print(d.default_factory, "c" in d, d.get("c"), len(d))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts)
print(defaultdict(), repr(defaultdict(None, {1: 2})))
print(defaultdict(int, a=1), defaultdict(int, {"x": 1}, y=2), defaultdict(int, [("k", 5)]))
n = defaultdict()
try:
    n["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
c = d.copy()
c["z"].append(0)
print(type(c).__name__, c.default_factory is list, "z" in d, c)
print(isinstance(d, dict), d == {"a": [1, 2], "b": [3]})
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))
d.default_factory = set
d["s"].add(1)
print(d["s"], d.pop("s"))
m = defaultdict(list, a=[1]) | {"b": [2]}
print(type(m).__name__, m)
r = defaultdict(list)
r["me"] = r
print(r)
print(d.setdefault("q", 7), d.pop("q"))


class Tally(defaultdict):
    def __init__(self):
        super().__init__(int)


t = Tally()
t["x"] += 1
print(t)

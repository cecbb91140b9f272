# collections.defaultdict (native): __missing__, repr, copy, pickling, | and |=, default_factory.
from collections import defaultdict
import _collections
import copy
import pickle


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(defaultdict is _collections.defaultdict, defaultdict.__module__, defaultdict.__mro__)
d = defaultdict(list)
d["a"].append(1)
d["b"]
print(d, d.default_factory, len(d), "c" in d, d.get("c"))
print(d.__missing__("z"), d)
n = defaultdict()
print(n, n.default_factory)
show(lambda: n["missing"])
show(lambda: n.__missing__("k"))
show(lambda: defaultdict(1))
show(lambda: defaultdict(None, 1, 2))
k = defaultdict(int, {"x": 1}, y=2)
print(k, k["q"], k)
k2 = defaultdict(None, [("p", 1)])
print(k2)
c = k.copy()
c["new"] += 5
print(type(c).__name__, c, k, copy.copy(k), copy.deepcopy(k))
print(k.__reduce__()[:4], list(k.__reduce__()[4]))
print(defaultdict().__reduce__()[:2])
p = pickle.loads(pickle.dumps(k))
print(p, p.default_factory)
print(k | {"z": 9}, {"z": 9} | k, type({"z": 9} | k).__name__)
show(lambda: k | 1)
show(lambda: 1 | k)
k |= {"w": 0}
print(k)
k |= [("v", 1)]
print(k)
k.default_factory = list
print(k["list"], k.default_factory)
del k.default_factory
print(k.default_factory)
show(lambda: k["gone"])
print(defaultdict.default_factory.__doc__)
print(defaultdict[str, int], d == {"a": [1], "b": [], "z": []})


class Sub(defaultdict):
    def __init__(self):
        self.default_factory = self._factory

    def _factory(self):
        return []


s = Sub()
print(repr(s).startswith("Sub(<bound method Sub._factory of Sub(..., {})>, {})"), s["x"])
r = defaultdict(list)
r["self"] = r
print(r)
f = defaultdict(lambda: "v")
print(f[1], dict(f))

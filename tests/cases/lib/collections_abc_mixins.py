# collections.abc: mixin methods of Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet.
from collections.abc import Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet


class Seq(Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, 9 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.count(2), len(s))
try:
    s.index(99)
except ValueError:
    print("ValueError")


class MSeq(Seq, MutableSequence):
    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def insert(self, i, v):
        self._items.insert(i, v)


m = MSeq(1, 2)
m.append(3)
m.extend([4, 5])
m += [6]
m.reverse()
print(list(m), m.pop(), m.pop(0), list(m))
m.remove(3)
print(list(m))
m.clear()
print(list(m), isinstance(m, MutableSequence))


class Map(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


mp = Map(a=1, b=2)
print(mp.get("a"), mp.get("z", 0), "a" in mp, list(mp.keys()), list(mp.values()), list(mp.items()))
print(mp == {"a": 1, "b": 2}, mp == Map(a=1), mp != {"a": 1}, len(mp.keys()), ("a", 1) in mp.items(), 2 in mp.values())
print(mp.keys() & {"a", "q"}, mp.keys() | {"c"} == {"a", "b", "c"}, mp.keys() - {"a"})


class MMap(Map, MutableMapping):
    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]


mm = MMap(x=1)
mm.update({"y": 2}, z=3)
mm.update([("w", 4)])
print(dict(mm), mm.setdefault("x", 9), mm.setdefault("n", 0), mm.pop("n"), mm.pop("zz", "dflt"), mm.popitem())
try:
    mm.pop("zz")
except KeyError as e:
    print("KeyError", e)
mm.clear()
print(dict(mm))


class ListSet(MutableSet):
    def __init__(self, it=()):
        self._items = []
        for x in it:
            self.add(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)


a = ListSet([1, 2, 3])
b = ListSet([3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= ListSet([1, 2, 3, 4]), a < a, a == ListSet([3, 2, 1]))
print(a.isdisjoint(b), a.isdisjoint([9]), a == {1, 2, 3}, list({9} - b) if False else None)
a |= [7]
a -= [1]
a ^= ListSet([2, 8])
print(list(a), a.pop(), list(a))
a.remove(7)
try:
    a.remove(100)
except KeyError as e:
    print("KeyError", e)
print(list(a), isinstance(a, Set), isinstance(frozenset(), Set), isinstance(set(), MutableSet))

# collections.Counter: counting, most_common, elements, update/subtract, arithmetic, comparisons, repr.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c), c.total())
print(c.most_common(2), c.most_common(0), c.most_common()[-1])
print(sorted(c.elements()))
c.update("aaz")
c.update({"b": 10})
print(c)
c.subtract(a=100, q=1)
print(c, +c, -c)
print(Counter(), repr(Counter(x=0)), Counter({"k": 2}), Counter(a=3, b=1))
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=5)
print(d + e, d - e, e - d, d | e, d & e)
d += Counter(c=-1, a=1)
print(d)
f = Counter(a=5, b=-2)
f -= Counter(a=1)
print(f)
f = Counter(a=1, b=3)
f |= Counter(a=4, c=2)
print(f)
f &= Counter(a=2, c=9)
print(f)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) == {"a": 1})
print(Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter(a=3, b=1) >= Counter(a=2), Counter() > Counter())
del c["zzz"]
del c["a"]
print(c)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(3), sorted(wc))
print(isinstance(wc, dict), type(wc.copy()).__name__, wc.copy() == wc)


class Sub(Counter):
    pass


print(Sub("aab"))
print(Counter([1, 2, 2, 3, 3, 3]))

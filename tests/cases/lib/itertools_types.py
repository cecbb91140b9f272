# itertools: the types themselves (names, reprs, subclassing, keywords in subclasses), tee and its copies,
# groupby's grouper rules, re-entrancy and laziness.
import copy
import gc
import itertools as it
import operator
import sys
from itertools import (accumulate, batched, chain, count, cycle, groupby, islice, pairwise, product, repeat, tee,
                       zip_longest)

names = ["accumulate", "batched", "chain", "combinations", "combinations_with_replacement", "compress", "count",
         "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations", "product", "repeat",
         "starmap", "takewhile", "zip_longest", "_grouper", "_tee", "_tee_dataobject"]
for name in names:
    t = getattr(it, name)
    print(name, type(t).__name__, t.__module__, t.__name__, t.__qualname__, hasattr(t, "__class_getitem__"))
print(type(it.tee).__name__, it.tee.__doc__)
print(chain[int], repr(count(3)), repr(count(2, 3)), repr(count(1.5)), repr(count(1, 1.0)), repr(count(2**70)))
print(repr(count(sys.maxsize - 1)), repr(advanced := count(sys.maxsize - 1)), next(advanced), next(advanced), repr(advanced))
print(repr(repeat("a")), repr(repeat("a", 2)), repr(repeat("a", -1)), operator.length_hint(repeat(1, 5)),
      operator.length_hint(repeat(1), 12), repeat(1, 3).__length_hint__())
print(count.__doc__.splitlines()[0], it.__doc__.splitlines()[0])


class MyCount(count):
    pass


class MyRepeat(repeat):
    pass


print(repr(MyCount(4)), repr(MyRepeat(None, 1)), type(next(iter([MyCount(1)]))).__name__)
print(type(chain.from_iterable.__self__).__name__ if hasattr(chain.from_iterable, "__self__") else None)


class MyChain(chain):
    def __init__(self, *args, tag=None):
        self.tag = tag


c = MyChain.from_iterable(["ab", "c"])
print(type(c).__name__, list(c))
m = MyChain("ab", "cd", tag=1)
print(m.tag, list(m))
for cls, args in [(it.cycle, ([1],)), (it.islice, ([1, 2], 1)), (map, (str, [1])), (filter, (None, [1])),
                  (it.starmap, (pow, [(2, 3)])), (it.dropwhile, (bool, [0]))]:
    class Plain(cls):
        pass

    class WithInit(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg

    try:
        Plain(*args, newarg=3)
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
    print(cls.__name__, list(islice(WithInit(*args, newarg=3), 3)), WithInit(*args, newarg=3).newarg)

# tee: copies share the buffer; tee of a tee copies it; __copy__ and copy.copy.
a, b = tee(iter(range(200)))
print(type(a).__name__, next(a), next(a), next(b), sum(a), sum(b))
a, b = tee("abc")
c = copy.copy(a)
next(a)
d = a.__copy__()
print(list(a), list(b), list(c), list(d))
x, = tee("xyz", 1)
y, z = tee(x)
print(type(x) is type(y), list(y), list(z), tee("ab", 0))


class Copyable:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise StopIteration
        return self.n

    def __copy__(self):
        return Copyable(self.n)


p, q = tee(Copyable(3))
print(type(p).__name__, list(p), list(q))


def reenter():
    yield next(t)


t, _ = tee(reenter())
try:
    next(t)
except RuntimeError as e:
    print("RuntimeError:", e)

# groupby: a grouper goes dead once its groupby moves on.
g = groupby("aaabbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), [(k, list(v)) for k, v in g])
print([(k, len(list(v))) for k, v in groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)])
print(list(groupby([])), [k for k, _ in groupby("aabba")])
kk, gg = next(groupby("xxy"))
print(list(gg), type(gg).__name__)

# pairwise re-entered from its iterator's __next__ (CPython 3.12 semantics).
class Reenter:
    count = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.count += 1
        if self.count == 2:
            return next(pw)
        return [self.count]


pw = pairwise(Reenter())
print(next(pw), next(pw), next(pw))

# Laziness and limits.
print(list(islice(count(), 3)), list(islice(cycle([]), 3)), list(zip_longest()), list(product()))
print(list(batched(range(7), 3)), list(batched("ab", 10**9)), list(islice(repeat(0), 2)))
print(list(islice(count(10**20, 10**19), 2)), list(islice(count(0, 0), 2)), list(islice(count(True), 2)))
print(list(accumulate(["a", "b", "c"])), list(accumulate([], initial=None)), list(accumulate([2, 3], operator.mul, initial=4)))
print(list(islice(range(10), 2, None)), list(islice(range(10), None, None, 3)), list(islice(iter(range(5)), 0)))
l = [1, 2, 3]
s = islice(iter(l), 1)
print(list(s), list(s), next(iter(l)))

# Cycles through itertools objects are collected.
class Node:
    pass


node = Node()
node.it = chain([node])
node.g = groupby([node])
node.t = tee([node])
node.c = cycle([node])
del node
print(gc.collect() >= 1)

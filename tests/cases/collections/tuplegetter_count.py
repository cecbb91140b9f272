# collections._tuplegetter (namedtuple's field descriptor) and _count_elements (Counter's loop), both native.
import collections
from collections import namedtuple, Counter, OrderedDict
import pickle


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


P = namedtuple("P", "x y")
g = P.x
print(type(g), g, g.__doc__, g.__reduce__())
print(g.__get__(None, P) is g, g.__get__(P(1, 2)), P(3, 4).y)
show(lambda: g.__get__(3))
show(lambda: g.__set__(P(1, 2), 5))
show(lambda: g.__delete__(P(1, 2)))
show(lambda: setattr(P(1, 2), "x", 5))
show(lambda: collections._tuplegetter(5, "d").__get__((1, 2)))
show(lambda: collections._tuplegetter(1))
show(lambda: collections._tuplegetter("a", "b"))
t = collections._tuplegetter(1, "second")
print(t, t.__get__((1, 2, 3)), t.__get__(["a", "b"]) if False else "", t.__doc__)
t.__doc__ = "changed"
print(t.__doc__, pickle.loads(pickle.dumps(t)))
P.x.__doc__ = "The x"
print(P.x.__doc__)

d = {}
collections._count_elements(d, "abracadabra")
print(d)
od = OrderedDict()
collections._count_elements(od, [1, 2, 1])
print(od)


class Logging(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


collections._count_elements(Logging(), "aba")
print(Counter("mississippi").most_common(2), Counter(a=1) + Counter("aab"))
show(lambda: collections._count_elements({}, 5))
show(lambda: collections._count_elements({}))
show(lambda: collections._count_elements({}, [[]]))
d2 = {"a": "x"}
show(lambda: collections._count_elements(d2, "a"))

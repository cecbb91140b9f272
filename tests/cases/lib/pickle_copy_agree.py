# copy.copy/deepcopy and pickle use the same reductions: copyreg.pickle, __reduce_ex__, __reduce__,
# __getnewargs_ex__/__getnewargs__, __getstate__/__setstate__, list and dict items.
import copy
import copyreg
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def reduce_point(p):
    return (Point, (p.x * 10, p.y * 10))


copyreg.pickle(Point, reduce_point)
p = Point(1, [2])
print(copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(p)))
del copyreg.dispatch_table[Point]
print(copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(p)))


class Counted:
    calls = []

    def __reduce_ex__(self, proto):
        Counted.calls.append(proto)
        return (Counted, (), {"state": proto})

    def __setstate__(self, state):
        self.state = state


c = Counted()
print(copy.copy(c).state, copy.deepcopy(c).state, pickle.loads(pickle.dumps(c, 2)).state, Counted.calls)


class NewArgs(tuple):
    def __new__(cls, a, b, *, c=0):
        self = super().__new__(cls, (a, b))
        self.c = c
        return self

    def __getnewargs_ex__(self):
        return (self[0], self[1]), {"c": self.c}


n = NewArgs(1, [2], c=3)
for y in (copy.copy(n), copy.deepcopy(n), pickle.loads(pickle.dumps(n, 2)), pickle.loads(pickle.dumps(n, 4))):
    print(type(y).__name__, tuple(y), y.c, y[1] is n[1])


class Stateful:
    def __init__(self):
        self.items = [1, 2]

    def __getstate__(self):
        return {"items": self.items, "extra": "x"}


s = Stateful()
for y in (copy.copy(s), copy.deepcopy(s), pickle.loads(pickle.dumps(s, 0)), pickle.loads(pickle.dumps(s))):
    print(sorted(y.__dict__.items()), y.items is s.items)


class Slots:
    __slots__ = ("a", "__b")

    def __init__(self):
        self.a = 1
        self.__b = 2

    def get(self):
        return self.a, self.__b


sl = Slots()
print(copy.copy(sl).get(), copy.deepcopy(sl).get(), pickle.loads(pickle.dumps(sl, 2)).get())


class L(list):
    pass


class D(dict):
    pass


lst = L([1, [2]])
lst.tag = "t"
d = D(a=[1])
d.tag = "u"
for y in (copy.copy(lst), copy.deepcopy(lst), pickle.loads(pickle.dumps(lst, 1)), pickle.loads(pickle.dumps(lst, 5))):
    print(type(y).__name__, list(y), y.tag, y[1] is lst[1])
for y in (copy.copy(d), copy.deepcopy(d), pickle.loads(pickle.dumps(d, 0)), pickle.loads(pickle.dumps(d, 3))):
    print(type(y).__name__, dict(y), y.tag, y["a"] is d["a"])

e = ValueError("bad", 1)
e.note = "n"
for y in (copy.copy(e), copy.deepcopy(e), pickle.loads(pickle.dumps(e, 2))):
    print(repr(y), y.note)
print(copy.deepcopy(OSError(2, "gone", "f")).filename, pickle.loads(pickle.dumps(OSError(2, "gone", "f"))).filename)

r = [1]
r.append(r)
for y in (copy.deepcopy(r), pickle.loads(pickle.dumps(r))):
    print(y[1] is y, y is not r)
print(copy.copy(len) is len, pickle.loads(pickle.dumps(len)) is len)
print(copy.deepcopy(Point) is Point, pickle.loads(pickle.dumps(Point)) is Point)

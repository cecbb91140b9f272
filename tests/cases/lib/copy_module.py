import copy

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d == a, d[1] is a[1], d[2]['k'] is a[2]['k'])
t = (1, 2, 'x')
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
tl = ([1], 2)
print(copy.deepcopy(tl) == tl, copy.deepcopy(tl) is tl, copy.deepcopy(tl)[0] is tl[0])
print(copy.copy({1, 2}), copy.deepcopy(frozenset({3})), copy.copy(bytearray(b'ab')), copy.copy(None), copy.copy(len) is len)
rec = [1]
rec.append(rec)
r2 = copy.deepcopy(rec)
print(r2[1] is r2, r2 is not rec, repr(r2))
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is shared)
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ['a']
    def __repr__(self):
        return 'Point(%r, %r, %r)' % (self.x, self.y, self.tags)
p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q.tags is p.tags, r.tags is p.tags, type(r) is Point)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v + 1)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) * 10)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom([2])).v)

class WithState:
    def __init__(self):
        self.data = [1]
        self.cache = 'big'
    def __getstate__(self):
        return {'data': self.data}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = None
w = copy.deepcopy(WithState())
print(w.data, w.cache)

class Reduced:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        return (Reduced, (self.a * 2,))
print(copy.copy(Reduced(3)).a, copy.deepcopy(Reduced(4)).a)

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.attr = 'x'
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.attr, ml2[1] is ml[1])
class MyDict(dict):
    pass
md = copy.copy(MyDict(a=1))
print(type(md).__name__, md)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
print(copy.copy(int) is int, copy.deepcopy(Point) is Point)

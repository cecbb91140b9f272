# collections.deque (native _collections.deque): the methods, maxlen, rotate, indexing and copies.
from collections import deque
import _collections

print(deque is _collections.deque, deque.__module__, deque.__name__)
d = deque()
for i in range(10):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft("xy")
print(d)
d.extend(d)
print(len(d), d[0], d[-1], d[len(d) // 2])
d.clear()
print(d, d.maxlen)

b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(9)
b.appendleft(7)
print(b)
b.extend(range(100))
print(b)
b.extendleft([1, 2])
print(b)
z = deque("abc", 0)
z.append(1)
z.extend([1, 2])
print(z, z.maxlen)

r = deque(range(10))
r.rotate(3)
print(r)
r.rotate(-5)
print(r)
r.rotate()
print(r)
r.rotate(23)
print(r)
r.rotate(-103)
print(r)
deque().rotate(5)
r.reverse()
print(r)

s = deque("abcabc")
print(s.count("a"), s.count("z"), s.index("c"), s.index("c", 3), s.index("a", -3), s.index("b", 0, 2))
s.insert(2, "X")
s.insert(-1, "Y")
s.insert(100, "E")
s.insert(-100, "S")
s.insert(0, "F")
print(s)
s.remove("a")
print(s)
del s[0]
del s[-1]
del s[3]
print(s, "X" in s, "Q" in s)
s[1] = "one"
s[-1] = "last"
print(s, s[1], s[-1])

c = deque([1, [2]], maxlen=5)
c2 = c.copy()
c3 = c.__copy__()
import copy
c4 = copy.copy(c)
c5 = copy.deepcopy(c)
print(c2, c3, c4, c5, c2.maxlen, c5[1] is c[1], c4[1] is c[1])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque("ab"), deque("ab") * 0, deque("ab") * -1)
m = deque([1, 2, 3], maxlen=4)
print(m * 3, (m + deque(range(10))).maxlen)
m *= 2
print(m)
m += [7, 8]
print(m)
m += deque("z")
print(m)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]), deque([1, 2]) < deque([1, 3]))
print(deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 5]), deque([1]) >= deque([1, 0]))
print(deque([1, 2]) == [1, 2], deque() == deque(maxlen=3))
print(list(reversed(deque(range(5)))), list(iter(deque("xyz"))))
print(deque.__hash__, deque[int], deque.__class_getitem__(str))
print(deque(range(3)).__reduce__()[:3], deque("ab", 2).__reduce__()[:3])
print(list(deque("abc").__reduce__()[3]))
it = iter(deque(range(5)))
next(it)
print(it.__length_hint__(), type(it).__name__, type(reversed(deque())).__name__)
print(type(it).__reduce__(it)[1][1])


class Sub(deque):
    pass


sd = Sub([1, 2], 5)
sd.extra = "yes"
print(sd, type(sd.copy()).__name__, sd.copy().maxlen, type(sd + sd).__name__, sd.extra)
print(sd.__reduce__()[:3])
import pickle
p = pickle.loads(pickle.dumps(deque([1, (2, 3)], 7)))
print(p, p.maxlen)
rec = deque([1])
rec.append(rec)
print(rec)
rec2 = pickle.loads(pickle.dumps(rec))
print(rec2[1] is rec2)
d = deque(maxlen=None)
print(d.maxlen, deque(range(3), maxlen=3) == deque(range(3)))
d.__init__([5, 6], 1)
print(d, d.maxlen)

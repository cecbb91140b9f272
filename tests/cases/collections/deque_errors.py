# deque error cases: CPython 3.12's exception types and messages.
from collections import deque


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: d[3])
show(lambda: d[-4])
show(lambda: d[1:2])
show(lambda: d["a"])
show(lambda: d[2**100])
show(lambda: d.__setitem__(5, 0))
show(lambda: d.__delitem__(-9))
show(lambda: d.remove(9))
show(lambda: d.index(9))
show(lambda: d.index(1, 1))
show(lambda: deque(maxlen=-1))
show(lambda: deque(maxlen="a"))
show(lambda: deque(maxlen=2.0))
show(lambda: deque(maxlen=2**70))
show(lambda: deque(1))
show(lambda: deque([], 2, 3))
show(lambda: deque(foo=1))
show(lambda: d + [1])
show(lambda: [1] + d)
show(lambda: d * "a")
show(lambda: d * 1.5)
show(lambda: d < [1])
show(lambda: d.rotate("a"))
show(lambda: d.rotate(1, 2))
show(lambda: d.pop(1))
show(lambda: d.append())
show(lambda: d.append(1, 2))
show(lambda: d.count())
show(lambda: d.insert(1))
show(lambda: d.insert("a", 1))
show(lambda: deque([1], maxlen=1).insert(0, 1))
show(lambda: hash(d))
show(lambda: {d: 1})


class Eq:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.append(0)
        return False


m = deque()
m.extend([Eq(m), Eq(m)])
show(lambda: m.count(5))
show(lambda: m.index(5))
show(lambda: 5 in m)
show(lambda: m.remove(5))

it = iter(d)
next(it)
d.append(4)
show(lambda: next(it))
show(lambda: next(it))
e = deque()
it = iter(e)
e.append(1)
show(lambda: next(it))
d = deque("abc")
it = reversed(d)
d.popleft()
show(lambda: next(it))
d = deque("abc")
it = iter(d)
d.rotate(1)
show(lambda: next(it))
d = deque("abc")
it = iter(d)
d[0] = "z"
print(list(it))
for x in d:
    if x == "b":
        break
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)

# collections.deque: both ends, maxlen, rotate, indexing, iteration, repr, comparisons, errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.reverse()
print(d, list(reversed(d)), 7 in d, 99 in d)
print(d.count(7), d.index(7), d.index(8, 1))
d.insert(1, "ins")
d.remove("a")
d[0] = "first"
del d[-1]
print(d)
d.clear()
print(d, bool(d), len(d))

m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9)
print(m)
m.appendleft(-1)
print(m)
m.extend([10, 11])
print(m, deque(maxlen=0), deque("ab").maxlen)

q = deque()
for i in range(100):
    q.append(i)
    q.appendleft(-i)
total = 0
while len(q) > 1:
    total += q.popleft() - q.pop()
print(total, q)
big = deque()
for i in range(1000):
    big.appendleft(i)
print(big[0], big[-1], big[500], len(big))
for i in range(990):
    big.popleft()
print(big)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) < deque([2]), deque([1, 2]) >= deque([1]))
print(deque([1]) + deque([2]), deque([1, 2]) * 2, 2 * deque([0]), deque([1, 2, 3], maxlen=2) * 2)
e = deque([1])
e += [2, 3]
e *= 2
print(e, e.copy(), type(e.copy()).__name__)

for stmt in ["deque().pop()", "deque().popleft()", "deque([1])[5]", "deque([1])['x']", "deque([1]).remove(2)",
             "deque([1]).index(2)", "deque([1, 2], maxlen=2).insert(0, 5)", "deque([1]) + [2]",
             "deque([], maxlen=-1)"]:
    try:
        eval(stmt)
    except Exception as exc:
        print(type(exc).__name__, exc)
try:
    hash(deque())
except TypeError:
    print("unhashable")
it_deque = deque([1, 2, 3])
try:
    for x in it_deque:
        it_deque.append(x)
except RuntimeError as exc:
    print("RuntimeError:", exc)
s = deque()
s.append(s)
print(s)


class Sub(deque):
    pass


print(Sub([1, 2], 5), Sub("xy"))

# _bisect (native): bisect_left/right and insort_left/right with lo, hi and key, with errors.
import bisect
import _bisect
import sys


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(bisect.bisect_left is _bisect.bisect_left, bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right)
a = [1, 2, 2, 2, 3, 5]
print([bisect.bisect_left(a, x) for x in range(7)], [bisect.bisect_right(a, x) for x in range(7)])
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, hi=2), bisect.bisect(a, 9, lo=4))
print(bisect.bisect_left(a, 2, 0, -1), bisect.bisect_left(a, 2, 0, None), bisect.bisect_right(a, 2, 3, 1))
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]), bisect.bisect(recs, 4, key=None) if False else "")
bisect.insort_left(recs, ("d", 3), key=lambda r: r[1])
bisect.insort_right(recs, ("e", 3), key=lambda r: r[1])
bisect.insort(recs, ("f", 0), key=lambda r: r[1])
print(recs)
b = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(b, v)
    bisect.insort_left(b, v * 10, 0)
print(b)
n = sys.maxsize
print(bisect.bisect_left(range(n - 1), n - 3), bisect.bisect_right(range(n - 1), n - 3, n - 10, n))
print(bisect.bisect_left("acegi", "f"), bisect.bisect_right((1, 2, 3), 2))


class Seq:
    def __init__(self):
        self.items = [10, 20, 30]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, v):
        print("insert", i, v)
        self.items.insert(i, v)


s = Seq()
bisect.insort(s, 25)
print(s.items)
show(lambda: bisect.bisect_left(1, 2))
show(lambda: bisect.bisect_left([1], 2, -1))
show(lambda: bisect.bisect_left([1], 2, 0, "a"))
show(lambda: bisect.bisect_right([1, 2], 2, lo=None))
show(lambda: bisect.insort_left((1, 2), 2))
show(lambda: bisect.bisect_left([], 2, 0, 5))
show(lambda: bisect.bisect_left([1, "a"], 2))
show(lambda: bisect.bisect())
show(lambda: bisect.bisect_left([1], 1, 0, 1, None))
show(lambda: bisect.bisect_left([1], 1, foo=1))
show(lambda: bisect.bisect_right([1], 1, key=5))
show(lambda: _bisect.insort)
show(lambda: _bisect.bisect)

import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right

a = [1, 2, 4, 4, 4, 8, 9]
for x in (0, 1, 4, 5, 9, 10):
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 4, 3), bisect_right(a, 4, 0, 3), bisect_left(a, 4, hi=2), bisect_right(a, 100, lo=2, hi=5))
try:
    bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
b = []
for x in [5, 1, 4, 1, 9, 2]:
    insort_right(b, x)
print(b)
insort_left(b, 4)
bisect.insort(b, 3)
print(b)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
records = [('ann', 20), ('bob', 25), ('cy', 25), ('dee', 31)]
print(bisect_left(records, 25, key=lambda r: r[1]), bisect_right(records, 25, key=lambda r: r[1]))
insort_left(records, ('eve', 25), key=lambda r: r[1])
insort_right(records, ('fay', 25), key=lambda r: r[1])
print(records)
print(bisect_left('acegi', 'f'), bisect_right((1.0, 2.0, 3.0), 2))
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return 'Rev(%d)' % self.v
r = [Rev(9), Rev(5), Rev(1)]
insort_right(r, Rev(6))
print(r, bisect_left(r, Rev(5)))

# Tuple packing/unpacking, swaps, starred targets, returning several values.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
first, *middle, last = range(6)
print(first, middle, last)
*head, tail = [1]
print(head, tail)
(a, b), (c, d) = (1, 2), [3, 4]
print(a, b, c, d)
for i, (name, score) in enumerate([("ann", 9), ("bob", 7)]):
    print(i, name, score)

def min_max(values):
    return min(values), max(values)

lo, hi = min_max([4, 8, 1, 6])
print(lo, hi)
result = min_max([2, 3])
print(result, type(result).__name__)

def stats(*values):
    return len(values), sum(values)

print(stats(1, 2, 3), stats())
print(*(1, 2, 3))
print(*"ab", *[3, 4], sep="-")
combined = (*range(3), *"xy", 9)
print(combined)
lst = [*combined[:2], *combined[-2:]]
print(lst)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    p, *q, r = (1,)
except ValueError as e:
    print("ValueError:", e)
m, n = n, m = 5, 6
print(m, n)
data = [(1, "one"), (2, "two")]
numbers, names = zip(*data)
print(numbers, names)

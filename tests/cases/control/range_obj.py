# range objects: arguments, negative steps, slicing, membership, len, repr.
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(3, -3, -2)))
r = range(1, 20, 3)
print(r, len(r), r[0], r[-1], r[2], r[1:4], r[::-1], list(r[::2]))
print(7 in r, 8 in r, 19 in r, 20 in r, r.index(10), r.count(4))
print(repr(range(3)), repr(range(1, 3)), repr(range(1, 3, 2)))
print(range(0, 6, 2) == range(0, 5, 2), range(0) == range(5, 2), range(3) == range(0, 3))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(range(10 ** 20)[-1], range(10 ** 20)[10 ** 19], 10 ** 19 in range(10 ** 20), -1 in range(10 ** 20))
print(list(reversed(range(4))), tuple(range(2)), set(range(3)))
big = range(-(10 ** 12), 10 ** 12, 10 ** 11)
print(len(big), big[5])
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
count = 0
for i in range(2, 1000, 7):
    count += 1
print(count, len(range(2, 1000, 7)))
print(r.start, r.stop, r.step, bool(range(0)), bool(range(1)))

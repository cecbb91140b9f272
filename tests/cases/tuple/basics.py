# Tuple construction, indexing, slicing, methods and repr.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1])
print((), (1,), (1, 2), tuple(), tuple([4, 5]), tuple("ab"), tuple(range(3)))
single = 5,
print(single, type(single).__name__)
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0)
print(t.count(2), (1, 1, 2).count(1), t.index(3))
print(2 in t, 9 not in t)
nested = ((1, 2), [3, 4], "five")
nested[1].append(5)
print(nested)
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    t[3]
except IndexError as e:
    print("IndexError:", e)
print((1, "a", None, 2.5, (True,)))
print(repr(("x",)), str(("it's",)))
print(sum(t), max(t), min(t), sorted((3, 1, 2)), list(t))
print(tuple(x * 2 for x in t))
print(t == (1, 2, 3), t == [1, 2, 3], t < (1, 2, 4), (1, 2) < (1, 2, 0), () < (0,))
u = t
u += (4,)
print(t, u, t is u)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
print((1, 2, 3)[slice(0, 2)], divmod(17, 5), type(divmod(17, 5)).__name__)
